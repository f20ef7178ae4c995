"""The impact canvas page: the board, a side panel (details, checklist, versions), the
guided mode and the view of a frozen version.

Gestures on the board become undoable commands here; after every committed change the
session signals, and the page reloads one snapshot and hands it to board and panels.
"""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ciworkshop.domain.canvas import LEVELS, CanvasSnapshot, Goal, GoalDraft, GoalLevel
from ciworkshop.domain.guide import GUIDE_STEPS, StepArea
from ciworkshop.domain.quality import Finding, check_canvas
from ciworkshop.services.changes import Changes, Entity
from ciworkshop.ui import canvas_commands as cmd
from ciworkshop.ui import icons
from ciworkshop.ui.dialogs.canvas import GoalDialog
from ciworkshop.ui.formatting import format_date
from ciworkshop.ui.i18n import translate
from ciworkshop.ui.session import DocumentSession
from ciworkshop.ui.views.canvas_board import CanvasBoard
from ciworkshop.ui.views.canvas_details import GoalDetails
from ciworkshop.ui.views.canvas_quality import QualityPanel
from ciworkshop.ui.views.canvas_versions import VersionsPanel

ZOOM_STEPS = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)


class GuideBanner(QWidget):
    """The guided mode's current step: title, guiding questions, previous/next."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(
            "#guideBanner { background: #E0F2F1; border: 1px solid #80CBC4; border-radius: 10px; }"
        )
        self.step = 0
        self.progress = QLabel()
        self.progress.setObjectName("guideProgress")
        self.progress.setStyleSheet("color: #00695C; font-weight: bold;")
        self.title = QLabel()
        self.title.setObjectName("guideTitle")
        self.title.setWordWrap(True)
        self.questions = QLabel()
        self.questions.setObjectName("guideQuestions")
        self.questions.setWordWrap(True)
        self.questions.setTextFormat(Qt.TextFormat.PlainText)
        self.previous_button = QPushButton(icons.icon("previous"), "")
        self.previous_button.setObjectName("guidePrevious")
        self.next_button = QPushButton(icons.icon("next"), "")
        self.next_button.setObjectName("guideNext")
        self.close_button = QPushButton(icons.icon("close"), "")
        self.close_button.setObjectName("guideClose")
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.progress)
        text.addWidget(self.title)
        text.addWidget(self.questions)
        buttons = QVBoxLayout()
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addLayout(text, 1)
        layout.addLayout(buttons)
        for button in (self.previous_button, self.next_button, self.close_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_font_scale(self, font_size: float) -> None:
        font = self.font()
        font.setPointSizeF(font_size * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        font = self.font()
        font.setPointSizeF(font_size * 1.05)
        self.questions.setFont(font)

    def show_step(self, step: int) -> None:
        self.step = max(0, min(step, len(GUIDE_STEPS) - 1))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        current = GUIDE_STEPS[self.step]
        self.progress.setText(
            QCoreApplication.translate("CanvasView", "Guided mode · step {step} of {steps}").format(
                step=self.step + 1, steps=len(GUIDE_STEPS)
            )
        )
        self.title.setText(translate(current.title))
        self.questions.setText("\n".join("• " + translate(q) for q in current.questions))
        self.previous_button.setText(QCoreApplication.translate("CanvasView", "Back"))
        self.next_button.setText(
            QCoreApplication.translate("CanvasView", "Next step")
            if self.step < len(GUIDE_STEPS) - 1
            else QCoreApplication.translate("CanvasView", "Finish")
        )
        self.close_button.setText(QCoreApplication.translate("CanvasView", "Leave guided mode"))
        self.previous_button.setEnabled(self.step > 0)


class CanvasView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("canvasView")
        self.session: DocumentSession | None = None
        self.snapshot: CanvasSnapshot | None = None
        self.findings: list[Finding] = []
        self.viewing_version: str | None = None
        self._current_snapshot: CanvasSnapshot | None = None  # today's, even while a version shows
        self._zoom_index = ZOOM_STEPS.index(1.0)
        self._base_font = QApplication.font()
        self._current_goal: str | None = None
        self.today = date.today()

        self.board = CanvasBoard()
        self.details = GoalDetails()
        self.quality = QualityPanel()
        self.versions = VersionsPanel()
        self.side = QTabWidget()
        self.side.setObjectName("canvasSide")
        self.side.addTab(self.details, icons.icon("details"), "")
        self.side.addTab(self.quality, icons.icon("quality"), "")
        self.side.addTab(self.versions, icons.icon("versions"), "")
        self.side.setMinimumWidth(320)
        self.guide = GuideBanner()
        self.guide.hide()
        self.version_banner = QLabel()
        self.version_banner.setObjectName("versionBanner")
        self.version_banner.setWordWrap(True)
        self.version_banner.setStyleSheet(
            "background: #FFF8E1; border: 1px solid #FFB300; border-radius: 8px; padding: 8px;"
        )
        self.back_button = QPushButton(icons.icon("previous"), "")
        self.back_button.setObjectName("backToCurrent")
        self.back_button.clicked.connect(lambda: self.show_version(None))
        self.version_row = QWidget()
        version_layout = QHBoxLayout(self.version_row)
        version_layout.setContentsMargins(10, 6, 10, 0)
        version_layout.addWidget(self.version_banner, 1)
        version_layout.addWidget(self.back_button)
        self.version_row.hide()

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("canvasToolbar")
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_goal_action = self._action("add", None, self.add_goal)  # Insert: on a column
        self.edit_goal_action = self._action("edit", "Ctrl+E", self.edit_current_goal)
        self.guided_action = self._action("guided", "F7", self.toggle_guided, checkable=True)
        self.freeze_action = self._action("freeze", None, self.versions.freeze)
        self.zoom_in_action = self._action("zoom_in", QKeySequence.StandardKey.ZoomIn, self.zoom_in)
        self.zoom_out_action = self._action(
            "zoom_out", QKeySequence.StandardKey.ZoomOut, self.zoom_out
        )
        self.side_action = self._action("details", "F9", self.toggle_side, checkable=True)
        self.side_action.setChecked(True)
        for action in (self.add_goal_action, self.edit_goal_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.guided_action)
        self.toolbar.addAction(self.freeze_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.zoom_out_action)
        self.toolbar.addAction(self.zoom_in_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.side_action)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        guide_box = QHBoxLayout()
        guide_box.setContentsMargins(10, 8, 10, 0)
        guide_box.addWidget(self.guide)
        left_layout.addLayout(guide_box)
        left_layout.addWidget(self.version_row)
        left_layout.addWidget(self.board, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self._splitter_sized = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

        self._connect()
        self.retranslate_ui()
        self._apply_zoom()

    def _action(
        self, icon: str, shortcut: object, slot: object, *, checkable: bool = False
    ) -> QAction:
        action = QAction(icons.icon(icon), "", self)
        action.setCheckable(checkable)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))  # type: ignore[arg-type]
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.addAction(action)
        return action

    def _connect(self) -> None:
        board = self.board
        board.vision_card.committed.connect(self._on_vision_committed)
        board.mission_card.committed.connect(self._on_mission_committed)
        for level in LEVELS:
            model = board.models[level]
            model.edit_committed.connect(self._on_goal_edit_committed)
            model.goal_dropped.connect(self._on_goal_dropped)
            column = board.columns[level]
            column.add_button.clicked.connect(lambda _=False, lv=level: self.add_goal(lv))
            view = column.list
            view.add_requested.connect(lambda lv=level: self.add_goal(lv))
            view.delete_requested.connect(self.delete_goal)
            view.move_requested.connect(self._on_move_requested)
            view.selectionModel().currentChanged.connect(
                lambda current, _previous, lv=level: self._on_current_changed(lv, current.row())
            )
            view.focused.connect(lambda lv=level: self._on_list_focused(lv))
            view.doubleClicked.connect(lambda _index: None)
        self.quality.finding_activated.connect(self.jump_to)
        self.details.goal_deleted.connect(lambda _uuid: None)
        self.versions.show_requested.connect(self.show_version)
        self.guide.next_button.clicked.connect(lambda: self._go_to_step(self.guide.step + 1, True))
        self.guide.previous_button.clicked.connect(lambda: self._go_to_step(self.guide.step - 1))
        self.guide.close_button.clicked.connect(lambda: self.set_guided(False))

    # ------------------------------------------------------------ data
    def set_session(self, session: DocumentSession | None) -> None:
        if self.session is not None:
            self.finish_editing()
            with contextlib.suppress(RuntimeError, TypeError):
                self.session.canvas_changed.disconnect(self._on_session_canvas_changed)
        self.session = session
        self._current_snapshot = None
        self.details.set_session(session)
        self.versions.set_session(session)
        self.viewing_version = None
        self._current_goal = None
        self.version_row.hide()
        self.set_guided(False)
        if session is not None:
            session.canvas_changed.connect(self._on_session_canvas_changed)
            self.refresh()

    def finish_editing(self) -> bool:
        """Save what is being typed on the board (before closing, undo, switching the
        shown version); False if something cannot be saved yet and stays open."""
        return self.board.finish_editing()

    def _on_session_canvas_changed(self, changes: object) -> None:
        self.refresh(changes if isinstance(changes, Changes) else None)

    def _updated_snapshot(self, changes: Changes | None) -> CanvasSnapshot:
        """Today's canvas after ``changes``. A goal edited in place (same level, place and
        actors) is re-read alone; anything else reloads the whole canvas."""
        assert self.session is not None
        canvas, known = self.session.canvas, self._current_snapshot
        if (
            known is not None
            and changes is not None
            and changes.entities == {Entity.GOAL}
            and len(changes.uuids) == 1
        ):
            (uuid,) = changes.uuids
            goal, old = canvas.goal(uuid), known.goal(uuid)
            if (
                goal is not None
                and old is not None
                and (goal.level, goal.position, goal.actor_uuids)
                == (old.level, old.position, old.actor_uuids)
            ):
                goals = tuple(goal if g.uuid == uuid else g for g in known.goals)
                return replace(known, goals=goals)
        return canvas.snapshot()

    def refresh(self, changes: Changes | None = None) -> None:
        session = self.session
        if session is None:
            return
        self.today = date.today()
        current = self._updated_snapshot(changes)
        self._current_snapshot = current
        self.findings = check_canvas(current, today=self.today)
        self.quality.set_findings(self.findings)
        self.versions.set_data(session.canvas.versions(), current)
        shown = current
        if self.viewing_version is not None:
            try:
                shown = session.canvas.version_snapshot(self.viewing_version)
            except (KeyError, ValueError):
                self.viewing_version = None
        self._show_snapshot(shown, current)
        # The version shown may have gone (deleted, its freeze undone): say so by hiding
        # the banner together with the read-only state.
        self.version_row.setVisible(self.viewing_version is not None)

    def _show_snapshot(self, shown: CanvasSnapshot, current: CanvasSnapshot) -> None:
        self.snapshot = shown
        read_only = self.is_read_only()
        flagged = (
            frozenset(f.goal_uuid for f in self.findings if f.goal_uuid)
            if shown is current
            else frozenset()
        )
        for level in LEVELS:
            model = self.board.models[level]
            model.read_only = read_only
            model.set_snapshot(shown, today=self.today, flagged=flagged)
            view = self.board.list_of(level)
            view.setDragEnabled(not read_only)
            view.setAcceptDrops(not read_only)
        self.board.vision_card.set_read_only(read_only)
        self.board.mission_card.set_read_only(read_only)
        self.board.vision_card.set_text(shown.canvas.vision)
        self.board.mission_card.set_text(shown.canvas.mission)
        self.board.retranslate_ui()
        if self._current_goal and shown.goal(self._current_goal) is None:
            self._current_goal = None
        self.keep_selection()
        self.details.today = self.today
        self.details.show_goal(shown, self._current_goal, read_only=read_only)
        self._update_actions()
        self._update_quality_tab()

    def is_read_only(self) -> bool:
        return self.session is None or self.session.read_only or self.viewing_version is not None

    def current_goal(self) -> Goal | None:
        if self.snapshot is None or self._current_goal is None:
            return None
        return self.snapshot.goal(self._current_goal)

    def _focused_level(self) -> GoalLevel:
        goal = self.current_goal()
        if goal is not None:
            return goal.level
        for level in LEVELS:
            if self.board.list_of(level).hasFocus():
                return level
        return LEVELS[0]

    # ------------------------------------------------------------ selection
    def _on_current_changed(self, level: GoalLevel, row: int) -> None:
        goal = self.board.models[level].goal_at(row)
        if goal is None:
            return
        self._current_goal = goal.uuid
        for other in LEVELS:
            if other is not level:
                self.board.list_of(other).clearSelection()
        self.details.show_goal(self.snapshot, goal.uuid, read_only=self.is_read_only())
        self._update_actions()

    def _on_list_focused(self, level: GoalLevel) -> None:
        view = self.board.list_of(level)
        goal = view.current_goal()
        if goal is not None:
            # Selected as well as current: Delete and Ctrl+arrows act on what is shown.
            view.select_row(self.board.models[level].row_of(goal.uuid))
            self._on_current_changed(level, self.board.models[level].row_of(goal.uuid))

    def select_goal(self, uuid: str, *, focus: bool = True) -> None:
        goal = self.snapshot.goal(uuid) if self.snapshot else None
        if goal is None:
            return
        view = self.board.list_of(goal.level)
        view.select_row(self.board.models[goal.level].row_of(uuid))
        self._current_goal = uuid
        self.details.show_goal(self.snapshot, uuid, read_only=self.is_read_only())
        if focus:
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_actions()

    # ------------------------------------------------------------ gestures
    def _writable(self) -> DocumentSession | None:
        return None if self.is_read_only() else self.session

    def _on_vision_committed(self, text: str) -> None:
        session = self._writable()
        if session is not None and self.snapshot is not None:
            before = self.snapshot.canvas.vision
            if not session.push(cmd.set_vision(session, before, text)):
                self.board.vision_card.set_text(before)
                self.board.vision_card.reopen(text)

    def _on_mission_committed(self, text: str) -> None:
        session = self._writable()
        if session is not None and self.snapshot is not None:
            before = self.snapshot.canvas.mission
            if not session.push(cmd.set_mission(session, before, text)):
                self.board.mission_card.set_text(before)
                self.board.mission_card.reopen(text)

    def _on_goal_edit_committed(self, uuid: str, draft: object) -> None:
        session = self._writable()
        goal = self.snapshot.goal(uuid) if self.snapshot else None
        if session is None or goal is None or not isinstance(draft, GoalDraft):
            return
        # Only what the card edits: status, ambition and actors stay as they are now
        # (an undo while the editor was open may have changed them).
        after = replace(goal.to_draft(), statement=draft.statement, target_group=draft.target_group)
        if after != goal.to_draft() and not session.push(cmd.edit_goal(session, goal, after)):
            # Not saved (disk full, file busy): back into the card with the typed text.
            view, row = self.board.list_of(goal.level), self.board.models[goal.level].row_of(uuid)
            QTimer.singleShot(0, lambda: view.reopen_editor(row, after))

    def add_goal(self, level: GoalLevel | None = None) -> None:
        session = self._writable()
        if session is None:
            return
        level = level if isinstance(level, GoalLevel) else self._focused_level()
        dialog = GoalDialog(None, level=level, actors=session.service.actors(), parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        command = cmd.add_goal(session, dialog.draft())
        if session.push(command) and command.uuid:
            self.select_goal(command.uuid)

    def edit_current_goal(self) -> None:
        if self.finish_editing() and self.current_goal() is not None:
            self.details.edit_goal()

    def delete_goal(self, uuid: str) -> None:
        session = self._writable()
        goal = self.snapshot.goal(uuid) if self.snapshot else None
        if session is None or goal is None or self.snapshot is None:
            return
        siblings = self.snapshot.goals_on(goal.level)
        index = siblings.index(goal)
        if session.push(cmd.delete_goal(session, goal)):
            remaining = [g for g in siblings if g.uuid != uuid]
            if remaining:
                self.select_goal(remaining[min(index, len(remaining) - 1)].uuid)
            else:
                self._current_goal = None
                self.details.show_goal(self.snapshot, None)
                self.board.list_of(goal.level).setFocus()

    def move_goal(self, uuid: str, level: GoalLevel, position: int) -> None:
        session = self._writable()
        goal = self.snapshot.goal(uuid) if self.snapshot else None
        if session is None or goal is None or self.snapshot is None:
            return
        count = len(self.snapshot.goals_on(level))
        limit = count - 1 if level is goal.level else count
        position = max(0, min(position, limit))
        if level is goal.level and position == goal.position:
            return
        if session.push(cmd.move_goal(session, goal, level, position)):
            self.select_goal(uuid)

    def _on_move_requested(self, uuid: str, level_step: int, position_step: int) -> None:
        goal = self.snapshot.goal(uuid) if self.snapshot else None
        if goal is None:
            return
        index = LEVELS.index(goal.level) + level_step
        if not 0 <= index < len(LEVELS):
            return
        level = LEVELS[index]
        if level is goal.level:
            self.move_goal(uuid, level, goal.position + position_step)
        else:
            # To the same height in the neighbouring column, as far as it reaches.
            self.move_goal(uuid, level, goal.position)

    def _on_goal_dropped(self, uuid: str, level: object, row: int) -> None:
        goal = self.snapshot.goal(uuid) if self.snapshot else None
        if goal is None or not isinstance(level, GoalLevel):
            return
        if level is goal.level and row > goal.position:
            row -= 1  # the goal leaves its old place first
        # After the drag has finished: the drop must not reset the model under Qt's feet.
        QTimer.singleShot(0, lambda: self.move_goal(uuid, level, row))

    def jump_to(self, finding: Finding) -> None:
        if self.viewing_version is not None:
            self.show_version(None)
        if finding.goal_uuid:
            self.select_goal(
                finding.goal_uuid,
                focus=finding.indicator_uuid is None and finding.milestone_uuid is None,
            )
            self.side.setCurrentWidget(self.details)
            if finding.indicator_uuid:
                self.details.select_indicator(finding.indicator_uuid)
            elif finding.milestone_uuid:
                self.details.select_milestone(finding.milestone_uuid)
        elif finding.level is not None:
            view = self.board.list_of(finding.level)
            view.setFocus()
            if self.board.models[finding.level].rowCount():
                view.select_row(0)

    # ------------------------------------------------------------ versions
    def show_version(self, uuid: object) -> None:
        if not self.finish_editing():
            return
        self.viewing_version = uuid if isinstance(uuid, str) else None
        self.version_row.setVisible(self.viewing_version is not None)
        self.refresh()
        self._update_version_banner()

    def _update_version_banner(self) -> None:
        if self.viewing_version is None or self.session is None:
            return
        version = self.session.canvas.version(self.viewing_version)
        if version is None:
            return
        self.version_banner.setText(
            QCoreApplication.translate(
                "CanvasView",
                "You are looking at the version “{label}” agreed on {date}. "
                "It cannot be changed here.",
            ).format(label=version.label, date=format_date(version.agreed_on))
        )

    # ------------------------------------------------------------ guided mode
    def toggle_guided(self) -> None:
        self.set_guided(self.guided_action.isChecked())

    def set_guided(self, on: bool) -> None:
        self.guided_action.setChecked(on)
        self.guide.setVisible(on)
        if on:
            self._go_to_step(0)
        else:
            self._highlight(None)

    def _go_to_step(self, step: int, forward: bool = False) -> None:
        if forward and step >= len(GUIDE_STEPS):
            self.set_guided(False)
            return
        self.guide.show_step(step)
        current = GUIDE_STEPS[self.guide.step]
        self._highlight(current.level)
        if current.area is StepArea.VISION:
            self.board.vision_card.setFocus()
        elif current.area is StepArea.MISSION:
            self.board.mission_card.setFocus()
        elif current.area is StepArea.LEVEL and current.level is not None:
            self.board.list_of(current.level).setFocus()
        elif current.area is StepArea.REVIEW:
            self.side.show()
            self.side_action.setChecked(True)
            self.side.setCurrentWidget(self.quality)

    def _highlight(self, level: GoalLevel | None) -> None:
        for other in LEVELS:
            self.board.columns[other].set_highlighted(other is level)

    # ------------------------------------------------------------ view
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._splitter_sized:
            # The board gets about two thirds; the side panel enough for its chart.
            self._splitter_sized = True
            width = max(self.width(), 900)
            side = max(360, min(560, width // 3))
            self.splitter.setSizes([width - side, side])
            if width < 1000:
                self.side_action.setChecked(False)
                self.toggle_side()

    def toggle_side(self) -> None:
        self.side.setVisible(self.side_action.isChecked())

    def zoom_in(self) -> None:
        self._zoom_index = min(self._zoom_index + 1, len(ZOOM_STEPS) - 1)
        self._apply_zoom()

    def zoom_out(self) -> None:
        self._zoom_index = max(self._zoom_index - 1, 0)
        self._apply_zoom()

    @property
    def zoom(self) -> float:
        return ZOOM_STEPS[self._zoom_index]

    def set_zoom(self, factor: float) -> None:
        self._zoom_index = min(range(len(ZOOM_STEPS)), key=lambda i: abs(ZOOM_STEPS[i] - factor))
        self._apply_zoom()

    def _apply_zoom(self) -> None:
        # The board starts larger than the rest of the window: it is read from afar.
        base = self._base_font
        self.board.set_zoom(self.zoom * 1.15, base)
        self.guide.set_font_scale(base.pointSizeF() * self.zoom)
        self.zoom_in_action.setEnabled(self._zoom_index < len(ZOOM_STEPS) - 1)
        self.zoom_out_action.setEnabled(self._zoom_index > 0)

    def _update_actions(self) -> None:
        writable = not self.is_read_only()
        self.add_goal_action.setEnabled(writable)
        self.edit_goal_action.setEnabled(writable and self.current_goal() is not None)
        self.freeze_action.setEnabled(self.session is not None and not self.session.read_only)
        for level in LEVELS:
            self.board.columns[level].add_button.setVisible(writable)

    def _update_quality_tab(self) -> None:
        index = self.side.indexOf(self.quality)
        count = len(self.findings)
        self.side.setTabText(
            index,
            QCoreApplication.translate("CanvasView", "Checklist ({count})").format(count=count)
            if count
            else QCoreApplication.translate("CanvasView", "Checklist ✓"),
        )

    # ------------------------------------------------------------ language
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.add_goal_action.setText(QCoreApplication.translate("CanvasView", "New goal"))
        self.add_goal_action.setToolTip(
            QCoreApplication.translate(
                "CanvasView", "Add an impact goal to the selected level (Insert)"
            )
        )
        self.edit_goal_action.setText(QCoreApplication.translate("CanvasView", "Edit goal"))
        self.edit_goal_action.setToolTip(
            QCoreApplication.translate("CanvasView", "All details of the selected goal (Ctrl+E)")
        )
        self.guided_action.setText(QCoreApplication.translate("CanvasView", "Guided mode"))
        self.guided_action.setToolTip(
            QCoreApplication.translate(
                "CanvasView",
                "Walk the room step by step through vision, mission and the levels (F7)",
            )
        )
        self.freeze_action.setText(QCoreApplication.translate("CanvasView", "Freeze version…"))
        self.zoom_in_action.setText(QCoreApplication.translate("CanvasView", "Larger"))
        self.zoom_out_action.setText(QCoreApplication.translate("CanvasView", "Smaller"))
        self.side_action.setText(QCoreApplication.translate("CanvasView", "Side panel"))
        self.side_action.setToolTip(
            QCoreApplication.translate(
                "CanvasView", "Show or hide details, checklist and versions (F9)"
            )
        )
        self.side.setTabText(
            self.side.indexOf(self.details), QCoreApplication.translate("CanvasView", "Details")
        )
        self.side.setTabText(
            self.side.indexOf(self.versions), QCoreApplication.translate("CanvasView", "Versions")
        )
        self._update_quality_tab()
        self.back_button.setText(
            QCoreApplication.translate("CanvasView", "Back to the current canvas")
        )
        self.board.retranslate_ui()
        self.guide.retranslate_ui()
        self._update_version_banner()

    def keep_selection(self) -> None:
        """Reselect the current goal after a refresh (models may have been reset)."""
        if self._current_goal:
            goal = self.current_goal()
            if goal is not None:
                view = self.board.list_of(goal.level)
                row = self.board.models[goal.level].row_of(goal.uuid)
                view.selectionModel().setCurrentIndex(
                    view.model().index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
