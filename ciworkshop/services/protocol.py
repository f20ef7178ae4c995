"""Gather what a protocol shows, through the services, into plain :class:`ProtocolData`.

Reading only: works on a read-only :class:`Document` (the command line and the export
worker open one beside the window's). The scope is an event (every session of it), one
session, or, when neither is given, the latest event (the latest session when the file
has no event). Consent is applied here, once, for every format
(see :mod:`ciworkshop.domain.protocol`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, tzinfo

from ciworkshop.domain.events import (
    ActionItem,
    Attendance,
    Board,
    Card,
    Decision,
    Event,
    Session,
    parse_timestamp,
    planned_end_time,
    planned_start_times,
)
from ciworkshop.domain.model import Actor, Person
from ciworkshop.domain.protocol import (
    ActionEntry,
    AgendaEntry,
    CardEntry,
    ClusterEntry,
    DecisionEntry,
    ItemResults,
    PhotoEntry,
    ProtocolData,
    ProtocolOptions,
    RankEntry,
    Section,
    SessionProtocol,
    group_participants,
    redact_names,
)
from ciworkshop.domain.quality import check_canvas
from ciworkshop.services.canvas import CanvasService
from ciworkshop.services.events import EventService
from ciworkshop.services.network import NetworkService
from ciworkshop.store.document import Document


class ScopeError(LookupError):
    """The protocol's event or session cannot be found; ``english()`` says why."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def english(self) -> str:
        return self.message


@dataclass(frozen=True, slots=True)
class Scope:
    """What one protocol covers: an event (all its sessions) or one session."""

    event: Event | None
    sessions: tuple[Session, ...]


def latest_event(events: Iterable[Event]) -> Event | None:
    """The event with the latest date; undated events count as older than dated ones,
    the most recently created first among them."""
    return max(events, key=lambda e: (bool(e.date), e.date, e.created_at), default=None)


def _match(kind: str, wanted: str, candidates: Sequence[tuple[str, str]]) -> str:
    """The UUID in ``candidates`` (uuid, title) that is ``wanted`` or starts with it."""
    wanted = wanted.strip().lower()
    exact = [uuid for uuid, _ in candidates if uuid.lower() == wanted]
    if exact:
        return exact[0]
    found = [uuid for uuid, _ in candidates if wanted and uuid.lower().startswith(wanted)]
    if len(found) == 1:
        return found[0]
    if not found:
        raise ScopeError(f"No {kind} with the ID '{wanted}' (see: ciworkshop list FILE).")
    raise ScopeError(
        f"The ID '{wanted}' fits {len(found)} {kind}s; please give more of it "
        "(see: ciworkshop list FILE)."
    )


def resolve_scope(
    events: EventService, *, event_uuid: str | None = None, session_uuid: str | None = None
) -> Scope:
    """The event or session an export covers. IDs may be shortened to a unique prefix.

    Raises :class:`ScopeError` for an unknown or ambiguous ID, or a file without events
    and sessions."""
    if event_uuid and session_uuid:
        raise ScopeError("Please give either an event or a session, not both.")
    if session_uuid:
        sessions = events.sessions()
        uuid = _match("session", session_uuid, [(s.uuid, s.title) for s in sessions])
        session = next(s for s in sessions if s.uuid == uuid)
        event = events.event(session.event_uuid) if session.event_uuid else None
        return Scope(event, (session,))
    if event_uuid:
        uuid = _match("event", event_uuid, [(e.uuid, e.title) for e in events.events()])
        event = events.event(uuid)
        assert event is not None  # matched above, same connection
        return Scope(event, tuple(events.sessions(uuid)))
    latest = latest_event(events.events())
    if latest is not None:
        return Scope(latest, tuple(events.sessions(latest.uuid)))
    sessions = events.sessions()
    if not sessions:
        raise ScopeError("The file holds no event and no session yet: nothing to export.")
    last = max(sessions, key=lambda s: (bool(s.date), s.date, s.start_time, s.created_at))
    return Scope(None, (last,))


def gather(
    document: Document,
    *,
    event_uuid: str | None = None,
    session_uuid: str | None = None,
    options: ProtocolOptions | None = None,
    today: date | None = None,
    tz: tzinfo | None = None,
) -> ProtocolData:
    """Everything the protocol of an event or a session shows, consent applied.

    ``today`` dates the protocol and the quality checks (default: today); ``tz`` is the
    venue's time zone for the actual agenda times (default: this computer's).
    Raises :class:`ScopeError` (see :func:`resolve_scope`)."""
    options = options or ProtocolOptions()
    today = today or date.today()
    events = EventService(document)
    network_service = NetworkService(document)
    scope = resolve_scope(events, event_uuid=event_uuid, session_uuid=session_uuid)
    network = network_service.network()
    people = {p.uuid: p for p in network_service.people()}
    actors = {a.uuid: a for a in network_service.actors()}
    attendance = {s.uuid: events.attendance(s.uuid) for s in scope.sessions}
    everyone = [a for s in scope.sessions for a in attendance[s.uuid]]
    hidden = _hidden_names(everyone, people, anonymise=options.anonymise)
    reader = _SessionReader(
        events, options=options, people=people, actors=actors, hidden=hidden, tz=tz
    )
    sessions = tuple(reader.read(s, len(attendance[s.uuid])) for s in scope.sessions)

    canvas = findings = None
    if options.shows(Section.CANVAS) or options.shows(Section.QUALITY):
        snapshot = CanvasService(document).snapshot()
        canvas = snapshot if options.shows(Section.CANVAS) else None
        if options.shows(Section.QUALITY):
            findings = tuple(check_canvas(snapshot, today=today))

    # A protocol of one session is titled by it, with its event as context.
    head = scope.event if scope.event and not session_uuid else scope.sessions[0]
    facilitators = dict.fromkeys(s.facilitator for s in scope.sessions if s.facilitator.strip())
    return ProtocolData(
        network_name=network.name,
        network_region=network.region,
        title=head.title,
        event_title=scope.event.title if scope.event else "",
        date=head.date or next((s.date for s in scope.sessions if s.date), ""),
        place=head.place or (scope.event.place if scope.event else ""),
        facilitators=tuple(facilitators),
        created_on=today.isoformat(),
        options=options,
        sessions=sessions,
        participants=group_participants(
            everyone, people=people, actors=actors, anonymise=options.anonymise
        ),
        canvas=canvas,
        findings=findings or (),
    )


def _hidden_names(
    attendance: Iterable[Attendance], people: dict[str, Person], *, anonymise: bool
) -> tuple[str, ...]:
    """Names that must not appear in name-like free text: everyone without consent to
    be named (all people when anonymised) and every guest."""
    names = {p.name for p in people.values() if anonymise or not p.consent_named}
    names.update(a.guest_name for a in attendance if a.guest_name.strip())
    return tuple(sorted(n for n in names if n.strip()))


class _SessionReader:
    def __init__(
        self,
        events: EventService,
        *,
        options: ProtocolOptions,
        people: dict[str, Person],
        actors: dict[str, Actor],
        hidden: tuple[str, ...],
        tz: tzinfo | None,
    ) -> None:
        self.events = events
        self.options = options
        self.people = people
        self.actors = actors
        self.hidden = hidden
        self.tz = tz

    def read(self, session: Session, participant_count: int) -> SessionProtocol:
        events, options = self.events, self.options
        agenda = events.agenda(session.uuid)
        starts = planned_start_times(session.start_time, [i.planned_minutes for i in agenda])
        titles = {item.uuid: item.title for item in agenda}
        decisions = events.decisions(session.uuid) if options.shows(Section.DECISIONS) else []
        by_item: dict[str | None, list[DecisionEntry]] = {}
        for decision in decisions:
            key = decision.agenda_item_uuid if decision.agenda_item_uuid in titles else None
            by_item.setdefault(key, []).append(self._decision(decision, titles))
        items = []
        for item, start in zip(agenda, starts, strict=True):
            entry = AgendaEntry(
                title=item.title,
                position=item.position,
                planned_minutes=item.planned_minutes,
                planned_start=start,
                actual_start=self._clock(item.started_at),
                actual_end=self._clock(item.ended_at),
                actual_minutes=(
                    None if (seconds := item.actual_seconds()) is None else round(seconds / 60)
                ),
            )
            results = ItemResults(entry=entry, decisions=tuple(by_item.get(item.uuid, ())))
            if options.shows(Section.RESULTS):
                results = self._board(events.board(item.uuid), results)
            items.append(results)
        actions = events.actions(session.uuid) if options.shows(Section.ACTIONS) else []
        parking = events.parking_lot(session.uuid) if options.shows(Section.PARKING_LOT) else []
        photos = events.photos(session.uuid) if options.include_photos else []
        return SessionProtocol(
            uuid=session.uuid,
            title=session.title,
            format=session.format,
            date=session.date,
            start_time=session.start_time,
            planned_end=planned_end_time(session.start_time, [i.planned_minutes for i in agenda]),
            place=session.place,
            facilitator=session.facilitator,
            note_taker=session.note_taker,
            guiding_question=session.guiding_question,
            participant_count=participant_count,
            items=tuple(items),
            decisions=tuple(by_item.get(None, ())),
            actions=tuple(self._action(a, session) for a in actions),
            parking_lot=tuple(p.text for p in parking),
            photos=tuple(
                PhotoEntry(
                    caption=p.caption,
                    mime=p.mime,
                    width=p.width,
                    height=p.height,
                    data=events.photo_data(p.uuid),
                )
                for p in photos
            ),
        )

    def _clock(self, stamp: str) -> str:
        moment = parse_timestamp(stamp)
        return "" if moment is None else moment.astimezone(self.tz).strftime("%H:%M")

    def _card(self, card: Card) -> CardEntry:
        author = "" if self.options.anonymise else redact_names(card.author, self.hidden)
        return CardEntry(text=card.text, author=author, colour=card.colour, dots=card.dots)

    def _board(self, board: Board, results: ItemResults) -> ItemResults:
        names = {c.uuid: c.name for c in board.clusters}
        ranking = tuple(
            RankEntry(
                rank=ranked.rank,
                text=ranked.card.text,
                dots=ranked.card.dots,
                cluster=names.get(ranked.card.cluster_uuid or "", ""),
            )
            for ranked in board.ranking()
            if ranked.card.dots > 0
        )
        return ItemResults(
            entry=results.entry,
            unclustered=tuple(self._card(c) for c in board.cards_in(None)),
            clusters=tuple(
                ClusterEntry(c.name, tuple(self._card(card) for card in board.cards_in(c.uuid)))
                for c in board.clusters
            ),
            ranking=ranking,
            decisions=results.decisions,
        )

    @staticmethod
    def _decision(decision: Decision, titles: dict[str, str]) -> DecisionEntry:
        return DecisionEntry(
            text=decision.text,
            agreement=decision.agreement,
            agenda_item=titles.get(decision.agenda_item_uuid or "", ""),
        )

    def _action(self, action: ActionItem, session: Session) -> ActionEntry:
        owners: list[str] = []
        actor = self.actors.get(action.owner_actor_uuid or "")
        if actor is not None:
            owners.append(actor.display_name)
        person = self.people.get(action.owner_person_uuid or "")
        if person is not None:
            employer = self.actors.get(person.actor_uuid or "")
            if person.consent_named and not self.options.anonymise:
                owners.append(
                    f"{person.name} ({employer.display_name})" if employer else person.name
                )
            elif employer is not None:
                # The organisation still answers for it; the person stays unnamed.
                owners.append(employer.display_name)
        text = redact_names(action.owner_text.strip(), self.hidden)
        if text:
            owners.append(text)
        return ActionEntry(
            what=action.what,
            owner=" · ".join(dict.fromkeys(owners)),
            due_date=action.due_date,
            status=action.status,
            session=session.title,
        )
