"""``ciworkshop list``, ``export`` and ``import``: files written, messages, exit codes."""

from __future__ import annotations

import dataclasses
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from ciworkshop.cli import main
from ciworkshop.domain.model import NetworkDraft
from ciworkshop.services.events import EventService
from ciworkshop.services.network import NetworkService
from ciworkshop.store.document import Document
from tests.unit.helpers import folder_snapshot
from tests.unit.test_protocol import Fachtag, add_fachtag

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def fachtag_file(tmp_path: Path) -> tuple[Path, Fachtag]:
    path = tmp_path / "Verbund.ciw"
    with Document.create(path, network_name="Testverbund") as document:
        made = add_fachtag(document)
    return path, made


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def pdf_text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages)


# ------------------------------------------------------------------ list
def test_list_shows_events_and_sessions_with_ids(
    fachtag_file: tuple[Path, Fachtag], capsys: pytest.CaptureFixture[str]
) -> None:
    path, made = fachtag_file
    code, out, err = run(capsys, "list", str(path))
    assert (code, err) == (0, "")
    assert "Network: Testverbund" in out
    assert f"  {made.event}  Fachtag Übergang 2026  (2026-03-12 Kreishaus Hellental)" in out
    assert f"    session {made.plenary}  Plenum: Wo steht der Verbund? [Plenary]" in out
    assert f"    session {made.table}  Tisch 2: Praktika [Round table]  2026-03-12 11:00" in out
    assert "Sessions without an event: none" in out


def test_list_of_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "list", str(tmp_path / "nope.ciw"))
    assert (code, out) == (1, "")
    assert err == "ciworkshop: The file “nope.ciw” does not exist (any more).\n"


# ------------------------------------------------------------------ export
def test_export_without_scope_writes_the_latest_event_as_pdf(
    fachtag_file: tuple[Path, Fachtag], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, made = fachtag_file
    with Document.open(path) as document:  # an older event is not the default
        older = add_fachtag(document, title="Fachtag 2025")
        events = EventService(document)
        draft = events.event(older.event).to_draft()  # type: ignore[union-attr]
        events.update_event(uuid=older.event, draft=dataclasses.replace(draft, date="2025-05-01"))
    out_file = tmp_path / "Protokoll"
    code, out, err = run(capsys, "export", str(path), "-o", str(out_file))
    assert (code, err) == (0, "")
    assert out.startswith(f"Protocol “Fachtag Übergang 2026” written to {out_file} (")
    assert out.rstrip().endswith("pages)")
    assert out_file.read_bytes().startswith(b"%PDF")
    text = pdf_text(out_file)
    assert "Seite 2 von" in text
    for name in made.unnamed:
        assert name not in text


def test_export_session_by_prefix_in_every_format(
    fachtag_file: tuple[Path, Fachtag], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, made = fachtag_file
    prefix = made.table[:8]
    code, out, _ = run(
        capsys, "export", str(path), "--session", prefix, "-o", str(tmp_path / "t.md")
    )
    assert code == 0
    assert out == f"Protocol “Tisch 2: Praktika” written to {tmp_path / 't.md'}\n"
    markdown = (tmp_path / "t.md").read_text(encoding="utf-8")
    assert markdown.startswith("# Protokoll: Tisch 2: Praktika\n")
    assert "Plenum" not in markdown

    code, out, _ = run(
        capsys, "export", str(path), "--event", made.event, "-o", str(tmp_path / "a.csv")
    )
    assert code == 0
    assert out.startswith("5 action items of “Fachtag Übergang 2026” written to")
    assert (tmp_path / "a.csv").read_bytes().startswith(b"\xef\xbb\xbfSitzung;Was;Wer")

    target = tmp_path / "plenum.txt"
    code, _, _ = run(
        capsys,
        "export",
        str(path),
        "--session",
        made.plenary,
        "--format",
        "pdf",
        "--lang",
        "en",
        "--anonymise",
        "--quality",
        "-o",
        str(target),
    )
    assert code == 0
    text = pdf_text(target)
    assert "Minutes" in text
    assert "These minutes name no participants" in text
    assert "Appendix: quality check of the impact logic" in text
    for name in made.named:
        assert name not in text

    code, out, _ = run(capsys, "export", str(path), "-o", str(tmp_path / "net.json"))
    assert code == 0
    assert out == f"Network written to {tmp_path / 'net.json'}\n"
    exported = json.loads((tmp_path / "net.json").read_text(encoding="utf-8"))
    assert exported["network"]["name"] == "Testverbund"


def test_export_of_a_file_open_in_the_app(
    fachtag_file: tuple[Path, Fachtag], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = fachtag_file
    with Document.open(path):  # the window holds the lock
        code, _, err = run(capsys, "export", str(path), "-o", str(tmp_path / "x.pdf"))
    assert (code, err) == (0, "")


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            ["--event", "0000"],
            "ciworkshop: No event with the ID '0000' (see: ciworkshop list FILE).\n",
        ),
        (
            ["--session", "zz"],
            "ciworkshop: No session with the ID 'zz' (see: ciworkshop list FILE).\n",
        ),
    ],
)
def test_export_of_an_unknown_id(
    fachtag_file: tuple[Path, Fachtag],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    path, _ = fachtag_file
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, out, err = run(capsys, "export", str(path), *extra, "-o", str(out_dir / "x.pdf"))
    assert (code, out, err) == (1, "", message)
    assert folder_snapshot(out_dir) == {}


def test_export_refusals(
    fachtag_file: tuple[Path, Fachtag], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, made = fachtag_file
    code, _, err = run(capsys, "export", str(tmp_path / "nope.ciw"), "-o", str(tmp_path / "x.pdf"))
    assert code == 1
    assert err == "ciworkshop: The file “nope.ciw” does not exist (any more).\n"

    code, _, err = run(capsys, "export", str(path), "-o", str(tmp_path / "no" / "x.pdf"))
    assert code == 1
    assert "the folder" in err
    assert "does not exist" in err

    code, _, err = run(capsys, "export", str(path), "-o", str(tmp_path))
    assert code == 1
    assert "is a folder" in err

    with pytest.raises(SystemExit) as info:
        main(["export", str(path), "--event", made.event, "-o", str(tmp_path / "n.json")])
    assert info.value.code == 2
    assert "--format json exports the whole network" in capsys.readouterr().err

    with pytest.raises(SystemExit) as info:
        main(["export", str(path), "--event", "a", "--session", "b", "-o", "x.pdf"])
    assert info.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err

    empty = tmp_path / "leer.ciw"
    Document.create(empty, network_name="Leer").close()
    code, _, err = run(capsys, "export", str(empty), "-o", str(tmp_path / "x.pdf"))
    assert code == 1
    assert "holds no event and no session yet" in err


def test_export_warns_about_characters_the_font_cannot_print(
    fachtag_file: tuple[Path, Fachtag], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = fachtag_file
    with Document.open(path) as document:
        NetworkService(document).update_network(draft=NetworkDraft(name="Verbund 👍"))
    code, out, err = run(capsys, "export", str(path), "-o", str(tmp_path / "x.pdf"))
    assert code == 0
    assert "written to" in out
    assert err.startswith(
        "ciworkshop: warning: Some characters cannot be printed with the protocol's font "
        "and appear as �: 👍 (U+1F44D THUMBS UP SIGN)"
    )
    assert "Verbund �" in pdf_text(tmp_path / "x.pdf")


def test_demo_protocol_from_the_command_line(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "export", str(demo_file), "-o", str(tmp_path / "demo.pdf"))
    assert (code, err) == (0, "")
    assert out.startswith("Protocol “Fachtag Zukunftswege 2026” written to")


# ------------------------------------------------------------------ import
def test_import_round_trip_and_refusals(
    fachtag_file: tuple[Path, Fachtag], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, made = fachtag_file
    exported = tmp_path / "net.json"
    assert run(capsys, "export", str(path), "-o", str(exported))[0] == 0
    new = tmp_path / "Kopie.ciw"
    code, out, err = run(capsys, "import", str(exported), "-o", str(new))
    assert (code, err) == (0, "")
    assert out == f"Network imported from {exported} to {new}\n"
    code, listing, _ = run(capsys, "list", str(new))
    assert code == 0
    assert made.event in listing
    assert made.table in listing

    code, out, err = run(capsys, "import", str(exported), "-o", str(new))
    assert (code, out) == (1, "")
    assert err.startswith("ciworkshop: ")
    assert "Kopie.ciw" in err

    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    code, _, err = run(capsys, "import", str(broken), "-o", str(tmp_path / "neu.ciw"))
    assert code == 1
    assert err.startswith("ciworkshop: ")
    assert not (tmp_path / "neu.ciw").exists()

    code, _, err = run(
        capsys, "import", str(tmp_path / "fehlt.json"), "-o", str(tmp_path / "n.ciw")
    )
    assert code == 1
    assert "fehlt.json" in err


# ------------------------------------------------------------------ without Qt
def test_export_runs_without_qt(fachtag_file: tuple[Path, Fachtag], tmp_path: Path) -> None:
    path, _ = fachtag_file
    code = (
        "import sys; from ciworkshop.cli import main; "
        f"rc = main(['export', {str(path)!r}, '-o', {str(tmp_path / 'x.pdf')!r}]); "
        "assert rc == 0, rc; "
        "assert not any(m.split('.')[0] in ('PySide6', 'qtawesome') for m in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF")
