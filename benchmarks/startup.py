"""Start to first painted main window, and resident memory after start, in fresh processes.

Each run is a new interpreter (``_startup_child.py``) with its own empty user data folder;
the app run opens a fresh copy of the demo network, written once by the parent beforehand
(its creation is not timed). Runs alternate bare/app so that drift in machine load hits both
sides alike, after one untimed warm-up of each (page cache, .pyc files, fontconfig cache).

The clock: the parent reads ``time.monotonic()`` immediately before ``subprocess.Popen``; the
child reads the same system-wide CLOCK_MONOTONIC when its first frame is done. The figure thus
covers fork/exec, interpreter start, all imports, QApplication, the window, opening the file
and the first paint: everything a user waits for after double-clicking, except what the
desktop does before the process exists.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.common import median

CHILD = Path(__file__).with_name("_startup_child.py")
RESULT_PREFIX = "BENCH-RESULT "
T0_VARIABLE = "CIWORKSHOP_BENCH_T0"
CHILD_TIMEOUT_S = 90
DEMO_NAME = "Demo-Verbund.ciw"
PYCACHE_FOLDER = "pycache"

# Milestones the child reports, in order, each in seconds since the parent's Popen.
MILESTONES = (
    ("interpreter_s", "python up"),
    ("qt_imported_s", "Qt imported"),
    ("qapplication_s", "QApplication"),
    ("shown_s", "window shown"),
    ("first_paint_s", "paint event"),
    ("frame_done_s", "frame done"),
)


class ChildFailedError(RuntimeError):
    pass


def child_environment(data_dir: Path, workdir: Path) -> dict[str, str]:
    """The children's environment. Bytecode caching is on, with the caches under the
    benchmark's temporary folder (``PYTHONPYCACHEPREFIX``, so nothing is written into the
    repository): an installed app has .pyc files, and PYTHONDONTWRITEBYTECODE, if set, would
    otherwise recompile the app's modules in every run (~30 ms of the app's start-up)."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["QT_API"] = "pyside6"
    env["CIWORKSHOP_DATA_DIR"] = str(data_dir)
    env["PYTHONPYCACHEPREFIX"] = str(workdir / PYCACHE_FOLDER)
    for variable in ("PYTHONPROFILEIMPORTTIME", "PYTHONDONTWRITEBYTECODE", "PYTHONTRACEMALLOC"):
        env.pop(variable, None)
    return env


def prepare_run(mode: str, demo_template: Path, workdir: Path) -> tuple[list[str], Path]:
    """A fresh folder for one run; returns the child's arguments after the script and the
    user data folder. The app gets its own copy of the demo file (no lock, no backups yet)."""
    run_dir = Path(tempfile.mkdtemp(prefix=f"{mode}-", dir=workdir))
    data_dir = run_dir / "data"
    data_dir.mkdir()
    args = [mode]
    if mode == "app":
        demo = run_dir / DEMO_NAME
        shutil.copyfile(demo_template, demo)
        args.append(str(demo))
    return args, data_dir


def run_child(mode: str, demo_template: Path, workdir: Path) -> dict[str, Any]:
    args, data_dir = prepare_run(mode, demo_template, workdir)
    env = child_environment(data_dir, workdir)
    command = [sys.executable, str(CHILD), *args]
    t0 = time.monotonic()
    env[T0_VARIABLE] = repr(t0)
    proc = subprocess.Popen(
        command,
        env=env,
        cwd=data_dir,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        out, err = proc.communicate(timeout=CHILD_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        raise ChildFailedError(f"{mode}: no result after {CHILD_TIMEOUT_S} s\n{err}") from None
    shutil.rmtree(data_dir.parent, ignore_errors=True)
    lines = [line for line in out.splitlines() if line.startswith(RESULT_PREFIX)]
    if proc.returncode != 0 or not lines:
        raise ChildFailedError(f"{mode}: exit code {proc.returncode}\n{out}\n{err}".rstrip())
    result: dict[str, Any] = json.loads(lines[-1][len(RESULT_PREFIX) :])
    if result["error"]:
        raise ChildFailedError(f"{mode}: {result['error']}\n{err}".rstrip())
    if mode == "app" and not result["document_open"]:
        raise ChildFailedError(f"app: the demo network was not open at first paint\n{err}")
    result["stderr"] = err.strip()
    return result


@dataclass
class StartupResults:
    runs: int
    bare: list[dict[str, Any]] = field(default_factory=list)
    app: list[dict[str, Any]] = field(default_factory=list)

    def times(self, mode: str, key: str = "frame_done_s") -> list[float]:
        return [r[key] for r in getattr(self, mode)]

    def rss_mb(self, mode: str) -> list[float]:
        return [r["rss_kb"] / 1024 for r in getattr(self, mode)]

    @property
    def time_ratio(self) -> float:
        return median(self.times("app")) / median(self.times("bare"))

    @property
    def min_time_ratio(self) -> float:
        return min(self.times("app")) / min(self.times("bare"))

    @property
    def rss_ratio(self) -> float:
        return median(self.rss_mb("app")) / median(self.rss_mb("bare"))

    def as_dict(self) -> dict[str, Any]:
        return {
            "runs": self.runs,
            "bare": [{k: v for k, v in r.items() if k != "stderr"} for r in self.bare],
            "app": [{k: v for k, v in r.items() if k != "stderr"} for r in self.app],
            "time_ratio_median": self.time_ratio,
            "time_ratio_min": self.min_time_ratio,
            "rss_ratio_median": self.rss_ratio,
        }


def write_demo_template(workdir: Path) -> Path:
    from ciworkshop.services.demo import write_demo

    template = workdir / "template" / DEMO_NAME
    template.parent.mkdir()
    write_demo(template).close()
    return template


def run(runs: int, workdir: Path, *, progress: bool = True) -> StartupResults:
    template = write_demo_template(workdir)
    results = StartupResults(runs=runs)
    for mode in ("bare", "app"):  # warm-up, not counted
        run_child(mode, template, workdir)
    for index in range(runs):
        order = ("bare", "app") if index % 2 == 0 else ("app", "bare")
        for mode in order:
            getattr(results, mode).append(run_child(mode, template, workdir))
        if progress:
            print(".", end="", flush=True, file=sys.stderr)
    if progress:
        print(file=sys.stderr)
    return results
