"""Comparing today's canvas with a frozen version, and the guided mode's steps."""

from __future__ import annotations

from ciworkshop.domain.canvas import (
    CanvasDraft,
    GoalDraft,
    GoalLevel,
    GoalStatus,
    IndicatorDraft,
    MeasurementDraft,
)
from ciworkshop.domain.canvas_compare import compare
from ciworkshop.domain.guide import GUIDE_STEPS, StepArea
from ciworkshop.services.canvas import CanvasService
from ciworkshop.store.document import Document


def test_nothing_changed_right_after_freezing(document: Document) -> None:
    canvas = CanvasService(document)
    canvas.update_canvas(draft=CanvasDraft(vision="Alle finden ihren Weg", mission="Wir"))
    canvas.add_goal(draft=GoalDraft(level=GoalLevel.SYSTEM, statement="Vertrauen"))
    version, _ = canvas.freeze_version(label="Fachtag", agreed_on="2026-03-12")
    result = compare(canvas.version_snapshot(version.uuid), canvas.snapshot())
    assert result.unchanged


def test_changes_since_a_version_are_counted_by_identity(document: Document) -> None:
    canvas = CanvasService(document)
    canvas.update_canvas(draft=CanvasDraft(vision="Alt", mission="Wir"))
    kept, _ = canvas.add_goal(draft=GoalDraft(level=GoalLevel.SYSTEM, statement="Vertrauen"))
    removed, _ = canvas.add_goal(draft=GoalDraft(level=GoalLevel.KNOWLEDGE, statement="Wissen"))
    indicator, _ = canvas.add_indicator(goal_uuid=kept.uuid, draft=IndicatorDraft(name="Check-up"))
    version, _ = canvas.freeze_version(label="Fachtag", agreed_on="2026-03-12")

    canvas.set_vision(text="Neu")
    canvas.update_goal(
        uuid=kept.uuid,
        draft=GoalDraft(level=GoalLevel.SYSTEM, statement="Vertrauen 🤝", status=GoalStatus.AGREED),
    )
    canvas.delete_goal(uuid=removed.uuid)
    canvas.add_goal(draft=GoalDraft(level=GoalLevel.SYSTEM, statement="Neu dazu"))
    canvas.add_indicator(goal_uuid=kept.uuid, draft=IndicatorDraft(name="Zweiter"))
    for day in ("2026-06-01", "2026-09-01"):
        canvas.add_measurement(
            indicator_uuid=indicator.uuid, draft=MeasurementDraft(date=day, value=3.0)
        )

    result = compare(canvas.version_snapshot(version.uuid), canvas.snapshot())
    assert result.vision_changed
    assert not result.mission_changed
    assert [g.statement for g in result.goals_added] == ["Neu dazu"]
    assert [g.statement for g in result.goals_removed] == ["Wissen"]
    (change,) = result.goals_changed
    assert change.statement_changed
    assert change.status_changed
    assert not change.level_changed
    assert (result.indicators_added, result.indicators_removed) == (1, 0)
    assert result.measurements_added == 2
    assert not result.unchanged


def test_guide_walks_vision_mission_every_level_then_review() -> None:
    areas = [step.area for step in GUIDE_STEPS]
    assert areas[0] is StepArea.VISION
    assert areas[1] is StepArea.MISSION
    assert [step.level for step in GUIDE_STEPS if step.area is StepArea.LEVEL] == list(GoalLevel)
    assert areas[-1] is StepArea.REVIEW
    assert all(len(step.questions) >= 2 for step in GUIDE_STEPS)
