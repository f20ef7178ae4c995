"""Verified, rotated backups of a network file, made with SQLite's backup API.

Where: ``<user data folder>/backups/<file name>-<8 hex digits of its path>/``.
When: on opening a file, every 10 minutes while it has unsaved-to-backup changes
(driven by the UI), and before a schema migration.
Retention (documented in the README): the 10 newest automatic backups, plus the newest
one of each of the last 30 days. Backups made before a migration are never rotated away.
Each backup is written under a temporary name, checked (``quick_check`` and our
``application_id``) and only then renamed into place.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ciworkshop import paths
from ciworkshop.store import schema

KEEP_NEWEST = 10
KEEP_DAILY_DAYS = 30
_STAMP = "%Y%m%d-%H%M%S"


class BackupVerificationError(Exception):
    pass


def folder_for(path: Path, *, root: Path | None = None) -> Path:
    digest = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:8]
    folder = (root or paths.backups_dir()) / f"{path.stem}-{digest}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def backup_to(source: sqlite3.Connection, target: Path) -> None:
    """Copy the live database to ``target`` atomically and verify the copy."""
    tmp = target.with_name(f".{target.name}.partial")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    dest = sqlite3.connect(str(tmp), isolation_level=None)
    try:
        source.backup(dest)
        # A copy stands alone: no WAL beside it.
        dest.execute("PRAGMA journal_mode = DELETE")
        ok = dest.execute("PRAGMA quick_check").fetchone()[0]
        app_id = dest.execute("PRAGMA application_id").fetchone()[0]
    finally:
        dest.close()
    if ok != "ok" or app_id != schema.APPLICATION_ID:
        tmp.unlink()
        raise BackupVerificationError(f"backup of {target.name} failed verification: {ok}")
    with open(tmp, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, target)


def _stamp(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).strftime(_STAMP)


def automatic_backup(
    source: sqlite3.Connection, path: Path, *, root: Path | None = None, now: datetime | None = None
) -> Path:
    folder = folder_for(path, root=root)
    target = folder / f"{path.stem}-{_stamp(now)}.ciw"
    backup_to(source, target)
    rotate(folder, now=now)
    return target


def backup_before_migration(
    source: sqlite3.Connection, path: Path, version: int, *, root: Path | None = None
) -> Path:
    folder = folder_for(path, root=root)
    target = folder / f"{path.stem}-{_stamp()}-before-migration-from-v{version}.ciw"
    # Verified, synced and standalone (rollback journal) like every other backup.
    backup_to(source, target)
    return target


def list_backups(folder: Path) -> list[tuple[datetime, Path]]:
    """Automatic backups in ``folder``, newest first (pre-migration ones excluded)."""
    found = []
    for file in folder.glob("*.ciw"):
        if "-before-migration-" in file.name:
            continue
        stamp = "-".join(file.stem.rsplit("-", 2)[-2:])
        try:
            when = datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append((when, file))
    return sorted(found, reverse=True)


def rotate(folder: Path, *, now: datetime | None = None) -> list[Path]:
    """Apply the retention rule; return the files removed."""
    now = now or datetime.now(UTC)
    entries = list_backups(folder)
    keep = {file for _, file in entries[:KEEP_NEWEST]}
    seen_days = set()
    for when, file in entries:
        day = when.date()
        if now - when <= timedelta(days=KEEP_DAILY_DAYS) and day not in seen_days:
            seen_days.add(day)
            keep.add(file)
    removed = []
    for _, file in entries:
        if file not in keep:
            file.unlink()
            removed.append(file)
    return removed
