"""Events, sessions and what the room says in them: agenda, attendance, cards, clusters,
dot votes, decisions, action items, the parking lot and photos.

An **event** (a Fachtag: title, date, place) holds **sessions**; a session can also stand
alone (a regular steering committee). A session has a **format**, attendance (people of the
network, or guests typed in on the spot), and **agenda items** with planned minutes, from
which the planned start times follow (:func:`planned_start_times`). During the live run
each item records when it actually started and ended (:func:`live_run` tells which one is
running and how much time is left).

Each agenda item has a **board** (Metaplan): cards, optionally grouped into named
clusters, weighted by dots. A session collects **decisions** (how they were agreed),
**action items** (what, who, by when; open ones carry over to later sessions, see
:func:`carry_over`), a **parking lot** of questions for later and **photos** of flip charts.

Dates are ISO strings (``YYYY-MM-DD``) or ``""``; clock times ``HH:MM`` (local time of the
venue) or ``""``; actual start/end times are UTC timestamps like everywhere else (see
:func:`ciworkshop.domain.model.utc_now`), written with :func:`timestamp`.

References to people, actors and goals (``person_uuid``, ``owner_actor_uuid``,
``goal_uuid``) are *soft*: they may name something deleted since (deleting and undoing a
goal keeps the link). Whoever displays them treats an unknown UUID as "no link".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

from ciworkshop.domain.canvas import parse_iso_date
from ciworkshop.domain.i18n import QT_TRANSLATE_NOOP, Text


# ---------------------------------------------------------------- enums
class SessionFormat(StrEnum):
    PLENARY = "plenary"
    ROUND_TABLE = "round_table"
    WORKSHOP = "workshop"
    STEERING_COMMITTEE = "steering_committee"
    AWAY_GAME = "away_game"
    CHECK_UP = "check_up"

    @property
    def label(self) -> Text:
        return FORMAT_LABELS[self]


FORMAT_LABELS: dict[SessionFormat, Text] = {
    SessionFormat.PLENARY: QT_TRANSLATE_NOOP("SessionFormat", "Plenary"),
    SessionFormat.ROUND_TABLE: QT_TRANSLATE_NOOP("SessionFormat", "Round table"),
    SessionFormat.WORKSHOP: QT_TRANSLATE_NOOP("SessionFormat", "Workshop"),
    SessionFormat.STEERING_COMMITTEE: QT_TRANSLATE_NOOP("SessionFormat", "Steering committee"),
    SessionFormat.AWAY_GAME: QT_TRANSLATE_NOOP("SessionFormat", "Away game"),
    SessionFormat.CHECK_UP: QT_TRANSLATE_NOOP("SessionFormat", "Check-up"),
}


class CardColour(StrEnum):
    """The colour of a moderation card. What a colour means is agreed in the room
    ("green: what works, pink: what is missing"); the UI picks the actual shades."""

    YELLOW = "yellow"
    GREEN = "green"
    BLUE = "blue"
    PINK = "pink"
    ORANGE = "orange"
    WHITE = "white"

    @property
    def label(self) -> Text:
        return COLOUR_LABELS[self]


COLOUR_LABELS: dict[CardColour, Text] = {
    CardColour.YELLOW: QT_TRANSLATE_NOOP("CardColour", "Yellow"),
    CardColour.GREEN: QT_TRANSLATE_NOOP("CardColour", "Green"),
    CardColour.BLUE: QT_TRANSLATE_NOOP("CardColour", "Blue"),
    CardColour.PINK: QT_TRANSLATE_NOOP("CardColour", "Pink"),
    CardColour.ORANGE: QT_TRANSLATE_NOOP("CardColour", "Orange"),
    CardColour.WHITE: QT_TRANSLATE_NOOP("CardColour", "White"),
}


class Agreement(StrEnum):
    """How a decision was agreed."""

    CONSENSUS = "consensus"
    MAJORITY = "majority"
    CONSENT = "consent"
    OTHER = "other"

    @property
    def label(self) -> Text:
        return AGREEMENT_LABELS[self]


AGREEMENT_LABELS: dict[Agreement, Text] = {
    Agreement.CONSENSUS: QT_TRANSLATE_NOOP("Agreement", "Consensus"),
    Agreement.MAJORITY: QT_TRANSLATE_NOOP("Agreement", "Majority vote"),
    Agreement.CONSENT: QT_TRANSLATE_NOOP("Agreement", "Consent (no objection)"),
    Agreement.OTHER: QT_TRANSLATE_NOOP("Agreement", "Other"),
}


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def label(self) -> Text:
        return ACTION_STATUS_LABELS[self]


ACTION_STATUS_LABELS: dict[ActionStatus, Text] = {
    ActionStatus.OPEN: QT_TRANSLATE_NOOP("ActionStatus", "Open"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("ActionStatus", "Done"),
    ActionStatus.DROPPED: QT_TRANSLATE_NOOP("ActionStatus", "Dropped"),
}


# ---------------------------------------------------------------- times
_CLOCK = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")
_MINUTES_PER_DAY = 24 * 60


def parse_clock_time(text: str) -> int | None:
    """``HH:MM`` (00:00 to 23:59) as minutes after midnight; None for ``""`` or anything
    else (``9:30`` too: the file holds one spelling, so times sort as text)."""
    found = _CLOCK.fullmatch(text)
    return int(found[1]) * 60 + int(found[2]) if found else None


def format_clock_time(minutes: int) -> str:
    """Minutes after midnight as ``HH:MM``; past midnight wraps around (25:10 → 01:10)."""
    minutes %= _MINUTES_PER_DAY
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def planned_start_times(start_time: str, planned_minutes: Sequence[int]) -> tuple[str, ...]:
    """The planned start (``HH:MM``) of each agenda item, one after the other from the
    session's ``start_time``; all ``""`` when the session has no valid start time."""
    start = parse_clock_time(start_time)
    if start is None:
        return tuple("" for _ in planned_minutes)
    starts = []
    for minutes in planned_minutes:
        starts.append(format_clock_time(start))
        start += max(0, minutes)
    return tuple(starts)


def planned_end_time(start_time: str, planned_minutes: Sequence[int]) -> str:
    """When the agenda is planned to end (``HH:MM``), or ``""`` without a start time."""
    start = parse_clock_time(start_time)
    if start is None:
        return ""
    return format_clock_time(start + sum(max(0, m) for m in planned_minutes))


def timestamp(moment: datetime) -> str:
    """An aware datetime as the file's UTC timestamp (``2026-03-12T09:30:00.000000Z``)."""
    if moment.tzinfo is None:
        raise ValueError("timestamp() needs an aware datetime")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_timestamp(text: str) -> datetime | None:
    """A file timestamp as an aware UTC datetime; None for ``""`` or anything unreadable."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


# ---------------------------------------------------------------- events and sessions
@dataclass(frozen=True, slots=True)
class Event:
    """A day that holds several sessions, e.g. a Fachtag."""

    uuid: str
    title: str
    date: str = ""
    place: str = ""
    created_at: str = ""
    modified_at: str = ""

    def to_draft(self) -> EventDraft:
        return EventDraft(title=self.title, date=self.date, place=self.place)


@dataclass(frozen=True, slots=True)
class EventDraft:
    title: str
    date: str = ""
    place: str = ""


@dataclass(frozen=True, slots=True)
class Session:
    """One meeting of one format; ``event_uuid`` is None for a session that stands alone.

    ``start_time`` is ``HH:MM`` (venue time); ``place`` is a room or a table name
    ("Tisch 3"); facilitator and note-taker are free text (they may be guests).
    """

    uuid: str
    format: SessionFormat
    title: str
    event_uuid: str | None = None
    date: str = ""
    start_time: str = ""
    place: str = ""
    facilitator: str = ""
    note_taker: str = ""
    guiding_question: str = ""
    created_at: str = ""
    modified_at: str = ""

    def to_draft(self) -> SessionDraft:
        return SessionDraft(
            format=self.format,
            title=self.title,
            event_uuid=self.event_uuid,
            date=self.date,
            start_time=self.start_time,
            place=self.place,
            facilitator=self.facilitator,
            note_taker=self.note_taker,
            guiding_question=self.guiding_question,
        )


@dataclass(frozen=True, slots=True)
class SessionDraft:
    format: SessionFormat
    title: str
    event_uuid: str | None = None
    date: str = ""
    start_time: str = ""
    place: str = ""
    facilitator: str = ""
    note_taker: str = ""
    guiding_question: str = ""


@dataclass(frozen=True, slots=True)
class Attendance:
    """Someone present in a session: a person of the network (``person_uuid``), or a guest
    typed in on the spot (``guest_name``, optionally their organisation)."""

    uuid: str
    session_uuid: str
    person_uuid: str | None = None
    guest_name: str = ""
    guest_organisation: str = ""
    created_at: str = ""
    modified_at: str = ""

    @property
    def is_guest(self) -> bool:
        return self.person_uuid is None

    def to_draft(self) -> AttendanceDraft:
        return AttendanceDraft(
            person_uuid=self.person_uuid,
            guest_name=self.guest_name,
            guest_organisation=self.guest_organisation,
        )


@dataclass(frozen=True, slots=True)
class AttendanceDraft:
    """Either ``person_uuid`` or ``guest_name`` (not both)."""

    person_uuid: str | None = None
    guest_name: str = ""
    guest_organisation: str = ""


# ---------------------------------------------------------------- agenda
@dataclass(frozen=True, slots=True)
class AgendaItem:
    """A timeboxed item (TOP). ``position`` counts from 0 within the session, without gaps.
    ``started_at``/``ended_at`` are UTC timestamps recorded in the live run, or ``""``."""

    uuid: str
    session_uuid: str
    position: int
    title: str
    planned_minutes: int = 0
    started_at: str = ""
    ended_at: str = ""
    created_at: str = ""
    modified_at: str = ""

    @property
    def is_running(self) -> bool:
        return bool(self.started_at) and not self.ended_at

    @property
    def is_done(self) -> bool:
        return bool(self.ended_at)

    def actual_seconds(self) -> int | None:
        """How long the item actually took; None unless it started and ended."""
        start, end = parse_timestamp(self.started_at), parse_timestamp(self.ended_at)
        if start is None or end is None:
            return None
        return max(0, round((end - start).total_seconds()))

    def to_draft(self) -> AgendaItemDraft:
        return AgendaItemDraft(title=self.title, planned_minutes=self.planned_minutes)


@dataclass(frozen=True, slots=True)
class AgendaItemDraft:
    title: str
    planned_minutes: int = 0


#: The countdown warns during the last two minutes of an item (the UI may pass another value).
WARNING_SECONDS = 120


@dataclass(frozen=True, slots=True)
class LiveRun:
    """Where the live run of a session stands at one moment.

    ``running`` is the item being discussed (None before the start, between items and
    after the end); ``remaining_seconds`` counts down from its planned minutes and goes
    negative when it runs over; ``warning`` is set in the last ``warning_seconds`` and
    stays set while over time. ``next_item`` is the first item not yet started.
    """

    running: AgendaItem | None = None
    next_item: AgendaItem | None = None
    elapsed_seconds: int = 0
    remaining_seconds: int = 0
    warning: bool = False
    overrun: bool = False
    done_count: int = 0
    total_count: int = 0

    @property
    def finished(self) -> bool:
        """Every item has ended (an empty agenda is never finished)."""
        return self.total_count > 0 and self.done_count == self.total_count


def live_run(
    items: Sequence[AgendaItem], now: datetime, *, warning_seconds: int = WARNING_SECONDS
) -> LiveRun:
    """The state of the live run of ``items`` (one session's agenda) at ``now``.

    Should several items be running (a merged file), the one started last counts.
    """
    ordered = sorted(items, key=_agenda_key)
    running_items = [i for i in ordered if i.is_running]
    running = max(running_items, key=lambda i: i.started_at) if running_items else None
    next_item = next((i for i in ordered if not i.started_at), None)
    done = sum(i.is_done for i in ordered)
    if running is None:
        return LiveRun(next_item=next_item, done_count=done, total_count=len(ordered))
    started = parse_timestamp(running.started_at)
    elapsed = 0 if started is None else max(0, int((now - started).total_seconds()))
    remaining = running.planned_minutes * 60 - elapsed
    return LiveRun(
        running=running,
        next_item=next_item,
        elapsed_seconds=elapsed,
        remaining_seconds=remaining,
        warning=remaining <= warning_seconds,
        overrun=remaining < 0,
        done_count=done,
        total_count=len(ordered),
    )


def _agenda_key(item: AgendaItem) -> tuple[int, str, str]:
    return (item.position, item.created_at, item.uuid)


# ---------------------------------------------------------------- agenda templates
@dataclass(frozen=True, slots=True)
class TemplateItem:
    title: Text
    minutes: int


def _item(title: str, minutes: int) -> TemplateItem:
    return TemplateItem(QT_TRANSLATE_NOOP("AgendaTemplate", title), minutes)


#: A starting agenda per format; the user edits it freely after it was filled in.
AGENDA_TEMPLATES: dict[SessionFormat, tuple[TemplateItem, ...]] = {
    SessionFormat.PLENARY: (
        _item("Welcome and aims of the day", 15),
        _item("Where the network stands", 30),
        _item("Input", 30),
        _item("Questions and discussion", 30),
        _item("Outlook and next steps", 15),
    ),
    SessionFormat.ROUND_TABLE: (
        _item("Introductions", 10),
        _item("Guiding question", 5),
        _item("Collect ideas", 25),
        _item("Cluster and vote", 20),
        _item("Agree next steps", 15),
        _item("Results for the plenary", 5),
    ),
    SessionFormat.WORKSHOP: (
        _item("Welcome and check-in", 15),
        _item("Impact logics of the programmes", 45),
        _item("Find synergies and gaps", 45),
        _item("Agreements", 20),
        _item("Check-out", 10),
    ),
    SessionFormat.STEERING_COMMITTEE: (
        _item("Welcome, agenda, minutes of the last meeting", 10),
        _item("Open action items", 15),
        _item("Progress on the impact goals", 30),
        _item("Challenges and strategy", 40),
        _item("Decisions", 15),
        _item("Any other business", 10),
    ),
    SessionFormat.AWAY_GAME: (
        _item("Welcome", 10),
        _item("Report from the guest network", 30),
        _item("Questions", 20),
        _item("What we take home", 20),
    ),
    SessionFormat.CHECK_UP: (
        _item("Welcome and aims of the check-up", 10),
        _item("Survey", 20),
        _item("Results", 20),
        _item("Discussion: role clarity, transparency, trust", 30),
        _item("Consequences and next steps", 15),
    ),
}


def template_drafts(
    session_format: SessionFormat, translate: Callable[[Text], str] = lambda text: text.source
) -> tuple[AgendaItemDraft, ...]:
    """The format's template as agenda drafts; the UI passes its translator so the
    titles are stored in the user's language."""
    return tuple(
        AgendaItemDraft(title=translate(item.title), planned_minutes=item.minutes)
        for item in AGENDA_TEMPLATES[session_format]
    )


# ---------------------------------------------------------------- board: cards and clusters
@dataclass(frozen=True, slots=True)
class Card:
    """A moderation card on the board of an agenda item.

    ``position`` counts from 0 within its group (its cluster, or the unclustered cards),
    without gaps. ``author`` is free text (a name or a table); ``dots`` the votes it got.
    """

    uuid: str
    agenda_item_uuid: str
    position: int
    text: str
    author: str = ""
    colour: CardColour = CardColour.YELLOW
    cluster_uuid: str | None = None
    dots: int = 0
    goal_uuid: str | None = None
    created_at: str = ""
    modified_at: str = ""

    def to_draft(self) -> CardDraft:
        return CardDraft(
            text=self.text, author=self.author, colour=self.colour, goal_uuid=self.goal_uuid
        )


@dataclass(frozen=True, slots=True)
class CardDraft:
    text: str
    author: str = ""
    colour: CardColour = CardColour.YELLOW
    goal_uuid: str | None = None


@dataclass(frozen=True, slots=True)
class Cluster:
    """A named group of cards (Themeninsel); ``position`` counts from 0 per board."""

    uuid: str
    agenda_item_uuid: str
    position: int
    name: str
    created_at: str = ""
    modified_at: str = ""


@dataclass(frozen=True, slots=True)
class RankedCard:
    """A card's place in the dot-vote ranking: equal dots share a rank (1, 2, 2, 4)."""

    rank: int
    card: Card


def _card_key(card: Card) -> tuple[int, str, str]:
    return (card.position, card.created_at, card.uuid)


def _cluster_key(cluster: Cluster) -> tuple[int, str, str]:
    return (cluster.position, cluster.created_at, cluster.uuid)


def rank_cards(cards: Iterable[Card], clusters: Iterable[Cluster] = ()) -> tuple[RankedCard, ...]:
    """Cards by dots, most first; equal dots keep board order (unclustered cards first,
    then cluster by cluster, each by position). Cards without dots come last, rank shared."""
    order = {c.uuid: index for index, c in enumerate(sorted(clusters, key=_cluster_key))}

    def key(card: Card) -> tuple[int, int, int, str, str]:
        group = -1 if card.cluster_uuid is None else order.get(card.cluster_uuid, len(order))
        return (-card.dots, group, *_card_key(card))

    ranked: list[RankedCard] = []
    for index, card in enumerate(sorted(cards, key=key)):
        same = ranked and ranked[-1].card.dots == card.dots
        ranked.append(RankedCard(ranked[-1].rank if same else index + 1, card))
    return tuple(ranked)


@dataclass(frozen=True, slots=True)
class Board:
    """The board of one agenda item: clusters by position, and the cards of each group by
    position. ``cards_by_cluster`` has a key per cluster and the key None (unclustered,
    shown first); a card whose cluster is unknown counts as unclustered. Read-only dicts."""

    agenda_item: AgendaItem
    clusters: tuple[Cluster, ...] = ()
    cards_by_cluster: dict[str | None, tuple[Card, ...]] = field(default_factory=dict)

    @classmethod
    def build(
        cls, agenda_item: AgendaItem, *, clusters: Iterable[Cluster] = (), cards: Iterable[Card]
    ) -> Board:
        sorted_clusters = tuple(sorted(clusters, key=_cluster_key))
        groups: dict[str | None, list[Card]] = {None: []}
        groups.update({c.uuid: [] for c in sorted_clusters})
        for card in cards:
            groups[card.cluster_uuid if card.cluster_uuid in groups else None].append(card)
        return cls(
            agenda_item=agenda_item,
            clusters=sorted_clusters,
            cards_by_cluster={k: tuple(sorted(v, key=_card_key)) for k, v in groups.items()},
        )

    def cards_in(self, cluster_uuid: str | None) -> tuple[Card, ...]:
        return self.cards_by_cluster.get(cluster_uuid, ())

    def cards(self) -> tuple[Card, ...]:
        """Every card in board order: unclustered first, then cluster by cluster."""
        return self.cards_in(None) + tuple(c for k in self.clusters for c in self.cards_in(k.uuid))

    def card(self, uuid: str) -> Card | None:
        return next((c for c in self.cards() if c.uuid == uuid), None)

    def cluster(self, uuid: str) -> Cluster | None:
        return next((c for c in self.clusters if c.uuid == uuid), None)

    def ranking(self) -> tuple[RankedCard, ...]:
        return rank_cards(self.cards(), self.clusters)

    @property
    def dots(self) -> int:
        return sum(c.dots for c in self.cards())


# ---------------------------------------------------------------- decisions, actions, parking lot
@dataclass(frozen=True, slots=True)
class Decision:
    uuid: str
    session_uuid: str
    text: str
    agreement: Agreement = Agreement.CONSENSUS
    agenda_item_uuid: str | None = None
    goal_uuid: str | None = None
    created_at: str = ""
    modified_at: str = ""

    def to_draft(self) -> DecisionDraft:
        return DecisionDraft(
            text=self.text,
            agreement=self.agreement,
            agenda_item_uuid=self.agenda_item_uuid,
            goal_uuid=self.goal_uuid,
        )


@dataclass(frozen=True, slots=True)
class DecisionDraft:
    text: str
    agreement: Agreement = Agreement.CONSENSUS
    agenda_item_uuid: str | None = None
    goal_uuid: str | None = None


@dataclass(frozen=True, slots=True)
class ActionItem:
    """What, who, by when. The owner is an actor, a person, or free text (``owner_text``
    may also accompany a UUID, e.g. "with the youth office"). ``closed_in_session_uuid`` is
    the session in which an item carried over was marked done or dropped."""

    uuid: str
    session_uuid: str
    what: str
    owner_actor_uuid: str | None = None
    owner_person_uuid: str | None = None
    owner_text: str = ""
    due_date: str = ""
    status: ActionStatus = ActionStatus.OPEN
    closed_in_session_uuid: str | None = None
    created_at: str = ""
    modified_at: str = ""

    @property
    def is_open(self) -> bool:
        return self.status is ActionStatus.OPEN

    def to_draft(self) -> ActionItemDraft:
        return ActionItemDraft(
            what=self.what,
            owner_actor_uuid=self.owner_actor_uuid,
            owner_person_uuid=self.owner_person_uuid,
            owner_text=self.owner_text,
            due_date=self.due_date,
            status=self.status,
        )


@dataclass(frozen=True, slots=True)
class ActionItemDraft:
    """At most one of ``owner_actor_uuid`` and ``owner_person_uuid``."""

    what: str
    owner_actor_uuid: str | None = None
    owner_person_uuid: str | None = None
    owner_text: str = ""
    due_date: str = ""
    status: ActionStatus = ActionStatus.OPEN


@dataclass(frozen=True, slots=True)
class ParkingLotItem:
    """An open question kept for later (Themenspeicher)."""

    uuid: str
    session_uuid: str
    text: str
    created_at: str = ""
    modified_at: str = ""


# ---------------------------------------------------------------- photos
#: What a photo may be stored as; the UI converts anything else (and downscales) first.
PHOTO_MIME_TYPES: frozenset[str] = frozenset({"image/jpeg", "image/png"})


@dataclass(frozen=True, slots=True)
class Photo:
    """A photo of a flip chart or pinboard, stored inside the file. The bytes are read
    separately (``EventService.photo_data``) so lists stay light; ``size`` is their count."""

    uuid: str
    session_uuid: str
    caption: str
    mime: str
    width: int
    height: int
    size: int = 0
    created_at: str = ""
    modified_at: str = ""


@dataclass(frozen=True, slots=True)
class PhotoDraft:
    """An image as the UI prepared it: already downscaled and turned upright."""

    data: bytes
    mime: str
    width: int
    height: int
    caption: str = ""


# ---------------------------------------------------------------- carry-over
def _action_key(item: ActionItem) -> tuple[bool, str, str, str]:
    # Dated items by due date, undated ones last.
    return (not item.due_date, item.due_date, item.created_at, item.uuid)


def carry_over(
    actions: Iterable[ActionItem], sessions: Iterable[Session], *, before: str
) -> tuple[ActionItem, ...]:
    """Open action items of sessions dated before ``before`` (``YYYY-MM-DD``), by due date
    (undated last). Sessions without a date, or of an unknown date, are left out: nobody
    can say whether they came earlier. An invalid ``before`` yields nothing."""
    limit = parse_iso_date(before)
    if limit is None:
        return ()
    earlier = {
        s.uuid for s in sessions if (day := parse_iso_date(s.date)) is not None and day < limit
    }
    return tuple(
        sorted((a for a in actions if a.is_open and a.session_uuid in earlier), key=_action_key)
    )


# ---------------------------------------------------------------- undo support
@dataclass(frozen=True, slots=True)
class DeletedEvent:
    """An event's sessions are not deleted with it; they stand alone afterwards."""

    event: Event
    session_uuids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DeletedCluster:
    """A deleted cluster and its cards as they were (they stay on the board, unclustered)."""

    cluster: Cluster
    cards: tuple[Card, ...] = ()


@dataclass(frozen=True, slots=True)
class DeletedAgendaItem:
    """An agenda item with its board, and the decisions that referred to it."""

    item: AgendaItem
    clusters: tuple[Cluster, ...] = ()
    cards: tuple[Card, ...] = ()
    decision_uuids: tuple[str, ...] = ()

    @property
    def uuids(self) -> tuple[str, ...]:
        return (
            self.item.uuid,
            *(c.uuid for c in self.clusters),
            *(c.uuid for c in self.cards),
        )


@dataclass(frozen=True, slots=True)
class DeletedPhoto:
    photo: Photo
    data: bytes


@dataclass(frozen=True, slots=True)
class DeletedSession:
    """Everything recorded in a session, to undo its deletion with the same UUIDs."""

    session: Session
    attendance: tuple[Attendance, ...] = ()
    agenda: tuple[DeletedAgendaItem, ...] = ()
    decisions: tuple[Decision, ...] = ()
    actions: tuple[ActionItem, ...] = ()
    parking_lot: tuple[ParkingLotItem, ...] = ()
    photos: tuple[DeletedPhoto, ...] = ()

    @property
    def uuids(self) -> tuple[str, ...]:
        return (
            self.session.uuid,
            *(a.uuid for a in self.attendance),
            *(u for item in self.agenda for u in item.uuids),
            *(d.uuid for d in self.decisions),
            *(a.uuid for a in self.actions),
            *(p.uuid for p in self.parking_lot),
            *(p.photo.uuid for p in self.photos),
        )
