"""Beamer mode: what the room sees, how it follows the laptop, and the audience window's
screen, checked on the laid-out scene (texts with their pixel sizes) and on real windows.

Two screens need their own QApplication (the offscreen platform reads its screens at
start-up): ``test_two_screens_*`` runs ``tests/ui/beamer_support.py`` in a subprocess.
"""

from __future__ import annotations

import json
import math
import os
import platform
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QLineEdit

from ciworkshop.domain.canvas import LEVELS, GoalLevel
from ciworkshop.domain.events import CardDraft
from ciworkshop.domain.model import PersonDraft
from ciworkshop.services.canvas import CanvasService
from ciworkshop.services.demo import write_demo
from ciworkshop.services.events import EventService
from ciworkshop.ui import event_commands
from ciworkshop.ui.beamer.controller import BeamerController
from ciworkshop.ui.beamer.layout import SceneLayout
from ciworkshop.ui.beamer.overlay import action_label
from ciworkshop.ui.beamer.scenes import BeamerScene, View, render_image
from ciworkshop.ui.beamer.text import ELLIPSIS, wrap
from ciworkshop.ui.main_window import MainWindow
from tests.ui.beamer_support import SCREENS, build_fachtag

ROOT = Path(__file__).resolve().parents[2]
SIZES = [QSize(1024, 768), QSize(1920, 1080)]


@pytest.fixture(scope="module")
def fachtag_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """The demo network (its impact canvas) with a Fachtag: plenary, four tables, ~300 cards.
    Built once; each test gets its own copy."""
    path = tmp_path_factory.mktemp("fachtag") / "Fachtag.ciw"
    with write_demo(path) as document:
        ids = build_fachtag(EventService(document))
        ids["goals"] = [g.uuid for g in CanvasService(document).snapshot().goals]
    return path, ids


@pytest.fixture
def fachtag_file(
    tmp_path: Path, fachtag_template: tuple[Path, dict[str, Any]]
) -> tuple[Path, dict[str, Any]]:
    template, ids = fachtag_template
    path = tmp_path / template.name
    shutil.copyfile(template, path)
    return path, ids


@pytest.fixture
def beamer(
    qtbot, window: MainWindow, fachtag_file: tuple[Path, dict[str, Any]]
) -> Iterator[tuple[BeamerController, dict[str, Any]]]:  # type: ignore[no-untyped-def]
    path, ids = fachtag_file
    assert window.files.open_path(path)
    # The main window's own controller: it owns the F5/B/Esc shortcuts of the window.
    controller = window.beamer
    controller.set_focus(ids["tables"][0], ids["table_board"])
    yield controller, ids
    controller.stop_presenting()


def _pages(scene: BeamerScene, size: QSize) -> list[SceneLayout]:
    """Every page of the current view at ``size``."""
    while scene.turn_page(-1):
        pass
    layouts = [scene.layout(size)]
    while scene.turn_page(1):
        layouts.append(scene.layout(size))
    return layouts


def _all_texts(layouts: list[SceneLayout]) -> str:
    return "\n".join(t.source for layout in layouts for t in layout.texts())


def _assert_made_for_the_room(layout: SceneLayout, size: QSize) -> None:
    """Nothing elided, nothing below 1/30 of the height, nothing outside the screen."""
    assert layout.min_px == math.ceil(size.height() / 30)
    for text in layout.texts():
        assert not text.elided, text.source
        assert text.px >= layout.min_px, (text.role, text.px, text.source)
        assert text.x >= 0, text.source
        assert text.x + text.width <= size.width() + 0.5, text.source
        assert text.y >= 0, text.source
        assert text.y + text.height <= size.height() + 0.5, text.source


# ---------------------------------------------------------------- made for a room
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_every_board_of_the_fachtag_fits_without_elision(
    beamer: tuple[BeamerController, dict[str, Any]], size: QSize
):
    controller, ids = beamer
    controller.set_view(View.BOARD)
    events = controller.session.events  # type: ignore[union-attr]
    assert ids["cards"] >= 280
    for item_uuid, count in ids["boards"].items():
        session_uuid = events.agenda_item(item_uuid).session_uuid  # type: ignore[union-attr]
        controller.set_focus(session_uuid, item_uuid)
        layouts = _pages(controller.scene, size)
        shown = [t.ref for layout in layouts for t in layout.texts("card")]
        # Every card is on exactly one page, in full, at a size the back row can read.
        assert len(shown) == count
        assert set(shown) == {c.uuid for c in events.board(item_uuid).cards()}
        for layout in layouts:
            _assert_made_for_the_room(layout, size)
            assert layout.pages == len(layouts)
        if len(layouts) > 1:
            assert layouts[-1].texts("page")[0].source == f"{len(layouts)} / {len(layouts)}"


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_canvas_agenda_spotlight_and_pause_fit_the_room(
    beamer: tuple[BeamerController, dict[str, Any]], size: QSize
):
    controller, ids = beamer
    scene = controller.scene
    snapshot = controller.session.canvas.snapshot()  # type: ignore[union-attr]

    controller.set_view(View.CANVAS)
    canvas_pages = _pages(scene, size)
    shown_goals = [t.ref for layout in canvas_pages for t in layout.texts("goal")]
    assert sorted(shown_goals) == sorted(g.uuid for g in snapshot.goals)
    texts = _all_texts(canvas_pages)
    assert snapshot.canvas.vision in texts
    assert snapshot.canvas.mission in texts
    for layout in canvas_pages:
        _assert_made_for_the_room(layout, size)
    for level in LEVELS:
        controller.set_view(View.CANVAS, level)
        level_pages = _pages(scene, size)
        refs = {t.ref for layout in level_pages for t in layout.texts("goal")}
        assert refs == {g.uuid for g in snapshot.goals_on(level)}
        for layout in level_pages:
            _assert_made_for_the_room(layout, size)

    controller.set_view(View.AGENDA)
    _assert_made_for_the_room(scene.layout(size), size)
    controller.spotlight_card(ids["card"])
    layout = scene.layout(size)
    _assert_made_for_the_room(layout, size)
    assert layout.texts("spotlight")[0].px >= 2 * layout.min_px  # large type
    controller.spotlight_goal(ids["goals"][0])
    _assert_made_for_the_room(scene.layout(size), size)
    controller.set_view(View.PAUSE)
    _assert_made_for_the_room(scene.layout(size), size)


def test_the_demo_fachtag_fits_the_room(qtbot, window: MainWindow, tmp_path: Path):
    """Every board and agenda of the demo file, at both sizes, at the default zoom."""
    path = tmp_path / "Demo.ciw"
    write_demo(path).close()
    assert window.files.open_path(path)
    controller = window.beamer
    events = controller.session.events  # type: ignore[union-attr]
    boards = [
        (s.uuid, item.uuid)
        for s in events.sessions()
        for item in events.agenda(s.uuid)
        if events.board(item.uuid).cards()
    ]
    if not boards:
        pytest.skip("the demo has no boards yet")
    cards = 0
    for size in SIZES:
        for session_uuid, item_uuid in boards:
            controller.set_focus(session_uuid, item_uuid)
            controller.set_view(View.BOARD)
            layouts = _pages(controller.scene, size)
            cards += len([t for layout in layouts for t in layout.texts("card")])
            for layout in layouts:
                _assert_made_for_the_room(layout, size)
            controller.set_view(View.AGENDA)
            _assert_made_for_the_room(controller.scene.layout(size), size)
            longest = max(events.board(item_uuid).cards(), key=lambda c: len(c.text))
            controller.spotlight_card(longest.uuid)
            _assert_made_for_the_room(controller.scene.layout(size), size)
    assert cards == 2 * sum(len(events.board(i).cards()) for _, i in boards)
    controller.set_session(None)


def test_text_shrinks_then_wraps_and_elides_only_as_last_resort(qapp, languages):  # type: ignore[no-untyped-def]
    # A German compound wider than a card breaks at a syllable, with a hyphen.
    lines = wrap("Berufsorientierungsmaßnahmen abstimmen", 26, 200).lines
    assert lines[0].endswith("-")
    assert all(len(line) > 2 for line in lines)
    rejoined = "".join(line[:-1] if line.endswith("-") else line + " " for line in lines)
    assert rejoined.strip() == "Berufsorientierungsmaßnahmen abstimmen"
    # "9,8 %" never breaks before the percent sign.
    assert not any(line.startswith("%") for line in wrap("von 9,8 % auf 6 %", 26, 90).lines)
    # Capped text ends in an ellipsis and says so; uncapped text never does.
    capped = wrap("Ein sehr langer Text " * 20, 26, 300, max_lines=2)
    assert capped.elided
    assert capped.lines[-1].endswith(ELLIPSIS)
    assert len(capped.lines) == 2
    assert not wrap("Ein sehr langer Text " * 20, 26, 300).elided


def test_facilitator_only_data_never_reaches_the_beamer(
    beamer: tuple[BeamerController, dict[str, Any]],
):
    controller, ids = beamer
    session = controller.session
    assert session is not None
    person, _ = session.service.add_person(
        draft=PersonDraft(name="Erika Muster", email="erika@example.org", phone="0151 234567")
    )
    snapshot = session.canvas.snapshot()
    rationales = [g.rationale for g in snapshot.goals if g.rationale]
    assert rationales
    size = SIZES[0]
    seen = []
    for view, level in [(v, None) for v in View] + [(View.CANVAS, lvl) for lvl in LEVELS]:
        controller.set_view(view, level)
        seen.append(_all_texts(_pages(controller.scene, size)))
    everything = "\n".join(seen)
    assert "Moderation (nicht für den Beamer)" not in everything  # the table's facilitator
    assert person.email not in everything
    assert person.phone not in everything
    assert not any(r in everything for r in rationales)
    # The guiding question is shown above the board; card authors only in the spotlight.
    controller.set_view(View.BOARD)
    board_texts = _all_texts(_pages(controller.scene, size))
    guiding = session.events.session(ids["tables"][0]).guiding_question  # type: ignore[union-attr]
    assert guiding in board_texts
    card = session.events.card(ids["card"])
    assert card is not None
    assert card.author
    board_pages = _pages(controller.scene, size)
    assert not any(layout.texts("author") for layout in board_pages)
    assert card.author not in [t.source for layout in board_pages for t in layout.texts()]
    controller.spotlight_card(card.uuid)
    authors = controller.scene.layout(size).texts("author")
    assert len(authors) == 1
    assert card.author in authors[0].source


# ---------------------------------------------------------------- following the laptop
def test_card_typed_on_the_laptop_appears_on_the_beamer_page_that_shows_it(
    beamer: tuple[BeamerController, dict[str, Any]],
):
    controller, ids = beamer
    session = controller.session
    assert session is not None
    controller.set_view(View.BOARD)
    scene, size = controller.scene, SIZES[0]
    assert scene.layout(size).pages > 1
    assert scene.page == 0
    text = "Neue Karte vom Laptop: Übergangscoaching für alle"
    board = session.events.board(ids["table_board"])
    last_cluster = board.clusters[-1].uuid
    assert session.push(
        event_commands.add_card(
            session, ids["table_board"], CardDraft(text=text), cluster_uuid=last_cluster
        )
    )
    # The board model has it, and the page turned to the one that shows it.
    assert text in [c.text for g in scene.board.groups for c in g.cards]  # type: ignore[union-attr]
    layout = scene.layout(size)
    assert text in [t.source for t in layout.texts("card")]
    assert layout.page == layout.pages - 1
    # Undo on the laptop takes it off the beamer again.
    session.undo_stack.undo()
    assert text not in _all_texts(_pages(scene, size))


def test_focus_follows_the_laptop_and_a_closed_document_blanks_the_beamer(
    beamer: tuple[BeamerController, dict[str, Any]],
):
    controller, ids = beamer
    events = controller.session.events  # type: ignore[union-attr]
    controller.set_view(View.BOARD)
    size = SIZES[1]
    assert controller.scene.layout(size).texts("title")[0].source == "Ideen sammeln"
    plenary_items = events.agenda(ids["plenary"])
    controller.set_focus(ids["plenary"], plenary_items[2].uuid)
    assert controller.scene.layout(size).texts("title")[0].source == plenary_items[2].title
    # No agenda item chosen: the session's title and guiding question, no cards.
    controller.set_focus(ids["plenary"], None)
    layout = controller.scene.layout(size)
    assert layout.texts("title")[0].source == "Plenum: Wo steht der Verbund?"
    assert not layout.texts("card")
    controller.set_session(None)
    assert controller.scene.layout(size).texts() == []


def test_agenda_countdown_ticks_warns_and_overruns(
    qtbot, beamer: tuple[BeamerController, dict[str, Any]]
):
    controller, ids = beamer
    session = controller.session
    assert session is not None
    start = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)
    first, item = session.events.agenda(ids["tables"][0])[:2]  # item: "Ideen sammeln", 25 min
    assert session.push(event_commands.start_item(session, first, now=start - timedelta(minutes=9)))
    assert session.push(event_commands.start_item(session, item, now=start))
    controller.set_view(View.AGENDA)
    scene, size = controller.scene, SIZES[0]

    def countdown(at: datetime) -> tuple[str, str]:
        scene.now = lambda: at
        scene.tick()
        found = [t for t in scene.layout(size).texts() if t.role.startswith("countdown:")]
        return found[0].source, found[0].role

    assert countdown(start) == ("25:00", "countdown:running")
    assert countdown(start + timedelta(minutes=23, seconds=30)) == ("01:30", "countdown:warning")
    assert countdown(start + timedelta(minutes=27, seconds=5)) == ("+02:05", "countdown:overrun")
    running = [t for t in scene.layout(size).texts("agenda_item") if t.bold]
    assert [t.source for t in running] == ["Ideen sammeln"]
    # The console shows the same, and the next item.
    console = controller.console()
    controller._on_clock_timeout()
    assert console.remaining_label.property("state") == "overrun"
    assert "+02:05" in console.remaining_label.text()
    assert "Clustern und punkten" in console.next_label.text()
    # With the real clock, the countdown ticks by itself each second.
    scene.now = lambda: datetime.now(UTC)
    with qtbot.waitSignal(scene.changed, timeout=3000):
        pass


# ---------------------------------------------------------------- keys
def test_b_types_into_a_text_field_and_blacks_out_elsewhere(
    qtbot, window: MainWindow, beamer: tuple[BeamerController, dict[str, Any]]
):
    controller, _ = beamer
    edit = QLineEdit()
    window.statusBar().addWidget(edit)
    assert controller.start_presenting()
    # One screen: the audience window covers the laptop; bring the laptop back to type.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClicks(edit, "b.b")
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.text() == "b.b"
    assert not controller.scene.black
    assert controller.is_presenting()  # Esc went to the text field

    window.nav.setFocus()
    qtbot.waitUntil(window.nav.hasFocus)
    qtbot.keyClick(window.nav, Qt.Key.Key_B)
    assert controller.scene.black
    assert controller.scene.layout(SIZES[0]).texts() == []
    qtbot.keyClick(window.nav, Qt.Key.Key_Period)
    assert not controller.scene.black
    qtbot.keyClick(window.nav, Qt.Key.Key_Escape)
    assert not controller.is_presenting()
    assert not controller.audience.isVisible()
    # Not presenting: B is an ordinary key again.
    qtbot.keyClick(window.nav, Qt.Key.Key_B)
    assert not controller.scene.black


def test_single_screen_f5_covers_the_laptop_and_esc_on_the_beamer_leaves(
    qtbot, window: MainWindow, beamer: tuple[BeamerController, dict[str, Any]]
):
    controller, _ = beamer
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(controller.presenting_changed) as started:
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert started.args == [True]
    audience = controller.audience
    screen = QApplication.primaryScreen()
    assert audience.isVisible()
    assert audience.isFullScreen()
    assert audience.geometry() == screen.geometry()
    assert window.settings.beamer_screen == ""  # the laptop's own screen is not remembered
    qtbot.waitUntil(audience.isActiveWindow)
    controller.set_view(View.BOARD)
    qtbot.keyClick(audience, Qt.Key.Key_PageDown)
    assert controller.scene.page == 1
    qtbot.keyClick(audience, Qt.Key.Key_Plus)
    assert controller.scene.zoom == 1.25
    with qtbot.waitSignal(controller.presenting_changed) as stopped:
        qtbot.keyClick(audience, Qt.Key.Key_Escape)
    assert stopped.args == [False]
    assert not audience.isVisible()


def test_shortcut_overlay_lists_the_window_actions_and_closes_with_esc(
    qtbot, window: MainWindow, beamer: tuple[BeamerController, dict[str, Any]]
):
    controller, _ = beamer
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    overlay = controller.overlay
    assert overlay.isVisible()
    keys = dict(overlay.rows)
    present = action_label(controller.present_action)
    assert keys["F5"] == present
    native = QKeySequence.SequenceFormat.NativeText
    assert window.undo_action.shortcut().toString(native) in keys  # the window's own actions
    assert any("B" in k for k in keys)  # the room keys are listed too
    qtbot.waitUntil(overlay.hasFocus)
    qtbot.keyClick(overlay, Qt.Key.Key_Escape)
    assert not overlay.isVisible()
    # Given actions, it lists just those (plus the room keys).
    overlay.show_shortcuts([controller.present_action])
    assert overlay.rows[0] == ("F5", present)
    overlay.hide()


# ---------------------------------------------------------------- menu and console
def test_menu_switches_views_levels_theme_and_screen(
    qtbot, languages, beamer: tuple[BeamerController, dict[str, Any]]
):
    controller, _ = beamer
    menu = controller.menu()
    assert controller.present_action in menu.actions()
    controller.view_actions[View.AGENDA].trigger()
    assert controller.scene.view is View.AGENDA
    controller.level_actions[GoalLevel.SYSTEM].trigger()
    assert (controller.scene.view, controller.scene.level) == (View.CANVAS, GoalLevel.SYSTEM)
    controller.black_action.trigger()
    assert controller.scene.black
    controller.view_actions[View.BOARD].trigger()
    assert not controller.scene.black  # choosing a view lifts the black
    controller.theme_actions["light"].trigger()
    assert controller.settings.beamer_theme == "light"
    assert controller.scene.layout(SIZES[0]).background == "#FFFFFF"
    languages.set_language("en")  # the menu follows the language at once
    qtbot.waitUntil(lambda: controller.present_action.text() == "&Present")
    assert controller.menu().title() == "&Beamer"
    languages.set_language("de")
    controller.screen_menu.aboutToShow.emit()
    screens = controller.screen_menu.actions()
    assert len(screens) == len(QApplication.screens())
    assert [a.isChecked() for a in screens] == [True]


def test_console_previews_the_same_layout_and_turns_pages(
    qtbot, window: MainWindow, beamer: tuple[BeamerController, dict[str, Any]]
):
    controller, _ = beamer
    console = controller.console()
    dock = QDockWidget("Beamer", window)
    dock.setWidget(console)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    dock.hide()
    controller.console_action.trigger()  # "Presenter console" shows its dock
    qtbot.waitUntil(console.isVisible)
    controller.set_view(View.BOARD)
    size = controller.scene_size()
    # The preview and the audience paint one layout, computed once per change.
    assert controller.scene.layout(size) is controller.scene.layout(size)
    assert console.page_label.text() != ""
    assert console.next_button.isEnabled()
    assert not console.previous_button.isEnabled()
    console.next_button.click()
    assert controller.scene.page == 1
    assert "2" in console.page_label.text()
    assert console.previous_button.isEnabled()
    image = console.preview.grab().toImage()
    target = console.preview.target_rect()
    centre = image.pixelColor(int(target.center().x()), int(target.top() + 3))
    assert centre.name() == controller.scene.theme.background.lower()


def test_render_image_paints_the_scene_at_any_size(
    beamer: tuple[BeamerController, dict[str, Any]],
):
    controller, _ = beamer
    controller.set_view(View.BOARD)
    image = render_image(controller.scene, QSize(1024, 768))
    assert controller.render(QSize(1024, 768)) == image
    assert (image.width(), image.height()) == (1024, 768)
    card = controller.scene.layout(QSize(1024, 768)).boxes("card")[0]
    colour = image.pixelColor(int(card.x + 4), int(card.y + card.height / 2))
    assert colour.name() == card.fill.lower()


# ---------------------------------------------------------------- two screens
@pytest.mark.skipif(
    platform.machine() != "x86_64" or not sys.platform.startswith("linux"),
    reason="screen hot-plug goes through the offscreen platform's C++ call (x86-64 Linux)",
)
def test_two_screens_beamer_opens_on_the_second_and_survives_unplugging(tmp_path: Path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    out = tmp_path / "report.json"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        CIWORKSHOP_DATA_DIR=str(tmp_path / "data"),
        PYTHONPATH=str(ROOT),
    )
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.beamer_support", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["warnings"] == []
    assert report["screens"] == ["A-LAPTOP", "B-BEAMER"]
    beamer_geometry = [1280, 0, 1024, 768]
    started = report["started"]
    assert started["presenting"]
    assert started["full_screen"]
    assert started["geometry"] == beamer_geometry
    assert started["screen"] == "B-BEAMER"
    assert started["remembered"] == "B-BEAMER"
    assert report["typing"] == {"text": "b", "black": False, "presenting": True}
    assert report["black"] == [True, False]
    assert report["resized"] == {
        "geometry": [1280, 0, 1280, 800],
        "layout": [1280, 800],
        "presenting": True,
    }
    unplugged = report["unplugged"]
    assert unplugged["screens"] == ["A-LAPTOP"]
    assert not unplugged["presenting"]
    assert not unplugged["audience_visible"]
    assert unplugged["off_screen_windows"] == []
    assert "B-BEAMER" in unplugged["status"]
    assert "B-BEAMER" in unplugged["console_notice"]
    replugged = report["replugged"]
    assert replugged["presenting"]
    assert replugged["audience_visible"]
    assert replugged["geometry"] == beamer_geometry
    assert replugged["screen"] == "B-BEAMER"
    assert report["stopped"] == {"presenting": False, "audience_visible": False}
