"""UI test fixtures: a real MainWindow on a real temporary .ciw file."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ciworkshop.store.document import Document
from ciworkshop.ui.fonts import load_bundled_fonts
from ciworkshop.ui.i18n import LanguageManager
from ciworkshop.ui.main_window import MainWindow
from ciworkshop.ui.settings import Settings


@pytest.fixture
def network_file(tmp_path: Path) -> Path:
    path = tmp_path / "Verbund.ciw"
    Document.create(path, network_name="Testverbund Übergang").close()
    return path


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[LanguageManager]:
    load_bundled_fonts(qapp)
    manager = LanguageManager()
    manager.set_language("de")
    yield manager
    manager.set_language("en")


@pytest.fixture
def window(qtbot, languages: LanguageManager, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    settings = Settings(tmp_path / "settings.ini")
    win = MainWindow(settings, languages)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.files.close()


def read_back(path: Path) -> Document:
    """A second, read-only look at the file: what is really on disk."""
    return Document.open(path, read_only=True)


def on_next_modal(callback: Callable[[QWidget], None]) -> None:
    """Run ``callback`` on the modal dialog that the next gesture opens."""

    def attempt(tries: int = 50) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None and tries:
            QTimer.singleShot(20, lambda: attempt(tries - 1))
            return
        assert widget is not None, "no modal dialog appeared"
        try:
            callback(widget)
        except BaseException:
            # Close the dialog so a failed check fails the test instead of hanging it.
            widget.close()
            raise

    QTimer.singleShot(0, attempt)
