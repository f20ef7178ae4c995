"""The command line. Imports no Qt: ``ciworkshop demo`` and ``check`` run headless.

``ciworkshop [FILE.ciw]`` starts the GUI (importing Qt only then).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ciworkshop import __version__

SUBCOMMANDS = ("demo", "check")


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ciworkshop",
        description="ciworkshop: facilitation for Collective-Impact networks.",
        epilog="Without a command, the app opens FILE (or the demo network).",
    )
    parser.add_argument("--version", action="version", version=f"ciworkshop {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = sub.add_parser("demo", help="write a realistic demo network to a new file")
    demo.add_argument("file", type=Path, metavar="FILE.ciw")
    demo.add_argument("--force", action="store_true", help="replace FILE if it exists")
    check = sub.add_parser("check", help="check a file: integrity, schema version, counts")
    check.add_argument("file", type=Path, metavar="FILE.ciw")
    return parser


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ciworkshop")
    parser.add_argument("--version", action="version", version=f"ciworkshop {__version__}")
    parser.add_argument("file", nargs="?", type=Path, metavar="FILE.ciw", help="network to open")
    parser.add_argument("--lang", choices=("de", "en"), help="user interface language")
    parser.add_argument("--read-only", action="store_true", help="open the file read-only")
    parser.add_argument("--demo", action="store_true", help="open the demo network")
    return parser


def _cmd_demo(file: Path, *, force: bool) -> int:
    from ciworkshop.services.demo import write_demo
    from ciworkshop.store.errors import DocumentError, DocumentErrorKind
    from ciworkshop.store.lock import FileLock, LockBusyError

    if file.exists():
        if not force:
            print(f"ciworkshop: {file} exists already (use --force to replace it)", file=sys.stderr)
            return 1
        # Never pull a file away from under a window that has it open: its edits would be lost.
        lock = FileLock(file)
        try:
            lock.acquire()
        except LockBusyError as exc:
            holder = exc.holder.describe() if exc.holder else "?"
            in_use = DocumentError(DocumentErrorKind.IN_USE, file, holder=holder)
            print(f"ciworkshop: {in_use.english()}", file=sys.stderr)
            return 1
        try:
            file.unlink()
        finally:
            lock.release()
    try:
        document = write_demo(file)
    except DocumentError as exc:
        print(f"ciworkshop: {exc.english()}", file=sys.stderr)
        return 1
    document.close()
    print(f"Demo network written to {file}")
    return 0


def _cmd_check(file: Path) -> int:
    from ciworkshop.store import repository, schema
    from ciworkshop.store.document import Document
    from ciworkshop.store.errors import DocumentError

    try:
        document = Document.open(file, read_only=True, allow_outdated=True)
    except DocumentError as exc:
        print(f"ciworkshop: {exc.english()}", file=sys.stderr)
        return 1
    with document:
        problems = repository.integrity_problems(document.db)
        network = document.network()
        counts = repository.counts(document.db)
        print(f"File:            {file}")
        print(f"Network:         {network.name}")
        print(
            f"Schema version:  {document.schema_version_before} (this app: {schema.SCHEMA_VERSION})"
        )
        print(f"Integrity:       {'ok' if not problems else 'PROBLEMS'}")
        for table, count in counts.items():
            print(f"  {table + ':':<15}{count}")
        for problem in problems:
            print(f"  ! {problem}")
    return 1 if problems else 0


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if (args and args[0] in SUBCOMMANDS) or any(a in ("-h", "--help") for a in args[:1]):
        ns = _build_parser().parse_args(args)
        if ns.command == "demo":
            return _cmd_demo(ns.file, force=ns.force)
        if ns.command == "check":
            return _cmd_check(ns.file)
        return 0
    ns = _gui_parser().parse_args(args)
    from ciworkshop.app import run_gui

    return run_gui(file=ns.file, language=ns.lang, read_only=ns.read_only, demo=ns.demo)


if __name__ == "__main__":
    raise SystemExit(main())
