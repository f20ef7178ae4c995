"""Frozen versions of the canvas: freeze today's state, look at an old one, see what
changed since it was agreed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ciworkshop.domain.canvas import CanvasSnapshot, CanvasVersion, VersionDraft
from ciworkshop.domain.canvas_compare import CanvasComparison, compare
from ciworkshop.ui import canvas_commands as cmd
from ciworkshop.ui import icons
from ciworkshop.ui.dialogs.canvas import VersionDialog
from ciworkshop.ui.formatting import format_date
from ciworkshop.ui.session import DocumentSession

UUID_ROLE = Qt.ItemDataRole.UserRole + 1


def comparison_text(comparison: CanvasComparison) -> str:
    """What changed since a version, one line per kind of change."""
    if comparison.unchanged:
        return QCoreApplication.translate(
            "VersionsPanel", "Nothing has changed since this version."
        )
    lines = []
    if comparison.vision_changed:
        lines.append(QCoreApplication.translate("VersionsPanel", "The vision was reworded."))
    if comparison.mission_changed:
        lines.append(QCoreApplication.translate("VersionsPanel", "The mission was reworded."))
    if comparison.goals_added:
        lines.append(VersionsPanel.tr("%n goal(s) added", "", len(comparison.goals_added)))
    if comparison.goals_removed:
        lines.append(VersionsPanel.tr("%n goal(s) removed", "", len(comparison.goals_removed)))
    if comparison.goals_changed:
        lines.append(VersionsPanel.tr("%n goal(s) changed", "", len(comparison.goals_changed)))
    if comparison.indicators_added:
        lines.append(VersionsPanel.tr("%n indicator(s) added", "", comparison.indicators_added))
    if comparison.indicators_removed:
        lines.append(VersionsPanel.tr("%n indicator(s) removed", "", comparison.indicators_removed))
    if comparison.measurements_added:
        lines.append(VersionsPanel.tr("%n value(s) recorded", "", comparison.measurements_added))
    return "\n".join("• " + line for line in lines)


class _List(QListWidget):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self.itemActivated.emit(item)
            return
        super().keyPressEvent(event)


class VersionsPanel(QWidget):
    #: Show this version on the board (uuid), or the current canvas again (None).
    show_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("versionsPanel")
        self.session: DocumentSession | None = None
        self._versions: list[CanvasVersion] = []
        self._current: CanvasSnapshot | None = None
        # Parsed frozen versions by uuid: they never change, and parsing costs.
        self._parsed: dict[str, CanvasSnapshot | None] = {}
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet("color: #5F6B73;")
        self.freeze_button = QPushButton(icons.icon("freeze"), "")
        self.freeze_button.setObjectName("freezeButton")
        self.freeze_button.clicked.connect(self.freeze)
        self.list = _List()
        self.list.setObjectName("versionList")
        self.list.currentItemChanged.connect(self._on_list_current_changed)
        self.list.itemActivated.connect(lambda _item: self._show_selected())
        self.show_button = QPushButton(icons.icon("compare"), "")
        self.show_button.setObjectName("showVersionButton")
        self.show_button.clicked.connect(self._show_selected)
        self.delete_button = QPushButton(icons.icon("delete"), "")
        self.delete_button.setObjectName("deleteVersionButton")
        self.delete_button.clicked.connect(self.delete_selected)
        self.changes_title = QLabel()
        self.changes_title.setStyleSheet("font-weight: bold; color: #00796B; margin-top: 8px;")
        self.changes = QLabel()
        self.changes.setObjectName("versionChanges")
        self.changes.setWordWrap(True)
        self.changes.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.intro)
        layout.addWidget(self.freeze_button)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.changes_title)
        layout.addWidget(self.changes)
        layout.addStretch(0)
        self.retranslate_ui()

    def set_session(self, session: DocumentSession | None) -> None:
        self.session = session
        self._parsed.clear()
        self._current = None

    def set_data(self, versions: list[CanvasVersion], current: CanvasSnapshot) -> None:
        if versions == self._versions and self.list.count() == len(versions):
            self._current = current  # same list: only "changed since" needs a look
            self._update()
            return
        self._versions = versions
        self._current = current
        selected = self.selected_uuid()
        blocker = QSignalBlocker(self.list)
        self.list.clear()
        for version in versions:
            item = QListWidgetItem(
                icons.icon("versions"), f"{version.label}\n{format_date(version.agreed_on)}"
            )
            item.setData(UUID_ROLE, version.uuid)
            self.list.addItem(item)
            if version.uuid == selected:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        blocker.unblock()
        self._update()

    def selected_uuid(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(UUID_ROLE)) if item is not None else None

    def selected_version(self) -> CanvasVersion | None:
        uuid = self.selected_uuid()
        return next((v for v in self._versions if v.uuid == uuid), None)

    def _on_list_current_changed(self, *_: object) -> None:
        self._update()

    def _update(self) -> None:
        writable = self.session is not None and not self.session.read_only
        version = self.selected_version()
        self.freeze_button.setEnabled(writable)
        self.show_button.setEnabled(version is not None)
        self.delete_button.setEnabled(writable and version is not None)
        self.changes_title.setVisible(version is not None)
        self.changes.setVisible(version is not None)
        if version is None or self.session is None or self._current is None:
            self.changes.clear()
            return
        if version.uuid not in self._parsed:
            try:
                self._parsed[version.uuid] = self.session.canvas.version_snapshot(version.uuid)
            except (KeyError, ValueError):
                self._parsed[version.uuid] = None
        old = self._parsed[version.uuid]
        if old is None:
            self.changes.setText(
                QCoreApplication.translate(
                    "VersionsPanel",
                    "This version cannot be read; it may come from a newer ciworkshop.",
                )
            )
            return
        self.changes.setText(comparison_text(compare(old, self._current)))

    def _show_selected(self) -> None:
        uuid = self.selected_uuid()
        if uuid is not None:
            self.show_requested.emit(uuid)

    def freeze(self) -> None:
        session = self.session
        if session is None or session.read_only:
            return
        dialog = VersionDialog(
            VersionDraft(label="", agreed_on=date.today().isoformat()), parent=self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            session.push(cmd.freeze_version(session, dialog.draft()))

    def delete_selected(self) -> None:
        session, version = self.session, self.selected_version()
        if session is not None and not session.read_only and version is not None:
            session.push(cmd.delete_version(session, version))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.intro.setText(
            QCoreApplication.translate(
                "VersionsPanel",
                "Freeze the canvas once the room has agreed on it. A frozen version keeps "
                "that state, so later rounds can see what changed since.",
            )
        )
        self.freeze_button.setText(
            QCoreApplication.translate("VersionsPanel", "Freeze the current canvas…")
        )
        self.show_button.setText(QCoreApplication.translate("VersionsPanel", "Show on the canvas"))
        self.delete_button.setText(QCoreApplication.translate("VersionsPanel", "Delete version"))
        self.changes_title.setText(
            QCoreApplication.translate("VersionsPanel", "Changed since then")
        )
        if self._current is not None:
            self.list.clear()  # rebuilt below, with the dates in the new language
            self.set_data(self._versions, self._current)
        else:
            self._update()
