"""The base of each tab of the session workspace (agenda, board, results, attendance, photos).

The workspace hands every panel the open document and the selected session
(:meth:`SessionPanel.set_context`); the panel reloads itself from ``session.events`` and
follows ``DocumentSession.events_changed`` while it is shown. Edits go through
:mod:`ciworkshop.ui.event_commands` and ``DocumentSession.push``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from ciworkshop.services.changes import Changes
from ciworkshop.ui.session import DocumentSession


class SessionPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: DocumentSession | None = None
        self.session_uuid: str | None = None

    @property
    def read_only(self) -> bool:
        return self.session is None or self.session.read_only

    def set_context(self, session: DocumentSession | None, session_uuid: str | None) -> None:
        """Show ``session_uuid`` of ``session`` (None: nothing; the panel is then empty)."""
        if self.session is not session:
            if self.session is not None:
                self.session.events_changed.disconnect(self._on_events_changed)
            if session is not None:
                session.events_changed.connect(self._on_events_changed)
        self.session, self.session_uuid = session, session_uuid
        self.reload()

    def _on_events_changed(self, changes: Changes) -> None:
        if self.session_uuid is not None:
            self.on_events_changed(changes)

    # ------------------------------------------------------------ for subclasses
    def reload(self) -> None:
        """Read everything shown from ``self.session.events`` again."""

    def on_events_changed(self, changes: Changes) -> None:
        """Something changed in the document; by default reload everything."""
        self.reload()

    def finish_editing(self) -> bool:
        """Save whatever is being typed (before undo, switching session, closing).
        False if it could not be saved (the panel shows why)."""
        return True

    def retranslate_ui(self) -> None:
        """Set every visible text again (the language changed)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
