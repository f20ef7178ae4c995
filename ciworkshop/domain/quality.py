"""Quality checks of the impact canvas: pure functions over a :class:`CanvasSnapshot`.

Each check is a small function returning :class:`Finding` values; every finding names its
spot (goal, indicator, milestone or level) so a checklist can jump there. Archived goals
are left out of every check: they are no longer on the agenda. ``today`` is always passed
in, so the same snapshot gives the same findings in a test and in the room.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from ciworkshop.domain.canvas import (
    LEVELS,
    Ambition,
    CanvasSnapshot,
    Goal,
    GoalLevel,
    GoalStatus,
    Indicator,
    one_year_before,
    parse_iso_date,
)
from ciworkshop.domain.i18n import QT_TRANSLATE_NOOP, Text

# A focused agenda holds three to five goals per level.
MAX_GOALS_PER_LEVEL = 5


class CheckKind(StrEnum):
    GOAL_WITHOUT_INDICATOR = "goal_without_indicator"
    INDICATOR_INCOMPLETE = "indicator_incomplete"
    GOAL_WITHOUT_DATED_MILESTONE = "goal_without_dated_milestone"
    PROJECT_GOAL_WITHOUT_TARGET_GROUP = "project_goal_without_target_group"
    AMBITION_EXTREME = "ambition_extreme"
    GOAL_WITHOUT_ACTOR = "goal_without_actor"
    TOO_MANY_GOALS = "too_many_goals"
    MILESTONE_OVERDUE = "milestone_overdue"
    INDICATOR_NOT_MEASURED = "indicator_not_measured"

    @property
    def label(self) -> Text:
        """The checklist line for this check, e.g. "Goals without an indicator"."""
        return CHECK_LABELS[self]


CHECK_LABELS: dict[CheckKind, Text] = {
    CheckKind.GOAL_WITHOUT_INDICATOR: QT_TRANSLATE_NOOP(
        "QualityCheck", "Goals without an indicator"
    ),
    CheckKind.INDICATOR_INCOMPLETE: QT_TRANSLATE_NOOP(
        "QualityCheck", "Indicators without method or target"
    ),
    CheckKind.GOAL_WITHOUT_DATED_MILESTONE: QT_TRANSLATE_NOOP(
        "QualityCheck", "Goals without a dated milestone"
    ),
    CheckKind.PROJECT_GOAL_WITHOUT_TARGET_GROUP: QT_TRANSLATE_NOOP(
        "QualityCheck", "Project goals without a target group"
    ),
    CheckKind.AMBITION_EXTREME: QT_TRANSLATE_NOOP(
        "QualityCheck", "Goals rated too easy or utopian"
    ),
    CheckKind.GOAL_WITHOUT_ACTOR: QT_TRANSLATE_NOOP(
        "QualityCheck", "Goals without a responsible actor"
    ),
    CheckKind.TOO_MANY_GOALS: QT_TRANSLATE_NOOP("QualityCheck", "Levels with more than five goals"),
    CheckKind.MILESTONE_OVERDUE: QT_TRANSLATE_NOOP("QualityCheck", "Overdue milestones"),
    CheckKind.INDICATOR_NOT_MEASURED: QT_TRANSLATE_NOOP(
        "QualityCheck", "Indicators not measured in the last twelve months"
    ),
}

MSG_NO_INDICATOR = QT_TRANSLATE_NOOP("QualityCheck", "The goal “{goal}” has no indicator.")
MSG_NO_METHOD = QT_TRANSLATE_NOOP(
    "QualityCheck", "The indicator “{indicator}” has no data-collection method."
)
MSG_NO_TARGET = QT_TRANSLATE_NOOP(
    "QualityCheck", "The indicator “{indicator}” has no target value."
)
MSG_NO_METHOD_NO_TARGET = QT_TRANSLATE_NOOP(
    "QualityCheck",
    "The indicator “{indicator}” has neither a data-collection method nor a target value.",
)
MSG_NO_MILESTONE = QT_TRANSLATE_NOOP("QualityCheck", "The goal “{goal}” has no milestone.")
MSG_NO_DATED_MILESTONE = QT_TRANSLATE_NOOP(
    "QualityCheck", "The goal “{goal}” has no milestone with a due date."
)
MSG_NO_TARGET_GROUP = QT_TRANSLATE_NOOP(
    "QualityCheck", "The project-level goal “{goal}” names no target group."
)
MSG_TOO_EASY = QT_TRANSLATE_NOOP(
    "QualityCheck", "The goal “{goal}” is rated too easy: it will hardly motivate anyone."
)
MSG_UTOPIAN = QT_TRANSLATE_NOOP(
    "QualityCheck", "The goal “{goal}” is rated utopian: it may discourage the actors."
)
MSG_NO_ACTOR = QT_TRANSLATE_NOOP("QualityCheck", "The goal “{goal}” has no responsible actor.")
MSG_TOO_MANY: dict[GoalLevel, Text] = {
    GoalLevel.PROJECT: QT_TRANSLATE_NOOP(
        "QualityCheck",
        "The project level holds {count} goals; a focused agenda holds three to five.",
    ),
    GoalLevel.SYSTEM: QT_TRANSLATE_NOOP(
        "QualityCheck",
        "The system level holds {count} goals; a focused agenda holds three to five.",
    ),
    GoalLevel.KNOWLEDGE: QT_TRANSLATE_NOOP(
        "QualityCheck",
        "The knowledge level holds {count} goals; a focused agenda holds three to five.",
    ),
}
MSG_OVERDUE = QT_TRANSLATE_NOOP(
    "QualityCheck", "The milestone “{milestone}” was due on {due_date} and is still open."
)
MSG_NEVER_MEASURED = QT_TRANSLATE_NOOP(
    "QualityCheck", "The indicator “{indicator}” has not been measured yet."
)
MSG_NOT_MEASURED_SINCE = QT_TRANSLATE_NOOP(
    "QualityCheck",
    "The indicator “{indicator}” was last measured on {date}, more than twelve months ago.",
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing the checklist shows, and where to jump to fix it.

    ``values`` fill the message's ``{placeholders}``: ``goal``, ``indicator`` and
    ``milestone`` are the full texts (a view may elide them), ``date`` and ``due_date`` ISO
    dates (a view may format them), ``count`` an int. ``level`` is set on every finding;
    a level-wide finding has no ``goal_uuid``.
    """

    kind: CheckKind
    message: Text
    values: tuple[tuple[str, object], ...] = ()
    goal_uuid: str | None = None
    indicator_uuid: str | None = None
    milestone_uuid: str | None = None
    level: GoalLevel | None = None

    def english(self) -> str:
        return self.message.format(**dict(self.values))


Check = Callable[[CanvasSnapshot, date], list[Finding]]


def _active_goals(snapshot: CanvasSnapshot) -> Iterable[Goal]:
    return (g for g in snapshot.goals if g.status is not GoalStatus.ARCHIVED)


def _goal_finding(kind: CheckKind, message: Text, goal: Goal) -> Finding:
    return Finding(
        kind, message, (("goal", goal.statement),), goal_uuid=goal.uuid, level=goal.level
    )


def _indicator_finding(
    kind: CheckKind, message: Text, goal: Goal, indicator: Indicator, **values: object
) -> Finding:
    return Finding(
        kind,
        message,
        (("indicator", indicator.name), *values.items()),
        goal_uuid=goal.uuid,
        indicator_uuid=indicator.uuid,
        level=goal.level,
    )


# ---------------------------------------------------------------- the checks
def goals_without_indicator(snapshot: CanvasSnapshot, today: date) -> list[Finding]:
    return [
        _goal_finding(CheckKind.GOAL_WITHOUT_INDICATOR, MSG_NO_INDICATOR, goal)
        for goal in _active_goals(snapshot)
        if not snapshot.indicators(goal.uuid)
    ]


def incomplete_indicators(snapshot: CanvasSnapshot, today: date) -> list[Finding]:
    findings = []
    for goal in _active_goals(snapshot):
        for indicator in snapshot.indicators(goal.uuid):
            no_method = indicator.method is None
            no_target = indicator.target_value is None
            if no_method and no_target:
                message = MSG_NO_METHOD_NO_TARGET
            elif no_method:
                message = MSG_NO_METHOD
            elif no_target:
                message = MSG_NO_TARGET
            else:
                continue
            findings.append(
                _indicator_finding(CheckKind.INDICATOR_INCOMPLETE, message, goal, indicator)
            )
    return findings


def goals_without_dated_milestone(snapshot: CanvasSnapshot, today: date) -> list[Finding]:
    findings = []
    for goal in _active_goals(snapshot):
        milestones = snapshot.milestones(goal.uuid)
        if any(parse_iso_date(m.due_date) for m in milestones):
            continue
        message = MSG_NO_DATED_MILESTONE if milestones else MSG_NO_MILESTONE
        findings.append(_goal_finding(CheckKind.GOAL_WITHOUT_DATED_MILESTONE, message, goal))
    return findings


def project_goals_without_target_group(snapshot: CanvasSnapshot, today: date) -> list[Finding]:
    return [
        _goal_finding(CheckKind.PROJECT_GOAL_WITHOUT_TARGET_GROUP, MSG_NO_TARGET_GROUP, goal)
        for goal in _active_goals(snapshot)
        if goal.level is GoalLevel.PROJECT and not goal.target_group.strip()
    ]


def extreme_ambition(snapshot: CanvasSnapshot, today: date) -> list[Finding]:
    return [
        _goal_finding(
            CheckKind.AMBITION_EXTREME,
            MSG_TOO_EASY if goal.ambition is Ambition.TOO_EASY else MSG_UTOPIAN,
            goal,
        )
        for goal in _active_goals(snapshot)
        if goal.ambition.is_extreme
    ]


def goals_without_actor(snapshot: CanvasSnapshot, today: date) -> list[Finding]:
    return [
        _goal_finding(CheckKind.GOAL_WITHOUT_ACTOR, MSG_NO_ACTOR, goal)
        for goal in _active_goals(snapshot)
        if not goal.actor_uuids
    ]


def too_many_goals(snapshot: CanvasSnapshot, today: date) -> list[Finding]:
    findings = []
    active = list(_active_goals(snapshot))
    for level in LEVELS:
        count = sum(g.level is level for g in active)
        if count > MAX_GOALS_PER_LEVEL:
            findings.append(
                Finding(
                    CheckKind.TOO_MANY_GOALS, MSG_TOO_MANY[level], (("count", count),), level=level
                )
            )
    return findings


def overdue_milestones(snapshot: CanvasSnapshot, today: date) -> list[Finding]:
    return [
        Finding(
            CheckKind.MILESTONE_OVERDUE,
            MSG_OVERDUE,
            (("milestone", milestone.text), ("due_date", milestone.due_date)),
            goal_uuid=goal.uuid,
            milestone_uuid=milestone.uuid,
            level=goal.level,
        )
        for goal in _active_goals(snapshot)
        for milestone in snapshot.milestones(goal.uuid)
        if milestone.is_overdue(today)
    ]


def indicators_not_measured(snapshot: CanvasSnapshot, today: date) -> list[Finding]:
    """No value in the last twelve months. A dated baseline value counts as a value:
    an indicator whose baseline was just collected is not overdue for a measurement."""
    since = one_year_before(today)
    findings = []
    for goal in _active_goals(snapshot):
        for indicator in snapshot.indicators(goal.uuid):
            dates = [parse_iso_date(m.date) for m in snapshot.measurements(indicator.uuid)]
            if indicator.baseline_value is not None:
                dates.append(parse_iso_date(indicator.baseline_date))
            known = [d for d in dates if d is not None]
            last = max(known, default=None)
            if last is not None and last >= since:
                continue
            if last is None:
                finding = _indicator_finding(
                    CheckKind.INDICATOR_NOT_MEASURED, MSG_NEVER_MEASURED, goal, indicator
                )
            else:
                finding = _indicator_finding(
                    CheckKind.INDICATOR_NOT_MEASURED,
                    MSG_NOT_MEASURED_SINCE,
                    goal,
                    indicator,
                    date=last.isoformat(),
                )
            findings.append(finding)
    return findings


# Every check, in the order of the checklist (and of :class:`CheckKind`).
CHECKS: dict[CheckKind, Check] = {
    CheckKind.GOAL_WITHOUT_INDICATOR: goals_without_indicator,
    CheckKind.INDICATOR_INCOMPLETE: incomplete_indicators,
    CheckKind.GOAL_WITHOUT_DATED_MILESTONE: goals_without_dated_milestone,
    CheckKind.PROJECT_GOAL_WITHOUT_TARGET_GROUP: project_goals_without_target_group,
    CheckKind.AMBITION_EXTREME: extreme_ambition,
    CheckKind.GOAL_WITHOUT_ACTOR: goals_without_actor,
    CheckKind.TOO_MANY_GOALS: too_many_goals,
    CheckKind.MILESTONE_OVERDUE: overdue_milestones,
    CheckKind.INDICATOR_NOT_MEASURED: indicators_not_measured,
}


def check_canvas(snapshot: CanvasSnapshot, *, today: date) -> list[Finding]:
    """Every finding of every check, grouped by check, each group in canvas order."""
    return [finding for check in CHECKS.values() for finding in check(snapshot, today)]


def count_by_kind(findings: Iterable[Finding]) -> dict[CheckKind, int]:
    """Findings per check, with every check present (0 = passed), in checklist order."""
    counts = dict.fromkeys(CheckKind, 0)
    for finding in findings:
        counts[finding.kind] += 1
    return counts
