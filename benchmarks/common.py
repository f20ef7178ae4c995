"""Small helpers shared by the benchmarks: percentiles, the file system of a folder, targets."""

from __future__ import annotations

import math
import os
import shutil
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any


def percentile(values: Sequence[float], p: float) -> float:
    """The p-th percentile (0..100) with linear interpolation between closest ranks."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = (len(ordered) - 1) * p / 100
    low = math.floor(rank)
    high = math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else math.nan


def filesystem_of(folder: Path) -> tuple[str, str]:
    """(type, device) of the mount holding ``folder``, from /proc/mounts; ("?", "?") elsewhere."""
    target = os.path.realpath(folder)
    best = ("?", "?", "")
    try:
        with open("/proc/mounts", encoding="utf-8") as handle:
            for line in handle:
                device, mount_point, fs_type, *_ = line.split()
                mount_point = mount_point.replace("\\040", " ")
                inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
                if inside and len(mount_point) >= len(best[2]):
                    best = (fs_type, device, mount_point)
    except OSError:
        pass
    return best[0], best[1]


MEMORY_ONLY_FILESYSTEMS = {"tmpfs", "ramfs", "devtmpfs"}


@dataclass(frozen=True)
class Verdict:
    """One row of the summary: a measured figure against its target (lower is better)."""

    name: str
    measured: float
    target: float
    unit: str
    note: str = ""

    @property
    def passed(self) -> bool:
        return self.measured <= self.target

    @property
    def label(self) -> str:
        if math.isnan(self.measured):
            return "n/a"
        return "PASS" if self.passed else "MISS"


def german_qt_app(folder: Path) -> tuple[Any, Any]:
    """The QApplication (created if needed) with the bundled fonts and German texts.

    QTranslator maps the .qm file into memory: loaded from the source tree, a
    `make translations` running meanwhile rewrites it in place and the next translate()
    dies of SIGBUS. So the translations are loaded from a private copy under ``folder``.
    Returns (application, LanguageManager).
    """
    from PySide6.QtWidgets import QApplication

    from ciworkshop import paths
    from ciworkshop.ui.fonts import load_bundled_fonts
    from ciworkshop.ui.i18n import LanguageManager

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(["bench"])
    load_bundled_fonts(app)
    copies = folder / "translations"
    shutil.copytree(paths.translations_dir(), copies)
    shipped = paths.translations_dir
    paths.translations_dir = lambda: copies  # type: ignore[assignment]
    try:
        languages = LanguageManager(app)
        languages.set_language("de")
    finally:
        paths.translations_dir = shipped  # type: ignore[assignment]
    return app, languages
