"""Bundled DejaVu fonts: text renders the same on a machine without system fonts."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ciworkshop import paths

log = logging.getLogger(__name__)
FAMILY = "DejaVu Sans"


def load_bundled_fonts(app: QApplication) -> None:
    for file in sorted(paths.fonts_dir().glob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(file)) < 0:
            log.warning("Could not load font %s", file)
    font = QFont(FAMILY)
    font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
    app.setFont(font)
