"""The visual impact canvas: vision on top, mission below, three level columns of goal cards.

Built for a beamer: large type, calm colours, each card showing at a glance how its
indicators and milestones stand. Everything is reachable by keyboard: Enter or F2 edits in
place, Tab moves to the next field, Ctrl+arrows move a goal, Insert adds one. The board
never writes; it emits what the user did and the canvas view turns that into commands.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDropEvent,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QStackedLayout,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ciworkshop.domain.canvas import (
    LEVELS,
    Ambition,
    Goal,
    GoalDraft,
    GoalLevel,
    GoalStatus,
    GoalSummary,
)
from ciworkshop.domain.canvas_rules import check_goal
from ciworkshop.domain.rules import FIELD_LIMITS
from ciworkshop.ui import icons
from ciworkshop.ui.dialogs.limits import LimitWatcher
from ciworkshop.ui.errors import problem_text
from ciworkshop.ui.i18n import translate
from ciworkshop.ui.models.goals import (
    GOAL_MIME_TYPE,
    ActorsRole,
    FlaggedRole,
    GoalListModel,
    GoalRole,
    SummaryRole,
)

LEVEL_COLORS: dict[GoalLevel, str] = {
    GoalLevel.PROJECT: "#1565C0",
    GoalLevel.SYSTEM: "#7B1FA2",
    GoalLevel.KNOWLEDGE: "#E65100",
}
TEXT = QColor("#1F2A30")
MUTED = QColor("#5F6B73")
WARN = QColor("#B45309")
GOOD = QColor("#2E7D32")
SELECTED = QColor("#00796B")
CARD_BORDER = QColor("#C9D1D6")

# Card geometry in pixels at zoom 1 (scaled with the font).
PAD = 12
STRIPE = 6
GAP = 6
RADIUS = 8


def _scaled(font: QFont, factor: float, *, bold: bool = False, italic: bool = False) -> QFont:
    scaled = QFont(font)
    scaled.setPointSizeF(font.pointSizeF() * factor)
    scaled.setBold(bold)
    scaled.setItalic(italic)
    return scaled


# ---------------------------------------------------------------- the card's texts
def status_text(status: GoalStatus) -> str:
    return translate(status.label).upper()


def indicator_text(summary: GoalSummary) -> str:
    if not summary.indicators:
        return QCoreApplication.translate("GoalCard", "no indicator yet")
    text = GoalCardDelegate.tr("%n indicator(s)", "", summary.indicators)
    if summary.indicators_on_track:
        text += " · " + QCoreApplication.translate("GoalCard", "{count} on track").format(
            count=summary.indicators_on_track
        )
    return text


def milestone_text(summary: GoalSummary) -> str:
    if not summary.milestones:
        return QCoreApplication.translate("GoalCard", "no milestone yet")
    text = GoalCardDelegate.tr(
        "{reached} of %n milestone(s) reached", "", summary.milestones
    ).format(reached=summary.milestones_reached)
    return text


def milestone_alert(summary: GoalSummary) -> str:
    parts = []
    if summary.milestones_overdue:
        parts.append(GoalCardDelegate.tr("%n overdue", "", summary.milestones_overdue))
    if summary.milestones_missed:
        parts.append(GoalCardDelegate.tr("%n missed", "", summary.milestones_missed))
    return " · ".join(parts)


@dataclass(frozen=True)
class _CardLayout:
    """Where everything on one card goes, for a given width and font."""

    height: int
    header: QRect
    statement: QRect
    target_group: QRect
    indicators: QRect
    milestones: QRect
    actors: QRect


class GoalCardDelegate(QStyledItemDelegate):
    """Paints a goal as a card and edits it in place (statement and target group)."""

    def __init__(self, level: GoalLevel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.level = level
        self._cache: dict[tuple[object, ...], _CardLayout] = {}
        # The row being edited grows to the editor's height, so nothing hides behind it.
        self._editing: QPersistentModelIndex | None = None
        self._editor_height = 0

    # ------------------------------------------------------------ layout
    def _layout(self, goal: Goal, actors: tuple[str, ...], width: int, font: QFont) -> _CardLayout:
        key = (goal, actors, width, font.pointSizeF())
        found = self._cache.get(key)
        if found is not None:
            return found
        if len(self._cache) > 2000:
            self._cache.clear()
        inner = max(40, width - 2 * PAD - STRIPE)
        left = STRIPE + PAD
        small = QFontMetrics(_scaled(font, 0.85))
        y = PAD
        header = QRect(left, y, inner, small.height())
        y = header.bottom() + 1 + GAP
        flags = int(Qt.TextFlag.TextWordWrap)
        statement_metrics = QFontMetrics(_scaled(font, 1.1, bold=True))
        bounds = statement_metrics.boundingRect(QRect(0, 0, inner, 100_000), flags, goal.statement)
        statement = QRect(left, y, inner, bounds.height())
        y = statement.bottom() + 1
        target_group = QRect(left, y, inner, 0)
        if goal.target_group:
            italic = QFontMetrics(_scaled(font, 0.9, italic=True))
            text = QCoreApplication.translate("GoalCard", "Target group: {group}").format(
                group=goal.target_group
            )
            tg = italic.boundingRect(QRect(0, 0, inner, 100_000), flags, text)
            target_group = QRect(left, y + GAP // 2, inner, tg.height())
            y = target_group.bottom() + 1
        y += GAP
        line = QFontMetrics(_scaled(font, 0.9)).height()
        indicators = QRect(left, y, inner, line)
        milestones = QRect(left, indicators.bottom() + 1 + 2, inner, line)
        y = milestones.bottom() + 1
        actors_rect = QRect(left, y, inner, 0)
        if actors:
            actors_rect = QRect(left, y + 2, inner, small.height())
            y = actors_rect.bottom() + 1
        layout = _CardLayout(
            height=y + PAD,
            header=header,
            statement=statement,
            target_group=target_group,
            indicators=indicators,
            milestones=milestones,
            actors=actors_rect,
        )
        self._cache[key] = layout
        return layout

    def _card_width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        if isinstance(view, QListView):
            return view.viewport().width() - 2 * view.spacing()
        return option.rect.width()  # type: ignore[attr-defined, no-any-return]

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        goal = index.data(GoalRole)
        if not isinstance(goal, Goal):
            return super().sizeHint(option, index)
        width = self._card_width(option)
        font = option.font  # type: ignore[attr-defined]
        height = self._layout(goal, index.data(ActorsRole) or (), width, font).height
        if self._editing is not None and self._editing == QPersistentModelIndex(index):
            height = max(height, self._editor_height)
        return QSize(width, height)

    # ------------------------------------------------------------ painting
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        goal = index.data(GoalRole)
        if not isinstance(goal, Goal):
            return
        summary: GoalSummary = index.data(SummaryRole) or GoalSummary()
        actors: tuple[str, ...] = index.data(ActorsRole) or ()
        rect: QRect = option.rect  # type: ignore[attr-defined]
        font: QFont = option.font  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        layout = self._layout(goal, actors, rect.width(), font)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(rect.topLeft())
        if goal.status is GoalStatus.ARCHIVED:
            painter.setOpacity(0.55)
        selected = bool(state & QStyle.StateFlag.State_Selected)
        card = QRectF(1.5, 1.5, rect.width() - 3, layout.height - 3)
        path = QPainterPath()
        path.addRoundedRect(card, RADIUS, RADIUS)
        painter.fillPath(path, QColor("#FFFFFF"))
        accent = QColor(LEVEL_COLORS[goal.level])
        stripe = QPainterPath()
        stripe.addRoundedRect(QRectF(1.5, 1.5, STRIPE + RADIUS, layout.height - 3), RADIUS, RADIUS)
        painter.save()
        painter.setClipRect(QRectF(0, 0, STRIPE + 1.5, layout.height))
        painter.fillPath(stripe, accent)
        painter.restore()
        painter.setPen(QPen(SELECTED if selected else CARD_BORDER, 3 if selected else 1))
        painter.drawPath(path)

        # Header: status chip on the left; quality flag and ambition dots on the right.
        small = _scaled(font, 0.85, bold=True)
        painter.setFont(small)
        chip_color = GOOD if goal.status is GoalStatus.AGREED else MUTED
        painter.setPen(chip_color)
        painter.drawText(
            layout.header,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            status_text(goal.status),
        )
        self._paint_ambition(painter, layout.header, goal.ambition, accent)
        if index.data(FlaggedRole):
            size = layout.header.height()
            flag_rect = QRect(
                layout.header.right() - self._ambition_width(layout.header) - size - 8,
                layout.header.top(),
                size,
                size,
            )
            icons.colored_icon("warning", WARN.name()).paint(painter, flag_rect)

        painter.setFont(_scaled(font, 1.1, bold=True))
        painter.setPen(TEXT)
        painter.drawText(layout.statement, int(Qt.TextFlag.TextWordWrap), goal.statement)
        if goal.target_group:
            painter.setFont(_scaled(font, 0.9, italic=True))
            painter.setPen(MUTED)
            painter.drawText(
                layout.target_group,
                int(Qt.TextFlag.TextWordWrap),
                QCoreApplication.translate("GoalCard", "Target group: {group}").format(
                    group=goal.target_group
                ),
            )

        line_font = _scaled(font, 0.9)
        painter.setFont(line_font)
        self._paint_status_line(
            painter,
            layout.indicators,
            "indicator",
            indicator_text(summary),
            "",
            warn=not summary.indicators,
        )
        self._paint_status_line(
            painter,
            layout.milestones,
            "milestone",
            milestone_text(summary),
            milestone_alert(summary),
            warn=not summary.milestones,
        )
        if actors:
            painter.setFont(_scaled(font, 0.85))
            painter.setPen(MUTED)
            text = QCoreApplication.translate("GoalCard", "Responsible: {actors}").format(
                actors=", ".join(actors)
            )
            elided = QFontMetrics(painter.font()).elidedText(
                text, Qt.TextElideMode.ElideRight, layout.actors.width()
            )
            painter.drawText(layout.actors, Qt.AlignmentFlag.AlignVCenter, elided)
        if state & QStyle.StateFlag.State_HasFocus and not selected:
            painter.setPen(QPen(SELECTED, 1, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(card.adjusted(3, 3, -3, -3), RADIUS - 2, RADIUS - 2)
        painter.restore()

    @staticmethod
    def _ambition_width(header: QRect) -> int:
        dot = max(6, header.height() // 2)
        return 5 * dot + 4 * (dot // 2)

    def _paint_ambition(
        self, painter: QPainter, header: QRect, ambition: Ambition, accent: QColor
    ) -> None:
        """Five dots; the chosen step filled, the aim (middle) drawn as a ring."""
        dot = max(6, header.height() // 2)
        step = dot + dot // 2
        x = header.right() - self._ambition_width(header) + 1
        y = header.center().y() - dot / 2
        for value in Ambition:
            area = QRectF(x, y, dot, dot)
            chosen = value is ambition
            color = (WARN if ambition.is_extreme else accent) if chosen else CARD_BORDER
            painter.setPen(QPen(color, 1.5))
            painter.setBrush(color if chosen else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(area)
            if value.is_aim and not chosen:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(MUTED, 1.5))
                painter.drawEllipse(area.adjusted(-2, -2, 2, 2))
            x += step
        painter.setBrush(Qt.BrushStyle.NoBrush)

    @staticmethod
    def _paint_status_line(
        painter: QPainter, rect: QRect, icon: str, text: str, alert: str, *, warn: bool
    ) -> None:
        """Icon, then the alert (overdue, missed) in bold first: it matters most; then the
        counts, elided if the card is narrow."""
        size = rect.height()
        color = WARN if warn or alert else MUTED
        icons.colored_icon(icon, color.name()).paint(
            painter, QRect(rect.left(), rect.top(), size, size)
        )
        text_rect = rect.adjusted(size + 6, 0, 0, 0)
        font = QFont(painter.font())
        if alert:
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(WARN)
            metrics = QFontMetrics(bold)
            shown = metrics.elidedText(alert, Qt.TextElideMode.ElideRight, text_rect.width())
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, shown)
            text_rect = text_rect.adjusted(metrics.horizontalAdvance(shown), 0, 0, 0)
            painter.setFont(font)
            text = " · " + text
        if text_rect.width() <= 0:
            return
        painter.setPen(WARN if warn else MUTED)
        shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, shown)

    # ------------------------------------------------------------ editing
    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = GoalInlineEditor(parent)
        font: QFont = option.font  # type: ignore[attr-defined]
        editor.setFont(_scaled(font, 0.9))
        # The statement is edited in the same large type the card shows it in.
        editor.statement_edit.setFont(_scaled(font, 1.1, bold=True))
        editor.target_group_edit.setFont(_scaled(font, 0.95))
        editor.finished.connect(self._on_editor_finished)
        self._editing = QPersistentModelIndex(index)
        self._editor_height = editor.sizeHint().height()
        editor.destroyed.connect(self._on_editor_destroyed)
        self.sizeHintChanged.emit(QModelIndex(index))
        view, grown = self.parent(), QPersistentModelIndex(index)
        if isinstance(view, QListView):
            # Once the row has grown, bring all of the editor into view.
            QTimer.singleShot(0, lambda: grown.isValid() and view.scrollTo(QModelIndex(grown)))
        return editor

    def _on_editor_destroyed(self, *_: object) -> None:
        index = self._editing
        self._editing = None
        if index is not None and index.isValid():
            self.sizeHintChanged.emit(QModelIndex(index))

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        draft = index.data(Qt.ItemDataRole.EditRole)
        if (
            isinstance(editor, GoalInlineEditor)
            and isinstance(draft, GoalDraft)
            and not editor.is_loaded()
        ):
            editor.load(draft)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, GoalInlineEditor) and editor.is_valid():
            model.setData(index, editor.draft(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self,
        editor: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        rect: QRect = option.rect  # type: ignore[attr-defined]
        editor.setGeometry(
            rect.x(), rect.y(), rect.width(), max(rect.height(), editor.sizeHint().height())
        )

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        # The inline editor handles its own keys (Tab between its fields, Enter, Escape),
        # and losing focus to its own children must not close it.
        if isinstance(editor, GoalInlineEditor) and event.type() in (
            QEvent.Type.KeyPress,
            QEvent.Type.FocusOut,
        ):
            return False
        return super().eventFilter(editor, event)

    def _on_editor_finished(self, hint: QAbstractItemDelegate.EndEditHint) -> None:
        editor = self.sender()
        if not isinstance(editor, GoalInlineEditor):
            return
        if hint != QStyledItemDelegate.EndEditHint.RevertModelCache:
            self.commitData.emit(editor)
        view = self.parent()
        if isinstance(view, QWidget) and editor.isAncestorOf(QApplication.focusWidget()):
            # Qt returns the focus only if the editor itself had it, not one of its fields.
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.closeEditor.emit(editor, hint)


class GoalInlineEditor(QFrame):
    """Statement and target group of a goal, edited on its card.

    Enter saves (Shift+Enter starts a new line), Tab goes to the next field and from the
    last one saves and moves on to the next card, Escape cancels. A goal that would be
    invalid (no statement; a project goal without target group) is not saved: the editor
    says why and stays open, so no word is lost. Leaving the card saves, too.
    """

    finished = Signal(object)  # QAbstractItemDelegate.EndEditHint

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goalInlineEditor")
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.Box)
        self.setStyleSheet(
            "#goalInlineEditor { background: #FFFFFF; border: 3px solid #00796B;"
            " border-radius: 8px; }"
        )
        self._draft: GoalDraft | None = None
        self._done = False
        self.statement_edit = QPlainTextEdit()
        self.statement_edit.setObjectName("inlineStatementEdit")
        self.statement_edit.setTabChangesFocus(True)
        self.target_group_edit = QLineEdit()
        self.target_group_edit.setObjectName("inlineTargetGroupEdit")
        self.hint = QLabel()
        self.hint.setObjectName("inlineHint")
        self.hint.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("inlineProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #C62828; font-weight: bold;")
        self.problem.hide()
        self.limit_hint = QLabel()
        self._statement_limit = LimitWatcher(
            self.statement_edit, FIELD_LIMITS["statement"], self.limit_hint
        )
        self.target_limit_hint = QLabel()
        self._target_limit = LimitWatcher(
            self.target_group_edit, FIELD_LIMITS["target_group"], self.target_limit_hint
        )
        self.target_label = QLabel()
        self.target_label.setBuddy(self.target_group_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addWidget(self.statement_edit, 1)
        layout.addWidget(self.limit_hint)
        layout.addWidget(self.target_label)
        layout.addWidget(self.target_group_edit)
        layout.addWidget(self.target_limit_hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.hint)
        for field in (self.statement_edit, self.target_group_edit):
            field.installEventFilter(self)
        self.setFocusProxy(self.statement_edit)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.target_label.setText(
            QCoreApplication.translate(
                "GoalInlineEditor", "Target group (required on the project level):"
            )
            if self._draft is not None and self._draft.level is GoalLevel.PROJECT
            else QCoreApplication.translate("GoalInlineEditor", "Target group:")
        )
        self.hint.setText(
            QCoreApplication.translate(
                "GoalInlineEditor",
                "Enter saves · Shift+Enter new line · Tab next field · Esc cancels",
            )
        )
        self.hint.setStyleSheet("color: #5F6B73;")

    def is_loaded(self) -> bool:
        return self._draft is not None

    def load(self, draft: GoalDraft) -> None:
        self._draft = draft
        self.statement_edit.setPlainText(draft.statement)
        self.target_group_edit.setText(draft.target_group)
        cursor = self.statement_edit.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.statement_edit.setTextCursor(cursor)
        self.retranslate_ui()

    def draft(self) -> GoalDraft:
        assert self._draft is not None
        return replace(
            self._draft,
            statement=self.statement_edit.toPlainText(),
            target_group=self.target_group_edit.text(),
        )

    def is_valid(self) -> bool:
        return self._draft is not None and not check_goal(self.draft())

    def sizeHint(self) -> QSize:
        statement = QFontMetrics(self.statement_edit.font()).height()
        line = self.fontMetrics().height()
        return QSize(300, statement * 4 + line * 7 + 24)

    # ------------------------------------------------------------ keys
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._on_key(watched, event)
        if (
            event.type() == QEvent.Type.FocusOut
            and isinstance(event, QFocusEvent)
            and event.reason()
            in (Qt.FocusReason.MouseFocusReason, Qt.FocusReason.ActiveWindowFocusReason)
            and not self.isAncestorOf(QApplication.focusWidget())
        ):
            # Clicking elsewhere saves (when the goal is valid): no word is lost.
            self._finish(QStyledItemDelegate.EndEditHint.NoHint, quiet=True)
        return False

    def _on_key(self, watched: QObject, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        hints = QStyledItemDelegate.EndEditHint
        if key == Qt.Key.Key_Escape:
            self._done = True
            self.finished.emit(hints.RevertModelCache)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if watched is self.statement_edit and mods & Qt.KeyboardModifier.ShiftModifier:
                return False  # a new line in the statement
            self._finish(hints.SubmitModelCache)
            return True
        if key == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ControlModifier:
            if watched is self.statement_edit:
                self.target_group_edit.setFocus(Qt.FocusReason.TabFocusReason)
            else:
                self._finish(hints.EditNextItem)
            return True
        if key == Qt.Key.Key_Backtab:
            if watched is self.target_group_edit:
                self.statement_edit.setFocus(Qt.FocusReason.BacktabFocusReason)
            else:
                self._finish(hints.EditPreviousItem)
            return True
        return False

    def show_problem(self, *, focus: bool = False) -> bool:
        """Say why the goal cannot be saved yet; False if it can."""
        problems = check_goal(self.draft()) if self._draft is not None else []
        if not problems:
            return False
        self.problem.setText(problem_text(problems[0]))
        self.problem.show()
        if focus:
            field = problems[0].field
            target = self.target_group_edit if field == "target_group" else self.statement_edit
            target.setFocus()
        return True

    def commit_now(self) -> bool:
        """Save and close (before a click elsewhere, undo, closing the file); False if the
        goal cannot be saved yet, the editor then stays open and says why."""
        if not self._done:
            self._finish(QStyledItemDelegate.EndEditHint.SubmitModelCache)
        return self._done

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Keys the fields leave alone (Ctrl+arrows, Insert, Delete) must not reach the card
        # list behind the editor: it would move or delete the goal being edited.
        event.accept()

    def _finish(self, hint: QStyledItemDelegate.EndEditHint, *, quiet: bool = False) -> None:
        if self._done or self.show_problem(focus=not quiet):
            return
        self._done = True
        self.finished.emit(hint)


class GoalListView(QListView):
    """One level's cards: drag to reorder or to another level; Enter edits."""

    add_requested = Signal()
    delete_requested = Signal(str)
    #: Ctrl+arrow: (goal uuid, level offset -1/0/+1, position offset -1/0/+1)
    move_requested = Signal(str, int, int)
    focused = Signal()

    def __init__(self, level: GoalLevel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = level
        self.setObjectName(f"goalList_{level.value}")
        self.setSpacing(5)
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.viewport().setAutoFillBackground(False)
        self.setAutoFillBackground(False)
        self.setItemDelegate(GoalCardDelegate(level, self))

    def current_goal(self) -> Goal | None:
        goal = self.currentIndex().data(GoalRole)
        return goal if isinstance(goal, Goal) else None

    def select_row(self, row: int) -> None:
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        index = model.index(row, 0)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.scrollTo(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        key, mods = event.key(), event.modifiers()
        goal = self.current_goal()
        ctrl = mods & Qt.KeyboardModifier.ControlModifier
        if (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and goal is not None
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self.edit(self.currentIndex())
            return
        if key == Qt.Key.Key_Insert:
            self.add_requested.emit()
            return
        if key == Qt.Key.Key_Delete and goal is not None:
            self.delete_requested.emit(goal.uuid)
            return
        if ctrl and goal is not None:
            moves = {
                Qt.Key.Key_Left: (-1, 0),
                Qt.Key.Key_Right: (1, 0),
                Qt.Key.Key_Up: (0, -1),
                Qt.Key.Key_Down: (0, 1),
            }
            if key in moves:
                self.move_requested.emit(goal.uuid, *moves[key])
                return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # Qt closes an editor when the current card changes; one holding a goal that
        # cannot be saved yet stays open and says why, so no typed word is lost.
        hints = QAbstractItemDelegate.EndEditHint
        if (
            isinstance(editor, GoalInlineEditor)
            and hint != hints.RevertModelCache
            and not editor.is_valid()
        ):
            editor.show_problem()
            return
        row, last = self.currentIndex().row(), (self.model().rowCount() - 1 if self.model() else 0)
        if (hint == hints.EditNextItem and row >= last) or (
            hint == hints.EditPreviousItem and row <= 0
        ):
            hint = hints.NoHint  # at the end of the column Tab saves and stops
        super().closeEditor(editor, hint)

    def reopen_editor(self, row: int, draft: GoalDraft) -> None:
        """Edit ``row`` again with ``draft`` in the fields (its save failed)."""
        self.select_row(row)
        self.edit(self.currentIndex())
        editor = self.findChild(GoalInlineEditor)
        if editor is not None:
            editor.statement_edit.setPlainText(draft.statement)
            editor.target_group_edit.setText(draft.target_group)

    def finish_editing(self) -> bool:
        """Save an open inline editor; False if it holds a goal that cannot be saved."""
        editor = self.findChild(GoalInlineEditor)
        if editor is None or self.state() != QAbstractItemView.State.EditingState:
            return True
        return editor.commit_now()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # Save the open editor before Qt acts on the click: the save can change card
        # heights, and the click must land on the card under the mouse afterwards.
        if self.state() == QAbstractItemView.State.EditingState:
            editor = self.findChild(GoalInlineEditor)
            if editor is not None and editor.geometry().contains(event.position().toPoint()):
                super().mousePressEvent(event)
                return
            if not self.finish_editing():
                event.accept()
                return
            self.executeDelayedItemsLayout()
        super().mousePressEvent(event)

    def drop_row(self, y: float) -> int:
        """The row a drop at height ``y`` inserts before (also in the gaps between cards)."""
        model = self.model()
        count = model.rowCount() if model else 0
        for row in range(count):
            if y < self.visualRect(model.index(row, 0)).center().y():
                return row
        return count

    def dropEvent(self, event: QDropEvent) -> None:
        model = self.model()
        data = event.mimeData()
        if (
            not isinstance(model, GoalListModel)
            or model.read_only
            or not data.hasFormat(GOAL_MIME_TYPE)
        ):
            event.ignore()
            return
        uuid = bytes(data.data(GOAL_MIME_TYPE).data()).decode()
        model.goal_dropped.emit(uuid, self.level, self.drop_row(event.position().y()))
        # The move is a command; Qt must not remove the dragged row itself.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.stopAutoScroll()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if not self.currentIndex().isValid() and self.model() and self.model().rowCount():
            self.select_row(0)
        self.focused.emit()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.scheduleDelayedItemsLayout()


class LevelColumn(QFrame):
    """A level's header, its goal cards and an "add goal" button."""

    def __init__(
        self, level: GoalLevel, model: GoalListModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.level = level
        self.model = model
        self.setObjectName(f"levelColumn_{level.value}")
        color = LEVEL_COLORS[level]
        self.setStyleSheet(
            f"#levelColumn_{level.value} {{ background: #F3F5F7; border-radius: 10px;"
            f" border-top: 5px solid {color}; }}"
        )
        self.title = QLabel()
        self.title.setObjectName("levelTitle")
        self.title.setStyleSheet(f"color: {color}; font-weight: bold;")
        self.count = QLabel()
        self.count.setObjectName("levelCount")
        self.count.setStyleSheet("color: #5F6B73;")
        self.list = GoalListView(level)
        self.list.setModel(model)
        self.add_button = QPushButton(icons.icon("add"), "")
        self.add_button.setObjectName(f"addGoal_{level.value}")
        self.add_button.setFlat(True)
        self.add_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.add_button)
        model.modelReset.connect(self.retranslate_ui)
        model.rowsInserted.connect(self.retranslate_ui)
        model.rowsRemoved.connect(self.retranslate_ui)

    def set_highlighted(self, on: bool) -> None:
        color = LEVEL_COLORS[self.level]
        border = f"border: 3px solid {color};" if on else f"border-top: 5px solid {color};"
        self.setStyleSheet(
            f"#levelColumn_{self.level.value} {{ background: #F3F5F7; border-radius: 10px;"
            f" {border} }}"
        )

    def retranslate_ui(self) -> None:
        self.title.setText(translate(self.level.label))
        self.count.setText(LevelColumn.tr("%n goal(s)", "", self.model.rowCount()))
        self.add_button.setText(QCoreApplication.translate("CanvasBoard", "Add goal"))
        self.add_button.setToolTip(QCoreApplication.translate("CanvasBoard", "Add a goal (Insert)"))


class TextCard(QFrame):
    """Vision or mission: shown large, edited in place (Enter or double-click)."""

    committed = Signal(str)
    #: Tab after saving: the view moves focus on.
    tabbed = Signal(bool)

    MAX_LINES = 4

    def __init__(self, field: str, icon: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setObjectName(f"{field}Card")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._text = ""
        self._read_only = False
        self._style(focused=False)
        self.icon_label = QLabel()
        self.icon_label.setPixmap(icons.icon(icon).pixmap(QSize(22, 22)))
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.title.setStyleSheet("color: #00796B; font-weight: bold;")
        self.display = QLabel()
        self.display.setObjectName(f"{field}Display")
        self.display.setWordWrap(True)
        self.display.setTextFormat(Qt.TextFormat.PlainText)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName(f"{field}Editor")
        self.editor.setTabChangesFocus(True)
        self.editor.installEventFilter(self)
        self.limit_hint = QLabel()
        self._limit = LimitWatcher(self.editor, FIELD_LIMITS[field], self.limit_hint)
        self.edit_help = QLabel()
        self.edit_help.setStyleSheet("color: #5F6B73;")
        editor_box = QWidget()
        editor_layout = QVBoxLayout(editor_box)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.setSpacing(2)
        editor_layout.addWidget(self.editor, 1)
        editor_layout.addWidget(self.limit_hint)
        editor_layout.addWidget(self.edit_help)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.display)
        self.stack.addWidget(editor_box)
        header = QHBoxLayout()
        header.addWidget(self.icon_label)
        header.addWidget(self.title, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 10)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addLayout(self.stack)

    def _style(self, *, focused: bool) -> None:
        border = "3px solid #00796B" if focused else "1px solid #C9D1D6"
        self.setStyleSheet(
            f"#{self.objectName()} {{ background: #FFFFFF; border: {border};"
            " border-radius: 10px; }"
        )

    def set_text(self, text: str) -> None:
        self._text = text
        self._show_display()

    def text(self) -> str:
        return self._text

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        if read_only and self.is_editing():
            self.stack.setCurrentIndex(0)

    def is_editing(self) -> bool:
        return self.stack.currentIndex() == 1

    def reopen(self, text: str) -> None:
        """Back into the editor with ``text`` (its save failed): nothing typed is lost."""
        self.start_editing()
        self.editor.setPlainText(text)

    def _show_display(self) -> None:
        if self._text.strip():
            self.display.setText(self._elided(self._text))
            self.display.setToolTip(self._text if self._elided(self._text) != self._text else "")
            self.display.setStyleSheet("color: #1F2A30;")
        else:
            self.display.setText(self._empty_text())
            self.display.setStyleSheet("color: #8A969E; font-style: italic;")

    def _elided(self, text: str) -> str:
        """At most MAX_LINES lines while the card is not focused: the goals need the room.
        Focusing the card (Tab, click, guided mode) shows the whole text."""
        if self.hasFocus() or self.display.width() < 50:
            return text
        metrics = QFontMetrics(self.display.font())
        width = self.display.width()
        lines: list[str] = []
        for paragraph in text.splitlines() or [""]:
            words = paragraph.split(" ")
            line = ""
            for word in words:
                candidate = f"{line} {word}" if line else word
                if metrics.horizontalAdvance(candidate) <= width or not line:
                    line = candidate
                else:
                    lines.append(line)
                    line = word
            lines.append(line)
        if len(lines) <= self.MAX_LINES:
            return text
        shown = lines[: self.MAX_LINES]
        shown[-1] = metrics.elidedText(shown[-1] + " …", Qt.TextElideMode.ElideRight, width)
        if not shown[-1].endswith("…"):
            shown[-1] = shown[-1].rstrip(" …") + " …"
        return "\n".join(shown)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        if not self.is_editing():
            self._show_display()

    def _empty_text(self) -> str:
        if self._read_only:
            return QCoreApplication.translate("CanvasBoard", "Not formulated yet.")
        if self.field == "vision":
            return QCoreApplication.translate(
                "CanvasBoard", "No vision yet. Press Enter or double-click to formulate it."
            )
        return QCoreApplication.translate(
            "CanvasBoard", "No mission yet. Press Enter or double-click to formulate it."
        )

    def retranslate_ui(self) -> None:
        self.title.setText(
            QCoreApplication.translate("CanvasBoard", "Vision")
            if self.field == "vision"
            else QCoreApplication.translate("CanvasBoard", "Mission")
        )
        self.edit_help.setText(
            QCoreApplication.translate(
                "CanvasBoard", "Enter saves · Shift+Enter new line · Esc cancels"
            )
        )
        self._show_display()

    # ------------------------------------------------------------ editing
    def start_editing(self) -> None:
        if self._read_only or self.is_editing():
            return
        self.editor.setPlainText(self._text)
        self.stack.setCurrentIndex(1)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        cursor = self.editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.editor.setTextCursor(cursor)

    def finish_editing(self, *, save: bool) -> bool:
        """Leave the editor; False (and stay) if the text does not fit."""
        if not self.is_editing():
            return True
        if save:
            if not self._limit.fits:
                return False
            text = self.editor.toPlainText()
            if text != self._text:
                self._text = text
                self.committed.emit(text)
        self.stack.setCurrentIndex(0)
        self._show_display()
        return True

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.start_editing()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.start_editing()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._style(focused=True)
        super().focusInEvent(event)
        self._show_display()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if not self.is_editing():
            self._style(focused=False)
        super().focusOutEvent(event)
        if not self.is_editing():
            self._show_display()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor:
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                key, mods = event.key(), event.modifiers()
                if key == Qt.Key.Key_Escape:
                    self.finish_editing(save=False)
                    self.setFocus()
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                    mods & Qt.KeyboardModifier.ShiftModifier
                ):
                    if self.finish_editing(save=True):
                        self.setFocus()
                    return True
                if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                    if self.finish_editing(save=True):
                        self.tabbed.emit(key == Qt.Key.Key_Tab)
                    return True
            elif (
                event.type() == QEvent.Type.FocusOut
                and isinstance(event, QFocusEvent)
                and event.reason()
                not in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)
                and self.is_editing()
                and self.finish_editing(save=True)
            ):
                # Clicking elsewhere saves: a word typed is never lost.
                self._style(focused=False)
        return super().eventFilter(watched, event)


class CanvasBoard(QWidget):
    """Vision, mission and the three level columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("canvasBoard")
        self.models = {level: GoalListModel(level, self) for level in LEVELS}
        self.vision_card = TextCard("vision", "vision")
        self.mission_card = TextCard("mission", "mission")
        self.columns = {level: LevelColumn(level, self.models[level]) for level in LEVELS}
        # Side by side, read left to right: where we want to go, what we contribute.
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.vision_card, 1)
        top.addWidget(self.mission_card, 1)
        row = QHBoxLayout()
        row.setSpacing(10)
        for level in LEVELS:
            row.addWidget(self.columns[level], 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(row, 1)
        self.vision_card.tabbed.connect(
            lambda forward: (
                self.mission_card if forward else self.columns[LEVELS[-1]].list
            ).setFocus(Qt.FocusReason.TabFocusReason)
        )
        self.mission_card.tabbed.connect(
            lambda forward: (
                self.columns[LEVELS[0]].list if forward else self.vision_card
            ).setFocus(Qt.FocusReason.TabFocusReason)
        )

    def list_of(self, level: GoalLevel) -> GoalListView:
        return self.columns[level].list

    def finish_editing(self) -> bool:
        """Save whatever is being typed on the board; False if something cannot be saved."""
        done = True
        for card in (self.vision_card, self.mission_card):
            done = card.finish_editing(save=True) and done
        for column in self.columns.values():
            done = column.list.finish_editing() and done
        return done

    def set_zoom(self, factor: float, base: QFont) -> None:
        font = QFont(base)
        font.setPointSizeF(base.pointSizeF() * factor)
        for card in (self.vision_card, self.mission_card):
            card.display.setFont(_scaled(font, 1.05))
            card.editor.setFont(_scaled(font, 1.1))
            card.title.setFont(_scaled(font, 0.95, bold=True))
        for column in self.columns.values():
            column.title.setFont(_scaled(font, 1.1, bold=True))
            column.count.setFont(_scaled(font, 0.9))
            column.list.setFont(font)
            column.list.scheduleDelayedItemsLayout()

    def retranslate_ui(self) -> None:
        self.vision_card.retranslate_ui()
        self.mission_card.retranslate_ui()
        for column in self.columns.values():
            column.retranslate_ui()
