"""The action items of a protocol as CSV, for the backbone team's task list.

Made to open correctly by double-click in a German Excel: UTF-8 with a byte-order mark
(without it Excel reads the bytes as Windows-1252: "Ãœbergang"), semicolons as
separators (Excel in German locales splits on ";", not ","), CRLF line ends, and dates
as DD.MM.YYYY, which Excel recognises as dates (ISO in an English protocol). Fields
with separators, quotes or line breaks are quoted (the csv module's minimal quoting).

CSV formula injection: a cell starting with ``=``, ``+``, ``-``, ``@`` (or a tab or
carriage return, which Excel skips before such a character) would be run by Excel as a
formula: "=HYPERLINK(…)" in an action item could leak data or mislead whoever opens the
file. Such cells get a leading apostrophe, which Excel shows as text and hides the
apostrophe in the cell; other programs show it literally. (OWASP's recommendation.)
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ciworkshop.domain.protocol import ProtocolData
from ciworkshop.export import texts
from ciworkshop.export.files import write_atomic

BOM = "\ufeff"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def guard(cell: str) -> str:
    """``cell``, with an apostrophe in front if Excel would take it for a formula."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def render_actions_csv(data: ProtocolData) -> bytes:
    """The action items of every session of the protocol, one row each."""
    lang = data.options.language
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([texts.label(lang, key) for key in ("session", "what", "who", "due", "status")])
    for action in data.all_actions():
        due = texts.format_date(lang, action.due_date) if lang == "de" else action.due_date
        writer.writerow(
            [
                guard(action.session),
                guard(action.what),
                guard(action.owner),
                guard(due),
                texts.domain(lang, action.status.label),
            ]
        )
    return (BOM + buffer.getvalue()).encode("utf-8")


def write_actions_csv(data: ProtocolData, target: Path | str) -> bytes:
    """Write the action items to ``target`` atomically; returns the bytes written."""
    content = render_actions_csv(data)
    write_atomic(Path(target), content)
    return content
