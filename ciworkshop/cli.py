"""The command line. Imports no Qt: ``demo``, ``check``, ``list``, ``export`` and
``import`` run headless (a server, a script, the evening after a Fachtag over ssh).

``ciworkshop [FILE.ciw]`` starts the GUI (importing Qt only then). Heavy modules
(reportlab, the services) are imported inside the command that needs them, so
``--version`` and ``--help`` stay instant.

Exit codes: 0 done (warnings, e.g. characters the PDF font cannot print, go to stderr),
1 the file, an ID or the output could not be used (a message on stderr), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ciworkshop import __version__

SUBCOMMANDS = ("demo", "check", "list", "export", "import")
FORMATS = ("pdf", "md", "csv", "json")
_SUFFIX_FORMATS = {".pdf": "pdf", ".md": "md", ".markdown": "md", ".csv": "csv", ".json": "json"}


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
    listing = sub.add_parser("list", help="list the events and sessions of a file with their IDs")
    listing.add_argument("file", type=Path, metavar="FILE.ciw")
    export = sub.add_parser(
        "export",
        help="write the protocol of an event or session (PDF, Markdown, CSV) or the network (JSON)",
        description=(
            "Write the protocol of an event (all its sessions) or of one session. Without "
            "--event and --session: the latest event. IDs come from 'ciworkshop list' and "
            "may be shortened to a unique beginning. --format json writes the whole network."
        ),
    )
    export.add_argument("file", type=Path, metavar="FILE.ciw")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    scope = export.add_mutually_exclusive_group()
    scope.add_argument("--event", metavar="ID", help="the event (all its sessions)")
    scope.add_argument("--session", metavar="ID", help="one session")
    export.add_argument(
        "--format",
        choices=FORMATS,
        help="pdf (default), md (Markdown), csv (action items), json (the whole network); "
        "by default from OUT's suffix",
    )
    export.add_argument("--lang", choices=("de", "en"), default="de", help="protocol language")
    export.add_argument(
        "--anonymise", action="store_true", help="name no participants (organisations only)"
    )
    export.add_argument("--no-photos", action="store_true", help="leave the photos out")
    export.add_argument(
        "--quality", action="store_true", help="append the quality check of the impact canvas"
    )
    importing = sub.add_parser("import", help="create a new network file from a JSON export")
    importing.add_argument("file", type=Path, metavar="FILE.json")
    importing.add_argument("-o", "--output", type=Path, required=True, metavar="NEW.ciw")
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


def _fail(message: str) -> int:
    print(f"ciworkshop: {message}", file=sys.stderr)
    return 1


def _cmd_list(file: Path) -> int:
    from ciworkshop.services.events import EventService
    from ciworkshop.store.document import Document
    from ciworkshop.store.errors import DocumentError

    try:
        document = Document.open(file, read_only=True)
    except DocumentError as exc:
        return _fail(exc.english())
    with document:
        events = EventService(document)
        print(f"Network: {document.network().name}")
        all_events = events.events()
        print("Events:" if all_events else "Events: none")
        for event in all_events:
            sessions = events.sessions(event.uuid)
            when = " ".join(p for p in (event.date, event.place) if p)
            print(f"  {event.uuid}  {event.title}" + (f"  ({when})" if when else ""))
            for session in sessions:
                print(f"    session {session.uuid}  {_session_line(session)}")
        standalone = events.standalone_sessions()
        print("Sessions without an event:" if standalone else "Sessions without an event: none")
        for session in standalone:
            print(f"  {session.uuid}  {_session_line(session)}")
    return 0


def _session_line(session: object) -> str:
    from ciworkshop.domain.events import Session

    assert isinstance(session, Session)
    when = " ".join(p for p in (session.date, session.start_time) if p)
    return f"{session.title} [{session.format.label.source}]" + (f"  {when}" if when else "")


def _export_format(ns: argparse.Namespace) -> str:
    if ns.format:
        return str(ns.format)
    return _SUFFIX_FORMATS.get(ns.output.suffix.lower(), "pdf")


def _cmd_export(ns: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    file_format = _export_format(ns)
    if file_format == "json" and (ns.event or ns.session):
        parser.error("--format json exports the whole network: leave out --event/--session")
    from ciworkshop.store.document import Document
    from ciworkshop.store.errors import DocumentError

    output: Path = ns.output
    if output.is_dir():
        return _fail(f"{output} is a folder; please name the file to write.")
    if not output.parent.is_dir():
        return _fail(f"cannot write {output}: the folder {output.parent} does not exist.")
    try:
        document = Document.open(ns.file, read_only=True)
    except DocumentError as exc:
        return _fail(exc.english())
    try:
        with document:
            if file_format == "json":
                from ciworkshop.export.files import write_atomic
                from ciworkshop.services.json_io import export_network_json

                write_atomic(output, export_network_json(document).encode("utf-8"))
                print(f"Network written to {output}")
                return 0
            return _export_protocol(document, ns, file_format)
    except OSError as exc:
        return _fail(f"cannot write {output}: {exc.strerror or exc}")


def _export_protocol(document: object, ns: argparse.Namespace, file_format: str) -> int:
    from ciworkshop.domain.protocol import DEFAULT_SECTIONS, ProtocolOptions, Section
    from ciworkshop.services.protocol import ScopeError, gather
    from ciworkshop.store.document import Document

    assert isinstance(document, Document)
    sections = DEFAULT_SECTIONS | {Section.QUALITY} if ns.quality else DEFAULT_SECTIONS
    options = ProtocolOptions(
        sections=sections,
        anonymise=ns.anonymise,
        include_photos=not ns.no_photos and file_format == "pdf",
        language=ns.lang,
    )
    try:
        data = gather(document, event_uuid=ns.event, session_uuid=ns.session, options=options)
    except ScopeError as exc:
        return _fail(exc.english())
    output: Path = ns.output
    if file_format == "md":
        from ciworkshop.export.markdown import write_markdown

        write_markdown(data, output)
        print(f"Protocol “{data.title}” written to {output}")
    elif file_format == "csv":
        from ciworkshop.export.csv_actions import write_actions_csv

        write_actions_csv(data, output)
        print(f"{len(data.all_actions())} action items of “{data.title}” written to {output}")
    else:
        from ciworkshop.export.pdf import write_pdf

        result = write_pdf(data, output)
        for warning in result.english_warnings():
            print(f"ciworkshop: warning: {warning}", file=sys.stderr)
        print(f"Protocol “{data.title}” written to {output} ({result.pages} pages)")
    return 0


def _cmd_import(file: Path, output: Path) -> int:
    from ciworkshop.services.json_io import (
        JsonImportError,
        import_network_json,
        read_network_json,
    )
    from ciworkshop.store.errors import DocumentError

    try:
        import_network_json(read_network_json(file), output)
    except (JsonImportError, DocumentError) as exc:
        return _fail(exc.english())
    print(f"Network imported from {file} to {output}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if (args and args[0] in SUBCOMMANDS) or any(a in ("-h", "--help") for a in args[:1]):
        parser = _build_parser()
        ns = parser.parse_args(args)
        if ns.command == "demo":
            return _cmd_demo(ns.file, force=ns.force)
        if ns.command == "check":
            return _cmd_check(ns.file)
        if ns.command == "list":
            return _cmd_list(ns.file)
        if ns.command == "export":
            return _cmd_export(ns, parser)
        if ns.command == "import":
            return _cmd_import(ns.file, ns.output)
        return 0
    ns = _gui_parser().parse_args(args)
    from ciworkshop.app import run_gui

    return run_gui(file=ns.file, language=ns.lang, read_only=ns.read_only, demo=ns.demo)


if __name__ == "__main__":
    raise SystemExit(main())
