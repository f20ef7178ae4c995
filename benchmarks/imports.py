"""Where the app's start-up goes: one bare and one app run under ``python -X importtime``.

Diagnostic only (importtime itself adds some overhead, so the figures are a little high).
Only the imports the app makes beyond the bare window's are counted: self time summed per
top-level package, and the heaviest imports of other packages together with the ciworkshop
module that pulls each one in (or "run time" for an import inside a function), i.e. the
candidates for a lazy import or for replacement.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from benchmarks.startup import CHILD, T0_VARIABLE, child_environment, prepare_run

LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)\s*$")
OWN_PACKAGE = "ciworkshop"


@dataclass(frozen=True)
class ImportEntry:
    self_us: int
    cumulative_us: int
    depth: int
    name: str

    @property
    def package(self) -> str:
        return self.name.split(".", 1)[0]


@dataclass(frozen=True)
class HeavyImport:
    name: str
    cumulative_ms: float
    imported_by: str


@dataclass(frozen=True)
class ImportReport:
    total_ms: float
    modules: int
    by_package_ms: list[tuple[str, float]]
    heavy: list[HeavyImport]
    own_modules: list[tuple[str, float, float]]  # name, self ms, cumulative ms


def parse(stderr: str) -> list[ImportEntry]:
    entries = []
    for line in stderr.splitlines():
        match = LINE.match(line)
        if match:
            self_us, cumulative_us, indent, name = match.groups()
            entries.append(ImportEntry(int(self_us), int(cumulative_us), len(indent) // 2, name))
    return entries


def importer_of(entries: list[ImportEntry], index: int) -> str:
    """importtime prints children before their parent: the parent is the next shallower line."""
    depth = entries[index].depth
    for later in entries[index + 1 :]:
        if later.depth < depth:
            return later.name
    return RUN_TIME


RUN_TIME = "(run time: an import inside a function)"


def analyse(entries: list[ImportEntry], baseline: set[str], top: int = 10) -> ImportReport:
    """``baseline``: the modules the bare window imports too, left out of every figure."""
    entries_all = entries
    entries = [e for e in entries_all if e.name not in baseline]
    by_package: dict[str, int] = defaultdict(int)
    for entry in entries:
        by_package[entry.package] += entry.self_us
    heavy = []
    for index, entry in enumerate(entries_all):
        if entry.name in baseline or entry.package == OWN_PACKAGE:
            continue
        if entry.name.startswith("__editable__"):
            continue
        importer = importer_of(entries_all, index)
        if importer.split(".", 1)[0] == OWN_PACKAGE or importer.startswith("("):
            heavy.append(HeavyImport(entry.name, entry.cumulative_us / 1000, importer))
    heavy.sort(key=lambda h: h.cumulative_ms, reverse=True)
    own = sorted(
        (
            (e.name, e.self_us / 1000, e.cumulative_us / 1000)
            for e in entries
            if e.package == OWN_PACKAGE
        ),
        key=lambda row: row[1],
        reverse=True,
    )
    return ImportReport(
        total_ms=sum(e.self_us for e in entries) / 1000,
        modules=len(entries),
        by_package_ms=sorted(
            ((name, us / 1000) for name, us in by_package.items()),
            key=lambda row: row[1],
            reverse=True,
        )[:top],
        heavy=heavy[:top],
        own_modules=own[:5],
    )


def importtime(mode: str, demo_template: Path, workdir: Path) -> list[ImportEntry]:
    args, data_dir = prepare_run(mode, demo_template, workdir)
    env = child_environment(data_dir, workdir)
    env[T0_VARIABLE] = repr(time.monotonic())
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", str(CHILD), *args],
        env=env,
        cwd=data_dir,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return parse(proc.stderr)


def run(demo_template: Path, workdir: Path) -> ImportReport:
    baseline = {entry.name for entry in importtime("bare", demo_template, workdir)}
    return analyse(importtime("app", demo_template, workdir), baseline)
