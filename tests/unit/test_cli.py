"""The headless command line: ``--version``, ``demo`` and ``check``, without Qt."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ciworkshop import __version__
from ciworkshop.cli import main
from ciworkshop.domain.model import ActorDraft
from ciworkshop.services import demo_data
from ciworkshop.services.network import NetworkService
from ciworkshop.store import schema
from ciworkshop.store.document import Document
from tests.unit.bad_files import BAD_FILES
from tests.unit.helpers import folder_snapshot, raw_value

REPO = Path(__file__).resolve().parents[2]
FIXTURE_V1 = REPO / "tests" / "fixtures" / "network_v1.ciw"


def _python(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=60,
        check=False,
    )


# ------------------------------------------------------------------ --version
def test_version_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out == f"ciworkshop {__version__}\n"


def test_python_m_ciworkshop_version_runs_without_qt(tmp_path: Path) -> None:
    result = _python("-m", "ciworkshop", "--version", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"ciworkshop {__version__}\n"
    assert result.stderr == ""


def test_core_modules_import_no_qt(tmp_path: Path) -> None:
    code = (
        "import ciworkshop.cli, ciworkshop.services.demo, ciworkshop.store.document, sys; "
        "assert not any(m.startswith('PySide6') for m in sys.modules), "
        "sorted(m for m in sys.modules if m.startswith('PySide6'))"
    )
    result = _python("-c", code, cwd=tmp_path)
    assert result.returncode == 0, result.stderr


# ------------------------------------------------------------------ demo
def test_demo_writes_the_demo_network(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "Demo.ciw"
    assert main(["demo", str(path)]) == 0
    assert f"Demo network written to {path}" in capsys.readouterr().out

    assert sorted(os.listdir(tmp_path)) == ["Demo.ciw"]  # closed: no lock, no -wal
    actors = raw_value(path, "SELECT count(*) FROM actor")
    people = raw_value(path, "SELECT count(*) FROM person")
    assert actors == len(demo_data.ACTORS)
    assert people == len(demo_data.PERSONS)
    assert 15 <= actors <= 30  # "about 20 actors"
    assert 30 <= people <= 60  # "about 40 people"
    assert raw_value(path, "SELECT name FROM network") == demo_data.NETWORK["name"]
    assert raw_value(path, "SELECT count(*) FROM person WHERE actor_uuid IS NOT NULL") > 0
    with Document.open(path) as document:
        assert document.db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_demo_refuses_to_overwrite_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "Mein Netzwerk.ciw"
    path.write_bytes(b"precious work")
    assert main(["demo", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "exists already (use --force to replace it)" in captured.err
    assert folder_snapshot(tmp_path) == {"Mein Netzwerk.ciw": b"precious work"}


def test_demo_with_force_replaces_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "old.ciw"
    path.write_bytes(b"old content")
    assert main(["demo", "--force", str(path)]) == 0
    assert raw_value(path, "SELECT count(*) FROM actor") == len(demo_data.ACTORS)
    assert "Demo network written" in capsys.readouterr().out


def test_demo_with_force_does_not_replace_a_file_open_in_a_window(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Document.open(demo_file) as document:
        NetworkService(document).add_actor(draft=ActorDraft(name="Gerade erfasst"))
        assert main(["demo", "--force", str(demo_file)]) == 1
        captured = capsys.readouterr()
        assert "is already open in another ciworkshop window" in captured.err
        assert captured.out == ""
        assert demo_file.exists()
        NetworkService(document).add_actor(draft=ActorDraft(name="Danach erfasst"))
    names = raw_value(demo_file, "SELECT group_concat(name, '|') FROM actor")
    assert "Gerade erfasst" in names
    assert "Danach erfasst" in names


def test_demo_with_force_after_a_crash_holds_only_the_demo(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = Document.open(demo_file)
    NetworkService(document).add_actor(draft=ActorDraft(name="Aus der alten Datei"))
    crash_wal = Path(str(demo_file) + "-wal").read_bytes()
    document.close()
    Path(str(demo_file) + "-wal").write_bytes(crash_wal)  # left behind by a crash

    assert main(["demo", "--force", str(demo_file)]) == 0
    capsys.readouterr()
    assert raw_value(demo_file, "SELECT count(*) FROM actor") == len(demo_data.ACTORS)
    assert raw_value(demo_file, "SELECT count(*) FROM actor WHERE name LIKE 'Aus der%'") == 0


# ------------------------------------------------------------------ check
def _check(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["check", str(path)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_check_reports_a_healthy_file(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = folder_snapshot(demo_file.parent)
    code, out, err = _check(demo_file, capsys)
    assert code == 0
    assert err == ""
    assert re.search(r"^Integrity:\s+ok$", out, re.M)
    version = schema.SCHEMA_VERSION
    assert re.search(rf"^Schema version:\s+{version} \(this app: {version}\)$", out, re.M)
    assert re.search(rf"^Network:\s+{re.escape(str(demo_data.NETWORK['name']))}$", out, re.M)
    assert re.search(rf"^\s+actor:\s+{len(demo_data.ACTORS)}$", out, re.M)
    assert re.search(rf"^\s+person:\s+{len(demo_data.PERSONS)}$", out, re.M)
    assert re.search(r"^\s+tombstone:\s+0$", out, re.M)
    assert folder_snapshot(demo_file.parent) == before  # checking changes nothing


def test_check_works_while_the_file_is_open_elsewhere(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Document.open(demo_file):
        code, out, _ = _check(demo_file, capsys)
    assert code == 0
    assert re.search(r"^Integrity:\s+ok$", out, re.M)


def test_check_reports_an_old_file_without_upgrading_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "v1.ciw"
    shutil.copyfile(FIXTURE_V1, path)
    before = folder_snapshot(tmp_path)
    code, out, _ = _check(path, capsys)
    assert code == 0
    assert re.search(rf"^Schema version:\s+1 \(this app: {schema.SCHEMA_VERSION}\)$", out, re.M)
    assert re.search(r"^\s+actor:\s+2$", out, re.M)
    assert re.search(r"^\s+person:\s+3$", out, re.M)
    assert folder_snapshot(tmp_path) == before


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_check_refuses_a_bad_file_with_a_message(
    case: str, tmp_path: Path, demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make, _, text = BAD_FILES[case]
    folder = tmp_path / "bad"
    folder.mkdir()
    path = make(folder, demo_file)
    before = folder_snapshot(folder)
    code, out, err = _check(path, capsys)
    assert code == 1
    assert out == ""
    assert err.startswith("ciworkshop: ")
    assert text in err
    assert folder_snapshot(folder) == before


def test_check_finds_a_foreign_key_violation(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = sqlite3.connect(demo_file)  # foreign_keys is off by default in plain sqlite3
    conn.execute(
        "INSERT INTO person (uuid, name, actor_uuid, created_at, modified_at)"
        " VALUES ('ghost-person', 'Geist', 'no-such-actor', '', '')"
    )
    conn.commit()
    conn.close()
    code, out, _ = _check(demo_file, capsys)
    assert code == 1
    assert re.search(r"^Integrity:\s+PROBLEMS$", out, re.M)
    assert "foreign key: person" in out
    assert "-> actor" in out
