"""``python -m benchmarks``: run the benchmarks and print the figures against their targets.

Options: ``--runs N`` start-up runs per side (default 10), ``--edits N`` timed edits (default
2000), ``--canvas-runs N`` canvas opens (default 15), ``--canvas-edits N`` timed goal edits on
the canvas (default 200), ``--board-runs N`` / ``--board-adds N`` for the capture board with
1,000 cards (defaults 15 / 200), ``--only startup|commit|canvas|board|export``,
``--imports``/``--no-imports`` to force or skip the import-time breakdown (by default it is
shown when the start-up target is missed), ``--json`` to print the raw figures as JSON after
the table. ``CIWORKSHOP_BENCH_DIR`` chooses the folder the temporary files go under
(default: the system's temporary folder).
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

from benchmarks import board, canvas, commit, export, imports, startup
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
CANVAS_OPEN_TARGET_MS = 100.0
CANVAS_EDIT_TARGET_MS = 20.0


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--runs", type=int, default=10, help="start-up runs per side")
    parser.add_argument("--edits", type=int, default=2000, help="timed edits")
    parser.add_argument("--canvas-runs", type=int, default=15, help="canvas opens")
    parser.add_argument("--canvas-edits", type=int, default=200, help="timed goal edits")
    parser.add_argument("--board-runs", type=int, default=15, help="board opens (1,000 cards)")
    parser.add_argument("--board-adds", type=int, default=200, help="timed card adds")
    parser.add_argument(
        "--only",
        choices=("startup", "commit", "canvas", "board", "export"),
        help="run one benchmark",
    )
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--imports", action="store_true", default=None, help="always")
    group.add_argument("--no-imports", dest="imports", action="store_false")
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    args = parser.parse_args(argv)
    if min(args.runs, args.edits, args.canvas_runs, args.canvas_edits) < 1:
        parser.error("--runs, --edits, --canvas-runs and --canvas-edits must be at least 1")
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


def _top_phases(phases: dict[str, float], total: float, count: int = 3) -> str:
    top = sorted(phases.items(), key=lambda item: -item[1])[:count]
    return ", ".join(f"{label} {ms:.0f} ms ({ms / total:.0%})" for label, ms in top)


def _print_canvas(results: canvas.CanvasResults) -> list[Verdict]:
    fs_type, device = results.filesystem
    width, height = results.window
    opens, edits = results.summary(results.opens), results.summary(results.edit_samples)
    pragmas = ", ".join(f"{k}={v}" for k, v in results.pragmas.items())
    print(f"\n4. Impact canvas at workshop scale, CanvasView {width}×{height} in this process")
    print(f"   file: {results.figures.describe()}")
    print(
        f"   on {fs_type} ({device}); {pragmas}; UI in German"
        + ("" if results.german else " (WARNING: the German translation did not load)")
    )
    if fs_type in MEMORY_ONLY_FILESYSTEMS:
        print("   WARNING: memory-only file system, fsync is free: set CIWORKSHOP_BENCH_DIR")
    print(
        "   a) open: Document.open → DocumentSession → view.set_session → event loop until"
        f" every visible card is painted; {results.runs} runs, each on a fresh, shown page,"
        " after one cold run"
    )
    print(
        "   b) edit: session.push(edit_goal(new statement)) → event loop until the card is"
        f" painted; {results.edits} edits over all goals, after {canvas.WARMUP_EDITS} untimed"
    )
    print(
        "   “frame” = to the first frame with those cards painted; “idle” = on until an"
        " event pass paints no card (later passes repaint what was already shown)"
    )
    print(f"     {'':22}{'n':>5}{'p50':>10}{'p90':>10}{'p99':>10}{'max':>10}{'mean':>10}")
    for label, summary, key in (
        ("a) open, frame", opens, "frame_ms"),
        ("a) open, idle", opens, "idle_ms"),
        ("b) edit, frame", edits, "frame_ms"),
        ("b) edit, idle", edits, "idle_ms"),
    ):
        s = summary[key]
        print(
            f"     {label:22}{s['n']:5.0f}"
            + "".join(f"{s[k]:7.1f} ms" for k in ("p50", "p90", "p99", "max", "mean"))
        )
    if results.cold is not None:
        print(
            f"     cold first open (not counted): frame {results.cold.frame_ms:.1f} ms, "
            f"idle {results.cold.idle_ms:.1f} ms"
        )
    columns = (
        ("a) open", opens["phases_median_ms"]),
        ("a) after", opens["after_frame_phases_median_ms"]),
        ("b) edit", edits["phases_median_ms"]),
    )
    print("     where the time goes: median self time per phase, ms (phases add up per run);")
    print("     “a) after” = the passes after the open's first complete frame")
    print(f"       {'phase':50}" + "".join(f"{title:>10}" for title, _ in columns))
    labels = dict.fromkeys(label for _, phases in columns for label in phases)
    for label in sorted(labels, key=_phase_rank):
        print(
            f"       {label:50}"
            + "".join(
                f"{phases[label]:10.1f}" if label in phases else f"{'–':>10}"
                for _, phases in columns
            )
        )
    totals = (
        opens["frame_ms"]["p50"],
        opens["idle_ms"]["p50"] - opens["frame_ms"]["p50"],
        edits["frame_ms"]["p50"],
    )
    print(
        f"       {'total (median of the runs; a) after: idle − frame)':50}"
        + "".join(f"{t:10.1f}" for t in totals)
    )
    calls, edit_calls = opens["calls_median"], edits["calls_median"]
    print(
        f"     cards: {opens['wanted_cards_median']:.0f} visible; the event loop alone painted "
        f"them in {results.runs - opens['forced_repaints']}/{results.runs} opens "
        f"(max {opens['passes_max']} passes) and the edited card in "
        f"{results.edits - edits['forced_repaints']}/{results.edits} edits; delegate calls to "
        f"the first frame: open sizeHint {calls.get(canvas.SIZE_HINT, 0):.0f}, paint "
        f"{calls.get(canvas.CARD_PAINT, 0):.0f}; edit sizeHint "
        f"{edit_calls.get(canvas.SIZE_HINT, 0):.0f}, "
        f"paint {edit_calls.get(canvas.CARD_PAINT, 0):.0f}"
    )
    print(
        f"     after the first frame, cards were painted again in "
        f"{opens['with_card_paints_after_frame']}/{results.runs} opens and "
        f"{edits['with_card_paints_after_frame']}/{results.edits} edits; an untimed event pass "
        f"once idle took max {opens['check_pass_ms_max']:.1f} ms (open), "
        f"{edits['check_pass_ms_max']:.1f} ms (edit)"
    )
    if results.edit_failed:
        print(f"     WARNING: {results.edit_failed} edits failed")
    if results.cards_out_of_size:
        print(
            f"     WARNING: after the edits {results.cards_out_of_size} cards are not as high "
            "as their text needs (the lists were not laid out again)"
        )
    fsync = results.fsync_ms
    print(
        f"     context: a bare fsync of 4 KiB here takes p50 {percentile(fsync, 50):.2f} ms, "
        f"p99 {percentile(fsync, 99):.2f} ms (an edit's commit waits for it); building and "
        f"settling the empty page (untimed) took {median(results.view_ready_ms):.0f} ms"
    )
    if results.missing_probes:
        print(f"     note: phases not measured (renamed?): {', '.join(results.missing_probes)}")
    for message, count in results.qt_messages.items():
        print(f"     Qt said ({count}×): {message[:120]}")
    open_frame, edit_frame = opens["frame_ms"], edits["frame_ms"]
    return [
        Verdict(
            "Canvas 60 goals/300 indicators: open + paint (median)",
            open_frame["p50"],
            CANVAS_OPEN_TARGET_MS,
            " ms",
            note=(
                f"p90 {open_frame['p90']:.1f} ms, idle {opens['idle_ms']['p50']:.1f} ms; most: "
                + _top_phases(opens["phases_median_ms"], open_frame["p50"])
            ),
        ),
        Verdict(
            "Canvas goal edit: commit + refresh + repaint (p50)",
            edit_frame["p50"],
            CANVAS_EDIT_TARGET_MS,
            " ms",
            note=(
                f"p99 {edit_frame['p99']:.1f} ms; most: "
                + _top_phases(edits["phases_median_ms"], edit_frame["p50"])
            ),
        ),
    ]


def _phase_rank(label: str) -> int:
    order = canvas.PHASE_ORDER
    return order.index(label) if label in order else len(order)


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
        if args.only in (None, "canvas"):
            print("canvas runs …", file=sys.stderr, flush=True)
            canvas_results = canvas.run(args.canvas_runs, args.canvas_edits, workdir)
            raw["canvas"] = canvas_results.as_dict()
            verdicts += _print_canvas(canvas_results)
        if args.only in (None, "board"):
            print("board runs …", file=sys.stderr, flush=True)
            board_results = board.run(workdir, args.board_runs, args.board_adds)
            raw["board"] = board_results.as_dict()
            for line in board.print_results(board_results):
                print(line)
            verdicts += board.verdicts(board_results)
        if args.only in (None, "export"):
            print("export runs …", file=sys.stderr, flush=True)
            export_results = export.run(workdir)
            raw["export"] = export_results.as_dict()
            export.print_results(export_results)
            verdicts += export.verdicts(export_results)
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
