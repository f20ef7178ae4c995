"""CanvasService on real files: what is saved comes back after reopening, positions stay
dense, deletions are undone with the same UUIDs, frozen versions keep their state."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from ciworkshop.domain import rules
from ciworkshop.domain.canvas import (
    Ambition,
    CanvasDraft,
    CollectionMethod,
    GoalDraft,
    GoalLevel,
    GoalStatus,
    IndicatorDraft,
    MeasurementDraft,
    MilestoneDraft,
    MilestoneStatus,
)
from ciworkshop.domain.model import ActorDraft
from ciworkshop.services.canvas import CanvasService
from ciworkshop.services.changes import Entity
from ciworkshop.services.network import NetworkService
from ciworkshop.store import repository, schema
from ciworkshop.store.document import Document
from ciworkshop.store.errors import DocumentError, DocumentErrorKind
from tests.unit.helpers import raw_rows, raw_value

FIXTURE_V1 = Path(__file__).resolve().parents[1] / "fixtures" / "network_v1.ciw"

TRICKY = "R&D <b>Team</b> 😀 „Zukunft“ </script> & 'x' \"y\" {name} %s ${HOME}"
TRICKY_LONG = (
    "Zeile 1: <script>alert('x')</script> & x<y & y>z\n"
    "Zeile 2: Ümlaute ÄÖÜß € ✓ ★ 👩‍👩‍👧 \\n kein Zeilenumbruch\n\ttabbed   \n"
)


@pytest.fixture
def canvas(document: Document) -> CanvasService:
    return CanvasService(document)


def reopen(document: Document) -> tuple[Document, CanvasService]:
    """Close the file and open it again: nothing may live only in memory."""
    document.close()
    again = Document.open(document.path)
    return again, CanvasService(again)


def system_goal(statement: str, **values: Any) -> GoalDraft:
    return GoalDraft(level=GoalLevel.SYSTEM, statement=statement, **values)


def actors_of(service: CanvasService, goal_uuid: str) -> tuple[str, ...]:
    goal = service.goal(goal_uuid)
    assert goal is not None
    return goal.actor_uuids


def positions(service: CanvasService, level: GoalLevel) -> list[tuple[str, int]]:
    return [(g.statement, g.position) for g in service.snapshot().goals_on(level)]


# ------------------------------------------------------------------ vision and mission
def test_a_new_file_has_an_empty_canvas_keyed_by_the_network(
    canvas: CanvasService, document: Document
) -> None:
    snapshot = canvas.snapshot()
    assert snapshot.canvas.uuid == document.network().uuid
    assert (snapshot.canvas.vision, snapshot.canvas.mission) == ("", "")
    assert snapshot.goals == ()
    assert canvas.versions() == []
    assert raw_value(document.path, "SELECT count(*) FROM canvas") == 0  # nothing written


def test_vision_and_mission_round_trip(canvas: CanvasService, document: Document) -> None:
    assert Entity.CANVAS in canvas.set_vision(text=TRICKY_LONG)
    assert Entity.CANVAS in canvas.set_mission(text=TRICKY)
    first = canvas.canvas()
    canvas.update_canvas(draft=CanvasDraft(vision="V 😀", mission=first.mission))
    doc, service = reopen(document)
    with doc:
        stored = service.canvas()
    assert (stored.vision, stored.mission) == ("V 😀", TRICKY)
    assert stored.uuid == first.uuid
    assert stored.created_at == first.created_at
    assert stored.modified_at > first.modified_at
    assert raw_value(doc.path, "SELECT count(*) FROM canvas") == 1
    assert raw_value(doc.path, "SELECT mission FROM canvas") == TRICKY  # plain, not escaped


def test_vision_at_its_limit_is_kept_whole_and_one_more_is_refused(
    canvas: CanvasService, document: Document
) -> None:
    limit = rules.FIELD_LIMITS["vision"]
    text = ("Vision 😀 <b>" * limit)[:limit]
    canvas.set_vision(text=text)
    with pytest.raises(rules.ValidationError) as info:
        canvas.set_vision(text=text + "!")
    assert info.value.problems[0].field == "vision"
    document.close()
    assert raw_value(document.path, "SELECT vision FROM canvas") == text
    assert raw_value(document.path, "SELECT length(vision) FROM canvas") == limit


# ------------------------------------------------------------------ goals
def test_goal_round_trip_with_every_field(canvas: CanvasService, document: Document) -> None:
    network = NetworkService(document)
    school, _ = network.add_actor(draft=ActorDraft(name="BBS Hellental", short_name="BBS"))
    city, _ = network.add_actor(draft=ActorDraft(name="Landkreis"))
    statement = ("Ziel <i>&amp;</i> 😀 " * 100)[: rules.FIELD_LIMITS["statement"] - 1] + "!"
    goal, changes = canvas.add_goal(
        draft=GoalDraft(
            level=GoalLevel.PROJECT,
            statement=statement,
            target_group="  Jugendliche 16–25 „ohne Abschluss“ 👩‍🎓 ",
            rationale=TRICKY_LONG,
            ambition=Ambition.BOLD,
            status=GoalStatus.AGREED,
            actor_uuids=(city.uuid, school.uuid, city.uuid, "no-such-actor"),
        )
    )
    assert changes.entities == {Entity.GOAL}
    assert changes.uuids == {goal.uuid}
    doc, service = reopen(document)
    with doc:
        stored = service.goal(goal.uuid)
        snapshot = service.snapshot()
    assert stored == goal
    assert stored.statement == statement  # at the limit, nothing cut
    assert len(stored.statement) == rules.FIELD_LIMITS["statement"]
    assert stored.target_group == "Jugendliche 16–25 „ohne Abschluss“ 👩‍🎓"
    assert stored.rationale == TRICKY_LONG  # long text kept exactly
    assert (stored.level, stored.position, stored.ambition, stored.status) == (
        GoalLevel.PROJECT,
        0,
        Ambition.BOLD,
        GoalStatus.AGREED,
    )
    # Order kept, duplicates and unknown actors dropped.
    assert stored.actor_uuids == (city.uuid, school.uuid)
    assert snapshot.actor_names_of(stored) == ("Landkreis", "BBS")
    assert raw_rows(doc.path, "SELECT level, ambition, status FROM goal") == [
        ("project", 4, "agreed")
    ]


def test_goals_are_appended_at_the_end_of_their_level(canvas: CanvasService) -> None:
    for name in ("S1", "S2"):
        canvas.add_goal(draft=system_goal(name))
    canvas.add_goal(draft=GoalDraft(GoalLevel.PROJECT, "P1", target_group="J"))
    canvas.add_goal(draft=system_goal("S3"))
    assert positions(canvas, GoalLevel.SYSTEM) == [("S1", 0), ("S2", 1), ("S3", 2)]
    assert positions(canvas, GoalLevel.PROJECT) == [("P1", 0)]
    assert [g.statement for g in canvas.snapshot().goals] == ["P1", "S1", "S2", "S3"]


def test_invalid_goal_is_refused_and_nothing_written(
    canvas: CanvasService, document: Document
) -> None:
    with pytest.raises(rules.ValidationError) as info:
        canvas.add_goal(draft=GoalDraft(GoalLevel.PROJECT, "Ziel ohne Zielgruppe"))
    assert [p.field for p in info.value.problems] == ["target_group"]
    with pytest.raises(rules.ValidationError):
        canvas.add_goal(draft=system_goal("x" * 501))
    document.close()
    assert raw_value(document.path, "SELECT count(*) FROM goal") == 0


def test_update_goal_keeps_identity_and_changing_level_moves_it_to_the_end(
    canvas: CanvasService,
) -> None:
    first, _ = canvas.add_goal(draft=system_goal("S1"))
    canvas.add_goal(draft=system_goal("S2"))
    canvas.add_goal(draft=GoalDraft(GoalLevel.KNOWLEDGE, "K1"))
    canvas.update_goal(
        uuid=first.uuid, draft=GoalDraft(GoalLevel.KNOWLEDGE, "S1 neu", ambition=Ambition.MODEST)
    )
    assert positions(canvas, GoalLevel.SYSTEM) == [("S2", 0)]
    assert positions(canvas, GoalLevel.KNOWLEDGE) == [("K1", 0), ("S1 neu", 1)]
    stored = canvas.goal(first.uuid)
    assert stored is not None
    assert (stored.created_at, stored.ambition) == (first.created_at, Ambition.MODEST)
    assert stored.modified_at > first.modified_at
    # Undo passes the old draft and the old position back.
    canvas.update_goal(uuid=first.uuid, draft=first.to_draft(), position=first.position)
    assert positions(canvas, GoalLevel.SYSTEM) == [("S1", 0), ("S2", 1)]
    assert positions(canvas, GoalLevel.KNOWLEDGE) == [("K1", 0)]


def test_move_goal_renumbers_both_levels_densely(canvas: CanvasService) -> None:
    goals = {}
    for name in ("S0", "S1", "S2", "S3"):
        goals[name], _ = canvas.add_goal(draft=system_goal(name))
    for name in ("K0", "K1"):
        goals[name], _ = canvas.add_goal(draft=GoalDraft(GoalLevel.KNOWLEDGE, name))

    changes = canvas.move_goal(uuid=goals["S1"].uuid, level=GoalLevel.KNOWLEDGE, position=1)
    assert changes.entities == {Entity.GOAL}
    assert positions(canvas, GoalLevel.SYSTEM) == [("S0", 0), ("S2", 1), ("S3", 2)]
    assert positions(canvas, GoalLevel.KNOWLEDGE) == [("K0", 0), ("S1", 1), ("K1", 2)]

    # Within a level, forwards and backwards; out-of-range positions are clamped.
    canvas.move_goal(uuid=goals["S0"].uuid, level=GoalLevel.SYSTEM, position=99)
    assert positions(canvas, GoalLevel.SYSTEM) == [("S2", 0), ("S3", 1), ("S0", 2)]
    canvas.move_goal(uuid=goals["S0"].uuid, level=GoalLevel.SYSTEM, position=-3)
    assert positions(canvas, GoalLevel.SYSTEM) == [("S0", 0), ("S2", 1), ("S3", 2)]

    # Undo of the first move: back to where it was.
    canvas.move_goal(uuid=goals["S1"].uuid, level=GoalLevel.SYSTEM, position=1)
    assert positions(canvas, GoalLevel.SYSTEM) == [("S0", 0), ("S1", 1), ("S2", 2), ("S3", 3)]
    assert positions(canvas, GoalLevel.KNOWLEDGE) == [("K0", 0), ("K1", 1)]

    # A system goal moved to the project level keeps no target group: the checks see it.
    canvas.move_goal(uuid=goals["S3"].uuid, level=GoalLevel.PROJECT, position=0)
    moved = canvas.goal(goals["S3"].uuid)
    assert moved is not None
    assert (moved.level, moved.position, moved.target_group) == (GoalLevel.PROJECT, 0, "")


def test_unknown_uuids_raise_key_error_and_change_nothing(canvas: CanvasService) -> None:
    with pytest.raises(KeyError):
        canvas.update_goal(uuid="nope", draft=system_goal("x"))
    with pytest.raises(KeyError):
        canvas.move_goal(uuid="nope", level=GoalLevel.SYSTEM, position=0)
    with pytest.raises(KeyError):
        canvas.delete_goal(uuid="nope")
    with pytest.raises(KeyError):
        canvas.add_indicator(goal_uuid="nope", draft=IndicatorDraft("I"))
    with pytest.raises(KeyError):
        canvas.add_milestone(goal_uuid="nope", draft=MilestoneDraft("M"))
    with pytest.raises(KeyError):
        canvas.add_measurement(indicator_uuid="nope", draft=MeasurementDraft("2026-01-01", 1))
    with pytest.raises(KeyError):
        canvas.version_snapshot("nope")
    assert canvas.snapshot().goals == ()


# ------------------------------------------------------------------ indicators, measurements
def test_indicator_and_measurements_round_trip(canvas: CanvasService, document: Document) -> None:
    goal, _ = canvas.add_goal(draft=system_goal("S"))
    indicator, changes = canvas.add_indicator(
        goal_uuid=goal.uuid,
        draft=IndicatorDraft(
            name=f" {TRICKY} ",
            unit="%",
            baseline_value=9.8,
            baseline_date="2024-07-31",
            target_value=6,
            target_date="2028-07-31",
            method=CollectionMethod.OFFICIAL_STATISTICS,
            method_note="Schulentlassstatistik <Land>",
            source="Landkreis – Bildungsmonitoring",
            frequency="jährlich",
        ),
    )
    assert changes.entities == {Entity.INDICATOR}
    unmeasured, _ = canvas.add_indicator(goal_uuid=goal.uuid, draft=IndicatorDraft("Leer"))
    canvas.add_measurement(
        indicator_uuid=indicator.uuid, draft=MeasurementDraft("2026-07-31", 8.4, "spät 😀")
    )
    early, _ = canvas.add_measurement(
        indicator_uuid=indicator.uuid, draft=MeasurementDraft(" 2025-07-31 ", 9, TRICKY_LONG)
    )
    doc, service = reopen(document)
    with doc:
        snapshot = service.snapshot()
    assert snapshot.indicators(goal.uuid) == (indicator, unmeasured)
    assert indicator.name == TRICKY
    assert indicator.target_value == 6.0
    assert isinstance(indicator.target_value, float)
    assert (unmeasured.method, unmeasured.baseline_value, unmeasured.position) == (None, None, 1)
    values = snapshot.measurements(indicator.uuid)
    assert [(m.date, m.value, m.note) for m in values] == [
        ("2025-07-31", 9.0, TRICKY_LONG),
        ("2026-07-31", 8.4, "spät 😀"),
    ]
    assert values[0] == early
    assert snapshot.indicator_progress(indicator) == pytest.approx((9.8 - 8.4) / (9.8 - 6.0))
    assert raw_rows(doc.path, "SELECT method FROM indicator ORDER BY position") == [
        ("official_statistics",),
        (None,),
    ]


def test_update_and_move_indicators(canvas: CanvasService) -> None:
    goal, _ = canvas.add_goal(draft=system_goal("S"))
    made = [
        canvas.add_indicator(goal_uuid=goal.uuid, draft=IndicatorDraft(name))[0]
        for name in ("A", "B", "C")
    ]
    canvas.update_indicator(
        uuid=made[1].uuid, draft=IndicatorDraft("B2", method=CollectionMethod.INTERVIEW)
    )
    canvas.move_indicator(uuid=made[2].uuid, position=0)
    found = canvas.snapshot().indicators(goal.uuid)
    assert [(i.name, i.position) for i in found] == [("C", 0), ("A", 1), ("B2", 2)]
    assert found[2].method is CollectionMethod.INTERVIEW
    assert found[2].created_at == made[1].created_at


def test_delete_and_restore_indicator_with_its_measurements(
    canvas: CanvasService, document: Document
) -> None:
    goal, _ = canvas.add_goal(draft=system_goal("S"))
    first, _ = canvas.add_indicator(goal_uuid=goal.uuid, draft=IndicatorDraft("A"))
    middle, _ = canvas.add_indicator(goal_uuid=goal.uuid, draft=IndicatorDraft("B"))
    canvas.add_indicator(goal_uuid=goal.uuid, draft=IndicatorDraft("C"))
    for day in ("2025-01-01", "2026-01-01"):
        canvas.add_measurement(indicator_uuid=middle.uuid, draft=MeasurementDraft(day, 1.5))
    before = canvas.snapshot()

    deleted, changes = canvas.delete_indicator(uuid=middle.uuid)
    assert changes.entities == {Entity.INDICATOR, Entity.MEASUREMENT}
    assert len(deleted.measurements) == 2
    after = canvas.snapshot()
    assert [(i.name, i.position) for i in after.indicators(goal.uuid)] == [("A", 0), ("C", 1)]
    assert raw_value(document.path, "SELECT count(*) FROM measurement") == 0
    assert set(repository.tombstones(document.db)) == set(deleted.uuids)

    canvas.restore_indicator(deleted=deleted)
    assert canvas.snapshot() == before
    assert repository.tombstones(document.db) == {}
    assert first.uuid in {i.uuid for i in before.indicators(goal.uuid)}


def test_update_delete_and_restore_a_measurement(canvas: CanvasService) -> None:
    goal, _ = canvas.add_goal(draft=system_goal("S"))
    indicator, _ = canvas.add_indicator(goal_uuid=goal.uuid, draft=IndicatorDraft("A"))
    measurement, _ = canvas.add_measurement(
        indicator_uuid=indicator.uuid, draft=MeasurementDraft("2026-01-01", 1)
    )
    canvas.update_measurement(uuid=measurement.uuid, draft=MeasurementDraft("2026-02-01", 2, "n"))
    updated = canvas.measurement(measurement.uuid)
    assert updated is not None
    assert (updated.date, updated.value, updated.note) == ("2026-02-01", 2.0, "n")
    removed, changes = canvas.delete_measurement(uuid=measurement.uuid)
    assert changes.entities == {Entity.MEASUREMENT}
    assert canvas.measurement(measurement.uuid) is None
    canvas.restore_measurement(measurement=removed)
    assert canvas.measurement(measurement.uuid) == removed == updated


def test_invalid_measurement_is_refused(canvas: CanvasService) -> None:
    goal, _ = canvas.add_goal(draft=system_goal("S"))
    indicator, _ = canvas.add_indicator(goal_uuid=goal.uuid, draft=IndicatorDraft("A"))
    for draft in (
        MeasurementDraft("31.12.2026", 1),
        MeasurementDraft("2026-01-01", float("nan")),
        MeasurementDraft("2026-01-01", 1, "n" * 5_001),
    ):
        with pytest.raises(rules.ValidationError):
            canvas.add_measurement(indicator_uuid=indicator.uuid, draft=draft)
    assert canvas.snapshot().measurements(indicator.uuid) == ()


# ------------------------------------------------------------------ milestones
def test_milestones_round_trip_update_delete_restore(
    canvas: CanvasService, document: Document
) -> None:
    goal, _ = canvas.add_goal(draft=system_goal("S"))
    later, _ = canvas.add_milestone(
        goal_uuid=goal.uuid,
        draft=MilestoneDraft("Dashboard <online> 😀", "2027-01-31", owner=" Koordinierung "),
    )
    undated, _ = canvas.add_milestone(goal_uuid=goal.uuid, draft=MilestoneDraft("Irgendwann"))
    sooner, changes = canvas.add_milestone(
        goal_uuid=goal.uuid, draft=MilestoneDraft("Prototyp", "2026-03-12")
    )
    assert changes.entities == {Entity.MILESTONE}
    canvas.update_milestone(
        uuid=sooner.uuid,
        draft=MilestoneDraft("Prototyp", "2026-03-12", MilestoneStatus.REACHED, "Team"),
    )
    doc, service = reopen(document)
    with doc:
        found = service.snapshot().milestones(goal.uuid)
        assert [m.uuid for m in found] == [sooner.uuid, later.uuid, undated.uuid]
        assert found[0].status is MilestoneStatus.REACHED
        assert found[1] == later
        assert later.owner == "Koordinierung"
        removed, _ = service.delete_milestone(uuid=later.uuid)
        assert service.milestone(later.uuid) is None
        service.restore_milestone(milestone=removed)
        assert service.milestone(later.uuid) == later


# ------------------------------------------------------------------ delete and restore a goal
def test_delete_goal_takes_its_children_and_restore_brings_all_back(
    canvas: CanvasService, document: Document
) -> None:
    network = NetworkService(document)
    actors = [network.add_actor(draft=ActorDraft(name=n))[0] for n in ("IHK", "JMD", "BBS")]
    goals = [
        canvas.add_goal(draft=system_goal(name, actor_uuids=(actors[2].uuid, actors[0].uuid)))[0]
        for name in ("S0", "S1", "S2")
    ]
    target = goals[1]
    for name in ("A", "B"):
        indicator, _ = canvas.add_indicator(goal_uuid=target.uuid, draft=IndicatorDraft(name))
        for day in ("2025-06-30", "2026-06-30"):
            canvas.add_measurement(indicator_uuid=indicator.uuid, draft=MeasurementDraft(day, 3))
    canvas.add_milestone(goal_uuid=target.uuid, draft=MilestoneDraft("M1", "2026-01-01"))
    canvas.add_milestone(goal_uuid=goals[0].uuid, draft=MilestoneDraft("other goal"))
    before = canvas.snapshot()

    deleted, changes = canvas.delete_goal(uuid=target.uuid)
    assert changes.entities == {
        Entity.GOAL,
        Entity.INDICATOR,
        Entity.MEASUREMENT,
        Entity.MILESTONE,
    }
    assert (len(deleted.indicators), len(deleted.measurements), len(deleted.milestones)) == (
        2,
        4,
        1,
    )
    assert changes.uuids == set(deleted.uuids)
    assert positions(canvas, GoalLevel.SYSTEM) == [("S0", 0), ("S2", 1)]
    path = document.path
    for table, left in (("indicator", 0), ("measurement", 0), ("milestone", 1), ("goal_actor", 4)):
        assert raw_value(path, f"SELECT count(*) FROM {table}") == left, table
    assert sorted(repository.tombstones(document.db).values()) == sorted(
        ["goal"] + ["indicator"] * 2 + ["measurement"] * 4 + ["milestone"]
    )

    canvas.restore_goal(deleted=deleted)
    assert canvas.snapshot() == before  # same UUIDs, same place, same actor order
    assert repository.tombstones(document.db) == {}
    doc, service = reopen(document)
    with doc:
        assert service.snapshot() == before
        assert doc.db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_restore_goal_leaves_out_actors_deleted_meanwhile(
    canvas: CanvasService, document: Document
) -> None:
    network = NetworkService(document)
    kept, _ = network.add_actor(draft=ActorDraft(name="Bleibt"))
    gone, _ = network.add_actor(draft=ActorDraft(name="Geht"))
    goal, _ = canvas.add_goal(draft=system_goal("S", actor_uuids=(gone.uuid, kept.uuid)))
    deleted, _ = canvas.delete_goal(uuid=goal.uuid)
    network.delete_actor(uuid=gone.uuid)
    canvas.restore_goal(deleted=deleted)
    restored = canvas.goal(goal.uuid)
    assert restored is not None
    assert restored.actor_uuids == (kept.uuid,)


def test_redo_of_an_undone_creation_keeps_the_uuid(canvas: CanvasService) -> None:
    goal, _ = canvas.add_goal(draft=system_goal("S"))
    canvas.delete_goal(uuid=goal.uuid)
    again, _ = canvas.add_goal(draft=goal.to_draft(), uuid=goal.uuid)
    assert again.uuid == goal.uuid
    assert repository.tombstones(canvas.document.db) == {}


def test_deleting_an_actor_unlinks_it_and_undo_relinks_it_in_place(
    canvas: CanvasService, document: Document
) -> None:
    network = NetworkService(document)
    a, b, c = (network.add_actor(draft=ActorDraft(name=n))[0] for n in ("A", "B", "C"))
    goal, _ = canvas.add_goal(draft=system_goal("S", actor_uuids=(a.uuid, b.uuid, c.uuid)))
    other, _ = canvas.add_goal(draft=system_goal("T", actor_uuids=(b.uuid,)))

    deleted, changes = network.delete_actor(uuid=b.uuid)
    assert Entity.GOAL in changes
    assert len(deleted.goal_links) == 2
    assert actors_of(canvas, goal.uuid) == (a.uuid, c.uuid)
    assert actors_of(canvas, other.uuid) == ()

    assert Entity.GOAL in network.restore_actor(deleted=deleted)
    assert actors_of(canvas, goal.uuid) == (a.uuid, b.uuid, c.uuid)
    assert actors_of(canvas, other.uuid) == (b.uuid,)


# ------------------------------------------------------------------ versions
def test_freeze_version_keeps_the_agreed_state(canvas: CanvasService, document: Document) -> None:
    network = NetworkService(document)
    actor, _ = network.add_actor(draft=ActorDraft(name="Arbeitsagentur", short_name="AA"))
    canvas.set_vision(text="Vision 😀")
    goal, _ = canvas.add_goal(draft=system_goal(TRICKY, actor_uuids=(actor.uuid,)))
    indicator, _ = canvas.add_indicator(
        goal_uuid=goal.uuid, draft=IndicatorDraft("Quote", baseline_value=1, target_value=2)
    )
    canvas.add_measurement(
        indicator_uuid=indicator.uuid, draft=MeasurementDraft("2026-01-01", 1.25)
    )
    canvas.add_milestone(goal_uuid=goal.uuid, draft=MilestoneDraft("M", "2026-06-30"))
    agreed = canvas.snapshot()

    version, changes = canvas.freeze_version(
        label=" Beschlossen beim Fachtag am 12. März 2026 ", agreed_on="2026-03-12"
    )
    assert changes.entities == {Entity.VERSION}
    assert version.label == "Beschlossen beim Fachtag am 12. März 2026"

    # Later rounds change the canvas; the version does not follow.
    canvas.set_vision(text="Neue Vision")
    canvas.update_goal(uuid=goal.uuid, draft=system_goal("Geschärft"))
    canvas.add_measurement(indicator_uuid=indicator.uuid, draft=MeasurementDraft("2026-09-01", 2))
    network.delete_actor(uuid=actor.uuid)
    canvas.add_goal(draft=system_goal("Neues Ziel"))

    doc, service = reopen(document)
    with doc:
        assert service.versions() == [version]
        frozen = service.version_snapshot(version.uuid)
        current = service.snapshot()
    assert frozen == agreed
    assert frozen.canvas.vision == "Vision 😀"
    assert frozen.goals[0].statement == TRICKY
    assert frozen.actor_names_of(frozen.goals[0]) == ("AA",)  # named although deleted since
    assert len(frozen.measurements(indicator.uuid)) == 1
    assert current.canvas.vision == "Neue Vision"
    assert len(current.goals) == 2


def test_versions_are_listed_by_agreement_date_and_can_be_deleted_and_restored(
    canvas: CanvasService,
) -> None:
    late, _ = canvas.freeze_version(label="Steuerungskreis", agreed_on="2026-09-01")
    early, _ = canvas.freeze_version(label="Fachtag", agreed_on="2026-03-12")
    assert [v.label for v in canvas.versions()] == ["Fachtag", "Steuerungskreis"]
    removed, changes = canvas.delete_version(uuid=late.uuid)
    assert changes.entities == {Entity.VERSION}
    assert canvas.versions() == [early]
    canvas.restore_version(version=removed)
    assert canvas.versions() == [early, late]


@pytest.mark.parametrize(
    ("label", "agreed_on", "field"),
    [
        ("", "2026-03-12", "version_label"),
        ("Fachtag", "", "agreed_on"),
        ("F", "12.3.", "agreed_on"),
    ],
)
def test_invalid_version_is_refused(
    canvas: CanvasService, label: str, agreed_on: str, field: str
) -> None:
    with pytest.raises(rules.ValidationError) as info:
        canvas.freeze_version(label=label, agreed_on=agreed_on)
    assert [p.field for p in info.value.problems] == [field]
    assert canvas.versions() == []


# ------------------------------------------------------------------ schema
def test_canvas_tables_cascade_and_refuse_orphans(
    canvas: CanvasService, document: Document
) -> None:
    goal, _ = canvas.add_goal(draft=system_goal("S"))
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"), document.transaction() as db:
        db.execute(
            "INSERT INTO indicator (uuid, goal_uuid, name, created_at, modified_at)"
            " VALUES ('i', 'no-goal', 'x', '', '')"
        )
    indicator, _ = canvas.add_indicator(goal_uuid=goal.uuid, draft=IndicatorDraft("I"))
    canvas.add_measurement(indicator_uuid=indicator.uuid, draft=MeasurementDraft("2026-01-01", 1))
    with document.transaction() as db:  # even a raw delete takes the children along
        db.execute("DELETE FROM goal")
    assert raw_value(document.path, "SELECT count(*) FROM measurement") == 0


def test_only_one_canvas_row_fits(canvas: CanvasService, document: Document) -> None:
    canvas.set_vision(text="V")
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"), document.transaction() as db:
        db.execute(
            "INSERT INTO canvas (uuid, vision, mission, created_at, modified_at)"
            " VALUES ('second', '', '', '', '')"
        )


def test_a_v1_file_is_migrated_to_an_empty_canvas(tmp_path: Path) -> None:
    path = tmp_path / "old.ciw"
    shutil.copyfile(FIXTURE_V1, path)
    with Document.open(path) as document:
        assert document.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        service = CanvasService(document)
        assert service.snapshot().goals == ()
        actor = NetworkService(document).actors()[0]
        goal, _ = service.add_goal(
            draft=system_goal("Nach der Migration", actor_uuids=(actor.uuid,))
        )
        assert service.snapshot().actor_names_of(goal) == (actor.display_name,)
    tables = {r[0] for r in raw_rows(path, "SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"canvas", "goal", "goal_actor", "indicator", "measurement", "milestone"} <= tables
    assert "canvas_version" in tables


def test_read_only_document_refuses_canvas_edits(canvas: CanvasService, document: Document) -> None:
    canvas.add_goal(draft=system_goal("S"))
    document.close()
    with Document.open(document.path, read_only=True) as viewer:
        service = CanvasService(viewer)
        assert len(service.snapshot().goals) == 1
        with pytest.raises(DocumentError) as info:
            service.set_vision(text="x")
        assert info.value.kind is DocumentErrorKind.OPENED_READ_ONLY
