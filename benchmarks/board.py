"""The capture board (Pinnwand) at Fachtag scale: open it, type cards into it, scroll and zoom.

The file: one session with two agenda items. The first holds the big board: 1,000 cards,
50 of them unsorted and the rest in 20 clusters (about 47 each), German card texts of 20 to
150 characters as a room dictates them, an author/table on most cards, all six colours, dots
on about a third and a link to one of six impact goals on every tenth. The second item holds
a small board (12 cards) to switch from. The file is written before any clock starts.

1. Open. Each run builds a fresh :class:`BoardPanel` at 1920×1080 (shown, its empty state
   painted, untimed), opens a fresh ``DocumentSession`` on the file (untimed: opening the
   document belongs to opening the file, not to the board), then times
   ``panel.set_context(session, session_uuid)`` (agenda, the board's one query, the text
   layout of all 1,000 cards, the target list) → ``QApplication.processEvents()`` passes
   until the board has painted its whole viewport once: "frame". A probe on
   ``CardBoard.paintEvent`` tells when. One untimed cold run comes first.
2. Switch. With the panel open on the small board, times ``panel.show_item(big)`` → the
   first complete frame; then back to the small board (untimed). The text layouts of the big
   board were dropped when the small one was shown, so each switch lays them out afresh.
3. Add a card. With the big board shown, the next card's text is put into the entry line
   (untimed), then a Return key press on the entry line is timed (the commit with
   synchronous=FULL, the session's signal, the board re-reading that one card, the scroll
   to it) → the first frame (the board repaints only the column that changed, or what a
   scroll to the new card uncovered).
4. Scroll and zoom. One vertical scroll step (a wheel notch: three single steps) down or up
   → the frame (the board blits what stays in view and paints the strip it uncovered: that
   paint is the frame); one zoom step through 0.8–2× → the frame.

The phases inside the runs are measured by thin timing wrappers (installed only in this
process; nothing in ciworkshop changes), reported as self times.
"""

from __future__ import annotations

import os
import random
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.canvas import PhaseClock
from benchmarks.common import Verdict, filesystem_of, german_qt_app, median, percentile

CARDS = 1_000
CLUSTERS = 20
UNSORTED_CARDS = 50
SMALL_CARDS = 12
WINDOW_SIZE = (1920, 1080)
SCROLL_STEPS = 120
ZOOM_FRAMES = 60
WARMUP_ADDS = 10
MAX_EVENT_PASSES = 8
SEED = 20_260_415

OPEN_TARGET_MS = 150.0
ADD_TARGET_MS = 30.0
FRAME_TARGET_MS = 16.0

# Phase labels
SET_CONTEXT = "BoardPanel.set_context (outside the phases below)"
SHOW_ITEM = "BoardPanel.show_item (outside the phases below)"
PUSH = "Return on the entry line (outside the phases below)"
READ = "EventService.board (one query)"
CARD_READ = "EventService.card (re-read one card)"
COMMIT = "EventService.add_card (commit, fsync)"
AGENDA = "EventService.agenda"
SET_BOARD = "CardBoard.set_board (text layout of every card)"
PUT_CARD = "CardBoard.put_card"
PAINT = "CardBoard.paintEvent"
EVENTS = "event passes (layout, paint, rest)"
SCROLL = "scroll bar step"
ZOOM = "CardBoard.set_zoom"
QUIET_MESSAGES = ("This plugin does not support propagateSizeHints()",)

_CLUSTER_NAMES = (
    "Praktika und Betriebe",
    "Eltern einbinden",
    "Berufsberatung an Schulen",
    "Daten und Monitoring",
    "Übergang Förderschule",
    "Junge Geflüchtete",
    "Ausbildungsabbrüche vermeiden",
    "Digitale Angebote",
    "Mobilität im ländlichen Raum",
    "Sprachförderung",
    "Netzwerk und Zusammenarbeit",
    "Finanzierung",
    "Öffentlichkeitsarbeit",
    "Lehrkräfte fortbilden",
    "Jugendbeteiligung",
    "Gesundheit und Wohlbefinden",
    "Schulsozialarbeit",
    "Anerkennung und Wertschätzung",
    "Übergangsmanagement",
    "Offene Fragen",
)
_STARTS = (
    "Mehr Praktikumsplätze in",
    "Feste Ansprechperson für",
    "Elternabende in Herkunftssprache zu",
    "Gemeinsame Datenbasis über",
    "Frühzeitige Begleitung bei",
    "Bessere Busverbindungen zu",
    "Patenschaften von Azubis für",
    "Digitale Börse für",
    "Fortbildung der Lehrkräfte zu",
    "Jugendliche selbst fragen nach",
    "Verbindliche Absprachen zwischen Schule und Jobcenter zu",
    "Wer ist zuständig für",
)
_TOPICS = (
    "Pflege und Handwerk",
    "Schüler*innen der Klassen 8–10",
    "Jugendliche ohne Abschluss",
    "Betriebe im Landkreis",
    "Übergängen nach der Förderschule",
    "jungen Geflüchteten",
    "Ausbildungsabbrüchen im ersten Lehrjahr",
    "Berufsorientierung",
    "Eltern mit wenig Deutschkenntnissen",
    "dem gemeinsamen Wegweiser",
)
_ENDS = (
    "",
    "",
    " – schon ab Klasse 7",
    " (Beispiel aus Rodenburg übertragen?)",
    ", damit niemand verloren geht",
    " – Finanzierung klären!",
    "; das hat beim letzten Fachtag gefehlt",
    " und zwar verbindlich für alle Partner im Verbund",
)
_AUTHORS = ("", "Tisch 1", "Tisch 2", "Tisch 3", "Tisch 4", "Frau Yilmaz (Jobcenter)", "BBS")
_GOALS = (
    "Der Anteil der Jugendlichen ohne Abschluss sinkt bis 2028 von 9 % auf 6 %",
    "Jede Schule hat eine feste Ansprechperson der Berufsberatung",
    "Die Praktikumsbörse hat mindestens 80 Betriebe",
    "Eltern kennen die Angebote der Berufsorientierung",
    "Alle Partner nutzen dieselben Daten des Bildungsmonitorings",
    "Ausbildungsabbrüche im ersten Lehrjahr sinken um ein Drittel",
)


def card_text(rng: random.Random, number: int) -> str:
    text = f"{rng.choice(_STARTS)} {rng.choice(_TOPICS)}{rng.choice(_ENDS)}"
    if number % 9 == 0:
        text = text + ". " + rng.choice(_STARTS) + " " + rng.choice(_TOPICS)
    return text[:150]


@dataclass(frozen=True)
class BoardFigures:
    cards: int
    clusters: int
    unsorted: int
    with_dots: int
    with_goal: int
    mean_text: float
    file_bytes: int

    def describe(self) -> str:
        return (
            f"{self.cards} cards ({self.unsorted} unsorted, {self.clusters} clusters), "
            f"{self.with_dots} with dots, {self.with_goal} linked to a goal, texts "
            f"{self.mean_text:.0f} characters on average; {self.file_bytes / 1e6:.1f} MB"
        )


def build_file(path: Path) -> tuple[BoardFigures, str, str, str]:
    """The benchmark file; returns its figures, the session and both agenda items' UUIDs."""
    from ciworkshop.domain.canvas import GoalDraft, GoalLevel
    from ciworkshop.domain.events import (
        AgendaItemDraft,
        CardColour,
        CardDraft,
        SessionDraft,
        SessionFormat,
    )
    from ciworkshop.services.canvas import CanvasService
    from ciworkshop.services.events import EventService
    from ciworkshop.store.document import Document

    rng = random.Random(SEED)
    colours = list(CardColour)
    with Document.create(path, network_name="Bildungsverbund Hellental") as document:
        canvas, events = CanvasService(document), EventService(document)
        goals = [
            canvas.add_goal(
                draft=GoalDraft(
                    level=GoalLevel.PROJECT, statement=text, target_group="Schüler*innen"
                )
            )[0].uuid
            for text in _GOALS
        ]
        session, _ = events.add_session(
            draft=SessionDraft(
                format=SessionFormat.PLENARY,
                title="Fachtag Übergang Schule–Beruf",
                date="2026-03-12",
            ),
            agenda=[
                AgendaItemDraft(title="Begrüßung und Ziele des Tages", planned_minutes=15),
                AgendaItemDraft(
                    title="Ideen sammeln: Was braucht der Übergang?", planned_minutes=60
                ),
            ],
        )
        small, big = (i.uuid for i in events.agenda(session.uuid))
        clusters = [
            events.add_cluster(agenda_item_uuid=big, name=name)[0].uuid for name in _CLUSTER_NAMES
        ]
        with_dots = with_goal = length = 0
        for number in range(CARDS):
            cluster = None if number < UNSORTED_CARDS else clusters[number % CLUSTERS]
            text = card_text(rng, number)
            goal = goals[number % len(goals)] if number % 10 == 3 else None
            card, _ = events.add_card(
                agenda_item_uuid=big,
                draft=CardDraft(
                    text=text,
                    author=rng.choice(_AUTHORS),
                    colour=rng.choice(colours),
                    goal_uuid=goal,
                ),
                cluster_uuid=cluster,
            )
            if rng.random() < 0.33:
                events.set_dots(uuid=card.uuid, dots=rng.randint(1, 14))
                with_dots += 1
            with_goal += goal is not None
            length += len(text)
        for number in range(SMALL_CARDS):
            events.add_card(agenda_item_uuid=small, draft=CardDraft(text=card_text(rng, number)))
        # The room is at the big board: the live run is on it, so the panel opens there.
        events.start_item(uuid=big)
    figures = BoardFigures(
        cards=CARDS,
        clusters=CLUSTERS,
        unsorted=UNSORTED_CARDS,
        with_dots=with_dots,
        with_goal=with_goal,
        mean_text=length / CARDS,
        file_bytes=path.stat().st_size,
    )
    return figures, session.uuid, small, big


@dataclass
class Frame:
    """One measured gesture up to the first frame that painted the board's viewport."""

    ms: float
    phases: dict[str, float]
    passes: int
    forced: bool  # the event loop had not painted after MAX_EVENT_PASSES: repaint() did


@dataclass
class BoardResults:
    runs: int
    adds: int
    figures: BoardFigures
    filesystem: tuple[str, str]
    window: tuple[int, int]
    cold_open: Frame | None = None
    opens: list[Frame] = field(default_factory=list)
    switches: list[Frame] = field(default_factory=list)
    add_frames: list[Frame] = field(default_factory=list)
    scrolls: list[Frame] = field(default_factory=list)
    zooms: list[Frame] = field(default_factory=list)
    visible_cards: int = 0
    cards_after_adds: int = 0
    add_failed: int = 0
    missing_probes: list[str] = field(default_factory=list)
    qt_messages: dict[str, int] = field(default_factory=dict)

    @staticmethod
    def stats(frames: list[Frame]) -> dict[str, float]:
        values = [f.ms for f in frames]
        return {
            "n": len(values),
            "p50": percentile(values, 50),
            "p90": percentile(values, 90),
            "p99": percentile(values, 99),
            "max": max(values, default=float("nan")),
        }

    @staticmethod
    def phase_medians(frames: list[Frame]) -> dict[str, float]:
        labels = sorted({p for f in frames for p in f.phases})
        return {p: median([f.phases.get(p, 0.0) for f in frames]) for p in labels}

    def as_dict(self) -> dict[str, Any]:
        groups = {
            "open": self.opens,
            "switch": self.switches,
            "add": self.add_frames,
            "scroll": self.scrolls,
            "zoom": self.zooms,
        }
        return {
            "runs": self.runs,
            "adds": self.adds,
            "file": self.figures.__dict__,
            "filesystem": list(self.filesystem),
            "window": list(self.window),
            "cold_open_ms": self.cold_open.ms if self.cold_open else None,
            **{
                name: {
                    **self.stats(frames),
                    "phases_median_ms": self.phase_medians(frames),
                    "forced": sum(f.forced for f in frames),
                }
                for name, frames in groups.items()
            },
            "visible_cards": self.visible_cards,
            "cards_after_adds": self.cards_after_adds,
            "add_failed": self.add_failed,
            "missing_probes": self.missing_probes,
            "qt_messages": self.qt_messages,
        }


class _Bench:
    """The Qt side: application, German translation, probes."""

    def __init__(self, clock: PhaseClock, folder: Path) -> None:
        from PySide6.QtCore import qInstallMessageHandler

        self.app, self.languages = german_qt_app(folder)
        self.clock = clock
        self.full_paints = 0  # paint events that covered the whole viewport
        self.paints = 0  # any paint event (a scroll step paints only the uncovered strip)
        self.messages: dict[str, int] = {}

        def on_message(_mode: object, _context: object, message: str) -> None:
            if message not in QUIET_MESSAGES:
                self.messages[message] = self.messages.get(message, 0) + 1

        self._previous_handler = qInstallMessageHandler(on_message)
        self._install_probes()

    def _install_probes(self) -> None:
        from ciworkshop.services.events import EventService
        from ciworkshop.ui.widgets.card_board import CardBoard

        bench = self
        original = vars(CardBoard).get("paintEvent")
        if callable(original):

            def paint_event(board: Any, event: Any) -> None:
                bench.paints += 1
                if event.rect() == board.viewport().rect():
                    bench.full_paints += 1
                original(board, event)

            self.clock.replace(CardBoard, "paintEvent", paint_event)
        else:
            self.clock.missing.append("CardBoard.paintEvent")
        clock = self.clock
        clock.wrap(EventService, "board", READ)
        clock.wrap(EventService, "card", CARD_READ)
        clock.wrap(EventService, "add_card", COMMIT)
        clock.wrap(EventService, "agenda", AGENDA)
        clock.wrap(CardBoard, "set_board", SET_BOARD)
        clock.wrap(CardBoard, "put_card", PUT_CARD)
        clock.wrap(CardBoard, "paintEvent", PAINT)
        clock.wrap(CardBoard, "set_zoom", ZOOM)

    def close(self) -> None:
        from PySide6.QtCore import qInstallMessageHandler

        self.clock.restore()
        qInstallMessageHandler(self._previous_handler)

    def settle(self) -> None:
        for _ in range(20):
            before = self.full_paints
            self.app.processEvents()
            if self.full_paints == before:
                return

    def new_panel(self) -> Any:
        from ciworkshop.ui.views.session_board import BoardPanel

        panel = BoardPanel()
        panel.resize(*WINDOW_SIZE)
        panel.show()
        self.settle()
        return panel

    def drop_panel(self, panel: Any) -> None:
        from PySide6.QtCore import QEvent

        panel.set_context(None, None)
        panel.close()
        panel.deleteLater()
        self.app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        self.app.processEvents()

    def frame(self, panel: Any, start_paints: int, *, strip: bool = False) -> Frame:
        """Event passes (timed) until the board painted its viewport after ``start_paints``
        (with ``strip``: until it painted at all, i.e. what a scroll step uncovered)."""
        passes, forced = 0, False

        def count() -> int:
            return self.paints if strip else self.full_paints

        while count() == start_paints:
            passes += 1
            with self.clock.phase(EVENTS):
                self.app.processEvents()
            if count() == start_paints and passes == MAX_EVENT_PASSES:
                with self.clock.phase(EVENTS):
                    panel.board.viewport().repaint()
                forced = True
                break
        phases, _ = self.clock.take()
        return Frame(ms=sum(phases.values()), phases=phases, passes=passes, forced=forced)


def _visible_cards(panel: Any) -> int:
    board = panel.board
    area = board.viewport().rect()
    return sum(
        1
        for key in board.column_keys()
        for card in board.cards_in(key)
        if board.card_rect(card.uuid).toAlignedRect().intersects(area)
    )


def _open_runs(bench: _Bench, path: Path, session_uuid: str, results: BoardResults) -> None:
    from ciworkshop.store.document import Document
    from ciworkshop.ui.session import DocumentSession

    for run in range(results.runs + 1):
        panel = bench.new_panel()
        session = DocumentSession(Document.open(path))
        bench.clock.take()
        start = bench.full_paints
        with bench.clock.phase(SET_CONTEXT):
            panel.set_context(session, session_uuid)
        frame = bench.frame(panel, start)
        if run == 0:
            results.cold_open = frame
            results.visible_cards = _visible_cards(panel)
        else:
            results.opens.append(frame)
        bench.drop_panel(panel)
        session.close()


def _session_runs(
    bench: _Bench, path: Path, ids: tuple[str, str, str], results: BoardResults
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from ciworkshop.store.document import Document
    from ciworkshop.ui.session import DocumentSession

    session_uuid, small, big = ids
    clock = bench.clock
    panel = bench.new_panel()
    session = DocumentSession(Document.open(path))
    try:
        panel.set_context(session, session_uuid)
        bench.settle()
        # 2. switching from the small board to the big one
        for _ in range(results.runs):
            panel.show_item(small)
            bench.settle()
            clock.take()
            start = bench.full_paints
            with clock.phase(SHOW_ITEM):
                panel.show_item(big)
            results.switches.append(bench.frame(panel, start))
        bench.settle()

        # 3. adding cards by Return on the entry line
        rng = random.Random(SEED + 3)
        before = panel.board.card_count()
        for number in range(WARMUP_ADDS + results.adds):
            panel.entry.setText(card_text(rng, number))
            bench.settle()
            clock.take()
            start = bench.paints
            with clock.phase(PUSH):
                QTest.keyClick(panel.entry, Qt.Key.Key_Return)
            frame = bench.frame(panel, start, strip=True)
            if number >= WARMUP_ADDS:
                results.add_frames.append(frame)
            results.add_failed += bool(panel.entry.text())
        bench.settle()
        results.cards_after_adds = panel.board.card_count() - before

        # 4. scrolling and zooming
        bar = panel.board.verticalScrollBar()
        bar.setValue(0)
        bench.settle()
        step = bar.singleStep() * 3
        direction = 1
        for _ in range(SCROLL_STEPS):
            if not bar.minimum() <= bar.value() + direction * step <= bar.maximum():
                direction = -direction
            clock.take()
            start = bench.paints
            with clock.phase(SCROLL):
                bar.setValue(bar.value() + direction * step)
            results.scrolls.append(bench.frame(panel, start, strip=True))
        from ciworkshop.ui.widgets.card_board import ZOOM_STEPS

        steps = list(ZOOM_STEPS) + list(reversed(ZOOM_STEPS[1:-1]))
        for number in range(ZOOM_FRAMES):
            zoom = steps[number % len(steps)]
            if zoom == panel.board.zoom():
                zoom = steps[(number + 1) % len(steps)]
            clock.take()
            start = bench.full_paints
            panel.board.set_zoom(zoom)
            results.zooms.append(bench.frame(panel, start))
        panel.board.reset_zoom()
    finally:
        bench.drop_panel(panel)
        session.close()


def run(workdir: Path, runs: int, adds: int) -> BoardResults:
    folder = workdir / "board"
    folder.mkdir()
    path = folder / "Pinnwand-Benchmark.ciw"
    figures, session_uuid, small, big = build_file(path)
    saved_data_dir = os.environ.get("CIWORKSHOP_DATA_DIR")
    os.environ["CIWORKSHOP_DATA_DIR"] = str(folder / "data")  # backups at session close
    clock = PhaseClock()
    bench = _Bench(clock, folder)
    try:
        results = BoardResults(
            runs=runs,
            adds=adds,
            figures=figures,
            filesystem=filesystem_of(folder),
            window=WINDOW_SIZE,
        )
        results.missing_probes = list(clock.missing)
        _open_runs(bench, path, session_uuid, results)
        _session_runs(bench, path, (session_uuid, small, big), results)
        results.qt_messages = dict(bench.messages)
        return results
    finally:
        bench.close()
        if saved_data_dir is None:
            os.environ.pop("CIWORKSHOP_DATA_DIR", None)
        else:
            os.environ["CIWORKSHOP_DATA_DIR"] = saved_data_dir


def _top(phases: dict[str, float], count: int = 3) -> str:
    top = sorted(phases.items(), key=lambda item: -item[1])[:count]
    return ", ".join(f"{label} {ms:.1f} ms" for label, ms in top)


def print_results(results: BoardResults) -> list[str]:
    """The report as lines (the caller prints them)."""
    fs_type, device = results.filesystem
    width, height = results.window
    lines = [
        f"\n5. Capture board (Pinnwand), BoardPanel {width}×{height} in this process",
        f"   file: {results.figures.describe()}",
        f"   on {fs_type} ({device}); {results.visible_cards} cards visible at zoom 1",
        "   “frame” = to the first event pass after which the board has painted its whole viewport"
        " (add, scroll: what changed)",
        f"     {'':34}{'n':>5}{'p50':>10}{'p90':>10}{'p99':>10}{'max':>10}",
    ]
    rows = (
        ("a) open: set_context → frame", results.opens),
        ("b) switch: show_item → frame", results.switches),
        ("c) add: Return → frame", results.add_frames),
        ("d) scroll step → frame", results.scrolls),
        ("e) zoom step → frame", results.zooms),
    )
    for label, frames in rows:
        s = results.stats(frames)
        lines.append(
            f"     {label:34}{s['n']:5.0f}"
            + "".join(f"{s[k]:7.1f} ms" for k in ("p50", "p90", "p99", "max"))
        )
    if results.cold_open is not None:
        lines.append(f"     cold first open (not counted): {results.cold_open.ms:.1f} ms")
    lines.append("     where the time goes (median self time per phase):")
    for label, frames in rows[:3]:
        lines.append(f"       {label.split(':')[0]}: {_top(results.phase_medians(frames), 4)}")
    forced = sum(f.forced for _, frames in rows for f in frames)
    if forced:
        lines.append(f"     WARNING: {forced} frames needed a forced repaint")
    if results.add_failed or results.cards_after_adds != results.adds + WARMUP_ADDS:
        lines.append(
            f"     WARNING: {results.add_failed} adds failed; the board gained "
            f"{results.cards_after_adds} cards for {results.adds + WARMUP_ADDS} adds"
        )
    if results.missing_probes:
        lines.append(f"     note: phases not measured: {', '.join(results.missing_probes)}")
    for message, count in results.qt_messages.items():
        lines.append(f"     Qt said ({count}×): {message[:120]}")
    return lines


def verdicts(results: BoardResults) -> list[Verdict]:
    """The board's rows of the summary table."""
    opens, adds = results.stats(results.opens), results.stats(results.add_frames)
    scrolls, zooms = results.stats(results.scrolls), results.stats(results.zooms)
    switches = results.stats(results.switches)
    return [
        Verdict(
            "Board 1,000 cards/20 clusters: open + paint (median)",
            opens["p50"],
            OPEN_TARGET_MS,
            " ms",
            note=f"switch to it {switches['p50']:.1f} ms",
        ),
        Verdict(
            "Board: add a card, Return → painted (p50)",
            adds["p50"],
            ADD_TARGET_MS,
            " ms",
            note=f"p99 {adds['p99']:.1f} ms",
        ),
        Verdict(
            "Board: scroll / zoom frame (p50, worse of the two)",
            max(scrolls["p50"], zooms["p50"]),
            FRAME_TARGET_MS,
            " ms",
            note=f"scroll p99 {scrolls['p99']:.1f} ms, zoom p99 {zooms['p99']:.1f} ms",
        ),
    ]


def main() -> None:
    """``python -m benchmarks.board``: this benchmark alone."""
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    base = os.environ.get("CIWORKSHOP_BENCH_DIR") or None
    workdir = Path(tempfile.mkdtemp(prefix="ciworkshop-bench-", dir=base))
    started = time.monotonic()
    try:
        results = run(workdir, runs=15, adds=200)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    for line in print_results(results):
        print(line)
    for verdict in verdicts(results):
        print(
            f"   {verdict.label:5} {verdict.name}: {verdict.measured:.1f}{verdict.unit} "
            f"(target ≤ {verdict.target:.0f}{verdict.unit}; {verdict.note})"
        )
    print(f"   (took {time.monotonic() - started:.0f} s)")


if __name__ == "__main__":
    main()
