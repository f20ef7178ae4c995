"""Composition root: arguments → QApplication → fonts → translators → settings → window."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def run_gui(
    *,
    file: Path | None = None,
    language: str | None = None,
    read_only: bool = False,
    demo: bool = False,
) -> int:
    os.environ.setdefault("QT_API", "pyside6")
    from PySide6.QtWidgets import QApplication

    from ciworkshop.ui import errors
    from ciworkshop.ui.fonts import load_bundled_fonts
    from ciworkshop.ui.i18n import LanguageManager
    from ciworkshop.ui.icons import app_icon
    from ciworkshop.ui.main_window import MainWindow
    from ciworkshop.ui.settings import Settings

    errors.setup_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("ciworkshop")
    app.setOrganizationName("ciworkshop")
    app.setDesktopFileName("de.ciworkshop.CIWorkshop")
    load_bundled_fonts(app)
    app.setWindowIcon(app_icon())
    settings = Settings()
    languages = LanguageManager(app)
    languages.set_language(language or settings.language)
    errors.install_excepthook()
    window = MainWindow(settings, languages)
    window.show()
    window.open_initial(file, read_only=read_only, demo=demo)
    return app.exec()


def main() -> int:
    from ciworkshop.cli import main as cli_main

    return cli_main()
