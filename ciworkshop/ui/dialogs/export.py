"""The protocol export: choose what goes in, write PDF, Markdown or CSV off the GUI thread.

What is read and what is written: the protocol's data is gathered on the GUI thread from
the window's own document (about 20 ms for the demo Fachtag with its photos; the SQLite
connection belongs to this thread), then :class:`ExportWorker` renders and writes the
file in a :class:`QThread` (0.3 to 1 s for the same protocol) while a progress bar moves.
The data handed over is frozen dataclasses, so nothing is shared that could change.
A second, read-only connection in the worker was the alternative; it would add a file
open with its integrity check to every export and read the same rows again.

Afterwards the dialog stays open with the result ("Gespeichert: …", characters the PDF
font could not print) and the buttons "PDF öffnen" and "Ordner anzeigen".
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ciworkshop.domain.protocol import (
    DEFAULT_SECTIONS,
    ProtocolData,
    ProtocolOptions,
    Section,
)
from ciworkshop.services.protocol import ScopeError, gather, resolve_scope
from ciworkshop.store.errors import DocumentError
from ciworkshop.ui.errors import document_error_text
from ciworkshop.ui.i18n import translate
from ciworkshop.ui.session import DocumentSession

log = logging.getLogger(__name__)

FORMATS = ("pdf", "md", "csv")
_SUFFIXES = {"pdf": ".pdf", "md": ".md", "csv": ".csv"}
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
WARN_COLOUR = "#B45309"
PROBLEM_COLOUR = "#C62828"
GOOD_COLOUR = "#2E7D32"


@dataclass(frozen=True, slots=True)
class ExportOutcome:
    """What the worker wrote: the file, its page count (PDF only), and what the PDF
    could not print (characters replaced by "�", photos that could not be read)."""

    path: Path
    file_format: str
    pages: int = 0
    replaced: dict[str, int] = field(default_factory=dict)
    replaced_list: str = ""
    unreadable_photos: tuple[str, ...] = ()


def write_protocol(
    data: ProtocolData,
    file_format: str,
    target: Path,
    progress: Callable[[float], None] | None = None,
) -> ExportOutcome:
    """Render ``data`` as ``file_format`` and write it to ``target`` (any thread)."""
    if file_format == "md":
        from ciworkshop.export.markdown import write_markdown

        write_markdown(data, target)
        return ExportOutcome(target, file_format)
    if file_format == "csv":
        from ciworkshop.export.csv_actions import write_actions_csv

        write_actions_csv(data, target)
        return ExportOutcome(target, file_format)
    from ciworkshop.export.pdf import write_pdf

    result = write_pdf(data, target, progress=progress)
    return ExportOutcome(
        target,
        file_format,
        pages=result.pages,
        replaced=dict(result.replaced),
        replaced_list=result.replaced_list(),
        unreadable_photos=result.unreadable_photos,
    )


class ExportWorker(QObject):
    """Renders and writes one protocol in its own thread; reports through signals
    (delivered to the dialog on the GUI thread)."""

    #: Share of the layout done, 0 to 100.
    progressed = Signal(int)
    #: The :class:`ExportOutcome`.
    finished = Signal(object)
    #: The OSError (disk full, no permission) or, for a bug, the exception.
    failed = Signal(object)

    def __init__(self, data: ProtocolData, file_format: str, target: Path) -> None:
        super().__init__()
        self.data = data
        self.file_format = file_format
        self.target = target

    @Slot()
    def run(self) -> None:
        try:
            outcome = write_protocol(
                self.data,
                self.file_format,
                self.target,
                progress=lambda share: self.progressed.emit(round(share * 100)),
            )
        except OSError as exc:
            log.warning("Export to %s failed: %s", self.target, exc)
            self.failed.emit(exc)
        except Exception as exc:  # a bug: logged with its traceback, the app goes on
            log.exception("Export to %s failed", self.target)
            self.failed.emit(exc)
        else:
            self.finished.emit(outcome)


def default_file_name(title: str, day: str, file_format: str, language: str) -> str:
    """ "Protokoll Fachtag 2026 (2026-03-12).pdf": safe on every file system."""
    if file_format == "csv":
        prefix = "Aufgaben" if language == "de" else "Action items"
    else:
        prefix = "Protokoll" if language == "de" else "Minutes"
    name = _UNSAFE.sub("_", title).strip(" ._")[:80].strip()
    stem = " ".join(part for part in (prefix, name) if part)
    if day:
        stem += f" ({day})"
    return stem + _SUFFIXES[file_format]


class ExportDialog(QDialog):
    """Sections, anonymise, photos, language, format and file; then export.

    ``export_finished``/``export_failed`` are emitted on the GUI thread once the worker
    is done (tests wait for them)."""

    export_finished = Signal(object)
    export_failed = Signal(str)

    def __init__(
        self,
        session: DocumentSession,
        *,
        event_uuid: str | None,
        session_uuid: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.session = session
        self.event_uuid = event_uuid
        self.session_uuid = session_uuid
        self.outcome: ExportOutcome | None = None
        self._thread: QThread | None = None
        self._worker: ExportWorker | None = None
        self._path_confirmed = False
        self._default_path = ""
        self._scope_title, self._scope_date = self._scope()

        self.scope_label = QLabel()
        self.scope_label.setObjectName("scopeLabel")
        self.scope_label.setWordWrap(True)
        self.scope_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.scope_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.scope_label.setFont(font)

        self.format_combo = QComboBox()
        self.format_combo.setObjectName("formatCombo")
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.addItem("Deutsch", "de")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(
            0 if QLocale().language() == QLocale.Language.German else 1
        )
        self.anonymise_check = QCheckBox()
        self.anonymise_check.setObjectName("anonymiseCheck")
        self.photos_check = QCheckBox()
        self.photos_check.setObjectName("photosCheck")
        self.photos_check.setChecked(True)

        self.sections_box = QGroupBox()
        self.sections_box.setObjectName("sectionsBox")
        grid = QGridLayout(self.sections_box)
        self.section_checks: dict[Section, QCheckBox] = {}
        boxes: list[QCheckBox] = []
        for section in Section:
            check = QCheckBox()
            check.setObjectName(f"section_{section.value}")
            check.setChecked(section in DEFAULT_SECTIONS)
            self.section_checks[section] = check
            boxes.append(check)
            if section is Section.PARKING_LOT:
                boxes.append(self.photos_check)  # photos belong to the session's results
        rows = (len(boxes) + 1) // 2
        for index, check in enumerate(boxes):
            grid.addWidget(check, index % rows, index // rows)

        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("pathEdit")
        self.browse_button = QPushButton()
        self.browse_button.setObjectName("browseButton")
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.setVisible(False)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("warningLabel")
        self.warning_label.setWordWrap(True)
        self.warning_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning_label.setStyleSheet(f"color: {WARN_COLOUR};")
        self.warning_label.setVisible(False)

        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openButton")
        self.folder_button = QPushButton()
        self.folder_button.setObjectName("folderButton")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setVisible(False)
        self.folder_button.setVisible(False)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._format_label = QLabel()
        self._language_label = QLabel()
        self._people_label = QLabel()
        self._file_label = QLabel()
        for label, widget in (
            (self._format_label, self.format_combo),
            (self._language_label, self.language_combo),
        ):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self.form.addRow(self._people_label, self.anonymise_check)
        self._file_label.setBuddy(self.path_edit)
        self.form.addRow(self._file_label, path_row)

        layout = QVBoxLayout(self)
        layout.addWidget(self.scope_label)
        layout.addSpacing(6)
        layout.addLayout(self.form)
        layout.addWidget(self.sections_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addWidget(self.warning_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(640)

        self.retranslate_ui()
        self.format_combo.setCurrentIndex(0)
        self._set_default_path()
        self.format_combo.currentIndexChanged.connect(self._on_format_combo_changed)
        self.language_combo.currentIndexChanged.connect(self._on_language_combo_changed)
        self.path_edit.textEdited.connect(self._on_path_edit_edited)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.export_button.clicked.connect(self.start_export)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.buttons.rejected.connect(self.reject)
        for check in self.section_checks.values():
            check.toggled.connect(self._update_enabled)
        self._update_enabled()

    # ------------------------------------------------------------ texts
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export protocol"))
        self.scope_label.setText(self._scope_title or self.tr("Protocol"))
        current = self.format_combo.currentIndex()
        self.format_combo.blockSignals(True)
        self.format_combo.clear()
        self.format_combo.addItem(self.tr("PDF protocol (to send out)"), "pdf")
        self.format_combo.addItem(self.tr("Markdown (for a wiki or an e-mail)"), "md")
        self.format_combo.addItem(self.tr("Action items as CSV (Excel)"), "csv")
        self.format_combo.setCurrentIndex(max(0, current))
        self.format_combo.blockSignals(False)
        self._format_label.setText(self.tr("&Format:"))
        self._language_label.setText(self.tr("Protocol &language:"))
        self._people_label.setText(self.tr("Participants:"))
        self._file_label.setText(self.tr("&Save as:"))
        self.anonymise_check.setText(self.tr("&Anonymise: name no participants"))
        self.anonymise_check.setToolTip(
            self.tr(
                "People who have not consented are never named. With this option the "
                "protocol names nobody and lists only the organisations."
            )
        )
        self.photos_check.setText(self.tr("Include &photos"))
        self.sections_box.setTitle(self.tr("Sections"))
        for section, check in self.section_checks.items():
            check.setText(translate(section.label))
        self.browse_button.setText(self.tr("&Browse…"))
        self.export_button.setText(self.tr("&Export"))
        self.open_button.setText(
            self.tr("&Open PDF") if self._chosen_format() == "pdf" else self.tr("&Open file")
        )
        self.folder_button.setText(self.tr("Show &folder"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ------------------------------------------------------------ state
    def _scope(self) -> tuple[str, str]:
        """Title and date of what the protocol covers ("" when there is nothing)."""
        try:
            scope = resolve_scope(
                self.session.events,
                event_uuid=None if self.session_uuid else self.event_uuid,
                session_uuid=self.session_uuid,
            )
        except ScopeError:
            return "", ""
        head = scope.sessions[0] if self.session_uuid or scope.event is None else scope.event
        return head.title, head.date

    def _chosen_format(self) -> str:
        return str(self.format_combo.currentData() or "pdf")

    def _chosen_language(self) -> str:
        return str(self.language_combo.currentData() or "de")

    def options(self) -> ProtocolOptions:
        sections = frozenset(s for s, check in self.section_checks.items() if check.isChecked())
        if self._chosen_format() == "csv":
            sections = frozenset({Section.ACTIONS})
        return ProtocolOptions(
            sections=sections,
            anonymise=self.anonymise_check.isChecked(),
            include_photos=self.photos_check.isChecked() and self._chosen_format() != "csv",
            language=self._chosen_language(),
        )

    def target(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def _folder(self) -> Path:
        typed = self.path_edit.text().strip()
        if typed:
            return self.target().parent
        return self.session.document.path.parent

    def _set_default_path(self) -> None:
        name = default_file_name(
            self._scope_title, self._scope_date, self._chosen_format(), self._chosen_language()
        )
        self._default_path = str(self._folder() / name)
        self.path_edit.setText(self._default_path)
        self._path_confirmed = False

    def _update_enabled(self) -> None:
        file_format = self._chosen_format()
        running = self._thread is not None
        self.sections_box.setEnabled(file_format != "csv" and not running)
        self.photos_check.setEnabled(file_format != "csv" and not running)
        for widget in (
            self.format_combo,
            self.language_combo,
            self.anonymise_check,
            self.path_edit,
            self.browse_button,
        ):
            widget.setEnabled(not running)
        has_sections = file_format == "csv" or any(
            c.isChecked() for c in self.section_checks.values()
        )
        self.export_button.setEnabled(
            not running and has_sections and bool(self.path_edit.text().strip())
        )
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setEnabled(not running)

    # ------------------------------------------------------------ slots
    def _on_format_combo_changed(self, _index: int) -> None:
        if self.path_edit.text() == self._default_path:
            self._set_default_path()  # "Protokoll …" becomes "Aufgaben ….csv"
        elif self.path_edit.text().strip():
            suffix = _SUFFIXES[self._chosen_format()]
            self.path_edit.setText(str(self.target().with_suffix(suffix)))
        self._path_confirmed = False
        self.retranslate_ui()
        self._update_enabled()

    def _on_language_combo_changed(self, _index: int) -> None:
        if self.path_edit.text() == self._default_path:
            self._set_default_path()

    def _on_path_edit_edited(self, _text: str) -> None:
        self._path_confirmed = False
        self._update_enabled()

    def _on_browse_button_clicked(self) -> None:
        file_format = self._chosen_format()
        filters = {
            "pdf": self.tr("PDF files (*.pdf)"),
            "md": self.tr("Markdown files (*.md)"),
            "csv": self.tr("CSV files (*.csv)"),
        }
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save protocol as"), str(self.target()), filters[file_format]
        )
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() != _SUFFIXES[file_format]:
                path = path.with_name(path.name + _SUFFIXES[file_format])
            self.path_edit.setText(str(path))
            self._path_confirmed = True  # the file dialog asked about replacing it
            self._update_enabled()

    def _on_open_button_clicked(self) -> None:
        if self.outcome is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.outcome.path)))

    def _on_folder_button_clicked(self) -> None:
        if self.outcome is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.outcome.path.parent)))

    # ------------------------------------------------------------ export
    def start_export(self) -> None:
        """Gather here, then render and write in a worker thread."""
        if self._thread is not None:
            return
        target = self.target()
        if not self._check_target(target):
            return
        try:
            data = gather(
                self.session.document,
                event_uuid=None if self.session_uuid else self.event_uuid,
                session_uuid=self.session_uuid,
                options=self.options(),
            )
        except ScopeError:
            self._show_problem(self.tr("The event or session no longer exists."))
            return
        except DocumentError as exc:
            self._show_problem(document_error_text(exc))
            return
        self.outcome = None
        self.open_button.setVisible(False)
        self.folder_button.setVisible(False)
        self.status_label.setVisible(False)
        self.warning_label.setVisible(False)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        thread = QThread(self)
        worker = ExportWorker(data, self._chosen_format(), target)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(self.progress.setValue)
        worker.finished.connect(self._on_worker_finished)
        worker.failed.connect(self._on_worker_failed)
        self._thread, self._worker = thread, worker
        self._update_enabled()
        thread.start()

    def _check_target(self, target: Path) -> bool:
        if not self.path_edit.text().strip():
            return False
        if target.is_dir():
            self._show_problem(self.tr("Please name the file, not only the folder."))
            return False
        if not target.parent.is_dir():
            self._show_problem(
                self.tr("The folder “{folder}” does not exist.").format(folder=target.parent)
            )
            return False
        if target.exists() and not self._path_confirmed:
            answer = QMessageBox.question(
                self,
                self.tr("Replace file?"),
                self.tr("“{name}” exists already. Replace it?").format(name=target.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        return True

    def _finish_thread(self) -> None:
        thread = self._thread
        self._thread, self._worker = None, None
        if thread is not None:
            thread.quit()
            thread.wait()
            thread.deleteLater()
        self.progress.setVisible(False)
        self._update_enabled()

    def _on_worker_finished(self, outcome: ExportOutcome) -> None:
        self._finish_thread()
        self.outcome = outcome
        self._path_confirmed = True  # exporting again replaces what was just written
        saved = self.tr("Saved: {path}").format(path=outcome.path)
        if outcome.pages:
            saved += " " + ExportDialog.tr("(%n pages)", "", outcome.pages)
        warnings = []
        if outcome.replaced:
            warnings.append(
                self.tr(
                    "Some characters cannot be printed with the protocol's font and appear "
                    "as �: {characters}"
                ).format(characters=outcome.replaced_list)
            )
        warnings.extend(
            self.tr("A photo could not be read and is left out: “{caption}”").format(
                caption=caption
            )
            for caption in outcome.unreadable_photos
        )
        self._show_status(saved, GOOD_COLOUR)
        self.warning_label.setText("\n".join(warnings))
        self.warning_label.setVisible(bool(warnings))
        self._grow_to_fit()
        self.retranslate_ui()
        self.open_button.setVisible(True)
        self.folder_button.setVisible(True)
        self.open_button.setFocus()
        self.export_finished.emit(outcome)

    def _on_worker_failed(self, exc: Exception) -> None:
        self._finish_thread()
        if isinstance(exc, OSError):
            reason = exc.strerror or str(exc)
            text = self.tr("The file could not be written: {reason}").format(reason=reason)
        else:
            text = self.tr(
                "The export failed because of an error inside ciworkshop. The details "
                "were written to the log file."
            )
        self._show_problem(text)
        self.export_failed.emit(text)

    def _show_problem(self, text: str) -> None:
        self._show_status(text, PROBLEM_COLOUR)

    def _show_status(self, text: str, colour: str) -> None:
        self.status_label.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.status_label.setText(text)
        self.status_label.setVisible(True)
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Make room for the new lines below the options (never shrink what the user
        made larger)."""
        self.layout().activate()
        hint = self.sizeHint()
        self.resize(max(self.width(), hint.width()), max(self.height(), hint.height()))

    # ------------------------------------------------------------ closing
    def reject(self) -> None:
        if self._thread is not None:
            return  # the file is being written: closing waits for it
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._thread is not None:
            event.ignore()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        super().done(result)


def show_export_dialog(
    parent: QWidget,
    session: DocumentSession,
    *,
    event_uuid: str | None,
    session_uuid: str | None,
) -> None:
    """The export dialog for an event (all its sessions) or one session; without either,
    the latest event. Modal; returns when the user closes it."""
    dialog = ExportDialog(session, event_uuid=event_uuid, session_uuid=session_uuid, parent=parent)
    dialog.exec()
    dialog.deleteLater()
