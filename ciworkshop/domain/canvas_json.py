"""A whole canvas as JSON: the frozen form of an agreed version.

The text is plain JSON (UTF-8, no ASCII escaping, keys sorted), readable by any program.
``format`` versions it; a reader takes unknown keys in its stride and maps unknown enum
values to the same defaults the store uses, so a version written by a newer ciworkshop
still opens.
"""

from __future__ import annotations

import json
from typing import Any

from ciworkshop.domain.canvas import (
    AMBITION_AIM,
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
    coerce_enum,
)

FORMAT = 1


def _canvas(canvas: Canvas) -> dict[str, Any]:
    return {
        "uuid": canvas.uuid,
        "vision": canvas.vision,
        "mission": canvas.mission,
        "created_at": canvas.created_at,
        "modified_at": canvas.modified_at,
    }


def _goal(goal: Goal) -> dict[str, Any]:
    return {
        "uuid": goal.uuid,
        "level": goal.level.value,
        "position": goal.position,
        "statement": goal.statement,
        "target_group": goal.target_group,
        "rationale": goal.rationale,
        "ambition": int(goal.ambition),
        "status": goal.status.value,
        "actor_uuids": list(goal.actor_uuids),
        "created_at": goal.created_at,
        "modified_at": goal.modified_at,
    }


def _indicator(indicator: Indicator) -> dict[str, Any]:
    return {
        "uuid": indicator.uuid,
        "goal_uuid": indicator.goal_uuid,
        "position": indicator.position,
        "name": indicator.name,
        "unit": indicator.unit,
        "baseline_value": indicator.baseline_value,
        "baseline_date": indicator.baseline_date,
        "target_value": indicator.target_value,
        "target_date": indicator.target_date,
        "method": indicator.method.value if indicator.method else None,
        "method_note": indicator.method_note,
        "source": indicator.source,
        "frequency": indicator.frequency,
        "created_at": indicator.created_at,
        "modified_at": indicator.modified_at,
    }


def _measurement(measurement: Measurement) -> dict[str, Any]:
    return {
        "uuid": measurement.uuid,
        "indicator_uuid": measurement.indicator_uuid,
        "date": measurement.date,
        "value": measurement.value,
        "note": measurement.note,
        "created_at": measurement.created_at,
        "modified_at": measurement.modified_at,
    }


def _milestone(milestone: Milestone) -> dict[str, Any]:
    return {
        "uuid": milestone.uuid,
        "goal_uuid": milestone.goal_uuid,
        "text": milestone.text,
        "due_date": milestone.due_date,
        "status": milestone.status.value,
        "owner": milestone.owner,
        "created_at": milestone.created_at,
        "modified_at": milestone.modified_at,
    }


def snapshot_to_json(snapshot: CanvasSnapshot) -> str:
    data = {
        "format": FORMAT,
        "canvas": _canvas(snapshot.canvas),
        "goals": [_goal(g) for g in snapshot.goals],
        "indicators": [_indicator(i) for i in snapshot.all_indicators()],
        "measurements": [
            _measurement(m)
            for i in snapshot.all_indicators()
            for m in snapshot.measurements(i.uuid)
        ],
        "milestones": [_milestone(m) for m in snapshot.all_milestones()],
        "actor_names": snapshot.actor_names,
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True, allow_nan=False)


# ---------------------------------------------------------------- reading
def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _text(row: dict[str, Any], key: str) -> str:
    value = row.get(key)
    return value if isinstance(value, str) else ""


def _goal_from(row: dict[str, Any]) -> Goal:
    return Goal(
        uuid=str(row["uuid"]),
        level=coerce_enum(GoalLevel, row.get("level"), GoalLevel.PROJECT),
        position=int(row.get("position") or 0),
        statement=_text(row, "statement"),
        target_group=_text(row, "target_group"),
        rationale=_text(row, "rationale"),
        ambition=coerce_enum(Ambition, row.get("ambition"), AMBITION_AIM),
        status=coerce_enum(GoalStatus, row.get("status"), GoalStatus.DRAFT),
        actor_uuids=tuple(str(a) for a in row.get("actor_uuids") or ()),
        created_at=_text(row, "created_at"),
        modified_at=_text(row, "modified_at"),
    )


def _indicator_from(row: dict[str, Any]) -> Indicator:
    method = row.get("method")
    return Indicator(
        uuid=str(row["uuid"]),
        goal_uuid=str(row["goal_uuid"]),
        position=int(row.get("position") or 0),
        name=_text(row, "name"),
        unit=_text(row, "unit"),
        baseline_value=_number(row.get("baseline_value")),
        baseline_date=_text(row, "baseline_date"),
        target_value=_number(row.get("target_value")),
        target_date=_text(row, "target_date"),
        method=None
        if method is None
        else coerce_enum(CollectionMethod, method, CollectionMethod.OTHER),
        method_note=_text(row, "method_note"),
        source=_text(row, "source"),
        frequency=_text(row, "frequency"),
        created_at=_text(row, "created_at"),
        modified_at=_text(row, "modified_at"),
    )


def _measurement_from(row: dict[str, Any]) -> Measurement:
    return Measurement(
        uuid=str(row["uuid"]),
        indicator_uuid=str(row["indicator_uuid"]),
        date=_text(row, "date"),
        value=_number(row.get("value")) or 0.0,
        note=_text(row, "note"),
        created_at=_text(row, "created_at"),
        modified_at=_text(row, "modified_at"),
    )


def _milestone_from(row: dict[str, Any]) -> Milestone:
    return Milestone(
        uuid=str(row["uuid"]),
        goal_uuid=str(row["goal_uuid"]),
        text=_text(row, "text"),
        due_date=_text(row, "due_date"),
        status=coerce_enum(MilestoneStatus, row.get("status"), MilestoneStatus.OPEN),
        owner=_text(row, "owner"),
        created_at=_text(row, "created_at"),
        modified_at=_text(row, "modified_at"),
    )


def snapshot_from_json(text: str) -> CanvasSnapshot:
    """Parse what :func:`snapshot_to_json` wrote; ValueError if it is not such a text."""
    data = json.loads(text)
    if not isinstance(data, dict) or not isinstance(data.get("canvas"), dict):
        raise ValueError("not a canvas snapshot")
    canvas = data["canvas"]
    names = data.get("actor_names") or {}
    return CanvasSnapshot.build(
        Canvas(
            uuid=str(canvas.get("uuid", "")),
            vision=_text(canvas, "vision"),
            mission=_text(canvas, "mission"),
            created_at=_text(canvas, "created_at"),
            modified_at=_text(canvas, "modified_at"),
        ),
        goals=[_goal_from(r) for r in data.get("goals") or ()],
        indicators=[_indicator_from(r) for r in data.get("indicators") or ()],
        measurements=[_measurement_from(r) for r in data.get("measurements") or ()],
        milestones=[_milestone_from(r) for r in data.get("milestones") or ()],
        actor_names={str(k): str(v) for k, v in names.items()},
    )
