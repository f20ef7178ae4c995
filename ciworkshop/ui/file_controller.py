"""The file gestures: new, open, recent, demo, save a copy, close.

Turns file-level failures into messages in the user's language and offers read-only
opening where that helps (file in use, write-protected). Owns the open session.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from ciworkshop import paths
from ciworkshop.domain.model import NetworkDraft
from ciworkshop.store.document import FILE_SUFFIX, Document
from ciworkshop.store.errors import DocumentError, DocumentErrorKind
from ciworkshop.ui.dialogs.entities import NetworkDialog
from ciworkshop.ui.errors import document_error_text, show_document_error
from ciworkshop.ui.session import DocumentSession
from ciworkshop.ui.settings import Settings

log = logging.getLogger(__name__)
BACKUP_AFTER_OPEN_MS = 1500


class FileController(QObject):
    session_opened = Signal(object)
    session_closed = Signal()
    #: Emitted before the open network is closed: views save what is still being typed.
    about_to_close = Signal()
    #: A one-line notice for the status bar (already translated).
    notice = Signal(str)
    recent_files_changed = Signal()

    def __init__(self, settings: Settings, window: QWidget) -> None:
        super().__init__(window)
        self.settings = settings
        self.window = window
        self.session: DocumentSession | None = None

    def _file_filter(self) -> str:
        return self.tr("ciworkshop networks (*.ciw);;All files (*)")

    def _start_dir(self) -> str:
        recent = self.settings.recent_files
        return str(recent[0].parent) if recent else str(Path.home())

    # ------------------------------------------------------------ gestures
    def new_network(self) -> bool:
        dialog = NetworkDialog(NetworkDraft(name=""), self.window)
        dialog.setWindowTitle(self.tr("New network"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        draft = dialog.draft()
        suggestion = Path(self._start_dir()) / (_safe_file_name(draft.name) + FILE_SUFFIX)
        file_name, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Where should the new network be saved?"),
            str(suggestion),
            self._file_filter(),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not file_name:
            return False
        path = Path(file_name)
        if path.suffix.lower() != FILE_SUFFIX:
            path = path.with_name(path.name + FILE_SUFFIX)
        if not self.close():
            return False
        try:
            document = Document.create(path, network_name=draft.name.strip())
        except DocumentError as exc:
            show_document_error(self.window, exc)
            return False
        session = self._adopt(document)
        session.perform(lambda: (None, session.service.update_network(draft=draft)))
        return True

    def open_dialog(self) -> bool:
        file_name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open network"), self._start_dir(), self._file_filter()
        )
        return bool(file_name) and self.open_path(Path(file_name))

    def open_demo(self) -> bool:
        path = paths.demo_file()
        if not path.exists():
            from ciworkshop.services.demo import write_demo

            try:
                write_demo(path).close()
            except DocumentError as exc:
                show_document_error(self.window, exc)
                return False
        return self.open_path(path)

    def open_path(self, path: Path, *, read_only: bool = False) -> bool:
        if self.session and self.session.document.path.resolve() == path.resolve():
            return True
        if not self.close():
            return False
        try:
            document = Document.open(path, read_only=read_only)
        except DocumentError as exc:
            log.warning("Could not open %s: %s", path, exc.kind)
            if exc.kind == DocumentErrorKind.NOT_FOUND:
                self.settings.remove_recent_file(path)
                self.recent_files_changed.emit()
            if exc.offers_read_only and not read_only:
                return self._offer_read_only(path, exc)
            show_document_error(self.window, exc)
            return False
        self._adopt(document)
        return True

    def _offer_read_only(self, path: Path, exc: DocumentError) -> bool:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("File cannot be edited"))
        box.setText(document_error_text(exc))
        read_only = box.addButton(self.tr("Open &read-only"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)
        box.exec()
        if box.clickedButton() is read_only:
            return self.open_path(path, read_only=True)
        return False

    def save_copy(self) -> None:
        if self.session is None:
            return
        current = self.session.document.path
        copy = self.tr("copy")
        suggestion = current.with_name(f"{current.stem} ({copy}){FILE_SUFFIX}")
        file_name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Save a copy as"), str(suggestion), self._file_filter()
        )
        if not file_name:
            return
        target = Path(file_name)
        if target.suffix.lower() != FILE_SUFFIX:
            target = target.with_name(target.name + FILE_SUFFIX)
        try:
            self.session.document.save_copy(target)
        except DocumentError as exc:
            show_document_error(self.window, exc)
            return
        self.notice.emit(self.tr("A copy was saved as {path}").format(path=target))

    def close(self) -> bool:
        """Close the open network. Always succeeds: every edit is already on disk."""
        if self.session is None:
            return True
        self.about_to_close.emit()
        session, self.session = self.session, None
        session.close()
        session.deleteLater()
        self.session_closed.emit()
        return True

    # ------------------------------------------------------------ internals
    def _adopt(self, document: Document) -> DocumentSession:
        session = DocumentSession(document, self)
        self.session = session
        self.settings.add_recent_file(document.path)
        self.recent_files_changed.emit()
        self.session_opened.emit(session)
        if document.migration_backup is not None:
            self.notice.emit(
                self.tr(
                    "The file was upgraded to the current format; "
                    "the previous version was kept at {path}"
                ).format(path=document.migration_backup)
            )
        elif document.recovered_stale_lock:
            self.notice.emit(
                self.tr(
                    "The file was not closed properly last time (crash or power loss). "
                    "Everything that was saved is there."
                )
            )
        if not document.read_only:
            # A backup of every file as it was opened, once the window has settled
            # (a zero-delay timer would still run before the first paint).
            QTimer.singleShot(BACKUP_AFTER_OPEN_MS, session.backup)
        return session


def _safe_file_name(name: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in " -_.()" else "_" for c in name).strip()
    return cleaned[:80] or "Netzwerk"
