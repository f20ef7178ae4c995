"""The impact canvas: vision → mission → impact goals → indicators, measurements, milestones.

One canvas per network (its UUID is the network's): a **vision** (the improved situation in
which the problem is overcome) and a **mission** (what the network contributes, for whom).
Impact goals sit on three levels; each goal is backed by indicators (with baseline, target and
a data-collection method), whose measurements over time are the network's shared measurement,
and by dated milestones. An agreed state can be frozen as a :class:`CanvasVersion`.

Dates are ISO strings (``YYYY-MM-DD``) or ``""`` for "no date"; timestamps are UTC like
everywhere else (see :mod:`ciworkshop.domain.model`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import Enum, IntEnum, StrEnum
from typing import TypeVar

from ciworkshop.domain.i18n import QT_TRANSLATE_NOOP, Text


# ---------------------------------------------------------------- enums
class GoalLevel(StrEnum):
    PROJECT = "project"
    SYSTEM = "system"
    KNOWLEDGE = "knowledge"

    @property
    def label(self) -> Text:
        return LEVEL_LABELS[self]


LEVEL_LABELS: dict[GoalLevel, Text] = {
    GoalLevel.PROJECT: QT_TRANSLATE_NOOP("GoalLevel", "Project level"),
    GoalLevel.SYSTEM: QT_TRANSLATE_NOOP("GoalLevel", "System level"),
    GoalLevel.KNOWLEDGE: QT_TRANSLATE_NOOP("GoalLevel", "Knowledge level"),
}

# The order in which levels are shown (and goals sorted).
LEVELS: tuple[GoalLevel, ...] = tuple(GoalLevel)


class Ambition(IntEnum):
    """How ambitious a goal is, on a five-step scale; the middle step is the aim."""

    TOO_EASY = 1
    MODEST = 2
    AMBITIOUS = 3
    BOLD = 4
    UTOPIAN = 5

    @property
    def label(self) -> Text:
        return AMBITION_LABELS[self]

    @property
    def is_aim(self) -> bool:
        """Ambitious but reachable: the step a scale marks as the aim."""
        return self is AMBITION_AIM

    @property
    def is_extreme(self) -> bool:
        """Too easy or utopian: both kill motivation."""
        return self in {Ambition.TOO_EASY, Ambition.UTOPIAN}


AMBITION_AIM = Ambition.AMBITIOUS

AMBITION_LABELS: dict[Ambition, Text] = {
    Ambition.TOO_EASY: QT_TRANSLATE_NOOP("Ambition", "Too easy"),
    Ambition.MODEST: QT_TRANSLATE_NOOP("Ambition", "Modest"),
    Ambition.AMBITIOUS: QT_TRANSLATE_NOOP("Ambition", "Ambitious but reachable"),
    Ambition.BOLD: QT_TRANSLATE_NOOP("Ambition", "Bold"),
    Ambition.UTOPIAN: QT_TRANSLATE_NOOP("Ambition", "Utopian"),
}


class GoalStatus(StrEnum):
    DRAFT = "draft"
    AGREED = "agreed"
    ARCHIVED = "archived"

    @property
    def label(self) -> Text:
        return GOAL_STATUS_LABELS[self]


GOAL_STATUS_LABELS: dict[GoalStatus, Text] = {
    GoalStatus.DRAFT: QT_TRANSLATE_NOOP("GoalStatus", "Draft"),
    GoalStatus.AGREED: QT_TRANSLATE_NOOP("GoalStatus", "Agreed"),
    GoalStatus.ARCHIVED: QT_TRANSLATE_NOOP("GoalStatus", "Archived"),
}


class CollectionMethod(StrEnum):
    SURVEY = "survey"
    INTERVIEW = "interview"
    OFFICIAL_STATISTICS = "official_statistics"
    OBSERVATION = "observation"
    DOCUMENT_ANALYSIS = "document_analysis"
    OTHER = "other"

    @property
    def label(self) -> Text:
        return METHOD_LABELS[self]


METHOD_LABELS: dict[CollectionMethod, Text] = {
    CollectionMethod.SURVEY: QT_TRANSLATE_NOOP("CollectionMethod", "Survey"),
    CollectionMethod.INTERVIEW: QT_TRANSLATE_NOOP("CollectionMethod", "Interview"),
    CollectionMethod.OFFICIAL_STATISTICS: QT_TRANSLATE_NOOP(
        "CollectionMethod", "Official statistics"
    ),
    CollectionMethod.OBSERVATION: QT_TRANSLATE_NOOP("CollectionMethod", "Observation"),
    CollectionMethod.DOCUMENT_ANALYSIS: QT_TRANSLATE_NOOP("CollectionMethod", "Document analysis"),
    CollectionMethod.OTHER: QT_TRANSLATE_NOOP("CollectionMethod", "Other"),
}


class MilestoneStatus(StrEnum):
    OPEN = "open"
    REACHED = "reached"
    MISSED = "missed"

    @property
    def label(self) -> Text:
        return MILESTONE_STATUS_LABELS[self]


MILESTONE_STATUS_LABELS: dict[MilestoneStatus, Text] = {
    MilestoneStatus.OPEN: QT_TRANSLATE_NOOP("MilestoneStatus", "Open"),
    MilestoneStatus.REACHED: QT_TRANSLATE_NOOP("MilestoneStatus", "Reached"),
    MilestoneStatus.MISSED: QT_TRANSLATE_NOOP("MilestoneStatus", "Missed"),
}


_E = TypeVar("_E", bound=Enum)


def coerce_enum(enum: type[_E], value: object, default: _E) -> _E:
    """``enum(value)``, or ``default`` for a value this version does not know
    (a file or frozen version written by a newer ciworkshop)."""
    try:
        return enum(value)
    except ValueError:
        return default


# ---------------------------------------------------------------- dates
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_iso_date(text: str) -> date | None:
    """``YYYY-MM-DD`` as a date; None for ``""`` or anything else.

    Stricter than ``date.fromisoformat``, which also takes ``20260312`` or ``2026-W11-4``:
    the file holds one spelling only, so dates sort and compare as text.
    """
    if not _ISO_DATE.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def one_year_before(day: date) -> date:
    """The same calendar day a year earlier (28 February for a 29 February)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


# ---------------------------------------------------------------- canvas
@dataclass(frozen=True, slots=True)
class Canvas:
    """Vision and mission of the network; its UUID is the network's UUID."""

    uuid: str
    vision: str = ""
    mission: str = ""
    created_at: str = ""
    modified_at: str = ""

    def to_draft(self) -> CanvasDraft:
        return CanvasDraft(vision=self.vision, mission=self.mission)


@dataclass(frozen=True, slots=True)
class CanvasDraft:
    vision: str = ""
    mission: str = ""


# ---------------------------------------------------------------- goals
@dataclass(frozen=True, slots=True)
class Goal:
    """An impact goal. ``position`` counts from 0 within its level, without gaps."""

    uuid: str
    level: GoalLevel
    position: int
    statement: str
    target_group: str = ""
    rationale: str = ""
    ambition: Ambition = AMBITION_AIM
    status: GoalStatus = GoalStatus.DRAFT
    actor_uuids: tuple[str, ...] = ()
    created_at: str = ""
    modified_at: str = ""

    def to_draft(self) -> GoalDraft:
        return GoalDraft(
            level=self.level,
            statement=self.statement,
            target_group=self.target_group,
            rationale=self.rationale,
            ambition=self.ambition,
            status=self.status,
            actor_uuids=self.actor_uuids,
        )


@dataclass(frozen=True, slots=True)
class GoalDraft:
    """A goal as its dialog edits it. ``actor_uuids`` are the responsible actors, in order."""

    level: GoalLevel
    statement: str
    target_group: str = ""
    rationale: str = ""
    ambition: Ambition = AMBITION_AIM
    status: GoalStatus = GoalStatus.DRAFT
    actor_uuids: tuple[str, ...] = ()


# ---------------------------------------------------------------- indicators
@dataclass(frozen=True, slots=True)
class Indicator:
    uuid: str
    goal_uuid: str
    position: int
    name: str
    unit: str = ""
    baseline_value: float | None = None
    baseline_date: str = ""
    target_value: float | None = None
    target_date: str = ""
    method: CollectionMethod | None = None
    method_note: str = ""
    source: str = ""
    frequency: str = ""
    created_at: str = ""
    modified_at: str = ""

    def to_draft(self) -> IndicatorDraft:
        return IndicatorDraft(
            name=self.name,
            unit=self.unit,
            baseline_value=self.baseline_value,
            baseline_date=self.baseline_date,
            target_value=self.target_value,
            target_date=self.target_date,
            method=self.method,
            method_note=self.method_note,
            source=self.source,
            frequency=self.frequency,
        )


@dataclass(frozen=True, slots=True)
class IndicatorDraft:
    """An indicator as its dialog edits it.

    ``method_note`` is free text next to the method ("Schüler*innenbefragung Klasse 10").
    ``source`` is where the figures come from or who owns them; ``frequency`` is free text
    ("jährlich", "halbjährlich im Februar und September").
    """

    name: str
    unit: str = ""
    baseline_value: float | None = None
    baseline_date: str = ""
    target_value: float | None = None
    target_date: str = ""
    method: CollectionMethod | None = None
    method_note: str = ""
    source: str = ""
    frequency: str = ""


@dataclass(frozen=True, slots=True)
class Measurement:
    """One value of an indicator on one date: the network's shared measurement."""

    uuid: str
    indicator_uuid: str
    date: str
    value: float
    note: str = ""
    created_at: str = ""
    modified_at: str = ""

    def to_draft(self) -> MeasurementDraft:
        return MeasurementDraft(date=self.date, value=self.value, note=self.note)


@dataclass(frozen=True, slots=True)
class MeasurementDraft:
    date: str
    value: float
    note: str = ""


# ---------------------------------------------------------------- milestones
@dataclass(frozen=True, slots=True)
class Milestone:
    """A dated, checkable step towards a goal. ``owner`` is free text (a person or actor)."""

    uuid: str
    goal_uuid: str
    text: str
    due_date: str = ""
    status: MilestoneStatus = MilestoneStatus.OPEN
    owner: str = ""
    created_at: str = ""
    modified_at: str = ""

    def to_draft(self) -> MilestoneDraft:
        return MilestoneDraft(
            text=self.text, due_date=self.due_date, status=self.status, owner=self.owner
        )

    def is_overdue(self, today: date) -> bool:
        """Still open although its due date lies before ``today``."""
        due = parse_iso_date(self.due_date)
        return self.status is MilestoneStatus.OPEN and due is not None and due < today


@dataclass(frozen=True, slots=True)
class MilestoneDraft:
    text: str
    due_date: str = ""
    status: MilestoneStatus = MilestoneStatus.OPEN
    owner: str = ""


# ---------------------------------------------------------------- versions
@dataclass(frozen=True, slots=True)
class CanvasVersion:
    """A frozen, agreed state of the canvas ("agreed at the Fachtag of 12 March").

    ``snapshot`` is the whole canvas as JSON (see :mod:`ciworkshop.domain.canvas_json`),
    so later rounds can compare against it even after goals were edited or deleted.
    """

    uuid: str
    label: str
    agreed_on: str
    created_at: str = ""
    snapshot: str = ""

    def to_draft(self) -> VersionDraft:
        return VersionDraft(label=self.label, agreed_on=self.agreed_on)


@dataclass(frozen=True, slots=True)
class VersionDraft:
    label: str
    agreed_on: str


# ---------------------------------------------------------------- undo support
@dataclass(frozen=True, slots=True)
class DeletedGoal:
    """Everything needed to undo a goal's deletion with the same UUIDs."""

    goal: Goal
    indicators: tuple[Indicator, ...] = ()
    measurements: tuple[Measurement, ...] = ()
    milestones: tuple[Milestone, ...] = ()

    @property
    def uuids(self) -> tuple[str, ...]:
        return (
            self.goal.uuid,
            *(i.uuid for i in self.indicators),
            *(m.uuid for m in self.measurements),
            *(m.uuid for m in self.milestones),
        )


@dataclass(frozen=True, slots=True)
class DeletedIndicator:
    indicator: Indicator
    measurements: tuple[Measurement, ...] = ()

    @property
    def uuids(self) -> tuple[str, ...]:
        return (self.indicator.uuid, *(m.uuid for m in self.measurements))


# ---------------------------------------------------------------- progress
def progress(baseline: float | None, target: float | None, value: float | None) -> float | None:
    """Where ``value`` lies on the way from ``baseline`` to ``target``, clamped to 0..1.

    Works for falling targets too (a drop-out rate from 9.8 to 6 %). None when a number is
    missing or baseline and target are equal (no way to go).
    """
    if baseline is None or target is None or value is None or target == baseline:
        return None
    share = (value - baseline) / (target - baseline)
    return min(1.0, max(0.0, share))


@dataclass(frozen=True, slots=True)
class GoalSummary:
    """Counts a goal card shows. The four milestone counts do not overlap."""

    indicators: int = 0
    indicators_on_track: int = 0
    indicators_measured: int = 0
    milestones_reached: int = 0
    milestones_open: int = 0
    milestones_overdue: int = 0
    milestones_missed: int = 0

    @property
    def milestones(self) -> int:
        return (
            self.milestones_reached
            + self.milestones_open
            + self.milestones_overdue
            + self.milestones_missed
        )


def _goal_key(goal: Goal) -> tuple[int, int, str, str]:
    return (LEVELS.index(goal.level), goal.position, goal.created_at, goal.uuid)


def _indicator_key(indicator: Indicator) -> tuple[int, str, str]:
    return (indicator.position, indicator.created_at, indicator.uuid)


def _measurement_key(measurement: Measurement) -> tuple[str, str, str]:
    return (measurement.date, measurement.created_at, measurement.uuid)


def _milestone_key(milestone: Milestone) -> tuple[bool, str, str, str]:
    # Dated milestones by due date, undated ones last.
    return (not milestone.due_date, milestone.due_date, milestone.created_at, milestone.uuid)


@dataclass(frozen=True, slots=True)
class CanvasSnapshot:
    """The whole canvas at one moment, as views and checks read it.

    Goals are sorted by level (project, system, knowledge), then position; every goal has
    an entry in ``indicators_by_goal`` and ``milestones_by_goal`` (indicators by position,
    milestones by due date with undated ones last), every indicator one in
    ``measurements_by_indicator`` (by date). ``actor_names`` maps the responsible actors'
    UUIDs to their display names, so a frozen version still names actors deleted since.
    Treat the dicts as read-only.
    """

    canvas: Canvas
    goals: tuple[Goal, ...] = ()
    indicators_by_goal: dict[str, tuple[Indicator, ...]] = field(default_factory=dict)
    measurements_by_indicator: dict[str, tuple[Measurement, ...]] = field(default_factory=dict)
    milestones_by_goal: dict[str, tuple[Milestone, ...]] = field(default_factory=dict)
    actor_names: dict[str, str] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        canvas: Canvas,
        *,
        goals: Iterable[Goal] = (),
        indicators: Iterable[Indicator] = (),
        measurements: Iterable[Measurement] = (),
        milestones: Iterable[Milestone] = (),
        actor_names: dict[str, str] | None = None,
    ) -> CanvasSnapshot:
        """Group and sort loose entities; children of unknown parents are dropped."""
        sorted_goals = tuple(sorted(goals, key=_goal_key))
        by_goal: dict[str, list[Indicator]] = {g.uuid: [] for g in sorted_goals}
        for indicator in indicators:
            if indicator.goal_uuid in by_goal:
                by_goal[indicator.goal_uuid].append(indicator)
        indicators_by_goal = {
            uuid: tuple(sorted(found, key=_indicator_key)) for uuid, found in by_goal.items()
        }
        by_indicator: dict[str, list[Measurement]] = {
            i.uuid: [] for found in indicators_by_goal.values() for i in found
        }
        for measurement in measurements:
            if measurement.indicator_uuid in by_indicator:
                by_indicator[measurement.indicator_uuid].append(measurement)
        milestones_of: dict[str, list[Milestone]] = {g.uuid: [] for g in sorted_goals}
        for milestone in milestones:
            if milestone.goal_uuid in milestones_of:
                milestones_of[milestone.goal_uuid].append(milestone)
        return cls(
            canvas=canvas,
            goals=sorted_goals,
            indicators_by_goal=indicators_by_goal,
            measurements_by_indicator={
                uuid: tuple(sorted(found, key=_measurement_key))
                for uuid, found in by_indicator.items()
            },
            milestones_by_goal={
                uuid: tuple(sorted(found, key=_milestone_key))
                for uuid, found in milestones_of.items()
            },
            actor_names=dict(actor_names or {}),
        )

    # ------------------------------------------------------------ lookups
    def goals_on(self, level: GoalLevel) -> tuple[Goal, ...]:
        return tuple(g for g in self.goals if g.level is level)

    def goal(self, uuid: str) -> Goal | None:
        return next((g for g in self.goals if g.uuid == uuid), None)

    def indicators(self, goal_uuid: str) -> tuple[Indicator, ...]:
        return self.indicators_by_goal.get(goal_uuid, ())

    def all_indicators(self) -> tuple[Indicator, ...]:
        """Every indicator, in the order of its goal, then its position."""
        return tuple(i for g in self.goals for i in self.indicators(g.uuid))

    def indicator(self, uuid: str) -> Indicator | None:
        return next((i for i in self.all_indicators() if i.uuid == uuid), None)

    def measurements(self, indicator_uuid: str) -> tuple[Measurement, ...]:
        return self.measurements_by_indicator.get(indicator_uuid, ())

    def milestones(self, goal_uuid: str) -> tuple[Milestone, ...]:
        return self.milestones_by_goal.get(goal_uuid, ())

    def all_milestones(self) -> tuple[Milestone, ...]:
        return tuple(m for g in self.goals for m in self.milestones(g.uuid))

    def milestone(self, uuid: str) -> Milestone | None:
        return next((m for m in self.all_milestones() if m.uuid == uuid), None)

    def actor_names_of(self, goal: Goal) -> tuple[str, ...]:
        """Display names of the goal's responsible actors (unknown ones left out)."""
        return tuple(self.actor_names[a] for a in goal.actor_uuids if a in self.actor_names)

    # ------------------------------------------------------------ progress
    def latest_measurement(self, indicator_uuid: str) -> Measurement | None:
        found = self.measurements(indicator_uuid)
        return found[-1] if found else None

    def indicator_progress(self, indicator: Indicator) -> float | None:
        """0..1 from baseline to target, by the latest measurement; None if unknown."""
        latest = self.latest_measurement(indicator.uuid)
        return progress(
            indicator.baseline_value,
            indicator.target_value,
            latest.value if latest else None,
        )

    def indicator_on_track(self, indicator: Indicator) -> bool | None:
        """Whether the latest measurement keeps pace with a straight line from baseline
        (on its date) to target (on its date). A reached target is always on track.

        None when it cannot be judged: no measurement, no baseline or target value, or
        (for a target not yet reached) no valid baseline and target dates.
        """
        share = self.indicator_progress(indicator)
        latest = self.latest_measurement(indicator.uuid)
        if share is None or latest is None:
            return None
        if share >= 1.0:
            return True
        start = parse_iso_date(indicator.baseline_date)
        end = parse_iso_date(indicator.target_date)
        measured = parse_iso_date(latest.date)
        if start is None or end is None or measured is None or end <= start:
            return None
        expected = (measured - start).days / (end - start).days
        return share >= min(1.0, max(0.0, expected))

    def goal_summary(self, goal_uuid: str, *, today: date) -> GoalSummary:
        indicators = self.indicators(goal_uuid)
        milestones = self.milestones(goal_uuid)
        return GoalSummary(
            indicators=len(indicators),
            indicators_on_track=sum(self.indicator_on_track(i) is True for i in indicators),
            indicators_measured=sum(bool(self.measurements(i.uuid)) for i in indicators),
            milestones_reached=sum(m.status is MilestoneStatus.REACHED for m in milestones),
            milestones_open=sum(
                m.status is MilestoneStatus.OPEN and not m.is_overdue(today) for m in milestones
            ),
            milestones_overdue=sum(m.is_overdue(today) for m in milestones),
            milestones_missed=sum(m.status is MilestoneStatus.MISSED for m in milestones),
        )
