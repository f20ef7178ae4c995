"""Where ciworkshop finds its shipped files and keeps the user's data.

One helper for a source checkout, an editable install, a wheel and a PyInstaller
bundle, so no other module guesses paths. No Qt here: the command line uses it too.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "ciworkshop"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped_dir(name: str) -> Path:
    """Return the folder ``resources`` or ``translations`` wherever it was installed."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / name)
    # Wheel: mapped as the sub-package ciworkshop.<name>.
    candidates.append(_PACKAGE_DIR / name)
    # Source checkout and editable install: the top-level folder of the repository.
    candidates.append(_PACKAGE_DIR.parent / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"ciworkshop installation is incomplete: no '{name}' folder found")


def resources_dir() -> Path:
    return _shipped_dir("resources")


def translations_dir() -> Path:
    return _shipped_dir("translations")


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def user_data_dir() -> Path:
    """The per-user folder for the demo network, backups and the log.

    ``CIWORKSHOP_DATA_DIR`` overrides it (tests, portable installs).
    """
    override = os.environ.get("CIWORKSHOP_DATA_DIR")
    if override:
        base = Path(override)
    elif sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming")) / APP_NAME
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / APP_NAME
    else:
        xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        base = Path(xdg) / APP_NAME
    base.mkdir(parents=True, exist_ok=True)
    return base


def backups_dir() -> Path:
    path = user_data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_file() -> Path:
    return user_data_dir() / "ciworkshop.log"


def demo_file() -> Path:
    return user_data_dir() / "Demo-Verbund.ciw"
