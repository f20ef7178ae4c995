"""Icons by meaning. Every qtawesome name lives in this one table (a test loads each)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from ciworkshop import paths

ICONS: dict[str, str] = {
    "new": "fa6s.file-circle-plus",
    "open": "fa6s.folder-open",
    "recent": "fa6s.clock-rotate-left",
    "save_copy": "fa6s.copy",
    "close": "fa6s.xmark",
    "quit": "fa6s.power-off",
    "undo": "fa6s.rotate-left",
    "redo": "fa6s.rotate-right",
    "add": "fa6s.plus",
    "edit": "fa6s.pen",
    "delete": "fa6s.trash-can",
    "overview": "fa6s.house",
    "actors": "fa6s.people-group",
    "person": "fa6s.user",
    "organisation": "fa6s.building",
    "demo": "fa6s.wand-magic-sparkles",
    "saved": "fa6s.circle-check",
    "read_only": "fa6s.lock",
    "language": "fa6s.language",
    "backup": "fa6s.box-archive",
    "log": "fa6s.file-lines",
    "about": "fa6s.circle-info",
    "consent_yes": "fa6s.check",
    "consent_no": "fa6s.eye-slash",
    "warning": "fa6s.triangle-exclamation",
    "search": "fa6s.magnifying-glass",
}

ACCENT = "#00796B"


@cache
def icon(name: str) -> QIcon:
    import qtawesome

    return qtawesome.icon(
        ICONS[name], color=ACCENT if name in {"saved", "consent_yes"} else "#37474F"
    )


@cache
def app_icon() -> QIcon:
    return QIcon(str(paths.icons_dir() / "ciworkshop.svg"))
