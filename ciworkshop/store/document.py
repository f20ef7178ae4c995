"""Opening, creating and closing a .ciw file: SQLite as an application file format.

Every edit is one transaction committed with ``synchronous=FULL`` in WAL mode, so what
the UI shows as done is on disk, even if the battery dies a moment later. A file that
is empty, not SQLite, another program's database, from a newer version or damaged is
refused with a clear message and never modified.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from ciworkshop.domain.model import Network, new_uuid, utc_now
from ciworkshop.store import backups, schema
from ciworkshop.store.errors import DocumentError, DocumentErrorKind, mapped_errors
from ciworkshop.store.lock import FileLock, LockBusyError

log = logging.getLogger(__name__)

FILE_SUFFIX = ".ciw"
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def _header_check(path: Path) -> int:
    """Check the 100-byte SQLite header without opening a connection.

    Returns the schema version found. Reading the header cannot modify the file,
    which is why it comes before anything that could (a WAL switch, a migration).
    """
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except FileNotFoundError as exc:
        raise DocumentError(DocumentErrorKind.NOT_FOUND, path) from exc
    except IsADirectoryError as exc:
        raise DocumentError(DocumentErrorKind.NOT_SQLITE, path) from exc
    except OSError as exc:
        raise DocumentError(DocumentErrorKind.IO, path, detail=exc.strerror or str(exc)) from exc
    if not header:
        raise DocumentError(DocumentErrorKind.EMPTY, path)
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise DocumentError(DocumentErrorKind.NOT_SQLITE, path)
    application_id = int.from_bytes(header[68:72], "big")
    if application_id != schema.APPLICATION_ID:
        raise DocumentError(DocumentErrorKind.FOREIGN, path)
    version = int.from_bytes(header[60:64], "big")
    if version > schema.SCHEMA_VERSION:
        raise DocumentError(
            DocumentErrorKind.TOO_NEW, path, found=version, supported=schema.SCHEMA_VERSION
        )
    return version


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    if read_only:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    else:
        # isolation_level=None: no implicit transactions; db.atomic() opens each one.
        conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if read_only:
        conn.execute("PRAGMA query_only = ON")
    return conn


def _set_write_pragmas(conn: sqlite3.Connection) -> None:
    # After quick_check: switching to WAL writes the header, and a file we refuse
    # must stay byte-identical.
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA secure_delete = ON")


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    rows = conn.execute("PRAGMA quick_check").fetchall()
    if [tuple(r) for r in rows] != [("ok",)]:
        raise DocumentError(DocumentErrorKind.DAMAGED, path, detail=str(rows[:3]))


class Document:
    """An open network file. Owns the connection and, when writable, the lock."""

    def __init__(
        self,
        path: Path,
        db: Database,
        *,
        read_only: bool,
        lock: FileLock | None,
        schema_version_before: int,
        migration_backup: Path | None = None,
    ) -> None:
        self.path = path
        self.db = db
        self.read_only = read_only
        self._lock = lock
        self.schema_version_before = schema_version_before
        self.migration_backup = migration_backup
        self.recovered_stale_lock = bool(lock and lock.recovered_stale)

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        read_only: bool = False,
        backup_root: Path | None = None,
        allow_outdated: bool = False,
    ) -> Document:
        """Open a network file; ``allow_outdated`` lets a read-only check look at an
        older schema without migrating it."""
        path = Path(path)
        version = _header_check(path)
        lock: FileLock | None = None
        if not read_only:
            if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
                raise DocumentError(DocumentErrorKind.NOT_WRITABLE, path)
            lock = FileLock(path)
            try:
                lock.acquire()
            except LockBusyError as exc:
                holder = exc.holder.describe() if exc.holder else "?"
                raise DocumentError(DocumentErrorKind.IN_USE, path, holder=holder) from exc
            except OSError as exc:
                raise DocumentError(DocumentErrorKind.NOT_WRITABLE, path, detail=str(exc)) from exc
            if lock.recovered_stale:
                log.warning("Recovered a stale lock on %s (left by a crash)", path)
        try:
            with mapped_errors(path):
                conn = _connect(path, read_only=read_only)
                try:
                    _quick_check(conn, path)
                    if not read_only:
                        _set_write_pragmas(conn)
                    db = Database(conn, execute_plugins=False)
                    migration_backup = None
                    pending = schema.pending_count(db)
                    if pending and read_only and allow_outdated:
                        pass
                    elif pending:
                        if read_only:
                            raise DocumentError(DocumentErrorKind.OUTDATED_READ_ONLY, path)
                        migration_backup = backups.backup_before_migration(
                            conn, path, version, root=backup_root
                        )
                        schema.migrate(db)
                        log.info(
                            "Migrated %s from schema %s to %s", path, version, schema.SCHEMA_VERSION
                        )
                    elif version < schema.SCHEMA_VERSION and not read_only:
                        # Migrations ran but a crash came before user_version was stamped.
                        schema.migrate(db)
                    if db.execute("SELECT count(*) FROM network").fetchone()[0] != 1:
                        raise DocumentError(
                            DocumentErrorKind.DAMAGED, path, detail="no network row"
                        )
                except BaseException:
                    conn.close()
                    raise
        except BaseException:
            if lock:
                lock.release()
            raise
        return cls(
            path,
            db,
            read_only=read_only,
            lock=lock,
            schema_version_before=version,
            migration_backup=migration_backup,
        )

    @classmethod
    def create(cls, path: Path | str, *, network_name: str) -> Document:
        """Create a new network file atomically: it appears complete or not at all."""
        path = Path(path)
        if path.exists():
            raise DocumentError(DocumentErrorKind.EXISTS, path)
        tmp = path.with_name(f".{path.name}.creating")
        with mapped_errors(path):
            _remove_sqlite_files(tmp)
            conn = sqlite3.connect(str(tmp), isolation_level=None)
            try:
                conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
                conn.execute("PRAGMA synchronous = FULL")
                db = Database(conn, execute_plugins=False)
                schema.migrate(db)
                now = utc_now()
                db.execute(
                    "INSERT INTO network (uuid, name, created_at, modified_at) VALUES (?, ?, ?, ?)",
                    [new_uuid(), network_name, now, now],
                )
            finally:
                conn.close()
            # A -wal or hot -journal left beside a deleted file (after a crash) would be
            # applied by SQLite to the new file: the new network must start empty.
            for suffix in ("-wal", "-shm", "-journal"):
                with contextlib.suppress(FileNotFoundError):
                    Path(str(path) + suffix).unlink()
            os.replace(tmp, path)
        return cls.open(path)

    # ------------------------------------------------------------------ editing
    @contextlib.contextmanager
    def transaction(self) -> Iterator[Database]:
        """One edit = one transaction; environment failures become DocumentError."""
        if self.read_only:
            raise DocumentError(DocumentErrorKind.OPENED_READ_ONLY, self.path)
        with mapped_errors(self.path), self.db.atomic():
            yield self.db

    def network(self) -> Network:
        from ciworkshop.store import repository

        return repository.get_network(self.db)

    # ------------------------------------------------------------------ copies
    def save_copy(self, target: Path | str) -> Path:
        """Write a consistent copy with SQLite's backup API (never a file copy)."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise DocumentError(DocumentErrorKind.EXISTS, target)
        with mapped_errors(target):
            backups.backup_to(self.db.conn, target)
        return target

    def backup_now(self, *, root: Path | None = None) -> Path:
        return backups.automatic_backup(self.db.conn, self.path, root=root)

    def close(self) -> None:
        conn = self.db.conn
        with contextlib.suppress(sqlite3.Error):
            if not self.read_only:
                # Fold the WAL into the file so a copied .ciw is complete on its own,
                # and leave it in rollback mode: a WAL-mode file in a write-protected
                # folder (USB stick, read-only share) cannot be opened even read-only.
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                conn.execute("PRAGMA busy_timeout = 0")  # a reader keeps WAL; don't wait
                conn.execute("PRAGMA journal_mode = DELETE")
        with contextlib.suppress(sqlite3.Error):
            conn.close()
        if self._lock:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Document:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _remove_sqlite_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(path) + suffix).unlink()
