"""The open document as the UI sees it: services, undo stack, and change signals.

Every edit arrives here as a service call from a QUndoCommand; the call commits one
transaction and returns ``Changes``, which become signals the views refresh on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ciworkshop.services.canvas import CanvasService
from ciworkshop.services.changes import Changes, Entity
from ciworkshop.services.events import EventService
from ciworkshop.services.network import NetworkService
from ciworkshop.store.backups import BackupVerificationError
from ciworkshop.store.document import Document
from ciworkshop.store.errors import DocumentError

log = logging.getLogger(__name__)
T = TypeVar("T")

CANVAS_ENTITIES = frozenset(
    {
        Entity.CANVAS,
        Entity.GOAL,
        Entity.INDICATOR,
        Entity.MEASUREMENT,
        Entity.MILESTONE,
        Entity.VERSION,
    }
)

EVENT_ENTITIES = frozenset(
    {
        Entity.EVENT,
        Entity.SESSION,
        Entity.ATTENDANCE,
        Entity.AGENDA_ITEM,
        Entity.CLUSTER,
        Entity.CARD,
        Entity.DECISION,
        Entity.ACTION_ITEM,
        Entity.PARKING_LOT_ITEM,
        Entity.PHOTO,
    }
)

#: While there are edits not yet in a backup, one is made this often.
BACKUP_INTERVAL_MS = 10 * 60 * 1000


class DocumentSession(QObject):
    network_changed = Signal()
    actors_changed = Signal()
    people_changed = Signal()
    #: Something on the impact canvas changed; carries the ``Changes``.
    canvas_changed = Signal(object)
    #: Something about events and sessions changed (agenda, board, results, photos...);
    #: carries the ``Changes``.
    events_changed = Signal(object)
    #: An edit was committed to disk (local time, HH:MM:SS).
    saved = Signal(str)
    #: An environment failure while editing; the edit did not happen.
    failed = Signal(object)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.service = NetworkService(document)
        self.canvas = CanvasService(document)
        self.events = EventService(document)
        self.undo_stack = QUndoStack(self)
        self._closed = False
        self._edits_since_backup = 0
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_INTERVAL_MS)
        self._backup_timer.timeout.connect(self._on_backup_timer_timeout)
        if not document.read_only:
            self._backup_timer.start()

    @property
    def read_only(self) -> bool:
        return self.document.read_only

    def perform(self, call: Callable[[], tuple[T, Changes]]) -> T:
        """Run one service call; publish what changed. Raises DocumentError on failure."""
        try:
            result, changes = call()
        except DocumentError as exc:
            self.failed.emit(exc)
            raise
        self.publish(changes)
        return result

    def publish(self, changes: Changes) -> None:
        self._edits_since_backup += 1
        if Entity.NETWORK in changes:
            self.network_changed.emit()
        if Entity.ACTOR in changes:
            self.actors_changed.emit()
        if Entity.PERSON in changes:
            self.people_changed.emit()
        if changes.entities & CANVAS_ENTITIES or Entity.ACTOR in changes:
            # Goal cards name their responsible actors.
            self.canvas_changed.emit(changes)
        if changes.entities & EVENT_ENTITIES or changes.entities & {Entity.PERSON, Entity.ACTOR}:
            # Attendance and action items name people and actors.
            self.events_changed.emit(changes)
        self.saved.emit(datetime.now().strftime("%H:%M:%S"))

    def push(self, command: QUndoCommand) -> bool:
        """Push a command; False if its edit failed (it is then not on the stack)."""
        before = self.undo_stack.index()
        self.undo_stack.push(command)
        return self.undo_stack.index() > before

    def backup(self) -> None:
        if self._closed or self.read_only:
            return
        try:
            path = self.document.backup_now()
        except (DocumentError, BackupVerificationError, OSError) as exc:
            log.warning("Automatic backup failed: %s", exc)
            return
        self._edits_since_backup = 0
        log.info("Backup written: %s", path)

    def _on_backup_timer_timeout(self) -> None:
        if self._edits_since_backup:
            self.backup()

    def close(self) -> None:
        self._backup_timer.stop()
        if self._edits_since_backup and not self.read_only:
            self.backup()
        self.undo_stack.clear()
        self.document.close()
        self._closed = True
