"""Marking strings for translation without importing Qt.

``pyside6-lupdate`` finds ``QT_TRANSLATE_NOOP("Context", "text")`` calls in any Python
file, so the core can declare user-visible texts as data; the Qt shell translates them
with ``QCoreApplication.translate(context, text)``, the command line prints them as they are.
"""

from __future__ import annotations

from typing import NamedTuple


class Text(NamedTuple):
    """A user-visible text: its translation context and its English source."""

    context: str
    source: str

    def format(self, **values: object) -> str:
        """The English text with ``{name}`` placeholders filled (command line use)."""
        return self.source.format(**values)


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:
    return Text(context, source)
