"""Undoable edits of events and sessions: one QUndoCommand per EventService call.

Same pattern as :mod:`ciworkshop.ui.canvas_commands`: creations pick their UUID up front
(redo recreates the same identity), deletions keep what the service returned so undo
restores it, moves and status changes are undone by the same call with the old values.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from ciworkshop.domain.events import (
    ActionItem,
    ActionItemDraft,
    ActionStatus,
    AgendaItem,
    AgendaItemDraft,
    Attendance,
    AttendanceDraft,
    Card,
    CardDraft,
    Cluster,
    Decision,
    DecisionDraft,
    Event,
    EventDraft,
    ParkingLotItem,
    Photo,
    PhotoDraft,
    Session,
    SessionDraft,
)
from ciworkshop.domain.model import new_uuid
from ciworkshop.services.changes import Changes
from ciworkshop.ui.canvas_commands import CallCommand, _quote, deleting
from ciworkshop.ui.i18n import translate
from ciworkshop.ui.session import DocumentSession


# ---------------------------------------------------------------- events
def add_event(session: DocumentSession, draft: EventDraft) -> CallCommand:
    events, uuid = session.events, new_uuid()
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Add event “{title}”").format(
            title=_quote(draft.title)
        ),
        lambda: events.add_event(draft=draft, uuid=uuid)[1],
        lambda: events.delete_event(uuid=uuid)[1],
        uuid=uuid,
    )


def edit_event(session: DocumentSession, event: Event, after: EventDraft) -> CallCommand:
    events, uuid = session.events, event.uuid
    before = event.to_draft()
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Edit event “{title}”").format(
            title=_quote(after.title)
        ),
        lambda: events.update_event(uuid=uuid, draft=after),
        lambda: events.update_event(uuid=uuid, draft=before),
    )


def delete_event(session: DocumentSession, event: Event) -> CallCommand:
    events, uuid = session.events, event.uuid
    return deleting(
        session,
        QCoreApplication.translate("Commands", "Delete event “{title}”").format(
            title=_quote(event.title)
        ),
        lambda: events.delete_event(uuid=uuid),
        lambda deleted: events.restore_event(deleted=deleted),
    )


# ---------------------------------------------------------------- sessions
def add_session(
    session: DocumentSession, draft: SessionDraft, agenda: Sequence[AgendaItemDraft] = ()
) -> CallCommand:
    events, uuid = session.events, new_uuid()
    agenda = tuple(agenda)
    agenda_uuids = tuple(new_uuid() for _ in agenda)
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Add session “{title}”").format(
            title=_quote(draft.title)
        ),
        lambda: events.add_session(
            draft=draft, uuid=uuid, agenda=agenda, agenda_uuids=agenda_uuids
        )[1],
        lambda: events.delete_session(uuid=uuid)[1],
        uuid=uuid,
    )


def edit_session(session: DocumentSession, item: Session, after: SessionDraft) -> CallCommand:
    events, uuid = session.events, item.uuid
    before = item.to_draft()
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Edit session “{title}”").format(
            title=_quote(after.title)
        ),
        lambda: events.update_session(uuid=uuid, draft=after),
        lambda: events.update_session(uuid=uuid, draft=before),
    )


def delete_session(session: DocumentSession, item: Session) -> CallCommand:
    events, uuid = session.events, item.uuid
    return deleting(
        session,
        QCoreApplication.translate("Commands", "Delete session “{title}”").format(
            title=_quote(item.title)
        ),
        lambda: events.delete_session(uuid=uuid),
        lambda deleted: events.restore_session(deleted=deleted),
    )


# ---------------------------------------------------------------- attendance
def add_attendance(
    session: DocumentSession, session_uuid: str, draft: AttendanceDraft, name: str
) -> CallCommand:
    """``name`` is what the undo menu shows (the person's or the guest's name)."""
    events, uuid = session.events, new_uuid()
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Add “{name}” to the attendance").format(
            name=_quote(name)
        ),
        lambda: events.add_attendance(session_uuid=session_uuid, draft=draft, uuid=uuid)[1],
        lambda: events.delete_attendance(uuid=uuid)[1],
        uuid=uuid,
    )


def delete_attendance(session: DocumentSession, attendance: Attendance, name: str) -> CallCommand:
    events, uuid = session.events, attendance.uuid
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Remove “{name}” from the attendance").format(
            name=_quote(name)
        ),
        lambda: events.delete_attendance(uuid=uuid)[1],
        lambda: events.restore_attendance(attendance=attendance),
    )


# ---------------------------------------------------------------- agenda
def add_agenda_item(
    session: DocumentSession,
    session_uuid: str,
    draft: AgendaItemDraft,
    position: int | None = None,
) -> CallCommand:
    events, uuid = session.events, new_uuid()
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Add agenda item “{title}”").format(
            title=_quote(draft.title)
        ),
        lambda: events.add_agenda_item(
            session_uuid=session_uuid, draft=draft, position=position, uuid=uuid
        )[1],
        lambda: events.delete_agenda_item(uuid=uuid)[1],
        uuid=uuid,
    )


def edit_agenda_item(
    session: DocumentSession, item: AgendaItem, after: AgendaItemDraft
) -> CallCommand:
    events, uuid = session.events, item.uuid
    before = item.to_draft()
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Edit agenda item “{title}”").format(
            title=_quote(after.title)
        ),
        lambda: events.update_agenda_item(uuid=uuid, draft=after),
        lambda: events.update_agenda_item(uuid=uuid, draft=before),
    )


def move_agenda_item(session: DocumentSession, item: AgendaItem, position: int) -> CallCommand:
    events, uuid, old = session.events, item.uuid, item.position
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Move agenda item “{title}”").format(
            title=_quote(item.title)
        ),
        lambda: events.move_agenda_item(uuid=uuid, position=position),
        lambda: events.move_agenda_item(uuid=uuid, position=old),
    )


def delete_agenda_item(session: DocumentSession, item: AgendaItem) -> CallCommand:
    events, uuid = session.events, item.uuid
    return deleting(
        session,
        QCoreApplication.translate("Commands", "Delete agenda item “{title}”").format(
            title=_quote(item.title)
        ),
        lambda: events.delete_agenda_item(uuid=uuid),
        lambda deleted: events.restore_agenda_item(deleted=deleted),
    )


def _live_step(
    session: DocumentSession,
    text: str,
    step: str,
    *,
    uuid: str = "",
    session_uuid: str = "",
    now: datetime | None = None,
) -> CallCommand:
    # The time is taken when the step is first done; redo after undo replays it with that
    # same time, so the protocol does not shift by how long the facilitator hesitated.
    events = session.events
    moment: list[datetime] = [now or datetime.now().astimezone()]
    kept: list[tuple[AgendaItem, ...]] = [()]

    def do() -> Changes:
        if step == "start":
            before, changes = events.start_item(uuid=uuid, now=moment[0])
        elif step == "finish":
            before, changes = events.finish_item(uuid=uuid, now=moment[0])
        else:
            before, changes = events.advance(session_uuid=session_uuid, now=moment[0])
        kept[0] = before
        return changes

    return CallCommand(session, text, do, lambda: events.restore_item_times(items=kept[0]))


def start_item(
    session: DocumentSession, item: AgendaItem, now: datetime | None = None
) -> CallCommand:
    return _live_step(
        session,
        QCoreApplication.translate("Commands", "Start “{title}”").format(title=_quote(item.title)),
        "start",
        uuid=item.uuid,
        now=now,
    )


def finish_item(
    session: DocumentSession, item: AgendaItem, now: datetime | None = None
) -> CallCommand:
    return _live_step(
        session,
        QCoreApplication.translate("Commands", "End “{title}”").format(title=_quote(item.title)),
        "finish",
        uuid=item.uuid,
        now=now,
    )


def advance(
    session: DocumentSession, session_uuid: str, now: datetime | None = None
) -> CallCommand:
    return _live_step(
        session,
        QCoreApplication.translate("Commands", "Next agenda item"),
        "advance",
        session_uuid=session_uuid,
        now=now,
    )


# ---------------------------------------------------------------- cards
def add_card(
    session: DocumentSession,
    agenda_item_uuid: str,
    draft: CardDraft,
    *,
    cluster_uuid: str | None = None,
    position: int | None = None,
) -> CallCommand:
    events, uuid = session.events, new_uuid()
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Add card “{text}”").format(text=_quote(draft.text)),
        lambda: events.add_card(
            agenda_item_uuid=agenda_item_uuid,
            draft=draft,
            cluster_uuid=cluster_uuid,
            position=position,
            uuid=uuid,
        )[1],
        lambda: events.delete_card(uuid=uuid)[1],
        uuid=uuid,
    )


def edit_card(session: DocumentSession, card: Card, after: CardDraft) -> CallCommand:
    events, uuid = session.events, card.uuid
    before = card.to_draft()
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Edit card “{text}”").format(
            text=_quote(after.text)
        ),
        lambda: events.update_card(uuid=uuid, draft=after),
        lambda: events.update_card(uuid=uuid, draft=before),
    )


def move_card(
    session: DocumentSession, card: Card, cluster_uuid: str | None, position: int
) -> CallCommand:
    events, uuid = session.events, card.uuid
    old_cluster, old_position = card.cluster_uuid, card.position
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Move card “{text}”").format(text=_quote(card.text)),
        lambda: events.move_card(uuid=uuid, cluster_uuid=cluster_uuid, position=position),
        lambda: events.move_card(uuid=uuid, cluster_uuid=old_cluster, position=old_position),
    )


def set_dots(session: DocumentSession, card: Card, dots: int) -> CallCommand:
    events, uuid, old = session.events, card.uuid, card.dots
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Dots for “{text}”: {dots}").format(
            text=_quote(card.text), dots=dots
        ),
        lambda: events.set_dots(uuid=uuid, dots=dots),
        lambda: events.set_dots(uuid=uuid, dots=old),
    )


def delete_card(session: DocumentSession, card: Card) -> CallCommand:
    events, uuid = session.events, card.uuid
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Delete card “{text}”").format(
            text=_quote(card.text)
        ),
        lambda: events.delete_card(uuid=uuid)[1],
        lambda: events.restore_card(card=card),
    )


# ---------------------------------------------------------------- clusters
def add_cluster(
    session: DocumentSession, agenda_item_uuid: str, name: str, position: int | None = None
) -> CallCommand:
    events, uuid = session.events, new_uuid()
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Add cluster “{name}”").format(name=_quote(name)),
        lambda: events.add_cluster(
            agenda_item_uuid=agenda_item_uuid, name=name, position=position, uuid=uuid
        )[1],
        lambda: events.delete_cluster(uuid=uuid)[1],
        uuid=uuid,
    )


def rename_cluster(session: DocumentSession, cluster: Cluster, name: str) -> CallCommand:
    events, uuid, old = session.events, cluster.uuid, cluster.name
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Rename cluster “{name}”").format(name=_quote(name)),
        lambda: events.rename_cluster(uuid=uuid, name=name),
        lambda: events.rename_cluster(uuid=uuid, name=old),
    )


def move_cluster(session: DocumentSession, cluster: Cluster, position: int) -> CallCommand:
    events, uuid, old = session.events, cluster.uuid, cluster.position
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Move cluster “{name}”").format(
            name=_quote(cluster.name)
        ),
        lambda: events.move_cluster(uuid=uuid, position=position),
        lambda: events.move_cluster(uuid=uuid, position=old),
    )


def delete_cluster(session: DocumentSession, cluster: Cluster) -> CallCommand:
    events, uuid = session.events, cluster.uuid
    return deleting(
        session,
        QCoreApplication.translate("Commands", "Delete cluster “{name}”").format(
            name=_quote(cluster.name)
        ),
        lambda: events.delete_cluster(uuid=uuid),
        lambda deleted: events.restore_cluster(deleted=deleted),
    )


# ---------------------------------------------------------------- decisions
def add_decision(session: DocumentSession, session_uuid: str, draft: DecisionDraft) -> CallCommand:
    events, uuid = session.events, new_uuid()
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Add decision “{text}”").format(
            text=_quote(draft.text)
        ),
        lambda: events.add_decision(session_uuid=session_uuid, draft=draft, uuid=uuid)[1],
        lambda: events.delete_decision(uuid=uuid)[1],
        uuid=uuid,
    )


def edit_decision(
    session: DocumentSession, decision: Decision, after: DecisionDraft
) -> CallCommand:
    events, uuid = session.events, decision.uuid
    before = decision.to_draft()
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Edit decision “{text}”").format(
            text=_quote(after.text)
        ),
        lambda: events.update_decision(uuid=uuid, draft=after),
        lambda: events.update_decision(uuid=uuid, draft=before),
    )


def delete_decision(session: DocumentSession, decision: Decision) -> CallCommand:
    events, uuid = session.events, decision.uuid
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Delete decision “{text}”").format(
            text=_quote(decision.text)
        ),
        lambda: events.delete_decision(uuid=uuid)[1],
        lambda: events.restore_decision(decision=decision),
    )


# ---------------------------------------------------------------- action items
def add_action(session: DocumentSession, session_uuid: str, draft: ActionItemDraft) -> CallCommand:
    events, uuid = session.events, new_uuid()
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Add action item “{text}”").format(
            text=_quote(draft.what)
        ),
        lambda: events.add_action(session_uuid=session_uuid, draft=draft, uuid=uuid)[1],
        lambda: events.delete_action(uuid=uuid)[1],
        uuid=uuid,
    )


def edit_action(
    session: DocumentSession, action: ActionItem, after: ActionItemDraft
) -> CallCommand:
    events, uuid = session.events, action.uuid
    before = action.to_draft()
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Edit action item “{text}”").format(
            text=_quote(after.what)
        ),
        lambda: events.update_action(uuid=uuid, draft=after),
        lambda: events.update_action(uuid=uuid, draft=before),
    )


def set_action_status(
    session: DocumentSession,
    action: ActionItem,
    status: ActionStatus,
    in_session_uuid: str | None = None,
) -> CallCommand:
    """Mark an action item done/dropped/open, ``in_session_uuid`` being the session where
    that happened (a carried-over item is closed in a later session)."""
    events, uuid = session.events, action.uuid
    old_status, old_session = action.status, action.closed_in_session_uuid
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Action item “{text}”: {status}").format(
            text=_quote(action.what), status=translate(status.label)
        ),
        lambda: events.set_action_status(uuid=uuid, status=status, in_session_uuid=in_session_uuid),
        lambda: events.set_action_status(uuid=uuid, status=old_status, in_session_uuid=old_session),
    )


def delete_action(session: DocumentSession, action: ActionItem) -> CallCommand:
    events, uuid = session.events, action.uuid
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Delete action item “{text}”").format(
            text=_quote(action.what)
        ),
        lambda: events.delete_action(uuid=uuid)[1],
        lambda: events.restore_action(action=action),
    )


# ---------------------------------------------------------------- parking lot
def add_parking_lot_item(session: DocumentSession, session_uuid: str, text: str) -> CallCommand:
    events, uuid = session.events, new_uuid()
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Park “{text}”").format(text=_quote(text)),
        lambda: events.add_parking_lot_item(session_uuid=session_uuid, text=text, uuid=uuid)[1],
        lambda: events.delete_parking_lot_item(uuid=uuid)[1],
        uuid=uuid,
    )


def edit_parking_lot_item(session: DocumentSession, item: ParkingLotItem, text: str) -> CallCommand:
    events, uuid, old = session.events, item.uuid, item.text
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Edit parked item “{text}”").format(
            text=_quote(text)
        ),
        lambda: events.update_parking_lot_item(uuid=uuid, text=text),
        lambda: events.update_parking_lot_item(uuid=uuid, text=old),
    )


def delete_parking_lot_item(session: DocumentSession, item: ParkingLotItem) -> CallCommand:
    events, uuid = session.events, item.uuid
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Delete parked item “{text}”").format(
            text=_quote(item.text)
        ),
        lambda: events.delete_parking_lot_item(uuid=uuid)[1],
        lambda: events.restore_parking_lot_item(item=item),
    )


# ---------------------------------------------------------------- photos
def add_photo(session: DocumentSession, session_uuid: str, draft: PhotoDraft) -> CallCommand:
    events, uuid = session.events, new_uuid()
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Add photo “{caption}”").format(
            caption=_quote(draft.caption)
        ),
        lambda: events.add_photo(session_uuid=session_uuid, draft=draft, uuid=uuid)[1],
        lambda: events.delete_photo(uuid=uuid)[1],
        uuid=uuid,
    )


def set_photo_caption(session: DocumentSession, photo: Photo, caption: str) -> CallCommand:
    events, uuid, old = session.events, photo.uuid, photo.caption
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Caption photo “{caption}”").format(
            caption=_quote(caption)
        ),
        lambda: events.set_photo_caption(uuid=uuid, caption=caption),
        lambda: events.set_photo_caption(uuid=uuid, caption=old),
    )


def delete_photo(session: DocumentSession, photo: Photo) -> CallCommand:
    events, uuid = session.events, photo.uuid
    return deleting(
        session,
        QCoreApplication.translate("Commands", "Delete photo “{caption}”").format(
            caption=_quote(photo.caption)
        ),
        lambda: events.delete_photo(uuid=uuid),
        lambda deleted: events.restore_photo(deleted=deleted),
    )
