"""Rows ↔ impact-canvas objects. The only module that knows the canvas tables and columns.

Positions are written here exactly as given; keeping them dense is the service's job.
Unknown enum values (a file from a newer ciworkshop) read as the documented defaults.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from ciworkshop.domain.canvas import (
    AMBITION_AIM,
    Ambition,
    Canvas,
    CanvasSnapshot,
    CanvasVersion,
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


def _rows(db: Database, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    return list(db.query(sql, params or []))


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


# ---------------------------------------------------------------- canvas
def get_canvas(db: Database) -> Canvas | None:
    """The vision/mission row, or None while nobody has written one yet."""
    rows = _rows(db, "SELECT uuid, vision, mission, created_at, modified_at FROM canvas")
    return Canvas(**rows[0]) if rows else None


def save_canvas(db: Database, canvas: Canvas) -> None:
    db.execute(
        "INSERT INTO canvas (uuid, vision, mission, created_at, modified_at)"
        " VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (uuid) DO UPDATE SET vision = excluded.vision,"
        " mission = excluded.mission, modified_at = excluded.modified_at",
        [canvas.uuid, canvas.vision, canvas.mission, canvas.created_at, canvas.modified_at],
    )


# ---------------------------------------------------------------- goals
def _goal(row: dict[str, Any], actor_uuids: tuple[str, ...]) -> Goal:
    return Goal(
        uuid=row["uuid"],
        level=coerce_enum(GoalLevel, row["level"], GoalLevel.PROJECT),
        position=row["position"],
        statement=row["statement"],
        target_group=row["target_group"],
        rationale=row["rationale"],
        ambition=coerce_enum(Ambition, row["ambition"], AMBITION_AIM),
        status=coerce_enum(GoalStatus, row["status"], GoalStatus.DRAFT),
        actor_uuids=actor_uuids,
        created_at=row["created_at"],
        modified_at=row["modified_at"],
    )


def _actor_links(db: Database, goal_uuid: str | None = None) -> dict[str, tuple[str, ...]]:
    sql = "SELECT goal_uuid, actor_uuid FROM goal_actor"
    params: list[Any] = []
    if goal_uuid is not None:
        sql += " WHERE goal_uuid = ?"
        params.append(goal_uuid)
    links: dict[str, list[str]] = {}
    for row in _rows(db, sql + " ORDER BY goal_uuid, position, rowid", params):
        links.setdefault(row["goal_uuid"], []).append(row["actor_uuid"])
    return {goal: tuple(actors) for goal, actors in links.items()}


def list_goals(db: Database, level: GoalLevel | None = None) -> list[Goal]:
    """Goals (of one level, or all) by level, then position."""
    links = _actor_links(db)
    sql, params = "SELECT * FROM goal", []
    if level is not None:
        sql, params = sql + " WHERE level = ?", [level.value]
    goals = [_goal(r, links.get(r["uuid"], ())) for r in _rows(db, sql, params)]
    levels = list(GoalLevel)
    return sorted(goals, key=lambda g: (levels.index(g.level), g.position, g.created_at, g.uuid))


def get_goal(db: Database, uuid: str) -> Goal | None:
    rows = _rows(db, "SELECT * FROM goal WHERE uuid = ?", [uuid])
    return _goal(rows[0], _actor_links(db, uuid).get(uuid, ())) if rows else None


def _goal_values(goal: Goal) -> list[Any]:
    return [
        goal.level.value,
        goal.position,
        goal.statement,
        goal.target_group,
        goal.rationale,
        int(goal.ambition),
        goal.status.value,
        goal.created_at,
        goal.modified_at,
        goal.uuid,
    ]


def insert_goal(db: Database, goal: Goal) -> None:
    db.execute(
        "INSERT INTO goal (level, position, statement, target_group, rationale, ambition,"
        " status, created_at, modified_at, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        _goal_values(goal),
    )
    set_goal_actors(db, goal.uuid, goal.actor_uuids)


def update_goal(db: Database, goal: Goal) -> None:
    db.execute(
        "UPDATE goal SET level = ?, position = ?, statement = ?, target_group = ?,"
        " rationale = ?, ambition = ?, status = ?, created_at = ?, modified_at = ?"
        " WHERE uuid = ?",
        _goal_values(goal),
    )
    set_goal_actors(db, goal.uuid, goal.actor_uuids)


def goal_uuids_on(db: Database, level: GoalLevel) -> list[str]:
    """The UUIDs of the goals on ``level``, in their order."""
    rows = _rows(
        db,
        "SELECT uuid FROM goal WHERE level = ? ORDER BY position, created_at, uuid",
        [level.value],
    )
    return [r["uuid"] for r in rows]


def set_goal_positions(db: Database, level: GoalLevel, uuids: list[str]) -> None:
    """Put the goals ``uuids`` on ``level`` at positions 0, 1, 2, ... in that order."""
    for position, uuid in enumerate(uuids):
        db.execute(
            "UPDATE goal SET level = ?, position = ? WHERE uuid = ?",
            [level.value, position, uuid],
        )


def touch_goal(db: Database, uuid: str, modified_at: str) -> None:
    db.execute("UPDATE goal SET modified_at = ? WHERE uuid = ?", [modified_at, uuid])


def delete_goal(db: Database, uuid: str) -> None:
    """Delete a goal; its links, indicators, measurements and milestones go with it."""
    db.execute("DELETE FROM goal WHERE uuid = ?", [uuid])


def existing_actor_uuids(db: Database, uuids: tuple[str, ...]) -> set[str]:
    if not uuids:
        return set()
    marks = ", ".join("?" for _ in uuids)
    rows = _rows(db, f"SELECT uuid FROM actor WHERE uuid IN ({marks})", list(uuids))
    return {r["uuid"] for r in rows}


def set_goal_actors(db: Database, goal_uuid: str, actor_uuids: tuple[str, ...]) -> None:
    """Replace the goal's responsible actors, keeping their order."""
    db.execute("DELETE FROM goal_actor WHERE goal_uuid = ?", [goal_uuid])
    for position, actor_uuid in enumerate(actor_uuids):
        db.execute(
            "INSERT INTO goal_actor (goal_uuid, actor_uuid, position) VALUES (?, ?, ?)",
            [goal_uuid, actor_uuid, position],
        )


def actor_goal_links(db: Database, actor_uuid: str) -> tuple[tuple[str, int], ...]:
    """The goals an actor is responsible for, as (goal UUID, position among its actors)."""
    rows = _rows(
        db,
        "SELECT goal_uuid, position FROM goal_actor WHERE actor_uuid = ? ORDER BY goal_uuid",
        [actor_uuid],
    )
    return tuple((r["goal_uuid"], r["position"]) for r in rows)


def relink_actor(db: Database, actor_uuid: str, links: tuple[tuple[str, int], ...]) -> None:
    """Undo an actor's deletion for its goals: links to goals that still exist return."""
    for goal_uuid, position in links:
        db.execute(
            "INSERT OR IGNORE INTO goal_actor (goal_uuid, actor_uuid, position)"
            " SELECT uuid, ?, ? FROM goal WHERE uuid = ?",
            [actor_uuid, position, goal_uuid],
        )


# ---------------------------------------------------------------- indicators
def _indicator(row: dict[str, Any]) -> Indicator:
    method = row["method"]
    return Indicator(
        uuid=row["uuid"],
        goal_uuid=row["goal_uuid"],
        position=row["position"],
        name=row["name"],
        unit=row["unit"],
        baseline_value=_float(row["baseline_value"]),
        baseline_date=row["baseline_date"],
        target_value=_float(row["target_value"]),
        target_date=row["target_date"],
        method=(
            None
            if method is None
            else coerce_enum(CollectionMethod, method, CollectionMethod.OTHER)
        ),
        method_note=row["method_note"],
        source=row["source"],
        frequency=row["frequency"],
        created_at=row["created_at"],
        modified_at=row["modified_at"],
    )


def list_indicators(db: Database, goal_uuid: str | None = None) -> list[Indicator]:
    """Indicators (of one goal, or all) by position."""
    sql, params = "SELECT * FROM indicator", []
    if goal_uuid is not None:
        sql, params = sql + " WHERE goal_uuid = ?", [goal_uuid]
    found = [_indicator(r) for r in _rows(db, sql, params)]
    return sorted(found, key=lambda i: (i.position, i.created_at, i.uuid))


def get_indicator(db: Database, uuid: str) -> Indicator | None:
    rows = _rows(db, "SELECT * FROM indicator WHERE uuid = ?", [uuid])
    return _indicator(rows[0]) if rows else None


def _indicator_values(indicator: Indicator) -> list[Any]:
    return [
        indicator.goal_uuid,
        indicator.position,
        indicator.name,
        indicator.unit,
        indicator.baseline_value,
        indicator.baseline_date,
        indicator.target_value,
        indicator.target_date,
        indicator.method.value if indicator.method else None,
        indicator.method_note,
        indicator.source,
        indicator.frequency,
        indicator.created_at,
        indicator.modified_at,
        indicator.uuid,
    ]


def insert_indicator(db: Database, indicator: Indicator) -> None:
    db.execute(
        "INSERT INTO indicator (goal_uuid, position, name, unit, baseline_value, baseline_date,"
        " target_value, target_date, method, method_note, source, frequency, created_at,"
        " modified_at, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        _indicator_values(indicator),
    )


def update_indicator(db: Database, indicator: Indicator) -> None:
    db.execute(
        "UPDATE indicator SET goal_uuid = ?, position = ?, name = ?, unit = ?,"
        " baseline_value = ?, baseline_date = ?, target_value = ?, target_date = ?,"
        " method = ?, method_note = ?, source = ?, frequency = ?, created_at = ?,"
        " modified_at = ? WHERE uuid = ?",
        _indicator_values(indicator),
    )


def indicator_uuids_of(db: Database, goal_uuid: str) -> list[str]:
    rows = _rows(
        db,
        "SELECT uuid FROM indicator WHERE goal_uuid = ? ORDER BY position, created_at, uuid",
        [goal_uuid],
    )
    return [r["uuid"] for r in rows]


def set_indicator_positions(db: Database, uuids: list[str]) -> None:
    for position, uuid in enumerate(uuids):
        db.execute("UPDATE indicator SET position = ? WHERE uuid = ?", [position, uuid])


def delete_indicator(db: Database, uuid: str) -> None:
    """Delete an indicator; its measurements go with it."""
    db.execute("DELETE FROM indicator WHERE uuid = ?", [uuid])


# ---------------------------------------------------------------- measurements
def _measurement(row: dict[str, Any]) -> Measurement:
    return Measurement(
        uuid=row["uuid"],
        indicator_uuid=row["indicator_uuid"],
        date=row["date"],
        value=float(row["value"]),
        note=row["note"],
        created_at=row["created_at"],
        modified_at=row["modified_at"],
    )


def list_measurements(db: Database, indicator_uuid: str | None = None) -> list[Measurement]:
    """Measurements (of one indicator, or all) by date."""
    sql, params = "SELECT * FROM measurement", []
    if indicator_uuid is not None:
        sql, params = sql + " WHERE indicator_uuid = ?", [indicator_uuid]
    found = [_measurement(r) for r in _rows(db, sql, params)]
    return sorted(found, key=lambda m: (m.date, m.created_at, m.uuid))


def measurements_of_goal(db: Database, goal_uuid: str) -> list[Measurement]:
    rows = _rows(
        db,
        "SELECT m.* FROM measurement m JOIN indicator i ON i.uuid = m.indicator_uuid"
        " WHERE i.goal_uuid = ?",
        [goal_uuid],
    )
    return sorted((_measurement(r) for r in rows), key=lambda m: (m.date, m.created_at, m.uuid))


def get_measurement(db: Database, uuid: str) -> Measurement | None:
    rows = _rows(db, "SELECT * FROM measurement WHERE uuid = ?", [uuid])
    return _measurement(rows[0]) if rows else None


def _measurement_values(measurement: Measurement) -> list[Any]:
    return [
        measurement.indicator_uuid,
        measurement.date,
        measurement.value,
        measurement.note,
        measurement.created_at,
        measurement.modified_at,
        measurement.uuid,
    ]


def insert_measurement(db: Database, measurement: Measurement) -> None:
    db.execute(
        "INSERT INTO measurement (indicator_uuid, date, value, note, created_at, modified_at,"
        " uuid) VALUES (?, ?, ?, ?, ?, ?, ?)",
        _measurement_values(measurement),
    )


def update_measurement(db: Database, measurement: Measurement) -> None:
    db.execute(
        "UPDATE measurement SET indicator_uuid = ?, date = ?, value = ?, note = ?,"
        " created_at = ?, modified_at = ? WHERE uuid = ?",
        _measurement_values(measurement),
    )


def delete_measurement(db: Database, uuid: str) -> None:
    db.execute("DELETE FROM measurement WHERE uuid = ?", [uuid])


# ---------------------------------------------------------------- milestones
def _milestone(row: dict[str, Any]) -> Milestone:
    return Milestone(
        uuid=row["uuid"],
        goal_uuid=row["goal_uuid"],
        text=row["text"],
        due_date=row["due_date"],
        status=coerce_enum(MilestoneStatus, row["status"], MilestoneStatus.OPEN),
        owner=row["owner"],
        created_at=row["created_at"],
        modified_at=row["modified_at"],
    )


def list_milestones(db: Database, goal_uuid: str | None = None) -> list[Milestone]:
    """Milestones (of one goal, or all) by due date, undated ones last."""
    sql, params = "SELECT * FROM milestone", []
    if goal_uuid is not None:
        sql, params = sql + " WHERE goal_uuid = ?", [goal_uuid]
    found = [_milestone(r) for r in _rows(db, sql, params)]
    return sorted(found, key=lambda m: (not m.due_date, m.due_date, m.created_at, m.uuid))


def get_milestone(db: Database, uuid: str) -> Milestone | None:
    rows = _rows(db, "SELECT * FROM milestone WHERE uuid = ?", [uuid])
    return _milestone(rows[0]) if rows else None


def _milestone_values(milestone: Milestone) -> list[Any]:
    return [
        milestone.goal_uuid,
        milestone.text,
        milestone.due_date,
        milestone.status.value,
        milestone.owner,
        milestone.created_at,
        milestone.modified_at,
        milestone.uuid,
    ]


def insert_milestone(db: Database, milestone: Milestone) -> None:
    db.execute(
        "INSERT INTO milestone (goal_uuid, text, due_date, status, owner, created_at,"
        " modified_at, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        _milestone_values(milestone),
    )


def update_milestone(db: Database, milestone: Milestone) -> None:
    db.execute(
        "UPDATE milestone SET goal_uuid = ?, text = ?, due_date = ?, status = ?, owner = ?,"
        " created_at = ?, modified_at = ? WHERE uuid = ?",
        _milestone_values(milestone),
    )


def delete_milestone(db: Database, uuid: str) -> None:
    db.execute("DELETE FROM milestone WHERE uuid = ?", [uuid])


# ---------------------------------------------------------------- versions
def _version(row: dict[str, Any]) -> CanvasVersion:
    return CanvasVersion(
        uuid=row["uuid"],
        label=row["label"],
        agreed_on=row["agreed_on"],
        created_at=row["created_at"],
        snapshot=row["snapshot"],
    )


def list_versions(db: Database) -> list[CanvasVersion]:
    """Frozen versions, oldest agreement first."""
    found = [_version(r) for r in _rows(db, "SELECT * FROM canvas_version")]
    return sorted(found, key=lambda v: (v.agreed_on, v.created_at, v.uuid))


def get_version(db: Database, uuid: str) -> CanvasVersion | None:
    rows = _rows(db, "SELECT * FROM canvas_version WHERE uuid = ?", [uuid])
    return _version(rows[0]) if rows else None


def insert_version(db: Database, version: CanvasVersion) -> None:
    db.execute(
        "INSERT INTO canvas_version (uuid, label, agreed_on, created_at, snapshot)"
        " VALUES (?, ?, ?, ?, ?)",
        [version.uuid, version.label, version.agreed_on, version.created_at, version.snapshot],
    )


def delete_version(db: Database, uuid: str) -> None:
    db.execute("DELETE FROM canvas_version WHERE uuid = ?", [uuid])


# ---------------------------------------------------------------- the whole canvas
def actor_names(db: Database) -> dict[str, str]:
    """Display names (short name, else name) of every actor, by UUID."""
    return {
        r["uuid"]: r["short_name"] or r["name"]
        for r in _rows(db, "SELECT uuid, name, short_name FROM actor")
    }


def load_snapshot(db: Database, canvas: Canvas) -> CanvasSnapshot:
    """Everything on the canvas in five queries (plus the actor links and names)."""
    goals = list_goals(db)
    names = actor_names(db)
    linked = {a for g in goals for a in g.actor_uuids}
    return CanvasSnapshot.build(
        canvas,
        goals=goals,
        indicators=list_indicators(db),
        measurements=list_measurements(db),
        milestones=list_milestones(db),
        actor_names={uuid: name for uuid, name in names.items() if uuid in linked},
    )
