"""Small helpers shared by the core tests (no Qt)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any


def folder_snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` with its bytes: equal snapshots mean nothing was
    modified, created (lock, -wal, -shm, -journal) or removed."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def raw_rows(path: Path, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Read a file with plain sqlite3 (read-only), independent of ciworkshop's code."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def raw_value(path: Path, sql: str, params: tuple[Any, ...] = ()) -> Any:
    return raw_rows(path, sql, params)[0][0]
