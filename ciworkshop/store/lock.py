"""One writer per file: an advisory lock beside the .ciw file.

The lock is an OS file lock (``flock``/``msvcrt.locking``) on ``<file>.ciw.lock``, so
the operating system releases it when the process dies: a lock file left behind by a
crash or a dead battery is recognised as stale and taken over. The file's content (who,
where, since when) is only there to tell the user who has the network open.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ciworkshop.domain.model import utc_now


@dataclass(frozen=True, slots=True)
class LockHolder:
    user: str
    host: str
    pid: int
    since: str

    def describe(self) -> str:
        return f"{self.user}@{self.host}, {self.since[:16].replace('T', ' ')} UTC"


def lock_path_for(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


class LockBusyError(Exception):
    def __init__(self, holder: LockHolder | None) -> None:
        super().__init__("file is locked")
        self.holder = holder


def _try_lock(handle: IO[str]) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def read_holder(path: Path) -> LockHolder | None:
    try:
        data = json.loads(lock_path_for(path).read_text(encoding="utf-8"))
        return LockHolder(
            str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"])
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


class FileLock:
    """Holds the lock of one .ciw file until :meth:`release`."""

    def __init__(self, path: Path) -> None:
        self.path = lock_path_for(path)
        self._handle: IO[str] | None = None
        self.recovered_stale = False

    def acquire(self) -> None:
        while True:
            existed = self.path.exists()
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - kept open while locked
            if not _try_lock(handle):
                handle.close()
                raise LockBusyError(
                    read_holder(self.path.with_name(self.path.name[: -len(".lock")]))
                )
            # The previous holder may have removed the lock file between our open() and
            # the lock: then we hold a lock on an orphan that the next instance cannot see.
            try:
                if os.path.samestat(os.fstat(handle.fileno()), os.stat(self.path)):
                    break
            except FileNotFoundError:
                pass
            handle.close()
        # We hold the OS lock: any earlier content is from a process that is gone.
        self.recovered_stale = existed and self.path.stat().st_size > 0
        try:
            user = getpass.getuser()
        except (OSError, KeyError):
            user = "?"
        holder = {
            "user": user,
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": utc_now(),
        }
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps(holder))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()
        self._handle.close()
        self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None
