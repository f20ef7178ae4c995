"""Quality checks of the impact canvas: each check finds its problem, and only that.

Every test starts from a canvas that passes every check (``healthy``), breaks one thing,
and looks at the findings with a fixed ``today``.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest

from ciworkshop.domain import quality
from ciworkshop.domain.canvas import (
    Ambition,
    Canvas,
    CanvasSnapshot,
    CollectionMethod,
    Goal,
    GoalLevel,
    GoalStatus,
    Indicator,
    Measurement,
    Milestone,
    MilestoneStatus,
)
from ciworkshop.domain.quality import CheckKind, Finding, check_canvas, count_by_kind

TODAY = date(2026, 11, 21)


def _goal(uuid: str, level: GoalLevel, position: int, **values: Any) -> Goal:
    goal = Goal(
        uuid=uuid,
        level=level,
        position=position,
        statement=f"Ziel {uuid}",
        target_group="Jugendliche" if level is GoalLevel.PROJECT else "",
        ambition=Ambition.AMBITIOUS,
        status=GoalStatus.AGREED,
        actor_uuids=("actor-1",),
    )
    return dataclasses.replace(goal, **values)


def _indicator(goal: Goal, **values: Any) -> Indicator:
    indicator = Indicator(
        uuid=f"{goal.uuid}-i",
        goal_uuid=goal.uuid,
        position=0,
        name=f"Indikator {goal.uuid}",
        baseline_value=10.0,
        baseline_date="2024-01-01",
        target_value=20.0,
        target_date="2028-01-01",
        method=CollectionMethod.SURVEY,
    )
    return dataclasses.replace(indicator, **values)


def build(
    goals: list[Goal],
    indicators: list[Indicator] | None = None,
    measurements: list[Measurement] | None = None,
    milestones: list[Milestone] | None = None,
) -> CanvasSnapshot:
    """A canvas where every goal gets a complete indicator measured recently and a dated
    open milestone, unless the caller passes its own."""
    if indicators is None:
        indicators = [_indicator(g) for g in goals]
    if measurements is None:
        measurements = [Measurement(f"{i.uuid}-m", i.uuid, "2026-06-30", 15.0) for i in indicators]
    if milestones is None:
        milestones = [Milestone(f"{g.uuid}-s", g.uuid, "Schritt", "2027-06-30") for g in goals]
    return CanvasSnapshot.build(
        Canvas("net", "Vision", "Mission"),
        goals=goals,
        indicators=indicators,
        measurements=measurements,
        milestones=milestones,
    )


def healthy_goals() -> list[Goal]:
    return [
        _goal("p1", GoalLevel.PROJECT, 0),
        _goal("p2", GoalLevel.PROJECT, 1),
        _goal("s1", GoalLevel.SYSTEM, 0),
        _goal("k1", GoalLevel.KNOWLEDGE, 0),
    ]


def kinds(findings: list[Finding]) -> list[CheckKind]:
    return [f.kind for f in findings]


def only(snapshot: CanvasSnapshot, kind: CheckKind) -> list[Finding]:
    """The findings of ``kind``, after asserting there are no others."""
    findings = check_canvas(snapshot, today=TODAY)
    assert set(kinds(findings)) <= {kind}, [f.english() for f in findings]
    return findings


def test_a_healthy_canvas_has_no_findings() -> None:
    findings = check_canvas(build(healthy_goals()), today=TODAY)
    assert findings == []
    counts = count_by_kind(findings)
    assert list(counts) == list(CheckKind)  # every check listed, in checklist order
    assert set(counts.values()) == {0}


def test_an_empty_canvas_has_no_findings() -> None:
    assert check_canvas(build([]), today=TODAY) == []


def test_every_check_has_a_checklist_label() -> None:
    assert list(quality.CHECKS) == list(CheckKind)
    for kind in CheckKind:
        assert kind.label.context == "QualityCheck"
        assert kind.label.source


# ------------------------------------------------------------------ goal without indicator
def test_goal_without_indicator_is_found() -> None:
    goals = healthy_goals()
    indicators = [_indicator(g) for g in goals if g.uuid != "s1"]
    (finding,) = only(build(goals, indicators), CheckKind.GOAL_WITHOUT_INDICATOR)
    assert (finding.goal_uuid, finding.indicator_uuid, finding.level) == (
        "s1",
        None,
        GoalLevel.SYSTEM,
    )
    assert finding.english() == "The goal “Ziel s1” has no indicator."


def test_goal_with_an_indicator_passes() -> None:
    assert quality.goals_without_indicator(build(healthy_goals()), TODAY) == []


# ------------------------------------------------------------------ indicator incomplete
@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"method": None}, "The indicator “Indikator p2” has no data-collection method."),
        ({"target_value": None}, "The indicator “Indikator p2” has no target value."),
        (
            {"method": None, "target_value": None},
            "The indicator “Indikator p2” has neither a data-collection method nor a target value.",
        ),
    ],
)
def test_indicator_without_method_or_target_is_found(
    change: dict[str, object], message: str
) -> None:
    goals = healthy_goals()
    indicators = [_indicator(g, **(change if g.uuid == "p2" else {})) for g in goals]
    (finding,) = only(build(goals, indicators), CheckKind.INDICATOR_INCOMPLETE)
    assert (finding.goal_uuid, finding.indicator_uuid) == ("p2", "p2-i")
    assert finding.english() == message


def test_indicator_with_other_method_and_a_target_passes() -> None:
    goals = healthy_goals()
    indicators = [_indicator(g, method=CollectionMethod.OTHER, target_value=0.0) for g in goals]
    assert quality.incomplete_indicators(build(goals, indicators), TODAY) == []


# ------------------------------------------------------------------ dated milestone
def test_goal_without_any_milestone_is_found() -> None:
    goals = healthy_goals()
    milestones = [Milestone(f"{g.uuid}-s", g.uuid, "S", "2027-01-01") for g in goals[1:]]
    (finding,) = only(build(goals, milestones=milestones), CheckKind.GOAL_WITHOUT_DATED_MILESTONE)
    assert finding.goal_uuid == "p1"
    assert finding.english() == "The goal “Ziel p1” has no milestone."


def test_goal_with_only_undated_milestones_is_found() -> None:
    goals = healthy_goals()
    milestones = [
        Milestone(f"{g.uuid}-s", g.uuid, "S", "" if g.uuid == "k1" else "2027-01-01") for g in goals
    ]
    (finding,) = only(build(goals, milestones=milestones), CheckKind.GOAL_WITHOUT_DATED_MILESTONE)
    assert finding.goal_uuid == "k1"
    assert finding.english() == "The goal “Ziel k1” has no milestone with a due date."


def test_a_reached_dated_milestone_counts_as_dated() -> None:
    goals = healthy_goals()
    milestones = [
        Milestone(f"{g.uuid}-s", g.uuid, "S", "2025-01-01", MilestoneStatus.REACHED) for g in goals
    ]
    assert quality.goals_without_dated_milestone(build(goals, milestones=milestones), TODAY) == []


# ------------------------------------------------------------------ target group
@pytest.mark.parametrize("target_group", ["", "  "])
def test_project_goal_without_target_group_is_found(target_group: str) -> None:
    goals = healthy_goals()
    goals[1] = dataclasses.replace(goals[1], target_group=target_group)
    (finding,) = only(build(goals), CheckKind.PROJECT_GOAL_WITHOUT_TARGET_GROUP)
    assert (finding.goal_uuid, finding.level) == ("p2", GoalLevel.PROJECT)
    assert finding.english() == "The project-level goal “Ziel p2” names no target group."


def test_goals_on_other_levels_need_no_target_group() -> None:
    goals = healthy_goals()
    assert goals[2].target_group == goals[3].target_group == ""
    assert quality.project_goals_without_target_group(build(goals), TODAY) == []


# ------------------------------------------------------------------ ambition
@pytest.mark.parametrize(
    ("ambition", "message"),
    [
        (
            Ambition.TOO_EASY,
            "The goal “Ziel s1” is rated too easy: it will hardly motivate anyone.",
        ),
        (Ambition.UTOPIAN, "The goal “Ziel s1” is rated utopian: it may discourage the actors."),
    ],
)
def test_ambition_at_either_extreme_is_found(ambition: Ambition, message: str) -> None:
    goals = healthy_goals()
    goals[2] = dataclasses.replace(goals[2], ambition=ambition)
    (finding,) = only(build(goals), CheckKind.AMBITION_EXTREME)
    assert finding.goal_uuid == "s1"
    assert finding.english() == message


@pytest.mark.parametrize("ambition", [Ambition.MODEST, Ambition.AMBITIOUS, Ambition.BOLD])
def test_ambition_between_the_extremes_passes(ambition: Ambition) -> None:
    goals = [dataclasses.replace(g, ambition=ambition) for g in healthy_goals()]
    assert quality.extreme_ambition(build(goals), TODAY) == []


# ------------------------------------------------------------------ responsible actor
def test_goal_without_responsible_actor_is_found() -> None:
    goals = healthy_goals()
    goals[3] = dataclasses.replace(goals[3], actor_uuids=())
    (finding,) = only(build(goals), CheckKind.GOAL_WITHOUT_ACTOR)
    assert (finding.goal_uuid, finding.level) == ("k1", GoalLevel.KNOWLEDGE)
    assert finding.english() == "The goal “Ziel k1” has no responsible actor."


def test_goal_with_a_responsible_actor_passes() -> None:
    assert quality.goals_without_actor(build(healthy_goals()), TODAY) == []


# ------------------------------------------------------------------ more than five per level
def test_six_goals_on_one_level_are_found_once_for_the_level() -> None:
    goals = [_goal(f"s{n}", GoalLevel.SYSTEM, n) for n in range(6)]
    (finding,) = only(build(goals), CheckKind.TOO_MANY_GOALS)
    assert (finding.level, finding.goal_uuid) == (GoalLevel.SYSTEM, None)
    assert dict(finding.values) == {"count": 6}
    assert finding.english() == (
        "The system level holds 6 goals; a focused agenda holds three to five."
    )


def test_five_goals_per_level_pass_and_archived_goals_do_not_count() -> None:
    goals = [_goal(f"{lvl.value}{n}", lvl, n) for lvl in GoalLevel for n in range(5)]
    goals.append(_goal("old", GoalLevel.PROJECT, 5, status=GoalStatus.ARCHIVED))
    assert check_canvas(build(goals), today=TODAY) == []


# ------------------------------------------------------------------ overdue milestones
def test_open_milestone_past_its_due_date_is_found() -> None:
    goals = healthy_goals()
    milestones = [Milestone(f"{g.uuid}-s", g.uuid, "S", "2027-01-01") for g in goals]
    milestones.append(Milestone("late", "p1", "Börse online", "2026-11-20", owner="IHK"))
    (finding,) = only(build(goals, milestones=milestones), CheckKind.MILESTONE_OVERDUE)
    assert (finding.goal_uuid, finding.milestone_uuid) == ("p1", "late")
    assert finding.english() == (
        "The milestone “Börse online” was due on 2026-11-20 and is still open."
    )


@pytest.mark.parametrize(
    ("due", "status"),
    [
        ("2026-11-21", MilestoneStatus.OPEN),  # due today: not yet overdue
        ("", MilestoneStatus.OPEN),  # no date: cannot be overdue
        ("2026-01-01", MilestoneStatus.REACHED),
        ("2026-01-01", MilestoneStatus.MISSED),  # recorded as missed: honest, not overdue
    ],
)
def test_milestones_not_overdue(due: str, status: MilestoneStatus) -> None:
    goals = healthy_goals()
    milestones = [Milestone(f"{g.uuid}-s", g.uuid, "S", "2027-01-01") for g in goals]
    milestones.append(Milestone("x", "p1", "S", due, status))
    assert quality.overdue_milestones(build(goals, milestones=milestones), TODAY) == []


# ------------------------------------------------------------------ not measured
def test_indicator_last_measured_over_a_year_ago_is_found() -> None:
    goals = healthy_goals()
    indicators = [_indicator(g) for g in goals]
    measurements = [
        Measurement(f"{i.uuid}-m", i.uuid, "2025-11-20" if i.goal_uuid == "s1" else "2026-06-30", 1)
        for i in indicators
    ]
    (finding,) = only(build(goals, indicators, measurements), CheckKind.INDICATOR_NOT_MEASURED)
    assert (finding.goal_uuid, finding.indicator_uuid) == ("s1", "s1-i")
    assert dict(finding.values)["date"] == "2025-11-20"
    assert finding.english() == (
        "The indicator “Indikator s1” was last measured on 2025-11-20, more than twelve months ago."
    )


def test_indicator_never_measured_is_found() -> None:
    goals = healthy_goals()
    indicators = [
        _indicator(g, baseline_value=None, baseline_date="") if g.uuid == "k1" else _indicator(g)
        for g in goals
    ]
    measurements = [
        Measurement(f"{i.uuid}-m", i.uuid, "2026-06-30", 1) for i in indicators if i.uuid != "k1-i"
    ]
    (finding,) = only(build(goals, indicators, measurements), CheckKind.INDICATOR_NOT_MEASURED)
    assert finding.english() == "The indicator “Indikator k1” has not been measured yet."


def test_measured_exactly_twelve_months_ago_or_freshly_baselined_passes() -> None:
    goals = healthy_goals()
    indicators = [_indicator(g, baseline_date="2026-02-01") for g in goals]
    indicators[0] = _indicator(goals[0])  # baseline 2024, measured a year ago today
    measurements = [Measurement("m", indicators[0].uuid, "2025-11-21", 12.0)]
    snapshot = build(goals, indicators, measurements)
    assert quality.indicators_not_measured(snapshot, TODAY) == []


# ------------------------------------------------------------------ archived, order, counts
def test_archived_goals_are_left_out_of_every_check() -> None:
    broken = _goal(
        "old",
        GoalLevel.PROJECT,
        2,
        status=GoalStatus.ARCHIVED,
        target_group="",
        actor_uuids=(),
        ambition=Ambition.UTOPIAN,
    )
    goals = [*healthy_goals(), broken]
    indicators = [_indicator(g) for g in healthy_goals()]
    indicators.append(_indicator(broken, method=None))
    milestones = [Milestone(f"{g.uuid}-s", g.uuid, "S", "2027-01-01") for g in healthy_goals()]
    milestones.append(Milestone("m", "old", "überfällig", "2020-01-01"))
    snapshot = build(goals, indicators, milestones=milestones)
    assert snapshot.goal("old") is not None
    assert check_canvas(snapshot, today=TODAY) == []


def test_findings_are_grouped_by_check_and_counted() -> None:
    goals = healthy_goals()
    goals[0] = dataclasses.replace(goals[0], actor_uuids=(), ambition=Ambition.UTOPIAN)
    goals[2] = dataclasses.replace(goals[2], actor_uuids=())
    findings = check_canvas(build(goals), today=TODAY)
    assert kinds(findings) == [
        CheckKind.AMBITION_EXTREME,
        CheckKind.GOAL_WITHOUT_ACTOR,
        CheckKind.GOAL_WITHOUT_ACTOR,
    ]
    assert [f.goal_uuid for f in findings] == ["p1", "p1", "s1"]
    counts = count_by_kind(findings)
    assert counts[CheckKind.GOAL_WITHOUT_ACTOR] == 2
    assert counts[CheckKind.AMBITION_EXTREME] == 1
    assert sum(counts.values()) == 3


def test_checks_are_pure() -> None:
    snapshot = build(healthy_goals(), milestones=[])
    first = check_canvas(snapshot, today=TODAY)
    assert check_canvas(snapshot, today=TODAY) == first
    assert len(first) == 4
