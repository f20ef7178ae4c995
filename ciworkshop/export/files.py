"""Writing an export file atomically: it appears complete or not at all.

The bytes go to a hidden temporary name in the target's folder (same file system, so the
rename is atomic), are flushed to disk with fsync, then ``os.replace`` puts them in
place. An existing file of that name (an earlier protocol) is replaced only then; after a
failure (disk full, no permission) the old file is unchanged and no temporary is left.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomic(target: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``target`` atomically; raises OSError (nothing changed)."""
    target = Path(target)
    if target.is_dir():
        raise IsADirectoryError(21, "Is a directory", str(target))
    folder = target.parent
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp creates 0600; an export is a document like any other the user writes.
        if os.name == "posix":
            os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(folder)
    return target


def _umask() -> int:
    """The process's umask without setting it (``os.umask`` would change it for every
    thread for a moment); 022 where /proc is not there."""
    with contextlib.suppress(OSError, ValueError), open("/proc/self/status") as status:
        for line in status:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    return 0o022


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory fsync."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
