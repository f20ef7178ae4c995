"""The window as a whole: language switching, file errors, icons, welcome screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ciworkshop.ui import icons
from ciworkshop.ui.main_window import MainWindow


def test_language_switches_at_runtime_without_restart(
    qtbot, window: MainWindow, network_file: Path
):
    assert window.files.open_path(network_file)
    assert window.file_menu.title() == "&Datei"
    assert window.nav.item(3).text() == "Akteure & Personen"
    assert window.actors_view.actors.add_button.text() == "&Akteur hinzufügen…"
    assert window.actors_view.actors.count_label.text() == "0 Akteure"

    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")  # LanguageChange is posted
    assert window.nav.item(3).text() == "Actors & People"
    assert window.actors_view.actors.add_button.text() == "&Add actor…"
    assert window.actors_view.actors.count_label.text() == "0 actors"
    assert window.overview.sectors_title.text() == "Actors by sector"
    assert window.settings.language == "en"

    window.language_actions["de"].trigger()
    qtbot.waitUntil(lambda: window.edit_menu.title() == "&Bearbeiten")
    assert window.overview.sectors_title.text() == "Akteure nach Sektor"
    assert window.language_actions["de"].isChecked()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "ist leer"),
        (b"Tagesordnung Fachtag\n" * 20, "keine ciworkshop-Datei"),
    ],
)
def test_bad_file_gets_german_message_and_stays_untouched(
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    content: bytes,
    expected: str,
):
    path = tmp_path / "kaputt.ciw"
    path.write_bytes(content)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    assert not window.files.open_path(path)
    assert len(shown) == 1
    assert expected in shown[0]
    assert "kaputt.ciw" in shown[0]
    assert path.read_bytes() == content
    assert window.stack.currentWidget() is window.welcome


def test_file_in_use_offers_read_only(
    window: MainWindow, network_file: Path, monkeypatch: pytest.MonkeyPatch
):
    from ciworkshop.store.document import Document

    other_instance = Document.open(network_file)
    try:
        asked: list[str] = []

        def choose_read_only(box: QMessageBox) -> int:
            asked.append(box.text())
            read_only_button = box.buttons()[0]
            monkeypatch.setattr(box, "clickedButton", lambda: read_only_button)
            return 0

        monkeypatch.setattr(QMessageBox, "exec", choose_read_only)
        assert window.files.open_path(network_file)
        assert "bereits in einem anderen ciworkshop-Fenster geöffnet" in asked[0]
        assert window.session is not None
        assert window.session.read_only
    finally:
        other_instance.close()


def test_welcome_screen_lists_recent_files(window: MainWindow, network_file: Path):
    assert window.files.open_path(network_file)
    window.files.close()
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.recent_list.count() == 1
    assert network_file.name in window.welcome.recent_list.item(0).text()
    assert not window.save_copy_action.isEnabled()


def test_every_icon_loads(qapp):
    for name in icons.ICONS:
        assert not icons.icon(name).isNull(), name
    assert not icons.app_icon().isNull()
