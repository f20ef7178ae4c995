"""Typed settings with declared defaults; the only place that knows QSettings keys.

User preferences (language, recent files) are kept apart from window state, as
Picard does, so resetting the layout never forgets a user's choices.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ciworkshop import paths

MAX_RECENT = 10


class Settings:
    def __init__(self, file: Path | None = None) -> None:
        file = file or paths.user_data_dir() / "settings.ini"
        self._qs = QSettings(str(file), QSettings.Format.IniFormat)

    # ------------------------------------------------------------ preferences
    @property
    def language(self) -> str:
        """'de', 'en', or '' for the system language."""
        value = str(self._qs.value("preferences/language", "") or "")
        return value if value in {"de", "en"} else ""

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("preferences/language", value)

    @property
    def recent_files(self) -> list[Path]:
        raw = self._qs.value("preferences/recent_files", []) or []
        if isinstance(raw, str):
            raw = [raw]
        return [Path(p) for p in raw if p]

    def add_recent_file(self, path: Path) -> None:
        resolved = path.resolve()
        files = [resolved] + [p for p in self.recent_files if p != resolved]
        self._qs.setValue("preferences/recent_files", [str(p) for p in files[:MAX_RECENT]])

    def remove_recent_file(self, path: Path) -> None:
        files = [p for p in self.recent_files if p != path]
        self._qs.setValue("preferences/recent_files", [str(p) for p in files])

    def clear_recent_files(self) -> None:
        self._qs.setValue("preferences/recent_files", [])

    # ------------------------------------------------------------ beamer
    @property
    def beamer_screen(self) -> str:
        """The name of the screen the audience window was last shown on ('' = not yet)."""
        return str(self._qs.value("beamer/screen", "") or "")

    @beamer_screen.setter
    def beamer_screen(self, value: str) -> None:
        self._qs.setValue("beamer/screen", value)

    @property
    def beamer_theme(self) -> str:
        """'dark' or 'light': the audience window's high-contrast theme."""
        value = str(self._qs.value("beamer/theme", "dark") or "dark")
        return value if value in {"dark", "light"} else "dark"

    @beamer_theme.setter
    def beamer_theme(self, value: str) -> None:
        self._qs.setValue("beamer/theme", value)

    # ------------------------------------------------------------ agenda templates
    @property
    def agenda_templates(self) -> str:
        """The user's saved agenda templates as JSON; ``ui.agenda_templates`` validates it."""
        value = self._qs.value("templates/agenda", "")
        return value if isinstance(value, str) else ""

    @agenda_templates.setter
    def agenda_templates(self, value: str) -> None:
        self._qs.setValue("templates/agenda", value)

    # ------------------------------------------------------------ window state
    @property
    def window_geometry(self) -> QByteArray:
        value = self._qs.value("window/geometry", QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray:
        value = self._qs.value("window/state", QByteArray())
        return value if isinstance(value, QByteArray) else QByteArray()

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._qs.setValue("window/state", value)

    def sync(self) -> None:
        self._qs.sync()
