"""``python -m benchmarks``: run the benchmarks and print the figures against their targets.

Options: ``--runs N`` start-up runs per side (default 10), ``--edits N`` timed edits (default
2000), ``--only startup|commit``, ``--imports``/``--no-imports`` to force or skip the
import-time breakdown (by default it is shown when the start-up target is missed), ``--json``
to print the raw figures as JSON after the table. ``CIWORKSHOP_BENCH_DIR`` chooses the
folder the temporary files go under (default: the system's temporary folder).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import commit, imports, startup
from benchmarks.common import (
    MEMORY_ONLY_FILESYSTEMS,
    Verdict,
    filesystem_of,
    median,
    percentile,
)

STARTUP_RATIO_TARGET = 1.5
COMMIT_P99_TARGET_MS = 2.0
RSS_RATIO_TARGET = 1.5


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--runs", type=int, default=10, help="start-up runs per side")
    parser.add_argument("--edits", type=int, default=2000, help="timed edits")
    parser.add_argument("--only", choices=("startup", "commit"), help="run one benchmark")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--imports", action="store_true", default=None, help="always")
    group.add_argument("--no-imports", dest="imports", action="store_false")
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    args = parser.parse_args(argv)
    if args.runs < 1 or args.edits < 1:
        parser.error("--runs and --edits must be at least 1")
    return args


def _environment(workdir: Path) -> str:
    from PySide6 import QtCore

    fs_type, device = filesystem_of(workdir)
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    return (
        f"Python {platform.python_version()}, PySide6 {QtCore.__version__} "
        f"(Qt {QtCore.qVersion()}), {platform.system()} {platform.release()}, "
        f"{os.cpu_count()} CPUs, load {load}\n"
        f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', '(unset: offscreen for children)')}"
        f", temporary files on {fs_type} ({device}) under {workdir}\n"
        "start-up children: bytecode cached under the temporary folder (PYTHONPYCACHEPREFIX)"
        + (", PYTHONDONTWRITEBYTECODE dropped" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "")
    )


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:7.0f} ms"


def _print_startup(results: startup.StartupResults) -> list[Verdict]:
    print(
        f"\n1+3. Start to first painted main window, {results.runs} fresh processes per side "
        "(after one warm-up each)"
    )
    print("     time = parent's Popen → child's first frame painted and flushed (same clock)")
    print(f"     {'':34}{'median':>10} {'min':>10} {'max':>10}   {'RSS median':>10}")
    for mode, label in (
        ("bare", "bare QMainWindow 1280×800"),
        ("app", "ciworkshop, demo network open"),
    ):
        times = results.times(mode)
        rss = results.rss_mb(mode)
        print(
            f"     {label:34}{_ms(median(times)):>10} {_ms(min(times)):>10} "
            f"{_ms(max(times)):>10}   {median(rss):7.1f} MB"
        )
    print("     milestones (median, ms since Popen):")
    print("     " + " " * 9 + "".join(f"{title:>15}" for _, title in startup.MILESTONES))
    for mode in ("bare", "app"):
        cells = "".join(
            f"{median(results.times(mode, key)) * 1000:15.0f}" for key, _ in startup.MILESTONES
        )
        print(f"     {mode:9}{cells}")
    app = results.app[0]
    modules = median([r["modules"] for r in results.app])
    bare_modules = median([r["modules"] for r in results.bare])
    print(
        f"     app: {modules:.0f} modules loaded (bare {bare_modules:.0f}), "
        f"window {app['window_size'][0]}×{app['window_size'][1]}, "
        f"title “{app['window_title']}”"
    )
    if any(r.get("backup_before_paint") for r in results.app):
        print(
            "     note: the automatic backup of the opened file ran BEFORE the first paint "
            f"in {sum(bool(r.get('backup_before_paint')) for r in results.app)}"
            f"/{len(results.app)} app runs (it is inside the measured time)"
        )
    noisy = [r["stderr"] for r in results.app + results.bare if r["stderr"]]
    if noisy:
        print(f"     child stderr (first of {len(noisy)}): {noisy[0].splitlines()[0][:120]}")
    return [
        Verdict(
            "Start-up to first paint, app ÷ bare (median)",
            results.time_ratio,
            STARTUP_RATIO_TARGET,
            "×",
            note=f"min ÷ min {results.min_time_ratio:.2f}×",
        ),
        Verdict(
            "Resident memory after start, app ÷ bare (median)",
            results.rss_ratio,
            RSS_RATIO_TARGET,
            "×",
            note=(
                f"{median(results.rss_mb('app')):.0f} MB ÷ {median(results.rss_mb('bare')):.0f} MB"
            ),
        ),
    ]


def _print_commit(results: commit.CommitResults) -> list[Verdict]:
    fs_type, device = results.filesystem
    pragmas = ", ".join(f"{k}={v}" for k, v in results.pragmas.items())
    print(f"\n2. Per-edit commit latency, {results.edits} edits through NetworkService")
    print(f"   on {fs_type} ({device}); {pragmas}")
    if fs_type in MEMORY_ONLY_FILESYSTEMS:
        print("   WARNING: memory-only file system, fsync is free: set CIWORKSHOP_BENCH_DIR")
    print(f"     {'':16}{'n':>6}{'p50':>10}{'p95':>10}{'p99':>10}{'max':>10}{'mean':>10}")
    for kind in (None, *results.samples_ms):
        s = results.stats(kind)
        print(
            f"     {kind or 'all edits':16}{s['n']:6.0f}"
            + "".join(f"{s[k]:7.2f} ms" for k in ("p50", "p95", "p99", "max", "mean"))
        )
    slow = sum(v > COMMIT_P99_TARGET_MS for v in results.all_ms)
    fsync = results.fsync_ms
    print(
        f"     {slow} edits over {COMMIT_P99_TARGET_MS:g} ms; "
        f"WAL {results.wal_bytes_at_end / 1e6:.1f} MB at the end"
    )
    print(
        f"     context: a bare fsync of 4 KiB here takes p50 {percentile(fsync, 50):.2f} ms, "
        f"p99 {percentile(fsync, 99):.2f} ms; the figures above scale with the disk's fsync"
    )
    return [
        Verdict(
            "Per-edit commit latency p99 (synchronous=FULL)",
            results.stats()["p99"],
            COMMIT_P99_TARGET_MS,
            " ms",
            note=f"p50 {results.stats()['p50']:.2f} ms",
        )
    ]


def _print_imports(report: imports.ImportReport) -> None:
    print(
        f"\n   Where the app's start-up goes (one more run per side under -X importtime): "
        f"{report.modules} imports beyond the bare window's, {report.total_ms:.0f} ms"
    )
    print(
        "     self time by package: "
        + ", ".join(f"{name} {ms:.0f} ms" for name, ms in report.by_package_ms[:8])
    )
    print("     heaviest imports of other packages and the module that pulls each in:")
    for heavy in (h for h in report.heavy if h.cumulative_ms >= 1):
        print(f"       {heavy.cumulative_ms:6.0f} ms  {heavy.name:34} ← {heavy.imported_by}")
    print(
        "     largest own self times (Qt creates its Python types lazily on first use, "
        "which counts here):"
    )
    for name, self_ms, cumulative_ms in report.own_modules:
        print(f"       {self_ms:6.0f} ms  {name} (cumulative {cumulative_ms:.0f} ms)")


def _print_summary(verdicts: list[Verdict]) -> None:
    print("\nSummary (informational: a MISS does not fail `make bench`)")
    print(f"  {'figure':52}{'measured':>10}{'target':>10}  result")
    for v in verdicts:
        measured = "n/a" if math.isnan(v.measured) else f"{v.measured:.2f}{v.unit}"
        print(
            f"  {v.name:52}{measured:>10}{'≤ ' + f'{v.target:g}{v.unit}':>10}  {v.label:4}"
            + (f"   ({v.note})" if v.note else "")
        )


def main(argv: list[str] | None = None) -> int:
    args = _parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    base = os.environ.get("CIWORKSHOP_BENCH_DIR") or None
    workdir = Path(tempfile.mkdtemp(prefix="ciworkshop-bench-", dir=base))
    started = time.monotonic()
    verdicts: list[Verdict] = []
    raw: dict[str, Any] = {}
    try:
        print("ciworkshop benchmarks")
        print(_environment(workdir))
        if args.only in (None, "startup"):
            print("start-up runs ", end="", flush=True, file=sys.stderr)
            startup_results = startup.run(args.runs, workdir)
            raw["startup"] = startup_results.as_dict()
            verdicts += _print_startup(startup_results)
            missed = startup_results.time_ratio > STARTUP_RATIO_TARGET
            if args.imports or (args.imports is None and missed):
                report = imports.run(workdir / "template" / startup.DEMO_NAME, workdir)
                raw["imports"] = {
                    "total_ms": report.total_ms,
                    "by_package_ms": report.by_package_ms,
                    "heavy": [h.__dict__ for h in report.heavy],
                }
                _print_imports(report)
        if args.only in (None, "commit"):
            commit_results = commit.run(args.edits, workdir)
            raw["commit"] = commit_results.as_dict()
            verdicts += _print_commit(commit_results)
    except startup.ChildFailedError as exc:
        print(f"\nbenchmark failed: {exc}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    _print_summary(verdicts)
    print(f"\n(total {time.monotonic() - started:.0f} s)")
    if args.json:
        print(json.dumps(raw, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
