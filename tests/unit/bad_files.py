"""Files that ciworkshop must refuse, each made the way a user might come by it.

Every maker gets a folder and a closed demo network file, and returns the path to open.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from ciworkshop.store import schema
from ciworkshop.store.errors import DocumentErrorKind as Kind


def make_empty(folder: Path, demo: Path) -> Path:
    path = folder / "empty.ciw"
    path.write_bytes(b"")
    return path


def make_text(folder: Path, demo: Path) -> Path:
    path = folder / "notes.ciw"
    path.write_text("Protokoll vom Fachtag\n" * 50, encoding="utf-8")
    return path


def make_foreign(folder: Path, demo: Path) -> Path:
    path = folder / "addresses.ciw"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Ada', '123')")
    conn.commit()
    conn.close()
    return path


def make_too_new(folder: Path, demo: Path) -> Path:
    path = folder / "future.ciw"
    shutil.copyfile(demo, path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.close()
    return path


def make_damaged(folder: Path, demo: Path) -> Path:
    path = folder / "damaged.ciw"
    data = bytearray(demo.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    assert pages >= 8, "the demo file should span several pages"
    garbage = random.Random(1234)
    for page in range(2, pages):  # page 3 onwards (0-based 2): header and schema page intact
        start = page * page_size
        data[start : start + 512] = garbage.randbytes(512)
    assert data[:100] == demo.read_bytes()[:100]
    path.write_bytes(bytes(data))
    conn = sqlite3.connect(path)
    try:
        result = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError:
        result = [("malformed",)]
    finally:
        conn.close()
    assert result != [("ok",)], "precondition: SQLite itself finds the file damaged"
    return path


def make_missing(folder: Path, demo: Path) -> Path:
    return folder / "gone.ciw"


def make_directory(folder: Path, demo: Path) -> Path:
    path = folder / "folder.ciw"
    path.mkdir()
    return path


BAD_FILES: dict[str, tuple[Callable[[Path, Path], Path], Kind, str]] = {
    "empty": (make_empty, Kind.EMPTY, "is empty (0 bytes)"),
    "text": (make_text, Kind.NOT_SQLITE, "is not a ciworkshop file"),
    "foreign": (make_foreign, Kind.FOREIGN, "a database of another program"),
    "too_new": (make_too_new, Kind.TOO_NEW, "written by a newer version of ciworkshop"),
    "damaged": (make_damaged, Kind.DAMAGED, "is damaged and cannot be opened safely"),
    "missing": (make_missing, Kind.NOT_FOUND, "does not exist"),
    "directory": (make_directory, Kind.NOT_SQLITE, "is not a ciworkshop file"),
}
