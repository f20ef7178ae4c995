"""The "Results" tab of a session: decisions, action items and the parking lot, captured
live by keyboard, plus the open action items carried over from earlier sessions.

Each of the three lists has an entry line on top: type and press Enter to add (a decision
with the default agreement, linked to the agenda item running at that moment; an action
item with just its "what"; a parked question). Down moves from the line into the list,
where Enter (or a double click) opens the dialog for details, Insert opens it for a new
entry, Delete removes (undoable), Space marks an action item done (again: open), and F2
edits a parked question in place. A refused text (too long) stays in its field and the
rule's message is shown in German underneath.

Carried-over items are marked done ("Erledigt", Space) or dropped ("Verworfen", Delete)
with one gesture; that is stored with this session as ``closed_in_session_uuid``, so they
leave the list and show up in the line "Closed in this session" below it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from itertools import pairwise

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ciworkshop.domain import event_rules
from ciworkshop.domain.canvas import Goal, parse_iso_date
from ciworkshop.domain.events import (
    ActionItem,
    ActionItemDraft,
    ActionStatus,
    AgendaItem,
    Decision,
    DecisionDraft,
    ParkingLotItem,
    Session,
)
from ciworkshop.domain.model import Actor, Person
from ciworkshop.domain.rules import FIELD_LIMITS, Problem
from ciworkshop.services.changes import Changes, Entity
from ciworkshop.ui import event_commands, icons
from ciworkshop.ui.dialogs.canvas import PROBLEM_COLOUR
from ciworkshop.ui.dialogs.limits import LimitWatcher
from ciworkshop.ui.dialogs.results import ActionItemDialog, DecisionDialog
from ciworkshop.ui.errors import problem_text
from ciworkshop.ui.formatting import format_date
from ciworkshop.ui.i18n import translate
from ciworkshop.ui.session import DocumentSession
from ciworkshop.ui.views.session_panel import SessionPanel

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOUR = "#B71C1C"
DONE_COLOUR = "#2E7D32"
HINT_COLOUR = "#5F6B73"
#: Below this width (a 1024-pixel screen with the session list beside the tab) buttons
#: show only their icons.
COMPACT_WIDTH = 900
#: The carried-over list takes at most this share of the height when it first appears.
CARRY_OVER_SHARE = 0.3

# What this tab shows; a change to anything else (cards, clusters, dots while the board
# is busy) does not make it read the file again.
_RELEVANT = frozenset(
    {
        Entity.SESSION,
        Entity.AGENDA_ITEM,
        Entity.DECISION,
        Entity.ACTION_ITEM,
        Entity.PARKING_LOT_ITEM,
        Entity.PERSON,
        Entity.ACTOR,
    }
)

_NEXT_STATUS = {
    ActionStatus.OPEN: ActionStatus.DONE,
    ActionStatus.DONE: ActionStatus.OPEN,
    ActionStatus.DROPPED: ActionStatus.OPEN,
}

Index = QModelIndex | QPersistentModelIndex


def _bold(font: QFont, scale: float = 1.0) -> QFont:
    result = QFont(font)
    result.setBold(True)
    if scale != 1.0 and result.pointSizeF() > 0:
        result.setPointSizeF(result.pointSizeF() * scale)
    return result


def _item(text: str, uuid: str | None = None, tooltip: str | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setToolTip(text if tooltip is None else tooltip)
    if uuid is not None:
        item.setData(UUID_ROLE, uuid)
    return item


def _wanted_height(frame: QWidget, view: QAbstractItemView) -> int:
    """How tall ``frame`` would be if ``view`` in it showed every row (at least three)."""
    rows = view.model().rowCount() if view.model() is not None else 0
    heights = [view.sizeHintForRow(row) for row in range(rows)]
    line = view.fontMetrics().height() + 8
    content = sum(heights) + line * max(0, 3 - rows) + 2 * view.frameWidth()
    if isinstance(view, QTableWidget):
        content += view.horizontalHeader().sizeHint().height()
    others = frame.sizeHint().height() - (
        view.sizeHint().height() if view.isVisibleTo(frame) else 0
    )
    return others + content + 4


# ---------------------------------------------------------------- small widgets
class _EntryLine(QLineEdit):
    """The quick-entry line of a list: Enter adds (``returnPressed``), Insert opens the
    dialog with the text typed so far, Down goes to the list."""

    down_pressed = Signal()
    insert_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not event.modifiers() and event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            return
        if not event.modifiers() and event.key() == Qt.Key.Key_Insert:
            self.insert_pressed.emit()
            return
        super().keyPressEvent(event)


class _ResultTable(QTableWidget):
    """Rows of results. Enter/double click: ``activated``; Insert, Delete and Space are
    handed to the panel. The first column's items carry the row's UUID."""

    activated = Signal()
    insert_pressed = Signal()
    delete_pressed = Signal()
    space_pressed = Signal()
    up_from_top = Signal()  # Up on the first row: back to the entry line

    def __init__(self, name: str, stretch_column: int, columns: int) -> None:
        super().__init__(0, columns)
        self.setObjectName(name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        # Rows are sized once per fill and per width change (fit_rows), not by the header's
        # ResizeToContents mode, which measures every row on each change of any cell.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        for column in range(columns):
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column == stretch_column
                else QHeaderView.ResizeMode.Interactive,
            )
        self.doubleClicked.connect(lambda _index: self.activated.emit())
        self._shares: dict[int, float] = {}
        self._fixed: dict[int, int] = {}
        # Wrapped rows change height with their column's width (a window resize, a
        # scroll bar appearing): measure once after a burst of such changes.
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_rows)
        header.sectionResized.connect(lambda *_: self._fit_timer.start())

    def set_column_shares(
        self, shares: dict[int, float], fixed: dict[int, int] | None = None
    ) -> None:
        """Columns other than the stretching one take these shares of the width (at least
        six characters each), or a fixed width in pixels (buttons)."""
        self._shares, self._fixed = shares, dict(fixed or {})
        self._apply_widths()

    def _apply_widths(self) -> None:
        width = self.viewport().width()
        least = 6 * self.fontMetrics().horizontalAdvance("M")
        wanted = {c: max(round(width * share), least) for c, share in self._shares.items()}
        wanted.update(self._fixed)
        for column, pixels in wanted.items():
            if self.columnWidth(column) != pixels:
                self.setColumnWidth(column, pixels)

    def fit_rows(self) -> None:
        """Make every row as tall as its wrapped text."""
        self._fit_timer.stop()
        self.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_widths()

    def current_uuid(self) -> str | None:
        row = self.currentRow()
        item = self.item(row, 0) if row >= 0 else None
        if item is None or not item.isSelected():
            return None
        uuid = item.data(UUID_ROLE)
        return uuid if isinstance(uuid, str) else None

    def uuids(self) -> list[str]:
        found = (self.item(row, 0) for row in range(self.rowCount()))
        return [str(item.data(UUID_ROLE)) for item in found if item is not None]

    def select_uuid(self, uuid: str | None, fallback_row: int = -1) -> None:
        uuids = self.uuids()
        row = uuids.index(uuid) if uuid in uuids else min(fallback_row, len(uuids) - 1)
        if row < 0:
            return
        self.setCurrentCell(row, 0)
        self.selectRow(row)
        self.scrollTo(self.model().index(row, 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        signals = {
            Qt.Key.Key_Return: self.activated,
            Qt.Key.Key_Enter: self.activated,
            Qt.Key.Key_Insert: self.insert_pressed,
            Qt.Key.Key_Delete: self.delete_pressed,
            Qt.Key.Key_Space: self.space_pressed,
        }
        if plain and key in signals:
            signals[Qt.Key(key)].emit()
            return
        if plain and key == Qt.Key.Key_Up and self.currentRow() <= 0:
            self.up_from_top.emit()
            return
        super().keyPressEvent(event)


class _CarryButtons(QStyledItemDelegate):
    """Two buttons painted in each row of the carried-over items, "Done" and "Dropped".

    Painted rather than a widget per row: a network with a long history may carry dozens
    of open items, and hundreds of button widgets made the tab slow to fill. A click is
    reported through ``clicked`` (queued: the table is refilled by what it triggers)."""

    clicked = Signal(str, str)  # action uuid, ActionStatus value

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.texts = {ActionStatus.DONE: "", ActionStatus.DROPPED: ""}
        self.icons = {
            ActionStatus.DONE: icons.colored_icon("action_done", DONE_COLOUR),
            ActionStatus.DROPPED: icons.icon("action_dropped"),
        }
        self.enabled = True
        self.tooltips: dict[ActionStatus, str] = {}
        self._size_key: tuple[str, ...] = ()
        self._size = QSize()

    def _button_width(self, status: ActionStatus, option: QStyleOptionViewItem) -> int:
        metrics = option.fontMetrics
        return metrics.horizontalAdvance(self.texts[status]) + metrics.height() * 2 + 12

    def button_rects(self, option: QStyleOptionViewItem) -> dict[ActionStatus, QRect]:
        height = option.fontMetrics.height() + 10
        top = option.rect.top() + (option.rect.height() - height) // 2
        left = option.rect.left() + 4
        rects = {}
        for status in (ActionStatus.DONE, ActionStatus.DROPPED):
            width = self._button_width(status, option)
            rects[status] = QRect(left, top, width, height)
            left += width + 6
        return rects

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # Asked once per row whenever rows are measured: cache per font and texts.
        key = (option.font.key(), *self.texts.values())
        if key != self._size_key:
            width = sum(self._button_width(s, option) for s in self.texts) + 14
            self._size = QSize(width, option.fontMetrics.height() + 14)
            self._size_key = key
        return self._size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, QModelIndex())  # background and selection only
        style = option.widget.style() if option.widget else QApplication.style()
        size = option.fontMetrics.height()
        for status, rect in self.button_rects(option).items():
            button = QStyleOptionButton()
            button.rect = rect
            button.text = self.texts[status]
            button.icon = self.icons[status]
            button.iconSize = QSize(size, size)
            button.fontMetrics = option.fontMetrics
            button.palette = option.palette
            button.state = QStyle.StateFlag.State_Raised
            if self.enabled:
                button.state |= QStyle.StateFlag.State_Enabled
            style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, option.widget)

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        hit = next(
            (s for s, r in self.button_rects(option).items() if r.contains(event.pos())), None
        )
        if event.type() == QEvent.Type.ToolTip and hit is not None and hit in self.tooltips:
            QToolTip.showText(event.globalPos(), self.tooltips[hit], view)
            return True
        return super().helpEvent(event, view, option, index)

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> bool:
        if not isinstance(event, QMouseEvent) or event.button() != Qt.MouseButton.LeftButton:
            return False
        hit = next(
            (
                s
                for s, r in self.button_rects(option).items()
                if r.contains(event.position().toPoint())
            ),
            None,
        )
        if hit is None:
            return False
        if event.type() == QEvent.Type.MouseButtonRelease and self.enabled:
            uuid = index.sibling(index.row(), 0).data(UUID_ROLE)
            if isinstance(uuid, str):
                self.clicked.emit(uuid, hit.value)
        return True  # a click on a button is not a click on the row


class _ParkingEditor(QLineEdit):
    """The in-place editor of a parked question; remembers which one it edits."""

    def __init__(self, uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uuid = uuid
        self.setObjectName("parkingInlineEditor")


class _ParkingDelegate(QStyledItemDelegate):
    """Edits in a line edit; the model is never written here: the list reports the text
    and the panel pushes the command (the list is then filled again from the file)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        return _ParkingEditor(str(index.data(UUID_ROLE)), parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: object, index: Index) -> None:
        """Nothing: see the class comment."""


class _ParkingList(QListWidget):
    """The parking lot. F2/double click/Enter edit in place; a text the rules refuse
    keeps its editor open (``refused`` says why), so no typed word is lost."""

    edited = Signal(str, str)  # uuid, new text
    cancelled = Signal(str)  # uuid: Escape, nothing saved
    refused = Signal(object)  # the first Problem
    insert_pressed = Signal()
    delete_pressed = Signal()
    up_from_top = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("parkingList")
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setItemDelegate(_ParkingDelegate(self))
        self.read_only = False

    def editor(self) -> _ParkingEditor | None:
        found = self.findChild(_ParkingEditor)
        return found if found is not None and found.isVisible() else None

    def is_editing(self) -> bool:
        return self.state() == QAbstractItemView.State.EditingState

    def current_uuid(self) -> str | None:
        item = self.currentItem()
        if item is None or not item.isSelected():
            return None
        uuid = item.data(UUID_ROLE)
        return uuid if isinstance(uuid, str) else None

    def select_uuid(self, uuid: str | None, fallback_row: int = -1) -> None:
        rows = [str(self.item(r).data(UUID_ROLE)) for r in range(self.count())]
        row = rows.index(uuid) if uuid in rows else min(fallback_row, len(rows) - 1)
        if row >= 0:
            self.setCurrentRow(row)
            self.scrollToItem(self.item(row))

    def edit_current(self) -> None:
        item = self.currentItem()
        if item is not None and not self.read_only:
            self.editItem(item)

    def finish_editing(self) -> bool:
        """Save the open editor; False if its text is refused (it then stays open)."""
        editor = self.editor()
        if editor is None:
            return True
        self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.SubmitModelCache)
        return self.editor() is None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.is_editing():
            super().keyPressEvent(event)
            return
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.edit_current()
            return
        if key == Qt.Key.Key_Insert:
            self.insert_pressed.emit()
            return
        if key == Qt.Key.Key_Delete:
            self.delete_pressed.emit()
            return
        if key == Qt.Key.Key_Up and self.currentRow() <= 0:
            self.up_from_top.emit()
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        if not isinstance(editor, _ParkingEditor):
            super().closeEditor(editor, hint)
            return
        if hint == QAbstractItemDelegate.EndEditHint.RevertModelCache:  # Escape
            super().closeEditor(editor, hint)
            self.cancelled.emit(editor.uuid)
            return
        problems = event_rules.check_parking_lot_text(editor.text())
        if problems:
            self.refused.emit(problems[0])
            editor.setFocus()
            return
        uuid, text = editor.uuid, editor.text()
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        self.edited.emit(uuid, text)


class _Section(QFrame):
    """One list of results: a title with its count, an entry line with its limit hint and
    problem line, buttons, and the list itself."""

    def __init__(self, name: str, field: str, view: _ResultTable | _ParkingList) -> None:
        super().__init__()
        self.setObjectName(f"{name}Section")
        self.title = QLabel()
        self.title.setObjectName(f"{name}Title")
        self.title.setFont(_bold(self.font(), 1.3))
        self.entry = _EntryLine()
        self.entry.setObjectName(f"{name}Entry")
        self.entry.setClearButtonEnabled(True)
        self.entry.setMinimumHeight(self.entry.sizeHint().height() + 6)
        self.title.setBuddy(self.entry)
        self.limit_hint = QLabel()
        self.limit_watcher = LimitWatcher(self.entry, FIELD_LIMITS[field], self.limit_hint)
        self.problem = QLabel()
        self.problem.setObjectName(f"{name}Problem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {PROBLEM_COLOUR}; font-weight: bold;")
        self.problem.hide()
        self.entry.textChanged.connect(lambda _text: self.problem.hide())
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(6)
        self.view = view

        # Title, entry line and buttons share one row: on a 768-pixel-high beamer every
        # line of height goes to the lists.
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.title)
        head.addWidget(self.entry, 1)
        head.addLayout(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.limit_hint)
        layout.addWidget(self.problem)
        layout.addWidget(view, 1)

    def add_button(self, name: str, icon: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(icons.icon(icon), "")
        button.setObjectName(name)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def show_problem(self, problem: Problem) -> None:
        self.problem.setText(problem_text(problem))
        self.problem.show()


# ---------------------------------------------------------------- the panel
class ResultsPanel(SessionPanel):
    """The results of one session (see the module comment). Every edit is a command on
    the session's undo stack; the panel follows ``events_changed`` (and goal changes on
    the canvas, which decisions name) and reads the file again only while it is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsPanel")
        #: The day against which due dates count as overdue (None: today).
        self.today: date | None = None
        self._stale = False
        self._showing = False  # a session was found and is shown
        self._goals: tuple[Goal, ...] | None = None  # read again after a canvas change
        self._agenda: list[AgendaItem] = []
        self._people: dict[str, Person] = {}
        self._actors: dict[str, Actor] = {}
        self._sessions: dict[str, Session] = {}

        # Carried over from earlier sessions.
        self.carry_frame = QFrame()
        self.carry_frame.setObjectName("carryOverFrame")
        self.carry_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.carry_title = QLabel()
        self.carry_title.setObjectName("carryOverTitle")
        self.carry_title.setFont(_bold(self.font(), 1.15))
        self.carry_hint = QLabel()
        self.carry_hint.setStyleSheet(f"color: {HINT_COLOUR};")
        self.carry_table = _ResultTable("carryOverTable", 0, 5)
        self.carry_buttons = _CarryButtons(self.carry_table)
        self.carry_table.setItemDelegateForColumn(4, self.carry_buttons)
        self.carry_buttons.clicked.connect(
            lambda uuid, status: self.close_carried(uuid, ActionStatus(status)),
            Qt.ConnectionType.QueuedConnection,
        )
        self.carry_table.space_pressed.connect(lambda: self._close_carried(ActionStatus.DONE))
        self.carry_table.delete_pressed.connect(lambda: self._close_carried(ActionStatus.DROPPED))
        self.closed_label = QLabel()
        self.closed_label.setObjectName("closedHereLabel")
        self.closed_label.setTextFormat(Qt.TextFormat.PlainText)
        self.closed_label.setWordWrap(True)
        carry_head = QHBoxLayout()
        carry_head.addWidget(self.carry_title)
        carry_head.addStretch(1)
        carry_head.addWidget(self.carry_hint)
        carry_layout = QVBoxLayout(self.carry_frame)
        carry_layout.setContentsMargins(8, 6, 8, 6)
        carry_layout.addLayout(carry_head)
        carry_layout.addWidget(self.carry_table)
        carry_layout.addWidget(self.closed_label)

        # Decisions.
        self.decision_table = _ResultTable("decisionTable", 0, 4)
        self.decision_section = _Section("decisions", "decision_text", self.decision_table)
        self.decision_section.entry.returnPressed.connect(self.add_decision)
        self.decision_section.entry.down_pressed.connect(
            lambda: self._focus_list(self.decision_table)
        )
        self.decision_section.entry.insert_pressed.connect(self.add_decision_with_details)
        self.decision_details_button = self.decision_section.add_button(
            "decisionDetailsButton", "add", self.add_decision_with_details
        )
        self.decision_edit_button = self.decision_section.add_button(
            "decisionEditButton", "edit", self.edit_decision
        )
        self.decision_delete_button = self.decision_section.add_button(
            "decisionDeleteButton", "delete", self.delete_decision
        )
        self.decision_table.activated.connect(self.edit_decision)
        self.decision_table.insert_pressed.connect(self.add_decision_with_details)
        self.decision_table.delete_pressed.connect(self.delete_decision)

        # Action items.
        self.action_table = _ResultTable("actionTable", 0, 4)
        self.action_section = _Section("actions", "action_what", self.action_table)
        self.action_section.entry.returnPressed.connect(self.add_action)
        self.action_section.entry.down_pressed.connect(lambda: self._focus_list(self.action_table))
        self.action_section.entry.insert_pressed.connect(self.add_action_with_details)
        self.action_details_button = self.action_section.add_button(
            "actionDetailsButton", "add", self.add_action_with_details
        )
        self.action_status_button = self.action_section.add_button(
            "actionStatusButton", "action_done", self.toggle_action_done
        )
        self.action_edit_button = self.action_section.add_button(
            "actionEditButton", "edit", self.edit_action
        )
        self.action_delete_button = self.action_section.add_button(
            "actionDeleteButton", "delete", self.delete_action
        )
        self.action_table.activated.connect(self.edit_action)
        self.action_table.insert_pressed.connect(self.add_action_with_details)
        self.action_table.delete_pressed.connect(self.delete_action)
        self.action_table.space_pressed.connect(self.toggle_action_done)

        # Parking lot.
        self.parking_list = _ParkingList()
        self.parking_section = _Section("parking", "parking_lot_text", self.parking_list)
        self.parking_section.entry.returnPressed.connect(self.add_parking_item)
        self.parking_section.entry.down_pressed.connect(lambda: self._focus_list(self.parking_list))
        self.parking_edit_button = self.parking_section.add_button(
            "parkingEditButton", "edit", self.parking_list.edit_current
        )
        self.parking_delete_button = self.parking_section.add_button(
            "parkingDeleteButton", "delete", self.delete_parking_item
        )
        self.parking_list.edited.connect(self._on_parking_list_edited)
        self.parking_list.cancelled.connect(lambda uuid: self._on_parking_list_edited(uuid, None))
        self.parking_list.refused.connect(self.parking_section.show_problem)
        self.parking_list.insert_pressed.connect(self.parking_section.entry.setFocus)
        self.parking_list.delete_pressed.connect(self.delete_parking_item)

        for table in (self.carry_table, self.decision_table, self.action_table):
            table.itemSelectionChanged.connect(self._update_buttons)
        self.parking_list.itemSelectionChanged.connect(self._update_buttons)

        # Decisions and action items side by side on a wide screen would squeeze the
        # texts; stacked, each keeps the full width and the splitter shares the height.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("resultsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(8)
        for widget in (
            self.carry_frame,
            self.decision_section,
            self.action_section,
            self.parking_section,
        ):
            self.splitter.addWidget(widget)
        self._sized = False  # the splitter's shares are set once, when first shown

        # Keyboard path: each entry line, then its list (Down/Up move between them, too).
        chain: list[QWidget] = [self.carry_table]
        for section in (self.decision_section, self.action_section, self.parking_section):
            chain += [section.entry, section.view]
            section.view.up_from_top.connect(section.entry.setFocus)
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 8, 8, 8)
        self._layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.decision_section.entry)
        self.setStyleSheet(
            "#resultsPanel QTableWidget, #resultsPanel QListWidget { font-size: 11pt; }"
            " #resultsPanel QListWidget::item { padding: 4px; }"
            " #resultsPanel QLineEdit { font-size: 11pt; }"
        )
        self.carry_frame.hide()
        self._compact = False
        self._carry_texts: dict[ActionStatus, str] = {}
        self._button_texts: dict[QPushButton, tuple[str, str]] = {}
        self.retranslate_ui()

    # ------------------------------------------------------------ context
    def set_context(self, session: DocumentSession | None, session_uuid: str | None) -> None:
        if self.session is not session:
            if self.session is not None:
                self.session.canvas_changed.disconnect(self._on_canvas_changed)
            if session is not None:
                session.canvas_changed.connect(self._on_canvas_changed)
        self._goals = None
        for section in (self.decision_section, self.action_section, self.parking_section):
            section.problem.hide()
        super().set_context(session, session_uuid)
        # Another session: share the height by its lists again.
        self._sized = False
        if self.isVisible():
            self._share_height()

    def on_events_changed(self, changes: Changes) -> None:
        touched = changes.entities & _RELEVANT
        if not touched:
            return
        if not self.isVisible():
            self._stale = True  # read again when shown
            return
        # While results are captured, only the list that changed is read again.
        partial = {
            Entity.DECISION: self._reload_decisions,
            Entity.ACTION_ITEM: self._reload_actions,
            Entity.PARKING_LOT_ITEM: self._reload_parking,
        }
        # A session deleted meanwhile (or none) is read in full: that clears the lists.
        if self._showing and len(touched) == 1 and next(iter(touched)) in partial:
            partial[next(iter(touched))]()
        else:
            self.reload()

    def _on_canvas_changed(self, changes: Changes) -> None:
        if Entity.GOAL in changes:
            self._goals = None
            self.on_events_changed(Changes.of(Entity.DECISION))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()
        if not self._sized:
            self._share_height()

    def _share_height(self) -> None:
        """Give the lists their first heights: each what its rows need when that fits
        (the carried-over items at most a share), the rest as 3 : 4 : 2 to decisions,
        action items and parking lot; when it does not fit, in proportion to the need."""
        margins = self.contentsMargins() + self._layout.contentsMargins()
        total = self.height() - margins.top() - margins.bottom()
        if total <= 0:
            return
        self._sized = True
        for table in (self.carry_table, self.decision_table, self.action_table):
            table.fit_rows()  # measure with the widths they have now
        carry = 0
        if self.carry_frame.isVisibleTo(self):
            carry = _wanted_height(self.carry_frame, self.carry_table)
            carry = min(carry, round(total * CARRY_OVER_SHARE))
        wants = [
            _wanted_height(section, section.view)
            for section in (self.decision_section, self.action_section, self.parking_section)
        ]
        rest = max(total - carry, 0)
        if sum(wants) <= rest:
            spare = rest - sum(wants)
            sizes = [
                want + spare * weight // 9 for want, weight in zip(wants, (3, 4, 2), strict=True)
            ]
        else:
            sizes = [rest * want // max(sum(wants), 1) for want in wants]
        self.splitter.setSizes([carry, *sizes])

    def finish_editing(self) -> bool:
        """Before switching session or closing: save a parked question being edited in
        place, and what is typed in the entry lines (it belongs to this session, not to
        the next one shown). A refused text stays in its field with the reason."""
        if not self.finish_in_place_editing():
            return False
        for section, add in (
            (self.decision_section, self.add_decision),
            (self.action_section, self.add_action),
            (self.parking_section, self.add_parking_item),
        ):
            if section.entry.text().strip() and self._can_edit():
                add()
                if section.entry.text().strip():
                    return False
        return True

    def finish_in_place_editing(self) -> bool:
        """Before undo: save a parked question being edited in place (undo then acts on
        it). Text in the entry lines is not an entry yet; it stays where it is."""
        return self.parking_list.finish_editing()

    def _current_session(self) -> Session | None:
        if self.session is None or self.session_uuid is None:
            return None
        return self.session.events.session(self.session_uuid)

    def _goal_list(self) -> tuple[Goal, ...]:
        if self._goals is None:
            self._goals = self.session.canvas.snapshot().goals if self.session else ()
        return self._goals

    def _today(self) -> date:
        return self.today or date.today()

    # ------------------------------------------------------------ reading
    def reload(self) -> None:
        if not self.isVisible():
            self._stale = True  # a hidden tab reads the file when it is shown
            return
        self._stale = False
        current = self._current_session()
        editable = current is not None and not self.read_only
        for section in (self.decision_section, self.action_section, self.parking_section):
            section.entry.setVisible(editable)
        self.parking_list.read_only = not editable
        self.parking_list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self.setEnabled(current is not None)
        self._showing = current is not None
        if self.session is None or current is None:
            self._agenda, self._people, self._actors, self._sessions = [], {}, {}, {}
            self._fill_carry_over((), ())
            self._fill_decisions([])
            self._fill_actions([])
            self._fill_parking([])
            self._update_buttons()
            return
        events, uuid = self.session.events, current.uuid
        self._people = {p.uuid: p for p in self.session.service.people()}
        self._actors = {a.uuid: a for a in self.session.service.actors()}
        self._sessions = {s.uuid: s for s in events.sessions()}
        self._agenda = events.agenda(uuid)
        self._reload_actions()
        self._reload_decisions()
        self._reload_parking()

    def _reload_decisions(self) -> None:
        if self.session is not None and self.session_uuid is not None:
            self._fill_decisions(self.session.events.decisions(self.session_uuid))
        self._update_buttons()

    def _reload_actions(self) -> None:
        """This session's action items, the carried-over ones and those closed here."""
        if self.session is not None and self.session_uuid is not None:
            events, uuid = self.session.events, self.session_uuid
            # Items of other sessions that were closed here (see set_action_status).
            closed_here = [
                action
                for other in self._sessions
                if other != uuid
                for action in events.actions(other)
                if action.closed_in_session_uuid == uuid and not action.is_open
            ]
            self._fill_carry_over(events.carry_over(uuid), closed_here)
            self._fill_actions(events.actions(uuid))
        self._update_buttons()

    def _reload_parking(self) -> None:
        # Never pull the text out from under the user: an open editor defers the refill.
        if (
            self.session is not None
            and self.session_uuid is not None
            and not self.parking_list.is_editing()
        ):
            self._fill_parking(self.session.events.parking_lot(self.session_uuid))
        self._update_buttons()

    # ------------------------------------------------------------ display
    def owner_text(self, action: ActionItem) -> str:
        """Who: the person or actor (or "(deleted)" for a link to one deleted since),
        followed by the free text."""
        name = ""
        if action.owner_person_uuid:
            person = self._people.get(action.owner_person_uuid)
            name = person.name if person else self.tr("(deleted)")
        elif action.owner_actor_uuid:
            actor = self._actors.get(action.owner_actor_uuid)
            name = actor.display_name if actor else self.tr("(deleted)")
        return " – ".join(part for part in (name, action.owner_text) if part)

    def _owner_item(self, action: ActionItem) -> QTableWidgetItem:
        text = self.owner_text(action)
        item = _item(text)
        if action.owner_person_uuid:
            known = action.owner_person_uuid in self._people
            item.setIcon(icons.icon("person" if known else "warning"))
        elif action.owner_actor_uuid:
            actor = self._actors.get(action.owner_actor_uuid)
            item.setIcon(icons.icon("organisation" if actor else "warning"))
            if actor is not None:
                item.setToolTip(" – ".join(p for p in (actor.name, action.owner_text) if p))
        return item

    def _is_overdue(self, action: ActionItem) -> bool:
        due = parse_iso_date(action.due_date)
        return action.is_open and due is not None and due < self._today()

    def _due_item(self, action: ActionItem) -> QTableWidgetItem:
        shown = format_date(action.due_date)
        if not self._is_overdue(action):
            return _item(shown)
        # Not by colour alone: an icon and the word say it, too.
        item = _item(self.tr("{date} – overdue").format(date=shown))
        item.setIcon(icons.colored_icon("overdue", OVERDUE_COLOUR))
        item.setForeground(QBrush(QColor(OVERDUE_COLOUR)))
        item.setFont(_bold(self.action_table.font()))
        return item

    def _status_item(self, action: ActionItem) -> QTableWidgetItem:
        item = _item(translate(action.status.label))
        if action.status is ActionStatus.DONE:
            item.setIcon(icons.colored_icon("action_done", DONE_COLOUR))
        elif action.status is ActionStatus.DROPPED:
            item.setIcon(icons.icon("action_dropped"))
        return item

    def _session_label(self, uuid: str) -> str:
        origin = self._sessions.get(uuid)
        if origin is None:
            return ""
        if not origin.date:
            return origin.title
        return self.tr("{title} ({date})").format(title=origin.title, date=format_date(origin.date))

    def _fill_carry_over(
        self, carried: Sequence[ActionItem], closed_here: Sequence[ActionItem]
    ) -> None:
        table = self.carry_table
        keep, row_before = table.current_uuid(), table.currentRow()
        self.carry_buttons.enabled = not self.read_only
        table.setUpdatesEnabled(False)
        table.setRowCount(0)
        self._fill_carry_shares()
        table.setRowCount(len(carried))
        for row, action in enumerate(carried):
            origin = self._session_label(action.session_uuid)
            # The session is in the tooltip too: narrow, its column is hidden.
            table.setItem(row, 0, _item(action.what, action.uuid, f"{action.what}\n{origin}"))
            table.setItem(row, 1, self._owner_item(action))
            table.setItem(row, 2, self._due_item(action))
            table.setItem(row, 3, _item(origin))
            table.setItem(row, 4, _item("", tooltip=self.carry_hint.text()))
        table.fit_rows()
        table.setUpdatesEnabled(True)
        table.select_uuid(keep, row_before if keep else -1)
        self.carry_title.setText(
            self.tr("Open action items from earlier sessions ({count})").format(count=len(carried))
        )
        table.setVisible(bool(carried))
        closed = [
            self.tr("{what} ({status})").format(
                what=" ".join(a.what.split()), status=translate(a.status.label)
            )
            for a in closed_here
        ]
        self.closed_label.setText(
            self.tr("Closed in this session: {items}").format(items=" · ".join(closed))
        )
        self.closed_label.setVisible(bool(closed))
        self.carry_frame.setVisible(bool(carried) or bool(closed))

    def _fill_decisions(self, decisions: Sequence[Decision]) -> None:
        table = self.decision_table
        keep, row_before = table.current_uuid(), table.currentRow()
        agenda = {item.uuid: item for item in self._agenda}
        goals = {goal.uuid: goal for goal in self._goal_list()} if decisions else {}
        table.setUpdatesEnabled(False)
        table.setRowCount(0)
        table.setRowCount(len(decisions))
        for row, decision in enumerate(decisions):
            item = agenda.get(decision.agenda_item_uuid or "")
            agenda_text = f"{item.position + 1}. {item.title}" if item else ""
            # The agenda item is in the tooltip too: narrow, its column is hidden.
            tooltip = f"{decision.text}\n{agenda_text}" if agenda_text else decision.text
            table.setItem(row, 0, _item(decision.text, decision.uuid, tooltip))
            table.setItem(row, 1, _item(translate(decision.agreement.label)))
            table.setItem(row, 2, _item(agenda_text))
            goal_text = ""
            goal_icon = ""
            if decision.goal_uuid:
                goal = goals.get(decision.goal_uuid)
                goal_text = goal.statement if goal else self.tr("(deleted)")
                goal_icon = "goal" if goal else "warning"
            cell = _item(goal_text)
            if goal_icon:
                cell.setIcon(icons.icon(goal_icon))
            table.setItem(row, 3, cell)
        table.fit_rows()
        table.setUpdatesEnabled(True)
        table.select_uuid(keep, row_before if keep else -1)
        self.decision_section.title.setText(
            self.tr("&Decisions ({count})").format(count=len(decisions))
        )

    def _fill_actions(self, actions: Sequence[ActionItem]) -> None:
        table = self.action_table
        keep, row_before = table.current_uuid(), table.currentRow()
        table.setUpdatesEnabled(False)
        table.setRowCount(0)
        table.setRowCount(len(actions))
        for row, action in enumerate(actions):
            what = _item(action.what, action.uuid)
            if not action.is_open:
                font = QFont(table.font())
                font.setStrikeOut(action.status is ActionStatus.DROPPED)
                what.setFont(font)
            table.setItem(row, 0, what)
            table.setItem(row, 1, self._owner_item(action))
            table.setItem(row, 2, self._due_item(action))
            table.setItem(row, 3, self._status_item(action))
        table.fit_rows()
        table.setUpdatesEnabled(True)
        table.select_uuid(keep, row_before if keep else -1)
        self.action_section.title.setText(
            self.tr("&Action items ({count})").format(count=len(actions))
        )

    def _fill_parking(self, items: Sequence[ParkingLotItem]) -> None:
        keep, row_before = self.parking_list.current_uuid(), self.parking_list.currentRow()
        self.parking_list.clear()
        for parked in items:
            item = QListWidgetItem(icons.icon("question"), parked.text)
            item.setData(UUID_ROLE, parked.uuid)
            item.setToolTip(parked.text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.parking_list.addItem(item)
        self.parking_list.select_uuid(keep, row_before if keep else -1)
        self.parking_section.title.setText(
            self.tr("&Parking lot ({count})").format(count=len(items))
        )

    def _update_buttons(self) -> None:
        editable = self._current_session() is not None and not self.read_only
        for button, has_row in (
            (self.decision_details_button, True),
            (self.decision_edit_button, self.decision_table.current_uuid() is not None),
            (self.decision_delete_button, self.decision_table.current_uuid() is not None),
            (self.action_details_button, True),
            (self.action_status_button, self.action_table.current_uuid() is not None),
            (self.action_edit_button, self.action_table.current_uuid() is not None),
            (self.action_delete_button, self.action_table.current_uuid() is not None),
            (self.parking_edit_button, self.parking_list.current_uuid() is not None),
            (self.parking_delete_button, self.parking_list.current_uuid() is not None),
        ):
            button.setEnabled(editable and has_row)
            button.setVisible(not self.read_only)

    # ------------------------------------------------------------ gestures: shared
    def _can_edit(self) -> bool:
        return self.session is not None and self.session_uuid is not None and not self.read_only

    def _focus_list(self, view: _ResultTable | _ParkingList) -> None:
        view.setFocus()
        if view.current_uuid() is None:
            view.select_uuid(None, 0)

    def _running_agenda_item(self) -> str | None:
        """The agenda item under discussion right now: where a quick decision belongs."""
        if self.session is None or self.session_uuid is None:
            return None
        # Read now, not from the last reload: the live run moves on in another tab.
        agenda = self.session.events.agenda(self.session_uuid)
        running = [item for item in agenda if item.is_running]
        return max(running, key=lambda i: i.started_at).uuid if running else None

    def _refused(self, section: _Section, problems: Sequence[Problem]) -> bool:
        """Show the first problem under the entry line; True if there was one."""
        if problems:
            section.show_problem(problems[0])
            section.entry.setFocus()
        return bool(problems)

    def _after_add(
        self, section: _Section, select: Callable[[str | None], None], uuid: str | None
    ) -> None:
        section.entry.clear()
        section.problem.hide()
        select(uuid)

    # ------------------------------------------------------------ carry-over
    def _fill_carry_shares(self) -> None:
        table = self.carry_table
        table.ensurePolished()  # the style sheet's font decides the buttons' width
        option = QStyleOptionViewItem()
        option.initFrom(table)
        table.set_column_shares(
            {1: 0.2, 2: 0.22} if self._compact else {1: 0.15, 2: 0.14, 3: 0.18},
            {4: self.carry_buttons.sizeHint(option, QModelIndex()).width()},
        )

    def carry_button_rect(self, row: int, status: ActionStatus) -> QRect:
        """Where the "Done" or "Dropped" button of a carried-over row is painted
        (viewport coordinates)."""
        option = QStyleOptionViewItem()
        option.initFrom(self.carry_table)
        option.rect = self.carry_table.visualRect(self.carry_table.model().index(row, 4))
        return self.carry_buttons.button_rects(option)[status]

    def _close_carried(self, status: ActionStatus) -> None:
        uuid = self.carry_table.current_uuid()
        if uuid is not None:
            self.close_carried(uuid, status)

    def close_carried(self, uuid: str, status: ActionStatus) -> None:
        """Mark a carried-over action item done or dropped in this session."""
        if not self._can_edit() or self.session is None:
            return
        action = self.session.events.action(uuid)
        if action is None or not action.is_open:
            return
        row = self.carry_table.currentRow()
        self.session.push(
            event_commands.set_action_status(
                self.session, action, status, in_session_uuid=self.session_uuid
            )
        )
        self.carry_table.select_uuid(None, row)

    # ------------------------------------------------------------ decisions
    def add_decision(self) -> None:
        """Add the entry line's text as a decision (default agreement, running item)."""
        text = self.decision_section.entry.text()
        if not self._can_edit() or not text.strip() or self.session is None:
            return
        draft = DecisionDraft(text=text, agenda_item_uuid=self._running_agenda_item())
        if self._refused(self.decision_section, event_rules.check_decision(draft)):
            return
        self._push_decision(draft)

    def add_decision_with_details(self) -> None:
        if not self._can_edit() or self.session is None:
            return
        text = self.decision_section.entry.text()
        dialog = DecisionDialog(
            DecisionDraft(text=text, agenda_item_uuid=self._running_agenda_item()),
            agenda=self._agenda,
            goals=self._goal_list(),
            new=True,
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._push_decision(dialog.draft())

    def _push_decision(self, draft: DecisionDraft) -> None:
        assert self.session is not None
        assert self.session_uuid is not None
        command = event_commands.add_decision(self.session, self.session_uuid, draft)
        if self.session.push(command):
            self._after_add(self.decision_section, self.decision_table.select_uuid, command.uuid)

    def edit_decision(self) -> None:
        uuid = self.decision_table.current_uuid()
        if not self._can_edit() or uuid is None or self.session is None:
            return
        decision = self.session.events.decision(uuid)
        if decision is None:
            return
        before = decision.to_draft()
        dialog = DecisionDialog(
            before, agenda=self._agenda, goals=self._goal_list(), new=False, parent=self
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.draft() != before:
            self.session.push(event_commands.edit_decision(self.session, decision, dialog.draft()))

    def delete_decision(self) -> None:
        uuid = self.decision_table.current_uuid()
        if not self._can_edit() or uuid is None or self.session is None:
            return
        decision = self.session.events.decision(uuid)
        if decision is not None:
            row = self.decision_table.currentRow()
            self.session.push(event_commands.delete_decision(self.session, decision))
            self.decision_table.select_uuid(None, row)

    # ------------------------------------------------------------ action items
    def add_action(self) -> None:
        """Add the entry line's text as an open action item (who and when: Enter on it)."""
        text = self.action_section.entry.text()
        if not self._can_edit() or not text.strip():
            return
        draft = ActionItemDraft(what=text)
        if self._refused(self.action_section, event_rules.check_action_item(draft)):
            return
        self._push_action(draft)

    def add_action_with_details(self) -> None:
        if not self._can_edit():
            return
        dialog = ActionItemDialog(
            ActionItemDraft(what=self.action_section.entry.text()),
            people=list(self._people.values()),
            actors=list(self._actors.values()),
            new=True,
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._push_action(dialog.draft())

    def _push_action(self, draft: ActionItemDraft) -> None:
        assert self.session is not None
        assert self.session_uuid is not None
        command = event_commands.add_action(self.session, self.session_uuid, draft)
        if self.session.push(command):
            self._after_add(self.action_section, self.action_table.select_uuid, command.uuid)

    def _current_action(self) -> ActionItem | None:
        uuid = self.action_table.current_uuid()
        if not self._can_edit() or uuid is None or self.session is None:
            return None
        return self.session.events.action(uuid)

    def edit_action(self) -> None:
        action = self._current_action()
        if action is None or self.session is None:
            return
        before = action.to_draft()
        dialog = ActionItemDialog(
            before,
            people=list(self._people.values()),
            actors=list(self._actors.values()),
            new=False,
            parent=self,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.draft() != before:
            self.session.push(event_commands.edit_action(self.session, action, dialog.draft()))

    def toggle_action_done(self) -> None:
        """Space: open → done; done or dropped → open again."""
        action = self._current_action()
        if action is not None and self.session is not None:
            self.session.push(
                event_commands.set_action_status(self.session, action, _NEXT_STATUS[action.status])
            )

    def delete_action(self) -> None:
        action = self._current_action()
        if action is not None and self.session is not None:
            row = self.action_table.currentRow()
            self.session.push(event_commands.delete_action(self.session, action))
            self.action_table.select_uuid(None, row)

    # ------------------------------------------------------------ parking lot
    def add_parking_item(self) -> None:
        text = self.parking_section.entry.text()
        if not self._can_edit() or not text.strip() or self.session is None:
            return
        if self._refused(self.parking_section, event_rules.check_parking_lot_text(text)):
            return
        assert self.session_uuid is not None
        command = event_commands.add_parking_lot_item(self.session, self.session_uuid, text)
        if self.session.push(command):
            self._after_add(self.parking_section, self.parking_list.select_uuid, command.uuid)

    def _on_parking_list_edited(self, uuid: str, text: str | None) -> None:
        """An in-place edit ended with ``text`` (None: cancelled with Escape)."""
        self.parking_section.problem.hide()
        if self.session is None or self.session_uuid is None:
            return
        item = self.session.events.parking_lot_item(uuid)
        if item is not None and text is not None and text.strip() != item.text:
            self.session.push(event_commands.edit_parking_lot_item(self.session, item, text))
        else:
            # Nothing saved: still show what is in the file, since a refill may have
            # waited for the editor to close.
            self._reload_parking()
        self.parking_list.select_uuid(uuid)
        self.parking_list.setFocus()

    def delete_parking_item(self) -> None:
        uuid = self.parking_list.current_uuid()
        if not self._can_edit() or uuid is None or self.session is None:
            return
        item = self.session.events.parking_lot_item(uuid)
        if item is not None:
            row = self.parking_list.currentRow()
            self.session.push(event_commands.delete_parking_lot_item(self.session, item))
            self.parking_list.select_uuid(None, row)

    # ------------------------------------------------------------ language
    def retranslate_ui(self) -> None:
        self.carry_hint.setText(self.tr("Space: done · Delete: dropped"))
        self.carry_table.setToolTip(self.carry_hint.text())
        self._carry_texts = {
            ActionStatus.DONE: self.tr("Done"),
            ActionStatus.DROPPED: self.tr("Dropped"),
        }
        self.carry_table.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Who"), self.tr("Due"), self.tr("From session"), ""]
        )
        self.decision_table.setHorizontalHeaderLabels(
            [self.tr("Decision"), self.tr("How agreed"), self.tr("Agenda item"), self.tr("Goal")]
        )
        self.action_table.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Who"), self.tr("Due"), self.tr("Status")]
        )
        self.decision_section.entry.setPlaceholderText(
            self.tr("Type a decision and press Enter (Insert: with details)")
        )
        self.action_section.entry.setPlaceholderText(
            self.tr("Type an action item and press Enter (Insert: with who and when)")
        )
        self.parking_section.entry.setPlaceholderText(
            self.tr("Type a question for later and press Enter")
        )
        self._button_texts = {
            self.decision_details_button: (
                self.tr("With details…"),
                self.tr("A new decision with agreement, agenda item and goal (Insert)"),
            ),
            self.decision_edit_button: (self.tr("Edit…"), self.tr("Edit the decision (Enter)")),
            self.decision_delete_button: (
                self.tr("Delete"),
                self.tr("Delete the decision (Delete)"),
            ),
            self.action_details_button: (
                self.tr("With details…"),
                self.tr("A new action item with who and when (Insert)"),
            ),
            self.action_status_button: (
                self.tr("Done / open"),
                self.tr("Mark as done, or open again (Space)"),
            ),
            self.action_edit_button: (self.tr("Edit…"), self.tr("Edit the action item (Enter)")),
            self.action_delete_button: (
                self.tr("Delete"),
                self.tr("Delete the action item (Delete)"),
            ),
            self.parking_edit_button: (self.tr("Edit"), self.tr("Edit in place (F2)")),
            self.parking_delete_button: (
                self.tr("Delete"),
                self.tr("Delete the question (Delete)"),
            ),
        }
        self._apply_compact(self._compact)
        if self.session is not None:
            self.reload()
        else:
            self._fill_carry_over((), ())
            self._fill_decisions([])
            self._fill_actions([])
            self._fill_parking([])
            self._update_buttons()

    def _apply_compact(self, compact: bool) -> None:
        """Narrow (a 1024-pixel screen with the session list beside it): buttons show
        their icon only (the text is in the tooltip) and the tables give the text
        column more room; the entry lines keep a usable width."""
        self._compact = compact
        for button, (text, tip) in self._button_texts.items():
            button.setText("" if compact else text)
            button.setToolTip(f"{text} – {tip}" if compact else tip)
        self.carry_hint.setVisible(not compact)
        self.carry_buttons.texts = {
            status: "" if compact else text for status, text in self._carry_texts.items()
        }
        self.carry_buttons.tooltips = dict(self._carry_texts)
        # Narrow, the origin of a carried-over item and a decision's agenda item go to
        # the tooltips of their rows: four columns of a few words each cannot be read.
        self.carry_table.setColumnHidden(3, compact)
        self.decision_table.setColumnHidden(2, compact)
        if compact:
            self.decision_table.set_column_shares({1: 0.22, 3: 0.25})
            self.action_table.set_column_shares({1: 0.2, 2: 0.2, 3: 0.16})
        else:
            self.decision_table.set_column_shares({1: 0.16, 2: 0.17, 3: 0.22})
            self.action_table.set_column_shares({1: 0.18, 2: 0.16, 3: 0.12})
        self._fill_carry_shares()
        self.carry_table.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        compact = self.width() < COMPACT_WIDTH
        if compact != self._compact:
            self._apply_compact(compact)
        if not self._sized and self.isVisible():
            self._share_height()


__all__ = ["ResultsPanel"]
