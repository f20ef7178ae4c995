"""The "Pinboard" tab of a session: the Metaplan board of one agenda item.

The facilitator types what the room says into the entry line at the top: text, Enter,
the next card (the author/table and the colour stay for the next one, since one table
usually dictates several cards). New cards go to the column chosen in "New cards go to"
(the unsorted cards unless a cluster was picked there, or its header clicked on the
board): a facilitator sorting while the room dictates decides that on purpose, and a
card selected for voting never pulls new cards into its cluster by surprise.

Everything else works from the keyboard too: arrows select, Ctrl+arrows move a card (or
a selected cluster), Ctrl+G makes a cluster of the selected card, F2/Enter edits, Delete
deletes, + / − and digits set the dots; Ctrl+1..6 pick the colour (Alt+1..5 switch the
workspace's tabs). Each gesture is one undoable command (:mod:`ciworkshop.ui.event_commands`).

The board follows ``events_changed``: a change of single cards (typing, voting, moving)
re-reads only those cards and puts them in place; cluster changes re-read the board.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QUndoCommand,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ciworkshop.domain import event_rules
from ciworkshop.domain.events import (
    AgendaItem,
    Card,
    CardColour,
    CardDraft,
    Cluster,
    rank_cards,
)
from ciworkshop.domain.rules import FIELD_LIMITS, Problem, ValidationError
from ciworkshop.services.changes import Changes, Entity
from ciworkshop.ui import event_commands, icons
from ciworkshop.ui.dialogs.base import FormDialog
from ciworkshop.ui.dialogs.base import field_text as _text
from ciworkshop.ui.dialogs.base import set_field_text as _set_text
from ciworkshop.ui.dialogs.limits import LimitWatcher
from ciworkshop.ui.errors import problem_text
from ciworkshop.ui.i18n import translate
from ciworkshop.ui.session import DocumentSession
from ciworkshop.ui.views.session_panel import SessionPanel
from ciworkshop.ui.widgets.card_board import CARD_FILL, UNSORTED, CardBoard

PROBLEM_COLOUR = "#C62828"
INFO_COLOUR = "#37474F"
COLOURS = tuple(CardColour)
# A change of more cards than this re-reads the whole board (one query) instead.
INCREMENTAL_MAX = 12
# Narrower than this (a 1024 px screen with the session list beside it), the buttons show
# their icons only (the text goes to the tooltip) and the agenda item's combo its title
# without a label: the rows then fit without squeezing anything.
COMPACT_WIDTH = 1000


def unsorted_text() -> str:
    """One spelling (and one translation) of the unclustered cards' column everywhere."""
    return QCoreApplication.translate("CardBoard", "Unsorted")


def deleted_goal_text() -> str:
    """What a card linked to a goal that no longer exists shows."""
    return QCoreApplication.translate("BoardPanel", "(deleted goal)")


def colour_icon(colour: CardColour, size: int = 18) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(CARD_FILL[colour]))
    painter.setPen(QColor("#7A868D"))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


class StepsCommand(QUndoCommand):
    """Several commands as one undo step, done in order and undone in reverse. Should a
    step fail (it marks itself obsolete), the steps before it are undone and the whole
    command is dropped from the stack."""

    def __init__(self, text: str, steps: Sequence[QUndoCommand]) -> None:
        super().__init__(text)
        self._steps = list(steps)

    def redo(self) -> None:
        for done, step in enumerate(self._steps):
            step.redo()
            if step.isObsolete():
                for earlier in reversed(self._steps[:done]):
                    earlier.undo()
                self.setObsolete(True)
                return

    def undo(self) -> None:
        for step in reversed(self._steps):
            step.undo()
            if step.isObsolete():
                self.setObsolete(True)
                return


class CardEntry(QLineEdit):
    """The entry line. Ctrl+Z undoes typing while there is typing to undo; otherwise
    (after Enter cleared the line) it reaches the window's undo, which takes the last
    card back, as a facilitator expects."""

    board_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # QLineEdit cuts pasted text at 32,767 characters without a word; the card's
        # limit is checked on Enter instead, and nothing is cut.
        self.setMaxLength(2_000_000_000)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            undo = event.matches(QKeySequence.StandardKey.Undo) and not self.isUndoAvailable()
            redo = event.matches(QKeySequence.StandardKey.Redo) and not self.isRedoAvailable()
            if undo or redo:
                event.ignore()
                return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and not event.modifiers():
            self.board_requested.emit()
            return
        super().keyPressEvent(event)


# ---------------------------------------------------------------- the card dialog
class CardDialog(FormDialog):
    """A card's text, author, colour, linked impact goal and dots."""

    def __init__(
        self,
        card: Card,
        *,
        goals: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cardDialog")
        self.text_edit = self.add_text_field("card_text", multiline=True)
        assert isinstance(self.text_edit, QPlainTextEdit)
        self.author_edit = self.add_text_field("card_author")
        self.colour_combo = QComboBox()
        self.colour_combo.setObjectName("colourCombo")
        for colour in COLOURS:
            self.colour_combo.addItem(colour_icon(colour), "", colour.value)
        self.add_row("colour", self.colour_combo)
        self.goal_combo = QComboBox()
        self.goal_combo.setObjectName("goalCombo")
        self.goal_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.goal_combo.setMinimumContentsLength(40)
        self.goal_combo.addItem("", None)
        for uuid, statement in goals:
            self.goal_combo.addItem(" ".join(statement.split()), uuid)
        self._deleted_goal = card.goal_uuid if card.goal_uuid else None
        if card.goal_uuid and all(uuid != card.goal_uuid for uuid, _ in goals):
            self.goal_combo.addItem("", card.goal_uuid)  # "(deleted goal)", set in retranslate
        else:
            self._deleted_goal = None
        self.add_row("goal", self.goal_combo)
        self.dots_spin = QSpinBox()
        self.dots_spin.setObjectName("dotsSpin")
        self.dots_spin.setRange(0, event_rules.DOTS_MAX)
        self.add_row("dots", self.dots_spin)

        _set_text(self.text_edit, card.text)
        _set_text(self.author_edit, card.author)
        self.colour_combo.setCurrentIndex(COLOURS.index(card.colour))
        self.goal_combo.setCurrentIndex(max(0, self.goal_combo.findData(card.goal_uuid)))
        self.dots_spin.setValue(card.dots)
        self.text_edit.textChanged.connect(self._update_ok)
        self.text_edit.setFocus()
        self.retranslate_ui()
        self._update_ok()

    def draft(self) -> CardDraft:
        return CardDraft(
            text=_text(self.text_edit),
            author=_text(self.author_edit),
            colour=COLOURS[self.colour_combo.currentIndex()],
            goal_uuid=self.goal_combo.currentData() or None,
        )

    def dots(self) -> int:
        return self.dots_spin.value()

    def is_valid(self) -> bool:
        return super().is_valid() and not event_rules.check_card(self.draft())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit card"))
        self.retranslate_labels({"goal": self.tr("Impact &goal:")})
        for index, colour in enumerate(COLOURS):
            self.colour_combo.setItemText(index, translate(colour.label))
        self.goal_combo.setItemText(0, self.tr("(no goal)"))
        if self._deleted_goal is not None:
            self.goal_combo.setItemText(self.goal_combo.count() - 1, deleted_goal_text())


# ---------------------------------------------------------------- the panel
def _keys(portable: str) -> str:
    """A menu entry's key hint as the platform and language write it ("Strg+G")."""
    return "\t" + QKeySequence(portable).toString(QKeySequence.SequenceFormat.NativeText)


class BoardPanel(SessionPanel):
    """The board of one agenda item of the session, with the entry line on top and the
    dot-vote ranking beside it."""

    # The user picked another agenda item (its UUID).
    item_changed = Signal(str)
    # The agenda item shown was deleted (or its session's agenda replaced): another one
    # (its UUID, "" for none) is shown now. The beamer follows it.
    item_replaced = Signal(str)
    # The selected card changed (its UUID, or "" for none): the beamer's spotlight.
    card_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardPanel")
        self._item: str | None = None
        self._items: list[AgendaItem] = []
        self._clusters: list[Cluster] = []
        self._goals: dict[str, str] | None = None
        self._canvas_session: DocumentSession | None = None
        self._stale = False
        self._colour = CardColour.YELLOW
        # Compact until a resize says there is room: a wide minimum would otherwise push
        # the session list aside before the first layout.
        self._compact = True
        self._button_texts: dict[QAbstractButton, tuple[str, str]] = {}

        # Row 1: agenda item, cluster, ranking, zoom.
        self.item_label = QLabel()
        self.item_combo = QComboBox()
        self.item_combo.setObjectName("agendaItemCombo")
        self.item_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        # Short minimums: the combos stretch when there is room (a 1024 px screen has none).
        self.item_combo.setMinimumContentsLength(12)
        self.item_label.setBuddy(self.item_combo)
        self.new_cluster_button = QPushButton(icons.icon("add"), "")
        self.new_cluster_button.setObjectName("newClusterButton")
        self.ranking_button = QPushButton(icons.icon("quality"), "")
        self.ranking_button.setObjectName("rankingButton")
        self.ranking_button.setCheckable(True)
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setIcon(icons.icon("zoom_out"))
        self.zoom_out_button.setObjectName("zoomOutButton")
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setIcon(icons.icon("zoom_in"))
        self.zoom_in_button.setObjectName("zoomInButton")
        top = QHBoxLayout()
        top.addWidget(self.item_label)
        top.addWidget(self.item_combo, 2)
        top.addSpacing(12)
        # Filled further down: where new cards go sits with the item they go to, so the
        # entry row keeps its width for typing on a 1024 px screen.
        self._top_layout = top
        top.addSpacing(12)
        top.addWidget(self.new_cluster_button)
        top.addWidget(self.ranking_button)
        top.addWidget(self.zoom_out_button)
        top.addWidget(self.zoom_in_button)

        # Row 2: the entry line and what stays between cards.
        self.entry = CardEntry()
        self.entry.setObjectName("cardEntry")
        entry_font = self.entry.font()
        entry_font.setPointSizeF(max(entry_font.pointSizeF() * 1.3, 13.0))
        self.entry.setFont(entry_font)
        self.entry.setMinimumHeight(round(self.entry.fontMetrics().height() * 1.8))
        self.author_edit = QLineEdit()
        self.author_edit.setObjectName("cardAuthorEdit")
        self.author_edit.setMaxLength(2_000_000_000)
        self.author_edit.setMinimumHeight(self.entry.minimumHeight())
        self.colour_group = QButtonGroup(self)
        self.colour_group.setExclusive(True)
        self.colour_buttons: dict[CardColour, QToolButton] = {}
        colours = QHBoxLayout()
        colours.setSpacing(2)
        for index, colour in enumerate(COLOURS):
            button = QToolButton()
            button.setObjectName(f"colour{colour.value.capitalize()}Button")
            button.setCheckable(True)
            button.setIcon(colour_icon(colour, 22))
            button.setIconSize(QSize(22, 22))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+1..6 instead
            self.colour_group.addButton(button, index)
            self.colour_buttons[colour] = button
            colours.addWidget(button)
        self.colour_buttons[self._colour].setChecked(True)
        self.target_label = QLabel()
        self.target_combo = QComboBox()
        self.target_combo.setObjectName("targetCombo")
        self.target_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.target_combo.setMinimumContentsLength(8)
        self.target_label.setBuddy(self.target_combo)
        self.add_button = QPushButton(icons.icon("add"), "")
        self.add_button.setObjectName("addCardButton")
        self.add_button.setMinimumHeight(self.entry.minimumHeight())
        self.entry_row = QWidget()
        entry_layout = QHBoxLayout(self.entry_row)
        entry_layout.setContentsMargins(0, 0, 0, 0)
        self.entry.setMinimumWidth(240)
        self.author_edit.setMinimumWidth(130)
        entry_layout.addWidget(self.entry, 5)
        entry_layout.addWidget(self.author_edit, 2)
        entry_layout.addLayout(colours)
        entry_layout.addWidget(self.add_button)
        self._top_layout.insertWidget(3, self.target_label)
        self._top_layout.insertWidget(4, self.target_combo, 1)

        self.limit_label = QLabel()
        self.limit_label.setObjectName("cardLimitHint")
        self.limit_watcher = LimitWatcher(self.entry, FIELD_LIMITS["card_text"], self.limit_label)
        self.message_label = QLabel()
        self.message_label.setObjectName("boardMessage")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        # The board and the ranking beside it.
        self.board = CardBoard()
        self.board.goal_text = self._goal_text
        self.ranking = QTreeWidget()
        self.ranking.setObjectName("rankingList")
        self.ranking.setColumnCount(4)
        self.ranking.setRootIsDecorated(False)
        self.ranking.setUniformRowHeights(True)
        self.ranking.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ranking.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.ranking.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.ranking_title = QLabel()
        title_font = self.ranking_title.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.ranking_title.setFont(title_font)
        self.ranking_hint = QLabel()
        self.ranking_hint.setObjectName("rankingHint")
        self.ranking_hint.setWordWrap(True)
        self.ranking_hint.setStyleSheet(f"color: {INFO_COLOUR};")
        self.ranking_panel = QWidget()
        ranking_layout = QVBoxLayout(self.ranking_panel)
        ranking_layout.setContentsMargins(6, 0, 0, 0)
        ranking_layout.addWidget(self.ranking_title)
        ranking_layout.addWidget(self.ranking, 1)
        ranking_layout.addWidget(self.ranking_hint)
        self.ranking_panel.setMinimumWidth(300)
        self.ranking_panel.hide()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.board)
        self.splitter.addWidget(self.ranking_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        self.read_only_label = QLabel()
        self.read_only_label.setObjectName("boardReadOnly")
        self.read_only_label.setStyleSheet(f"color: {INFO_COLOUR};")
        self.read_only_label.hide()

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(6)
        content_layout.addLayout(top)
        content_layout.addWidget(self.entry_row)
        content_layout.addWidget(self.limit_label)
        content_layout.addWidget(self.message_label)
        content_layout.addWidget(self.read_only_label)
        content_layout.addWidget(self.splitter, 1)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("boardEmptyHint")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_font = self.empty_label.font()
        empty_font.setPointSizeF(empty_font.pointSizeF() * 1.3)
        self.empty_label.setFont(empty_font)
        self.empty_label.setStyleSheet(f"color: {INFO_COLOUR}; padding: 40px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.stack)
        self.setTabOrder(self.entry, self.author_edit)
        self.setTabOrder(self.author_edit, self.target_combo)
        self.setTabOrder(self.target_combo, self.add_button)
        self.setTabOrder(self.add_button, self.board)

        # Keys that work anywhere in the tab (the entry line keeps its own).
        self.zoom_in_action = self._action(
            QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn)
        )
        self.zoom_out_action = self._action(
            QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomOut)
        )
        self.zoom_reset_action = self._action([QKeySequence("Ctrl+0")])
        self.new_cluster_action = self._action([QKeySequence("Ctrl+G")])
        self.colour_actions = [
            self._action([QKeySequence(f"Ctrl+{index + 1}")]) for index in range(len(COLOURS))
        ]

        self.item_combo.activated.connect(self._on_item_combo_activated)
        self.entry.returnPressed.connect(self.add_card_from_entry)
        self.entry.textEdited.connect(self._on_entry_text_edited)
        self.entry.board_requested.connect(self._on_entry_board_requested)
        self.author_edit.returnPressed.connect(self.add_card_from_entry)
        self.add_button.clicked.connect(self.add_card_from_entry)
        self.colour_group.idClicked.connect(lambda index: self.set_colour(COLOURS[index]))
        self.new_cluster_button.clicked.connect(self.new_cluster)
        self.ranking_button.toggled.connect(self._on_ranking_button_toggled)
        self.ranking.itemActivated.connect(self._on_ranking_item_activated)
        self.ranking.itemClicked.connect(self._on_ranking_item_activated)
        self.zoom_in_button.clicked.connect(self.board.zoom_in)
        self.zoom_out_button.clicked.connect(self.board.zoom_out)
        self.zoom_in_action.triggered.connect(self.board.zoom_in)
        self.zoom_out_action.triggered.connect(self.board.zoom_out)
        self.zoom_reset_action.triggered.connect(self.board.reset_zoom)
        self.new_cluster_action.triggered.connect(self.new_cluster)
        for index, action in enumerate(self.colour_actions):
            action.triggered.connect(lambda _=False, i=index: self.set_colour(COLOURS[i]))

        board = self.board
        board.card_selected.connect(self.card_selected)
        board.card_selected.connect(self._on_board_card_selected)
        board.cluster_selected.connect(self._on_board_cluster_selected)
        board.card_move_requested.connect(self._on_board_card_move_requested)
        board.new_cluster_requested.connect(self.cluster_from_card)
        board.empty_cluster_requested.connect(lambda: self.new_cluster(from_card=False))
        board.cluster_move_requested.connect(self._on_board_cluster_move_requested)
        board.dots_requested.connect(self.set_dots)
        board.edit_requested.connect(self.edit_card)
        board.delete_card_requested.connect(self.delete_card)
        board.delete_cluster_requested.connect(self.delete_cluster)
        board.rename_committed.connect(self._on_board_rename_committed)
        board.context_menu_requested.connect(self._on_board_context_menu_requested)
        board.text_typed.connect(self._on_board_text_typed)
        board.entry_requested.connect(lambda: self.entry.setFocus(Qt.FocusReason.OtherFocusReason))
        self.retranslate_ui()
        self._show_state()

    def _action(self, keys: Sequence[QKeySequence]) -> QAction:
        action = QAction(self)
        action.setShortcuts(list(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    # ------------------------------------------------------------ public API
    def current_item_uuid(self) -> str | None:
        return self._item

    def current_card_uuid(self) -> str | None:
        return self.board.selected_card()

    def show_item(self, agenda_item_uuid: str) -> None:
        """Show the board of this agenda item (the workspace calls it when the live run
        moves on). An item of another session is ignored."""
        if agenda_item_uuid == self._item:
            return
        if all(item.uuid != agenda_item_uuid for item in self._items):
            if self.session is None or self.session_uuid is None:
                return
            self._items = self.session.events.agenda(self.session_uuid)
            if all(item.uuid != agenda_item_uuid for item in self._items):
                return
            self._fill_item_combo()
        self._set_item(agenda_item_uuid)

    def set_context(self, session: DocumentSession | None, session_uuid: str | None) -> None:
        if session is not self._canvas_session:
            if self._canvas_session is not None:
                self._canvas_session.canvas_changed.disconnect(self._on_canvas_changed)
            if session is not None:
                session.canvas_changed.connect(self._on_canvas_changed)
            self._canvas_session = session
            self._goals = None
        if session_uuid != self.session_uuid or session is not self.session:
            self._item = None
        super().set_context(session, session_uuid)

    # ------------------------------------------------------------ loading
    def reload(self) -> None:
        before = self._item
        self._reload()
        if before is not None and self._item != before:
            self.item_replaced.emit(self._item or "")

    def _reload(self) -> None:
        self._stale = False
        self._goals = None
        if self.session is None or self.session_uuid is None:
            self._items = []
            self._item = None
            self._fill_item_combo()
            self._load_board()
            self._show_state()
            return
        self._items = self.session.events.agenda(self.session_uuid)
        self._choose_item()
        self._fill_item_combo()
        self._load_board()
        self._show_state()

    def _choose_item(self) -> None:
        """Keep the item shown; if it is gone, pick the one the room most likely wants."""
        assert self.session is not None
        uuids = [item.uuid for item in self._items]
        if self._item not in uuids:
            # The running item; after (or between) runs the first one that has cards, so a
            # finished session opens on what the room said, not on an empty welcome round.
            running = next((i for i in self._items if i.is_running), None)
            events = self.session.events
            with_cards = (
                None if running else next((u for u in uuids if events.board(u).cards()), None)
            )
            self._item = running.uuid if running else with_cards or (uuids[0] if uuids else None)

    def _set_item(self, uuid: str | None) -> None:
        self.finish_rename()
        self._item = uuid
        index = self.item_combo.findData(uuid)
        with QSignalBlocker(self.item_combo):
            self.item_combo.setCurrentIndex(index)
        self.board.select_card(None)
        self.board.horizontalScrollBar().setValue(0)
        self.board.verticalScrollBar().setValue(0)
        self._load_board()
        self._show_state()

    def _fill_item_combo(self) -> None:
        with QSignalBlocker(self.item_combo):
            self.item_combo.clear()
            for item in self._items:
                self.item_combo.addItem(self._item_title(item), item.uuid)
            self.item_combo.setCurrentIndex(self.item_combo.findData(self._item))

    def _item_title(self, item: AgendaItem) -> str:
        title = " ".join(item.title.split())
        text = f"{item.position + 1}. {title}"
        if item.is_running:
            text += " – " + self.tr("running now")
        return text

    def _load_board(self) -> None:
        if self.session is None or self._item is None:
            self._clusters = []
            self.board.clear()
        elif not self.isVisible():
            # Another tab is shown: read the board when this one is (showEvent), not on
            # every session the user clicks through.
            self._stale = True
            return
        else:
            board = self.session.events.board(self._item)
            self._clusters = list(board.clusters)
            self.board.set_board(board.clusters, board.cards_by_cluster)
        self._fill_target_combo()
        self._refresh_ranking()

    def _show_state(self) -> None:
        if self.session is None or self.session_uuid is None:
            self.empty_label.setText(self.tr("No session is selected."))
            self.stack.setCurrentIndex(0)
        elif not self._items:
            self.empty_label.setText(
                self.tr(
                    "This session has no agenda items yet. Add one on the “Agenda” tab: "
                    "each agenda item has its own pinboard."
                )
            )
            self.stack.setCurrentIndex(0)
        else:
            self.stack.setCurrentIndex(1)
        read_only = self.read_only
        self.board.set_read_only(read_only)
        self.entry_row.setVisible(not read_only)
        # Focus on the tab (Enter on a session in the list) lands where one types or looks.
        shown = self.stack.currentIndex() == 1
        self.setFocusProxy((self.board if read_only else self.entry) if shown else None)
        if read_only:
            self.limit_label.hide()
        self.new_cluster_button.setVisible(not read_only)
        self.read_only_label.setVisible(read_only and self.session is not None)
        for action in (self.new_cluster_action, *self.colour_actions):
            action.setEnabled(not read_only)

    def _fill_target_combo(self) -> None:
        current = self.target_combo.currentData()
        with QSignalBlocker(self.target_combo):
            self.target_combo.clear()
            self.target_combo.addItem(unsorted_text(), UNSORTED)
            for cluster in self._clusters:
                self.target_combo.addItem(self._cluster_name(cluster), cluster.uuid)
            self.target_combo.setCurrentIndex(max(0, self.target_combo.findData(current)))

    def _cluster_name(self, cluster: Cluster) -> str:
        return " ".join(cluster.name.split()) or QCoreApplication.translate(
            "CardBoard", "(unnamed cluster)"
        )

    # ------------------------------------------------------------ following changes
    def on_events_changed(self, changes: Changes) -> None:
        if not self.isVisible():
            # Another tab is shown: catch up when this one is (showEvent). Only which item
            # is shown is followed now (the beamer shows it): the one shown may be gone.
            self._stale = True
            if changes.entities & {Entity.AGENDA_ITEM} and self.session and self.session_uuid:
                before = self._item
                self._items = self.session.events.agenda(self.session_uuid)
                self._choose_item()
                if self._item != before:
                    self.item_replaced.emit(self._item or "")
            return
        if changes.entities & {Entity.SESSION, Entity.AGENDA_ITEM} and self._refresh_agenda():
            return
        if changes.entities & {Entity.CARD, Entity.CLUSTER}:
            self._refresh_board(changes)

    def _refresh_agenda(self) -> bool:
        """Follow the agenda (titles, live run, items added or deleted); True if that
        meant showing another board. The live run moving on does not re-read the board."""
        if self.session is None or self.session_uuid is None:
            return False
        self._items = self.session.events.agenda(self.session_uuid)
        if any(item.uuid == self._item for item in self._items):
            self._fill_item_combo()
            self._show_state()
            return False
        self.reload()
        return True

    def _refresh_board(self, changes: Changes) -> None:
        if self.session is None or self._item is None:
            return
        if Entity.CLUSTER in changes or len(changes.uuids) > INCREMENTAL_MAX:
            self._load_board()
            return
        # Single cards (typed, voted, moved, edited, deleted): re-read only those. The
        # service keeps the other cards' order, so each goes to its position.
        events = self.session.events
        for uuid in changes.uuids:
            card = events.card(uuid)
            if card is None or card.agenda_item_uuid != self._item:
                self.board.remove_card(uuid)
            else:
                self.board.put_card(card)
        self._refresh_ranking()

    def _on_canvas_changed(self, changes: Changes) -> None:
        if Entity.GOAL in changes or Entity.CANVAS in changes:
            self._goals = None
            self.board.viewport().update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()
        if not self.read_only and self.stack.currentIndex() == 1:
            self.entry.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------ goals
    def _goal_list(self) -> dict[str, str]:
        if self._goals is None:
            if self.session is None:
                return {}
            goals = self.session.canvas.snapshot().goals
            self._goals = {g.uuid: g.statement for g in goals}
        return self._goals

    def _goal_text(self, uuid: str) -> str:
        statement = self._goal_list().get(uuid)
        if statement is None:
            return deleted_goal_text()
        return " ".join(statement.split())

    # ------------------------------------------------------------ entry line
    def set_colour(self, colour: CardColour) -> None:
        """The colour of the next cards (kept between cards)."""
        self._colour = colour
        self.colour_buttons[colour].setChecked(True)

    def colour(self) -> CardColour:
        return self._colour

    def target_cluster(self) -> str | None:
        """Where the next card goes: a cluster's UUID, or None for the unsorted cards."""
        data = self.target_combo.currentData()
        return data if data and any(c.uuid == data for c in self._clusters) else None

    def set_target_cluster(self, uuid: str | None) -> None:
        self.target_combo.setCurrentIndex(max(0, self.target_combo.findData(uuid or UNSORTED)))

    def add_card_from_entry(self) -> bool:
        """Enter: the typed text becomes a card; the line is cleared for the next one.
        Empty text does nothing; refused text stays in the line with the reason."""
        if self.session is None or self._item is None or self.read_only:
            return False
        text = self.entry.text()
        if not text.strip():
            return False
        draft = CardDraft(text=text, author=self.author_edit.text(), colour=self._colour)
        problems = event_rules.check_card(draft)
        if problems:
            self._show_problems(problems)
            return False
        command = event_commands.add_card(
            self.session, self._item, draft, cluster_uuid=self.target_cluster()
        )
        if not self._push(command):
            return False
        self.entry.setText("")  # setText, not clear(): Ctrl+Z now undoes the card
        self._clear_message()
        if command.uuid:
            self.board.ensure_card_visible(command.uuid)
        return True

    def _on_entry_text_edited(self, _text: str) -> None:
        if self.message_label.isVisible():
            self._clear_message()

    def _on_entry_board_requested(self) -> None:
        self.board.setFocus(Qt.FocusReason.OtherFocusReason)
        self.board.select_first()

    def _on_board_text_typed(self, text: str) -> None:
        if self.read_only:
            return
        self.entry.setFocus(Qt.FocusReason.OtherFocusReason)
        self.entry.insert(text)

    # ------------------------------------------------------------ gestures → commands
    def _push(self, command: QUndoCommand) -> bool:
        assert self.session is not None
        try:
            return self.session.push(command)
        except ValidationError as exc:
            self._show_problems(exc.problems)
            return False

    def _fresh_card(self, uuid: str) -> Card | None:
        """The card as it is in the file: positions of the others may have moved since
        the board got its copy, and undo must put it back exactly."""
        if self.session is None or self.read_only:
            return None
        card = self.session.events.card(uuid)
        return card if card is not None and card.agenda_item_uuid == self._item else None

    def set_dots(self, uuid: str, dots: int) -> None:
        card = self._fresh_card(uuid)
        if card is None or self.session is None:
            return
        dots = max(0, dots)
        problems = event_rules.check_dots(dots)
        if problems:
            self._show_problems(problems)
            return
        if dots != card.dots:
            self._push(event_commands.set_dots(self.session, card, dots))

    def _on_board_card_move_requested(self, uuid: str, column: str, index: int) -> None:
        card = self._fresh_card(uuid)
        if card is None or self.session is None:
            return
        cluster = column or None
        position = index
        if cluster == card.cluster_uuid and card.position < index:
            position -= 1  # the card leaves its own place first
        if cluster == card.cluster_uuid and position == card.position:
            return
        if self._push(event_commands.move_card(self.session, card, cluster, position)):
            self.board.select_card(uuid)

    def _on_board_cluster_move_requested(self, uuid: str, position: int) -> None:
        cluster = self._cluster(uuid)
        if cluster is None or self.session is None or self.read_only:
            return
        position = max(0, min(position, len(self._clusters) - 1))
        if position != cluster.position:
            self._push(event_commands.move_cluster(self.session, cluster, position))
            self.board.select_cluster(uuid)

    def _cluster(self, uuid: str) -> Cluster | None:
        return next((c for c in self._clusters if c.uuid == uuid), None)

    def new_cluster(self, *, from_card: bool = True) -> None:
        """Ctrl+G: a new cluster of the selected card (or an empty one), then its name."""
        card = self.board.selected_card() if from_card else None
        if card is not None:
            self.cluster_from_card(card)
            return
        if self.session is None or self._item is None or self.read_only:
            return
        command = event_commands.add_cluster(self.session, self._item, "")
        if self._push(command) and command.uuid:
            self.board.select_cluster(command.uuid)
            self.board.start_rename(command.uuid)

    def cluster_from_card(self, uuid: str) -> None:
        """A new cluster holding this card (one undo step), then its name inline."""
        card = self._fresh_card(uuid)
        if card is None or self.session is None or self._item is None:
            return
        add = event_commands.add_cluster(self.session, self._item, "")
        assert add.uuid is not None
        move = event_commands.move_card(self.session, card, add.uuid, 0)
        text = " ".join(card.text.split())
        text = text if len(text) <= 40 else text[:39] + "…"
        command = StepsCommand(
            self.tr("New cluster from card “{text}”").format(text=text), [add, move]
        )
        if self._push(command):
            self.board.select_card(uuid)
            self.board.start_rename(add.uuid)

    def _on_board_rename_committed(self, uuid: str, name: str) -> None:
        self._rename_cluster(uuid, name)

    def _rename_cluster(self, uuid: str, name: str) -> bool:
        cluster = self._cluster(uuid)
        if cluster is None or self.session is None:
            self.board.close_rename()
            return True
        problems = event_rules.check_cluster_name(name)
        if problems:
            self._show_problems(problems)
            return False
        if name.strip() == cluster.name:
            self.board.close_rename()
            self._clear_message()
            return True
        if not self._push(event_commands.rename_cluster(self.session, cluster, name)):
            return False
        self.board.close_rename()
        self._clear_message()
        return True

    def finish_rename(self) -> bool:
        uuid = self.board.renaming()
        if uuid is None:
            return True
        return self._rename_cluster(uuid, self.board.editor.text())

    def rename_cluster(self, key: str) -> None:
        if key and not self.read_only:
            self.board.select_cluster(key)
            self.board.start_rename(key)

    def delete_cluster(self, uuid: str) -> None:
        cluster = self._cluster(uuid)
        if cluster is None or self.session is None or self.read_only:
            return
        if self._push(event_commands.delete_cluster(self.session, cluster)):
            self._show_message(
                self.tr(
                    "Cluster “{name}” deleted; its cards are back among the unsorted ones. "
                    "Ctrl+Z brings it back."
                ).format(name=self._cluster_name(cluster))
            )

    def delete_card(self, uuid: str) -> None:
        card = self._fresh_card(uuid)
        if card is None or self.session is None:
            return
        column = self.board.column_of(uuid)
        cards = self.board.cards_in(column) if column is not None else []
        index = next((i for i, c in enumerate(cards) if c.uuid == uuid), 0)
        if self._push(event_commands.delete_card(self.session, card)):
            # The selection moves on to the neighbour, so Delete can be pressed again.
            rest = [c for c in cards if c.uuid != uuid]
            if rest:
                self.board.select_card(rest[min(index, len(rest) - 1)].uuid)
            self._show_message(self.tr("Card deleted. Ctrl+Z brings it back."))

    def edit_card(self, uuid: str) -> None:
        card = self._fresh_card(uuid)
        if card is None or self.session is None:
            return
        goals = list(self._goal_list().items())
        dialog = CardDialog(card, goals=goals, parent=self)
        if not dialog.exec():
            return
        card = self._fresh_card(uuid)  # the room may have voted meanwhile (another window)
        if card is None:
            return
        draft, dots = dialog.draft(), dialog.dots()
        steps: list[QUndoCommand] = []
        if draft != card.to_draft():
            steps.append(event_commands.edit_card(self.session, card, draft))
        if dots != card.dots:
            steps.append(event_commands.set_dots(self.session, card, dots))
        if len(steps) == 1:
            self._push(steps[0])
        elif steps:
            self._push(StepsCommand(steps[0].text(), steps))
        self.board.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------ board → panel
    def _on_board_card_selected(self, uuid: str) -> None:
        if not uuid:
            return
        with QSignalBlocker(self.ranking):
            found = self._ranking_item(uuid)
            if found is not None:
                self.ranking.setCurrentItem(found)
            else:
                self.ranking.clearSelection()

    def _on_board_cluster_selected(self, key: str) -> None:
        # Clicking a cluster's header is how one says "new cards go here".
        self.set_target_cluster(key or None)

    def _on_board_context_menu_requested(self, kind: str, key: str, point: QPoint) -> None:
        menu = self.context_menu(kind, key)
        if menu is not None:
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(point)

    def context_menu(self, kind: str, key: str) -> QMenu | None:
        """The menu for a card ("card", UUID) or a cluster header ("cluster", UUID)."""
        if self.read_only:
            return None
        menu = QMenu(self)
        if kind == "card":
            menu.addAction(
                icons.icon("edit"), self.tr("Edit card…") + _keys("F2")
            ).triggered.connect(lambda: self.edit_card(key))
            card = self.board.card(key)
            dots = card.dots if card else 0
            menu.addAction(self.tr("One dot more") + _keys("+")).triggered.connect(
                lambda: self.set_dots(key, dots + 1)
            )
            less = menu.addAction(self.tr("One dot less") + _keys("-"))
            less.setEnabled(dots > 0)
            less.triggered.connect(lambda: self.set_dots(key, dots - 1))
            menu.addAction(
                self.tr("New cluster from this card") + _keys("Ctrl+G")
            ).triggered.connect(lambda: self.cluster_from_card(key))
            menu.addSeparator()
            menu.addAction(
                icons.icon("delete"), self.tr("Delete card") + _keys("Del")
            ).triggered.connect(lambda: self.delete_card(key))
        elif key:
            menu.addAction(
                icons.icon("edit"), self.tr("Rename cluster") + _keys("F2")
            ).triggered.connect(lambda: self.rename_cluster(key))
            cluster = self._cluster(key)
            position = cluster.position if cluster else 0
            left = menu.addAction(
                icons.icon("move_left"), self.tr("Move left") + _keys("Ctrl+Left")
            )
            left.setEnabled(position > 0)
            left.triggered.connect(lambda: self._on_board_cluster_move_requested(key, position - 1))
            right = menu.addAction(
                icons.icon("move_right"), self.tr("Move right") + _keys("Ctrl+Right")
            )
            right.setEnabled(position < len(self._clusters) - 1)
            right.triggered.connect(
                lambda: self._on_board_cluster_move_requested(key, position + 1)
            )
            menu.addSeparator()
            menu.addAction(
                icons.icon("delete"), self.tr("Delete cluster (cards stay)") + _keys("Del")
            ).triggered.connect(lambda: self.delete_cluster(key))
        else:
            menu.deleteLater()
            return None
        return menu

    # ------------------------------------------------------------ ranking
    def _on_ranking_button_toggled(self, checked: bool) -> None:
        self.ranking_panel.setVisible(checked)
        if checked:
            total = sum(self.splitter.sizes())
            side = max(self.ranking_panel.minimumSizeHint().width(), min(460, total // 3))
            self.splitter.setSizes([max(1, total - side), side])
        self._refresh_ranking()

    def show_ranking(self, shown: bool = True) -> None:
        self.ranking_button.setChecked(shown)

    def _refresh_ranking(self) -> None:
        if not self.ranking_panel.isVisibleTo(self):
            return
        # Board order with positions as shown: equal dots keep the board's order.
        cards = [
            dataclasses.replace(card, position=index) if card.position != index else card
            for key in self.board.column_keys()
            for index, card in enumerate(self.board.cards_in(key))
        ]
        ranked = [r for r in rank_cards(cards, self._clusters) if r.card.dots > 0]
        names = {c.uuid: self._cluster_name(c) for c in self._clusters}
        selected = self.board.selected_card()
        with QSignalBlocker(self.ranking):
            self.ranking.clear()
            items = []
            for entry in ranked:
                card = entry.card
                text = " ".join(card.text.split())
                item = QTreeWidgetItem(
                    [
                        f"{entry.rank}.",
                        str(card.dots),
                        text,
                        names.get(card.cluster_uuid or "", unsorted_text()),
                    ]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, card.uuid)
                item.setToolTip(2, card.text)
                item.setTextAlignment(
                    0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
                item.setTextAlignment(
                    1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
                items.append(item)
            self.ranking.addTopLevelItems(items)
            found = self._ranking_item(selected) if selected else None
            if found is not None:
                self.ranking.setCurrentItem(found)
        without = self.board.card_count() - len(ranked)
        if not ranked:
            self.ranking_hint.setText(
                self.tr("No dots yet. Select a card and press + or click its dots corner.")
            )
        else:
            self.ranking_hint.setText(BoardPanel.tr("%n card(s) without dots", "", without))

    def _ranking_items(self) -> list[QTreeWidgetItem]:
        items = (self.ranking.topLevelItem(i) for i in range(self.ranking.topLevelItemCount()))
        return [item for item in items if item is not None]

    def ranking_rows(self) -> list[tuple[str, str, str, str]]:
        """What the ranking list shows: (rank, dots, text, cluster) per row."""
        return [(i.text(0), i.text(1), i.text(2), i.text(3)) for i in self._ranking_items()]

    def _ranking_item(self, uuid: str) -> QTreeWidgetItem | None:
        return next(
            (i for i in self._ranking_items() if i.data(0, Qt.ItemDataRole.UserRole) == uuid),
            None,
        )

    def _on_ranking_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        uuid = item.data(0, Qt.ItemDataRole.UserRole)
        if uuid:
            self.board.select_card(uuid)

    # ------------------------------------------------------------ messages
    def _show_problems(self, problems: Sequence[Problem]) -> None:
        self._show_message(problem_text(problems[0]), error=True)

    def _show_message(self, text: str, *, error: bool = False) -> None:
        colour = PROBLEM_COLOUR if error else INFO_COLOUR
        self.message_label.setStyleSheet(
            f"color: {colour};" + (" font-weight: bold;" if error else "")
        )
        self.message_label.setText(text)
        self.message_label.show()

    def _clear_message(self) -> None:
        self.message_label.hide()
        self.message_label.clear()

    def message(self) -> str:
        return self.message_label.text() if self.message_label.isVisible() else ""

    # ------------------------------------------------------------ SessionPanel
    def finish_editing(self) -> bool:
        """Save a cluster name being typed, and a card still in the entry line (before
        undo, switching session or closing: what the room said is never dropped)."""
        if not self.finish_rename():
            return False
        if self.entry.text().strip() and self.session is not None and not self.read_only:
            return self.add_card_from_entry()
        return True

    def _on_item_combo_activated(self, index: int) -> None:
        uuid = self.item_combo.itemData(index)
        if uuid and uuid != self._item:
            self._set_item(uuid)
            self.item_changed.emit(uuid)

    def retranslate_ui(self) -> None:
        self.item_label.setText(self.tr("&Agenda item:"))
        self.item_combo.setAccessibleName(self.item_label.text().replace("&", ""))
        self._button_texts = {
            self.new_cluster_button: (
                self.tr("New cluster"),
                self.tr("A new cluster of the selected card, or an empty one (Ctrl+G)"),
            ),
            self.ranking_button: (self.tr("Ranking"), self.tr("Show the cards by dots")),
            self.add_button: (self.tr("Add"), self.tr("Add the card (Enter)")),
        }
        self._apply_compact(self._compact)
        self.zoom_in_button.setToolTip(self.tr("Larger (Ctrl++)"))
        self.zoom_out_button.setToolTip(self.tr("Smaller (Ctrl+−); Ctrl+0: normal size"))
        self.entry.setPlaceholderText(self.tr("Write a card and press Enter"))
        self.author_edit.setPlaceholderText(self.tr("Author or table (stays)"))
        self.target_label.setText(self.tr("&New cards go to:"))
        for index, colour in enumerate(COLOURS):
            self.colour_buttons[colour].setToolTip(
                self.tr("{colour} (Ctrl+{key})").format(
                    colour=translate(colour.label), key=index + 1
                )
            )
        self.ranking.setHeaderLabels(
            [self.tr("Rank"), self.tr("Dots"), self.tr("Card"), self.tr("Cluster")]
        )
        self.ranking_title.setText(self.tr("Ranking by dots"))
        self.read_only_label.setText(
            self.tr("This file is open read-only: the board can be viewed, not changed.")
        )
        if self.session is not None:
            self._fill_item_combo_texts()
            self._fill_target_combo()
            self._refresh_ranking()
        self._show_state()

    def _apply_compact(self, compact: bool) -> None:
        self._compact = compact
        for button, (text, tip) in self._button_texts.items():
            button.setText("" if compact else text)
            button.setToolTip(f"{text} – {tip}" if compact else tip)
        self.item_label.setVisible(not compact)
        self.item_combo.setToolTip(self.item_combo.accessibleName() if compact else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        compact = self.width() < COMPACT_WIDTH
        if compact != self._compact:
            self._apply_compact(compact)

    def _fill_item_combo_texts(self) -> None:
        for index, item in enumerate(self._items):
            if index < self.item_combo.count():
                self.item_combo.setItemText(index, self._item_title(item))
