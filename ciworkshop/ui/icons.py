"""Icons by meaning. Every glyph name lives in this one table (a test loads each).

The glyphs are Font Awesome 6 (solid), taken from the font and charmap files that the
qtawesome package ships. They are drawn by a small QIconEngine instead of through
qtawesome's Python API: importing qtawesome (and QtPy under it) cost about 165 ms and
50 MB before the first paint (``make bench``), which is most of our start-up budget.
"""

from __future__ import annotations

import importlib.util
import json
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QIconEngine, QPainter, QPixmap

from ciworkshop import paths

ICONS: dict[str, str] = {
    "new": "file-circle-plus",
    "open": "folder-open",
    "recent": "clock-rotate-left",
    "save_copy": "copy",
    "close": "xmark",
    "quit": "power-off",
    "undo": "rotate-left",
    "redo": "rotate-right",
    "add": "plus",
    "edit": "pen",
    "delete": "trash-can",
    "overview": "house",
    "actors": "people-group",
    "person": "user",
    "organisation": "building",
    "demo": "wand-magic-sparkles",
    "saved": "circle-check",
    "read_only": "lock",
    "language": "language",
    "backup": "box-archive",
    "log": "file-lines",
    "about": "circle-info",
    "consent_yes": "check",
    "consent_no": "eye-slash",
    "warning": "triangle-exclamation",
    "search": "magnifying-glass",
    "canvas": "bullseye",
    "vision": "eye",
    "mission": "handshake",
    "goal": "bullseye",
    "indicator": "chart-line",
    "measurement": "ruler",
    "milestone": "flag",
    "milestone_reached": "circle-check",
    "milestone_missed": "circle-xmark",
    "milestone_overdue": "clock",
    "guided": "person-chalkboard",
    "quality": "list-check",
    "freeze": "snowflake",
    "versions": "layer-group",
    "compare": "code-compare",
    "previous": "arrow-left",
    "next": "arrow-right",
    "move_up": "arrow-up",
    "move_down": "arrow-down",
    "move_left": "chevron-left",
    "move_right": "chevron-right",
    "zoom_in": "magnifying-glass-plus",
    "zoom_out": "magnifying-glass-minus",
    "details": "table-columns",
    "question": "lightbulb",
    # live run of an agenda
    "live_start": "play",
    "live_next": "forward-step",
    "live_finish": "stop",
    "live_timer": "stopwatch",
    "live_overrun": "hourglass-end",
    "live_extend": "hourglass-half",
    "template_save": "bookmark",
    "action_done": "circle-check",
    "action_dropped": "circle-xmark",
    "overdue": "clock",
    # events and sessions
    "sessions": "calendar-days",
    "export": "file-pdf",
    "event": "calendar-plus",
    "agenda": "list-ol",
    "board": "table-cells-large",
    "results": "gavel",
    "attendance": "user-check",
    "photo": "camera",
    "format_plenary": "people-roof",
    "format_round_table": "users",
    "format_workshop": "screwdriver-wrench",
    "format_steering_committee": "compass",
    "format_away_game": "route",
    "format_check_up": "stethoscope",
}

ACCENT = "#00796B"
NORMAL = "#37474F"
DISABLED = "#A0A8AD"
_ACCENTED = {"saved", "consent_yes"}
_FONT = "fontawesome6-solid-webfont-6.7.2.ttf"
_CHARMAP = "fontawesome6-solid-webfont-charmap-6.7.2.json"


def _qtawesome_fonts() -> Path:
    """The fonts folder of the installed qtawesome package, found without importing it."""
    spec = importlib.util.find_spec("qtawesome")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("qtawesome is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "fonts"


@cache
def _glyph_font() -> tuple[str, dict[str, int]]:
    folder = _qtawesome_fonts()
    font_id = QFontDatabase.addApplicationFont(str(folder / _FONT))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        raise FileNotFoundError(f"icon font {_FONT} could not be loaded")
    charmap = json.loads((folder / _CHARMAP).read_text(encoding="utf-8"))
    return families[0], {name: int(code, 16) for name, code in charmap.items()}


class _GlyphEngine(QIconEngine):
    def __init__(self, char: str, family: str, color: str) -> None:
        super().__init__()
        self._char, self._family, self._color = char, family, color

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        font = QFont(self._family)
        font.setStyleName("Solid")
        font.setPixelSize(max(1, round(min(rect.width(), rect.height()) * 0.86)))
        painter.save()
        painter.setFont(font)
        painter.setPen(QColor(DISABLED if mode == QIcon.Mode.Disabled else self._color))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._char)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _GlyphEngine(self._char, self._family, self._color)


@cache
def icon(name: str) -> QIcon:
    family, charmap = _glyph_font()
    char = chr(charmap[ICONS[name]])
    return QIcon(_GlyphEngine(char, family, ACCENT if name in _ACCENTED else NORMAL))


@cache
def app_icon() -> QIcon:
    return QIcon(str(paths.icons_dir() / "ciworkshop.svg"))


@cache
def colored_icon(name: str, color: str) -> QIcon:
    """The glyph of ``name`` in ``color``: status marks on goal cards."""
    family, charmap = _glyph_font()
    return QIcon(_GlyphEngine(chr(charmap[ICONS[name]]), family, color))
