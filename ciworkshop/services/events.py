"""Use cases on events and sessions: attendance, agenda and live run, the capture board
(cards, clusters, dots), decisions, action items with carry-over, parking lot and photos.

Each public write is one transaction (``Document.transaction``) and returns
:class:`Changes`, or the created/deleted object with its Changes. Creations accept an
optional ``uuid`` so that an undone creation is redone with the same identity; deletions
return what :meth:`restore_*` needs to bring everything back with the same UUIDs, and
leave tombstones. Positions stay dense: agenda items per session, clusters per board,
cards per group (a cluster, or the unclustered cards of a board).

Drafts are validated (:mod:`ciworkshop.domain.event_rules`) before anything is written;
an invalid draft raises :class:`~ciworkshop.domain.rules.ValidationError` and changes
nothing. An unknown UUID raises ``KeyError``. The live-run calls take ``now`` (an aware
datetime; the current time if omitted) so tests and the UI's clock agree.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TypeVar

from sqlite_utils import Database

from ciworkshop.domain import event_rules
from ciworkshop.domain.events import (
    WARNING_SECONDS,
    ActionItem,
    ActionItemDraft,
    ActionStatus,
    AgendaItem,
    AgendaItemDraft,
    Attendance,
    AttendanceDraft,
    Board,
    Card,
    CardDraft,
    Cluster,
    Decision,
    DecisionDraft,
    DeletedAgendaItem,
    DeletedCluster,
    DeletedEvent,
    DeletedPhoto,
    DeletedSession,
    Event,
    EventDraft,
    LiveRun,
    ParkingLotItem,
    Photo,
    PhotoDraft,
    Session,
    SessionDraft,
    carry_over,
    live_run,
    planned_start_times,
    timestamp,
)
from ciworkshop.domain.model import new_uuid, utc_now
from ciworkshop.domain.rules import Problem, require_valid
from ciworkshop.services.changes import Changes, Entity
from ciworkshop.store import event_repository as repo
from ciworkshop.store import repository
from ciworkshop.store.document import Document

_T = TypeVar("_T")


def _stamp(now: datetime | None) -> str:
    return timestamp(now or datetime.now(UTC))


def _insert_at(order: list[str], uuid: str, position: int | None) -> list[str]:
    """``order`` without ``uuid``, then ``uuid`` at ``position`` (clamped; None = end)."""
    order = [u for u in order if u != uuid]
    index = len(order) if position is None else max(0, min(position, len(order)))
    order.insert(index, uuid)
    return order


class EventService:
    def __init__(self, document: Document) -> None:
        self.document = document

    @property
    def _db(self) -> Database:
        return self.document.db

    # ------------------------------------------------------------ reading
    def events(self) -> list[Event]:
        """Events by date (undated last)."""
        return repo.list_events(self._db)

    def event(self, uuid: str) -> Event | None:
        return repo.get_event(self._db, uuid)

    def sessions(self, event_uuid: str | None = None) -> list[Session]:
        """Sessions (of one event, or all) by date and start time, undated last."""
        return repo.list_sessions(self._db, event_uuid)

    def standalone_sessions(self) -> list[Session]:
        return [s for s in repo.list_sessions(self._db) if s.event_uuid is None]

    def session(self, uuid: str) -> Session | None:
        return repo.get_session(self._db, uuid)

    def attendance(self, session_uuid: str) -> list[Attendance]:
        """Who was there, in the order they were entered."""
        return repo.list_attendance(self._db, session_uuid)

    def agenda(self, session_uuid: str) -> list[AgendaItem]:
        return repo.list_agenda(self._db, session_uuid)

    def agenda_item(self, uuid: str) -> AgendaItem | None:
        return repo.get_agenda_item(self._db, uuid)

    def planned_starts(self, session_uuid: str) -> dict[str, str]:
        """The planned start time (``HH:MM``, or ``""``) of each agenda item, by UUID."""
        session = self._require(repo.get_session(self._db, session_uuid), session_uuid)
        items = repo.list_agenda(self._db, session_uuid)
        starts = planned_start_times(session.start_time, [i.planned_minutes for i in items])
        return {item.uuid: start for item, start in zip(items, starts, strict=True)}

    def live(
        self, session_uuid: str, *, now: datetime, warning_seconds: int = WARNING_SECONDS
    ) -> LiveRun:
        """Where the live run of the session stands at ``now``."""
        return live_run(
            repo.list_agenda(self._db, session_uuid), now, warning_seconds=warning_seconds
        )

    def board(self, agenda_item_uuid: str) -> Board:
        """The board of an agenda item: clusters in order, cards grouped and in order."""
        item = self._require(repo.get_agenda_item(self._db, agenda_item_uuid), agenda_item_uuid)
        return Board.build(
            item,
            clusters=repo.list_clusters(self._db, agenda_item_uuid),
            cards=repo.list_cards(self._db, agenda_item_uuid),
        )

    def card(self, uuid: str) -> Card | None:
        return repo.get_card(self._db, uuid)

    def cluster(self, uuid: str) -> Cluster | None:
        return repo.get_cluster(self._db, uuid)

    def decisions(self, session_uuid: str) -> list[Decision]:
        return repo.list_decisions(self._db, session_uuid)

    def decision(self, uuid: str) -> Decision | None:
        return repo.get_decision(self._db, uuid)

    def actions(self, session_uuid: str) -> list[ActionItem]:
        return repo.list_actions(self._db, session_uuid)

    def action(self, uuid: str) -> ActionItem | None:
        return repo.get_action(self._db, uuid)

    def carry_over(self, session_uuid: str) -> tuple[ActionItem, ...]:
        """Open action items of sessions dated before this one (by due date, undated
        last); nothing for a session without a date."""
        session = self._require(repo.get_session(self._db, session_uuid), session_uuid)
        return carry_over(
            repo.list_open_actions(self._db), repo.list_sessions(self._db), before=session.date
        )

    def parking_lot(self, session_uuid: str) -> list[ParkingLotItem]:
        return repo.list_parking_lot(self._db, session_uuid)

    def parking_lot_item(self, uuid: str) -> ParkingLotItem | None:
        return repo.get_parking_lot_item(self._db, uuid)

    def photos(self, session_uuid: str) -> list[Photo]:
        """A session's photos without their bytes (see :meth:`photo_data`)."""
        return repo.list_photos(self._db, session_uuid)

    def photo(self, uuid: str) -> Photo | None:
        return repo.get_photo(self._db, uuid)

    def photo_data(self, uuid: str) -> bytes:
        return self._require(repo.photo_data(self._db, uuid), uuid)

    def cards_of_goal(self, goal_uuid: str) -> list[Card]:
        """Cards linked to an impact goal: where the goal came from."""
        return repo.cards_of_goal(self._db, goal_uuid)

    def decisions_of_goal(self, goal_uuid: str) -> list[Decision]:
        return repo.decisions_of_goal(self._db, goal_uuid)

    # ------------------------------------------------------------ events
    def add_event(self, *, draft: EventDraft, uuid: str | None = None) -> tuple[Event, Changes]:
        require_valid(event_rules.check_event(draft))
        now = utc_now()
        event = Event(
            uuid=uuid or new_uuid(),
            title=draft.title.strip(),
            date=draft.date.strip(),
            place=draft.place.strip(),
            created_at=now,
            modified_at=now,
        )
        with self.document.transaction() as db:
            repo.insert_event(db, event)
            repository.remove_tombstone(db, event.uuid)
        return event, Changes.of(Entity.EVENT, uuids=(event.uuid,))

    def update_event(self, *, uuid: str, draft: EventDraft) -> Changes:
        require_valid(event_rules.check_event(draft))
        with self.document.transaction() as db:
            current = self._require(repo.get_event(db, uuid), uuid)
            repo.update_event(
                db,
                dataclasses.replace(
                    current,
                    title=draft.title.strip(),
                    date=draft.date.strip(),
                    place=draft.place.strip(),
                    modified_at=utc_now(),
                ),
            )
        return Changes.of(Entity.EVENT, uuids=(uuid,))

    def delete_event(self, *, uuid: str) -> tuple[DeletedEvent, Changes]:
        """Delete an event. Its sessions are kept and stand alone afterwards."""
        with self.document.transaction() as db:
            event = self._require(repo.get_event(db, uuid), uuid)
            sessions = tuple(s.uuid for s in repo.list_sessions(db, uuid))
            repo.delete_event(db, uuid)
            repository.add_tombstone(db, uuid, Entity.EVENT.value)
        deleted = DeletedEvent(event, sessions)
        return deleted, Changes.of(Entity.EVENT, Entity.SESSION, uuids=(uuid, *sessions))

    def restore_event(self, *, deleted: DeletedEvent) -> Changes:
        """Undo a deletion: the same event, its sessions (those still there) back in it."""
        with self.document.transaction() as db:
            repo.insert_event(db, deleted.event)
            repository.remove_tombstone(db, deleted.event.uuid)
            repo.attach_sessions(db, deleted.event.uuid, deleted.session_uuids)
        return Changes.of(
            Entity.EVENT, Entity.SESSION, uuids=(deleted.event.uuid, *deleted.session_uuids)
        )

    # ------------------------------------------------------------ sessions
    def add_session(
        self,
        *,
        draft: SessionDraft,
        uuid: str | None = None,
        agenda: Sequence[AgendaItemDraft] = (),
        agenda_uuids: Sequence[str] = (),
    ) -> tuple[Session, Changes]:
        """A new session, with an agenda to start from (e.g. the format's template, see
        :func:`~ciworkshop.domain.events.template_drafts`); ``agenda_uuids`` lets a redo
        recreate the items with the same identities."""
        require_valid(event_rules.check_session(draft))
        for item_draft in agenda:
            require_valid(event_rules.check_agenda_item(item_draft))
        now = utc_now()
        session = self._session_from_draft(
            Session(uuid=uuid or new_uuid(), format=draft.format, title="", created_at=now),
            draft,
            now,
        )
        item_uuids = list(agenda_uuids) + [new_uuid() for _ in agenda[len(agenda_uuids) :]]
        with self.document.transaction() as db:
            self._check_event(db, draft.event_uuid)
            repo.insert_session(db, session)
            repository.remove_tombstone(db, session.uuid)
            for position, (item_draft, item_uuid) in enumerate(
                zip(agenda, item_uuids, strict=False)
            ):
                repo.insert_agenda_item(
                    db, self._new_agenda_item(session.uuid, position, item_draft, item_uuid, now)
                )
                repository.remove_tombstone(db, item_uuid)
        changes = Changes.of(Entity.SESSION, uuids=(session.uuid,))
        if agenda:
            changes |= Changes.of(Entity.AGENDA_ITEM, uuids=tuple(item_uuids[: len(agenda)]))
        return session, changes

    def update_session(self, *, uuid: str, draft: SessionDraft) -> Changes:
        require_valid(event_rules.check_session(draft))
        with self.document.transaction() as db:
            current = self._require(repo.get_session(db, uuid), uuid)
            self._check_event(db, draft.event_uuid)
            repo.update_session(db, self._session_from_draft(current, draft, utc_now()))
        return Changes.of(Entity.SESSION, uuids=(uuid,))

    def delete_session(self, *, uuid: str) -> tuple[DeletedSession, Changes]:
        """Delete a session with everything recorded in it (photos included)."""
        with self.document.transaction() as db:
            session = self._require(repo.get_session(db, uuid), uuid)
            deleted = DeletedSession(
                session=session,
                attendance=tuple(repo.list_attendance(db, uuid)),
                agenda=tuple(
                    self._deleted_agenda_item(db, item) for item in repo.list_agenda(db, uuid)
                ),
                decisions=tuple(repo.list_decisions(db, uuid)),
                actions=tuple(repo.list_actions(db, uuid)),
                parking_lot=tuple(repo.list_parking_lot(db, uuid)),
                photos=tuple(
                    DeletedPhoto(photo, repo.photo_data(db, photo.uuid) or b"")
                    for photo in repo.list_photos(db, uuid)
                ),
            )
            repo.delete_session(db, uuid)
            self._session_tombstones(db, deleted)
        return deleted, self._session_changes(deleted)

    def restore_session(self, *, deleted: DeletedSession) -> Changes:
        """Undo a deletion: same UUIDs, everything recorded back (the event link only if
        the event still exists)."""
        with self.document.transaction() as db:
            session = deleted.session
            if session.event_uuid and repo.get_event(db, session.event_uuid) is None:
                session = dataclasses.replace(session, event_uuid=None)
            repo.insert_session(db, session)
            for attendance in deleted.attendance:
                repo.insert_attendance(db, attendance)
            for agenda_item in deleted.agenda:
                self._insert_agenda_item_with_board(db, agenda_item)
            for decision in deleted.decisions:
                repo.insert_decision(db, decision)
            for action in deleted.actions:
                repo.insert_action(db, action)
            for parking in deleted.parking_lot:
                repo.insert_parking_lot_item(db, parking)
            for photo in deleted.photos:
                repo.insert_photo(db, photo.photo, photo.data)
            for restored in deleted.uuids:
                repository.remove_tombstone(db, restored)
        return self._session_changes(deleted)

    # ------------------------------------------------------------ attendance
    def add_attendance(
        self, *, session_uuid: str, draft: AttendanceDraft, uuid: str | None = None
    ) -> tuple[Attendance, Changes]:
        """Mark a person of the network as present, or add a guest typed in on the spot.
        A person already on the list is refused."""
        require_valid(event_rules.check_attendance(draft))
        now = utc_now()
        attendance = Attendance(
            uuid=uuid or new_uuid(),
            session_uuid=session_uuid,
            person_uuid=draft.person_uuid or None,
            guest_name="" if draft.person_uuid else draft.guest_name.strip(),
            guest_organisation="" if draft.person_uuid else draft.guest_organisation.strip(),
            created_at=now,
            modified_at=now,
        )
        with self.document.transaction() as db:
            self._require(repo.get_session(db, session_uuid), session_uuid)
            if attendance.person_uuid and repo.person_attends(
                db, session_uuid, attendance.person_uuid
            ):
                require_valid([Problem("person", event_rules.MSG_ALREADY_PRESENT)])
            repo.insert_attendance(db, attendance)
            repository.remove_tombstone(db, attendance.uuid)
        return attendance, Changes.of(Entity.ATTENDANCE, uuids=(attendance.uuid,))

    def delete_attendance(self, *, uuid: str) -> tuple[Attendance, Changes]:
        with self.document.transaction() as db:
            attendance = self._require(repo.get_attendance(db, uuid), uuid)
            repo.delete_attendance(db, uuid)
            repository.add_tombstone(db, uuid, Entity.ATTENDANCE.value)
        return attendance, Changes.of(Entity.ATTENDANCE, uuids=(uuid,))

    def restore_attendance(self, *, attendance: Attendance) -> Changes:
        with self.document.transaction() as db:
            repo.insert_attendance(db, attendance)
            repository.remove_tombstone(db, attendance.uuid)
        return Changes.of(Entity.ATTENDANCE, uuids=(attendance.uuid,))

    # ------------------------------------------------------------ agenda
    def add_agenda_item(
        self,
        *,
        session_uuid: str,
        draft: AgendaItemDraft,
        position: int | None = None,
        uuid: str | None = None,
    ) -> tuple[AgendaItem, Changes]:
        """A new agenda item at ``position`` (from 0, clamped; at the end if None)."""
        require_valid(event_rules.check_agenda_item(draft))
        now = utc_now()
        with self.document.transaction() as db:
            self._require(repo.get_session(db, session_uuid), session_uuid)
            order = [i.uuid for i in repo.list_agenda(db, session_uuid)]
            item = self._new_agenda_item(session_uuid, len(order), draft, uuid or new_uuid(), now)
            repo.insert_agenda_item(db, item)
            repo.set_agenda_positions(db, _insert_at(order, item.uuid, position))
            repository.remove_tombstone(db, item.uuid)
            item = self._require(repo.get_agenda_item(db, item.uuid), item.uuid)
        return item, Changes.of(Entity.AGENDA_ITEM, uuids=(item.uuid,))

    def update_agenda_item(self, *, uuid: str, draft: AgendaItemDraft) -> Changes:
        require_valid(event_rules.check_agenda_item(draft))
        with self.document.transaction() as db:
            current = self._require(repo.get_agenda_item(db, uuid), uuid)
            repo.update_agenda_item(
                db,
                dataclasses.replace(
                    current,
                    title=draft.title.strip(),
                    planned_minutes=draft.planned_minutes,
                    modified_at=utc_now(),
                ),
            )
        return Changes.of(Entity.AGENDA_ITEM, uuids=(uuid,))

    def move_agenda_item(self, *, uuid: str, position: int) -> Changes:
        """Put an item at ``position`` (from 0, clamped). Undo: move it back."""
        with self.document.transaction() as db:
            current = self._require(repo.get_agenda_item(db, uuid), uuid)
            order = [i.uuid for i in repo.list_agenda(db, current.session_uuid)]
            repo.set_agenda_positions(db, _insert_at(order, uuid, position))
        return Changes.of(Entity.AGENDA_ITEM, uuids=(uuid,))

    def delete_agenda_item(self, *, uuid: str) -> tuple[DeletedAgendaItem, Changes]:
        """Delete an agenda item with its board; decisions about it stay, unlinked."""
        with self.document.transaction() as db:
            item = self._require(repo.get_agenda_item(db, uuid), uuid)
            deleted = self._deleted_agenda_item(db, item)
            repo.delete_agenda_item(db, uuid)
            repo.set_agenda_positions(db, [i.uuid for i in repo.list_agenda(db, item.session_uuid)])
            self._agenda_tombstones(db, deleted)
        return deleted, self._agenda_changes(deleted)

    def restore_agenda_item(self, *, deleted: DeletedAgendaItem) -> Changes:
        with self.document.transaction() as db:
            item = deleted.item
            self._require(repo.get_session(db, item.session_uuid), item.session_uuid)
            self._insert_agenda_item_with_board(db, deleted)
            order = [i.uuid for i in repo.list_agenda(db, item.session_uuid)]
            repo.set_agenda_positions(db, _insert_at(order, item.uuid, item.position))
            for restored in deleted.uuids:
                repository.remove_tombstone(db, restored)
        return self._agenda_changes(deleted)

    # ------------------------------------------------------------ live run
    def start_item(
        self, *, uuid: str, now: datetime | None = None
    ) -> tuple[tuple[AgendaItem, ...], Changes]:
        """Start an agenda item at ``now``; an item running meanwhile ends at ``now``.
        Starting an item that had ended resumes it (its first start is kept).
        Returns the items as they were, for :meth:`restore_item_times`."""
        stamp = _stamp(now)
        with self.document.transaction() as db:
            item = self._require(repo.get_agenda_item(db, uuid), uuid)
            before = self._end_running(db, item.session_uuid, stamp, except_uuid=uuid)
            before.append(item)
            repo.update_agenda_item(
                db,
                dataclasses.replace(
                    item, started_at=item.started_at or stamp, ended_at="", modified_at=stamp
                ),
            )
        return tuple(before), self._times_changes(before)

    def finish_item(
        self, *, uuid: str, now: datetime | None = None
    ) -> tuple[tuple[AgendaItem, ...], Changes]:
        """End a running agenda item at ``now``. An item never started is refused with
        ``ValueError``; one already ended keeps its end."""
        stamp = _stamp(now)
        with self.document.transaction() as db:
            item = self._require(repo.get_agenda_item(db, uuid), uuid)
            if not item.started_at:
                raise ValueError(f"agenda item {uuid} has not started")
            if item.ended_at:
                return (), Changes()
            repo.update_agenda_item(
                db, dataclasses.replace(item, ended_at=stamp, modified_at=stamp)
            )
        return (item,), self._times_changes([item])

    def advance(
        self, *, session_uuid: str, now: datetime | None = None
    ) -> tuple[tuple[AgendaItem, ...], Changes]:
        """End the running item and start the first one not yet started, both at ``now``
        (the "next" key of the live run). At the end of the agenda it only ends."""
        stamp = _stamp(now)
        with self.document.transaction() as db:
            self._require(repo.get_session(db, session_uuid), session_uuid)
            before = self._end_running(db, session_uuid, stamp)
            following = next(
                (i for i in repo.list_agenda(db, session_uuid) if not i.started_at), None
            )
            if following is not None:
                before.append(following)
                repo.update_agenda_item(
                    db, dataclasses.replace(following, started_at=stamp, modified_at=stamp)
                )
        return tuple(before), self._times_changes(before)

    def restore_item_times(self, *, items: Sequence[AgendaItem]) -> Changes:
        """Undo a live-run step: the given items' start and end times as they were."""
        with self.document.transaction() as db:
            for item in items:
                current = self._require(repo.get_agenda_item(db, item.uuid), item.uuid)
                repo.update_agenda_item(
                    db,
                    dataclasses.replace(
                        current,
                        started_at=item.started_at,
                        ended_at=item.ended_at,
                        modified_at=utc_now(),
                    ),
                )
        return self._times_changes(items)

    # ------------------------------------------------------------ cards
    def add_card(
        self,
        *,
        agenda_item_uuid: str,
        draft: CardDraft,
        cluster_uuid: str | None = None,
        position: int | None = None,
        uuid: str | None = None,
    ) -> tuple[Card, Changes]:
        """A new card in ``cluster_uuid`` (None: unclustered) at ``position`` (at the end
        of its group if None): Enter, type, Enter."""
        require_valid(event_rules.check_card(draft))
        now = utc_now()
        with self.document.transaction() as db:
            self._require(repo.get_agenda_item(db, agenda_item_uuid), agenda_item_uuid)
            self._check_cluster(db, agenda_item_uuid, cluster_uuid)
            card = self._card_from_draft(
                Card(
                    uuid=uuid or new_uuid(),
                    agenda_item_uuid=agenda_item_uuid,
                    cluster_uuid=cluster_uuid,
                    position=len(repo.card_uuids_in(db, agenda_item_uuid, cluster_uuid)),
                    text="",
                    created_at=now,
                ),
                draft,
                now,
            )
            repo.insert_card(db, card)
            if position is not None:
                self._place_card(db, card, cluster_uuid, position)
                card = self._require(repo.get_card(db, card.uuid), card.uuid)
            repository.remove_tombstone(db, card.uuid)
        return card, Changes.of(Entity.CARD, uuids=(card.uuid,))

    def update_card(self, *, uuid: str, draft: CardDraft) -> Changes:
        require_valid(event_rules.check_card(draft))
        with self.document.transaction() as db:
            current = self._require(repo.get_card(db, uuid), uuid)
            repo.update_card(db, self._card_from_draft(current, draft, utc_now()))
        return Changes.of(Entity.CARD, uuids=(uuid,))

    def move_card(self, *, uuid: str, cluster_uuid: str | None, position: int) -> Changes:
        """Put a card into ``cluster_uuid`` (None: unclustered) at ``position`` (from 0,
        clamped) on the same board; both groups are renumbered. Undo: move it back."""
        with self.document.transaction() as db:
            card = self._require(repo.get_card(db, uuid), uuid)
            self._check_cluster(db, card.agenda_item_uuid, cluster_uuid)
            self._place_card(db, card, cluster_uuid, position)
            repo.touch_card(db, uuid, utc_now())
        return Changes.of(Entity.CARD, uuids=(uuid,))

    def set_dots(self, *, uuid: str, dots: int) -> Changes:
        """The number of dots a card got in the vote (0 to DOTS_MAX)."""
        require_valid(event_rules.check_dots(dots))
        with self.document.transaction() as db:
            self._require(repo.get_card(db, uuid), uuid)
            repo.set_dots(db, uuid, dots, utc_now())
        return Changes.of(Entity.CARD, uuids=(uuid,))

    def delete_card(self, *, uuid: str) -> tuple[Card, Changes]:
        with self.document.transaction() as db:
            card = self._require(repo.get_card(db, uuid), uuid)
            repo.delete_card(db, uuid)
            self._renumber_cards(db, card.agenda_item_uuid, card.cluster_uuid)
            repository.add_tombstone(db, uuid, Entity.CARD.value)
        return card, Changes.of(Entity.CARD, uuids=(uuid,))

    def restore_card(self, *, card: Card) -> Changes:
        """Undo a deletion: the same card at its place (unclustered if its cluster is gone)."""
        with self.document.transaction() as db:
            cluster = card.cluster_uuid
            if cluster is not None and repo.get_cluster(db, cluster) is None:
                cluster = None
            restored = dataclasses.replace(card, cluster_uuid=cluster)
            repo.insert_card(db, restored)
            self._place_card(db, restored, cluster, card.position)
            repository.remove_tombstone(db, card.uuid)
        return Changes.of(Entity.CARD, uuids=(card.uuid,))

    # ------------------------------------------------------------ clusters
    def add_cluster(
        self,
        *,
        agenda_item_uuid: str,
        name: str = "",
        position: int | None = None,
        uuid: str | None = None,
    ) -> tuple[Cluster, Changes]:
        """A new (possibly unnamed) cluster at ``position`` (at the end if None)."""
        require_valid(event_rules.check_cluster_name(name))
        now = utc_now()
        with self.document.transaction() as db:
            self._require(repo.get_agenda_item(db, agenda_item_uuid), agenda_item_uuid)
            order = [c.uuid for c in repo.list_clusters(db, agenda_item_uuid)]
            cluster = Cluster(
                uuid=uuid or new_uuid(),
                agenda_item_uuid=agenda_item_uuid,
                position=len(order),
                name=name.strip(),
                created_at=now,
                modified_at=now,
            )
            repo.insert_cluster(db, cluster)
            repo.set_cluster_positions(db, _insert_at(order, cluster.uuid, position))
            repository.remove_tombstone(db, cluster.uuid)
            cluster = self._require(repo.get_cluster(db, cluster.uuid), cluster.uuid)
        return cluster, Changes.of(Entity.CLUSTER, uuids=(cluster.uuid,))

    def rename_cluster(self, *, uuid: str, name: str) -> Changes:
        require_valid(event_rules.check_cluster_name(name))
        with self.document.transaction() as db:
            current = self._require(repo.get_cluster(db, uuid), uuid)
            repo.update_cluster(
                db, dataclasses.replace(current, name=name.strip(), modified_at=utc_now())
            )
        return Changes.of(Entity.CLUSTER, uuids=(uuid,))

    def move_cluster(self, *, uuid: str, position: int) -> Changes:
        with self.document.transaction() as db:
            current = self._require(repo.get_cluster(db, uuid), uuid)
            order = [c.uuid for c in repo.list_clusters(db, current.agenda_item_uuid)]
            repo.set_cluster_positions(db, _insert_at(order, uuid, position))
        return Changes.of(Entity.CLUSTER, uuids=(uuid,))

    def delete_cluster(self, *, uuid: str) -> tuple[DeletedCluster, Changes]:
        """Delete a cluster; its cards stay on the board, appended to the unclustered
        cards in their order."""
        with self.document.transaction() as db:
            cluster = self._require(repo.get_cluster(db, uuid), uuid)
            board = cluster.agenda_item_uuid
            cards = tuple(
                self._require(repo.get_card(db, c), c) for c in repo.card_uuids_in(db, board, uuid)
            )
            repo.set_card_group(
                db, None, repo.card_uuids_in(db, board, None) + [c.uuid for c in cards]
            )
            now = utc_now()
            for card in cards:
                repo.touch_card(db, card.uuid, now)
            repo.delete_cluster(db, uuid)
            repo.set_cluster_positions(db, [c.uuid for c in repo.list_clusters(db, board)])
            repository.add_tombstone(db, uuid, Entity.CLUSTER.value)
        deleted = DeletedCluster(cluster, cards)
        return deleted, Changes.of(
            Entity.CLUSTER, Entity.CARD, uuids=(uuid, *(c.uuid for c in cards))
        )

    def restore_cluster(self, *, deleted: DeletedCluster) -> Changes:
        """Undo a deletion: the cluster at its place, its cards (those still on the
        board) back in it in their old order."""
        cluster = deleted.cluster
        with self.document.transaction() as db:
            board = cluster.agenda_item_uuid
            repo.insert_cluster(db, cluster)
            order = [c.uuid for c in repo.list_clusters(db, board)]
            repo.set_cluster_positions(db, _insert_at(order, cluster.uuid, cluster.position))
            still_there = set(repo.card_uuids_in(db, board, None))
            members = [
                c.uuid
                for c in sorted(deleted.cards, key=lambda c: c.position)
                if c.uuid in still_there
            ]
            repo.set_card_group(db, cluster.uuid, members)
            now = utc_now()
            for member in members:
                repo.touch_card(db, member, now)
            self._renumber_cards(db, board, None)
            repository.remove_tombstone(db, cluster.uuid)
        return Changes.of(
            Entity.CLUSTER, Entity.CARD, uuids=(cluster.uuid, *(c.uuid for c in deleted.cards))
        )

    # ------------------------------------------------------------ decisions
    def add_decision(
        self, *, session_uuid: str, draft: DecisionDraft, uuid: str | None = None
    ) -> tuple[Decision, Changes]:
        require_valid(event_rules.check_decision(draft))
        now = utc_now()
        decision = self._decision_from_draft(
            Decision(uuid=uuid or new_uuid(), session_uuid=session_uuid, text="", created_at=now),
            draft,
            now,
        )
        with self.document.transaction() as db:
            self._require(repo.get_session(db, session_uuid), session_uuid)
            self._check_agenda_item(db, session_uuid, draft.agenda_item_uuid)
            repo.insert_decision(db, decision)
            repository.remove_tombstone(db, decision.uuid)
        return decision, Changes.of(Entity.DECISION, uuids=(decision.uuid,))

    def update_decision(self, *, uuid: str, draft: DecisionDraft) -> Changes:
        require_valid(event_rules.check_decision(draft))
        with self.document.transaction() as db:
            current = self._require(repo.get_decision(db, uuid), uuid)
            self._check_agenda_item(db, current.session_uuid, draft.agenda_item_uuid)
            repo.update_decision(db, self._decision_from_draft(current, draft, utc_now()))
        return Changes.of(Entity.DECISION, uuids=(uuid,))

    def delete_decision(self, *, uuid: str) -> tuple[Decision, Changes]:
        with self.document.transaction() as db:
            decision = self._require(repo.get_decision(db, uuid), uuid)
            repo.delete_decision(db, uuid)
            repository.add_tombstone(db, uuid, Entity.DECISION.value)
        return decision, Changes.of(Entity.DECISION, uuids=(uuid,))

    def restore_decision(self, *, decision: Decision) -> Changes:
        with self.document.transaction() as db:
            item = decision.agenda_item_uuid
            if item is not None and repo.get_agenda_item(db, item) is None:
                decision = dataclasses.replace(decision, agenda_item_uuid=None)
            repo.insert_decision(db, decision)
            repository.remove_tombstone(db, decision.uuid)
        return Changes.of(Entity.DECISION, uuids=(decision.uuid,))

    # ------------------------------------------------------------ action items
    def add_action(
        self, *, session_uuid: str, draft: ActionItemDraft, uuid: str | None = None
    ) -> tuple[ActionItem, Changes]:
        require_valid(event_rules.check_action_item(draft))
        now = utc_now()
        action = self._action_from_draft(
            ActionItem(uuid=uuid or new_uuid(), session_uuid=session_uuid, what="", created_at=now),
            draft,
            now,
        )
        with self.document.transaction() as db:
            self._require(repo.get_session(db, session_uuid), session_uuid)
            repo.insert_action(db, action)
            repository.remove_tombstone(db, action.uuid)
        return action, Changes.of(Entity.ACTION_ITEM, uuids=(action.uuid,))

    def update_action(self, *, uuid: str, draft: ActionItemDraft) -> Changes:
        require_valid(event_rules.check_action_item(draft))
        with self.document.transaction() as db:
            current = self._require(repo.get_action(db, uuid), uuid)
            repo.update_action(db, self._action_from_draft(current, draft, utc_now()))
        return Changes.of(Entity.ACTION_ITEM, uuids=(uuid,))

    def set_action_status(
        self, *, uuid: str, status: ActionStatus, in_session_uuid: str | None = None
    ) -> Changes:
        """Mark an action item done, dropped or open again; ``in_session_uuid`` is the
        later session where a carried-over item was closed (kept for its protocol).
        Undo: pass the old status and ``closed_in_session_uuid`` back."""
        with self.document.transaction() as db:
            current = self._require(repo.get_action(db, uuid), uuid)
            if in_session_uuid is not None:
                self._require(repo.get_session(db, in_session_uuid), in_session_uuid)
            repo.update_action(
                db,
                dataclasses.replace(
                    current,
                    status=status,
                    closed_in_session_uuid=None if status is ActionStatus.OPEN else in_session_uuid,
                    modified_at=utc_now(),
                ),
            )
        return Changes.of(Entity.ACTION_ITEM, uuids=(uuid,))

    def delete_action(self, *, uuid: str) -> tuple[ActionItem, Changes]:
        with self.document.transaction() as db:
            action = self._require(repo.get_action(db, uuid), uuid)
            repo.delete_action(db, uuid)
            repository.add_tombstone(db, uuid, Entity.ACTION_ITEM.value)
        return action, Changes.of(Entity.ACTION_ITEM, uuids=(uuid,))

    def restore_action(self, *, action: ActionItem) -> Changes:
        with self.document.transaction() as db:
            repo.insert_action(db, action)
            repository.remove_tombstone(db, action.uuid)
        return Changes.of(Entity.ACTION_ITEM, uuids=(action.uuid,))

    # ------------------------------------------------------------ parking lot
    def add_parking_lot_item(
        self, *, session_uuid: str, text: str, uuid: str | None = None
    ) -> tuple[ParkingLotItem, Changes]:
        require_valid(event_rules.check_parking_lot_text(text))
        now = utc_now()
        item = ParkingLotItem(
            uuid=uuid or new_uuid(),
            session_uuid=session_uuid,
            text=text.strip(),
            created_at=now,
            modified_at=now,
        )
        with self.document.transaction() as db:
            self._require(repo.get_session(db, session_uuid), session_uuid)
            repo.insert_parking_lot_item(db, item)
            repository.remove_tombstone(db, item.uuid)
        return item, Changes.of(Entity.PARKING_LOT_ITEM, uuids=(item.uuid,))

    def update_parking_lot_item(self, *, uuid: str, text: str) -> Changes:
        require_valid(event_rules.check_parking_lot_text(text))
        with self.document.transaction() as db:
            current = self._require(repo.get_parking_lot_item(db, uuid), uuid)
            repo.update_parking_lot_item(
                db, dataclasses.replace(current, text=text.strip(), modified_at=utc_now())
            )
        return Changes.of(Entity.PARKING_LOT_ITEM, uuids=(uuid,))

    def delete_parking_lot_item(self, *, uuid: str) -> tuple[ParkingLotItem, Changes]:
        with self.document.transaction() as db:
            item = self._require(repo.get_parking_lot_item(db, uuid), uuid)
            repo.delete_parking_lot_item(db, uuid)
            repository.add_tombstone(db, uuid, Entity.PARKING_LOT_ITEM.value)
        return item, Changes.of(Entity.PARKING_LOT_ITEM, uuids=(uuid,))

    def restore_parking_lot_item(self, *, item: ParkingLotItem) -> Changes:
        with self.document.transaction() as db:
            repo.insert_parking_lot_item(db, item)
            repository.remove_tombstone(db, item.uuid)
        return Changes.of(Entity.PARKING_LOT_ITEM, uuids=(item.uuid,))

    # ------------------------------------------------------------ photos
    def add_photo(
        self, *, session_uuid: str, draft: PhotoDraft, uuid: str | None = None
    ) -> tuple[Photo, Changes]:
        """Store an image the UI has already decoded, turned upright and downscaled."""
        require_valid(event_rules.check_photo(draft))
        now = utc_now()
        photo = Photo(
            uuid=uuid or new_uuid(),
            session_uuid=session_uuid,
            caption=draft.caption.strip(),
            mime=draft.mime,
            width=draft.width,
            height=draft.height,
            size=len(draft.data),
            created_at=now,
            modified_at=now,
        )
        with self.document.transaction() as db:
            self._require(repo.get_session(db, session_uuid), session_uuid)
            repo.insert_photo(db, photo, bytes(draft.data))
            repository.remove_tombstone(db, photo.uuid)
        return photo, Changes.of(Entity.PHOTO, uuids=(photo.uuid,))

    def set_photo_caption(self, *, uuid: str, caption: str) -> Changes:
        require_valid(event_rules.check_photo_caption(caption))
        with self.document.transaction() as db:
            self._require(repo.get_photo(db, uuid), uuid)
            repo.update_photo_caption(db, uuid, caption.strip(), utc_now())
        return Changes.of(Entity.PHOTO, uuids=(uuid,))

    def delete_photo(self, *, uuid: str) -> tuple[DeletedPhoto, Changes]:
        with self.document.transaction() as db:
            photo = self._require(repo.get_photo(db, uuid), uuid)
            deleted = DeletedPhoto(photo, repo.photo_data(db, uuid) or b"")
            repo.delete_photo(db, uuid)
            repository.add_tombstone(db, uuid, Entity.PHOTO.value)
        return deleted, Changes.of(Entity.PHOTO, uuids=(uuid,))

    def restore_photo(self, *, deleted: DeletedPhoto) -> Changes:
        with self.document.transaction() as db:
            repo.insert_photo(db, deleted.photo, deleted.data)
            repository.remove_tombstone(db, deleted.photo.uuid)
        return Changes.of(Entity.PHOTO, uuids=(deleted.photo.uuid,))

    # ------------------------------------------------------------ helpers
    @staticmethod
    def _require(found: _T | None, uuid: str) -> _T:
        if found is None:
            raise KeyError(uuid)
        return found

    @staticmethod
    def _check_event(db: Database, event_uuid: str | None) -> None:
        if event_uuid is not None and repo.get_event(db, event_uuid) is None:
            raise KeyError(event_uuid)

    @staticmethod
    def _check_cluster(db: Database, agenda_item_uuid: str, cluster_uuid: str | None) -> None:
        """A card can only go into a cluster of its own board."""
        if cluster_uuid is None:
            return
        cluster = repo.get_cluster(db, cluster_uuid)
        if cluster is None or cluster.agenda_item_uuid != agenda_item_uuid:
            raise KeyError(cluster_uuid)

    @staticmethod
    def _check_agenda_item(db: Database, session_uuid: str, item_uuid: str | None) -> None:
        """A decision can only refer to an agenda item of its own session."""
        if item_uuid is None:
            return
        item = repo.get_agenda_item(db, item_uuid)
        if item is None or item.session_uuid != session_uuid:
            raise KeyError(item_uuid)

    @staticmethod
    def _session_from_draft(session: Session, draft: SessionDraft, now: str) -> Session:
        return dataclasses.replace(
            session,
            format=draft.format,
            title=draft.title.strip(),
            event_uuid=draft.event_uuid,
            date=draft.date.strip(),
            start_time=draft.start_time.strip(),
            place=draft.place.strip(),
            facilitator=draft.facilitator.strip(),
            note_taker=draft.note_taker.strip(),
            guiding_question=draft.guiding_question.strip(),
            modified_at=now,
        )

    @staticmethod
    def _new_agenda_item(
        session_uuid: str, position: int, draft: AgendaItemDraft, uuid: str, now: str
    ) -> AgendaItem:
        return AgendaItem(
            uuid=uuid,
            session_uuid=session_uuid,
            position=position,
            title=draft.title.strip(),
            planned_minutes=draft.planned_minutes,
            created_at=now,
            modified_at=now,
        )

    @staticmethod
    def _card_from_draft(card: Card, draft: CardDraft, now: str) -> Card:
        # Card text is kept as typed (inner line breaks and spacing are the room's words);
        # only surrounding blanks go.
        return dataclasses.replace(
            card,
            text=draft.text.strip(),
            author=draft.author.strip(),
            colour=draft.colour,
            goal_uuid=draft.goal_uuid or None,
            modified_at=now,
        )

    @staticmethod
    def _decision_from_draft(decision: Decision, draft: DecisionDraft, now: str) -> Decision:
        return dataclasses.replace(
            decision,
            text=draft.text.strip(),
            agreement=draft.agreement,
            agenda_item_uuid=draft.agenda_item_uuid or None,
            goal_uuid=draft.goal_uuid or None,
            modified_at=now,
        )

    @staticmethod
    def _action_from_draft(action: ActionItem, draft: ActionItemDraft, now: str) -> ActionItem:
        return dataclasses.replace(
            action,
            what=draft.what.strip(),
            owner_actor_uuid=draft.owner_actor_uuid or None,
            owner_person_uuid=draft.owner_person_uuid or None,
            owner_text=draft.owner_text.strip(),
            due_date=draft.due_date.strip(),
            status=draft.status,
            closed_in_session_uuid=(
                None if draft.status is ActionStatus.OPEN else action.closed_in_session_uuid
            ),
            modified_at=now,
        )

    @staticmethod
    def _place_card(db: Database, card: Card, cluster_uuid: str | None, position: int) -> None:
        """Put ``card`` into ``cluster_uuid`` at ``position``; renumber old and new group."""
        board = card.agenda_item_uuid
        order = _insert_at(repo.card_uuids_in(db, board, cluster_uuid), card.uuid, position)
        repo.set_card_group(db, cluster_uuid, order)
        if card.cluster_uuid != cluster_uuid:
            EventService._renumber_cards(db, board, card.cluster_uuid)

    @staticmethod
    def _renumber_cards(db: Database, agenda_item_uuid: str, cluster_uuid: str | None) -> None:
        repo.set_card_group(
            db, cluster_uuid, repo.card_uuids_in(db, agenda_item_uuid, cluster_uuid)
        )

    @staticmethod
    def _end_running(
        db: Database, session_uuid: str, stamp: str, except_uuid: str | None = None
    ) -> list[AgendaItem]:
        """End every running item of the session at ``stamp``; return them as they were."""
        running = [
            i for i in repo.list_agenda(db, session_uuid) if i.is_running and i.uuid != except_uuid
        ]
        for item in running:
            repo.update_agenda_item(
                db, dataclasses.replace(item, ended_at=stamp, modified_at=stamp)
            )
        return running

    @staticmethod
    def _times_changes(items: Sequence[AgendaItem]) -> Changes:
        if not items:
            return Changes()
        return Changes.of(Entity.AGENDA_ITEM, uuids=tuple(i.uuid for i in items))

    @staticmethod
    def _deleted_agenda_item(db: Database, item: AgendaItem) -> DeletedAgendaItem:
        return DeletedAgendaItem(
            item=item,
            clusters=tuple(repo.list_clusters(db, item.uuid)),
            cards=tuple(repo.list_cards(db, item.uuid)),
            decision_uuids=repo.decision_uuids_of_item(db, item.uuid),
        )

    @staticmethod
    def _insert_agenda_item_with_board(db: Database, deleted: DeletedAgendaItem) -> None:
        repo.insert_agenda_item(db, deleted.item)
        for cluster in deleted.clusters:
            repo.insert_cluster(db, cluster)
        for card in deleted.cards:
            repo.insert_card(db, card)
        repo.relink_decisions(db, deleted.item.uuid, deleted.decision_uuids)

    @staticmethod
    def _agenda_tombstones(db: Database, deleted: DeletedAgendaItem) -> None:
        repository.add_tombstone(db, deleted.item.uuid, Entity.AGENDA_ITEM.value)
        for cluster in deleted.clusters:
            repository.add_tombstone(db, cluster.uuid, Entity.CLUSTER.value)
        for card in deleted.cards:
            repository.add_tombstone(db, card.uuid, Entity.CARD.value)

    @staticmethod
    def _agenda_changes(deleted: DeletedAgendaItem) -> Changes:
        changes = Changes.of(Entity.AGENDA_ITEM, Entity.CLUSTER, Entity.CARD, uuids=deleted.uuids)
        if deleted.decision_uuids:
            changes |= Changes.of(Entity.DECISION, uuids=deleted.decision_uuids)
        return changes

    @staticmethod
    def _session_tombstones(db: Database, deleted: DeletedSession) -> None:
        repository.add_tombstone(db, deleted.session.uuid, Entity.SESSION.value)
        for attendance in deleted.attendance:
            repository.add_tombstone(db, attendance.uuid, Entity.ATTENDANCE.value)
        for item in deleted.agenda:
            EventService._agenda_tombstones(db, item)
        for decision in deleted.decisions:
            repository.add_tombstone(db, decision.uuid, Entity.DECISION.value)
        for action in deleted.actions:
            repository.add_tombstone(db, action.uuid, Entity.ACTION_ITEM.value)
        for parking in deleted.parking_lot:
            repository.add_tombstone(db, parking.uuid, Entity.PARKING_LOT_ITEM.value)
        for photo in deleted.photos:
            repository.add_tombstone(db, photo.photo.uuid, Entity.PHOTO.value)

    @staticmethod
    def _session_changes(deleted: DeletedSession) -> Changes:
        return Changes.of(
            Entity.SESSION,
            Entity.ATTENDANCE,
            Entity.AGENDA_ITEM,
            Entity.CLUSTER,
            Entity.CARD,
            Entity.DECISION,
            Entity.ACTION_ITEM,
            Entity.PARKING_LOT_ITEM,
            Entity.PHOTO,
            uuids=deleted.uuids,
        )
