"""Gathering a protocol: scope, agenda times, board, decisions, actions, consent.

``add_fachtag`` builds a small Fachtag through the EventService; the PDF, Markdown/CSV
and command-line tests import it from here.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

import pytest
from PIL import Image as PILImage

from ciworkshop.domain.events import (
    ActionItemDraft,
    ActionStatus,
    AgendaItemDraft,
    Agreement,
    Attendance,
    AttendanceDraft,
    CardColour,
    CardDraft,
    DecisionDraft,
    EventDraft,
    PhotoDraft,
    SessionDraft,
    SessionFormat,
)
from ciworkshop.domain.model import Actor, ActorDraft, Person, PersonDraft, Sector
from ciworkshop.domain.protocol import (
    DEFAULT_SECTIONS,
    ProtocolOptions,
    RankEntry,
    Section,
    group_participants,
    redact_names,
    top_ranked,
)
from ciworkshop.services.events import EventService
from ciworkshop.services.network import NetworkService
from ciworkshop.services.protocol import ScopeError, gather, latest_event, resolve_scope
from ciworkshop.store.document import Document

START = datetime(2026, 3, 12, 8, 0, tzinfo=UTC)  # 09:00 in Berlin


@dataclass
class Fachtag:
    """UUIDs and texts of the fixture, for assertions."""

    event: str = ""
    plenary: str = ""
    table: str = ""
    named: list[str] = field(default_factory=list)
    unnamed: list[str] = field(default_factory=list)
    guest: str = "Gerda Gast"
    organisations: list[str] = field(default_factory=list)


def jpeg(width: int = 640, height: int = 480, colour: str = "#4A90D9") -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), colour).save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


def add_fachtag(document: Document, *, title: str = "Fachtag Übergang 2026") -> Fachtag:
    """An event with a plenary and a round table: attendance with and without consent,
    a guest, a timed agenda, clusters, cards with dots, decisions, action items, the
    parking lot and a photo. One transaction (the calls nest as savepoints)."""
    events = EventService(document)
    network = NetworkService(document)
    made = Fachtag()
    with document.transaction():
        jugendamt, _ = network.add_actor(
            draft=ActorDraft(name="Jugendamt Hellental", sector=Sector.POLITICS_ADMINISTRATION)
        )
        schule, _ = network.add_actor(
            draft=ActorDraft(
                name="Oberschule am Markt", short_name="OBS Markt", sector=Sector.EDUCATION
            )
        )
        betrieb, _ = network.add_actor(
            draft=ActorDraft(name="Metallbau Krüger GmbH", sector=Sector.BUSINESS)
        )
        made.organisations = [jugendamt.name, schule.name, betrieb.name]
        people = [
            ("Anna Aydın", jugendamt.uuid, True, "Jugendhilfeplanung"),
            ("Bernd Brandt", schule.uuid, False, "Schulleitung"),
            ("Clara Çelik", schule.uuid, True, "Berufsorientierung"),
            ("Dieter Dorn", betrieb.uuid, False, "Ausbilder"),
            ("Erika Ernst", None, True, ""),
        ]
        person_uuids = {}
        for name, actor, consent, function in people:
            person, _ = network.add_person(
                draft=PersonDraft(
                    name=name, actor_uuid=actor, consent_named=consent, function=function
                )
            )
            person_uuids[name] = person.uuid
            (made.named if consent else made.unnamed).append(name)

        event, _ = events.add_event(
            draft=EventDraft(title=title, date="2026-03-12", place="Kreishaus Hellental")
        )
        made.event = event.uuid
        plenary, _ = events.add_session(
            draft=SessionDraft(
                format=SessionFormat.PLENARY,
                title="Plenum: Wo steht der Verbund?",
                event_uuid=event.uuid,
                date="2026-03-12",
                start_time="09:00",
                place="Großer Saal",
                facilitator="Maria Moderatorin",
                note_taker="Paul Protokoll",
                guiding_question="Was brauchen Jugendliche am Übergang?",
            ),
            agenda=[
                AgendaItemDraft("Begrüßung", 15),
                AgendaItemDraft("Ideen sammeln", 45),
                AgendaItemDraft("Ausblick", 20),
            ],
        )
        made.plenary = plenary.uuid
        table, _ = events.add_session(
            draft=SessionDraft(
                format=SessionFormat.ROUND_TABLE,
                title="Tisch 2: Praktika",
                event_uuid=event.uuid,
                date="2026-03-12",
                start_time="11:00",
                place="Raum 2",
                facilitator="Tom Tischleitung",
            ),
            agenda=[AgendaItemDraft("Praktika verbessern", 30)],
        )
        made.table = table.uuid
        for name in ("Anna Aydın", "Bernd Brandt", "Clara Çelik", "Dieter Dorn", "Erika Ernst"):
            events.add_attendance(
                session_uuid=plenary.uuid, draft=AttendanceDraft(person_uuid=person_uuids[name])
            )
        events.add_attendance(
            session_uuid=plenary.uuid,
            draft=AttendanceDraft(guest_name=made.guest, guest_organisation="IHK Hellental"),
        )
        # Present in both sessions: counted once.
        events.add_attendance(
            session_uuid=table.uuid, draft=AttendanceDraft(person_uuid=person_uuids["Anna Aydın"])
        )

        agenda = events.agenda(plenary.uuid)
        events.start_item(uuid=agenda[0].uuid, now=START)
        events.advance(session_uuid=plenary.uuid, now=START + timedelta(minutes=17))
        events.advance(session_uuid=plenary.uuid, now=START + timedelta(minutes=70))
        ideas = agenda[1].uuid
        cluster, _ = events.add_cluster(agenda_item_uuid=ideas, name="Praxis & Betriebe")
        empty_name, _ = events.add_cluster(agenda_item_uuid=ideas, name="")
        cards = [
            ("Mehr Praktikumsplätze in Betrieben", "Bernd Brandt", CardColour.GREEN, cluster, 7),
            ("Betriebe früher in die Schulen holen", "Tisch 1", CardColour.GREEN, cluster, 3),
            ("Elternarbeit stärken", "Clara Çelik", CardColour.PINK, None, 5),
            ("Mobilität im ländlichen Raum", "", CardColour.BLUE, empty_name, 0),
        ]
        for text, author, colour, group, dots in cards:
            card, _ = events.add_card(
                agenda_item_uuid=ideas,
                draft=CardDraft(text=text, author=author, colour=colour),
                cluster_uuid=group.uuid if group else None,
            )
            if dots:
                events.set_dots(uuid=card.uuid, dots=dots)
        events.add_decision(
            session_uuid=plenary.uuid,
            draft=DecisionDraft(
                "Eine AG Praktika wird gegründet.", Agreement.CONSENSUS, agenda_item_uuid=ideas
            ),
        )
        events.add_decision(
            session_uuid=plenary.uuid,
            draft=DecisionDraft("Der nächste Fachtag ist im Herbst.", Agreement.MAJORITY),
        )
        events.add_action(
            session_uuid=plenary.uuid,
            draft=ActionItemDraft(
                what="Praktikumsbörse aufbauen",
                owner_actor_uuid=betrieb.uuid,
                due_date="2026-06-30",
            ),
        )
        events.add_action(
            session_uuid=plenary.uuid,
            draft=ActionItemDraft(
                what="Elternabend planen",
                owner_person_uuid=person_uuids["Clara Çelik"],
                due_date="2026-04-15",
            ),
        )
        events.add_action(
            session_uuid=plenary.uuid,
            draft=ActionItemDraft(
                what="Schulleitungen einladen",
                owner_person_uuid=person_uuids["Bernd Brandt"],
                status=ActionStatus.DONE,
            ),
        )
        events.add_action(
            session_uuid=plenary.uuid,
            draft=ActionItemDraft(what="Rückmeldung an den Betrieb", owner_text="Dieter Dorn"),
        )
        events.add_parking_lot_item(
            session_uuid=plenary.uuid, text="Wie erreichen wir Eltern ohne Deutschkenntnisse?"
        )
        events.add_photo(
            session_uuid=plenary.uuid,
            draft=PhotoDraft(
                data=jpeg(), mime="image/jpeg", width=640, height=480, caption="Pinnwand Ideen"
            ),
        )
        table_item = events.agenda(table.uuid)[0]
        events.add_card(
            agenda_item_uuid=table_item.uuid, draft=CardDraft(text="Praktikumspass einführen")
        )
        events.add_action(
            session_uuid=table.uuid,
            draft=ActionItemDraft(what="Praktikumspass entwerfen", owner_actor_uuid=schule.uuid),
        )
    return made


# ------------------------------------------------------------------ scope
def test_scope_defaults_to_the_latest_event(document: Document) -> None:
    events = EventService(document)
    add_fachtag(document, title="Früher")
    later, _ = events.add_event(draft=EventDraft(title="Später", date="2026-09-01"))
    events.add_event(draft=EventDraft(title="Ohne Datum"))
    scope = resolve_scope(events)
    assert scope.event is not None
    assert scope.event.uuid == later.uuid
    assert latest_event([]) is None


def test_scope_by_event_session_and_prefix(document: Document) -> None:
    made = add_fachtag(document)
    events = EventService(document)
    by_event = resolve_scope(events, event_uuid=made.event)
    assert [s.uuid for s in by_event.sessions] == [made.plenary, made.table]
    by_prefix = resolve_scope(events, session_uuid=made.table[:8].upper())
    assert [s.uuid for s in by_prefix.sessions] == [made.table]
    assert by_prefix.event is not None
    assert by_prefix.event.uuid == made.event
    data = gather(document, session_uuid=made.table)
    assert (data.title, data.event_title, data.place) == (
        "Tisch 2: Praktika",
        "Fachtag Übergang 2026",
        "Raum 2",
    )
    assert data.facilitators == ("Tom Tischleitung",)
    assert data.participants.total == 1


def test_unknown_ambiguous_and_empty_scopes_are_refused(document: Document) -> None:
    events = EventService(document)
    with pytest.raises(ScopeError, match="nothing to export"):
        resolve_scope(events)
    add_fachtag(document)
    with pytest.raises(ScopeError, match="No event with the ID 'nope'"):
        resolve_scope(events, event_uuid="nope")
    with pytest.raises(ScopeError, match="No session with the ID"):
        resolve_scope(events, session_uuid="zzzz")
    for uuid in ("abc10000-0000-4000-8000-000000000000", "abc20000-0000-4000-8000-000000000000"):
        events.add_session(
            draft=SessionDraft(format=SessionFormat.WORKSHOP, title="Workshop"), uuid=uuid
        )
    with pytest.raises(ScopeError, match="fits 2 sessions"):
        resolve_scope(events, session_uuid="ABC")
    assert resolve_scope(events, session_uuid="abc2").sessions[0].uuid.startswith("abc2")
    with pytest.raises(ScopeError, match="either an event or a session"):
        resolve_scope(events, event_uuid="a", session_uuid="b")


def test_a_session_standing_alone_is_the_fallback(document: Document) -> None:
    events = EventService(document)
    session, _ = events.add_session(
        draft=SessionDraft(format=SessionFormat.STEERING_COMMITTEE, title="Steuerungskreis")
    )
    data = gather(document)
    assert data.title == "Steuerungskreis"
    assert data.event_title == ""
    assert [s.uuid for s in data.sessions] == [session.uuid]


# ------------------------------------------------------------------ content
def test_gather_reads_agenda_times_board_and_results(document: Document) -> None:
    made = add_fachtag(document)
    data = gather(
        document,
        event_uuid=made.event,
        today=date(2026, 3, 12),
        tz=UTC,
        options=ProtocolOptions(sections=frozenset(Section)),
    )
    assert data.title == "Fachtag Übergang 2026"
    assert data.date == "2026-03-12"
    assert data.place == "Kreishaus Hellental"
    assert data.facilitators == ("Maria Moderatorin", "Tom Tischleitung")
    plenary = data.sessions[0]
    welcome, ideas, outlook = plenary.items
    assert (welcome.entry.planned_start, welcome.entry.planned_minutes) == ("09:00", 15)
    assert (ideas.entry.planned_start, outlook.entry.planned_start) == ("09:15", "10:00")
    assert (welcome.entry.actual_start, welcome.entry.actual_end) == ("08:00", "08:17")
    assert welcome.entry.actual_minutes == 17
    assert ideas.entry.actual_minutes == 53
    assert outlook.entry.actual_start == "09:10"
    assert outlook.entry.actual_end == ""
    assert outlook.entry.actual_minutes is None
    assert plenary.planned_end == "10:20"
    # Board: unclustered first, then clusters in order; ranking by dots.
    assert [c.text for c in ideas.unclustered] == ["Elternarbeit stärken"]
    assert [c.name for c in ideas.clusters] == ["Praxis & Betriebe", ""]
    assert [(r.rank, r.dots, r.cluster) for r in ideas.ranking] == [
        (1, 7, "Praxis & Betriebe"),
        (2, 5, ""),
        (3, 3, "Praxis & Betriebe"),
    ]
    assert [d.text for d in ideas.decisions] == ["Eine AG Praktika wird gegründet."]
    assert [d.text for d in plenary.decisions] == ["Der nächste Fachtag ist im Herbst."]
    assert plenary.parking_lot == ("Wie erreichen wir Eltern ohne Deutschkenntnisse?",)
    assert [p.caption for p in plenary.photos] == ["Pinnwand Ideen"]
    assert plenary.photos[0].data.startswith(b"\xff\xd8\xff")
    assert data.card_count == 5
    assert len(data.all_actions()) == 5
    assert data.canvas is not None  # an empty canvas still prints vision/mission slots
    assert data.findings == ()  # nothing on the canvas, nothing to find
    assert data.created_on == "2026-03-12"


def test_gather_skips_what_the_options_leave_out(document: Document) -> None:
    made = add_fachtag(document)
    data = gather(
        document,
        event_uuid=made.event,
        options=ProtocolOptions(sections=frozenset({Section.AGENDA}), include_photos=False),
    )
    plenary = data.sessions[0]
    assert plenary.items[1].card_count == 0
    assert plenary.all_decisions == ()
    assert plenary.actions == ()
    assert plenary.parking_lot == ()
    assert plenary.photos == ()
    assert data.canvas is None
    assert Section.QUALITY not in DEFAULT_SECTIONS


# ------------------------------------------------------------------ consent
def test_consent_names_only_who_agreed_and_counts_everyone(document: Document) -> None:
    made = add_fachtag(document)
    data = gather(document, event_uuid=made.event)
    participants = data.participants
    assert participants.total == 6  # five people (one in both sessions) and a guest
    assert participants.named == 3
    assert participants.unnamed == 3
    named = {p.name for s in participants.sectors for o in s.organisations for p in o.named}
    assert named == set(made.named)
    organisations = {o.name for s in participants.sectors for o in s.organisations}
    # Every organisation that took part is listed, also one whose people are unnamed.
    assert {"Jugendamt Hellental", "Oberschule am Markt", "Metallbau Krüger GmbH"} <= organisations
    assert "IHK Hellental" in organisations  # the guest's organisation, as typed
    assert [s.sector for s in participants.sectors] == [
        Sector.POLITICS_ADMINISTRATION,
        Sector.BUSINESS,
        Sector.EDUCATION,
        Sector.OTHER,
    ]


def test_consent_applies_to_card_authors_and_action_owners(document: Document) -> None:
    made = add_fachtag(document)
    data = gather(document, event_uuid=made.event)
    ideas = data.sessions[0].items[1]
    authors = [c.author for c in ideas.unclustered + ideas.clusters[0].cards]
    assert authors == ["Clara Çelik", "", "Tisch 1"]  # Bernd Brandt did not consent
    owners = [a.owner for a in data.sessions[0].actions]
    assert owners == [
        "Metallbau Krüger GmbH",
        "Clara Çelik (OBS Markt)",
        "OBS Markt",  # Bernd Brandt unnamed: his organisation answers for it
        "",  # free text naming someone without consent
    ]


def test_anonymised_protocol_names_nobody(document: Document) -> None:
    made = add_fachtag(document)
    data = gather(document, event_uuid=made.event, options=ProtocolOptions(anonymise=True))
    participants = data.participants
    assert participants.anonymised
    assert (participants.total, participants.named, participants.unnamed) == (6, 0, 6)
    assert all(not o.named for s in participants.sectors for o in s.organisations)
    ideas = data.sessions[0].items[1]
    assert {c.author for c in ideas.unclustered + ideas.clusters[0].cards} == {""}
    owners = [a.owner for a in data.sessions[0].actions]
    assert owners == ["Metallbau Krüger GmbH", "OBS Markt", "OBS Markt", ""]


def test_group_participants_matches_guests_to_actors_and_counts_once() -> None:
    actor = Actor(
        uuid="a1",
        name="Agentur für Arbeit",
        short_name="AfA",
        sector=Sector.POLITICS_ADMINISTRATION,
    )
    person = Person(uuid="p1", name="Petra", actor_uuid="a1", consent_named=True)
    attendance = [
        Attendance(uuid="1", session_uuid="s1", person_uuid="p1"),
        Attendance(uuid="2", session_uuid="s2", person_uuid="p1"),
        Attendance(uuid="3", session_uuid="s1", guest_name="Gast", guest_organisation="afa"),
        Attendance(uuid="4", session_uuid="s2", guest_name="gast ", guest_organisation="afa"),
        Attendance(uuid="5", session_uuid="s1", person_uuid="deleted-since"),
        Attendance(uuid="6", session_uuid="s1", guest_name="Ohne Org"),
    ]
    result = group_participants(attendance, people={"p1": person}, actors={"a1": actor})
    assert (result.total, result.named, result.unnamed) == (4, 1, 3)
    first, other = result.sectors
    assert first.organisations[0].name == "Agentur für Arbeit"
    assert [p.name for p in first.organisations[0].named] == ["Petra"]
    assert other.sector is Sector.OTHER
    assert [o.name for o in other.organisations] == [""]


def test_the_printed_ranking_keeps_ten_places_with_ties() -> None:
    ranking = tuple(
        RankEntry(rank=rank, text=f"Karte {n}", dots=20 - rank)
        for n, rank in enumerate([1, 2, 2, 4, 5, 6, 7, 8, 9, 10, 10, 12, 13])
    )
    assert [r.rank for r in top_ranked(ranking)] == [1, 2, 2, 4, 5, 6, 7, 8, 9, 10, 10]
    assert top_ranked(ranking, places=2) == ranking[:3]


def test_redact_names_blanks_fields_that_name_hidden_people() -> None:
    assert redact_names("Frau Müller (Jugendamt)", ["müller"]) == ""
    assert redact_names("Tisch 3", ["Müller"]) == "Tisch 3"
    assert redact_names("Projektgruppe", ["Jo"]) == "Projektgruppe"  # too short to match
    with pytest.raises(ValueError, match="language"):
        ProtocolOptions(language="fr")
