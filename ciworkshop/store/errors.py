"""Errors of the environment: the file, the disk, another instance.

These are the failures a user can do something about, so each kind carries a message
for the user (translated by the Qt shell, printed as is by the command line). SQLite's
own exceptions are mapped here and nowhere else.
"""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path

from ciworkshop.domain.i18n import QT_TRANSLATE_NOOP, Text


class DocumentErrorKind(StrEnum):
    NOT_FOUND = "not_found"
    EMPTY = "empty"
    NOT_SQLITE = "not_sqlite"
    FOREIGN = "foreign"
    TOO_NEW = "too_new"
    DAMAGED = "damaged"
    IN_USE = "in_use"
    NOT_WRITABLE = "not_writable"
    OPENED_READ_ONLY = "opened_read_only"
    OUTDATED_READ_ONLY = "outdated_read_only"
    DISK_FULL = "disk_full"
    BUSY = "busy"
    EXISTS = "exists"
    IO = "io"


MESSAGES: dict[DocumentErrorKind, Text] = {
    DocumentErrorKind.NOT_FOUND: QT_TRANSLATE_NOOP(
        "DocumentError", "The file “{name}” does not exist (any more)."
    ),
    DocumentErrorKind.EMPTY: QT_TRANSLATE_NOOP(
        "DocumentError",
        "The file “{name}” is empty (0 bytes). It holds no network and was left as it is.",
    ),
    DocumentErrorKind.NOT_SQLITE: QT_TRANSLATE_NOOP(
        "DocumentError",
        "“{name}” is not a ciworkshop file. It was left as it is.",
    ),
    DocumentErrorKind.FOREIGN: QT_TRANSLATE_NOOP(
        "DocumentError",
        "“{name}” is a database of another program, not a ciworkshop network. "
        "It was left as it is.",
    ),
    DocumentErrorKind.TOO_NEW: QT_TRANSLATE_NOOP(
        "DocumentError",
        "“{name}” was written by a newer version of ciworkshop (file format {found}, "
        "this version reads up to {supported}). Please update ciworkshop to open it; "
        "the file was left as it is.",
    ),
    DocumentErrorKind.DAMAGED: QT_TRANSLATE_NOOP(
        "DocumentError",
        "“{name}” is damaged and cannot be opened safely. It was left as it is. "
        "Automatic backups of your networks are in: {backups}",
    ),
    DocumentErrorKind.IN_USE: QT_TRANSLATE_NOOP(
        "DocumentError",
        "“{name}” is already open in another ciworkshop window ({holder}). "
        "You can open it read-only to look at it.",
    ),
    DocumentErrorKind.NOT_WRITABLE: QT_TRANSLATE_NOOP(
        "DocumentError",
        "“{name}” cannot be changed here (the file or its folder is write-protected). "
        "You can open it read-only, or save a copy in another folder.",
    ),
    DocumentErrorKind.OPENED_READ_ONLY: QT_TRANSLATE_NOOP(
        "DocumentError", "“{name}” is open read-only; nothing can be changed."
    ),
    DocumentErrorKind.OUTDATED_READ_ONLY: QT_TRANSLATE_NOOP(
        "DocumentError",
        "“{name}” was written by an older version of ciworkshop. It must be opened once "
        "for editing, so that it can be upgraded (a backup is made first).",
    ),
    DocumentErrorKind.DISK_FULL: QT_TRANSLATE_NOOP(
        "DocumentError",
        "The disk is full: the last change to “{name}” could not be saved and was undone. "
        "Everything before it is safe. Free some space and try again.",
    ),
    DocumentErrorKind.BUSY: QT_TRANSLATE_NOOP(
        "DocumentError",
        "“{name}” is busy in another program; the last change was not saved. "
        "Please try again in a moment.",
    ),
    DocumentErrorKind.EXISTS: QT_TRANSLATE_NOOP(
        "DocumentError", "A file named “{name}” exists already. Please choose another name."
    ),
    DocumentErrorKind.IO: QT_TRANSLATE_NOOP(
        "DocumentError",
        "“{name}” could not be read or written ({detail}). Nothing else was changed.",
    ),
}


class DocumentError(Exception):
    """A failure of the environment around a .ciw file, with a message for the user."""

    def __init__(
        self,
        kind: DocumentErrorKind,
        path: Path | str,
        *,
        detail: str = "",
        **values: object,
    ) -> None:
        self.kind = kind
        self.path = Path(path)
        self.detail = detail
        self.values: dict[str, object] = {"name": self.path.name, "detail": detail, **values}
        if kind is DocumentErrorKind.DAMAGED and "backups" not in self.values:
            # The message points the user to the backups; without this it read "…in: ?".
            from ciworkshop import paths

            self.values["backups"] = str(paths.backups_dir())
        super().__init__(self.english())

    @property
    def message(self) -> Text:
        return MESSAGES[self.kind]

    def english(self) -> str:
        return self.message.source.format_map(_Defaults(self.values))

    @property
    def offers_read_only(self) -> bool:
        return self.kind in {DocumentErrorKind.IN_USE, DocumentErrorKind.NOT_WRITABLE}


class _Defaults(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "?"


def format_message(template: str, values: dict[str, object]) -> str:
    """Fill a (translated) template; an unknown placeholder never raises."""
    return template.format_map(_Defaults(values))


def classify_sqlite_error(exc: BaseException) -> DocumentErrorKind | None:
    """Map a SQLite or OS error to what the user can act on; None means a bug."""
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return DocumentErrorKind.DISK_FULL
        if exc.errno in {errno.EACCES, errno.EPERM, errno.EROFS}:
            return DocumentErrorKind.NOT_WRITABLE
        return DocumentErrorKind.IO
    if not isinstance(exc, sqlite3.Error):
        return None
    text = str(exc).lower()
    code = getattr(exc, "sqlite_errorcode", None)
    if "disk is full" in text or code == sqlite3.SQLITE_FULL:
        return DocumentErrorKind.DISK_FULL
    if "locked" in text or "busy" in text:
        return DocumentErrorKind.BUSY
    if "readonly" in text or "read-only" in text:
        return DocumentErrorKind.NOT_WRITABLE
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return DocumentErrorKind.DAMAGED
    if "disk i/o" in text or "unable to open" in text:
        return DocumentErrorKind.IO
    return None


@contextlib.contextmanager
def mapped_errors(path: Path) -> Iterator[None]:
    """Turn environment failures inside the block into :class:`DocumentError`."""
    try:
        yield
    except DocumentError:
        raise
    except (sqlite3.Error, OSError) as exc:
        kind = classify_sqlite_error(exc)
        if kind is None:
            raise
        raise DocumentError(kind, path, detail=str(exc)) from exc
