"""What a protocol shows: plain data gathered once, rendered as PDF, Markdown or CSV.

:class:`ProtocolData` holds everything the minutes of an event (all its sessions) or of
one session print, already in the order it is printed and with the participants' DSGVO
consent applied (:func:`group_participants`, :func:`redact_names`): a person who did not
agree to be named is counted, never named. Renderers (``ciworkshop.export``) read only
this data, so the same protocol looks the same in every format.

Consent rules, in one place:

- People of the network are named only with ``consent_named``.
- Guests typed in on the spot are never named: no consent is recorded for them (enter
  them as people of the network with consent to name them). Their organisation counts.
- Organisations are not personal data: an organisation that took part is listed even
  when none of its people may be named.
- Free-text fields that usually hold a name (card author, action owner) are blanked when
  they contain the name of someone who may not be named. Facilitator and note-taker act
  in their role and are printed as typed.
- ``anonymise`` names nobody: every person counts as not consenting.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from ciworkshop.domain.canvas import CanvasSnapshot
from ciworkshop.domain.events import (
    ActionStatus,
    Agreement,
    Attendance,
    CardColour,
    SessionFormat,
)
from ciworkshop.domain.i18n import QT_TRANSLATE_NOOP, Text
from ciworkshop.domain.model import Actor, Person, Sector
from ciworkshop.domain.quality import Finding


# ---------------------------------------------------------------- options
class Section(StrEnum):
    """The parts of a protocol a user can leave out (the cover and contents always print)."""

    PARTICIPANTS = "participants"
    AGENDA = "agenda"
    RESULTS = "results"
    DECISIONS = "decisions"
    ACTIONS = "actions"
    PARKING_LOT = "parking_lot"
    CANVAS = "canvas"
    QUALITY = "quality"

    @property
    def label(self) -> Text:
        return SECTION_LABELS[self]


SECTION_LABELS: dict[Section, Text] = {
    Section.PARTICIPANTS: QT_TRANSLATE_NOOP("ProtocolSection", "Participants"),
    Section.AGENDA: QT_TRANSLATE_NOOP("ProtocolSection", "Agenda with planned and actual times"),
    Section.RESULTS: QT_TRANSLATE_NOOP("ProtocolSection", "Cards, clusters and dot voting"),
    Section.DECISIONS: QT_TRANSLATE_NOOP("ProtocolSection", "Decisions"),
    Section.ACTIONS: QT_TRANSLATE_NOOP("ProtocolSection", "Action items"),
    Section.PARKING_LOT: QT_TRANSLATE_NOOP("ProtocolSection", "Parking lot"),
    Section.CANVAS: QT_TRANSLATE_NOOP("ProtocolSection", "Impact canvas with indicators"),
    Section.QUALITY: QT_TRANSLATE_NOOP("ProtocolSection", "Quality check (appendix)"),
}

#: Everything but the quality-check appendix, which is for the backbone team.
DEFAULT_SECTIONS: frozenset[Section] = frozenset(Section) - {Section.QUALITY}

#: Languages a protocol can be written in.
LANGUAGES: tuple[str, ...] = ("de", "en")


@dataclass(frozen=True, slots=True)
class ProtocolOptions:
    sections: frozenset[Section] = DEFAULT_SECTIONS
    anonymise: bool = False
    include_photos: bool = True
    language: str = "de"

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"unknown protocol language {self.language!r}")

    def shows(self, section: Section) -> bool:
        return section in self.sections


# ---------------------------------------------------------------- participants
@dataclass(frozen=True, slots=True)
class NamedParticipant:
    name: str
    function: str = ""


@dataclass(frozen=True, slots=True)
class OrganisationAttendance:
    """An organisation that took part, with the people who may be named.

    ``name`` is ``""`` for people without an organisation."""

    name: str
    short_name: str = ""
    named: tuple[NamedParticipant, ...] = ()


@dataclass(frozen=True, slots=True)
class SectorAttendance:
    sector: Sector
    organisations: tuple[OrganisationAttendance, ...] = ()


@dataclass(frozen=True, slots=True)
class Participants:
    """Who took part, by sector (in :class:`Sector` order), then organisation (by name).

    ``total`` = ``named`` + ``unnamed``; ``unnamed`` counts everyone who may not be named
    (no consent, a guest, or all of them when the protocol is anonymised)."""

    sectors: tuple[SectorAttendance, ...] = ()
    total: int = 0
    named: int = 0
    unnamed: int = 0
    anonymised: bool = False


def group_participants(
    attendance: Iterable[Attendance],
    *,
    people: Mapping[str, Person],
    actors: Mapping[str, Actor],
    anonymise: bool = False,
) -> Participants:
    """Group attendance (of one or several sessions) by sector and organisation.

    Someone present in several sessions counts once: people by UUID, guests by name and
    organisation. A person deleted since counts as an unnamed participant without
    organisation. A guest's organisation that matches an actor's name or short name
    (ignoring case) joins that actor; any other guest organisation is listed under
    "Other" as typed. Organisations carry no head count: next to the names it would tell
    how many of their people did not want to be named.
    """
    by_name: dict[str, Actor] = {}
    for known in actors.values():
        for key in (known.name, known.short_name):
            if key.strip():
                by_name.setdefault(key.strip().casefold(), known)
    seen_people: set[str] = set()
    seen_guests: set[tuple[str, str]] = set()
    groups: dict[tuple[Sector, str], _Group] = {}
    total = 0
    for present in attendance:
        named: NamedParticipant | None = None
        actor: Actor | None
        if present.person_uuid is not None:
            if present.person_uuid in seen_people:
                continue
            seen_people.add(present.person_uuid)
            person = people.get(present.person_uuid)
            actor = actors.get(person.actor_uuid or "") if person else None
            if person is not None and person.consent_named and not anonymise:
                named = NamedParticipant(person.name, person.function)
        else:
            guest = (present.guest_name.strip().casefold(), present.guest_organisation.casefold())
            if guest in seen_guests:
                continue
            seen_guests.add(guest)
            organisation = present.guest_organisation.strip()
            actor = by_name.get(organisation.casefold()) if organisation else None
            if actor is None and organisation:
                groups.setdefault(
                    (Sector.OTHER, "guest:" + organisation.casefold()), _Group(organisation)
                )
                total += 1
                continue
        total += 1
        if actor is not None:
            group = groups.setdefault(
                (actor.sector, actor.uuid), _Group(actor.name, actor.short_name)
            )
        else:
            group = groups.setdefault((Sector.OTHER, ""), _Group(""))
        if named is not None:
            group.named.append(named)

    sectors = []
    for sector in Sector:
        found = [g for (s, _), g in groups.items() if s is sector]
        # Organisations alphabetically; people without one last.
        found.sort(key=lambda g: (g.name == "", g.name.casefold()))
        if found:
            sectors.append(SectorAttendance(sector, tuple(g.freeze() for g in found)))
    named_count = sum(len(g.named) for g in groups.values())
    return Participants(
        sectors=tuple(sectors),
        total=total,
        named=named_count,
        unnamed=total - named_count,
        anonymised=anonymise,
    )


@dataclass(slots=True)
class _Group:
    name: str
    short_name: str = ""
    named: list[NamedParticipant] = field(default_factory=list)

    def freeze(self) -> OrganisationAttendance:
        return OrganisationAttendance(
            self.name, self.short_name, tuple(sorted(self.named, key=lambda p: p.name.casefold()))
        )


#: Shorter names would blank too much ("Jo" is in "Johannes" and in "Projekt").
_MIN_REDACTED_NAME = 3


def redact_names(text: str, hidden_names: Iterable[str]) -> str:
    """``text``, or ``""`` when it contains one of ``hidden_names`` (ignoring case).

    Used for fields that usually hold a name (card author, free-text action owner):
    the whole field goes, since a half-blanked "Frau ___ (Jugendamt)" still points at
    the person."""
    folded = text.casefold()
    for hidden in hidden_names:
        name = hidden.strip().casefold()
        if len(name) >= _MIN_REDACTED_NAME and name in folded:
            return ""
    return text


# ---------------------------------------------------------------- agenda and board
@dataclass(frozen=True, slots=True)
class AgendaEntry:
    """One agenda item with its times: planned ``HH:MM`` start, and actual start and end
    in the venue's local time (``""`` when not recorded)."""

    title: str
    position: int
    planned_minutes: int = 0
    planned_start: str = ""
    actual_start: str = ""
    actual_end: str = ""
    actual_minutes: int | None = None


@dataclass(frozen=True, slots=True)
class CardEntry:
    text: str
    author: str = ""
    colour: CardColour = CardColour.YELLOW
    dots: int = 0


@dataclass(frozen=True, slots=True)
class ClusterEntry:
    """A cluster and its cards; ``name`` may be empty (an unnamed cluster)."""

    name: str
    cards: tuple[CardEntry, ...] = ()


@dataclass(frozen=True, slots=True)
class RankEntry:
    """A card's place in the dot-vote ranking (equal dots share a rank)."""

    rank: int
    text: str
    dots: int
    cluster: str = ""


#: The dot-vote ranking a protocol prints: the first ten places (ties included); every
#: card shows its dots next to its text anyway.
RANKING_PLACES = 10


def top_ranked(
    ranking: tuple[RankEntry, ...], places: int = RANKING_PLACES
) -> tuple[RankEntry, ...]:
    """The entries ranked ``places`` or better (equal dots share a rank, so there may
    be more entries than places)."""
    return tuple(entry for entry in ranking if entry.rank <= places)


@dataclass(frozen=True, slots=True)
class DecisionEntry:
    text: str
    agreement: Agreement = Agreement.CONSENSUS
    agenda_item: str = ""


@dataclass(frozen=True, slots=True)
class ItemResults:
    """An agenda item and what its board and decisions hold. ``unclustered`` cards are
    shown before the clusters; ``ranking`` lists the cards that got dots."""

    entry: AgendaEntry
    unclustered: tuple[CardEntry, ...] = ()
    clusters: tuple[ClusterEntry, ...] = ()
    ranking: tuple[RankEntry, ...] = ()
    decisions: tuple[DecisionEntry, ...] = ()

    @property
    def card_count(self) -> int:
        return len(self.unclustered) + sum(len(c.cards) for c in self.clusters)

    @property
    def is_empty(self) -> bool:
        return not (self.card_count or self.decisions)


@dataclass(frozen=True, slots=True)
class ActionEntry:
    """What, who, by when. ``owner`` is the display text with consent applied (an
    organisation, a person who may be named, free text, or several joined with " · ")."""

    what: str
    owner: str = ""
    due_date: str = ""
    status: ActionStatus = ActionStatus.OPEN
    session: str = ""


@dataclass(frozen=True, slots=True)
class PhotoEntry:
    caption: str
    mime: str
    width: int
    height: int
    data: bytes = field(repr=False, default=b"")


# ---------------------------------------------------------------- sessions and protocol
@dataclass(frozen=True, slots=True)
class SessionProtocol:
    uuid: str
    title: str
    format: SessionFormat
    date: str = ""
    start_time: str = ""
    planned_end: str = ""
    place: str = ""
    facilitator: str = ""
    note_taker: str = ""
    guiding_question: str = ""
    participant_count: int = 0
    items: tuple[ItemResults, ...] = ()
    decisions: tuple[DecisionEntry, ...] = ()
    actions: tuple[ActionEntry, ...] = ()
    parking_lot: tuple[str, ...] = ()
    photos: tuple[PhotoEntry, ...] = ()

    @property
    def all_decisions(self) -> tuple[DecisionEntry, ...]:
        """Decisions of the agenda items (in agenda order), then the session's own."""
        return tuple(d for i in self.items for d in i.decisions) + self.decisions

    @property
    def card_count(self) -> int:
        return sum(i.card_count for i in self.items)


@dataclass(frozen=True, slots=True)
class ProtocolData:
    """Everything one protocol prints.

    ``title``/``date``/``place`` are the event's (or, for a session standing alone, the
    session's); ``event_title`` is ``""`` for a session standing alone. ``canvas`` is
    None when the canvas section is not wanted; ``findings`` are the quality checks of
    that canvas as of ``created_on`` (ISO date).
    """

    network_name: str
    title: str
    options: ProtocolOptions
    network_region: str = ""
    event_title: str = ""
    date: str = ""
    place: str = ""
    facilitators: tuple[str, ...] = ()
    created_on: str = ""
    sessions: tuple[SessionProtocol, ...] = ()
    participants: Participants = field(default_factory=Participants)
    canvas: CanvasSnapshot | None = None
    findings: tuple[Finding, ...] = ()

    def all_actions(self) -> tuple[ActionEntry, ...]:
        return tuple(a for s in self.sessions for a in s.actions)

    @property
    def card_count(self) -> int:
        return sum(s.card_count for s in self.sessions)
