"""The PDF protocol, read back with pypdf: sections, hostile texts, consent, fonts, files."""

from __future__ import annotations

import dataclasses
import io
import os
import re
from datetime import UTC, date
from pathlib import Path

import pypdf
import pytest

from ciworkshop.domain.events import (
    ActionItemDraft,
    AgendaItemDraft,
    CardDraft,
    DecisionDraft,
    EventDraft,
    PhotoDraft,
    SessionDraft,
    SessionFormat,
)
from ciworkshop.domain.protocol import (
    ActionEntry,
    CardEntry,
    ClusterEntry,
    OrganisationAttendance,
    PhotoEntry,
    ProtocolOptions,
    Section,
)
from ciworkshop.domain.rules import FIELD_LIMITS
from ciworkshop.export import pdf as pdf_module
from ciworkshop.export.pdf import REPLACEMENT, PdfResult, build_pdf, write_pdf
from ciworkshop.services import demo_events_data
from ciworkshop.services.canvas import CanvasService
from ciworkshop.services.events import EventService
from ciworkshop.services.protocol import gather
from ciworkshop.store.document import Document
from tests.unit.test_protocol import add_fachtag, jpeg

ALL = ProtocolOptions(sections=frozenset(Section))
TODAY = date(2026, 3, 12)


def pages_text(result: PdfResult) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(result.data))
    return [page.extract_text() for page in reader.pages]


def squeeze(text: str) -> str:
    """Without any white space: line breaks fall anywhere in a long text."""
    return re.sub(r"\s+", "", text)


def fachtag_pdf(document: Document, options: ProtocolOptions = ALL) -> tuple[PdfResult, str]:
    made = add_fachtag(document)
    data = gather(document, event_uuid=made.event, options=options, today=TODAY, tz=UTC)
    result = build_pdf(data)
    return result, "\n".join(pages_text(result))


# ------------------------------------------------------------------ sections
def test_every_section_is_there_in_german(document: Document) -> None:
    result, text = fachtag_pdf(document)
    expected = [
        "Protokoll",
        "Fachtag Übergang 2026",
        "Testverbund",
        "Kreishaus Hellental",
        "Maria Moderatorin, Tom Tischleitung",
        "Inhalt",
        "1  Teilnehmende",
        "6 Personen nahmen teil.",
        "Politik & Verwaltung",
        "Jugendamt Hellental",
        "Anna Aydın",
        "Plenum: Wo steht der Verbund?",
        "Format: Plenum",
        "Leitfrage: Was brauchen Jugendliche am Übergang?",
        "Tagesordnung",
        "Begrüßung",
        "09:15",
        "08:00–08:17",
        "TOP 2: Ideen sammeln",
        "Karten ohne Cluster",
        "Praxis & Betriebe",
        "Cluster ohne Namen",
        "Mehr Praktikumsplätze in Betrieben",
        "Punktabfrage",
        "Eine AG Praktika wird gegründet. (Konsens)",
        "Weitere Beschlüsse",
        "Der nächste Fachtag ist im Herbst. (Mehrheitsentscheid)",
        "Aufgaben",
        "Praktikumsbörse aufbauen",
        "Metallbau Krüger GmbH",
        "30.06.2026",
        "Erledigt",
        "Themenspeicher",
        "Wie erreichen wir Eltern ohne Deutschkenntnisse?",
        "Fotos",
        "Pinnwand Ideen",
        "Tisch 2: Praktika",
        "Wirkungslogik",
        "VISION",
        "MISSION",
        "PROJEKTEBENE",
        "Anhang: Qualitätscheck der Wirkungslogik",
        "Alle Prüfungen sind erfüllt.",
        f"Seite 2 von {result.pages}",
    ]
    missing = [e for e in expected if e not in text]
    assert not missing, missing
    assert result.replaced == {}
    assert not result.has_warnings


def test_english_protocol(document: Document) -> None:
    options = dataclasses.replace(ALL, language="en")
    result, text = fachtag_pdf(document, options)
    for expected in (
        "Minutes",
        "Contents",
        "Participants",
        "Format: Plenary",
        "Dot voting",
        "(Consensus)",
        "Action items",
        "30 Jun 2026",
        "Parking lot",
        "Impact logic",
        "PROJECT LEVEL",
        f"Page 2 of {result.pages}",
    ):
        assert expected in text, expected
    assert "Seite" not in text


def test_left_out_sections_are_not_printed(document: Document) -> None:
    options = ProtocolOptions(sections=frozenset({Section.AGENDA}), include_photos=False)
    _, text = fachtag_pdf(document, options)
    assert "Tagesordnung" in text
    for absent in ("1  Teilnehmende", "Punktabfrage", "Themenspeicher", "Fotos", "Wirkungslogik"):
        assert absent not in text, absent


def test_contents_page_numbers_and_bookmarks_point_at_the_headings(document: Document) -> None:
    result, _ = fachtag_pdf(document)
    pages = pages_text(result)
    reader = pypdf.PdfReader(io.BytesIO(result.data))
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles[0] == "1 Teilnehmende"
    assert any(t.startswith("2 Plenum") for t in titles)
    contents = pages[1]
    for number, heading in (("1", "Teilnehmende"), ("4", "Wirkungslogik")):
        listed = re.search(rf"^{number}\s+{heading}\s*(\d+)$", contents, re.M)
        assert listed, contents
        page = int(listed[1])
        assert f"{number}  {heading}" in pages[page - 1]
    for item in reader.outline:
        if not isinstance(item, list):
            page = reader.get_destination_page_number(item)
            assert item.title.split(" ", 1)[1][:20] in pages[page].replace("  ", " ")


def test_fonts_are_embedded_dejavu_only(document: Document) -> None:
    result, _ = fachtag_pdf(document)
    reader = pypdf.PdfReader(io.BytesIO(result.data))
    fonts = set()
    for page in reader.pages:
        resources = page["/Resources"]
        for reference in resources.get("/Font", {}).values():
            font = reference.get_object()
            fonts.add(str(font["/BaseFont"]))
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None, font
            assert "/FontFile2" in descriptor.get_object(), font
    assert fonts
    assert all("DejaVuSans" in name for name in fonts), fonts


def test_written_atomically(
    document: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = add_fachtag(document)
    data = gather(document, event_uuid=made.event)
    target = tmp_path / "out" / "Protokoll.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old protocol")

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="No space"):
        write_pdf(data, target)
    assert target.read_bytes() == b"old protocol"
    assert sorted(p.name for p in target.parent.iterdir()) == ["Protokoll.pdf"]
    monkeypatch.undo()
    result = write_pdf(data, target)
    assert target.read_bytes() == result.data
    assert result.data.startswith(b"%PDF")
    assert sorted(p.name for p in target.parent.iterdir()) == ["Protokoll.pdf"]


# ------------------------------------------------------------------ consent
def test_names_without_consent_are_not_printed_but_counted(document: Document) -> None:
    made = add_fachtag(document)
    data = gather(document, event_uuid=made.event, options=ALL)
    text = "\n".join(pages_text(build_pdf(data)))
    for name in made.named:
        assert name in text
    for name in [*made.unnamed, made.guest]:
        assert name not in text, name
    assert "3 von ihnen werden ohne Namen gezählt" in text
    for organisation in made.organisations:
        assert organisation in text


def test_anonymised_pdf_names_no_participant(document: Document) -> None:
    made = add_fachtag(document)
    options = dataclasses.replace(ALL, anonymise=True)
    data = gather(document, event_uuid=made.event, options=options)
    text = "\n".join(pages_text(build_pdf(data)))
    for name in [*made.named, *made.unnamed, made.guest]:
        assert name not in text, name
    assert "Dieses Protokoll nennt keine Namen von Teilnehmenden" in text
    assert "Maria Moderatorin" in text  # the facilitator acts in her role


# ------------------------------------------------------------------ hostile texts
HOSTILE = [
    "<b>fett</b> und <i>kursiv</i>",
    "A < B & C > D",
    "R&D; x<y & y>z",
    "&amp; &lt;b&gt; &#169; &nbsp;",
    "<img src=x onerror=alert(1)>",
    '<font color="red" size="40">rot</font>',
    "<para><br/></para> ]]> <![CDATA[ x ]]>",
    "Umlaute äöü ß „Anführung“ – € ✓ ★",
    "Emoji 😀 im Text",
    "שלום עולם",
    "مرحبا بالعالم",
    "%PDF-1.4 trailer << /Root 1 0 R >> endobj",
    "\\ backslash ( paren ) unbalanced (",
]


def _hostile_document(document: Document) -> str:
    """A session whose every field holds hostile text or text at its field limit."""
    events = EventService(document)
    long = {name: ("Wort " * 2000)[: FIELD_LIMITS[name]].strip() + "!" for name in FIELD_LIMITS}
    with document.transaction():
        event, _ = events.add_event(
            draft=EventDraft(title="<b>Fachtag</b> & Co", date="2026-03-12")
        )
        session, _ = events.add_session(
            draft=SessionDraft(
                format=SessionFormat.WORKSHOP,
                title=HOSTILE[0],
                event_uuid=event.uuid,
                place=HOSTILE[4],
                facilitator=HOSTILE[1],
                guiding_question=long["guiding_question"][:-1] + "?",
            ),
            agenda=[
                AgendaItemDraft(HOSTILE[2], 10),
                AgendaItemDraft(long["agenda_title"][:-1], 10),
            ],
        )
        items = events.agenda(session.uuid)
        cluster, _ = events.add_cluster(agenda_item_uuid=items[0].uuid, name=HOSTILE[5])
        for text in HOSTILE:
            events.add_card(
                agenda_item_uuid=items[0].uuid,
                draft=CardDraft(text=text, author=HOSTILE[3]),
                cluster_uuid=cluster.uuid,
            )
        events.add_card(
            agenda_item_uuid=items[1].uuid, draft=CardDraft(text=long["card_text"][:-1] + ".")
        )
        events.add_decision(
            session_uuid=session.uuid, draft=DecisionDraft(long["decision_text"][:-1] + ".")
        )
        events.add_action(
            session_uuid=session.uuid,
            draft=ActionItemDraft(what=long["action_what"][:-1] + ".", owner_text=HOSTILE[6]),
        )
        events.add_parking_lot_item(session_uuid=session.uuid, text=long["parking_lot_text"])
        events.add_photo(
            session_uuid=session.uuid,
            draft=PhotoDraft(
                data=jpeg(4000, 300),
                mime="image/jpeg",
                width=4000,
                height=300,
                caption=long["photo_caption"][:-1] + ".",
            ),
        )
    return event.uuid


def test_hostile_and_field_limit_texts_print_literally(document: Document) -> None:
    event_uuid = _hostile_document(document)
    data = gather(document, event_uuid=event_uuid, options=ALL, today=TODAY)
    result = build_pdf(data)
    text = "\n".join(pages_text(result))
    flat = squeeze(text)
    for hostile in HOSTILE:
        if hostile in ("שלום עולם", "مرحبا بالعالم"):
            # Right-to-left: printed in logical order (no bidi in reportlab); pypdf reads
            # an RTL run back to front. Every letter is there, in one of the two orders.
            assert squeeze(hostile) in flat or squeeze(hostile)[::-1] in flat, hostile
        else:
            assert squeeze(hostile) in flat, hostile
    session = data.sessions[0]
    for long_text in (
        session.guiding_question,
        session.items[1].entry.title,
        session.items[1].unclustered[0].text,
        session.decisions[0].text,
        session.actions[0].what,
        session.parking_lot[0],
        session.photos[0].caption,
    ):
        assert squeeze(long_text) in flat
    assert result.replaced == {}


def test_long_words_and_undrawable_characters_never_break_the_layout(document: Document) -> None:
    made = add_fachtag(document)
    data = gather(document, event_uuid=made.event, options=ALL)
    word = "Donaudampfschifffahrt" * 500  # 10,500 characters without a break
    url = "https://example.org/" + "a/" * 5000
    plenary = data.sessions[0]
    item = dataclasses.replace(
        plenary.items[1],
        unclustered=(CardEntry(text=word), CardEntry(text="Daumen 👍 hoch\x00\x07")),
        clusters=(ClusterEntry(name=word, cards=(CardEntry(text=url, author=word),)),),
    )
    plenary = dataclasses.replace(
        plenary,
        title="شكرا " + word,
        items=(plenary.items[0], item, *plenary.items[2:]),
        actions=(ActionEntry(what=word, owner=url, due_date="not a date"),),
        parking_lot=(word,),
        photos=(
            PhotoEntry(caption="kaputt", mime="image/jpeg", width=10, height=10, data=b"no jpeg"),
        ),
    )
    participants = dataclasses.replace(
        data.participants,
        sectors=(
            dataclasses.replace(
                data.participants.sectors[0],
                organisations=(OrganisationAttendance(name=word, short_name=url),),
            ),
        ),
    )
    data = dataclasses.replace(
        data,
        title=word,
        network_name=url,
        sessions=(plenary, *data.sessions[1:]),
        participants=participants,
    )
    result = build_pdf(data)
    flat = squeeze("\n".join(pages_text(result)))
    assert word in flat
    assert result.pages > 20  # the long words take room, and nothing was cut
    assert squeeze(url) in flat
    assert f"Daumen{REPLACEMENT}hoch{REPLACEMENT}{REPLACEMENT}" in flat
    assert result.replaced == {"👍": 1, "\x00": 1, "\x07": 1}
    assert result.unreadable_photos == ("kaputt",)
    assert "„kaputt“ konnte nicht gelesen werden" in "\n".join(pages_text(result))
    warnings = result.english_warnings()
    assert "👍 (U+1F44D THUMBS UP SIGN) ×1" in warnings[0]
    assert "U+0000 ×1" in warnings[0]
    assert warnings[1] == "A photo could not be read and is left out: “kaputt”"


def test_emoji_beyond_the_bmp_copies_out_as_itself(document: Document) -> None:
    made = add_fachtag(document)
    data = gather(document, event_uuid=made.event)
    data = dataclasses.replace(data, title="Fachtag 😀 2026")
    result = build_pdf(data)
    assert "Fachtag 😀 2026" in pages_text(result)[0]
    assert result.replaced == {}


def test_bold_text_borrows_what_only_the_regular_face_has(document: Document) -> None:
    made = add_fachtag(document)
    data = gather(document, event_uuid=made.event)
    faces = pdf_module.register_fonts()
    only_regular = sorted(faces[pdf_module.FONT] - faces[pdf_module.FONT_BOLD])
    letters = "".join(chr(c) for c in only_regular if chr(c).isalpha())[:3]
    assert len(letters) == 3
    data = dataclasses.replace(data, title=f"Titel {letters}")
    result = build_pdf(data)  # the title prints in bold on the cover
    assert result.replaced == {}
    assert squeeze(f"Titel {letters}") in squeeze(pages_text(result)[0])


# ------------------------------------------------------------------ the demo Fachtag
def test_demo_fachtag_protocol(demo_file: Path) -> None:
    with Document.open(demo_file, read_only=True) as document:
        data = gather(document, options=ALL, today=TODAY)
        assert CanvasService(document).snapshot().goals
    event = demo_events_data.EVENT if hasattr(demo_events_data, "EVENT") else None
    assert data.title == (event["title"] if event else "Fachtag Zukunftswege 2026")
    assert len(data.sessions) == 5
    assert data.card_count >= 250
    result = build_pdf(data)
    text = "\n".join(pages_text(result))
    for expected in (
        "Fachtag Zukunftswege 2026",
        "Teilnehmende",
        "Plenum: Gemeinsam wirken für gelingende Übergänge",
        "Runder Tisch 2: Betriebe & Praktika",
        "Tagesordnung",
        "Punktabfrage",
        "Aufgaben",
        "Themenspeicher",
        "Fotos",
        "Flipchart „Nächste Schritte“ aus dem Plenum, nach dem Abschluss",
        "Wirkungslogik",
        "Ziele und Indikatoren",
        "Meilensteine",
        "Anhang: Qualitätscheck der Wirkungslogik",
        f"Seite {result.pages} von {result.pages}",
    ):
        assert expected in text, expected
    for session in data.sessions:
        assert session.title in text
        for item in session.items:
            for card in item.unclustered + tuple(c for k in item.clusters for c in k.cards):
                assert squeeze(card.text) in squeeze(text), card.text
        for action in session.actions:
            assert squeeze(action.what) in squeeze(text)
    assert result.replaced == {}
    assert not result.unreadable_photos


def test_progress_is_reported_up_to_the_end(document: Document) -> None:
    made = add_fachtag(document)
    data = gather(document, event_uuid=made.event)
    shares: list[float] = []
    build_pdf(data, progress=shares.append)
    assert shares == sorted(shares)
    assert shares[-1] == 1.0
    assert len(shares) == len(set(shares))
