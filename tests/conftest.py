"""Shared test set-up: headless Qt, an isolated data folder, and the no-Qt check.

``CIWORKSHOP_BLOCK_QT=1`` makes importing PySide6/qtawesome fail, so ``make test`` can
prove that the core (tests/unit) runs on a machine without Qt.
"""

from __future__ import annotations

import importlib.abc
import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

_BLOCKED = ("PySide6", "shiboken6", "qtawesome", "qtpy")


class _QtBlocker(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):  # type: ignore[no-untyped-def]
        if fullname.split(".")[0] in _BLOCKED:
            raise ImportError(f"{fullname} is blocked: the core must run without Qt")


if os.environ.get("CIWORKSHOP_BLOCK_QT") == "1":
    sys.meta_path.insert(0, _QtBlocker())


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own user data folder (backups, log, settings, demo)."""
    folder = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("CIWORKSHOP_DATA_DIR", str(folder))
    return folder
