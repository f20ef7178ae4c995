"""EventService on real files: what is captured comes back after reopening, positions stay
dense, deletions are undone with the same UUIDs and leave tombstones, the live run records
actual times, open action items carry over, and a v3 file is upgraded."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from ciworkshop.domain import rules
from ciworkshop.domain.canvas import GoalDraft, GoalLevel
from ciworkshop.domain.events import (
    ActionItemDraft,
    ActionStatus,
    AgendaItemDraft,
    Agreement,
    AttendanceDraft,
    CardColour,
    CardDraft,
    DecisionDraft,
    EventDraft,
    PhotoDraft,
    SessionDraft,
    SessionFormat,
    template_drafts,
)
from ciworkshop.domain.model import PersonDraft
from ciworkshop.services.canvas import CanvasService
from ciworkshop.services.changes import Entity
from ciworkshop.services.events import EventService
from ciworkshop.services.network import NetworkService
from ciworkshop.store import repository, schema
from ciworkshop.store.document import Document
from ciworkshop.store.errors import DocumentError, DocumentErrorKind
from tests.unit.helpers import raw_rows, raw_value

TRICKY = "R&D <b>Team</b> 😀 „Zukunft“ </script> & 'x' \"y\" {name} %s ${HOME}"
TRICKY_LONG = (
    "Zeile 1: <script>alert('x')</script> & x<y & y>z\n"
    "Zeile 2: Ümlaute ÄÖÜß € ✓ ★ 👩‍👩‍👧 \\n kein Zeilenumbruch"
)
NINE = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40


@pytest.fixture
def events(document: Document) -> EventService:
    return EventService(document)


def reopen(document: Document) -> tuple[Document, EventService]:
    """Close the file and open it again: nothing may live only in memory."""
    document.close()
    again = Document.open(document.path)
    return again, EventService(again)


def new_session(
    events: EventService, title: str = "Tisch 1", day: str = "2026-03-12", **values: object
) -> str:
    draft = SessionDraft(
        format=SessionFormat.ROUND_TABLE,
        title=title,
        date=day,
        start_time="09:00",
        **values,  # type: ignore[arg-type]
    )
    session, _ = events.add_session(draft=draft)
    return session.uuid


def new_item(events: EventService, session_uuid: str, title: str = "TOP", minutes: int = 10) -> str:
    item, _ = events.add_agenda_item(
        session_uuid=session_uuid, draft=AgendaItemDraft(title, minutes)
    )
    return item.uuid


def texts(events: EventService, agenda_item_uuid: str, cluster: str | None = None) -> list[str]:
    return [c.text for c in events.board(agenda_item_uuid).cards_in(cluster)]


def positions(events: EventService, agenda_item_uuid: str, cluster: str | None = None) -> list[int]:
    return [c.position for c in events.board(agenda_item_uuid).cards_in(cluster)]


# ------------------------------------------------------------------ events and sessions
def test_event_and_session_round_trip_with_tricky_text(
    events: EventService, document: Document
) -> None:
    event, changes = events.add_event(
        draft=EventDraft(title=f"Fachtag {TRICKY}", date="2026-03-12", place="Aula")
    )
    assert Entity.EVENT in changes
    assert event.uuid in changes.uuids
    session, changes = events.add_session(
        draft=SessionDraft(
            format=SessionFormat.ROUND_TABLE,
            title="Tisch 3 😀",
            event_uuid=event.uuid,
            date="2026-03-12",
            start_time="10:30",
            place="Raum <b>2</b>",
            facilitator="Anna",
            note_taker="Gast & Co",
            guiding_question=TRICKY_LONG,
        )
    )
    assert Entity.SESSION in changes
    doc, service = reopen(document)
    with doc:
        assert service.events() == [event]
        assert service.sessions(event.uuid) == [session]
        assert service.session(session.uuid) == session
        assert service.standalone_sessions() == []
    assert session.guiding_question == TRICKY_LONG
    assert raw_value(doc.path, "SELECT guiding_question FROM session") == TRICKY_LONG


def test_a_session_starts_from_its_format_template(events: EventService) -> None:
    drafts = template_drafts(SessionFormat.STEERING_COMMITTEE)
    uuids = [f"00000000-0000-4000-8000-00000000000{i}" for i in range(len(drafts))]
    session, changes = events.add_session(
        draft=SessionDraft(
            format=SessionFormat.STEERING_COMMITTEE, title="Steuerungskreis", start_time="14:00"
        ),
        agenda=drafts,
        agenda_uuids=uuids,
    )
    agenda = events.agenda(session.uuid)
    assert [i.uuid for i in agenda] == uuids
    assert [(i.title, i.planned_minutes) for i in agenda] == [
        (d.title, d.planned_minutes) for d in drafts
    ]
    assert [i.position for i in agenda] == list(range(len(drafts)))
    assert Entity.AGENDA_ITEM in changes
    assert set(uuids) <= changes.uuids
    starts = events.planned_starts(session.uuid)
    assert [starts[u] for u in uuids] == ["14:00", "14:10", "14:25", "14:55", "15:35", "15:50"]


def test_an_invalid_session_changes_nothing(events: EventService, document: Document) -> None:
    with pytest.raises(rules.ValidationError) as info:
        events.add_session(
            draft=SessionDraft(format=SessionFormat.PLENARY, title="P", start_time="25:00")
        )
    assert [p.field for p in info.value.problems] == ["start_time"]
    with pytest.raises(KeyError):
        events.add_session(
            draft=SessionDraft(format=SessionFormat.PLENARY, title="P", event_uuid="nope")
        )
    assert raw_value(document.path, "SELECT count(*) FROM session") == 0


def test_deleting_an_event_keeps_its_sessions_and_undo_reattaches_them(
    events: EventService, document: Document
) -> None:
    event, _ = events.add_event(draft=EventDraft(title="Fachtag"))
    first = new_session(events, event_uuid=event.uuid)
    second = new_session(events, "Tisch 2", event_uuid=event.uuid)
    deleted, changes = events.delete_event(uuid=event.uuid)
    assert {Entity.EVENT, Entity.SESSION} <= changes.entities
    assert events.events() == []
    assert {s.uuid for s in events.standalone_sessions()} == {first, second}
    assert repository.tombstones(document.db) == {event.uuid: "event"}
    events.restore_event(deleted=deleted)
    assert events.event(event.uuid) == event
    assert {s.uuid for s in events.sessions(event.uuid)} == {first, second}
    assert repository.tombstones(document.db) == {}


# ------------------------------------------------------------------ attendance
def test_attendance_of_people_and_guests(events: EventService, document: Document) -> None:
    person, _ = NetworkService(document).add_person(draft=PersonDraft(name="Anna Beispiel"))
    session = new_session(events)
    present, _ = events.add_attendance(
        session_uuid=session, draft=AttendanceDraft(person_uuid=person.uuid)
    )
    guest, _ = events.add_attendance(
        session_uuid=session,
        draft=AttendanceDraft(guest_name=" Gast 😀 ", guest_organisation="R&D <gGmbH>"),
    )
    assert (guest.guest_name, guest.guest_organisation, guest.is_guest) == (
        "Gast 😀",
        "R&D <gGmbH>",
        True,
    )
    with pytest.raises(rules.ValidationError) as info:
        events.add_attendance(session_uuid=session, draft=AttendanceDraft(person_uuid=person.uuid))
    assert info.value.problems[0].message.source == "This person is already on the list."
    assert events.attendance(session) == [present, guest]

    removed, _ = events.delete_attendance(uuid=present.uuid)
    assert events.attendance(session) == [guest]
    assert repository.tombstones(document.db) == {present.uuid: "attendance"}
    events.restore_attendance(attendance=removed)
    doc, service = reopen(document)
    with doc:
        assert service.attendance(session) == [present, guest]


def test_a_deleted_person_leaves_a_soft_link_that_returns_with_undo(
    events: EventService, document: Document
) -> None:
    network = NetworkService(document)
    person, _ = network.add_person(draft=PersonDraft(name="Bernd"))
    session = new_session(events)
    events.add_attendance(session_uuid=session, draft=AttendanceDraft(person_uuid=person.uuid))
    action, _ = events.add_action(
        session_uuid=session, draft=ActionItemDraft("Einladen", owner_person_uuid=person.uuid)
    )
    removed, _ = network.delete_person(uuid=person.uuid)
    assert network.person(person.uuid) is None
    assert events.attendance(session)[0].person_uuid == person.uuid  # unknown: shown as gone
    network.restore_person(person=removed)
    assert events.action(action.uuid) == action
    assert repository.integrity_problems(document.db) == []


# ------------------------------------------------------------------ agenda
def test_agenda_positions_stay_dense(events: EventService) -> None:
    session = new_session(events)
    a, b, c = (new_item(events, session, t) for t in "ABC")
    first, _ = events.add_agenda_item(
        session_uuid=session, draft=AgendaItemDraft("Start", 5), position=0
    )
    assert first.position == 0
    events.move_agenda_item(uuid=a, position=99)
    agenda = events.agenda(session)
    assert [i.title for i in agenda] == ["Start", "B", "C", "A"]
    assert [i.position for i in agenda] == [0, 1, 2, 3]
    events.update_agenda_item(uuid=b, draft=AgendaItemDraft("B 😀", 25))
    assert events.agenda(session)[1].planned_minutes == 25
    deleted, _ = events.delete_agenda_item(uuid=c)
    assert [i.position for i in events.agenda(session)] == [0, 1, 2]
    events.restore_agenda_item(deleted=deleted)
    assert [i.title for i in events.agenda(session)] == ["Start", "B 😀", "C", "A"]


def test_deleting_an_agenda_item_takes_its_board_and_undo_brings_all_back(
    events: EventService, document: Document
) -> None:
    session = new_session(events)
    item = new_item(events, session)
    cluster, _ = events.add_cluster(agenda_item_uuid=item, name="Übergänge")
    card, _ = events.add_card(
        agenda_item_uuid=item, draft=CardDraft("K"), cluster_uuid=cluster.uuid
    )
    decision, _ = events.add_decision(
        session_uuid=session, draft=DecisionDraft("Beschluss", agenda_item_uuid=item)
    )
    before = events.board(item)
    deleted, changes = events.delete_agenda_item(uuid=item)
    assert {Entity.AGENDA_ITEM, Entity.CARD, Entity.CLUSTER, Entity.DECISION} <= changes.entities
    unlinked = events.decision(decision.uuid)
    assert unlinked is not None
    assert unlinked.agenda_item_uuid is None
    assert set(repository.tombstones(document.db)) == {item, cluster.uuid, card.uuid}
    events.restore_agenda_item(deleted=deleted)
    assert events.board(item) == before
    assert events.decision(decision.uuid) == decision
    assert repository.tombstones(document.db) == {}


# ------------------------------------------------------------------ live run
def test_the_live_run_records_actual_times(events: EventService, document: Document) -> None:
    session = new_session(events)
    a, b = new_item(events, session, "A", 10), new_item(events, session, "B", 20)
    assert events.live(session, now=NINE).next_item is not None

    before, changes = events.advance(session_uuid=session, now=NINE)
    assert [i.uuid for i in before] == [a]
    assert Entity.AGENDA_ITEM in changes
    state = events.live(session, now=NINE + timedelta(minutes=9))
    assert state.running is not None
    assert state.running.uuid == a
    assert (state.remaining_seconds, state.warning) == (60, True)

    events.advance(session_uuid=session, now=NINE + timedelta(minutes=12))
    events.finish_item(uuid=b, now=NINE + timedelta(minutes=30))
    doc, service = reopen(document)
    with doc:
        first, second = service.agenda(session)
        assert (first.started_at, first.ended_at) == (
            "2026-03-12T09:00:00.000000Z",
            "2026-03-12T09:12:00.000000Z",
        )
        assert second.actual_seconds() == 18 * 60
        assert service.live(session, now=NINE + timedelta(hours=1)).finished
        # the end of the agenda: advancing again changes nothing
        assert service.advance(session_uuid=session, now=NINE + timedelta(hours=2))[0] == ()


def test_live_run_steps_are_undone_by_restoring_the_times(events: EventService) -> None:
    session = new_session(events)
    a, b = new_item(events, session, "A"), new_item(events, session, "B")
    events.start_item(uuid=a, now=NINE)
    snapshot = events.agenda(session)
    before, _ = events.start_item(uuid=b, now=NINE + timedelta(minutes=3))  # ends A
    assert [i.is_running for i in events.agenda(session)] == [False, True]
    events.restore_item_times(items=before)
    assert [(i.started_at, i.ended_at) for i in events.agenda(session)] == [
        (i.started_at, i.ended_at) for i in snapshot
    ]
    with pytest.raises(ValueError, match="has not started"):
        events.finish_item(uuid=b, now=NINE)
    # finishing twice keeps the first end
    events.finish_item(uuid=a, now=NINE + timedelta(minutes=5))
    assert events.finish_item(uuid=a, now=NINE + timedelta(minutes=8))[0] == ()
    finished = events.agenda_item(a)
    assert finished is not None
    assert finished.ended_at == "2026-03-12T09:05:00.000000Z"
    # a finished item can be resumed: its first start is kept
    events.start_item(uuid=a, now=NINE + timedelta(minutes=9))
    resumed = events.agenda_item(a)
    assert resumed is not None
    assert resumed.is_running
    assert resumed.started_at == "2026-03-12T09:00:00.000000Z"


# ------------------------------------------------------------------ cards and clusters
def test_one_hundred_cards_typed_in_a_row_come_back_in_order(
    events: EventService, document: Document
) -> None:
    item = new_item(events, new_session(events))
    typed = [f"Karte {n} 😀 <b>{n}</b>" for n in range(100)]
    for text in typed:
        events.add_card(agenda_item_uuid=item, draft=CardDraft(text, author="Tisch 2"))
    doc, service = reopen(document)
    with doc:
        assert texts(service, item) == typed
        assert positions(service, item) == list(range(100))


def test_cards_move_between_clusters_with_dense_positions(events: EventService) -> None:
    item = new_item(events, new_session(events))
    for text in "abcde":
        events.add_card(agenda_item_uuid=item, draft=CardDraft(text))
    cluster, _ = events.add_cluster(agenda_item_uuid=item, name="Themeninsel")
    board = events.board(item)
    by_text = {c.text: c.uuid for c in board.cards()}
    events.move_card(uuid=by_text["b"], cluster_uuid=cluster.uuid, position=0)
    events.move_card(uuid=by_text["d"], cluster_uuid=cluster.uuid, position=0)
    assert texts(events, item) == ["a", "c", "e"]
    assert texts(events, item, cluster.uuid) == ["d", "b"]
    assert positions(events, item) == [0, 1, 2]
    assert positions(events, item, cluster.uuid) == [0, 1]
    events.move_card(uuid=by_text["d"], cluster_uuid=None, position=1)  # undo: back
    assert texts(events, item) == ["a", "d", "c", "e"]
    assert positions(events, item, cluster.uuid) == [0]
    # a card added straight into a cluster, at the front
    card, _ = events.add_card(
        agenda_item_uuid=item, draft=CardDraft("f"), cluster_uuid=cluster.uuid, position=0
    )
    assert (card.position, texts(events, item, cluster.uuid)) == (0, ["f", "b"])


def test_a_card_cannot_join_a_cluster_of_another_board(events: EventService) -> None:
    session = new_session(events)
    first, second = new_item(events, session), new_item(events, session)
    foreign, _ = events.add_cluster(agenda_item_uuid=second, name="Fremd")
    card, _ = events.add_card(agenda_item_uuid=first, draft=CardDraft("K"))
    with pytest.raises(KeyError):
        events.move_card(uuid=card.uuid, cluster_uuid=foreign.uuid, position=0)
    with pytest.raises(KeyError):
        events.add_card(agenda_item_uuid=first, draft=CardDraft("L"), cluster_uuid=foreign.uuid)
    assert events.card(card.uuid) == card


def test_card_fields_round_trip_and_a_huge_card_is_refused(
    events: EventService, document: Document
) -> None:
    item = new_item(events, new_session(events))
    card, _ = events.add_card(
        agenda_item_uuid=item,
        draft=CardDraft(TRICKY_LONG, author="Tisch <3>", colour=CardColour.PINK),
    )
    with pytest.raises(rules.ValidationError) as info:
        events.add_card(agenda_item_uuid=item, draft=CardDraft("x" * 100_000))
    assert info.value.problems[0].field == "card_text"
    with pytest.raises(rules.ValidationError):
        events.update_card(uuid=card.uuid, draft=CardDraft("y" * 100_000))
    doc, service = reopen(document)
    with doc:
        assert service.board(item).cards() == (card,)
    assert card.text == TRICKY_LONG.strip()
    assert raw_value(doc.path, "SELECT count(*) FROM card") == 1


def test_dot_votes_rank_the_cards(events: EventService, document: Document) -> None:
    item = new_item(events, new_session(events))
    uuids = [events.add_card(agenda_item_uuid=item, draft=CardDraft(t))[0].uuid for t in "abcd"]
    for uuid, dots in zip(uuids, [2, 5, 2, 0], strict=True):
        assert Entity.CARD in events.set_dots(uuid=uuid, dots=dots)
    with pytest.raises(rules.ValidationError):
        events.set_dots(uuid=uuids[0], dots=-1)
    doc, service = reopen(document)
    with doc:
        ranking = service.board(item).ranking()
    assert [(r.rank, r.card.text, r.card.dots) for r in ranking] == [
        (1, "b", 5),
        (2, "a", 2),
        (2, "c", 2),
        (4, "d", 0),
    ]
    with sqlite3.connect(doc.path) as conn, pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE card SET dots = -3")  # the file itself refuses it too


def test_deleting_a_card_is_undone_at_its_place(events: EventService, document: Document) -> None:
    item = new_item(events, new_session(events))
    uuids = [events.add_card(agenda_item_uuid=item, draft=CardDraft(t))[0].uuid for t in "abc"]
    events.set_dots(uuid=uuids[1], dots=3)
    card, _ = events.delete_card(uuid=uuids[1])
    assert (texts(events, item), positions(events, item)) == (["a", "c"], [0, 1])
    assert repository.tombstones(document.db) == {uuids[1]: "card"}
    events.restore_card(card=card)
    assert texts(events, item) == ["a", "b", "c"]
    assert events.card(uuids[1]) == card
    assert repository.tombstones(document.db) == {}


def test_deleting_a_cluster_unclusters_its_cards_and_undo_regroups_them(
    events: EventService, document: Document
) -> None:
    item = new_item(events, new_session(events))
    loose, _ = events.add_card(agenda_item_uuid=item, draft=CardDraft("lose"))
    first, _ = events.add_cluster(agenda_item_uuid=item, name="Eins")
    second, _ = events.add_cluster(agenda_item_uuid=item, name="Zwei")
    for text in ("x", "y"):
        events.add_card(agenda_item_uuid=item, draft=CardDraft(text), cluster_uuid=first.uuid)
    before = events.board(item)

    deleted, changes = events.delete_cluster(uuid=first.uuid)
    assert {Entity.CLUSTER, Entity.CARD} <= changes.entities
    board = events.board(item)
    assert [c.name for c in board.clusters] == ["Zwei"]
    assert [c.position for c in board.clusters] == [0]
    assert texts(events, item) == ["lose", "x", "y"]
    assert positions(events, item) == [0, 1, 2]
    assert repository.tombstones(document.db) == {first.uuid: "cluster"}

    events.restore_cluster(deleted=deleted)
    after = events.board(item)
    assert after.clusters == before.clusters
    assert [(c.uuid, c.cluster_uuid, c.position) for c in after.cards()] == [
        (c.uuid, c.cluster_uuid, c.position) for c in before.cards()
    ]
    assert repository.tombstones(document.db) == {}

    events.rename_cluster(uuid=second.uuid, name="Zwei 😀 <i>")
    events.move_cluster(uuid=second.uuid, position=0)
    doc, service = reopen(document)
    with doc:
        clusters = service.board(item).clusters
        assert [c.uuid for c in service.board(item).cards_in(None)] == [loose.uuid]
    assert [(c.name, c.position) for c in clusters] == [("Zwei 😀 <i>", 0), ("Eins", 1)]


# ------------------------------------------------------------------ decisions and goals
def test_decisions_link_to_agenda_items_and_goals(events: EventService, document: Document) -> None:
    canvas = CanvasService(document)
    goal, _ = canvas.add_goal(draft=GoalDraft(level=GoalLevel.SYSTEM, statement="Vertrauen"))
    session, other = new_session(events), new_session(events, "Tisch 2")
    item, foreign = new_item(events, session), new_item(events, other)
    decision, _ = events.add_decision(
        session_uuid=session,
        draft=DecisionDraft(
            TRICKY, agreement=Agreement.CONSENT, agenda_item_uuid=item, goal_uuid=goal.uuid
        ),
    )
    card, _ = events.add_card(agenda_item_uuid=item, draft=CardDraft("Idee", goal_uuid=goal.uuid))
    with pytest.raises(KeyError):
        events.add_decision(
            session_uuid=session, draft=DecisionDraft("x", agenda_item_uuid=foreign)
        )
    with pytest.raises(rules.ValidationError):
        events.add_decision(session_uuid=session, draft=DecisionDraft("d" * 100_000))

    # a goal shows where it came from, and keeps it across delete and undo
    assert events.decisions_of_goal(goal.uuid) == [decision]
    assert events.cards_of_goal(goal.uuid) == [card]
    removed, _ = canvas.delete_goal(uuid=goal.uuid)
    canvas.restore_goal(deleted=removed)
    assert events.cards_of_goal(goal.uuid) == [card]

    events.update_decision(
        uuid=decision.uuid, draft=DecisionDraft("Mehrheitlich", agreement=Agreement.MAJORITY)
    )
    changed = events.decision(decision.uuid)
    assert changed is not None
    assert (changed.text, changed.agreement, changed.agenda_item_uuid) == (
        "Mehrheitlich",
        Agreement.MAJORITY,
        None,
    )
    gone, _ = events.delete_decision(uuid=decision.uuid)
    assert events.decisions(session) == []
    events.restore_decision(decision=gone)
    doc, service = reopen(document)
    with doc:
        assert service.decisions(session) == [changed]


# ------------------------------------------------------------------ action items
def test_open_action_items_carry_over_and_are_closed_in_the_later_session(
    events: EventService, document: Document
) -> None:
    january = new_session(events, "Steuerungskreis Januar", "2026-01-15")
    march = new_session(events, "Steuerungskreis März", "2026-03-12")
    undated = new_session(events, "Ohne Datum", "")
    later, _ = events.add_action(
        session_uuid=january, draft=ActionItemDraft("Bericht", owner_text="Backbone", due_date="")
    )
    sooner, _ = events.add_action(
        session_uuid=january,
        draft=ActionItemDraft(TRICKY, owner_actor_uuid="a-1", due_date="2026-02-01"),
    )
    events.add_action(
        session_uuid=january, draft=ActionItemDraft("Erledigt", status=ActionStatus.DONE)
    )
    events.add_action(session_uuid=march, draft=ActionItemDraft("Neu"))
    events.add_action(session_uuid=undated, draft=ActionItemDraft("Irgendwann"))
    assert events.carry_over(march) == (sooner, later)
    assert events.carry_over(january) == ()
    assert events.carry_over(undated) == ()

    events.set_action_status(uuid=sooner.uuid, status=ActionStatus.DONE, in_session_uuid=march)
    closed = events.action(sooner.uuid)
    assert closed is not None
    assert closed.closed_in_session_uuid == march
    assert events.carry_over(march) == (later,)
    events.set_action_status(uuid=sooner.uuid, status=ActionStatus.OPEN)  # undo
    reopened = events.carry_over(march)
    assert [a.uuid for a in reopened] == [sooner.uuid, later.uuid]
    assert reopened[0].closed_in_session_uuid is None

    with pytest.raises(rules.ValidationError):
        events.add_action(
            session_uuid=march,
            draft=ActionItemDraft("x", owner_actor_uuid="a", owner_person_uuid="p"),
        )
    removed, _ = events.delete_action(uuid=later.uuid)
    assert repository.tombstones(document.db) == {later.uuid: "action_item"}
    events.restore_action(action=removed)
    doc, service = reopen(document)
    with doc:
        assert service.action(later.uuid) == later
        assert [a.what for a in service.actions(january)] == ["Bericht", TRICKY, "Erledigt"]


# ------------------------------------------------------------------ parking lot and photos
def test_parking_lot_round_trip_and_undo(events: EventService, document: Document) -> None:
    session = new_session(events)
    item, _ = events.add_parking_lot_item(session_uuid=session, text=TRICKY)
    events.update_parking_lot_item(uuid=item.uuid, text="Später: <b>Finanzierung</b> 😀")
    with pytest.raises(rules.ValidationError):
        events.add_parking_lot_item(session_uuid=session, text=" ")
    removed, _ = events.delete_parking_lot_item(uuid=item.uuid)
    assert events.parking_lot(session) == []
    events.restore_parking_lot_item(item=removed)
    doc, service = reopen(document)
    with doc:
        assert [p.text for p in service.parking_lot(session)] == ["Später: <b>Finanzierung</b> 😀"]


def test_photos_are_stored_inside_the_file(events: EventService, document: Document) -> None:
    session = new_session(events)
    photo, _ = events.add_photo(
        session_uuid=session,
        draft=PhotoDraft(PNG, "image/png", 1600, 1200, caption="Flipchart „Tisch 1“"),
    )
    assert photo.size == len(PNG)
    with pytest.raises(rules.ValidationError) as info:
        events.add_photo(session_uuid=session, draft=PhotoDraft(b"not an image", "image/png", 1, 1))
    assert info.value.problems[0].field == "photo"
    events.set_photo_caption(uuid=photo.uuid, caption="Pinnwand 😀")
    deleted, _ = events.delete_photo(uuid=photo.uuid)
    assert events.photos(session) == []
    events.restore_photo(deleted=deleted)
    doc, service = reopen(document)
    with doc:
        stored = service.photos(session)
        assert [(p.caption, p.width, p.height, p.size) for p in stored] == [
            ("Pinnwand 😀", 1600, 1200, len(PNG))
        ]
        assert service.photo_data(photo.uuid) == PNG
        with pytest.raises(KeyError):
            service.photo_data("nope")


# ------------------------------------------------------------------ a whole session
def fill_session(events: EventService, document: Document) -> str:
    person, _ = NetworkService(document).add_person(draft=PersonDraft(name="Clara"))
    session = new_session(events)
    events.add_attendance(session_uuid=session, draft=AttendanceDraft(person_uuid=person.uuid))
    events.add_attendance(session_uuid=session, draft=AttendanceDraft(guest_name="Gast"))
    item = new_item(events, session)
    cluster, _ = events.add_cluster(agenda_item_uuid=item, name="K")
    for text in ("a", "b"):
        events.add_card(agenda_item_uuid=item, draft=CardDraft(text), cluster_uuid=cluster.uuid)
    events.add_card(agenda_item_uuid=item, draft=CardDraft("c"))
    events.add_decision(session_uuid=session, draft=DecisionDraft("D", agenda_item_uuid=item))
    events.add_action(session_uuid=session, draft=ActionItemDraft("A"))
    events.add_parking_lot_item(session_uuid=session, text="P")
    events.add_photo(session_uuid=session, draft=PhotoDraft(PNG, "image/png", 4, 3))
    return session


def everything(events: EventService, session: str) -> tuple[object, ...]:
    agenda = events.agenda(session)
    return (
        events.session(session),
        events.attendance(session),
        agenda,
        [events.board(i.uuid) for i in agenda],
        events.decisions(session),
        events.actions(session),
        events.parking_lot(session),
        events.photos(session),
        [events.photo_data(p.uuid) for p in events.photos(session)],
    )


def test_deleting_a_session_is_undone_with_the_same_uuids(
    events: EventService, document: Document
) -> None:
    session = fill_session(events, document)
    before = everything(events, session)
    deleted, changes = events.delete_session(uuid=session)
    assert Entity.PHOTO in changes
    assert set(deleted.uuids) <= changes.uuids
    assert len(deleted.uuids) == 12
    for table in ("session", "attendance", "agenda_item", "card", "cluster", "photo"):
        assert raw_value(document.path, f"SELECT count(*) FROM {table}") == 0
    assert set(repository.tombstones(document.db)) == set(deleted.uuids)

    events.restore_session(deleted=deleted)
    assert repository.tombstones(document.db) == {}
    doc, service = reopen(document)
    with doc:
        assert everything(service, session) == before
        assert repository.integrity_problems(doc.db) == []


def test_read_only_document_refuses_capture(events: EventService, document: Document) -> None:
    session = new_session(events)
    document.close()
    with Document.open(document.path, read_only=True) as viewer:
        service = EventService(viewer)
        assert len(service.sessions()) == 1
        with pytest.raises(DocumentError) as info:
            service.add_parking_lot_item(session_uuid=session, text="x")
        assert info.value.kind is DocumentErrorKind.OPENED_READ_ONLY


# ------------------------------------------------------------------ migration
def make_v3_file(path: Path) -> None:
    """A file as ciworkshop's schema v3 (impact canvas, no events) wrote it."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        db = Database(conn, execute_plugins=False)
        schema.migrations.apply(db, stop_before="m004_events_and_capture")
        conn.execute("PRAGMA user_version = 3")
        stamp = "2026-01-01T10:00:00.000000Z"
        conn.execute(
            "INSERT INTO network (uuid, name, created_at, modified_at) VALUES (?, ?, ?, ?)",
            ["net-1", "Verbund v3", stamp, stamp],
        )
        conn.execute(
            "INSERT INTO goal (uuid, level, statement, created_at, modified_at)"
            " VALUES (?, 'system', ?, ?, ?)",
            ["goal-1", "Vertrauen 😀", stamp, stamp],
        )
    finally:
        conn.close()


def test_a_v3_file_is_upgraded_with_its_canvas_intact(tmp_path: Path, data_dir: Path) -> None:
    path = tmp_path / "v3.ciw"
    make_v3_file(path)
    tables = {r[0] for r in raw_rows(path, "SELECT name FROM sqlite_master WHERE type='table'")}
    assert "goal" in tables
    assert "session" not in tables
    assert schema.SCHEMA_VERSION == 4

    with Document.open(path) as document:
        assert document.schema_version_before == 3
        assert document.migration_backup is not None
        assert document.migration_backup.name.endswith("-before-migration-from-v3.ciw")
        goal = CanvasService(document).goal("goal-1")
        assert goal is not None
        assert goal.statement == "Vertrauen 😀"
        service = EventService(document)
        session = new_session(service)
        service.add_card(
            agenda_item_uuid=new_item(service, session),
            draft=CardDraft("Nach der Migration", goal_uuid="goal-1"),
        )
        assert [c.text for c in service.cards_of_goal("goal-1")] == ["Nach der Migration"]
    assert raw_value(path, "PRAGMA user_version") == 4
    assert raw_value(path, "SELECT count(*) FROM card") == 1
    assert raw_rows(path, "PRAGMA foreign_key_check") == []
