"""The "Ablauf" tab of a session (the agenda with planned and actual times) and the live
bar the workspace shows above all tabs (what runs now, the countdown, start/next/end).

Both read ``session.events`` and write through :mod:`ciworkshop.ui.event_commands`, so
every step is undoable; the live-run steps record actual start and end times (UTC in the
file, local time on screen). The clock is an attribute (``clock``) so tests can drive the
countdown without waiting.

Keys of the agenda table: Insert puts the cursor into the quick line ("Title, minutes" +
Enter adds an item at the end), Enter/F2 edits, Delete deletes, Ctrl+Up/Down move, Ctrl+Enter
starts the selected item. The live bar's actions are ``start_action`` (F8 while nothing
runs), ``next_action`` (F8 while an item runs) and ``finish_action`` (Shift+F8). F8 rather
than Ctrl+Right: Ctrl+arrows already move cards and goals on the boards.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ciworkshop.domain.event_rules import PLANNED_MINUTES_MAX, check_agenda_item
from ciworkshop.domain.events import (
    WARNING_SECONDS,
    AgendaItem,
    AgendaItemDraft,
    LiveRun,
    Session,
    live_run,
    parse_timestamp,
    planned_end_time,
)
from ciworkshop.services.changes import Changes, Entity
from ciworkshop.ui import event_commands as cmd
from ciworkshop.ui import icons
from ciworkshop.ui.agenda_templates import AgendaTemplate, load_templates, save_template
from ciworkshop.ui.dialogs.canvas import PROBLEM_COLOUR
from ciworkshop.ui.dialogs.events import AgendaItemDialog, TemplateNameDialog, format_minutes
from ciworkshop.ui.errors import problem_text
from ciworkshop.ui.i18n import translate
from ciworkshop.ui.settings import Settings
from ciworkshop.ui.views.session_panel import SessionPanel

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex

#: Minutes of an item added by the quick line without a number.
DEFAULT_MINUTES = 10
#: What "+5 min" in the live bar adds to the running item.
EXTEND_MINUTES = 5
#: Narrower than this (a 1024 px screen with the session list beside it), the live bar's
#: buttons show their icons only: what runs now keeps the room to be read.
LIVE_BAR_COMPACT_WIDTH = 950

RUNNING_BACKGROUND = "#E0F2F1"
RUNNING_TEXT = "#00695C"
DONE_TEXT = "#78909C"
LATE_TEXT = "#C62828"


def system_clock() -> datetime:
    return datetime.now(UTC)


def local_clock_time(stamp: str) -> str:
    """A file timestamp as the local time of day (``HH:MM``), ``""`` for none."""
    moment = parse_timestamp(stamp)
    return "" if moment is None else moment.astimezone().strftime("%H:%M")


def key_text(action: QAction) -> str:
    """The action's first shortcut as the platform writes it ("Strg+Hoch" in German)."""
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def with_key(text: str, action: QAction) -> str:
    """A tooltip that names the action's shortcut, if it has one."""
    key = key_text(action)
    return f"{text} ({key})" if key else text


def countdown_text(remaining_seconds: int) -> str:
    """``mm:ss`` left, or ``+mm:ss`` over time (minutes may pass 59: "75:00")."""
    over = remaining_seconds < 0
    minutes, seconds = divmod(abs(remaining_seconds), 60)
    return f"{'+' if over else ''}{minutes:02d}:{seconds:02d}"


_QUICK_MINUTES = re.compile(
    r"^(?P<title>.*?),\s*(?P<minutes>-?\d+)\s*(?:min\.?|minuten|minutes|m|')?\s*$",
    re.IGNORECASE | re.DOTALL,
)


def parse_quick_item(text: str) -> AgendaItemDraft:
    """What the quick line means: "Pause, 15" → "Pause" for 15 minutes. Without a number
    after the last comma the whole text is the title, planned for DEFAULT_MINUTES."""
    found = _QUICK_MINUTES.match(text.strip())
    if found is None:
        return AgendaItemDraft(title=text.strip(), planned_minutes=DEFAULT_MINUTES)
    return AgendaItemDraft(title=found["title"].strip(), planned_minutes=int(found["minutes"]))


# ---------------------------------------------------------------- model
class AgendaTableModel(QAbstractTableModel):
    """The agenda items of one session with planned and actual times and their state."""

    NUMBER, TITLE, MINUTES, PLANNED, STARTED, ENDED, TOOK, STATE = range(8)

    def __init__(self) -> None:
        super().__init__()
        self._items: list[AgendaItem] = []
        self._starts: dict[str, str] = {}
        self._running: str | None = None
        self._next: str | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, items: Sequence[AgendaItem], starts: dict[str, str], live: LiveRun) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._starts = dict(starts)
        self._running = live.running.uuid if live.running else None
        self._next = live.next_item.uuid if live.next_item else None
        self.endResetModel()

    def items(self) -> list[AgendaItem]:
        return list(self._items)

    def item(self, row: int) -> AgendaItem:
        return self._items[row]

    def row_of(self, uuid: str | None) -> int:
        return next((r for r, i in enumerate(self._items) if i.uuid == uuid), -1)

    def state(self, item: AgendaItem) -> str:
        """ "running", "done", "next" or "planned"."""
        if item.uuid == self._running:
            return "running"
        if item.is_done:
            return "done"
        return "next" if item.uuid == self._next else "planned"

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 8:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                "#",
                QCoreApplication.translate("AgendaPanel", "Agenda item"),
                QCoreApplication.translate("AgendaPanel", "Min."),
                QCoreApplication.translate("AgendaPanel", "Planned"),
                QCoreApplication.translate("AgendaPanel", "Started"),
                QCoreApplication.translate("AgendaPanel", "Ended"),
                QCoreApplication.translate("AgendaPanel", "Took"),
                QCoreApplication.translate("AgendaPanel", "State"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                QCoreApplication.translate("AgendaPanel", "Position"),
                None,
                QCoreApplication.translate("AgendaPanel", "Planned minutes"),
                QCoreApplication.translate("AgendaPanel", "Planned start"),
                QCoreApplication.translate("AgendaPanel", "Actual start"),
                QCoreApplication.translate("AgendaPanel", "Actual end"),
                QCoreApplication.translate("AgendaPanel", "How long it actually took"),
                None,
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item, column = self._items[index.row()], index.column()
        state = self.state(item)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column, state)
        if role == UUID_ROLE:
            return item.uuid
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return item.title
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TOOK:
            return self._took_tooltip(item)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.TITLE:
            if column in (self.NUMBER, self.MINUTES, self.TOOK):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and state == "running":
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole and state == "running":
            return QBrush(QColor(RUNNING_BACKGROUND))
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.TOOK and self._over(item):
                return QBrush(QColor(LATE_TEXT))
            if state == "running":
                return QBrush(QColor(RUNNING_TEXT))
            if state == "done":
                return QBrush(QColor(DONE_TEXT))
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATE:
            name = {"running": "live_start", "done": "consent_yes", "next": "next"}.get(state)
            return icons.icon(name) if name else None
        return None

    def _display(self, item: AgendaItem, column: int, state: str) -> str:
        if column == self.NUMBER:
            return str(item.position + 1)
        if column == self.TITLE:
            return " ".join(item.title.split())
        if column == self.MINUTES:
            return str(item.planned_minutes)
        if column == self.PLANNED:
            return self._starts.get(item.uuid, "")
        if column == self.STARTED:
            return local_clock_time(item.started_at)
        if column == self.ENDED:
            return local_clock_time(item.ended_at)
        if column == self.TOOK:
            seconds = item.actual_seconds()
            return "" if seconds is None else format_minutes(round(seconds / 60))
        return {
            "running": QCoreApplication.translate("AgendaPanel", "running"),
            "done": QCoreApplication.translate("AgendaPanel", "done"),
            "next": QCoreApplication.translate("AgendaPanel", "next"),
            "planned": QCoreApplication.translate("AgendaPanel", "planned"),
        }[state]

    @staticmethod
    def _over(item: AgendaItem) -> bool:
        seconds = item.actual_seconds()
        return seconds is not None and round(seconds / 60) > item.planned_minutes

    def _took_tooltip(self, item: AgendaItem) -> str | None:
        seconds = item.actual_seconds()
        if seconds is None:
            return None
        difference = round(seconds / 60) - item.planned_minutes
        if difference > 0:
            return QCoreApplication.translate(
                "AgendaPanel", "{minutes} min longer than planned"
            ).format(minutes=difference)
        if difference < 0:
            return QCoreApplication.translate(
                "AgendaPanel", "{minutes} min shorter than planned"
            ).format(minutes=-difference)
        return QCoreApplication.translate("AgendaPanel", "as planned")


class _AgendaTable(QTableView):
    """Enter (and a double click) edits the current item; the rest are actions."""

    edit_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.doubleClicked.connect(lambda _index: self.edit_requested.emit())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() == Qt.KeyboardModifier.NoModifier
            or event.modifiers() == Qt.KeyboardModifier.KeypadModifier
        ):
            self.edit_requested.emit()
            return
        super().keyPressEvent(event)


class _QuickLine(QLineEdit):
    """The "Title, minutes" line; Escape hands the focus back to the table."""

    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


# ---------------------------------------------------------------- agenda tab
class AgendaPanel(SessionPanel):
    """The agenda of one session: add, edit, reorder, delete, start an item, save the
    agenda as a template of the session's format (needs ``settings``)."""

    def __init__(self, parent: QWidget | None = None, *, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaPanel")
        self.settings = settings
        self.clock: Callable[[], datetime] = system_clock
        self._session_info: Session | None = None

        self.model = AgendaTableModel()
        self.table = _AgendaTable()
        self.table.setObjectName("agendaTable")
        self.table.setModel(self.model)
        font = self.table.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.table.setFont(font)
        self.table.verticalHeader().setDefaultSectionSize(
            int(self.table.fontMetrics().height() * 1.9)
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AgendaTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("agendaSummary")
        summary_font = self.summary_label.font()
        summary_font.setPointSizeF(summary_font.pointSizeF() * 1.15)
        summary_font.setBold(True)
        self.summary_label.setFont(summary_font)
        self.notice_label = QLabel()
        self.notice_label.setObjectName("agendaNotice")
        self.notice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_label.setStyleSheet(f"color: {RUNNING_TEXT};")
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(8000)
        self._notice_timer.timeout.connect(self.notice_label.clear)

        self.quick_edit = _QuickLine()
        self.quick_edit.setObjectName("agendaQuickEdit")
        self.quick_edit.setClearButtonEnabled(True)
        self.quick_edit.addAction(icons.icon("add"), QLineEdit.ActionPosition.LeadingPosition)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("agendaProblem")
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        self.problem_label.hide()
        self.empty_label = QLabel()
        self.empty_label.setObjectName("agendaEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setStyleSheet("color: palette(dark); padding: 24px;")

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("agendaToolbar")
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_action = self._action("add", "Insert", self.focus_quick_line, panel_wide=True)
        self.edit_action = self._action("edit", "F2", self.edit_current)
        self.delete_action = self._action(
            "delete", QKeySequence.StandardKey.Delete, self.delete_current
        )
        self.move_up_action = self._action("move_up", "Ctrl+Up", lambda: self.move_current(-1))
        self.move_down_action = self._action("move_down", "Ctrl+Down", lambda: self.move_current(1))
        self.start_action = self._action("live_start", "Ctrl+Return", self.start_current)
        self.start_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.save_template_action = self._action("template_save", None, self.save_as_template)
        for action in (self.add_action, self.edit_action, self.delete_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.move_up_action)
        self.toolbar.addAction(self.move_down_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.start_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(self.save_template_action)

        head = QHBoxLayout()
        head.setContentsMargins(4, 0, 4, 0)
        head.addWidget(self.summary_label)
        head.addStretch(1)
        head.addWidget(self.notice_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(6)
        layout.addWidget(self.toolbar)
        layout.addLayout(head)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.quick_edit)
        layout.addWidget(self.problem_label)

        self.table.edit_requested.connect(self.edit_current)
        # Keys and clicks move the current row; the actions follow the selected item.
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.quick_edit.returnPressed.connect(self.add_from_quick_line)
        self.quick_edit.textChanged.connect(self._on_quick_edit_text_changed)
        self.quick_edit.escaped.connect(self.table.setFocus)
        self.setFocusProxy(self.table)
        self.retranslate_ui()
        self.reload()

    def _action(
        self,
        icon: str,
        shortcut: str | QKeySequence.StandardKey | None,
        slot: Callable[[], object],
        *,
        panel_wide: bool = False,
    ) -> QAction:
        action = QAction(icons.icon(icon), "", self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        # Table keys only act in the table: Delete in the quick line deletes a character.
        if panel_wide:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        else:
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.table.addAction(action)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def set_settings(self, settings: Settings | None) -> None:
        """Where "Save as template" stores templates (None: the action is disabled)."""
        self.settings = settings
        self._update_actions()

    # ------------------------------------------------------------ data
    def reload(self) -> None:
        session, uuid = self.session, self.session_uuid
        current = self.current_uuid()
        info = session.events.session(uuid) if session is not None and uuid else None
        self._session_info = info
        if session is None or info is None:
            self.model.set_rows([], {}, LiveRun())
        else:
            items = session.events.agenda(info.uuid)
            self.model.set_rows(
                items,
                session.events.planned_starts(info.uuid),
                live_run(items, self.clock()),
            )
        self._select(current)
        self._update_summary()
        self._update_actions()

    def on_events_changed(self, changes: Changes) -> None:
        if changes.entities & {Entity.AGENDA_ITEM, Entity.SESSION}:
            self.reload()

    def items(self) -> list[AgendaItem]:
        return self.model.items()

    def current_item(self) -> AgendaItem | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            return None
        return self.model.item(index.row())

    def current_uuid(self) -> str | None:
        item = self.current_item()
        return item.uuid if item else None

    def select_item(self, uuid: str) -> None:
        self._select(uuid)

    def _select(self, uuid: str | None) -> None:
        row = self.model.row_of(uuid)
        if row < 0:
            return
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, AgendaTableModel.TITLE))
        self.table.scrollTo(self.model.index(row, 0))
        self._update_actions()

    def _update_summary(self) -> None:
        info, items = self._session_info, self.model.items()
        has_items = bool(items)
        if not has_items and self.table.hasFocus():
            self.quick_edit.setFocus()  # the last item was deleted: type the next one
        # An empty agenda shows a hint instead of the table; typing starts in the quick line.
        self.setFocusProxy(self.table if has_items else self.quick_edit)
        self.table.setVisible(has_items or info is None)
        self.empty_label.setVisible(info is not None and not has_items)
        if info is None or not items:
            self.summary_label.setText("")
            return
        minutes = [i.planned_minutes for i in items]
        total = format_minutes(sum(minutes))
        end = planned_end_time(info.start_time, minutes)
        if end:
            text = self.tr("Planned: {duration}, ending {time}").format(duration=total, time=end)
        else:
            text = self.tr("Planned: {duration} (no start time set)").format(duration=total)
        self.summary_label.setText(text)

    def _update_actions(self) -> None:
        writable = not self.read_only and self._session_info is not None
        item = self.current_item()
        row = self.model.row_of(item.uuid) if item else -1
        self.add_action.setEnabled(writable)
        self.quick_edit.setEnabled(writable)
        self.edit_action.setEnabled(writable and item is not None)
        self.delete_action.setEnabled(writable and item is not None)
        self.move_up_action.setEnabled(writable and row > 0)
        self.move_down_action.setEnabled(writable and 0 <= row < self.model.rowCount() - 1)
        self.start_action.setEnabled(
            writable and item is not None and self.model.state(item) != "running"
        )
        self.save_template_action.setEnabled(
            self.settings is not None and self._session_info is not None and bool(self.items())
        )

    def show_notice(self, text: str) -> None:
        self.notice_label.setText(text)
        self._notice_timer.start()

    # ------------------------------------------------------------ gestures
    def focus_quick_line(self) -> None:
        if self.quick_edit.isEnabled():
            self.quick_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.quick_edit.selectAll()

    def add_from_quick_line(self) -> None:
        """Add what the quick line says at the end; a refused line keeps its text."""
        session, info = self.session, self._session_info
        if session is None or info is None or session.read_only:
            return
        text = self.quick_edit.text()
        if not text.strip():
            return
        draft = parse_quick_item(text)
        problems = check_agenda_item(draft)
        if problems:
            self.problem_label.setText(problem_text(problems[0]))
            self.problem_label.show()
            return
        command = cmd.add_agenda_item(session, info.uuid, draft)
        if session.push(command):
            self.quick_edit.clear()
            if command.uuid:
                self._select(command.uuid)

    def finish_editing(self) -> bool:
        """An item typed in the quick line but not yet added is added now (before
        switching session or closing); refused text stays there with the reason."""
        if self.quick_edit.text().strip() and not self.read_only and self._session_info:
            self.add_from_quick_line()
            return not self.quick_edit.text().strip()
        return True

    def _on_quick_edit_text_changed(self, _text: str) -> None:
        self.problem_label.hide()

    def edit_current(self) -> None:
        session, item = self.session, self.current_item()
        if session is None or session.read_only or item is None:
            return
        dialog = AgendaItemDialog(item.to_draft(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        after = dialog.draft()
        after = AgendaItemDraft(title=after.title.strip(), planned_minutes=after.planned_minutes)
        if after != item.to_draft():
            session.push(cmd.edit_agenda_item(session, item, after))
        self._select(item.uuid)

    def move_current(self, step: int) -> None:
        session, item = self.session, self.current_item()
        if session is None or session.read_only or item is None:
            return
        position = item.position + step
        if not 0 <= position < self.model.rowCount():
            return
        session.push(cmd.move_agenda_item(session, item, position))
        self._select(item.uuid)

    def delete_current(self) -> None:
        session, item = self.session, self.current_item()
        if session is None or session.read_only or item is None:
            return
        cards = len(session.events.board(item.uuid).cards())
        if cards:
            answer = QMessageBox.question(
                self,
                self.tr("Delete agenda item"),
                AgendaPanel.tr(
                    "“{title}” has %n card(s) on its pinboard. Deleting the item deletes its "
                    "pinboard too. You can undo this with Ctrl+Z.",
                    "",
                    cards,
                ).format(title=item.title),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        row = self.model.row_of(item.uuid)
        if session.push(cmd.delete_agenda_item(session, item)) and self.model.rowCount():
            following = self.model.item(min(row, self.model.rowCount() - 1))
            self._select(following.uuid)

    def start_current(self) -> None:
        """Start the selected item now (one that ran before resumes)."""
        session, item = self.session, self.current_item()
        if session is None or session.read_only or item is None:
            return
        if self.model.state(item) != "running":
            session.push(cmd.start_item(session, item, now=self.clock()))
        self._select(item.uuid)

    def save_as_template(self) -> None:
        """Save titles and minutes as a template of the session's format, by name."""
        settings, info, items = self.settings, self._session_info, self.items()
        if settings is None or info is None or not items:
            return
        existing = [t.name for t in load_templates(settings) if t.format is info.format]
        dialog = TemplateNameDialog(
            info.title,
            session_format=info.format,
            items=[i.to_draft() for i in items],
            existing=existing,
            parent=self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        template = AgendaTemplate(
            name=dialog.name(), format=info.format, items=tuple(i.to_draft() for i in items)
        )
        save_template(settings, template)
        self.show_notice(
            self.tr("Saved as template “{name}” for “{format}”.").format(
                name=template.name, format=translate(info.format.label)
            )
        )

    # ------------------------------------------------------------ language
    def retranslate_ui(self) -> None:
        texts = (
            (self.add_action, self.tr("Add item"), self.tr("Add an agenda item")),
            (self.edit_action, self.tr("Edit…"), self.tr("Edit title and minutes (also Enter)")),
            (self.delete_action, self.tr("Delete"), self.tr("Delete the item")),
            (self.move_up_action, self.tr("Up"), self.tr("Move up")),
            (self.move_down_action, self.tr("Down"), self.tr("Move down")),
            (self.start_action, self.tr("Start this item"), self.tr("Start the selected item now")),
            (
                self.save_template_action,
                self.tr("Save as template…"),
                self.tr("Offer this agenda when creating sessions of this format"),
            ),
        )
        for action, text, tip in texts:
            action.setText(text)
            action.setToolTip(with_key(tip, action))
        self.quick_edit.setPlaceholderText(
            self.tr("New item: title, minutes – e.g. “Coffee break, 15” – then Enter")
        )
        self.empty_label.setText(
            self.tr(
                "No agenda items yet.\nType “title, minutes” in the line below and press Enter."
            )
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 7)
        self._update_summary()


# ---------------------------------------------------------------- live bar
class ElidedLabel(QLabel):
    """Plain text whose lines end in "…" when the label is too narrow, instead of being
    cut off mid-letter; ``text()`` keeps the whole text. It takes the width it gets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = self.contentsRect()
        metrics = self.fontMetrics()
        shown = "\n".join(
            metrics.elidedText(line, Qt.TextElideMode.ElideRight, rect.width())
            for line in self.text().split("\n")
        )
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            rect,
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            shown,
            self.foregroundRole(),
        )


class LiveBar(SessionPanel):
    """What runs now: title, countdown, warning and overrun, progress, what comes next,
    and the steps Start / Next / End (plus "+5 min" for the running item).

    ``running_item_changed(uuid)`` fires when another item starts running ("" for none),
    so the workspace can show its board. The QTimer ticks once a second only while an item
    runs; ``tick()`` does what one tick does. ``clock`` returns the current (aware) time.
    """

    running_item_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.clock: Callable[[], datetime] = system_clock
        self.warning_seconds = WARNING_SECONDS
        self.state = "none"  # none, empty, ready, running, warning, overrun, finished
        self.live = LiveRun()
        self._items: list[AgendaItem] = []
        self._running_uuid = ""
        self._styled = ""  # the state the colours were last set for
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)

        self.icon_label = QLabel()
        self.icon_label.setObjectName("liveIcon")
        self.icon_label.setFixedSize(36, 36)
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.kicker_label = QLabel()
        self.kicker_label.setObjectName("liveKicker")
        self.kicker_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label = ElidedLabel()
        self.title_label.setObjectName("liveTitle")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.next_label = ElidedLabel()
        self.next_label.setObjectName("liveNext")
        self.next_label.setTextFormat(Qt.TextFormat.PlainText)
        self.next_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.countdown_label = QLabel()
        self.countdown_label.setObjectName("liveCountdown")
        self.countdown_label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.caption_label = QLabel()
        self.caption_label.setObjectName("liveCaption")
        self.caption_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("liveProgress")
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)

        self.start_action = self._action("live_start", "F8", self.start)
        self.next_action = self._action("live_next", "F8", self.advance)
        self.finish_action = self._action("live_finish", "Shift+F8", self.finish)
        self.extend_action = self._action("live_extend", None, self.extend)
        self.start_button = self._button(self.start_action, "liveStartButton")
        self.next_button = self._button(self.next_action, "liveNextButton")
        self.finish_button = self._button(self.finish_action, "liveFinishButton")
        self.extend_button = self._button(self.extend_action, "liveExtendButton")

        self._set_fonts()
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.kicker_label)
        text.addWidget(self.title_label)
        text.addWidget(self.next_label)
        clock = QVBoxLayout()
        clock.setSpacing(0)
        clock_row = QHBoxLayout()
        clock_row.setSpacing(10)
        clock_row.addWidget(self.countdown_label)
        clock_row.addWidget(self.caption_label)
        clock.addLayout(clock_row)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        for button in (
            self.start_button,
            self.next_button,
            self.extend_button,
            self.finish_button,
        ):
            buttons.addWidget(button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(14)
        layout.addWidget(self.icon_label)
        layout.addLayout(text, 1)
        layout.addLayout(clock)
        layout.addWidget(self.progress_label)
        layout.addLayout(buttons)
        self.retranslate_ui()
        self.reload()

    def _action(self, icon: str, shortcut: str | None, slot: Callable[[], object]) -> QAction:
        action = QAction(icons.icon(icon), "", self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            # Steered from anywhere in the window, not only from the bar; once the main
            # window puts the actions into a menu they work on every page.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    @staticmethod
    def _button(action: QAction, name: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setIconSize(QSize(18, 18))
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        style = (
            Qt.ToolButtonStyle.ToolButtonIconOnly
            if self.width() < LIVE_BAR_COMPACT_WIDTH
            else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        )
        # Narrow, the steps show their icons (the tooltips name step and key; the bar says
        # "Start with F8"): the title of what runs or comes next keeps the room.
        for button in (self.start_button, self.next_button, self.extend_button, self.finish_button):
            button.setToolButtonStyle(style)

    def _set_fonts(self) -> None:
        base = self.font().pointSizeF()
        kicker = QFont(self.font())
        kicker.setPointSizeF(base * 0.9)
        kicker.setBold(True)
        self.kicker_label.setFont(kicker)
        self.progress_label.setFont(kicker)
        title = QFont(self.font())
        title.setPointSizeF(base * 1.35)
        title.setBold(True)
        self.title_label.setFont(title)
        countdown = QFont(self.font())
        countdown.setPointSizeF(base * 2.5)
        countdown.setBold(True)
        self.countdown_label.setFont(countdown)
        self.countdown_label.setMinimumWidth(
            self.countdown_label.fontMetrics().horizontalAdvance("+00:00") + 8
        )
        caption = QFont(self.font())
        caption.setPointSizeF(base * 1.1)
        caption.setBold(True)
        self.caption_label.setFont(caption)

    # ------------------------------------------------------------ data
    def reload(self) -> None:
        session, uuid = self.session, self.session_uuid
        self._items = session.events.agenda(uuid) if session is not None and uuid else []
        self.tick()

    def on_events_changed(self, changes: Changes) -> None:
        if changes.entities & {Entity.AGENDA_ITEM, Entity.SESSION}:
            self.reload()

    def tick(self) -> None:
        """Recompute the live state at ``clock()`` and show it (once a second while running)."""
        self.live = live_run(self._items, self.clock(), warning_seconds=self.warning_seconds)
        self.state = self._state_of(self.live)
        self._update_actions()
        self._show()
        running = self.live.running.uuid if self.live.running else ""
        if running and not self.timer.isActive():
            self.timer.start()
        elif not running and self.timer.isActive():
            self.timer.stop()
        if running != self._running_uuid:
            self._running_uuid = running
            self.running_item_changed.emit(running)

    def _state_of(self, live: LiveRun) -> str:
        if self.session is None or self.session_uuid is None:
            return "none"
        if not live.total_count:
            return "empty"
        if live.running is None:
            return "finished" if live.next_item is None else "ready"
        if live.overrun:
            return "overrun"
        return "warning" if live.warning else "running"

    def running_item(self) -> AgendaItem | None:
        return self.live.running

    # ------------------------------------------------------------ showing
    def _show(self) -> None:
        live, state = self.live, self.state
        colours = {
            "running": ("#E0F2F1", "#4DB6AC", "#00695C"),
            "warning": ("#FFF3E0", "#FB8C00", "#E65100"),
            "overrun": ("#FFEBEE", "#E53935", "#B71C1C"),
        }
        background, border, accent = colours.get(state, ("#F5F7F8", "#CFD8DC", "#455A64"))
        if state != self._styled:
            # Restyling costs a polish of every child: only when the state changes.
            self._styled = state
            self.setStyleSheet(
                f"#liveBar {{ background: {background}; border: 1px solid {border}; "
                f"border-radius: 10px; }}"
                f"#liveCountdown, #liveCaption, #liveKicker, #liveProgress {{ color: {accent}; }}"
                "#liveNext { color: #546E7A; }"
            )
            icon_name = {"warning": "warning", "overrun": "live_overrun"}.get(state, "live_timer")
            self.icon_label.setPixmap(icons.colored_icon(icon_name, accent).pixmap(QSize(30, 30)))
        self.icon_label.setVisible(state != "none")
        running, following = live.running, live.next_item
        ordered = sorted(self._items, key=lambda i: i.position)
        total = len(ordered)

        if state in ("running", "warning", "overrun") and running is not None:
            number = next((n for n, i in enumerate(ordered, 1) if i.uuid == running.uuid), 0)
            self.kicker_label.setText(self.tr("NOW"))
            self.title_label.setText(" ".join(running.title.split()))
            self.next_label.setText(
                self.tr("Then: {title}").format(title=" ".join(following.title.split()))
                if following is not None
                else self.tr("Then: end of the agenda")
            )
            self.countdown_label.setText(countdown_text(live.remaining_seconds))
            self.caption_label.setText(self._caption(state, running, live.remaining_seconds))
            self.progress_label.setText(
                self.tr("{number} of {total}").format(number=number, total=total)
            )
        elif state == "ready" and following is not None:
            self.kicker_label.setText(
                self.tr("NOT STARTED") if not live.done_count else self.tr("PAUSED")
            )
            self.title_label.setText(
                self.tr("Next: {title}").format(title=" ".join(following.title.split()))
            )
            self.next_label.setText(
                self.tr("Start with {key}").format(key=key_text(self.start_action))
                if self.start_action.isEnabled()
                else ""
            )
            self.countdown_label.setText(countdown_text(following.planned_minutes * 60))
            self.caption_label.setText(self.tr("planned"))
            self.progress_label.setText(
                self.tr("{done} of {total} done").format(done=live.done_count, total=total)
            )
        elif state == "finished":
            self.kicker_label.setText(self.tr("FINISHED"))
            self.title_label.setText(self.tr("Every agenda item is done."))
            last_end = max((i.ended_at for i in ordered), default="")
            self.next_label.setText(
                self.tr("Ended at {time}").format(time=local_clock_time(last_end))
                if last_end
                else ""
            )
            self.countdown_label.setText("")
            self.caption_label.setText("")
            self.progress_label.setText(
                self.tr("{done} of {total} done").format(done=live.done_count, total=total)
            )
        else:
            self.kicker_label.setText(self.tr("LIVE RUN") if state == "empty" else "")
            self.title_label.setText(self.tr("No agenda items yet.") if state == "empty" else "")
            self.next_label.setText(
                self.tr("Plan the agenda on the Agenda tab.") if state == "empty" else ""
            )
            self.countdown_label.setText("")
            self.caption_label.setText("")
            self.progress_label.setText("")
        self.countdown_label.setVisible(bool(self.countdown_label.text()))
        self.caption_label.setVisible(bool(self.caption_label.text()))
        self.setToolTip(
            " ".join(
                t
                for t in (
                    self.title_label.text(),
                    self.countdown_label.text(),
                    self.caption_label.text(),
                )
                if t
            )
        )

    def _caption(self, state: str, running: AgendaItem, remaining: int) -> str:
        if state == "overrun":
            return self.tr("over time")
        if state == "warning":
            minutes = math.ceil(remaining / 60)
            if minutes <= 0:
                return self.tr("time is up")
            return LiveBar.tr("%n minute(s) left", "", minutes)
        return self.tr("of {duration}").format(duration=format_minutes(running.planned_minutes))

    def _update_actions(self) -> None:
        writable = self.session is not None and not self.session.read_only
        running = self.live.running is not None
        # Start and Next share F8: only one of them is enabled at a time.
        self.start_action.setEnabled(writable and not running and self.live.next_item is not None)
        self.next_action.setEnabled(writable and running)
        self.finish_action.setEnabled(writable and running)
        self.extend_action.setEnabled(
            writable
            and running
            and self.live.running is not None
            and self.live.running.planned_minutes + EXTEND_MINUTES <= PLANNED_MINUTES_MAX
        )
        self.start_button.setVisible(not running)
        for button in (self.next_button, self.extend_button, self.finish_button):
            button.setVisible(running)
        following = self.live.next_item
        self.next_action.setToolTip(
            with_key(
                self.tr("End this item and start “{title}”").format(title=following.title)
                if following is not None
                else self.tr("End the last item"),
                self.next_action,
            )
        )
        self.start_action.setToolTip(
            with_key(
                self.tr("Start “{title}” now").format(title=following.title), self.start_action
            )
            if following is not None
            else ""
        )

    # ------------------------------------------------------------ steps
    def start(self) -> None:
        """Start the next item not yet started."""
        session, following = self.session, self.live.next_item
        if session is None or session.read_only or self.live.running is not None:
            return
        if following is not None:
            session.push(cmd.start_item(session, following, now=self.clock()))

    def advance(self) -> None:
        """End the running item and start the next one (at the end: only end it)."""
        session, uuid = self.session, self.session_uuid
        if session is None or session.read_only or uuid is None or self.live.running is None:
            return
        session.push(cmd.advance(session, uuid, now=self.clock()))

    def finish(self) -> None:
        """End the running item without starting another (a break, or the end)."""
        session, running = self.session, self.live.running
        if session is None or session.read_only or running is None:
            return
        session.push(cmd.finish_item(session, running, now=self.clock()))

    def extend(self) -> None:
        """Give the running item five more minutes."""
        session, running = self.session, self.live.running
        if session is None or session.read_only or running is None:
            return
        minutes = running.planned_minutes + EXTEND_MINUTES
        if minutes <= PLANNED_MINUTES_MAX:
            session.push(
                cmd.edit_agenda_item(
                    session, running, AgendaItemDraft(running.title, planned_minutes=minutes)
                )
            )

    # ------------------------------------------------------------ language
    def retranslate_ui(self) -> None:
        self.start_action.setText(self.tr("Start"))
        self.next_action.setText(self.tr("Next"))
        self.finish_action.setText(self.tr("End"))
        self.finish_action.setToolTip(
            with_key(self.tr("End this item without starting the next"), self.finish_action)
        )
        self.extend_action.setText(self.tr("+{minutes} min").format(minutes=EXTEND_MINUTES))
        self.extend_action.setToolTip(
            self.tr("Give the running item {minutes} more minutes").format(minutes=EXTEND_MINUTES)
        )
        self.tick()
