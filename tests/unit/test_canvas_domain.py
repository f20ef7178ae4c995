"""The impact canvas as plain domain objects: enums, validation, progress, snapshot, JSON."""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from ciworkshop.domain import canvas_rules, rules
from ciworkshop.domain.canvas import (
    AMBITION_AIM,
    Ambition,
    Canvas,
    CanvasDraft,
    CanvasSnapshot,
    CollectionMethod,
    Goal,
    GoalDraft,
    GoalLevel,
    GoalStatus,
    Indicator,
    IndicatorDraft,
    Measurement,
    MeasurementDraft,
    Milestone,
    MilestoneDraft,
    MilestoneStatus,
    VersionDraft,
    one_year_before,
    parse_iso_date,
    progress,
)
from ciworkshop.domain.canvas_json import snapshot_from_json, snapshot_to_json
from ciworkshop.domain.i18n import Text

TODAY = date(2026, 11, 21)


def fields(problems: list[rules.Problem]) -> list[str]:
    return [p.field for p in problems]


# ------------------------------------------------------------------ enums
@pytest.mark.parametrize(
    ("enum", "context"),
    [
        (GoalLevel, "GoalLevel"),
        (Ambition, "Ambition"),
        (GoalStatus, "GoalStatus"),
        (CollectionMethod, "CollectionMethod"),
        (MilestoneStatus, "MilestoneStatus"),
    ],
)
def test_every_enum_member_has_a_translatable_label(enum: type, context: str) -> None:
    labels = [member.label for member in enum]
    assert all(isinstance(label, Text) and label.context == context for label in labels)
    assert len({label.source for label in labels}) == len(labels)  # no two alike


def test_levels_and_the_ambition_scale() -> None:
    assert [level.value for level in GoalLevel] == ["project", "system", "knowledge"]
    assert [int(a) for a in Ambition] == [1, 2, 3, 4, 5]
    assert Ambition.TOO_EASY.label.source == "Too easy"
    assert Ambition.UTOPIAN.label.source == "Utopian"
    assert [a for a in Ambition if a.is_aim] == [Ambition.AMBITIOUS] == [AMBITION_AIM]
    assert AMBITION_AIM.label.source == "Ambitious but reachable"
    assert [a for a in Ambition if a.is_extreme] == [Ambition.TOO_EASY, Ambition.UTOPIAN]


# ------------------------------------------------------------------ dates
@pytest.mark.parametrize("text", ["2026-03-12", "2024-02-29", "0001-01-01"])
def test_iso_dates_are_parsed(text: str) -> None:
    assert parse_iso_date(text) == date.fromisoformat(text)


@pytest.mark.parametrize(
    "text", ["", " ", "20260312", "2026-W11-4", "12.03.2026", "2026-02-30", "2026-3-12", "x"]
)
def test_anything_but_yyyy_mm_dd_is_not_a_date(text: str) -> None:
    assert parse_iso_date(text) is None


def test_one_year_before_handles_a_leap_day() -> None:
    assert one_year_before(date(2026, 11, 21)) == date(2025, 11, 21)
    assert one_year_before(date(2028, 2, 29)) == date(2027, 2, 28)


# ------------------------------------------------------------------ validation
def test_valid_drafts_have_no_problems() -> None:
    assert canvas_rules.check_canvas_draft(CanvasDraft("Vision", "Mission")) == []
    assert canvas_rules.check_goal(GoalDraft(GoalLevel.PROJECT, "Ziel", target_group="J")) == []
    assert canvas_rules.check_goal(GoalDraft(GoalLevel.SYSTEM, "Ziel")) == []
    assert (
        canvas_rules.check_indicator(
            IndicatorDraft(
                "Quote",
                baseline_value=9.8,
                baseline_date="2024-07-31",
                target_value=6,
                target_date="2028-07-31",
            )
        )
        == []
    )
    assert canvas_rules.check_measurement(MeasurementDraft("2026-03-12", -1.5)) == []
    assert canvas_rules.check_milestone(MilestoneDraft("Schritt", due_date="2026-06-30")) == []
    assert canvas_rules.check_version(VersionDraft("Fachtag", "2026-03-12")) == []


@pytest.mark.parametrize("target_group", ["", "   "])
def test_target_group_is_required_on_the_project_level_only(target_group: str) -> None:
    problems = canvas_rules.check_goal(
        GoalDraft(GoalLevel.PROJECT, "Weniger Abbrüche", target_group=target_group)
    )
    assert fields(problems) == ["target_group"]
    assert problems[0].english() == "A goal on the project level needs a target group."
    for level in (GoalLevel.SYSTEM, GoalLevel.KNOWLEDGE):
        assert canvas_rules.check_goal(GoalDraft(level, "Ziel", target_group=target_group)) == []


def test_required_texts_are_named() -> None:
    goal = canvas_rules.check_goal(GoalDraft(GoalLevel.SYSTEM, "  "))
    assert [p.english() for p in goal] == ["Please formulate the goal."]
    assert canvas_rules.check_indicator(IndicatorDraft(" "))[0].english() == "Please enter a name."
    milestone = canvas_rules.check_milestone(MilestoneDraft(""))
    assert [p.english() for p in milestone] == ["Please fill in “Milestone”."]
    version = canvas_rules.check_version(VersionDraft("", ""))
    assert fields(version) == ["version_label", "agreed_on"]
    assert version[1].english() == "Please fill in “Agreed on”."
    assert fields(canvas_rules.check_measurement(MeasurementDraft("", 1.0))) == ["date"]


@pytest.mark.parametrize("bad", ["12.03.2026", "2026-02-30", "morgen", "20260312"])
def test_invalid_dates_are_refused_with_the_expected_form(bad: str) -> None:
    problems = (
        canvas_rules.check_indicator(IndicatorDraft("Q", baseline_date=bad, target_date=bad))
        + canvas_rules.check_measurement(MeasurementDraft(bad, 1.0))
        + canvas_rules.check_milestone(MilestoneDraft("M", due_date=bad))
        + canvas_rules.check_version(VersionDraft("V", bad))
    )
    assert fields(problems) == ["baseline_date", "target_date", "date", "due_date", "agreed_on"]
    assert problems[2].english() == (
        "“Date” is not a valid date; please write it as YYYY-MM-DD (e.g. 2026-03-12)."
    )


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_numbers_must_be_finite(bad: float) -> None:
    problems = canvas_rules.check_indicator(
        IndicatorDraft("Q", baseline_value=bad, target_value=bad)
    ) + canvas_rules.check_measurement(MeasurementDraft("2026-01-01", bad))
    assert fields(problems) == ["baseline_value", "target_value", "value"]
    assert problems[0].english() == "“Baseline” needs to be a finite number."


def test_target_date_before_baseline_date_is_refused() -> None:
    problems = canvas_rules.check_indicator(
        IndicatorDraft("Q", baseline_date="2026-01-01", target_date="2025-12-31")
    )
    assert [p.english() for p in problems] == ["The target date lies before the baseline date."]
    same_day = IndicatorDraft("Q", baseline_date="2026-01-01", target_date="2026-01-01")
    assert canvas_rules.check_indicator(same_day) == []


LIMITED = [
    ("vision", 2_000, lambda t: canvas_rules.check_canvas_draft(CanvasDraft(vision=t))),
    ("mission", 2_000, lambda t: canvas_rules.check_canvas_draft(CanvasDraft(mission=t))),
    ("statement", 500, lambda t: canvas_rules.check_goal(GoalDraft(GoalLevel.SYSTEM, t))),
    (
        "target_group",
        300,
        lambda t: canvas_rules.check_goal(GoalDraft(GoalLevel.PROJECT, "Z", target_group=t)),
    ),
    (
        "rationale",
        5_000,
        lambda t: canvas_rules.check_goal(GoalDraft(GoalLevel.SYSTEM, "Z", rationale=t)),
    ),
    ("name", 200, lambda t: canvas_rules.check_indicator(IndicatorDraft(t))),
    ("unit", 40, lambda t: canvas_rules.check_indicator(IndicatorDraft("Q", unit=t))),
    (
        "method_note",
        1_000,
        lambda t: canvas_rules.check_indicator(IndicatorDraft("Q", method_note=t)),
    ),
    ("source", 300, lambda t: canvas_rules.check_indicator(IndicatorDraft("Q", source=t))),
    ("frequency", 300, lambda t: canvas_rules.check_indicator(IndicatorDraft("Q", frequency=t))),
    (
        "measurement_note",
        5_000,
        lambda t: canvas_rules.check_measurement(MeasurementDraft("2026-01-01", 1, note=t)),
    ),
    ("milestone_text", 500, lambda t: canvas_rules.check_milestone(MilestoneDraft(t))),
    ("owner", 200, lambda t: canvas_rules.check_milestone(MilestoneDraft("M", owner=t))),
    ("version_label", 200, lambda t: canvas_rules.check_version(VersionDraft(t, "2026-03-12"))),
]


@pytest.mark.parametrize(("field", "limit", "check"), LIMITED, ids=[x[0] for x in LIMITED])
def test_canvas_field_limits_are_documented_and_inclusive(
    field: str, limit: int, check: Callable[[str], list[rules.Problem]]
) -> None:
    assert rules.FIELD_LIMITS[field] == limit
    assert field in rules.FIELD_LABELS
    assert check("ä" * limit) == []
    problems = check("😀" * (limit + 1))
    assert fields(problems) == [field]
    assert dict(problems[0].values) == {"field": field, "length": limit + 1, "limit": limit}
    label = rules.FIELD_LABELS[field].source
    expected = f"“{label}” is {limit + 1} characters long; at most {limit} fit."
    assert problems[0].english() == expected


def test_a_pasted_100000_characters_are_refused_not_cut() -> None:
    problems = canvas_rules.check_goal(GoalDraft(GoalLevel.SYSTEM, "x" * 100_000))
    assert "100000 characters long" in problems[0].english()


# ------------------------------------------------------------------ progress
@pytest.mark.parametrize(
    ("baseline", "target", "value", "expected"),
    [
        (0, 10, 5, 0.5),
        (38, 48, 43, 0.5),
        (9.8, 6.0, 7.9, 0.5),  # a falling target
        (9.8, 6.0, 11.0, 0.0),  # worse than the baseline: clamped
        (120, 300, 310, 1.0),  # beyond the target: clamped
        (5, 5, 5, None),  # no way to go
        (None, 5, 3, None),
        (1, None, 3, None),
        (1, 5, None, None),
    ],
)
def test_progress_from_baseline_to_target(
    baseline: float | None, target: float | None, value: float | None, expected: float | None
) -> None:
    assert progress(baseline, target, value) == (
        pytest.approx(expected) if expected is not None else None
    )


def _canvas() -> Canvas:
    return Canvas(uuid="net-1", vision="V", mission="M")


def _indicator(**values: Any) -> Indicator:
    fields_: dict[str, Any] = {
        "uuid": "i1",
        "goal_uuid": "g1",
        "position": 0,
        "name": "Quote",
        "baseline_value": 0.0,
        "baseline_date": "2025-01-01",
        "target_value": 100.0,
        "target_date": "2027-01-01",
    }
    fields_.update(values)
    return Indicator(**fields_)


def _snapshot(indicator: Indicator, *values: tuple[str, float]) -> CanvasSnapshot:
    return CanvasSnapshot.build(
        _canvas(),
        goals=[Goal("g1", GoalLevel.SYSTEM, 0, "Ziel")],
        indicators=[indicator],
        measurements=[
            Measurement(f"m{n}", indicator.uuid, day, value)
            for n, (day, value) in enumerate(values)
        ],
    )


def test_progress_uses_the_latest_measurement_by_date() -> None:
    indicator = _indicator()
    snapshot = _snapshot(indicator, ("2026-01-01", 60.0), ("2025-06-01", 20.0))
    latest = snapshot.latest_measurement("i1")
    assert latest is not None
    assert latest.date == "2026-01-01"
    assert snapshot.indicator_progress(indicator) == pytest.approx(0.6)
    assert _snapshot(indicator).indicator_progress(indicator) is None
    assert _snapshot(indicator).latest_measurement("i1") is None


def test_on_track_compares_with_a_straight_line_from_baseline_to_target() -> None:
    indicator = _indicator()  # 0 → 100 over two years
    halfway = "2026-01-01"
    assert _snapshot(indicator, (halfway, 50.0)).indicator_on_track(indicator) is True
    assert _snapshot(indicator, (halfway, 49.0)).indicator_on_track(indicator) is False
    assert _snapshot(indicator, ("2028-01-01", 100.0)).indicator_on_track(indicator) is True
    assert _snapshot(indicator).indicator_on_track(indicator) is None  # not measured
    undated = _indicator(baseline_date="", target_date="")
    assert _snapshot(undated, (halfway, 50.0)).indicator_on_track(undated) is None
    assert _snapshot(undated, (halfway, 100.0)).indicator_on_track(undated) is True


def test_goal_summary_counts_indicators_and_milestones() -> None:
    goal = Goal("g1", GoalLevel.PROJECT, 0, "Ziel", target_group="J")
    on_track = _indicator(uuid="i1")
    behind = _indicator(uuid="i2", position=1)
    unmeasured = _indicator(uuid="i3", position=2)
    snapshot = CanvasSnapshot.build(
        _canvas(),
        goals=[goal],
        indicators=[on_track, behind, unmeasured],
        measurements=[
            Measurement("m1", "i1", "2026-01-01", 80.0),
            Measurement("m2", "i2", "2026-01-01", 10.0),
        ],
        milestones=[
            Milestone("s1", "g1", "erreicht", "2025-01-01", MilestoneStatus.REACHED),
            Milestone("s2", "g1", "offen", "2027-01-01"),
            Milestone("s3", "g1", "ohne Datum"),
            Milestone("s4", "g1", "überfällig", "2026-11-20"),
            Milestone("s5", "g1", "heute fällig", "2026-11-21"),
            Milestone("s6", "g1", "verpasst", "2026-01-01", MilestoneStatus.MISSED),
        ],
    )
    summary = snapshot.goal_summary("g1", today=TODAY)
    assert (summary.indicators, summary.indicators_on_track, summary.indicators_measured) == (
        3,
        1,
        2,
    )
    assert (
        summary.milestones_reached,
        summary.milestones_open,
        summary.milestones_overdue,
        summary.milestones_missed,
    ) == (1, 3, 1, 1)
    assert summary.milestones == 6
    assert snapshot.goal_summary("no-such-goal", today=TODAY).milestones == 0


def test_snapshot_sorts_goals_by_level_then_position_and_groups_children() -> None:
    goals = [
        Goal("k0", GoalLevel.KNOWLEDGE, 0, "K0"),
        Goal("p1", GoalLevel.PROJECT, 1, "P1", target_group="J"),
        Goal("s0", GoalLevel.SYSTEM, 0, "S0"),
        Goal("p0", GoalLevel.PROJECT, 0, "P0", target_group="J"),
    ]
    milestones = [
        Milestone("undated", "p0", "ohne Datum"),
        Milestone("late", "p0", "spät", "2027-01-01"),
        Milestone("early", "p0", "früh", "2025-01-01"),
        Milestone("orphan", "gone", "Waise", "2025-01-01"),
    ]
    snapshot = CanvasSnapshot.build(_canvas(), goals=goals, milestones=milestones)
    assert [g.uuid for g in snapshot.goals] == ["p0", "p1", "s0", "k0"]
    assert [g.uuid for g in snapshot.goals_on(GoalLevel.PROJECT)] == ["p0", "p1"]
    assert [m.uuid for m in snapshot.milestones("p0")] == ["early", "late", "undated"]
    assert snapshot.milestones("k0") == ()
    assert snapshot.milestone("orphan") is None  # children of unknown goals are dropped
    assert set(snapshot.indicators_by_goal) == {"p0", "p1", "s0", "k0"}


def test_to_draft_round_trips_every_editable_entity() -> None:
    goal = Goal(
        "g",
        GoalLevel.PROJECT,
        3,
        "Ziel",
        target_group="J",
        rationale="R",
        ambition=Ambition.BOLD,
        status=GoalStatus.AGREED,
        actor_uuids=("a", "b"),
    )
    assert goal.to_draft() == GoalDraft(
        GoalLevel.PROJECT, "Ziel", "J", "R", Ambition.BOLD, GoalStatus.AGREED, ("a", "b")
    )
    indicator = _indicator(method=CollectionMethod.SURVEY, unit="%", source="S")
    assert indicator.to_draft().method is CollectionMethod.SURVEY
    assert indicator.to_draft().baseline_date == "2025-01-01"
    assert Measurement("m", "i", "2026-01-01", 2.5, "n").to_draft() == MeasurementDraft(
        "2026-01-01", 2.5, "n"
    )
    milestone = Milestone("s", "g", "T", "2026-01-01", MilestoneStatus.MISSED, "O")
    assert milestone.to_draft() == MilestoneDraft("T", "2026-01-01", MilestoneStatus.MISSED, "O")
    assert _canvas().to_draft() == CanvasDraft("V", "M")


# ------------------------------------------------------------------ JSON
def test_snapshot_json_round_trip_keeps_everything() -> None:
    tricky = 'R&D <b>Team</b> 😀 „Zukunft“ "quoted" \n\t{name} %s'
    snapshot = CanvasSnapshot.build(
        Canvas("net", tricky, tricky, "2026-01-01T00:00:00.000000Z", "2026-01-02T00:00:00Z"),
        goals=[
            Goal(
                "g",
                GoalLevel.KNOWLEDGE,
                0,
                tricky,
                rationale=tricky,
                ambition=Ambition.UTOPIAN,
                status=GoalStatus.ARCHIVED,
                actor_uuids=("a1", "a2"),
            )
        ],
        indicators=[
            _indicator(goal_uuid="g", method=CollectionMethod.OFFICIAL_STATISTICS, name=tricky),
            _indicator(uuid="i2", goal_uuid="g", position=1, baseline_value=None, method=None),
        ],
        measurements=[Measurement("m", "i1", "2026-01-01", 0.1 + 0.2, tricky)],
        milestones=[Milestone("s", "g", tricky, "", MilestoneStatus.REACHED, tricky)],
        actor_names={"a1": "Stadt 😀", "a2": "R&D"},
    )
    text = snapshot_to_json(snapshot)
    assert "😀" in text  # readable, not \\u-escaped
    assert json.loads(text)["format"] == 1
    assert snapshot_from_json(text) == snapshot


def test_snapshot_json_from_a_newer_version_reads_with_defaults() -> None:
    text = json.dumps(
        {
            "format": 2,
            "canvas": {"uuid": "n", "vision": "V", "future": 1},
            "goals": [
                {"uuid": "g", "level": "galaxy", "ambition": 9, "status": "?", "statement": "S"}
            ],
            "indicators": [{"uuid": "i", "goal_uuid": "g", "method": "telepathy", "name": "I"}],
            "measurements": [{"uuid": "m", "indicator_uuid": "i", "date": "2026-01-01"}],
            "milestones": [{"uuid": "s", "goal_uuid": "g", "status": "postponed"}],
        }
    )
    snapshot = snapshot_from_json(text)
    (goal,) = snapshot.goals
    assert (goal.level, goal.ambition, goal.status) == (
        GoalLevel.PROJECT,
        AMBITION_AIM,
        GoalStatus.DRAFT,
    )
    indicator = snapshot.indicator("i")
    assert indicator is not None
    assert indicator.method is CollectionMethod.OTHER
    assert snapshot.measurements("i")[0].value == 0.0
    assert snapshot.milestones("g")[0].status is MilestoneStatus.OPEN


@pytest.mark.parametrize("text", ["[]", "{}", '{"canvas": 3}', "null"])
def test_snapshot_json_that_is_no_canvas_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not a canvas snapshot"):
        snapshot_from_json(text)
