"""Rows ↔ event, session and capture objects. The only module that knows those tables.

Positions are written here exactly as given; keeping them dense is the service's job.
Unknown enum values (a file from a newer ciworkshop) read as the documented defaults.
Photo bytes are read only by :func:`photo_data`, never with the list.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from ciworkshop.domain.canvas import coerce_enum
from ciworkshop.domain.events import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    Agreement,
    Attendance,
    Card,
    CardColour,
    Cluster,
    Decision,
    Event,
    ParkingLotItem,
    Photo,
    Session,
    SessionFormat,
)


def _rows(db: Database, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    return list(db.query(sql, params or []))


def _insert(db: Database, table: str, values: dict[str, Any]) -> None:
    columns = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    db.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(values.values()))


def _update(db: Database, table: str, values: dict[str, Any]) -> None:
    """Update every column of the row ``values["uuid"]`` (the UUID itself excepted)."""
    columns = [c for c in values if c != "uuid"]
    assignments = ", ".join(f"{c} = ?" for c in columns)
    db.execute(
        f"UPDATE {table} SET {assignments} WHERE uuid = ?",
        [values[c] for c in columns] + [values["uuid"]],
    )


def _delete(db: Database, table: str, uuid: str) -> None:
    db.execute(f"DELETE FROM {table} WHERE uuid = ?", [uuid])


# ---------------------------------------------------------------- events
def _event(row: dict[str, Any]) -> Event:
    return Event(**row)


def _event_values(event: Event) -> dict[str, Any]:
    return {
        "uuid": event.uuid,
        "title": event.title,
        "date": event.date,
        "place": event.place,
        "created_at": event.created_at,
        "modified_at": event.modified_at,
    }


def list_events(db: Database) -> list[Event]:
    """Events by date (undated last), then title."""
    found = [_event(r) for r in _rows(db, "SELECT * FROM event")]
    return sorted(found, key=lambda e: (not e.date, e.date, e.title.casefold(), e.uuid))


def get_event(db: Database, uuid: str) -> Event | None:
    rows = _rows(db, "SELECT * FROM event WHERE uuid = ?", [uuid])
    return _event(rows[0]) if rows else None


def insert_event(db: Database, event: Event) -> None:
    _insert(db, "event", _event_values(event))


def update_event(db: Database, event: Event) -> None:
    _update(db, "event", _event_values(event))


def delete_event(db: Database, uuid: str) -> None:
    """Delete an event; its sessions stay, standing alone (ON DELETE SET NULL)."""
    _delete(db, "event", uuid)


def attach_sessions(db: Database, event_uuid: str, session_uuids: tuple[str, ...]) -> None:
    for uuid in session_uuids:
        db.execute("UPDATE session SET event_uuid = ? WHERE uuid = ?", [event_uuid, uuid])


# ---------------------------------------------------------------- sessions
def _session(row: dict[str, Any]) -> Session:
    return Session(
        uuid=row["uuid"],
        event_uuid=row["event_uuid"],
        format=coerce_enum(SessionFormat, row["format"], SessionFormat.WORKSHOP),
        title=row["title"],
        date=row["date"],
        start_time=row["start_time"],
        place=row["place"],
        facilitator=row["facilitator"],
        note_taker=row["note_taker"],
        guiding_question=row["guiding_question"],
        created_at=row["created_at"],
        modified_at=row["modified_at"],
    )


def _session_values(session: Session) -> dict[str, Any]:
    return {
        "uuid": session.uuid,
        "event_uuid": session.event_uuid,
        "format": session.format.value,
        "title": session.title,
        "date": session.date,
        "start_time": session.start_time,
        "place": session.place,
        "facilitator": session.facilitator,
        "note_taker": session.note_taker,
        "guiding_question": session.guiding_question,
        "created_at": session.created_at,
        "modified_at": session.modified_at,
    }


def _session_key(session: Session) -> tuple[bool, str, str, str, str]:
    return (not session.date, session.date, session.start_time, session.created_at, session.uuid)


def list_sessions(db: Database, event_uuid: str | None = None) -> list[Session]:
    """Sessions (of one event, or all) by date and start time, undated ones last."""
    sql, params = "SELECT * FROM session", []
    if event_uuid is not None:
        sql, params = sql + " WHERE event_uuid = ?", [event_uuid]
    return sorted((_session(r) for r in _rows(db, sql, params)), key=_session_key)


def get_session(db: Database, uuid: str) -> Session | None:
    rows = _rows(db, "SELECT * FROM session WHERE uuid = ?", [uuid])
    return _session(rows[0]) if rows else None


def insert_session(db: Database, session: Session) -> None:
    _insert(db, "session", _session_values(session))


def update_session(db: Database, session: Session) -> None:
    _update(db, "session", _session_values(session))


def delete_session(db: Database, uuid: str) -> None:
    """Delete a session with everything recorded in it."""
    _delete(db, "session", uuid)


# ---------------------------------------------------------------- attendance
def _attendance(row: dict[str, Any]) -> Attendance:
    return Attendance(**row)


def list_attendance(db: Database, session_uuid: str) -> list[Attendance]:
    """Who was there, in the order they were entered."""
    rows = _rows(
        db,
        "SELECT * FROM attendance WHERE session_uuid = ? ORDER BY created_at, uuid",
        [session_uuid],
    )
    return [_attendance(r) for r in rows]


def get_attendance(db: Database, uuid: str) -> Attendance | None:
    rows = _rows(db, "SELECT * FROM attendance WHERE uuid = ?", [uuid])
    return _attendance(rows[0]) if rows else None


def person_attends(db: Database, session_uuid: str, person_uuid: str) -> bool:
    rows = _rows(
        db,
        "SELECT 1 FROM attendance WHERE session_uuid = ? AND person_uuid = ?",
        [session_uuid, person_uuid],
    )
    return bool(rows)


def insert_attendance(db: Database, attendance: Attendance) -> None:
    _insert(
        db,
        "attendance",
        {
            "uuid": attendance.uuid,
            "session_uuid": attendance.session_uuid,
            "person_uuid": attendance.person_uuid,
            "guest_name": attendance.guest_name,
            "guest_organisation": attendance.guest_organisation,
            "created_at": attendance.created_at,
            "modified_at": attendance.modified_at,
        },
    )


def delete_attendance(db: Database, uuid: str) -> None:
    _delete(db, "attendance", uuid)


# ---------------------------------------------------------------- agenda
def _agenda_item(row: dict[str, Any]) -> AgendaItem:
    return AgendaItem(**row)


def _agenda_values(item: AgendaItem) -> dict[str, Any]:
    return {
        "uuid": item.uuid,
        "session_uuid": item.session_uuid,
        "position": item.position,
        "title": item.title,
        "planned_minutes": item.planned_minutes,
        "started_at": item.started_at,
        "ended_at": item.ended_at,
        "created_at": item.created_at,
        "modified_at": item.modified_at,
    }


def list_agenda(db: Database, session_uuid: str) -> list[AgendaItem]:
    """A session's agenda items by position."""
    rows = _rows(
        db,
        "SELECT * FROM agenda_item WHERE session_uuid = ? ORDER BY position, created_at, uuid",
        [session_uuid],
    )
    return [_agenda_item(r) for r in rows]


def get_agenda_item(db: Database, uuid: str) -> AgendaItem | None:
    rows = _rows(db, "SELECT * FROM agenda_item WHERE uuid = ?", [uuid])
    return _agenda_item(rows[0]) if rows else None


def insert_agenda_item(db: Database, item: AgendaItem) -> None:
    _insert(db, "agenda_item", _agenda_values(item))


def update_agenda_item(db: Database, item: AgendaItem) -> None:
    _update(db, "agenda_item", _agenda_values(item))


def set_agenda_positions(db: Database, uuids: list[str]) -> None:
    for position, uuid in enumerate(uuids):
        db.execute("UPDATE agenda_item SET position = ? WHERE uuid = ?", [position, uuid])


def delete_agenda_item(db: Database, uuid: str) -> None:
    """Delete an agenda item with its board; decisions about it stay, unlinked."""
    _delete(db, "agenda_item", uuid)


def decision_uuids_of_item(db: Database, agenda_item_uuid: str) -> tuple[str, ...]:
    rows = _rows(
        db, "SELECT uuid FROM decision WHERE agenda_item_uuid = ? ORDER BY uuid", [agenda_item_uuid]
    )
    return tuple(r["uuid"] for r in rows)


def relink_decisions(db: Database, agenda_item_uuid: str, decision_uuids: tuple[str, ...]) -> None:
    for uuid in decision_uuids:
        db.execute(
            "UPDATE decision SET agenda_item_uuid = ? WHERE uuid = ?", [agenda_item_uuid, uuid]
        )


# ---------------------------------------------------------------- clusters
def _cluster(row: dict[str, Any]) -> Cluster:
    return Cluster(**row)


def list_clusters(db: Database, agenda_item_uuid: str) -> list[Cluster]:
    rows = _rows(
        db,
        "SELECT * FROM cluster WHERE agenda_item_uuid = ? ORDER BY position, created_at, uuid",
        [agenda_item_uuid],
    )
    return [_cluster(r) for r in rows]


def get_cluster(db: Database, uuid: str) -> Cluster | None:
    rows = _rows(db, "SELECT * FROM cluster WHERE uuid = ?", [uuid])
    return _cluster(rows[0]) if rows else None


def _cluster_values(cluster: Cluster) -> dict[str, Any]:
    return {
        "uuid": cluster.uuid,
        "agenda_item_uuid": cluster.agenda_item_uuid,
        "position": cluster.position,
        "name": cluster.name,
        "created_at": cluster.created_at,
        "modified_at": cluster.modified_at,
    }


def insert_cluster(db: Database, cluster: Cluster) -> None:
    _insert(db, "cluster", _cluster_values(cluster))


def update_cluster(db: Database, cluster: Cluster) -> None:
    _update(db, "cluster", _cluster_values(cluster))


def set_cluster_positions(db: Database, uuids: list[str]) -> None:
    for position, uuid in enumerate(uuids):
        db.execute("UPDATE cluster SET position = ? WHERE uuid = ?", [position, uuid])


def delete_cluster(db: Database, uuid: str) -> None:
    """Delete a cluster; its cards stay, unclustered (ON DELETE SET NULL)."""
    _delete(db, "cluster", uuid)


# ---------------------------------------------------------------- cards
def _card(row: dict[str, Any]) -> Card:
    return Card(
        uuid=row["uuid"],
        agenda_item_uuid=row["agenda_item_uuid"],
        cluster_uuid=row["cluster_uuid"],
        position=row["position"],
        text=row["text"],
        author=row["author"],
        colour=coerce_enum(CardColour, row["colour"], CardColour.YELLOW),
        dots=row["dots"],
        goal_uuid=row["goal_uuid"],
        created_at=row["created_at"],
        modified_at=row["modified_at"],
    )


def _card_values(card: Card) -> dict[str, Any]:
    return {
        "uuid": card.uuid,
        "agenda_item_uuid": card.agenda_item_uuid,
        "cluster_uuid": card.cluster_uuid,
        "position": card.position,
        "text": card.text,
        "author": card.author,
        "colour": card.colour.value,
        "dots": card.dots,
        "goal_uuid": card.goal_uuid,
        "created_at": card.created_at,
        "modified_at": card.modified_at,
    }


def list_cards(db: Database, agenda_item_uuid: str) -> list[Card]:
    """The cards of one board (any order; :class:`Board` sorts them)."""
    rows = _rows(db, "SELECT * FROM card WHERE agenda_item_uuid = ?", [agenda_item_uuid])
    return [_card(r) for r in rows]


def cards_of_session(db: Database, session_uuid: str) -> list[Card]:
    rows = _rows(
        db,
        "SELECT c.* FROM card c JOIN agenda_item a ON a.uuid = c.agenda_item_uuid"
        " WHERE a.session_uuid = ?",
        [session_uuid],
    )
    return [_card(r) for r in rows]


def cards_of_goal(db: Database, goal_uuid: str) -> list[Card]:
    rows = _rows(db, "SELECT * FROM card WHERE goal_uuid = ? ORDER BY created_at", [goal_uuid])
    return [_card(r) for r in rows]


def get_card(db: Database, uuid: str) -> Card | None:
    rows = _rows(db, "SELECT * FROM card WHERE uuid = ?", [uuid])
    return _card(rows[0]) if rows else None


def card_uuids_in(db: Database, agenda_item_uuid: str, cluster_uuid: str | None) -> list[str]:
    """The cards of one group (a cluster, or the unclustered cards if None), in order."""
    rows = _rows(
        db,
        "SELECT uuid FROM card WHERE agenda_item_uuid = ? AND cluster_uuid IS ?"
        " ORDER BY position, created_at, uuid",
        [agenda_item_uuid, cluster_uuid],
    )
    return [r["uuid"] for r in rows]


def set_card_group(db: Database, cluster_uuid: str | None, uuids: list[str]) -> None:
    """Put the cards ``uuids`` into ``cluster_uuid`` at positions 0, 1, 2, ... in order."""
    for position, uuid in enumerate(uuids):
        db.execute(
            "UPDATE card SET cluster_uuid = ?, position = ? WHERE uuid = ?",
            [cluster_uuid, position, uuid],
        )


def insert_card(db: Database, card: Card) -> None:
    _insert(db, "card", _card_values(card))


def update_card(db: Database, card: Card) -> None:
    _update(db, "card", _card_values(card))


def set_dots(db: Database, uuid: str, dots: int, modified_at: str) -> None:
    db.execute(
        "UPDATE card SET dots = ?, modified_at = ? WHERE uuid = ?", [dots, modified_at, uuid]
    )


def touch_card(db: Database, uuid: str, modified_at: str) -> None:
    db.execute("UPDATE card SET modified_at = ? WHERE uuid = ?", [modified_at, uuid])


def delete_card(db: Database, uuid: str) -> None:
    _delete(db, "card", uuid)


# ---------------------------------------------------------------- decisions
def _decision(row: dict[str, Any]) -> Decision:
    return Decision(
        uuid=row["uuid"],
        session_uuid=row["session_uuid"],
        agenda_item_uuid=row["agenda_item_uuid"],
        text=row["text"],
        agreement=coerce_enum(Agreement, row["agreement"], Agreement.OTHER),
        goal_uuid=row["goal_uuid"],
        created_at=row["created_at"],
        modified_at=row["modified_at"],
    )


def _decision_values(decision: Decision) -> dict[str, Any]:
    return {
        "uuid": decision.uuid,
        "session_uuid": decision.session_uuid,
        "agenda_item_uuid": decision.agenda_item_uuid,
        "text": decision.text,
        "agreement": decision.agreement.value,
        "goal_uuid": decision.goal_uuid,
        "created_at": decision.created_at,
        "modified_at": decision.modified_at,
    }


def list_decisions(db: Database, session_uuid: str) -> list[Decision]:
    """A session's decisions in the order they were taken."""
    rows = _rows(
        db,
        "SELECT * FROM decision WHERE session_uuid = ? ORDER BY created_at, uuid",
        [session_uuid],
    )
    return [_decision(r) for r in rows]


def decisions_of_goal(db: Database, goal_uuid: str) -> list[Decision]:
    rows = _rows(db, "SELECT * FROM decision WHERE goal_uuid = ? ORDER BY created_at", [goal_uuid])
    return [_decision(r) for r in rows]


def get_decision(db: Database, uuid: str) -> Decision | None:
    rows = _rows(db, "SELECT * FROM decision WHERE uuid = ?", [uuid])
    return _decision(rows[0]) if rows else None


def insert_decision(db: Database, decision: Decision) -> None:
    _insert(db, "decision", _decision_values(decision))


def update_decision(db: Database, decision: Decision) -> None:
    _update(db, "decision", _decision_values(decision))


def delete_decision(db: Database, uuid: str) -> None:
    _delete(db, "decision", uuid)


# ---------------------------------------------------------------- action items
def _action(row: dict[str, Any]) -> ActionItem:
    return ActionItem(
        uuid=row["uuid"],
        session_uuid=row["session_uuid"],
        what=row["what"],
        owner_actor_uuid=row["owner_actor_uuid"],
        owner_person_uuid=row["owner_person_uuid"],
        owner_text=row["owner_text"],
        due_date=row["due_date"],
        status=coerce_enum(ActionStatus, row["status"], ActionStatus.OPEN),
        closed_in_session_uuid=row["closed_in_session_uuid"],
        created_at=row["created_at"],
        modified_at=row["modified_at"],
    )


def _action_values(action: ActionItem) -> dict[str, Any]:
    return {
        "uuid": action.uuid,
        "session_uuid": action.session_uuid,
        "what": action.what,
        "owner_actor_uuid": action.owner_actor_uuid,
        "owner_person_uuid": action.owner_person_uuid,
        "owner_text": action.owner_text,
        "due_date": action.due_date,
        "status": action.status.value,
        "closed_in_session_uuid": action.closed_in_session_uuid,
        "created_at": action.created_at,
        "modified_at": action.modified_at,
    }


def list_actions(db: Database, session_uuid: str | None = None) -> list[ActionItem]:
    """Action items (of one session, or all) in the order they were entered."""
    sql, params = "SELECT * FROM action_item", []
    if session_uuid is not None:
        sql, params = sql + " WHERE session_uuid = ?", [session_uuid]
    return [_action(r) for r in _rows(db, sql + " ORDER BY created_at, uuid", params)]


def list_open_actions(db: Database) -> list[ActionItem]:
    rows = _rows(db, "SELECT * FROM action_item WHERE status = 'open' ORDER BY created_at, uuid")
    return [_action(r) for r in rows]


def get_action(db: Database, uuid: str) -> ActionItem | None:
    rows = _rows(db, "SELECT * FROM action_item WHERE uuid = ?", [uuid])
    return _action(rows[0]) if rows else None


def insert_action(db: Database, action: ActionItem) -> None:
    _insert(db, "action_item", _action_values(action))


def update_action(db: Database, action: ActionItem) -> None:
    _update(db, "action_item", _action_values(action))


def delete_action(db: Database, uuid: str) -> None:
    _delete(db, "action_item", uuid)


# ---------------------------------------------------------------- parking lot
def _parking(row: dict[str, Any]) -> ParkingLotItem:
    return ParkingLotItem(**row)


def list_parking_lot(db: Database, session_uuid: str) -> list[ParkingLotItem]:
    rows = _rows(
        db,
        "SELECT * FROM parking_lot_item WHERE session_uuid = ? ORDER BY created_at, uuid",
        [session_uuid],
    )
    return [_parking(r) for r in rows]


def get_parking_lot_item(db: Database, uuid: str) -> ParkingLotItem | None:
    rows = _rows(db, "SELECT * FROM parking_lot_item WHERE uuid = ?", [uuid])
    return _parking(rows[0]) if rows else None


def _parking_values(item: ParkingLotItem) -> dict[str, Any]:
    return {
        "uuid": item.uuid,
        "session_uuid": item.session_uuid,
        "text": item.text,
        "created_at": item.created_at,
        "modified_at": item.modified_at,
    }


def insert_parking_lot_item(db: Database, item: ParkingLotItem) -> None:
    _insert(db, "parking_lot_item", _parking_values(item))


def update_parking_lot_item(db: Database, item: ParkingLotItem) -> None:
    _update(db, "parking_lot_item", _parking_values(item))


def delete_parking_lot_item(db: Database, uuid: str) -> None:
    _delete(db, "parking_lot_item", uuid)


# ---------------------------------------------------------------- photos
_PHOTO_COLUMNS = (
    "uuid, session_uuid, caption, mime, width, height, length(bytes) AS size,"
    " created_at, modified_at"
)


def _photo(row: dict[str, Any]) -> Photo:
    return Photo(**row)


def list_photos(db: Database, session_uuid: str) -> list[Photo]:
    """A session's photos (without their bytes) in the order they were added."""
    rows = _rows(
        db,
        f"SELECT {_PHOTO_COLUMNS} FROM photo WHERE session_uuid = ? ORDER BY created_at, uuid",
        [session_uuid],
    )
    return [_photo(r) for r in rows]


def get_photo(db: Database, uuid: str) -> Photo | None:
    rows = _rows(db, f"SELECT {_PHOTO_COLUMNS} FROM photo WHERE uuid = ?", [uuid])
    return _photo(rows[0]) if rows else None


def photo_data(db: Database, uuid: str) -> bytes | None:
    rows = _rows(db, "SELECT bytes FROM photo WHERE uuid = ?", [uuid])
    return bytes(rows[0]["bytes"]) if rows else None


def insert_photo(db: Database, photo: Photo, data: bytes) -> None:
    _insert(
        db,
        "photo",
        {
            "uuid": photo.uuid,
            "session_uuid": photo.session_uuid,
            "caption": photo.caption,
            "mime": photo.mime,
            "width": photo.width,
            "height": photo.height,
            "bytes": data,
            "created_at": photo.created_at,
            "modified_at": photo.modified_at,
        },
    )


def update_photo_caption(db: Database, uuid: str, caption: str, modified_at: str) -> None:
    db.execute(
        "UPDATE photo SET caption = ?, modified_at = ? WHERE uuid = ?", [caption, modified_at, uuid]
    )


def delete_photo(db: Database, uuid: str) -> None:
    _delete(db, "photo", uuid)
