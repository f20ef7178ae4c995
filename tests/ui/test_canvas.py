"""The impact canvas page, driven by keyboard and mouse, checked in the file on disk."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from ciworkshop.domain.canvas import GoalDraft, GoalLevel, IndicatorDraft
from ciworkshop.domain.guide import GUIDE_STEPS
from ciworkshop.domain.quality import CheckKind
from ciworkshop.services.canvas import CanvasService
from ciworkshop.services.demo import write_demo
from ciworkshop.ui.dialogs.canvas import GoalDialog, IndicatorDialog, VersionDialog
from ciworkshop.ui.main_window import MainWindow
from ciworkshop.ui.models.goals import GOAL_MIME_TYPE
from ciworkshop.ui.views.canvas import CanvasView
from ciworkshop.ui.views.canvas_board import GoalInlineEditor
from tests.ui.conftest import on_next_modal, read_back

CTRL = Qt.KeyboardModifier.ControlModifier


def _goals_on_disk(path: Path) -> list[tuple[str, GoalLevel, int, str]]:
    with read_back(path) as doc:
        snapshot = CanvasService(doc).snapshot()
    return [(g.statement, g.level, g.position, g.target_group) for g in snapshot.goals]


def _indicators_on_disk(path: Path) -> list[str]:
    with read_back(path) as doc:
        return [i.name for i in CanvasService(doc).snapshot().all_indicators()]


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "Demo.ciw"
    write_demo(path).close()
    return path


def _open_canvas(qtbot, window: MainWindow, path: Path) -> CanvasView:  # type: ignore[no-untyped-def]
    assert window.files.open_path(path)
    window.nav.setCurrentRow(1)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window.canvas_view


def _focus(qtbot, window: MainWindow, widget) -> None:  # type: ignore[no-untyped-def]
    """Give ``widget`` the keyboard focus (after a dialog the window must be active again)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def _press(qtbot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):  # type: ignore[no-untyped-def]
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifiers)


def test_keyboard_only_create_goal_add_indicator_move_level_and_undo(
    qtbot, window: MainWindow, network_file: Path
):
    view = _open_canvas(qtbot, window, network_file)
    project = view.board.list_of(GoalLevel.PROJECT)
    project.setFocus()
    qtbot.waitUntil(project.hasFocus)

    def fill_goal(dialog):
        assert isinstance(dialog, GoalDialog)
        qtbot.waitUntil(dialog.isActiveWindow)
        assert dialog.level_combo.currentIndex() == 0  # the focused column's level
        qtbot.keyClicks(dialog.statement_edit, "Mehr Jugendliche finden einen Ausbildungsplatz")
        dialog.statement_edit.insertPlainText(" 🚀")
        qtbot.keyClick(dialog.statement_edit, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dialog.target_group_edit
        qtbot.keyClicks(dialog.target_group_edit, "Schulabganger <Klasse 10>")
        qtbot.keyClick(dialog.target_group_edit, Qt.Key.Key_Return)

    on_next_modal(fill_goal)
    _press(qtbot, Qt.Key.Key_Insert)
    goal_text = "Mehr Jugendliche finden einen Ausbildungsplatz 🚀"
    assert _goals_on_disk(network_file) == [
        (goal_text, GoalLevel.PROJECT, 0, "Schulabganger <Klasse 10>")
    ]
    assert view.board.models[GoalLevel.PROJECT].rowCount() == 1
    assert view.current_goal() is not None
    assert view.details.statement.text() == goal_text

    # Tab from the board reaches the detail pane; Insert there adds an indicator.
    def fill_indicator(dialog):
        assert isinstance(dialog, IndicatorDialog)
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClicks(dialog.name_edit, "Einmundungsquote duale Ausbildung")
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    _focus(qtbot, window, view.details.indicators)
    on_next_modal(fill_indicator)
    _press(qtbot, Qt.Key.Key_Insert)
    assert _indicators_on_disk(network_file) == ["Einmundungsquote duale Ausbildung"]
    assert view.details.indicators.topLevelItemCount() == 1

    # Ctrl+Right moves the goal to the system level; it stays selected there.
    _focus(qtbot, window, project)
    _press(qtbot, Qt.Key.Key_Right, CTRL)
    assert _goals_on_disk(network_file)[0][1] is GoalLevel.SYSTEM
    system = view.board.list_of(GoalLevel.SYSTEM)
    assert view.board.models[GoalLevel.PROJECT].rowCount() == 0
    assert system.current_goal() is not None
    assert system.hasFocus()

    # Ctrl+Z three times: back on the project level, indicator gone, goal gone.
    _press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _goals_on_disk(network_file)[0][1] is GoalLevel.PROJECT
    assert view.board.models[GoalLevel.PROJECT].rowCount() == 1
    _press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _indicators_on_disk(network_file) == []
    _press(qtbot, Qt.Key.Key_Z, CTRL)
    assert _goals_on_disk(network_file) == []
    assert all(model.rowCount() == 0 for model in view.board.models.values())


def test_edit_goal_in_place_enter_tab_escape(qtbot, window: MainWindow, demo_file: Path):
    view = _open_canvas(qtbot, window, demo_file)
    before = _goals_on_disk(demo_file)
    project = view.board.list_of(GoalLevel.PROJECT)
    project.setFocus()
    project.select_row(0)
    _press(qtbot, Qt.Key.Key_Return)
    editor = project.findChild(GoalInlineEditor)
    assert editor is not None
    qtbot.waitUntil(editor.statement_edit.hasFocus)
    editor.statement_edit.selectAll()
    qtbot.keyClicks(editor.statement_edit, "Neu formuliert")
    qtbot.keyClick(editor.statement_edit, Qt.Key.Key_Tab)
    assert editor.target_group_edit.hasFocus()
    editor.target_group_edit.clear()
    # A project goal needs a target group: Enter refuses and says why; nothing is lost.
    qtbot.keyClick(editor.target_group_edit, Qt.Key.Key_Return)
    assert editor.problem.isVisible()
    assert _goals_on_disk(demo_file) == before
    qtbot.keyClicks(editor.target_group_edit, "Alle Jugendlichen")
    qtbot.keyClick(editor.target_group_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: project.findChild(GoalInlineEditor) is None)
    after = _goals_on_disk(demo_file)
    assert after[0][0] == "Neu formuliert"
    assert after[0][3] == "Alle Jugendlichen"
    assert after[1:] == before[1:]

    # Escape throws away what was typed.
    _press(qtbot, Qt.Key.Key_F2)
    editor = project.findChild(GoalInlineEditor)
    assert editor is not None
    qtbot.keyClicks(editor.statement_edit, " verworfen")
    qtbot.keyClick(editor.statement_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: project.findChild(GoalInlineEditor) is None)
    assert _goals_on_disk(demo_file) == after

    window.undo_action.trigger()
    assert _goals_on_disk(demo_file) == before


def test_vision_edited_in_place_and_undone(qtbot, window: MainWindow, network_file: Path):
    view = _open_canvas(qtbot, window, network_file)
    card = view.board.vision_card
    card.setFocus()
    qtbot.waitUntil(card.hasFocus)
    _press(qtbot, Qt.Key.Key_Return)
    assert card.is_editing()
    qtbot.keyClicks(card.editor, "Kein Jugendlicher geht verloren <b>nie</b>")
    qtbot.keyClick(card.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    card.editor.insertPlainText("Zweite Zeile ✨")
    qtbot.keyClick(card.editor, Qt.Key.Key_Return)
    assert not card.is_editing()
    text = "Kein Jugendlicher geht verloren <b>nie</b>\nZweite Zeile ✨"
    with read_back(network_file) as doc:
        assert CanvasService(doc).canvas().vision == text
    assert card.display.text() == text  # plain text: the markup is shown, not rendered
    window.undo_action.trigger()
    with read_back(network_file) as doc:
        assert CanvasService(doc).canvas().vision == ""


def test_vision_over_its_limit_is_not_saved_and_not_cut(
    qtbot, window: MainWindow, network_file: Path
):
    view = _open_canvas(qtbot, window, network_file)
    card = view.board.vision_card
    card.start_editing()
    card.editor.setPlainText("x" * 2_001)
    card.editor.setFocus()
    qtbot.keyClick(card.editor, Qt.Key.Key_Return)
    assert card.is_editing()  # refused, the text still there
    assert card.editor.toPlainText() == "x" * 2_001
    assert card.limit_hint.isVisible()
    with read_back(network_file) as doc:
        assert CanvasService(doc).canvas().vision == ""


def _drop(qtbot, target, data: QMimeData, point: QPoint) -> None:  # type: ignore[no-untyped-def]
    viewport = target.viewport()
    pos = QPointF(point)
    actions = Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event_type in (QDragEnterEvent, QDragMoveEvent):
        try:  # Qt 6.12 takes a QPointF and deprecates the QPoint form; older ones only QPoint
            event = event_type(pos, actions, data, buttons, mods)  # type: ignore[call-overload]
        except TypeError:
            event = event_type(point, actions, data, buttons, mods)
        QApplication.sendEvent(viewport, event)
    drop = QDropEvent(pos, actions, data, buttons, mods)
    QApplication.sendEvent(viewport, drop)


def test_drag_and_drop_moves_a_goal_to_another_level_and_reorders(
    qtbot, window: MainWindow, demo_file: Path
):
    view = _open_canvas(qtbot, window, demo_file)
    before = _goals_on_disk(demo_file)
    project = view.board.models[GoalLevel.PROJECT]
    knowledge_view = view.board.list_of(GoalLevel.KNOWLEDGE)
    dragged = project.goal_at(1)
    assert dragged is not None
    data = project.mimeData([project.index(1)])
    assert data.hasFormat(GOAL_MIME_TYPE)
    # Drop onto the upper half of the first knowledge card: it goes first there.
    first = knowledge_view.visualRect(knowledge_view.model().index(0, 0))
    _drop(qtbot, knowledge_view, data, QPoint(first.center().x(), first.top() + 4))
    qtbot.waitUntil(lambda: _goals_on_disk(demo_file) != before)
    on_disk = {g[0]: g for g in _goals_on_disk(demo_file)}
    assert on_disk[dragged.statement][1:3] == (GoalLevel.KNOWLEDGE, 0)
    assert view.board.models[GoalLevel.KNOWLEDGE].goal_at(0).uuid == dragged.uuid  # type: ignore[union-attr]
    assert project.rowCount() == len([g for g in before if g[1] is GoalLevel.PROJECT]) - 1

    # Within a level: drop the first project goal below the last one.
    project_view = view.board.list_of(GoalLevel.PROJECT)
    top = project.goal_at(0)
    assert top is not None
    data = project.mimeData([project.index(0)])
    last = project_view.visualRect(project.index(project.rowCount() - 1))
    _drop(qtbot, project_view, data, QPoint(last.center().x(), last.bottom() - 3))
    qtbot.waitUntil(lambda: project.goal_at(project.rowCount() - 1).uuid == top.uuid)  # type: ignore[union-attr]
    positions = [g for g in _goals_on_disk(demo_file) if g[1] is GoalLevel.PROJECT]
    assert positions[-1][0] == top.statement
    assert [g[2] for g in positions] == list(range(len(positions)))

    window.undo_action.trigger()
    window.undo_action.trigger()
    assert _goals_on_disk(demo_file) == before


def test_detail_pane_chart_shows_the_recorded_values(qtbot, window: MainWindow, demo_file: Path):
    view = _open_canvas(qtbot, window, demo_file)
    snapshot = view.snapshot
    assert snapshot is not None
    indicator = max(snapshot.all_indicators(), key=lambda i: len(snapshot.measurements(i.uuid)))
    goal = snapshot.goal(indicator.goal_uuid)
    assert goal is not None
    view.select_goal(goal.uuid)
    view.details.select_indicator(indicator.uuid)
    points = view.details.chart.points()
    measured = [(p.date.isoformat(), p.value) for p in points if p.kind == "measurement"]
    assert measured == [(m.date, m.value) for m in snapshot.measurements(indicator.uuid)]
    assert points[0].kind == "baseline"
    assert points[0].value == indicator.baseline_value
    assert points[-1].kind == "target"
    assert points[-1].value == indicator.target_value
    # Newest value first in the list below the chart.
    assert view.details.measurements.topLevelItemCount() == len(measured)


def test_quality_checklist_counts_and_jumps_to_the_goal(
    qtbot, window: MainWindow, network_file: Path
):
    view = _open_canvas(qtbot, window, network_file)
    assert view.quality.count == 0
    with read_back(network_file):
        pass
    session = window.session
    assert session is not None
    from ciworkshop.ui import canvas_commands as cmd

    session.push(cmd.add_goal(session, GoalDraft(level=GoalLevel.SYSTEM, statement="Vertrauen")))
    kinds = {f.kind for f in view.findings}
    assert CheckKind.GOAL_WITHOUT_INDICATOR in kinds
    assert CheckKind.GOAL_WITHOUT_ACTOR in kinds
    assert view.quality.count == len(view.findings) == 3
    assert "3" in view.side.tabText(view.side.indexOf(view.quality))
    finding = next(f for f in view.findings if f.kind is CheckKind.GOAL_WITHOUT_INDICATOR)
    view.select_goal("nothing")  # no-op on an unknown uuid
    view.quality.finding_activated.emit(finding)
    assert view.current_goal() is not None
    assert view.current_goal().statement == "Vertrauen"  # type: ignore[union-attr]
    assert view.board.list_of(GoalLevel.SYSTEM).hasFocus()

    session.push(
        cmd.add_indicator(session, finding.goal_uuid or "", IndicatorDraft(name="Check-up"))
    )
    assert CheckKind.GOAL_WITHOUT_INDICATOR not in {f.kind for f in view.findings}


def test_guided_mode_walks_vision_mission_levels_review(qtbot, window: MainWindow, demo_file: Path):
    view = _open_canvas(qtbot, window, demo_file)
    view.guided_action.trigger()
    assert view.guide.isVisible()
    assert view.board.vision_card.hasFocus()
    seen = [view.guide.title.text()]
    for _ in range(len(GUIDE_STEPS) - 1):
        view.guide.next_button.click()
        seen.append(view.guide.title.text())
    assert len(set(seen)) == len(GUIDE_STEPS)
    assert seen[0].startswith("Vision")
    assert view.side.currentWidget() is view.quality  # the review step shows the checklist
    view.guide.previous_button.click()
    assert view.board.list_of(GoalLevel.KNOWLEDGE).hasFocus()
    assert "border: 3px" in view.board.columns[GoalLevel.KNOWLEDGE].styleSheet()
    view.guide.close_button.click()
    assert not view.guide.isVisible()
    assert not view.guided_action.isChecked()


def test_freeze_a_version_view_it_read_only_and_compare(qtbot, window: MainWindow, demo_file: Path):
    view = _open_canvas(qtbot, window, demo_file)
    with read_back(demo_file) as doc:
        versions_before = len(CanvasService(doc).versions())

    def fill(dialog):
        assert isinstance(dialog, VersionDialog)
        qtbot.keyClicks(dialog.label_edit, "Fachtag November")
        qtbot.keyClick(dialog.label_edit, Qt.Key.Key_Return)

    on_next_modal(fill)
    view.freeze_action.trigger()
    with read_back(demo_file) as doc:
        versions = CanvasService(doc).versions()
    assert len(versions) == versions_before + 1
    frozen = next(v for v in versions if v.label == "Fachtag November")

    # Change today's canvas, then look at the frozen version: the old state, read-only.
    session = window.session
    assert session is not None
    goal = view.snapshot.goals[0]  # type: ignore[union-attr]
    from ciworkshop.ui import canvas_commands as cmd

    session.push(cmd.delete_goal(session, goal))
    view.versions.set_data(session.canvas.versions(), session.canvas.snapshot())
    for row in range(view.versions.list.count()):
        item = view.versions.list.item(row)
        if item.data(Qt.ItemDataRole.UserRole + 1) == frozen.uuid:
            view.versions.list.setCurrentItem(item)
    assert "1" in view.versions.changes.text()
    view.versions.show_button.click()
    assert view.viewing_version == frozen.uuid
    assert view.version_row.isVisible()
    assert view.snapshot.goal(goal.uuid) is not None  # type: ignore[union-attr]
    assert view.is_read_only()
    assert not view.add_goal_action.isEnabled()
    model = view.board.models[goal.level]
    assert not model.flags(model.index(0)) & Qt.ItemFlag.ItemIsEditable
    view.back_button.click()
    assert view.viewing_version is None
    assert view.snapshot.goal(goal.uuid) is None  # type: ignore[union-attr]


def test_read_only_file_shows_the_canvas_but_offers_no_edits(
    qtbot, window: MainWindow, demo_file: Path
):
    assert window.files.open_path(demo_file, read_only=True)
    window.nav.setCurrentRow(1)
    view = window.canvas_view
    assert view.board.models[GoalLevel.PROJECT].rowCount() > 0
    assert not view.add_goal_action.isEnabled()
    view.board.vision_card.start_editing()
    assert not view.board.vision_card.is_editing()
    assert not view.versions.freeze_button.isEnabled()


def test_beamer_size_compacts_navigation_and_zoom_enlarges_cards(
    qtbot, window: MainWindow, demo_file: Path
):
    view = _open_canvas(qtbot, window, demo_file)
    project = view.board.list_of(GoalLevel.PROJECT)
    model = view.board.models[GoalLevel.PROJECT]
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.nav.width() < 100)
    assert window.nav.item(1).text() == ""
    assert window.nav.item(1).toolTip()  # the name is still there for the tooltip
    card_height = project.sizeHintForIndex(model.index(0)).height()
    font_size = project.font().pointSizeF()
    view.zoom_in_action.trigger()
    view.zoom_in_action.trigger()
    assert project.font().pointSizeF() > font_size
    assert project.sizeHintForIndex(model.index(0)).height() > card_height
    window.resize(1400, 900)
    qtbot.waitUntil(lambda: window.nav.width() > 200)
    assert window.nav.item(1).text()


def test_clicking_another_card_keeps_an_unsaveable_edit_open(
    qtbot, window: MainWindow, demo_file: Path
):
    view = _open_canvas(qtbot, window, demo_file)
    before = _goals_on_disk(demo_file)
    project = view.board.list_of(GoalLevel.PROJECT)
    _focus(qtbot, window, project)
    project.select_row(0)
    _press(qtbot, Qt.Key.Key_Return)
    editor = project.findChild(GoalInlineEditor)
    assert editor is not None
    editor.statement_edit.setPlainText("Noch nicht fertig")
    editor.target_group_edit.clear()
    project.select_row(1)  # what a click on the next card does
    assert project.findChild(GoalInlineEditor) is editor
    assert editor.problem.isVisible()
    assert editor.statement_edit.toPlainText() == "Noch nicht fertig"
    assert _goals_on_disk(demo_file) == before


def test_closing_the_file_saves_what_is_still_being_typed(
    qtbot, window: MainWindow, demo_file: Path
):
    view = _open_canvas(qtbot, window, demo_file)
    system = view.board.list_of(GoalLevel.SYSTEM)
    _focus(qtbot, window, system)
    system.select_row(0)
    _press(qtbot, Qt.Key.Key_Return)
    editor = system.findChild(GoalInlineEditor)
    assert editor is not None
    editor.statement_edit.setPlainText("Noch getippt, nicht bestätigt ✍")
    view.board.mission_card.start_editing()
    view.board.mission_card.editor.setPlainText("Mission, halb fertig")
    window.close_action.trigger()  # Ctrl+W
    with read_back(demo_file) as doc:
        snapshot = CanvasService(doc).snapshot()
    assert snapshot.goals_on(GoalLevel.SYSTEM)[0].statement == "Noch getippt, nicht bestätigt ✍"
    assert snapshot.canvas.mission == "Mission, halb fertig"


def test_a_drop_between_two_cards_lands_between_them(qtbot, window: MainWindow, demo_file: Path):
    view = _open_canvas(qtbot, window, demo_file)
    system = view.board.list_of(GoalLevel.SYSTEM)
    model = view.board.models[GoalLevel.SYSTEM]
    first, second = system.visualRect(model.index(0)), system.visualRect(model.index(1))
    gap = (first.bottom() + second.top()) // 2
    assert system.indexAt(QPoint(first.center().x(), gap)).row() in (-1, 0, 1)
    assert system.drop_row(gap) == 1
    project = view.board.models[GoalLevel.PROJECT]
    dragged = project.goal_at(0)
    assert dragged is not None
    _drop(qtbot, system, project.mimeData([project.index(0)]), QPoint(first.center().x(), gap))
    qtbot.waitUntil(lambda: model.rowCount() == 4)
    assert model.goal_at(1).uuid == dragged.uuid  # type: ignore[union-attr]
