"""A file from an older ciworkshop is backed up, then upgraded, with nothing lost."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ciworkshop.domain.model import ActorRole, Sector
from ciworkshop.services.network import NetworkService
from ciworkshop.store import schema
from ciworkshop.store.document import Document
from ciworkshop.store.errors import DocumentError, DocumentErrorKind
from tests.unit.helpers import folder_snapshot, raw_rows, raw_value

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "network_v1.ciw"


@pytest.fixture
def v1_file(tmp_path: Path) -> Path:
    folder = tmp_path / "old"
    folder.mkdir()
    target = folder / "network_v1.ciw"
    shutil.copyfile(FIXTURE, target)
    return target


def _tables(path: Path) -> set[str]:
    return {r[0] for r in raw_rows(path, "SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_fixture_is_a_v1_file() -> None:
    # Guards against regenerating the fixture with a newer schema by mistake.
    assert raw_value(FIXTURE, "PRAGMA user_version") == 1
    assert raw_value(FIXTURE, "PRAGMA application_id") == schema.APPLICATION_ID
    assert raw_value(FIXTURE, "PRAGMA journal_mode") == "delete"
    assert "tombstone" not in _tables(FIXTURE)
    assert schema.SCHEMA_VERSION > 1


def test_opening_a_v1_file_migrates_it_with_data_intact(v1_file: Path, data_dir: Path) -> None:
    with Document.open(v1_file) as document:
        assert document.schema_version_before == 1
        assert document.db.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        service = NetworkService(document)

        network = service.network()
        assert network.uuid == "0b9f6a3e-6c1d-4f55-9d1e-000000000001"
        assert network.name == "Bildungsnetz Altdorf (v1)"
        assert network.challenge == "Übergänge gestalten – „gemeinsam“ 😀"
        assert network.modified_at == "2025-03-02T10:30:00.000000Z"

        actors = {a.name: a for a in service.actors()}
        assert sorted(actors) == ["Bürgerstiftung Altdorf", "Stadt Altdorf"]
        city = actors["Stadt Altdorf"]
        assert (city.sector, city.role, city.note) == (
            Sector.POLITICS_ADMINISTRATION,
            ActorRole.STEERING_COMMITTEE,
            "R&D <b>Team</b>",
        )
        assert actors["Bürgerstiftung Altdorf"].role is ActorRole.FUNDER

        people = {p.name: p for p in service.people()}
        assert len(people) == 3
        assert people["Anna Beispiel"].actor_uuid == city.uuid
        assert people["Anna Beispiel"].consent_named is True
        assert people["Bernd Muster"].consent_named is False
        assert people["Clara Ohne-Organisation"].actor_uuid is None

        # The new schema works: deleting now leaves a tombstone (table from m002).
        service.delete_person(uuid=people["Clara Ohne-Organisation"].uuid)
        backup = document.migration_backup

    assert raw_value(v1_file, "PRAGMA user_version") == schema.SCHEMA_VERSION
    assert raw_value(v1_file, "SELECT count(*) FROM tombstone") == 1

    # The backup was made before migrating, in the user's backups folder, and is v1.
    assert backup is not None
    assert backup.is_file()
    assert backup.name.endswith("-before-migration-from-v1.ciw")
    assert backup.name.startswith("network_v1-")
    assert backup.parent.parent == data_dir / "backups"
    assert raw_value(backup, "PRAGMA user_version") == 1
    assert "tombstone" not in _tables(backup)
    assert raw_value(backup, "SELECT count(*) FROM actor") == 2
    assert raw_value(backup, "SELECT count(*) FROM person") == 3
    assert raw_value(backup, "PRAGMA quick_check") == "ok"
    # A standalone file (no WAL), so reading it leaves nothing beside it.
    assert raw_value(backup, "PRAGMA journal_mode") == "delete"
    assert list((data_dir / "backups").rglob("*-before-migration-*")) == [backup]


def test_migrated_file_is_not_migrated_again(v1_file: Path, data_dir: Path) -> None:
    Document.open(v1_file).close()
    with Document.open(v1_file) as document:
        assert document.schema_version_before == schema.SCHEMA_VERSION
        assert document.migration_backup is None
    assert len(list((data_dir / "backups").rglob("*.ciw"))) == 1


def test_old_file_opened_read_only_is_refused_unchanged(v1_file: Path, data_dir: Path) -> None:
    before = folder_snapshot(v1_file.parent)
    with pytest.raises(DocumentError) as info:
        Document.open(v1_file, read_only=True)
    assert info.value.kind is DocumentErrorKind.OUTDATED_READ_ONLY
    assert "written by an older version of ciworkshop" in str(info.value)
    assert folder_snapshot(v1_file.parent) == before
    assert list(data_dir.rglob("*.ciw")) == []


def test_old_file_can_be_inspected_without_upgrading(v1_file: Path) -> None:
    before = folder_snapshot(v1_file.parent)
    with Document.open(v1_file, read_only=True, allow_outdated=True) as document:
        assert document.schema_version_before == 1
        assert len(NetworkService(document).people()) == 3
    assert folder_snapshot(v1_file.parent) == before
