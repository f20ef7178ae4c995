"""The "Veranstaltungen" page: events and their sessions on the left, the selected
session's workspace on the right (live-run bar above tabs for agenda, board, results,
attendance and photos).

The page owns no data: it asks ``session.events`` and rebuilds the list when events or
sessions change; each tab (a :class:`SessionPanel`) follows the changes it cares about.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ciworkshop.domain.events import Event, Session
from ciworkshop.services.changes import Changes, Entity
from ciworkshop.ui import event_commands as cmd
from ciworkshop.ui import icons
from ciworkshop.ui.agenda_templates import load_templates
from ciworkshop.ui.dialogs.events import EventDialog, SessionDialog
from ciworkshop.ui.formatting import format_date
from ciworkshop.ui.i18n import translate
from ciworkshop.ui.session import DocumentSession
from ciworkshop.ui.settings import Settings
from ciworkshop.ui.views.session_agenda import AgendaPanel, ElidedLabel, LiveBar
from ciworkshop.ui.views.session_attendance import AttendancePanel
from ciworkshop.ui.views.session_board import BoardPanel
from ciworkshop.ui.views.session_panel import SessionPanel
from ciworkshop.ui.views.session_photos import PhotosPanel
from ciworkshop.ui.views.session_results import ResultsPanel

#: Tree item data: ("event" | "session", uuid).
KIND_ROLE = Qt.ItemDataRole.UserRole
UUID_ROLE = Qt.ItemDataRole.UserRole + 1
STANDALONE = "standalone"
#: Narrower than this, the workspace's "Edit session…" button shows its icon only.
HEADER_COMPACT_WIDTH = 900


class SessionWorkspace(QWidget):
    """One session: header, live bar, and the tabs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("sessionTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        # One line each for the facts and the roles (the whole text in the tooltip): on a
        # 768 px screen every line of height goes to the tabs.
        self.facts = ElidedLabel()
        self.facts.setObjectName("sessionFacts")
        self.question = QLabel()
        self.question.setObjectName("sessionQuestion")
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setWordWrap(True)
        italic = self.question.font()
        italic.setItalic(True)
        italic.setPointSizeF(italic.pointSizeF() * 1.15)
        self.question.setFont(italic)
        self.edit_button = QPushButton(icons.icon("edit"), "")
        self.edit_button.setObjectName("editSessionButton")

        self.live_bar = LiveBar()
        self.agenda = AgendaPanel()
        self.board = BoardPanel()
        self.results = ResultsPanel()
        self.attendance = AttendancePanel()
        self.photos = PhotosPanel()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sessionTabs")
        self.tabs.setDocumentMode(True)
        for icon_name, panel in (
            ("agenda", self.agenda),
            ("board", self.board),
            ("results", self.results),
            ("attendance", self.attendance),
            ("photo", self.photos),
        ):
            self.tabs.addTab(panel, icons.icon(icon_name), "")

        header = QHBoxLayout()
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title)
        text.addWidget(self.facts)
        text.addWidget(self.question)
        header.addLayout(text, 1)
        header.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 0)
        layout.addLayout(header)
        layout.addWidget(self.live_bar)
        layout.addWidget(self.tabs, 1)

        self.live_bar.running_item_changed.connect(self._on_live_bar_running_item_changed)
        # Alt+1..5 switch tabs: the facilitator's hands stay on the keyboard.
        for index in range(self.tabs.count()):
            shortcut = QShortcut(QKeySequence(f"Alt+{index + 1}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda i=index: self.tabs.setCurrentIndex(i))
        self.retranslate_ui()

    @property
    def panels(self) -> tuple[SessionPanel, ...]:
        return (self.agenda, self.board, self.results, self.attendance, self.photos)

    def set_context(self, session: DocumentSession | None, session_uuid: str | None) -> None:
        self.live_bar.set_context(session, session_uuid)
        for panel in self.panels:
            panel.set_context(session, session_uuid)
        self.edit_button.setEnabled(session is not None and not session.read_only)

    def show_header(self, item: Session | None, event: Event | None) -> None:
        if item is None:
            self.title.clear()
            self.facts.clear()
            self.question.clear()
            return
        self.title.setText(item.title)
        parts = [translate(item.format.label)]
        if item.date:
            parts.append(format_date(item.date))
        if item.start_time:
            parts.append(
                QCoreApplication.translate("SessionsView", "{time} Uhr").format(
                    time=item.start_time
                )
            )
        if item.place:
            parts.append(item.place)
        if event is not None:
            parts.append(
                QCoreApplication.translate("SessionsView", "part of “{event}”").format(
                    event=event.title
                )
            )
        roles = []
        if item.facilitator:
            roles.append(
                QCoreApplication.translate("SessionsView", "Facilitation: {name}").format(
                    name=item.facilitator
                )
            )
        if item.note_taker:
            roles.append(
                QCoreApplication.translate("SessionsView", "Notes: {name}").format(
                    name=item.note_taker
                )
            )
        facts = " · ".join(parts) + ("\n" + " · ".join(roles) if roles else "")
        self.facts.setText(facts)
        self.facts.setToolTip(facts)
        self.question.setText(
            QCoreApplication.translate("SessionsView", "Guiding question: {question}").format(
                question=item.guiding_question
            )
            if item.guiding_question
            else ""
        )
        self.question.setVisible(bool(item.guiding_question))

    def _on_live_bar_running_item_changed(self, uuid: str) -> None:
        # The board follows the live run: when the room moves on, so does the pinboard.
        if uuid:
            self.board.show_item(uuid)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_edit_button()

    def _fit_edit_button(self) -> None:
        # Narrow, the button shows its icon (the text is in the tooltip): the title keeps
        # the width and fits on fewer lines.
        text = self.tr("Edit session…")
        self.edit_button.setText("" if self.width() < HEADER_COMPACT_WIDTH else text)
        self.edit_button.setToolTip(text)

    def finish_editing(self) -> bool:
        """Save what is typed in every tab; on a refusal show that tab (its message says
        why) and return False: the text stays where it is."""
        for panel in self.panels:
            if not panel.finish_editing():
                if self.tabs.indexOf(panel) >= 0:
                    self.tabs.setCurrentWidget(panel)
                return False
        return True

    def finish_in_place_editing(self) -> bool:
        """Before undo or redo: save edits of things that exist (a cluster's name, a
        parked question edited in place), so undo acts on them. Text in the entry lines
        is not an entry yet: it stays there, and undo takes back what was entered."""
        return self.board.finish_rename() and self.results.finish_in_place_editing()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        names = (
            self.tr("Agenda"),
            self.tr("Pinboard"),
            self.tr("Results"),
            self.tr("Attendance"),
            self.tr("Photos"),
        )
        for index, name in enumerate(names):
            self.tabs.setTabText(index, name)
            self.tabs.setTabToolTip(index, f"{name} (Alt+{index + 1})")
        self._fit_edit_button()


class SessionsView(QWidget):
    """The page. ``focus_changed(session_uuid, agenda_item_uuid)`` tells the beamer what
    the laptop is working on ("" for none)."""

    focus_changed = Signal(str, str)

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionsView")
        self.settings = settings
        self.session: DocumentSession | None = None
        self._selected: tuple[str, str] | None = None
        # True while the selection follows the document (undo, redo): nothing typed is
        # saved into a session that may be gone.
        self._following = False

        self.tree = QTreeWidget()
        self.tree.setObjectName("sessionTree")
        self.tree.setHeaderHidden(True)
        self.tree.setIconSize(QSize(20, 20))
        self.tree.setIndentation(14)  # the titles need the width more
        self.tree.setUniformRowHeights(True)
        self.tree.setStyleSheet(
            "QTreeWidget { font-size: 11pt; } QTreeWidget::item { padding: 4px; }"
        )
        self.new_event_button = QPushButton(icons.icon("event"), "")
        self.new_event_button.setObjectName("newEventButton")
        self.new_session_button = QPushButton(icons.icon("add"), "")
        self.new_session_button.setObjectName("newSessionButton")
        self.edit_button = QPushButton(icons.icon("edit"), "")
        self.edit_button.setObjectName("editEventOrSessionButton")
        self.delete_button = QPushButton(icons.icon("delete"), "")
        self.delete_button.setObjectName("deleteEventOrSessionButton")
        left = QWidget()
        self._left = left
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(8, 8, 0, 8)
        # Each pair of buttons side by side, or one above the other when the list is
        # narrow (a 1024 px laptop): the labels stay readable either way.
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_event_button)
        buttons.addWidget(self.new_session_button)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.tree, 1)
        more = QHBoxLayout()
        more.addWidget(self.edit_button)
        more.addWidget(self.delete_button)
        left_layout.addLayout(more)
        self._button_rows = (
            (buttons, (self.new_event_button, self.new_session_button)),
            (more, (self.edit_button, self.delete_button)),
        )
        left.installEventFilter(self)

        self.workspace = SessionWorkspace()
        if settings is not None:
            self.workspace.agenda.set_settings(settings)
        self.event_page = QWidget()
        self.event_title = QLabel()
        self.event_title.setObjectName("eventTitle")
        self.event_title.setTextFormat(Qt.TextFormat.PlainText)
        self.event_title.setWordWrap(True)
        title_font = QFont(self.event_title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.event_title.setFont(title_font)
        self.event_facts = QLabel()
        self.event_facts.setObjectName("eventFacts")
        self.event_facts.setTextFormat(Qt.TextFormat.PlainText)
        self.event_facts.setWordWrap(True)
        facts_font = self.event_facts.font()
        facts_font.setPointSizeF(facts_font.pointSizeF() * 1.15)
        self.event_facts.setFont(facts_font)
        self.event_add_session_button = QPushButton(icons.icon("add"), "")
        self.event_add_session_button.setObjectName("eventAddSessionButton")
        event_layout = QVBoxLayout(self.event_page)
        event_layout.setContentsMargins(24, 16, 24, 16)
        event_layout.addWidget(self.event_title)
        event_layout.addWidget(self.event_facts)
        event_layout.addWidget(self.event_add_session_button, 0, Qt.AlignmentFlag.AlignLeft)
        event_layout.addStretch(1)
        self.empty_page = QLabel()
        self.empty_page.setObjectName("sessionsEmpty")
        self.empty_page.setWordWrap(True)
        self.empty_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_page.setStyleSheet("font-size: 14pt; color: palette(dark); padding: 40px;")
        self.right = QStackedWidget()
        self.right.addWidget(self.empty_page)
        self.right.addWidget(self.event_page)
        self.right.addWidget(self.workspace)

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([280, 1000])
        self._sized = False
        self.splitter.setCollapsible(1, False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        self.new_event_button.clicked.connect(self.new_event)
        self.new_session_button.clicked.connect(self._on_new_session_button_clicked)
        self.event_add_session_button.clicked.connect(
            lambda: self.new_session(self._selected[1] if self._selected else None)
        )
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.workspace.edit_button.clicked.connect(self.edit_selected)
        self.workspace.board.item_changed.connect(self._emit_focus)
        self.workspace.board.item_replaced.connect(self._emit_focus)
        self.workspace.live_bar.running_item_changed.connect(self._emit_focus)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        self.retranslate_ui()
        self._update_state()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            # The list takes less on a 1024 px beamer laptop; the user's drag wins afterwards.
            self._sized = True
            width = self.width()
            tree = max(self._left.minimumWidth(), min(340, width * 23 // 100))
            self.splitter.setSizes([tree, max(width - tree, 400)])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._left and event.type() == QEvent.Type.Resize:
            self._arrange_buttons()
        return super().eventFilter(watched, event)

    def _arrange_buttons(self) -> None:
        width = self._left.contentsRect().width()
        margins = self._left.layout().contentsMargins()
        width -= margins.left() + margins.right()
        for row, pair in self._button_rows:
            needed = sum(b.sizeHint().width() for b in pair) + row.spacing()
            direction = (
                QBoxLayout.Direction.LeftToRight
                if needed <= width
                else QBoxLayout.Direction.TopToBottom
            )
            if row.direction() != direction:
                row.setDirection(direction)

    # ------------------------------------------------------------ document
    def set_session(self, session: DocumentSession | None) -> None:
        if self.session is not None:
            self.session.events_changed.disconnect(self._on_events_changed)
        self.session = session
        self._selected = None
        if session is not None:
            session.events_changed.connect(self._on_events_changed)
        self.workspace.set_context(None, None)
        self._rebuild_tree()
        self._select_default()
        self._update_state()

    def _on_events_changed(self, changes: Changes) -> None:
        if changes.entities & {Entity.EVENT, Entity.SESSION}:
            self._rebuild_tree()
            if self._selected is None or self._find_item(*self._selected) is None:
                # The shown one is gone (deleted, or its creation undone): show another
                # rather than an empty page next to a full list.
                self._selected = None
                self._following = True
                try:
                    self._select_default()
                finally:
                    self._following = False
            else:
                self._show_selected()

    def selected(self) -> tuple[str, str] | None:
        """("event" | "session", uuid) of what the list has selected, if anything."""
        return self._selected

    def current_session_uuid(self) -> str | None:
        return self._selected[1] if self._selected and self._selected[0] == "session" else None

    def current_agenda_item_uuid(self) -> str | None:
        return self.workspace.board.current_item_uuid() if self.current_session_uuid() else None

    def finish_editing(self) -> bool:
        return self.workspace.finish_editing()

    def finish_in_place_editing(self) -> bool:
        return self.workspace.finish_in_place_editing()

    # ------------------------------------------------------------ tree
    def _rebuild_tree(self) -> None:
        blocker = QSignalBlocker(self.tree)
        self.tree.clear()
        session = self.session
        if session is None:
            del blocker
            return
        events = session.events
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for event in events.events():
            parent = QTreeWidgetItem([self._event_label(event)])
            parent.setData(0, KIND_ROLE, "event")
            parent.setData(0, UUID_ROLE, event.uuid)
            parent.setIcon(0, icons.icon("event"))
            parent.setFont(0, bold)
            self.tree.addTopLevelItem(parent)
            for item in events.sessions(event.uuid):
                parent.addChild(self._session_item(item, event_date=event.date))
            parent.setExpanded(True)
        standalone = events.standalone_sessions()
        if standalone:
            group = QTreeWidgetItem([self.tr("Single sessions")])
            group.setData(0, KIND_ROLE, STANDALONE)
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(group)
            for item in standalone:
                group.addChild(self._session_item(item))
            group.setExpanded(True)
        # The list is rebuilt on every change of an event or session: keep the selection.
        current = self._find_item(*self._selected) if self._selected else None
        if current is not None:
            self.tree.setCurrentItem(current)
        del blocker

    def _event_label(self, event: Event) -> str:
        if event.date:
            return f"{event.title} ({format_date(event.date)})"
        return event.title

    def _session_item(self, item: Session, *, event_date: str = "") -> QTreeWidgetItem:
        label = item.title
        if item.date and item.date != event_date:  # the event's day is on the event
            label += f" · {format_date(item.date)}"
        tree_item = QTreeWidgetItem([label])
        tree_item.setData(0, KIND_ROLE, "session")
        tree_item.setData(0, UUID_ROLE, item.uuid)
        tree_item.setIcon(0, icons.icon(f"format_{item.format.value}"))
        tree_item.setToolTip(0, f"{translate(item.format.label)}: {item.title}")
        return tree_item

    def _find_item(self, kind: str, uuid: str) -> QTreeWidgetItem | None:
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item.data(0, KIND_ROLE) == kind and item.data(0, UUID_ROLE) == uuid:
                return item
            stack.extend(item.child(i) for i in range(item.childCount()))
        return None

    def select(self, kind: str, uuid: str) -> None:
        item = self._find_item(kind, uuid)
        if item is not None:
            self.tree.setCurrentItem(item)

    def _select_default(self) -> None:
        """The session most likely wanted: today's or the next one, else the latest."""
        if self.session is None:
            self._show_selected()
            return
        sessions = self.session.events.sessions()
        if not sessions:
            events = self.session.events.events()
            if events:
                self.select("event", events[0].uuid)
            if self._selected is None:
                self._show_selected()
            return
        today = date.today().isoformat()
        upcoming = [s for s in sessions if s.date and s.date >= today]
        dated = [s for s in sessions if s.date]
        chosen = upcoming[0] if upcoming else (dated[-1] if dated else sessions[0])
        self.select("session", chosen.uuid)
        if self._selected is None:
            self._show_selected()

    def _on_tree_current_item_changed(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        if not self._following and not self.workspace.finish_editing():
            # Refused text (its tab says why) stays where it was typed: so does the list.
            with QSignalBlocker(self.tree):
                self.tree.setCurrentItem(_previous)
            return
        kind = current.data(0, KIND_ROLE) if current is not None else None
        if kind in ("event", "session") and current is not None:
            self._selected = (str(kind), str(current.data(0, UUID_ROLE)))
        else:
            self._selected = None
        self._show_selected()

    def _on_tree_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, KIND_ROLE) == "session":
            self.workspace.tabs.currentWidget().setFocus()

    def _show_selected(self) -> None:
        session = self.session
        selected = self._selected
        if session is not None and selected is not None:
            kind, uuid = selected
            if kind == "session":
                item = session.events.session(uuid)
                if item is not None:
                    event = session.events.event(item.event_uuid) if item.event_uuid else None
                    self.workspace.show_header(item, event)
                    if self.workspace.agenda.session_uuid != uuid:
                        self.workspace.set_context(session, uuid)
                    self.right.setCurrentWidget(self.workspace)
                    self._update_state()
                    self._emit_focus()
                    return
            elif kind == "event":
                event = session.events.event(uuid)
                if event is not None:
                    self._show_event(event)
                    self.workspace.set_context(None, None)
                    self._update_state()
                    self._emit_focus()
                    return
            self._selected = None
        self.workspace.set_context(None, None)
        self.right.setCurrentWidget(self.empty_page)
        self._update_state()
        self._emit_focus()

    def _show_event(self, event: Event) -> None:
        assert self.session is not None
        self.event_title.setText(event.title)
        sessions = self.session.events.sessions(event.uuid)
        lines = []
        facts = []
        if event.date:
            facts.append(format_date(event.date))
        if event.place:
            facts.append(event.place)
        if facts:
            lines.append(" · ".join(facts))
        lines.append(SessionsView.tr("%n sessions", "", len(sessions)))
        for item in sessions:
            # "Runder Tisch: Runder Tisch 1: …" says the format twice.
            label = translate(item.format.label)
            text = item.title if item.title.startswith(label) else f"{label}: {item.title}"
            if item.start_time:
                text = f"{item.start_time} · {text}"
            lines.append(f"• {text}")
        self.event_facts.setText("\n".join(lines))
        self.right.setCurrentWidget(self.event_page)

    def _emit_focus(self, *_: object) -> None:
        self.focus_changed.emit(
            self.current_session_uuid() or "", self.current_agenda_item_uuid() or ""
        )

    def _update_state(self) -> None:
        writable = self.session is not None and not self.session.read_only
        self.new_event_button.setEnabled(writable)
        self.new_session_button.setEnabled(writable)
        self.event_add_session_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and self._selected is not None)
        self.delete_button.setEnabled(writable and self._selected is not None)

    # ------------------------------------------------------------ gestures
    def new_event(self) -> None:
        session = self.session
        if session is None or session.read_only:
            return
        dialog = EventDialog(None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        command = cmd.add_event(session, dialog.draft())
        if session.push(command) and command.uuid:
            self.select("event", command.uuid)

    def new_session(self, event_uuid: str | None = None) -> None:
        session = self.session
        if session is None or session.read_only:
            return
        if event_uuid is None and self._selected is not None:
            kind, uuid = self._selected
            if kind == "event":
                event_uuid = uuid
            else:
                current = session.events.session(uuid)
                event_uuid = current.event_uuid if current else None
        templates = load_templates(self.settings) if self.settings is not None else []
        dialog = SessionDialog(
            None, session.events.events(), self, templates=templates, event_uuid=event_uuid
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        command = cmd.add_session(session, dialog.draft(), dialog.agenda())
        if session.push(command) and command.uuid:
            self.select("session", command.uuid)

    def _on_new_session_button_clicked(self) -> None:
        self.new_session()

    def edit_selected(self) -> None:
        session, selected = self.session, self._selected
        if session is None or session.read_only or selected is None:
            return
        kind, uuid = selected
        if kind == "event":
            event = session.events.event(uuid)
            if event is None:
                return
            dialog = EventDialog(event.to_draft(), self)
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.draft() != event.to_draft():
                session.push(cmd.edit_event(session, event, dialog.draft()))
            return
        item = session.events.session(uuid)
        if item is None:
            return
        dialog = SessionDialog(item.to_draft(), session.events.events(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.draft() != item.to_draft():
            session.push(cmd.edit_session(session, item, dialog.draft()))
            self._show_selected()

    def delete_selected(self) -> None:
        session, selected = self.session, self._selected
        if session is None or session.read_only or selected is None:
            return
        # What is typed is saved first: it goes with the session and comes back with it.
        if not self.finish_editing():
            return
        kind, uuid = selected
        if kind == "event":
            event = session.events.event(uuid)
            if event is None:
                return
            count = len(session.events.sessions(uuid))
            # The service keeps an event's sessions: they stand alone afterwards.
            question = SessionsView.tr(
                "Delete the event “{title}”? Its %n session(s) stay, with everything "
                "recorded in them, as single sessions. You can undo this with Ctrl+Z.",
                "",
                count,
            ).format(title=event.title)
            command = cmd.delete_event(session, event)
        else:
            item = session.events.session(uuid)
            if item is None:
                return
            question = self.tr(
                "Delete the session “{title}” with its agenda, cards, results and photos? "
                "You can undo this with Ctrl+Z."
            ).format(title=item.title)
            command = cmd.delete_session(session, item)
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            session.push(command)  # the list then shows another one (_on_events_changed)

    # ------------------------------------------------------------ language
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.new_event_button.setText(self.tr("New event…"))
        self.new_event_button.setToolTip(
            self.tr("An event such as a Fachtag: a date and place holding several sessions")
        )
        self.new_session_button.setText(self.tr("New session…"))
        self.new_session_button.setToolTip(
            self.tr("A session: plenary, round table, workshop, steering committee…")
        )
        self.event_add_session_button.setText(self.tr("Add a session to this event…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        # The list may be as narrow as its widest button (the pairs then stack).
        margins = self._left.layout().contentsMargins()
        self._left.setMinimumWidth(
            max(b.sizeHint().width() for _row, pair in self._button_rows for b in pair)
            + margins.left()
            + margins.right()
        )
        self._arrange_buttons()
        self.empty_page.setText(
            self.tr(
                "No events or sessions yet.\n\nCreate an event (for example a Fachtag) or a "
                "single session (for example a steering committee) to plan the agenda and "
                "capture what the room says."
            )
        )
        if self.session is not None:
            self._rebuild_tree()
            self._retranslate_selected()

    def _retranslate_selected(self) -> None:
        """The session's header or the event's facts in the new language (nothing else
        changes: the beamer keeps what it shows)."""
        if self.session is None or self._selected is None:
            return
        kind, uuid = self._selected
        events = self.session.events
        if kind == "session" and (item := events.session(uuid)) is not None:
            event = events.event(item.event_uuid) if item.event_uuid else None
            self.workspace.show_header(item, event)
        elif kind == "event" and (found := events.event(uuid)) is not None:
            self._show_event(found)
