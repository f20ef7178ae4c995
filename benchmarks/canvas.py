"""The impact canvas at workshop scale: open and paint it, and edit a goal on it.

The file: 60 goals (20 per level), 5 indicators per goal (300), about 4 measurements per
indicator (1,200), 2–3 milestones per goal, 20 actors of whom 0–4 are responsible for each
goal, and one frozen version (the one the room agreed on, 54 goals, before the last round
of measurements), all with German texts of realistic length (goal statements ~150
characters). It is written once, in one transaction, before any clock starts.

1. Open and paint. Each run builds a fresh :class:`CanvasView` (1920×1080, shown, its empty
   state painted and every pending event processed: the page exists when the user opens a
   file), then times ``Document.open`` → ``DocumentSession`` → ``view.set_session`` (snapshot,
   quality checks, checklist, versions with the comparison against the frozen version,
   board models, details) → the first complete frame. A fresh view per run, because a view
   that showed the same file before would take the models' cheaper "same goals" path. The
   session is closed after every run; one untimed warm-up run comes first, and its figure
   is reported as the cold one.

   "Painted" means the frame the app's event loop paints, made synchronous:
   ``QApplication.processEvents()`` passes (posted layout requests, the lists' delayed item
   layouts, which are zero timers, and the posted update request that paints the window
   into its backing store), timed until a pass after which every card in the visible part
   of the three columns has been painted: a probe on the card delegate records what it
   paints. One pass sufficed in every run so far; should MAX_EVENT_PASSES not, a timed
   ``view.repaint()`` follows (and is reported). That is "frame". The clock then runs on
   until an event pass paints no card: "idle" (the lists lay their items out once more
   after the first frame and repaint the same cards). Not chosen: ``view.grab()`` renders
   the page a second time into a pixmap, outside the window's backing store, and leaves
   the window's own pending update to the event loop, which then paints everything again;
   ``view.repaint()`` after ``processEvents()`` paints an already painted frame twice.

   The phases are measured inside the same runs by thin timing wrappers put around the
   methods the page calls (installed only in this process; nothing in ciworkshop changes).
   Each phase is reported as its self time, so the phases add up to the total.

2. Edit a goal. With the file open and the page painted, each edit selects a goal
   (untimed; the inline editor makes it the current goal in the app), then times
   ``session.push(edit_goal(...))`` with a new statement (the commit with synchronous=FULL,
   the session's signal, the page's refresh) → event passes until the edited card has been
   painted, as above. The drafts are built before the clock starts; the edits go round all
   60 goals in a shuffled order. The file stays on the disk the benchmark's temporary
   folder is on (reported): on a laptop the fsync at each commit costs more than here.
"""

from __future__ import annotations

import contextlib
import functools
import os
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.common import filesystem_of, german_qt_app, median, percentile

GOALS_PER_LEVEL = 20
INDICATORS_PER_GOAL = 5
ACTOR_COUNT = 20
GOALS_AFTER_FREEZE = 6
WINDOW_SIZE = (1920, 1080)
WARMUP_EDITS = 10
SEED = 20_260_312

# ---------------------------------------------------------------- German texts
_ACTORS = (
    ("Koordinierungsstelle Übergang Schule–Beruf im Landkreis", "Koordinierung"),
    ("Landkreis Hellental – Fachbereich Jugend, Bildung und Soziales", "Landkreis"),
    ("Agentur für Arbeit Hellental-Rodenburg", "Agentur"),
    ("Jobcenter Landkreis Hellental", "Jobcenter"),
    ("Regionales Landesamt für Schule und Bildung", "RLSB"),
    ("IHK Weserland – Geschäftsstelle Hellental", "IHK"),
    ("Kreishandwerkerschaft Hellental", "KHS"),
    ("Brandt Logistik GmbH & Co. KG", "Brandt"),
    ("Kreisklinikum Hellental gGmbH", "Klinikum"),
    ("Jugendmigrationsdienst Hellental", "JMD"),
    ("Diakonisches Werk – Jugendberufshilfe", "Diakonie"),
    ("TSV Hellental 1897 e. V.", "TSV"),
    ("Elternnetzwerk Hellental e. V.", "Elternnetzwerk"),
    ("Berufsbildende Schulen Hellental", "BBS"),
    ("IGS Am Lindenhof Rodenburg", "IGS"),
    ("Oberschule Bad Hellental", "Oberschule"),
    ("Pestalozzi-Schule – Förderschule Lernen", "Förderschule"),
    ("Hochschule Weserland – Institut für Bildungsforschung", "Hochschule"),
    ("Bürgerstiftung Hellental", "Bürgerstiftung"),
    ("Sparkassenstiftung Weserland", "Sparkassenstiftung"),
)

_TOPICS = {
    "project": (
        "Der Anteil der Jugendlichen, die die Schule ohne Abschluss verlassen,",
        "Der Anteil der Schulabgänger*innen, die direkt eine duale Ausbildung beginnen,",
        "Die Zahl der vorzeitig gelösten Ausbildungsverträge im ersten Lehrjahr",
        "Der Anteil der Jugendlichen mit einem schriftlichen Förderplan Übergang",
        "Die Zahl der jungen Geflüchteten in einer Einstiegsqualifizierung",
        "Der Anteil der Schüler*innen mit mindestens zwei Betriebspraktika",
        "Die Zahl der Jugendlichen, die nach der Schule in keiner Statistik auftauchen,",
    ),
    "system": (
        "Der Anteil der Schulen mit einer festen Ansprechperson der Berufsberatung",
        "Die Zahl der Betriebe, die über die gemeinsame Praktikumsbörse Plätze anbieten,",
        "Der Anteil der Fallübergaben zwischen Schule und Jugendberufsagentur mit Zustimmung",
        "Die Zahl der Partner, die ihre Angebote im gemeinsamen Wegweiser pflegen,",
        "Der Anteil der Beratungsfälle, die innerhalb von zwei Wochen einen Termin erhalten,",
        "Die Zahl der gemeinsam finanzierten Stellen in der Schulsozialarbeit",
        "Der Anteil der Förderschulen mit einem abgestimmten Übergangskonzept",
    ),
    "knowledge": (
        "Der Anteil der Lehrkräfte, die das regionale Übergangssystem erklären können,",
        "Die Zahl der Eltern, die an einem Elternabend zur Berufsorientierung teilnehmen,",
        "Der Anteil der Partner, die die Daten des Bildungsmonitorings kennen und nutzen,",
        "Die Zahl der Ausbilder*innen mit einer Schulung zu interkultureller Kompetenz",
        "Der Anteil der Jugendlichen, die ihre Stärken in eigenen Worten beschreiben können,",
        "Die Zahl der Betriebe, die die Angebote der Ausbildungsbegleitung kennen,",
        "Der Anteil der Steuerungskreis-Mitglieder, die die Wirkungslogik erläutern können,",
    ),
}
_CHANGES = (
    "sinkt bis {year} von {a} % auf {b} %",
    "steigt bis {year} von {a} % auf {b} %",
    "wächst bis Ende {year} von {a} auf {b}",
    "verdoppelt sich bis {year} von {a} auf {b}",
)
_REASONS = (
    "dank früher Begleitung an den Schulen",
    "weil alle Partner dieselben Daten nutzen",
    "dank verbindlicher Praktikumszeiten",
    "weil jede*r eine feste Ansprechperson hat",
    "dank des gemeinsamen Wegweisers",
    "weil Eltern früh einbezogen werden",
)
_TARGET_GROUPS = (
    "Schüler*innen der Klassen 8–10 an Ober-, Gesamt- und Förderschulen im Landkreis",
    "Schulabgänger*innen aller allgemeinbildenden Schulen im Landkreis Hellental",
    "Auszubildende im ersten Lehrjahr in Handwerk, Pflege und Logistik",
    "Junge Geflüchtete zwischen 16 und 25 Jahren ohne Ausbildungsplatz",
    "Jugendliche mit sonderpädagogischem Förderbedarf im Schwerpunkt Lernen",
)
_RATIONALE = (
    "Ohne Abschluss ist der Weg in eine Ausbildung fast versperrt. Die Partner haben sich "
    "beim Fachtag darauf verständigt, gefährdete Jugendliche früh zu erkennen und bis zum "
    "Abschluss zu begleiten; die Schulen melden Fehlzeiten, die Schulsozialarbeit nimmt "
    "innerhalb einer Woche Kontakt auf."
)
_INDICATORS = (
    ("Anteil der Jugendlichen mit Anschlussperspektive", "%", "official_statistics"),
    ("Teilnehmende an Praktikumswochen der Klassen 8 und 9", "Personen", "document_analysis"),
    ("Zufriedenheit der Betriebe mit der Vermittlung (Skala 1–5)", "Punkte", "survey"),
    ("Abgestimmte Fallübergaben je Schulhalbjahr", "Fälle", "document_analysis"),
    ("Jugendliche, die ihre Ansprechperson namentlich kennen", "%", "survey"),
    ("Beratungsgespräche mit Eltern in Herkunftssprache", "Gespräche", "interview"),
    ("Besetzte Ausbildungsplätze in Mangelberufen", "Plätze", "official_statistics"),
    ("Aktuelle Einträge im gemeinsamen Wegweiser", "Einträge", "observation"),
)
_SOURCES = (
    "Landkreis – Bildungsmonitoring",
    "Agentur für Arbeit – Ausbildungsmarktstatistik",
    "Koordinierungsstelle – eigene Erhebung",
    "Diakonie – Schulsozialarbeit, anonymisierte Falldokumentation",
)
_MEASUREMENT_NOTES = (
    "",
    "",
    "Erster Jahrgang mit Förderplan Übergang",
    "Rücklauf der Befragung 61 %, zwei Schulen fehlen",
    "Nach der Umstellung der Statistik nur eingeschränkt vergleichbar",
)
_MILESTONES = (
    "Förderplan Übergang an allen Pilotschulen eingeführt",
    "Frühwarnsystem bei Schulabsentismus mit allen Oberschulen vereinbart",
    "Zwischenbilanz im Steuerungskreis vorgestellt und Maßnahmen angepasst",
    "Praktikumsbörse mit mindestens 80 Betrieben online",
    "Kooperationsvereinbarung zur Datenweitergabe von allen Partnern unterschrieben",
    "Fortbildungsreihe für Lehrkräfte und Ausbilder*innen abgeschlossen",
)
_OWNERS = ("Koordinierungsstelle", "Schulbehörde", "Jobcenter", "IHK", "Diakonie")


@dataclass(frozen=True)
class CanvasFigures:
    """What the benchmark file holds."""

    goals: int
    indicators: int
    measurements: int
    milestones: int
    actors: int
    linked_actors: int
    versions: int
    file_bytes: int

    def describe(self) -> str:
        return (
            f"{self.goals} goals, {self.indicators} indicators, {self.measurements} "
            f"measurements, {self.milestones} milestones, {self.actors} actors "
            f"({self.linked_actors} goal–actor links), {self.versions} frozen version; "
            f"{self.file_bytes / 1e6:.1f} MB"
        )


def statement(rng: random.Random, level: str, index: int, edit: int = 0) -> str:
    """A goal statement of ~150 characters; ``edit`` > 0 gives a reworded one."""
    topics = _TOPICS[level]
    topic = topics[(index + edit) % len(topics)]
    change = _CHANGES[(index + edit) % len(_CHANGES)]
    a = rng.randint(5, 60)
    b = a + rng.randint(5, 30) if "steigt" in change or "wächst" in change else a // 2
    if "verdoppelt" in change:
        b = 2 * a
    reason = _REASONS[(index * 7 + edit) % len(_REASONS)]
    year = 2027 + (index + edit) % 3
    return f"{topic} {change.format(year=year, a=a, b=b)}, {reason}."


def build_file(path: Path) -> CanvasFigures:
    """Write the benchmark's canvas file at ``path`` (which must not exist)."""
    from ciworkshop.domain.canvas import Ambition, CanvasDraft, GoalDraft, GoalLevel, GoalStatus
    from ciworkshop.domain.model import ActorDraft, ActorRole, Sector
    from ciworkshop.services.canvas import CanvasService
    from ciworkshop.services.network import NetworkService
    from ciworkshop.store.document import Document

    rng = random.Random(SEED)
    document = Document.create(path, network_name="Zukunftswege Hellental (Benchmark)")
    try:
        network = NetworkService(document)
        canvas = CanvasService(document)
        later: list[Callable[[], object]] = []
        links = 0
        # One transaction; the service calls nest as savepoints (as in the demo).
        with document.transaction():
            actor_uuids = [
                network.add_actor(
                    draft=ActorDraft(
                        name=name,
                        short_name=short,
                        sector=rng.choice(list(Sector)),
                        role=ActorRole.PARTNER if index else ActorRole.BACKBONE,
                        note="Ansprechpartnerin für den Übergang. " * rng.randint(0, 3),
                    )
                )[0].uuid
                for index, (name, short) in enumerate(_ACTORS[:ACTOR_COUNT])
            ]
            canvas.update_canvas(
                draft=CanvasDraft(
                    vision=(
                        "Im Landkreis Hellental findet jede*r Jugendliche – unabhängig von "
                        "Herkunft, Wohnort und Unterstützungsbedarf – nach der Schule einen "
                        "Weg in Ausbildung, Studium oder Arbeit, der zu den eigenen Stärken "
                        "passt. Niemand geht im Übergang verloren."
                    ),
                    mission=(
                        "Als Verbund aus Verwaltung, Wirtschaft, Schulen und "
                        "Zivilgesellschaft stimmen wir unsere Angebote für Jugendliche ab "
                        "Klasse 8 aufeinander ab, schließen Lücken in der Begleitung und "
                        "machen den Übergang gemeinsam messbar."
                    ),
                )
            )
            levels = list(GoalLevel)
            order = [(lv, i) for i in range(GOALS_PER_LEVEL) for lv in levels]
            for number, (level, index) in enumerate(order):
                after_freeze = number >= len(order) - GOALS_AFTER_FREEZE
                actors = tuple(rng.sample(actor_uuids, k=rng.choice((0, 1, 2, 2, 3, 4))))
                links += len(actors)
                draft = GoalDraft(
                    level=level,
                    statement=statement(rng, level.value, index),
                    target_group=rng.choice(_TARGET_GROUPS)
                    if level is GoalLevel.PROJECT or rng.random() < 0.5
                    else "",
                    rationale=_RATIONALE if rng.random() < 0.7 else "",
                    ambition=rng.choice(list(Ambition)),
                    status=rng.choice(
                        (GoalStatus.AGREED, GoalStatus.AGREED, GoalStatus.DRAFT)
                        if index < GOALS_PER_LEVEL - 1
                        else (GoalStatus.ARCHIVED,)
                    ),
                    actor_uuids=actors,
                )
                step = functools.partial(_add_goal, canvas, rng, draft, later, after_freeze)
                if after_freeze:
                    later.append(step)
                else:
                    step()
            canvas.freeze_version(
                label="Beschlossen beim Fachtag am 12. März 2026", agreed_on="2026-03-12"
            )
            for step in later:  # what came after the Fachtag: new goals, new values
                step()
        snapshot = canvas.snapshot()
        figures = CanvasFigures(
            goals=len(snapshot.goals),
            indicators=len(snapshot.all_indicators()),
            measurements=sum(len(v) for v in snapshot.measurements_by_indicator.values()),
            milestones=len(snapshot.all_milestones()),
            actors=len(network.actors()),
            linked_actors=links,
            versions=len(canvas.versions()),
            file_bytes=0,
        )
    finally:
        document.close()
    return CanvasFigures(**{**figures.__dict__, "file_bytes": path.stat().st_size})


def _add_goal(
    canvas: Any,
    rng: random.Random,
    draft: Any,
    later: list[Callable[[], object]],
    after_freeze: bool,
) -> None:
    from ciworkshop.domain.canvas import (
        CollectionMethod,
        IndicatorDraft,
        MeasurementDraft,
        MilestoneDraft,
        MilestoneStatus,
    )

    goal, _ = canvas.add_goal(draft=draft)
    for position in range(INDICATORS_PER_GOAL):
        name, unit, method = _INDICATORS[(position * 3 + goal.position) % len(_INDICATORS)]
        baseline = round(rng.uniform(5, 60), 1)
        target = round(baseline * rng.uniform(1.2, 1.8), 1)
        incomplete = rng.random() < 0.08
        indicator, _ = canvas.add_indicator(
            goal_uuid=goal.uuid,
            draft=IndicatorDraft(
                name=name,
                unit=unit,
                baseline_value=baseline,
                baseline_date="2024-09-30",
                target_value=None if incomplete else target,
                target_date="" if incomplete else "2028-07-31",
                method=None if incomplete else CollectionMethod(method),
                method_note="Auswertung zum Schuljahresende, anonymisiert",
                source=rng.choice(_SOURCES),
                frequency="halbjährlich",
            ),
        )
        count = rng.choice((3, 4, 4, 4, 5))
        for step in range(count):
            dated = ("2025-02-28", "2025-09-30", "2026-02-28", "2026-09-30", "2027-02-28")[step]
            value = round(baseline + (target - baseline) * (step + 1) / 6 + rng.uniform(-2, 2), 1)
            add = functools.partial(
                canvas.add_measurement,
                indicator_uuid=indicator.uuid,
                draft=MeasurementDraft(
                    date=dated, value=value, note=rng.choice(_MEASUREMENT_NOTES)
                ),
            )
            if dated > "2026-03-12" and not after_freeze:
                later.append(add)
            else:
                add()
    for number in range(rng.choice((2, 3, 3))):
        canvas.add_milestone(
            goal_uuid=goal.uuid,
            draft=MilestoneDraft(
                text=rng.choice(_MILESTONES),
                due_date=("2025-08-31", "2026-09-30", "2027-03-31", "")[number + rng.randint(0, 1)],
                status=MilestoneStatus.REACHED if number == 0 else MilestoneStatus.OPEN,
                owner=rng.choice(_OWNERS),
            ),
        )


# ---------------------------------------------------------------- phases
OPEN = "Document.open"
SESSION = "DocumentSession()"
SET_SESSION = "set_session: rest"
PUSH = "push: rest (undo stack, signals, refresh glue)"
EVENTS = "events: rest (item layout, polish, widgets)"
FORCED = "forced view.repaint()"
SNAPSHOT = "snapshot load"
CHECKS = "quality checks"
CHECKLIST = "checklist panel"
VERSIONS = "versions panel (compare)"
MODELS = "board models (card summaries)"
DETAILS = "details panel"
SIZE_HINT = "card layout (delegate sizeHint)"
CARD_PAINT = "card painting (delegate paint)"
COMMIT = "commit (CanvasService.update_goal)"

#: The order the phases are printed in, grouped as the user waits for them.
PHASE_ORDER = (
    OPEN,
    SESSION,
    COMMIT,
    PUSH,
    SNAPSHOT,
    CHECKS,
    CHECKLIST,
    VERSIONS,
    MODELS,
    DETAILS,
    SET_SESSION,
    SIZE_HINT,
    CARD_PAINT,
    EVENTS,
    FORCED,
)
MAX_EVENT_PASSES = 5
#: Offscreen-platform chatter that says nothing about the app.
QUIET_MESSAGES = ("This plugin does not support propagateSizeHints()",)


class PhaseClock:
    """Self time of nested, labelled spans: a span's time minus that of the spans inside
    it, so that the phases of one run add up to the run's total."""

    def __init__(self) -> None:
        self.self_ns: dict[str, int] = {}
        self.calls: dict[str, int] = {}
        self._stack: list[list[Any]] = []  # [label, start, time of the spans inside]
        self._patched: list[tuple[object, str, object]] = []
        self.missing: list[str] = []

    def take(self) -> tuple[dict[str, float], dict[str, int]]:
        """The self times (ms) and calls so far, and start afresh."""
        taken = {label: ns / 1e6 for label, ns in self.self_ns.items()}
        calls = self.calls
        self.self_ns, self.calls = {}, {}
        return taken, calls

    def enter(self, label: str) -> None:
        self._stack.append([label, time.perf_counter_ns(), 0])

    def leave(self) -> None:
        label, start, inside = self._stack.pop()
        elapsed = time.perf_counter_ns() - start
        self.self_ns[label] = self.self_ns.get(label, 0) + elapsed - inside
        self.calls[label] = self.calls.get(label, 0) + 1
        if self._stack:
            self._stack[-1][2] += elapsed

    @contextlib.contextmanager
    def phase(self, label: str) -> Iterator[None]:
        self.enter(label)
        try:
            yield
        finally:
            self.leave()

    def wrap(self, owner: object, name: str, label: str) -> None:
        """Time every call of ``owner.name`` as ``label`` (a class's own method or a
        module's function). Left out, with a note, if it is not there (renamed)."""
        original = vars(owner).get(name)
        if not callable(original):
            self.missing.append(f"{getattr(owner, '__name__', owner)}.{name}")
            return

        @functools.wraps(original)
        def timed(*args: Any, **kwargs: Any) -> Any:
            self.enter(label)
            try:
                return original(*args, **kwargs)
            finally:
                self.leave()

        setattr(owner, name, timed)
        self._patched.append((owner, name, original))

    def replace(self, owner: object, name: str, replacement: object) -> None:
        """Put ``replacement`` in place of ``owner.name`` until :meth:`restore`."""
        self._patched.append((owner, name, vars(owner)[name]))
        setattr(owner, name, replacement)

    def restore(self) -> None:
        while self._patched:
            owner, name, original = self._patched.pop()
            setattr(owner, name, original)


@dataclass
class Sample:
    """One measured open or edit, timed up to the first complete frame, then on until the
    event loop has nothing more to paint."""

    frame_ms: float  # to the first frame with every wanted card painted
    idle_ms: float  # the same plus the event passes after it, until one paints no card
    phases: dict[str, float]  # self times up to the first complete frame
    after_phases: dict[str, float]  # self times of the passes after it
    calls: dict[str, int]  # calls per phase up to the first complete frame
    passes: int  # event passes to the first complete frame
    forced: bool  # the event loop did not paint every wanted card: view.repaint() did
    after_passes: int
    after_cards: int  # card paints after the first complete frame
    wanted: int  # cards that had to be painted (visible ones; the edited one)
    painted: int  # cards painted up to the first complete frame
    check_ms: float  # one more event pass, untimed, once idle: should be ~0
    check_cards: int


@dataclass
class CanvasResults:
    runs: int
    edits: int
    figures: CanvasFigures
    filesystem: tuple[str, str]
    pragmas: dict[str, Any]
    window: tuple[int, int]
    cold: Sample | None = None
    opens: list[Sample] = field(default_factory=list)
    edit_samples: list[Sample] = field(default_factory=list)
    view_ready_ms: list[float] = field(default_factory=list)
    edit_failed: int = 0
    cards_out_of_size: int = 0
    fsync_ms: list[float] = field(default_factory=list)
    missing_probes: list[str] = field(default_factory=list)
    qt_messages: dict[str, int] = field(default_factory=dict)
    german: bool = False

    @staticmethod
    def stats(values: list[float]) -> dict[str, float]:
        return {
            "n": len(values),
            "p50": percentile(values, 50),
            "p90": percentile(values, 90),
            "p99": percentile(values, 99),
            "min": min(values, default=float("nan")),
            "max": max(values, default=float("nan")),
            "mean": sum(values) / len(values) if values else float("nan"),
        }

    @staticmethod
    def phase_medians(runs: list[dict[str, Any]]) -> dict[str, float]:
        """Median of each phase over the runs (0 where a run lacks it), in PHASE_ORDER;
        the medians need not add up to the median total exactly."""
        labels = [p for p in PHASE_ORDER if any(p in r for r in runs)]
        labels += sorted({p for r in runs for p in r} - set(labels))
        return {p: median([r.get(p, 0.0) for r in runs]) for p in labels}

    def summary(self, samples: list[Sample]) -> dict[str, Any]:
        return {
            "frame_ms": self.stats([s.frame_ms for s in samples]),
            "idle_ms": self.stats([s.idle_ms for s in samples]),
            "phases_median_ms": self.phase_medians([s.phases for s in samples]),
            "after_frame_phases_median_ms": self.phase_medians([s.after_phases for s in samples]),
            "calls_median": self.phase_medians([s.calls for s in samples]),
            "passes_max": max((s.passes for s in samples), default=0),
            "forced_repaints": sum(s.forced for s in samples),
            "with_card_paints_after_frame": sum(s.after_cards > 0 for s in samples),
            "check_pass_ms_max": max((s.check_ms for s in samples), default=float("nan")),
            "check_pass_with_card_paints": sum(s.check_cards > 0 for s in samples),
            "wanted_cards_median": median([s.wanted for s in samples]),
        }

    def as_dict(self) -> dict[str, Any]:
        return {
            "runs": self.runs,
            "edits": self.edits,
            "file": self.figures.__dict__,
            "filesystem": list(self.filesystem),
            "pragmas": self.pragmas,
            "window": list(self.window),
            "open": self.summary(self.opens),
            "open_cold": self.cold.__dict__ if self.cold else None,
            "edit": self.summary(self.edit_samples),
            "edit_failed": self.edit_failed,
            "cards_out_of_size_after_edits": self.cards_out_of_size,
            "view_ready_ms_median": median(self.view_ready_ms),
            "raw_fsync_ms": {
                "p50": percentile(self.fsync_ms, 50),
                "p99": percentile(self.fsync_ms, 99),
            },
            "missing_probes": self.missing_probes,
            "qt_messages": self.qt_messages,
            "german_translation_loaded": self.german,
        }


# ---------------------------------------------------------------- the runs
class _Page:
    """The Qt side of the benchmark: the application, the probes, one canvas page."""

    def __init__(self, clock: PhaseClock, folder: Path) -> None:
        from PySide6.QtCore import QCoreApplication, qInstallMessageHandler

        self.app, self.languages = german_qt_app(folder)
        self.german = QCoreApplication.translate("GoalLevel", "Project level") != "Project level"
        self.clock = clock
        self.painted: set[tuple[str, int]] = set()
        self.messages: dict[str, int] = {}

        def on_message(_mode: object, _context: object, message: str) -> None:
            if message not in QUIET_MESSAGES:
                self.messages[message] = self.messages.get(message, 0) + 1

        self._previous_handler = qInstallMessageHandler(on_message)
        self._install_probes()

    def _install_probes(self) -> None:
        from ciworkshop.services.canvas import CanvasService
        from ciworkshop.ui.models.goals import GoalListModel
        from ciworkshop.ui.views import canvas as canvas_view
        from ciworkshop.ui.views.canvas_board import GoalCardDelegate
        from ciworkshop.ui.views.canvas_details import GoalDetails
        from ciworkshop.ui.views.canvas_quality import QualityPanel
        from ciworkshop.ui.views.canvas_versions import VersionsPanel

        painted = self.painted
        original_paint = vars(GoalCardDelegate).get("paint")
        if callable(original_paint):

            def paint(delegate: Any, painter: Any, option: Any, index: Any) -> None:
                view = delegate.parent()
                painted.add((view.objectName() if view is not None else "", index.row()))
                original_paint(delegate, painter, option, index)

            self.clock.replace(GoalCardDelegate, "paint", paint)
        clock = self.clock
        clock.wrap(CanvasService, "snapshot", SNAPSHOT)
        clock.wrap(CanvasService, "update_goal", COMMIT)
        clock.wrap(CanvasService, "versions", VERSIONS)
        clock.wrap(canvas_view, "check_canvas", CHECKS)
        clock.wrap(QualityPanel, "set_findings", CHECKLIST)
        clock.wrap(VersionsPanel, "set_data", VERSIONS)
        clock.wrap(GoalListModel, "set_snapshot", MODELS)
        clock.wrap(GoalDetails, "show_goal", DETAILS)
        clock.wrap(GoalCardDelegate, "sizeHint", SIZE_HINT)
        clock.wrap(GoalCardDelegate, "paint", CARD_PAINT)

    def close(self) -> None:
        from PySide6.QtCore import qInstallMessageHandler

        self.clock.restore()
        qInstallMessageHandler(self._previous_handler)

    def settle(self) -> None:
        """Process events until nothing more is painted (untimed)."""
        for _ in range(20):
            self.painted.clear()
            self.app.processEvents()
            if not self.painted:
                self.app.processEvents()
                return

    def new_view(self) -> Any:
        from ciworkshop.ui.views.canvas import CanvasView

        view = CanvasView()
        view.resize(*WINDOW_SIZE)
        view.show()
        self.settle()
        return view

    def drop_view(self, view: Any) -> None:
        from PySide6.QtCore import QEvent

        view.set_session(None)
        view.close()
        view.deleteLater()
        self.app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        self.app.processEvents()

    @staticmethod
    def visible_cards(view: Any) -> set[tuple[str, int]]:
        from ciworkshop.domain.canvas import LEVELS

        found = set()
        for level in LEVELS:
            listing = view.board.list_of(level)
            area = listing.viewport().rect()
            model = listing.model()
            for row in range(model.rowCount()):
                if listing.visualRect(model.index(row, 0)).intersects(area):
                    found.add((listing.objectName(), row))
        return found

    def frame(self, view: Any, wanted: Callable[[], set[tuple[str, int]]]) -> Sample:
        """Let the event loop lay out and paint until every card in ``wanted()`` has been
        painted (each pass timed as EVENTS; the check in between is not), then on until a
        pass paints no card; take the clock. ``view.repaint()`` steps in (and is timed) if
        the event loop has not painted them after MAX_EVENT_PASSES passes."""
        clock, painted = self.clock, self.painted
        passes, forced = 0, False
        while True:
            passes += 1
            with clock.phase(EVENTS):
                self.app.processEvents()
            cards = wanted()
            if cards and cards <= painted:
                break
            if passes == MAX_EVENT_PASSES:
                with clock.phase(FORCED):
                    view.repaint()
                forced = True
                break
        phases, calls = clock.take()
        wanted_count, painted_count = len(cards), len(painted)
        after_passes = after_cards = 0
        while after_passes < MAX_EVENT_PASSES:
            after_passes += 1
            painted.clear()
            with clock.phase(EVENTS):
                self.app.processEvents()
            after_cards += len(painted)
            if not painted:
                break
        after_phases, _ = clock.take()
        painted.clear()
        start = time.perf_counter_ns()
        self.app.processEvents()
        check_ms = (time.perf_counter_ns() - start) / 1e6
        clock.take()
        frame_ms = sum(phases.values())
        return Sample(
            frame_ms=frame_ms,
            idle_ms=frame_ms + sum(after_phases.values()),
            phases=phases,
            after_phases=after_phases,
            calls=calls,
            passes=passes,
            forced=forced,
            after_passes=after_passes,
            after_cards=after_cards,
            wanted=wanted_count,
            painted=painted_count,
            check_ms=check_ms,
            check_cards=len(painted),
        )

    def cards_out_of_size(self, view: Any) -> int:
        """Cards whose place on the board is not as high as the delegate wants it (the list
        did not lay out the items again after their text changed)."""
        from ciworkshop.domain.canvas import LEVELS

        count = 0
        for level in LEVELS:
            listing = view.board.list_of(level)
            model, delegate = listing.model(), listing.itemDelegate()
            option = listing.viewOptions() if hasattr(listing, "viewOptions") else None
            if option is None:
                from PySide6.QtWidgets import QStyleOptionViewItem

                option = QStyleOptionViewItem()
                listing.initViewItemOption(option)
            for row in range(model.rowCount()):
                index = model.index(row, 0)
                if listing.visualRect(index).height() != delegate.sizeHint(option, index).height():
                    count += 1
        return count


def _open_run(page: _Page, path: Path, results: CanvasResults, *, cold: bool) -> None:
    from ciworkshop.store.document import Document
    from ciworkshop.ui.session import DocumentSession

    clock = page.clock
    start = time.perf_counter_ns()
    view = page.new_view()
    results.view_ready_ms.append((time.perf_counter_ns() - start) / 1e6)
    clock.take()
    page.painted.clear()
    with clock.phase(OPEN):
        document = Document.open(path)
    with clock.phase(SESSION):
        session = DocumentSession(document)
    with clock.phase(SET_SESSION):
        view.set_session(session)
    sample = page.frame(view, lambda: page.visible_cards(view))
    if cold:
        results.cold = sample
    else:
        results.opens.append(sample)
    page.drop_view(view)
    session.close()


def _edit_runs(page: _Page, path: Path, edits: int, results: CanvasResults) -> None:
    import dataclasses

    from ciworkshop.store.document import Document
    from ciworkshop.ui import canvas_commands as cmd
    from ciworkshop.ui.session import DocumentSession

    clock = page.clock
    rng = random.Random(SEED + 1)
    view = page.new_view()
    session = DocumentSession(Document.open(path))
    try:
        view.set_session(session)
        page.settle()
        order = [g.uuid for g in view.snapshot.goals]
        rng.shuffle(order)
        for number in range(WARMUP_EDITS + edits):
            uuid = order[number % len(order)]
            view.select_goal(uuid, focus=False)  # the inline editor makes it current
            page.settle()
            goal = view.snapshot.goal(uuid)
            text = statement(rng, goal.level.value, goal.position, edit=number + 1)
            if text == goal.statement:
                text += " (überarbeitet)"
            draft = dataclasses.replace(goal.to_draft(), statement=text)
            listing = view.board.list_of(goal.level)
            card = {(listing.objectName(), view.board.models[goal.level].row_of(uuid))}
            clock.take()
            page.painted.clear()
            with clock.phase(PUSH):
                done = session.push(cmd.edit_goal(session, goal, draft))
            sample = page.frame(view, lambda card=card: card)  # type: ignore[misc]
            if number >= WARMUP_EDITS:
                results.edit_samples.append(sample)
                results.edit_failed += not done
        page.settle()
        results.cards_out_of_size = page.cards_out_of_size(view)
    finally:
        page.drop_view(view)
        session.close()


def run(runs: int, edits: int, workdir: Path) -> CanvasResults:
    from benchmarks.commit import fsync_probe

    folder = workdir / "canvas"
    folder.mkdir()
    path = folder / "Canvas-Benchmark.ciw"
    figures = build_file(path)
    saved_data_dir = os.environ.get("CIWORKSHOP_DATA_DIR")
    os.environ["CIWORKSHOP_DATA_DIR"] = str(folder / "data")  # backups at session close
    clock = PhaseClock()
    page = _Page(clock, folder)
    try:
        from ciworkshop.store.document import Document

        with Document.open(path) as document:
            pragmas = {
                name: document.db.conn.execute(f"PRAGMA {name}").fetchone()[0]
                for name in ("journal_mode", "synchronous")
            }
        results = CanvasResults(
            runs=runs,
            edits=edits,
            figures=figures,
            filesystem=filesystem_of(folder),
            pragmas=pragmas,
            window=WINDOW_SIZE,
        )
        results.missing_probes = list(clock.missing)
        _open_run(page, path, results, cold=True)
        for _ in range(runs):
            _open_run(page, path, results, cold=False)
        _edit_runs(page, path, edits, results)
        results.fsync_ms = fsync_probe(folder)
        results.qt_messages = dict(page.messages)
        results.german = page.german
        return results
    finally:
        page.close()
        if saved_data_dir is None:
            os.environ.pop("CIWORKSHOP_DATA_DIR", None)
        else:
            os.environ["CIWORKSHOP_DATA_DIR"] = saved_data_dir
