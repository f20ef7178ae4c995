"""The "Attendance" tab of a session: who was there.

One list holds every person of the network (name, organisation, function) with a check
mark, the guests of this session and anyone deleted from the network since who is still
on the attendance. Typing filters it (all words must match, in any column); Space or a
click on a row ticks a person present or takes them off the list again, Delete takes
someone off. Every change is one undoable step.

**A guest in two keystrokes**: Ctrl+G puts the focus into the guest line from anywhere
in the tab, the name is typed (optionally "Name, Organisation"), Enter adds the guest
and leaves the focus in the line for the next one. Counting the typing as typing, that
is two keystrokes: Ctrl+G and Enter. A name that is exactly one person of the network
ticks that person instead of adding a guest of the same name.

People who did not agree to be named (``consent_named`` unset) carry an eye-slash mark:
the protocol counts them but does not print their name (DSGVO).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QKeySequence, QMouseEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ciworkshop.domain import event_rules
from ciworkshop.domain.events import Attendance, AttendanceDraft
from ciworkshop.domain.model import Person
from ciworkshop.domain.rules import Problem
from ciworkshop.services.changes import Changes, Entity
from ciworkshop.ui import event_commands, icons
from ciworkshop.ui.dialogs.canvas import PROBLEM_COLOUR
from ciworkshop.ui.errors import problem_text
from ciworkshop.ui.session import DocumentSession
from ciworkshop.ui.views.session_panel import SessionPanel

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
PRESENT_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
HINT_COLOUR = "#5F6B73"
GUEST_SHORTCUT = "Ctrl+G"
SEARCH_SHORTCUT = "Ctrl+F"

# What this tab shows; other changes (cards, dots) do not make it read the file again.
_RELEVANT = frozenset({Entity.ATTENDANCE, Entity.PERSON, Entity.ACTOR, Entity.SESSION})

Index = QModelIndex | QPersistentModelIndex


class RowKind(Enum):
    PERSON = "person"
    GUEST = "guest"
    DELETED = "deleted"
    """A person deleted from the network since, still on this session's attendance."""


@dataclass(frozen=True, slots=True)
class AttendanceRow:
    """One line of the list. ``key`` is ``p:<person uuid>`` for people of the network
    (stays the same when they are ticked) and ``a:<attendance uuid>`` otherwise."""

    key: str
    kind: RowKind
    name: str
    organisation: str = ""
    function: str = ""
    consent_named: bool = True
    attendance: Attendance | None = None

    @property
    def present(self) -> bool:
        return self.attendance is not None


def build_rows(
    people: list[Person], actor_names: dict[str, str], attendance: list[Attendance]
) -> list[AttendanceRow]:
    by_person = {a.person_uuid: a for a in attendance if a.person_uuid}
    known = {p.uuid for p in people}
    rows = [
        AttendanceRow(
            key=f"p:{p.uuid}",
            kind=RowKind.PERSON,
            name=p.name,
            organisation=actor_names.get(p.actor_uuid or "", ""),
            function=p.function,
            consent_named=p.consent_named,
            attendance=by_person.get(p.uuid),
        )
        for p in people
    ]
    for item in attendance:
        if item.is_guest:
            rows.append(
                AttendanceRow(
                    key=f"a:{item.uuid}",
                    kind=RowKind.GUEST,
                    name=item.guest_name,
                    organisation=item.guest_organisation,
                    attendance=item,
                )
            )
        elif item.person_uuid not in known:
            rows.append(
                AttendanceRow(key=f"a:{item.uuid}", kind=RowKind.DELETED, name="", attendance=item)
            )
    return rows


class AttendanceModel(QAbstractTableModel):
    """Rows of :class:`AttendanceRow`; the check mark says who is present. The model is
    read-only (no ItemIsUserCheckable): ticking is an undo command the panel pushes."""

    COLUMNS = 3

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[AttendanceRow] = []

    def set_rows(self, rows: list[AttendanceRow]) -> None:
        if [r.key for r in rows] == [r.key for r in self._rows]:
            # Someone ticked: same lines, new marks. Keeps the cursor where it is.
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 2))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[AttendanceRow]:
        return list(self._rows)

    def row(self, key: str) -> AttendanceRow | None:
        return next((r for r in self._rows if r.key == key), None)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 2))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            AttendancePanel.tr("Name"),
            AttendancePanel.tr("Organisation"),
            AttendancePanel.tr("Function"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == KEY_ROLE:
            return row.key
        if role == PRESENT_ROLE:
            return row.present
        if role == SORT_ROLE:
            text = self._text(row, column)
            # Deleted people after everyone else, whatever the column.
            return ("1" if row.kind is RowKind.DELETED else "0") + text
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(row, column)
            if role == Qt.ItemDataRole.ToolTipRole and column == 0 and not row.consent_named:
                return f"{text}: {_not_named_text()}"
            return text
        if column == 0 and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.present else Qt.CheckState.Unchecked
        if column == 0 and role == Qt.ItemDataRole.DecorationRole and not row.consent_named:
            return icons.icon("consent_no")
        if role == Qt.ItemDataRole.FontRole and (
            row.kind is RowKind.DELETED or (row.kind is RowKind.GUEST and column == 2)
        ):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and (
            row.kind is RowKind.DELETED or (row.kind is RowKind.GUEST and column == 2)
        ):
            return QColor(HINT_COLOUR)
        return None

    def _text(self, row: AttendanceRow, column: int) -> str:
        if column == 0:
            if row.kind is RowKind.DELETED:
                return AttendancePanel.tr("(deleted person)")
            return row.name
        if column == 1:
            return row.organisation
        if row.kind is RowKind.GUEST:
            return AttendancePanel.tr("Guest")
        return row.function


def _not_named_text() -> str:
    return AttendancePanel.tr("will not be named in the protocol (no consent)")


class _AttendanceFilter(QSortFilterProxyModel):
    """Every typed word must occur in the name, organisation or function; optionally
    only those present."""

    def __init__(self) -> None:
        super().__init__()
        self._words: list[str] = []
        self.only_present = False
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_only_present(self, only: bool) -> None:
        self.beginFilterChange()
        self.only_present = only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if self.only_present and not model.data(model.index(source_row, 0), PRESENT_ROLE):
            return False
        if not self._words:
            return True
        haystack = " ".join(
            str(model.data(model.index(source_row, column)) or "")
            for column in range(model.columnCount())
        ).casefold()
        return all(word in haystack for word in self._words)


class _AttendanceTable(QTableView):
    """Space or a click ticks the row; Delete takes someone off the list; typing a
    letter goes on in the search line; Up from the first row goes back there."""

    toggle_requested = Signal(str)
    remove_requested = Signal(str)
    typed = Signal(str)
    left_at_top = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("attendanceTable")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        self._skip_release = False
        self._pressed_row = -1

    def current_key(self) -> str | None:
        index = self.currentIndex()
        key = index.siblingAtColumn(0).data(KEY_ROLE) if index.isValid() else None
        return key if isinstance(key, str) else None

    def select_key(self, key: str | None) -> bool:
        model = self.model()
        for row in range(model.rowCount() if model is not None else 0):
            index = model.index(row, 0)
            if index.data(KEY_ROLE) == key:
                self.setCurrentIndex(index)
                self.scrollTo(index)
                return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        plain = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        current = self.current_key()
        if plain and key in (Qt.Key.Key_Space, Qt.Key.Key_Select):
            if current is not None:
                self.toggle_requested.emit(current)
            return
        if plain and key == Qt.Key.Key_Delete:
            if current is not None:
                self.remove_requested.emit(current)
            return
        if plain and key == Qt.Key.Key_Up and self.currentIndex().row() <= 0:
            self.left_at_top.emit()
            return
        text = event.text()
        shifted = mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        if shifted and text and text.isprintable() and not text.isspace():
            self.typed.emit(text)
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self._skip_release = False
        index = self.indexAt(event.position().toPoint())
        self._pressed_row = index.row() if index.isValid() else -1

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._skip_release:  # the second click of a double click: one tick, not two
            self._skip_release = False
            return
        index = self.indexAt(event.position().toPoint())
        if (
            event.button() == Qt.MouseButton.LeftButton
            and index.isValid()
            and index.row() == self._pressed_row
        ):
            key = index.siblingAtColumn(0).data(KEY_ROLE)
            if isinstance(key, str):
                self.toggle_requested.emit(key)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        # The first click of a double click ticked already; its second release must not
        # tick again (whether or not a second press came before this event).
        self._skip_release = True
        event.accept()


class _SearchLine(QLineEdit):
    down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not event.modifiers() and event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            return
        if not event.modifiers() and event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class AttendancePanel(SessionPanel):
    """``changed`` is emitted after the list was read again (for the header count of a
    surrounding view, and for tests)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendancePanel")
        self._stale = False
        self._people: list[Person] = []

        self.title = QLabel()
        self.title.setObjectName("attendanceTitle")
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        self.title.setFont(title_font)
        self.count_label = QLabel()
        self.count_label.setObjectName("attendanceCount")
        self.count_label.setFont(title_font)

        self.search = _SearchLine()
        self.search.setObjectName("attendanceSearch")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icons.icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.only_present = QCheckBox()
        self.only_present.setObjectName("onlyPresentCheck")

        self.model = AttendanceModel()
        self.proxy = _AttendanceFilter()
        self.proxy.setSourceModel(self.model)
        self.table = _AttendanceTable()
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setStyleSheet("QTableView { font-size: 11pt; }")
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("attendanceEmptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet(f"color: {HINT_COLOUR};")

        self.guest_label = QLabel()
        self.guest_edit = QLineEdit()
        self.guest_edit.setObjectName("guestEdit")
        self.guest_edit.setClearButtonEnabled(True)
        self.guest_label.setBuddy(self.guest_edit)
        self.add_guest_button = QPushButton(icons.icon("add"), "")
        self.add_guest_button.setObjectName("addGuestButton")
        self.problem = QLabel()
        self.problem.setObjectName("guestProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {PROBLEM_COLOUR}; font-weight: bold;")
        self.problem.hide()
        self.notice = QLabel()
        self.notice.setObjectName("guestNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(f"color: {HINT_COLOUR};")
        self.notice.hide()
        legend_icon = QLabel()
        legend_icon.setPixmap(icons.icon("consent_no").pixmap(16, 16))
        self.legend = QLabel()
        self.legend.setObjectName("consentLegend")
        self.legend.setStyleSheet(f"color: {HINT_COLOUR};")

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.count_label)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.search, 1)
        filter_row.addWidget(self.only_present)
        guest_row = QHBoxLayout()
        guest_row.addWidget(self.guest_label)
        guest_row.addWidget(self.guest_edit, 1)
        guest_row.addWidget(self.add_guest_button)
        legend_row = QHBoxLayout()
        legend_row.addWidget(legend_icon)
        legend_row.addWidget(self.legend, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.addLayout(head)
        layout.addLayout(filter_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_hint)
        layout.addLayout(guest_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.notice)
        layout.addLayout(legend_row)

        guest_shortcut = QShortcut(QKeySequence(GUEST_SHORTCUT), self)
        guest_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        guest_shortcut.activated.connect(self.focus_guest_line)
        search_shortcut = QShortcut(QKeySequence(SEARCH_SHORTCUT), self)
        search_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        search_shortcut.activated.connect(self.focus_search)

        self.search.textChanged.connect(self.proxy.set_text)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.search.down_pressed.connect(self._focus_table)
        self.only_present.toggled.connect(self.proxy.set_only_present)
        self.table.toggle_requested.connect(self.toggle)
        self.table.remove_requested.connect(self.remove)
        self.table.typed.connect(self._on_table_typed)
        self.table.left_at_top.connect(self.focus_search)
        self.guest_edit.returnPressed.connect(self.add_guest)
        self.guest_edit.textChanged.connect(self._on_guest_edit_text_changed)
        self.add_guest_button.clicked.connect(self.add_guest)
        self.setFocusProxy(self.search)
        self.retranslate_ui()
        self._update_state()

    # ------------------------------------------------------------ SessionPanel
    def reload(self) -> None:
        self._stale = False
        session, session_uuid = self.session, self.session_uuid
        current = self.table.current_key()
        if session is None or session_uuid is None or session.events.session(session_uuid) is None:
            self._people = []
            self.model.set_rows([])
        else:
            self._people = session.service.people()
            actor_names = {a.uuid: a.name for a in session.service.actors()}
            attendance = session.events.attendance(session_uuid)
            self.model.set_rows(build_rows(self._people, actor_names, attendance))
            if current is not None:
                self.table.select_key(current)
        self._update_state()
        self.changed.emit()

    def set_context(self, session: DocumentSession | None, session_uuid: str | None) -> None:
        if session_uuid != self.session_uuid or session is not self.session:
            self.search.clear()
            self.problem.hide()
            self.notice.hide()
        super().set_context(session, session_uuid)

    def on_events_changed(self, changes: Changes) -> None:
        if not changes.entities & _RELEVANT:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True  # read again when shown

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def finish_editing(self) -> bool:
        """A guest typed but not yet added is added now (no typed name is lost)."""
        if self.guest_edit.text().strip() and not self.read_only and self.session_uuid:
            return self.add_guest()
        return True

    # ------------------------------------------------------------ reading
    def present_count(self) -> tuple[int, int]:
        """(everyone present, of them guests)."""
        present = [r for r in self.model.rows() if r.present]
        return len(present), sum(r.kind is RowKind.GUEST for r in present)

    def _update_state(self) -> None:
        writable = self.session is not None and self.session_uuid is not None and not self.read_only
        self.guest_edit.setEnabled(writable)
        self.add_guest_button.setEnabled(writable)
        present, guests = self.present_count()
        text = AttendancePanel.tr("%n present", "", present)
        if guests:
            text += " " + AttendancePanel.tr("(%n guest(s))", "", guests)
        self.count_label.setText(text)
        no_people = not any(r.kind is RowKind.PERSON for r in self.model.rows())
        self.empty_hint.setVisible(self.session_uuid is not None and no_people)

    # ------------------------------------------------------------ gestures
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def focus_guest_line(self) -> None:
        self.guest_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.guest_edit.selectAll()

    def _focus_table(self) -> None:
        if self.proxy.rowCount() == 0:
            return
        if not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_table_typed(self, text: str) -> None:
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self.search.insert(text)

    def _on_search_return_pressed(self) -> None:
        """Enter in the search: the one person found is ticked (and the search is cleared
        for the next name); with several found, the list takes over."""
        if self.proxy.rowCount() == 1 and self.search.text().strip():
            key = self.proxy.index(0, 0).data(KEY_ROLE)
            if isinstance(key, str) and self.toggle(key):
                self.search.clear()
            return
        self._focus_table()

    def toggle(self, key: str) -> bool:
        """Tick someone present, or take them off the list. False if nothing changed."""
        row = self.model.row(key)
        if row is None:
            return False
        if row.present:
            return self.remove(key)
        session, session_uuid = self.session, self.session_uuid
        if session is None or session_uuid is None or session.read_only:
            return False
        person_uuid = key.removeprefix("p:")
        command = event_commands.add_attendance(
            session, session_uuid, AttendanceDraft(person_uuid=person_uuid), row.name
        )
        return self._push(command, key)

    def remove(self, key: str) -> bool:
        row = self.model.row(key)
        session = self.session
        if row is None or row.attendance is None or session is None or session.read_only:
            return False
        name = row.name if row.kind is not RowKind.DELETED else self.tr("(deleted person)")
        return self._push(event_commands.delete_attendance(session, row.attendance, name), key)

    def _push(self, command: event_commands.CallCommand, key: str) -> bool:
        assert self.session is not None
        self.notice.hide()
        done = self.session.push(command)
        if done:
            self.table.select_key(key)
        return done

    def add_guest(self) -> bool:
        """Add what the guest line holds ("Name" or "Name, Organisation"). A refused
        name stays in the line and the reason is shown under it."""
        session, session_uuid = self.session, self.session_uuid
        if session is None or session_uuid is None or session.read_only:
            return False
        text = self.guest_edit.text()
        name, _comma, organisation = (part.strip() for part in text.partition(","))
        self.notice.hide()
        person = self._person_named(name, organisation)
        if person is not None:
            return self._add_person_typed_as_guest(person)
        draft = AttendanceDraft(guest_name=name, guest_organisation=organisation)
        problems = event_rules.check_attendance(draft)
        if problems:
            self._show_problem(problems[0])
            return False
        command = event_commands.add_attendance(session, session_uuid, draft, name)
        if not session.push(command):
            return False
        self.guest_edit.clear()
        if command.uuid:
            self.table.select_key(f"a:{command.uuid}")
        return True

    def _person_named(self, name: str, organisation: str) -> Person | None:
        """The one person of the network called ``name`` (and working at
        ``organisation``, if one was typed)."""
        if not name:
            return None
        found = [p for p in self._people if p.name.strip().casefold() == name.casefold()]
        if organisation:
            organisations = {r.key: r.organisation for r in self.model.rows()}
            found = [
                p
                for p in found
                if organisations.get(f"p:{p.uuid}", "").casefold() == organisation.casefold()
            ]
        return found[0] if len(found) == 1 else None

    def _add_person_typed_as_guest(self, person: Person) -> bool:
        key = f"p:{person.uuid}"
        row = self.model.row(key)
        if row is not None and row.present:
            self._show_problem(Problem("person", event_rules.MSG_ALREADY_PRESENT))
            return False
        if not self.toggle(key):
            return False
        self.guest_edit.clear()
        self.notice.setText(
            self.tr("“{name}” is a person of the network and was ticked present.").format(
                name=person.name
            )
        )
        self.notice.show()
        return True

    def _show_problem(self, problem: Problem) -> None:
        self.problem.setText(problem_text(problem))
        self.problem.show()
        self.guest_edit.setFocus()

    def _on_guest_edit_text_changed(self, _text: str) -> None:
        self.problem.hide()

    # ------------------------------------------------------------ language
    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Who is here"))
        self.search.setPlaceholderText(
            self.tr("Find people: name, organisation or function ({key})").format(
                key=QKeySequence(SEARCH_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.search.setToolTip(
            self.tr(
                "Type to filter the list. Enter ticks the one person found; Down goes into "
                "the list, where Space or a click ticks someone present."
            )
        )
        self.only_present.setText(self.tr("Only those present"))
        key = QKeySequence(GUEST_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        self.guest_label.setText(self.tr("&Guest:"))
        self.guest_edit.setPlaceholderText(
            self.tr("Name, organisation – {key}, then Enter").format(key=key)
        )
        self.guest_edit.setToolTip(
            self.tr(
                "Add a guest who is not in the network's list: {key} jumps here from "
                "anywhere in this tab, type “Name” or “Name, Organisation”, Enter adds "
                "and the line is ready for the next guest."
            ).format(key=key)
        )
        self.add_guest_button.setText(self.tr("Add guest"))
        self.add_guest_button.setToolTip(self.guest_edit.toolTip())
        self.table.setToolTip(
            self.tr("Space or a click: present / not present. Delete: take off the list.")
        )
        self.legend.setText(_not_named_text())
        self.empty_hint.setText(
            self.tr(
                "The network has no people yet: add them under “Actors & People”, or "
                "add everyone here as a guest."
            )
        )
        self.model.retranslate()
        self._update_state()
