"""Markdown and CSV exports: content, literal hostile text, Excel-ready bytes, atomic files."""

from __future__ import annotations

import csv
import dataclasses
import html
import io
import os
import re
from datetime import UTC, date
from pathlib import Path

import pytest

from ciworkshop.domain.events import ActionStatus
from ciworkshop.domain.i18n import Text
from ciworkshop.domain.protocol import (
    ActionEntry,
    CardEntry,
    ProtocolOptions,
    Section,
)
from ciworkshop.export import texts
from ciworkshop.export.csv_actions import guard, render_actions_csv, write_actions_csv
from ciworkshop.export.files import write_atomic
from ciworkshop.export.markdown import inline, render_markdown, write_markdown
from ciworkshop.services.protocol import gather
from ciworkshop.store.document import Document
from tests.unit.test_export_pdf import HOSTILE, _hostile_document
from tests.unit.test_protocol import add_fachtag

ALL = ProtocolOptions(sections=frozenset(Section))
TODAY = date(2026, 3, 12)


def _fachtag(document: Document, options: ProtocolOptions = ALL):  # type: ignore[no-untyped-def]
    made = add_fachtag(document)
    return made, gather(document, event_uuid=made.event, options=options, today=TODAY, tz=UTC)


# ------------------------------------------------------------------ Markdown
def test_markdown_has_every_section(document: Document) -> None:
    made, data = _fachtag(document)
    text = render_markdown(data)
    for expected in (
        "# Protokoll: Fachtag Übergang 2026",
        "**Verbund:** Testverbund",
        "## 1 Teilnehmende",
        "### Politik &amp; Verwaltung",
        "- **Jugendamt Hellental:** Anna Aydın – Jugendhilfeplanung",
        "## 2 Plenum: Wo steht der Verbund?",
        "### 2.1 Tagesordnung",
        "| 1 | Begrüßung | 09:00 | 15 | 08:00–08:17 | 17 |",
        "### 2.2 TOP 2: Ideen sammeln",
        "#### Praxis &amp; Betriebe (2)",
        "- Elternarbeit stärken – *Clara Çelik · ● 5*",
        "| 1. | Mehr Praktikumsplätze in Betrieben | Praxis &amp; Betriebe | 7 |",
        "- ✓ Eine AG Praktika wird gegründet. *(Konsens)*",
        "### 2.3 Weitere Beschlüsse",
        "| Praktikumsbörse aufbauen | Metallbau Krüger GmbH | 30.06.2026 | Offen |",
        "### 2.5 Themenspeicher",
        "- Pinnwand Ideen",
        "## 4 Wirkungslogik",
        "## 5 Anhang: Qualitätscheck der Wirkungslogik",
    ):
        assert expected in text, expected
    for name in [*made.unnamed, made.guest]:
        assert name not in text
    assert text.endswith("*Erstellt am 12.03.2026 mit ciworkshop*\n")


def test_markdown_in_english(document: Document) -> None:
    _, data = _fachtag(document, dataclasses.replace(ALL, language="en"))
    text = render_markdown(data)
    assert "# Minutes: Fachtag Übergang 2026" in text
    assert "| Praktikumsbörse aufbauen | Metallbau Krüger GmbH | 30 Jun 2026 | Open |" in text


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("<b>fett</b>", "&lt;b&gt;fett&lt;/b&gt;"),
        ("R&D &amp;", "R&amp;D &amp;amp;"),
        ("*stern* _unter_ `code`", "\\*stern\\* \\_unter\\_ \\`code\\`"),
        ("[link](http://x) ![bild](y)", "\\[link\\](http://x) !\\[bild\\](y)"),
        ("a | b", "a \\| b"),
        ("# keine Überschrift", "\\# keine Überschrift"),
        ("C# und #1", "C\\# und \\#1"),
        ("> kein Zitat", "&gt; kein Zitat"),
        ("Zeile 1\nZeile 2\r\nZeile 3", "Zeile 1<br>Zeile 2<br>Zeile 3"),
        ("back\\slash", "back\\\\slash"),
        ("nul\x00", "nul\ufffd"),
    ],
)
def test_inline_escapes(raw: str, escaped: str) -> None:
    assert inline(raw) == escaped


def test_inline_at_a_line_start_escapes_block_starters() -> None:
    assert inline("- keine Liste", line_start=True) == "\\- keine Liste"
    assert inline("1. keine Liste", line_start=True) == "1\\. keine Liste"
    assert inline("=== kein Strich", line_start=True) == "\\=== kein Strich"
    assert inline("12.03.2026") == "12.03.2026"


def test_hostile_text_renders_literally_in_a_markdown_renderer(document: Document) -> None:
    markdown_it = pytest.importorskip("markdown_it")
    event_uuid = _hostile_document(document)
    data = gather(document, event_uuid=event_uuid, options=ALL, today=TODAY)
    rendered = markdown_it.MarkdownIt("commonmark").enable("table").render(render_markdown(data))
    for tag in ("<img", "<b>", "<i>", "<font", "<a ", "<code>", "<para"):
        assert tag not in rendered, tag
    visible = html.unescape(re.sub(r"<[^>]+>", " ", rendered))
    flat = re.sub(r"\s+", "", visible)
    for hostile in HOSTILE:
        assert re.sub(r"\s+", "", hostile) in flat, hostile


def test_markdown_file_is_utf8_and_written_atomically(document: Document, tmp_path: Path) -> None:
    _, data = _fachtag(document)
    target = tmp_path / "out" / "Protokoll.md"
    target.parent.mkdir()
    text = write_markdown(data, target)
    assert target.read_bytes() == text.encode("utf-8")
    assert sorted(os.listdir(target.parent)) == ["Protokoll.md"]


# ------------------------------------------------------------------ CSV
def test_csv_bytes_open_in_a_german_excel(document: Document) -> None:
    _, data = _fachtag(document)
    content = render_actions_csv(data)
    assert content.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark
    text = content.decode("utf-8-sig")
    assert "\r\n" in text
    assert "\n" not in text.replace("\r\n", "")  # only CRLF line ends
    lines = text.split("\r\n")
    assert lines[0] == "Sitzung;Was;Wer;Bis wann;Status"
    assert lines[1] == (
        "Plenum: Wo steht der Verbund?;Praktikumsbörse aufbauen;Metallbau Krüger GmbH;"
        "30.06.2026;Offen"
    )
    assert "Plenum: Wo steht der Verbund?;Schulleitungen einladen;OBS Markt;;Erledigt" in lines
    assert lines[-1] == ""
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert len(rows) == 1 + 5
    assert [r[0] for r in rows[1:]].count("Tisch 2: Praktika") == 1


def test_csv_guards_against_formulas_and_quotes_what_needs_it(document: Document) -> None:
    _, data = _fachtag(document)
    plenary = data.sessions[0]
    hostile = (
        ActionEntry(what='=HYPERLINK("http://x";"klick")', owner="+49 170", session="@SUM(A1)"),
        ActionEntry(what="-1+1", owner="\tTab", status=ActionStatus.DROPPED),
        ActionEntry(what='Zeile 1\nZeile 2; mit "Zitat"', owner="normal", due_date="kein Datum"),
    )
    data = dataclasses.replace(data, sessions=(dataclasses.replace(plenary, actions=hostile),))
    rows = list(
        csv.reader(
            io.StringIO(render_actions_csv(data).decode("utf-8-sig"), newline=""), delimiter=";"
        )
    )
    assert rows[1][:3] == ["'@SUM(A1)", '\'=HYPERLINK("http://x";"klick")', "'+49 170"]
    assert rows[2][1:3] == ["'-1+1", "'\tTab"]
    assert rows[2][4] == "Verworfen"
    assert rows[3][1] == 'Zeile 1\nZeile 2; mit "Zitat"'
    assert rows[3][3] == "kein Datum"
    assert guard("Normal = gut") == "Normal = gut"


def test_csv_in_english_uses_iso_dates(document: Document, tmp_path: Path) -> None:
    _, data = _fachtag(document, dataclasses.replace(ALL, language="en"))
    target = tmp_path / "actions.csv"
    content = write_actions_csv(data, target)
    assert target.read_bytes() == content
    text = content.decode("utf-8-sig")
    assert text.startswith("Session;What;Who;By when;Status\r\n")
    assert ";2026-06-30;Open\r\n" in text


# ------------------------------------------------------------------ the catalogue and files
def test_every_printed_domain_text_has_german() -> None:
    missing = [t for t in texts.PRINTED_TEXTS if (t.context, t.source) not in texts.DOMAIN_DE]
    assert not missing
    assert set(texts.LABELS["de"]) == set(texts.LABELS["en"])
    # A text the catalogue does not know yet prints in English rather than failing.
    assert texts.domain("de", Text("Sector", "Newer sector")) == "Newer sector"


def test_numbers_and_dates_in_both_languages() -> None:
    assert texts.format_number("de", 1234.5, "%") == "1.234,5 %"
    assert texts.format_number("en", 1234.5) == "1,234.5"
    assert texts.format_number("de", 12.0) == "12"
    assert texts.format_number("de", None) == ""
    assert texts.format_date("de", "2026-03-12") == "12.03.2026"
    assert texts.format_date("en", "2026-03-12") == "12 Mar 2026"
    assert texts.format_date("de", "irgendwann") == "irgendwann"


def test_write_atomic_leaves_no_temporary_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "x.csv"
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    with pytest.raises(IsADirectoryError):
        write_atomic(tmp_path, b"x")

    def full_disk(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space"):
        write_atomic(target, b"three")
    assert target.read_bytes() == b"two"
    assert sorted(os.listdir(tmp_path)) == ["x.csv"]
    with pytest.raises(FileNotFoundError):
        write_atomic(tmp_path / "missing" / "x.csv", b"x")


def test_card_text_cannot_smuggle_markdown_structure(document: Document) -> None:
    _, data = _fachtag(document)
    plenary = data.sessions[0]
    item = dataclasses.replace(
        plenary.items[1], unclustered=(CardEntry(text="x\n# Überschrift\n- Liste\n---"),)
    )
    data = dataclasses.replace(data, sessions=(dataclasses.replace(plenary, items=(item,)),))
    text = render_markdown(data)
    # Line breaks become <br>: the rest stays inside the list item, as text.
    assert "- x<br>\\# Überschrift<br>- Liste<br>---" in text
    markdown_it = pytest.importorskip("markdown_it")
    rendered = markdown_it.MarkdownIt("commonmark").render(text)
    assert "<li>x<br># Überschrift<br>- Liste<br>---</li>" in rendered
