"""Opening .ciw files: connection settings, refused files left untouched, locks, disk full."""

from __future__ import annotations

import getpass
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ciworkshop.domain.model import ActorDraft, NetworkDraft, PersonDraft
from ciworkshop.services.network import NetworkService
from ciworkshop.store import lock as lock_module
from ciworkshop.store import schema
from ciworkshop.store.document import Document
from ciworkshop.store.errors import DocumentError, DocumentErrorKind
from ciworkshop.store.lock import lock_path_for
from tests.unit.bad_files import BAD_FILES, make_damaged, make_too_new
from tests.unit.helpers import folder_snapshot, raw_value

Kind = DocumentErrorKind


# ------------------------------------------------------------------ connection settings
def _pragma(document: Document, name: str) -> object:
    return document.db.execute(f"PRAGMA {name}").fetchone()[0]


@pytest.mark.parametrize("how", ["created", "reopened"])
def test_every_connection_pragma_on_a_writable_open(tmp_path: Path, how: str) -> None:
    path = tmp_path / "n.ciw"
    document = Document.create(path, network_name="N")
    if how == "reopened":
        document.close()
        document = Document.open(path)
    with document:
        assert _pragma(document, "journal_mode") == "wal"
        assert _pragma(document, "synchronous") == 2  # FULL: a commit is on the disk
        assert _pragma(document, "foreign_keys") == 1
        assert _pragma(document, "secure_delete") == 1
        assert _pragma(document, "busy_timeout") > 0
        assert _pragma(document, "application_id") == schema.APPLICATION_ID
        assert _pragma(document, "user_version") == schema.SCHEMA_VERSION
        assert document.read_only is False
        assert document.recovered_stale_lock is False


def test_foreign_keys_are_enforced(document: Document) -> None:
    with pytest.raises(sqlite3.IntegrityError), document.transaction() as db:
        db.execute(
            "INSERT INTO person (uuid, name, actor_uuid, created_at, modified_at)"
            " VALUES ('p', 'P', 'no-such-actor', '', '')"
        )
    assert NetworkService(document).people() == []


def test_create_refuses_an_existing_file_and_leaves_it_alone(tmp_path: Path) -> None:
    path = tmp_path / "exists.ciw"
    path.write_bytes(b"my thesis, not a network")
    with pytest.raises(DocumentError) as info:
        Document.create(path, network_name="N")
    assert info.value.kind is Kind.EXISTS
    assert folder_snapshot(tmp_path) == {"exists.ciw": b"my thesis, not a network"}


def test_new_file_does_not_inherit_a_deleted_files_leftovers(tmp_path: Path) -> None:
    """After a crash the -wal of a file holds its last edits; if the user then deletes
    the file and creates a new one with the same name, the new network starts empty."""
    path = tmp_path / "Netzwerk.ciw"
    old = Document.create(path, network_name="Alt")
    for number in range(5):
        NetworkService(old).add_actor(draft=ActorDraft(name=f"Alt {number}"))
    crash_wal = Path(str(path) + "-wal").read_bytes()  # as a crash would leave it
    assert len(crash_wal) > 0
    old.close()
    path.unlink()
    Path(str(path) + "-wal").write_bytes(crash_wal)

    with Document.create(path, network_name="Neu") as new:
        service = NetworkService(new)
        assert service.network().name == "Neu"
        assert service.actors() == []
        assert new.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_a_closed_file_stands_alone(tmp_path: Path) -> None:
    path = tmp_path / "n.ciw"
    with Document.create(path, network_name="N") as document:
        NetworkService(document).add_actor(draft=ActorDraft(name="A"))
    assert sorted(os.listdir(tmp_path)) == ["n.ciw"]  # no -wal, -shm or lock left behind
    copy = tmp_path / "copied" / "n.ciw"
    copy.parent.mkdir()
    shutil.copyfile(path, copy)
    assert raw_value(copy, "SELECT name FROM actor") == "A"


# ------------------------------------------------------------------ files that are refused
@pytest.fixture
def bad_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "bad"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("read_only", [False, True], ids=["writable", "read_only"])
@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_file_is_refused_and_left_byte_identical(
    case: str, read_only: bool, bad_folder: Path, demo_file: Path
) -> None:
    make, kind, text = BAD_FILES[case]
    path = make(bad_folder, demo_file)
    before = folder_snapshot(bad_folder)

    with pytest.raises(DocumentError) as info:
        Document.open(path, read_only=read_only)

    assert info.value.kind is kind
    assert text in str(info.value)
    assert path.name in str(info.value)
    # Byte-identical, and nothing beside it: no lock, -wal, -shm or -journal file.
    assert folder_snapshot(bad_folder) == before
    assert not lock_path_for(path).exists()


def test_too_new_message_names_both_versions(bad_folder: Path, demo_file: Path) -> None:
    path = make_too_new(bad_folder, demo_file)
    with pytest.raises(DocumentError) as info:
        Document.open(path)
    found, supported = schema.SCHEMA_VERSION + 1, schema.SCHEMA_VERSION
    assert f"file format {found}, this version reads up to {supported}" in str(info.value)
    assert info.value.offers_read_only is False


def test_damaged_message_points_to_the_backups(
    bad_folder: Path, demo_file: Path, data_dir: Path
) -> None:
    path = make_damaged(bad_folder, demo_file)
    with pytest.raises(DocumentError) as info:
        Document.open(path)
    assert str(info.value).endswith(
        f"Automatic backups of your networks are in: {data_dir / 'backups'}"
    )


# ------------------------------------------------------------------ write-protected files
def _set_immutable(path: Path, on: bool) -> None:
    subprocess.run(["chattr", "+i" if on else "-i", str(path)], check=True, capture_output=True)


@pytest.fixture
def write_protect() -> Iterator[Callable[[Path], None]]:
    """Make a file or folder write-protected for this process.

    Permission bits are ignored for root (tests run as root in CI containers, where
    ``os.access(path, W_OK)`` is True even for mode 0o444). For root the file is also
    made immutable (``chattr +i``), which binds root too; if that is not possible
    the test is skipped instead of passing without having tested anything.
    """
    protected: list[tuple[Path, int, bool]] = []

    def protect(path: Path) -> None:
        mode = path.stat().st_mode & 0o777
        path.chmod(0o555 if path.is_dir() else 0o444)
        protected.append((path, mode, False))
        if os.geteuid() == 0:
            if shutil.which("chattr") is None:
                pytest.skip("running as root, and chattr is missing: cannot write-protect")
            try:
                _set_immutable(path, True)
            except subprocess.CalledProcessError as exc:
                pytest.skip(f"running as root, and chattr +i failed: {exc.stderr!r}")
            protected[-1] = (path, mode, True)
        assert not os.access(path, os.W_OK), "precondition: the path is write-protected"

    yield protect
    for path, mode, immutable in reversed(protected):
        if immutable:
            _set_immutable(path, False)
        path.chmod(mode)


def _assert_read_only_open_works(path: Path) -> None:
    with pytest.raises(DocumentError) as info:
        Document.open(path)
    assert info.value.kind is Kind.NOT_WRITABLE
    assert info.value.offers_read_only is True
    assert "write-protected" in str(info.value)

    with Document.open(path, read_only=True) as document:
        service = NetworkService(document)
        assert document.read_only is True
        assert [a.name for a in service.actors()] == ["Stadt Hellental"]
        assert service.network().name == "Auf dem Stick"
        for edit in (
            lambda: service.add_actor(draft=ActorDraft(name="Neu")),
            lambda: service.add_person(draft=PersonDraft(name="Neu")),
            lambda: service.update_network(draft=NetworkDraft(name="Neu")),
        ):
            with pytest.raises(DocumentError) as refused:
                edit()
            assert refused.value.kind is Kind.OPENED_READ_ONLY
            assert "is open read-only; nothing can be changed" in str(refused.value)
        assert [a.name for a in service.actors()] == ["Stadt Hellental"]


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    """A closed network file with one actor in its own folder (a USB stick, say)."""
    folder = tmp_path / "stick"
    folder.mkdir()
    path = folder / "network.ciw"
    with Document.create(path, network_name="Auf dem Stick") as document:
        NetworkService(document).add_actor(draft=ActorDraft(name="Stadt Hellental"))
    return path


def test_write_protected_file_is_offered_read_only(
    stick: Path, write_protect: Callable[[Path], None]
) -> None:
    write_protect(stick)
    before = folder_snapshot(stick.parent)
    _assert_read_only_open_works(stick)
    assert folder_snapshot(stick.parent)[stick.name] == before[stick.name]
    assert not lock_path_for(stick).exists()


def test_file_in_write_protected_folder_is_offered_read_only(
    stick: Path, write_protect: Callable[[Path], None]
) -> None:
    write_protect(stick.parent)
    before = folder_snapshot(stick.parent)
    _assert_read_only_open_works(stick)
    assert folder_snapshot(stick.parent) == before


# ------------------------------------------------------------------ a second instance
def test_second_writable_open_is_refused_naming_the_holder(
    document: Document, service: NetworkService
) -> None:
    service.add_actor(draft=ActorDraft(name="Vom ersten Fenster"))
    lock_file = lock_path_for(document.path)
    assert json.loads(lock_file.read_text(encoding="utf-8"))["pid"] == os.getpid()

    with pytest.raises(DocumentError) as info:
        Document.open(document.path)
    assert info.value.kind is Kind.IN_USE
    assert info.value.offers_read_only is True
    assert f"({getpass.getuser()}@{socket.gethostname()}, " in str(info.value)
    assert lock_file.exists(), "the refused open must not remove the holder's lock"

    # Looking at it read-only works meanwhile, and sees the first window's edits.
    viewer = Document.open(document.path, read_only=True)
    try:
        assert [a.name for a in NetworkService(viewer).actors()] == ["Vom ersten Fenster"]
        service.add_actor(draft=ActorDraft(name="Während der Betrachter offen ist"))
        assert len(NetworkService(viewer).actors()) == 2
        started = time.monotonic()
        document.close()  # the writer closes first: it must not wait for the viewer
        assert time.monotonic() - started < 1.0
        assert not lock_file.exists()
        assert len(NetworkService(viewer).actors()) == 2
    finally:
        viewer.close()

    with Document.open(document.path) as again:
        assert len(NetworkService(again).actors()) == 2
    assert sorted(os.listdir(document.path.parent)) == [document.path.name]


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_stale_lock_of_a_crashed_process_is_recovered(tmp_path: Path) -> None:
    path = tmp_path / "n.ciw"
    Document.create(path, network_name="N").close()
    lock_file = lock_path_for(path)
    stale = {
        "user": "someone",
        "host": "old-laptop",
        "pid": _dead_pid(),
        "since": "2026-01-01T10:00:00Z",
    }
    lock_file.write_text(json.dumps(stale), encoding="utf-8")

    with Document.open(path) as document:
        assert document.recovered_stale_lock is True
        holder = json.loads(lock_file.read_text(encoding="utf-8"))
        assert holder["pid"] == os.getpid()
        assert holder["host"] == socket.gethostname()
        NetworkService(document).add_actor(draft=ActorDraft(name="Nach dem Absturz"))
    assert not lock_file.exists()

    with Document.open(path) as document:
        assert document.recovered_stale_lock is False
        assert [a.name for a in NetworkService(document).actors()] == ["Nach dem Absturz"]


def test_lock_is_not_split_when_the_holder_closes_during_an_open(
    document: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The holder closes (and removes the lock file) between another instance's
    open() of the lock file and its lock: that instance must not end up holding a
    lock on the removed file while a third instance locks a new one."""
    real_try_lock = lock_module._try_lock
    calls = 0

    def holder_closes_meanwhile(handle):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        if calls == 1:
            document.close()
        return real_try_lock(handle)

    monkeypatch.setattr(lock_module, "_try_lock", holder_closes_meanwhile)
    second = Document.open(document.path)
    monkeypatch.setattr(lock_module, "_try_lock", real_try_lock)
    try:
        assert lock_path_for(document.path).exists()
        with pytest.raises(DocumentError) as info:
            Document.open(document.path)
        assert info.value.kind is Kind.IN_USE
    finally:
        second.close()


# ------------------------------------------------------------------ disk full
def test_disk_full_keeps_every_earlier_edit_and_drops_only_the_failed_one(
    document: Document, service: NetworkService
) -> None:
    saved: list[str] = []

    def fill_the_disk() -> None:
        for number in range(100):
            actor, _ = service.add_actor(
                draft=ActorDraft(name=f"Akteur {number:02d}", note=f"{number:02d}" * 9_000)
            )
            saved.append(actor.uuid)

    # The "disk" of this test: ~100 KB beyond the empty file (whose size grows with the schema).
    pages = document.db.execute("PRAGMA page_count").fetchone()[0]
    document.db.execute(f"PRAGMA max_page_count = {pages + 26}")
    with pytest.raises(DocumentError) as info:
        fill_the_disk()
    assert info.value.kind is Kind.DISK_FULL
    assert "The disk is full" in str(info.value)
    assert 3 <= len(saved) < 100
    failed_name = f"Akteur {len(saved):02d}"

    # The failed transaction was rolled back; the connection goes on working.
    assert not document.db.conn.in_transaction
    assert [a.uuid for a in service.actors()] == saved
    document.close()

    with Document.open(document.path) as again:
        stored = NetworkService(again).actors()
        assert [a.uuid for a in stored] == saved
        assert failed_name not in [a.name for a in stored]
        assert again.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
