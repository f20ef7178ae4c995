"""Automatic backups, their rotation, and "save a copy"."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from ciworkshop.domain.model import ActorDraft, PersonDraft
from ciworkshop.services.network import NetworkService
from ciworkshop.store import backups, schema
from ciworkshop.store.document import Document
from ciworkshop.store.errors import DocumentError, DocumentErrorKind
from tests.unit.helpers import folder_snapshot, raw_value

STAMP = "%Y%m%d-%H%M%S"


def _fill(service: NetworkService, actors: int) -> None:
    for number in range(actors):
        actor, _ = service.add_actor(draft=ActorDraft(name=f"Akteur {number}"))
        service.add_person(draft=PersonDraft(name=f"Person {number}", actor_uuid=actor.uuid))


# ------------------------------------------------------------------ backup_now
def test_backup_now_writes_a_verified_standalone_copy(
    document: Document, service: NetworkService, data_dir: Path
) -> None:
    _fill(service, 7)
    target = document.backup_now()

    assert target.is_file()
    assert target.parent.parent == data_dir / "backups"
    assert target.parent.name.startswith("network-")
    assert target.name.startswith("network-")
    assert target.suffix == ".ciw"
    assert raw_value(target, "PRAGMA quick_check") == "ok"
    assert raw_value(target, "PRAGMA application_id") == schema.APPLICATION_ID
    assert raw_value(target, "PRAGMA user_version") == schema.SCHEMA_VERSION
    assert raw_value(target, "PRAGMA journal_mode") == "delete"
    assert raw_value(target, "SELECT count(*) FROM actor") == 7
    assert raw_value(target, "SELECT count(*) FROM person") == 7
    assert sorted(folder_snapshot(target.parent)) == [target.name]  # no partial file left

    # The original goes on working, and the backup does not follow later edits.
    service.add_actor(draft=ActorDraft(name="Nach dem Backup"))
    assert len(service.actors()) == 8
    assert raw_value(target, "SELECT count(*) FROM actor") == 7


def test_backup_is_a_network_file_that_opens(document: Document, service: NetworkService) -> None:
    _fill(service, 2)
    target = document.backup_now()
    with Document.open(target, read_only=True) as restored:
        assert [a.name for a in NetworkService(restored).actors()] == ["Akteur 0", "Akteur 1"]
        assert restored.network().name == "Testverbund"


def test_backup_now_rotates_old_backups(document: Document) -> None:
    folder = backups.folder_for(document.path)
    long_ago = datetime.now(UTC) - timedelta(days=100)
    old = [
        folder / f"network-{(long_ago + timedelta(minutes=m)).strftime(STAMP)}.ciw"
        for m in range(12)
    ]
    for file in old:
        file.write_bytes(b"old backup")

    target = document.backup_now()

    remaining = sorted(folder.glob("*.ciw"))
    assert target in remaining
    assert len(remaining) == backups.KEEP_NEWEST
    assert set(remaining) == {target, *old[3:]}  # the three oldest went


# ------------------------------------------------------------------ rotation rule
def test_rotation_keeps_ten_newest_and_newest_per_day_for_30_days(tmp_path: Path) -> None:
    now = datetime(2026, 3, 31, 12, 0, 0, tzinfo=UTC)

    def make(when: datetime, suffix: str = "") -> Path:
        path = tmp_path / f"net-work-{when.strftime(STAMP)}{suffix}.ciw"
        path.write_bytes(b"x")
        return path

    today = [make(now.replace(hour=11, minute=m)) for m in range(12)]
    evenings = {d: make(now.replace(hour=20) - timedelta(days=d)) for d in range(1, 36)}
    mornings = {d: make(now.replace(hour=8) - timedelta(days=d)) for d in range(1, 36)}
    migration = make(now - timedelta(days=60), "-before-migration-from-v1")
    unrelated = tmp_path / "notes.txt"
    unrelated.write_text("not a backup", encoding="utf-8")
    odd_name = tmp_path / "net-work-copy.ciw"
    odd_name.write_bytes(b"y")

    removed = backups.rotate(tmp_path, now=now)

    expected_kept = {
        *today[2:],  # the 10 newest
        *(evenings[d] for d in range(1, 31)),  # newest of each of the last 30 days
        migration,  # never rotated away
        unrelated,
        odd_name,  # not named like a backup: not touched
    }
    expected_removed = {
        *today[:2],
        *mornings.values(),
        *(evenings[d] for d in range(31, 36)),
    }
    assert set(removed) == expected_removed
    assert set(tmp_path.iterdir()) == expected_kept


def test_rotation_of_few_backups_removes_nothing(tmp_path: Path) -> None:
    now = datetime(2026, 3, 31, 12, 0, 0, tzinfo=UTC)
    files = []
    for days in (0, 0, 45, 400):  # even very old ones stay while there are at most 10
        path = (
            tmp_path / f"n-{(now - timedelta(days=days, minutes=len(files))).strftime(STAMP)}.ciw"
        )
        path.write_bytes(b"x")
        files.append(path)
    assert backups.rotate(tmp_path, now=now) == []
    assert set(tmp_path.iterdir()) == set(files)


# ------------------------------------------------------------------ save a copy
def test_save_copy_is_complete_without_the_original_wal(
    document: Document, service: NetworkService, tmp_path: Path
) -> None:
    _fill(service, 5)
    wal = Path(str(document.path) + "-wal")
    assert wal.stat().st_size > 0, "precondition: edits are still in the WAL"
    target_dir = tmp_path / "stick"
    target_dir.mkdir()
    target = document.save_copy(target_dir / "Kopie.ciw")

    assert target == target_dir / "Kopie.ciw"
    assert sorted(os.listdir(target_dir)) == ["Kopie.ciw"]  # no -wal, -shm or partial file
    service.add_actor(draft=ActorDraft(name="Nur im Original"))
    document.close()

    assert raw_value(target, "PRAGMA journal_mode") == "delete"
    with Document.open(target) as copy:
        copy_service = NetworkService(copy)
        assert len(copy_service.actors()) == 5
        assert len(copy_service.people()) == 5
        assert copy.network().name == "Testverbund"
    with Document.open(document.path) as original:
        assert len(NetworkService(original).actors()) == 6


def test_save_copy_refuses_the_documents_own_path(
    document: Document, service: NetworkService, tmp_path: Path
) -> None:
    _fill(service, 3)
    same_path_spelled_differently = tmp_path / "sub" / ".." / document.path.name
    (tmp_path / "sub").mkdir()
    for target in (document.path, same_path_spelled_differently):
        with pytest.raises(DocumentError) as info:
            document.save_copy(target)
        assert info.value.kind is DocumentErrorKind.EXISTS
    assert len(service.actors()) == 3
    document.close()
    assert raw_value(document.path, "SELECT count(*) FROM actor") == 3
    assert raw_value(document.path, "PRAGMA quick_check") == "ok"
