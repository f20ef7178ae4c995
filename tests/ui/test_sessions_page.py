"""The "Veranstaltungen" page as a whole, in the real main window: what a facilitator
does before, during and after a Fachtag, checked in the file on disk."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from ciworkshop.domain.events import (
    AgendaItemDraft,
    EventDraft,
    SessionDraft,
    SessionFormat,
    template_drafts,
)
from ciworkshop.services.demo import write_demo
from ciworkshop.services.events import EventService
from ciworkshop.store.document import Document
from ciworkshop.ui.dialogs.events import EventDialog, SessionDialog
from ciworkshop.ui.i18n import LanguageManager, translate
from ciworkshop.ui.main_window import MainWindow
from ciworkshop.ui.views.session_board import CardDialog
from ciworkshop.ui.views.sessions import SessionsView
from tests.ui.conftest import on_next_modal, read_back

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "Demo.ciw"
    write_demo(path).close()
    return path


@pytest.fixture
def demo_file(tmp_path: Path, demo_template: Path) -> Path:
    path = tmp_path / "Demo.ciw"
    shutil.copy(demo_template, path)
    return path


def _open(qtbot, window: MainWindow, path: Path, *, read_only: bool = False) -> SessionsView:  # type: ignore[no-untyped-def]
    assert window.files.open_path(path, read_only=read_only)
    view = window.sessions_view
    window.nav.setCurrentRow(window.pages.indexOf(view))
    qtbot.waitUntil(view.isVisible)
    return view


def _focus(qtbot, window: MainWindow, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


@contextmanager
def _no_dialog() -> Iterator[list[str]]:
    """Close (and list) every modal dialog the gestures inside open: there should be none."""
    opened: list[str] = []

    def close_any() -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None:
            opened.append(type(widget).__name__)
            widget.close()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(close_any)
    timer.start()
    try:
        yield opened
    finally:
        timer.stop()


def _demo_title(view: SessionsView, session_format: SessionFormat) -> str:
    assert view.session is not None
    return next(s.title for s in view.session.events.sessions() if s.format is session_format)


def _show_board_read_only(qtbot, window: MainWindow, view: SessionsView) -> None:  # type: ignore[no-untyped-def]
    view.workspace.tabs.setCurrentWidget(view.workspace.board)
    qtbot.waitUntil(view.workspace.board.board.isVisible)


def _tree_texts(view: SessionsView) -> list[str]:
    texts = []
    for row in range(view.tree.topLevelItemCount()):
        top = view.tree.topLevelItem(row)
        texts.append(top.text(0))
        texts.extend("  " + top.child(i).text(0) for i in range(top.childCount()))
    return texts


def _select_session(qtbot, view: SessionsView, title: str) -> str:  # type: ignore[no-untyped-def]
    assert view.session is not None
    found = next(s for s in view.session.events.sessions() if s.title == title)
    view.select("session", found.uuid)
    qtbot.waitUntil(lambda: view.current_session_uuid() == found.uuid)
    return found.uuid


def _sessions_on_disk(path: Path) -> list[tuple[str, str | None, list[str]]]:
    with read_back(path) as document:
        events = EventService(document)
        titles = {e.uuid: e.title for e in events.events()}
        return [
            (
                s.title,
                titles.get(s.event_uuid or ""),
                [i.title for i in events.agenda(s.uuid)],
            )
            for s in events.sessions()
        ]


def _cards_on_disk(path: Path, item: str) -> list[str]:
    with read_back(path) as document:
        return [c.text for c in EventService(document).board(item).cards()]


# ---------------------------------------------------------------- create, edit, delete
def test_event_and_session_created_edited_deleted_and_brought_back(
    qtbot, window: MainWindow, network_file: Path
):
    view = _open(qtbot, window, network_file)
    assert view.right.currentWidget() is view.empty_page

    def fill_event(dialog: QWidget) -> None:
        assert isinstance(dialog, EventDialog)
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.title_edit.setText("Fachtag Übergänge")
        dialog.date_edit.set_iso("2026-03-12")
        dialog.place_edit.setText("Kreishaus")
        dialog.accept()

    on_next_modal(fill_event)
    qtbot.mouseClick(view.new_event_button, Qt.MouseButton.LeftButton)
    assert view.right.currentWidget() is view.event_page
    assert "Fachtag Übergänge" in view.event_title.text()

    def fill_session(dialog: QWidget) -> None:
        assert isinstance(dialog, SessionDialog)
        qtbot.waitUntil(dialog.isActiveWindow)
        # The event selected in the tree is preset, and so is its date.
        assert dialog.selected_event() is not None
        assert dialog.date_edit.iso() == "2026-03-12"
        dialog.format_combo.setCurrentIndex(list(SessionFormat).index(SessionFormat.PLENARY))
        dialog.title_edit.setText("Plenum am Morgen")
        dialog.start_time_edit.setText("9.30")
        assert dialog.template_combo.currentData() == "builtin"
        dialog.accept()

    # From the Sitzung menu while the canvas is shown: the page comes up with the dialog.
    window.nav.setCurrentRow(window.pages.indexOf(window.canvas_view))
    on_next_modal(fill_session)
    window.new_session_action.trigger()
    assert window.pages.currentWidget() is view
    uuid = view.current_session_uuid()
    assert uuid is not None
    assert view.right.currentWidget() is view.workspace
    assert view.workspace.title.text() == "Plenum am Morgen"
    assert view.tree.currentItem().text(0).startswith("Plenum am Morgen")
    template = [i.title for i in template_drafts(SessionFormat.PLENARY, translate)]
    assert template
    assert [i.title for i in view.workspace.agenda.items()] == template
    assert _sessions_on_disk(network_file) == [("Plenum am Morgen", "Fachtag Übergänge", template)]

    def edit_session(dialog: QWidget) -> None:
        assert isinstance(dialog, SessionDialog)
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.title_edit.setText("Plenum: Auftakt")
        dialog.accept()

    on_next_modal(edit_session)
    qtbot.mouseClick(view.workspace.edit_button, Qt.MouseButton.LeftButton)
    assert view.workspace.title.text() == "Plenum: Auftakt"
    assert view.tree.currentItem() is not None
    assert view.tree.currentItem().text(0).startswith("Plenum: Auftakt")
    assert _sessions_on_disk(network_file)[0][0] == "Plenum: Auftakt"

    # Delete the event after the confirmation: its session stays, on its own.
    view.select("event", view.session.events.events()[0].uuid)  # type: ignore[union-attr]
    assert view.right.currentWidget() is view.event_page

    def confirm(expected: str):  # type: ignore[no-untyped-def]
        def click_yes(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            qtbot.waitUntil(box.isActiveWindow)
            assert expected in box.text()
            box.button(QMessageBox.StandardButton.Yes).click()

        return click_yes

    on_next_modal(confirm("Fachtag Übergänge"))
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert _sessions_on_disk(network_file) == [("Plenum: Auftakt", None, template)]
    assert len(_tree_texts(view)) == 2  # "single sessions" and the session
    # The page shows what is left, not an empty page next to a full list.
    assert view.right.currentWidget() is view.workspace
    assert view.tree.currentItem().text(0).startswith("Plenum: Auftakt")

    # Then the session, with the Delete key in the list, while a card is still being typed:
    # the card is saved first and comes back with the session.
    view.workspace.tabs.setCurrentWidget(view.workspace.board)
    view.workspace.board.entry.insert("Noch getippt")
    _focus(qtbot, window, view.tree)
    on_next_modal(confirm("Plenum: Auftakt"))
    qtbot.keyClick(view.tree, Qt.Key.Key_Delete)
    assert _sessions_on_disk(network_file) == []
    assert _tree_texts(view) == []
    assert view.right.currentWidget() is view.empty_page

    # Ctrl+Z brings everything back: the session with its agenda and the card, then (the
    # card was a step of its own) the event.
    window.undo_action.trigger()
    assert _sessions_on_disk(network_file) == [("Plenum: Auftakt", None, template)]
    assert view.right.currentWidget() is view.workspace
    first_item = view.workspace.agenda.items()[0].uuid
    assert _cards_on_disk(network_file, first_item) == ["Noch getippt"]
    assert view.workspace.board.entry.text() == ""
    assert "Noch getippt" in window.undo_action.text()
    window.undo_action.trigger()
    assert _cards_on_disk(network_file, first_item) == []
    window.undo_action.trigger()
    assert _sessions_on_disk(network_file) == [("Plenum: Auftakt", "Fachtag Übergänge", template)]
    assert [t.strip() for t in _tree_texts(view)] == [
        "Fachtag Übergänge (12.03.2026)",
        view.tree.topLevelItem(0).child(0).text(0),
    ]
    assert view.tree.topLevelItem(0).child(0).text(0).startswith("Plenum: Auftakt")
    assert view.current_session_uuid() == uuid
    assert [i.title for i in view.workspace.agenda.items()] == template


# ---------------------------------------------------------------- typing, undo, switching
def _two_sessions(path: Path) -> tuple[str, str, list[str], list[str]]:
    """Two round tables of one event, each with two agenda items: (a, b, a_items, b_items)."""
    with Document.open(path) as document:
        events = EventService(document)
        event, _ = events.add_event(draft=EventDraft(title="Fachtag", date="2026-03-12"))
        uuids = []
        for title in ("Tisch A", "Tisch B"):
            item, _ = events.add_session(
                draft=SessionDraft(
                    format=SessionFormat.ROUND_TABLE,
                    title=title,
                    event_uuid=event.uuid,
                    date="2026-03-12",
                ),
                agenda=[
                    AgendaItemDraft(title=f"{title}: Ideen", planned_minutes=20),
                    AgendaItemDraft(title=f"{title}: Vereinbarungen", planned_minutes=15),
                ],
            )
            uuids.append(item.uuid)
        a_items = [i.uuid for i in events.agenda(uuids[0])]
        b_items = [i.uuid for i in events.agenda(uuids[1])]
    return uuids[0], uuids[1], a_items, b_items


def _type_card(qtbot, view: SessionsView, text: str, *, enter: bool = True) -> None:  # type: ignore[no-untyped-def]
    entry = view.workspace.board.entry
    entry.setFocus()
    if text.isascii():
        qtbot.keyClicks(entry, text)
    else:
        entry.insert(text)
    if enter:
        qtbot.keyClick(entry, Qt.Key.Key_Return)


def _show_board(qtbot, window: MainWindow, view: SessionsView) -> None:  # type: ignore[no-untyped-def]
    view.workspace.tabs.setCurrentWidget(view.workspace.board)
    qtbot.waitUntil(view.workspace.board.entry.isVisible)
    _focus(qtbot, window, view.workspace.board.entry)


def test_undo_from_the_menu_keeps_a_card_typed_but_not_entered(
    qtbot, window: MainWindow, network_file: Path
):
    a, _b, a_items, _ = _two_sessions(network_file)
    view = _open(qtbot, window, network_file)
    view.select("session", a)
    _show_board(qtbot, window, view)
    board = view.workspace.board
    assert board.current_item_uuid() == a_items[0]
    _type_card(qtbot, view, "Mehr Praktika im Handwerk")
    _type_card(qtbot, view, "Busverbindungen", enter=False)
    assert _cards_on_disk(network_file, a_items[0]) == ["Mehr Praktika im Handwerk"]
    assert "Mehr Praktika im Handwerk" in window.undo_action.text()

    # The menu names the last card: undo takes that back; the line keeps its text.
    window.undo_action.trigger()
    assert _cards_on_disk(network_file, a_items[0]) == []
    assert board.entry.text() == "Busverbindungen"
    window.redo_action.trigger()
    assert _cards_on_disk(network_file, a_items[0]) == ["Mehr Praktika im Handwerk"]
    assert board.entry.text() == "Busverbindungen"
    assert board.board.card_count() == 1

    # Ctrl+Z from the keyboard while text is in the line undoes the typing there.
    _focus(qtbot, window, board.entry)
    qtbot.keyClick(board.entry, Qt.Key.Key_Z, CTRL)
    assert board.entry.text() == ""
    assert _cards_on_disk(network_file, a_items[0]) == ["Mehr Praktika im Handwerk"]
    qtbot.keyClick(board.entry, Qt.Key.Key_Z, CTRL | SHIFT)
    assert board.entry.text() == "Busverbindungen"
    qtbot.keyClick(board.entry, Qt.Key.Key_Return)
    assert _cards_on_disk(network_file, a_items[0]) == [
        "Mehr Praktika im Handwerk",
        "Busverbindungen",
    ]


def test_switching_sessions_saves_what_is_typed_in_every_tab(
    qtbot, window: MainWindow, network_file: Path
):
    a, b, a_items, b_items = _two_sessions(network_file)
    view = _open(qtbot, window, network_file)
    view.select("session", a)
    workspace = view.workspace
    _show_board(qtbot, window, view)
    _type_card(qtbot, view, "Schülerfirmen", enter=False)
    workspace.tabs.setCurrentWidget(workspace.results)
    qtbot.waitUntil(workspace.results.decision_section.entry.isVisible)
    workspace.results.decision_section.entry.insert("Wir treffen uns im Mai wieder")
    workspace.results.action_section.entry.insert("Kammern anschreiben")
    workspace.results.parking_section.entry.insert("Wer lädt die Kammern ein?")
    workspace.tabs.setCurrentWidget(workspace.attendance)
    workspace.attendance.guest_edit.insert("Frau Özdemir")
    workspace.tabs.setCurrentWidget(workspace.agenda)
    workspace.agenda.quick_edit.insert("Pause, 10")

    # Click the other session in the list.
    item = view._find_item("session", b)
    assert item is not None
    rect = view.tree.visualItemRect(item)
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.current_session_uuid() == b
    assert workspace.title.text() == "Tisch B"
    with read_back(network_file) as document:
        events = EventService(document)
        assert [c.text for c in events.board(a_items[0]).cards()] == ["Schülerfirmen"]
        assert [d.text for d in events.decisions(a)] == ["Wir treffen uns im Mai wieder"]
        assert [x.what for x in events.actions(a)] == ["Kammern anschreiben"]
        assert [p.text for p in events.parking_lot(a)] == ["Wer lädt die Kammern ein?"]
        assert [g.guest_name for g in events.attendance(a)] == ["Frau Özdemir"]
        assert [(i.title, i.planned_minutes) for i in events.agenda(a)][-1] == ("Pause", 10)
        assert not events.board(b_items[0]).cards()
        assert not events.decisions(b)
    for line in (
        workspace.board.entry,
        workspace.results.decision_section.entry,
        workspace.results.action_section.entry,
        workspace.results.parking_section.entry,
        workspace.attendance.guest_edit,
        workspace.agenda.quick_edit,
    ):
        assert line.text() == ""

    # A card too long to be saved keeps the list on its session and shows why.
    workspace.tabs.setCurrentWidget(workspace.photos)
    too_long = "x" * 2001
    workspace.board.entry.setText(too_long)
    view.select("session", a)
    assert view.current_session_uuid() == b
    assert view.tree.currentItem() is view._find_item("session", b)
    assert workspace.tabs.currentWidget() is workspace.board
    assert workspace.board.entry.text() == too_long
    assert workspace.board.message()
    workspace.board.entry.setText("Kurz")
    view.select("session", a)
    assert view.current_session_uuid() == a
    assert _cards_on_disk(network_file, b_items[0]) == ["Kurz"]


def test_closing_the_file_while_typing_saves_the_card(
    qtbot, window: MainWindow, network_file: Path
):
    a, _b, a_items, _ = _two_sessions(network_file)
    view = _open(qtbot, window, network_file)
    view.select("session", a)
    _show_board(qtbot, window, view)
    _type_card(qtbot, view, "Was noch gesagt wurde", enter=False)
    assert window.files.close()
    assert window.session is None
    assert _cards_on_disk(network_file, a_items[0]) == ["Was noch gesagt wurde"]
    assert view.workspace.board.entry.text() == ""


# ---------------------------------------------------------------- live run
def _times_on_disk(path: Path, session_uuid: str) -> list[tuple[bool, bool]]:
    """(started, ended) per agenda item."""
    with read_back(path) as document:
        return [
            (bool(i.started_at), bool(i.ended_at))
            for i in EventService(document).agenda(session_uuid)
        ]


def test_f8_from_the_session_menu_runs_the_agenda_while_the_canvas_is_shown(
    qtbot, window: MainWindow, network_file: Path
):
    a, _b, a_items, _ = _two_sessions(network_file)
    view = _open(qtbot, window, network_file)
    view.select("session", a)
    _show_board(qtbot, window, view)
    live = view.workspace.live_bar
    assert live.start_action in window.session_menu.actions()
    window.nav.setCurrentRow(window.pages.indexOf(window.canvas_view))
    qtbot.waitUntil(lambda: not view.isVisible())
    _focus(qtbot, window, window.nav)

    qtbot.keyClick(window.nav, Qt.Key.Key_F8)
    assert _times_on_disk(network_file, a) == [(True, False), (False, False)]
    assert window.pages.currentWidget() is window.canvas_view  # the page stays
    qtbot.keyClick(window.nav, Qt.Key.Key_F8)
    assert _times_on_disk(network_file, a) == [(True, True), (True, False)]
    assert "Vereinbarungen" in live.title_label.text()

    # Back on the page, the pinboard shows what runs now.
    window.nav.setCurrentRow(window.pages.indexOf(view))
    qtbot.waitUntil(view.workspace.board.isVisible)
    assert view.workspace.board.current_item_uuid() == a_items[1]
    assert "Vereinbarungen" in view.workspace.board.item_combo.currentText()

    # Shift+F8 from the menu's action ends the last item.
    assert live.finish_action in window.session_menu.actions()
    live.finish_action.trigger()
    assert _times_on_disk(network_file, a) == [(True, True), (True, True)]
    assert not live.start_action.isEnabled()


def test_the_pinboard_follows_the_live_run_and_undo(qtbot, window: MainWindow, network_file: Path):
    a, _b, a_items, _ = _two_sessions(network_file)
    view = _open(qtbot, window, network_file)
    view.select("session", a)
    _show_board(qtbot, window, view)
    board, live = view.workspace.board, view.workspace.live_bar
    # The facilitator looks at the second item's board, then starts the run.
    board.show_item(a_items[1])
    assert board.current_item_uuid() == a_items[1]
    live.start_action.trigger()
    assert board.current_item_uuid() == a_items[0]
    _type_card(qtbot, view, "Beim ersten Punkt")
    live.next_action.trigger()
    assert board.current_item_uuid() == a_items[1]
    assert board.board.card_count() == 0
    _type_card(qtbot, view, "Beim zweiten Punkt")
    assert _cards_on_disk(network_file, a_items[0]) == ["Beim ersten Punkt"]
    assert _cards_on_disk(network_file, a_items[1]) == ["Beim zweiten Punkt"]

    window.undo_action.trigger()  # the card
    window.undo_action.trigger()  # "next": the first item runs again, and is shown
    assert _times_on_disk(network_file, a) == [(True, False), (False, False)]
    assert board.current_item_uuid() == a_items[0]
    assert [c.text for c in board.board.cards_in(board.board.column_keys()[0])] == [
        "Beim ersten Punkt"
    ]


# ---------------------------------------------------------------- read-only
def _digest(path: Path) -> bytes:
    return hashlib.sha256(path.read_bytes()).digest()


def test_read_only_file_offers_no_editing_gesture_anywhere_on_the_page(
    qtbot, window: MainWindow, demo_file: Path
):
    before = _digest(demo_file)
    view = _open(qtbot, window, demo_file, read_only=True)
    plenary = _select_session(qtbot, view, _demo_title(view, SessionFormat.PLENARY))
    workspace = view.workspace
    for widget in (
        view.new_event_button,
        view.new_session_button,
        view.edit_button,
        view.delete_button,
        view.event_add_session_button,
        workspace.edit_button,
    ):
        assert not widget.isEnabled(), widget.objectName()
    for action in (
        window.new_event_action,
        window.new_session_action,
        window.undo_action,
        *window.session_menu.actions()[:4],
        workspace.agenda.add_action,
        workspace.agenda.edit_action,
        workspace.agenda.delete_action,
        workspace.agenda.move_up_action,
        workspace.agenda.move_down_action,
        workspace.agenda.start_action,
    ):
        assert action.isSeparator() or not action.isEnabled(), action.text()
    assert not workspace.agenda.quick_edit.isEnabled()

    # Pinboard: no entry line, no cluster button; keys and clicks on cards change nothing.
    _show_board_read_only(qtbot, window, view)
    board = workspace.board
    assert not board.entry_row.isVisible()
    assert not board.new_cluster_button.isVisible()
    assert board.read_only_label.isVisible()
    assert board.board.card_count() > 0
    assert (
        board.context_menu("card", board.board.cards_in(board.board.column_keys()[0])[0].uuid)
        is None
    )
    _focus(qtbot, window, board.board)
    board.board.select_first()
    card = board.board.selected_card()
    assert card is not None
    with _no_dialog() as opened:
        for key in (
            Qt.Key.Key_Delete,
            Qt.Key.Key_F2,
            Qt.Key.Key_Return,
            Qt.Key.Key_Plus,
            Qt.Key.Key_3,
            Qt.Key.Key_A,
        ):
            qtbot.keyClick(board.board, key)
        qtbot.keyClick(board.board, Qt.Key.Key_G, CTRL)
        qtbot.keyClick(board.board, Qt.Key.Key_Right, CTRL)
        rect = board.board.card_rect(card).toRect()
        qtbot.mouseDClick(board.board.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        dots = board.board.dots_rect(card).toRect()
        qtbot.mouseClick(board.board.viewport(), Qt.MouseButton.LeftButton, pos=dots.center())
        qtbot.keyClick(window.nav, Qt.Key.Key_F8)
        _focus(qtbot, window, view.tree)
        qtbot.keyClick(view.tree, Qt.Key.Key_Delete)
    assert opened == []
    assert board.entry.text() == ""

    # Results, attendance and photos: nothing to type into, no buttons that write.
    workspace.tabs.setCurrentWidget(workspace.results)
    qtbot.waitUntil(workspace.results.isVisible)
    results = workspace.results
    for section in (results.decision_section, results.action_section, results.parking_section):
        assert not section.entry.isVisible()
    assert not any(
        b.isVisible()
        for b in results.findChildren(QPushButton)
        if b.objectName().endswith("Button")
    )
    workspace.tabs.setCurrentWidget(workspace.attendance)
    qtbot.waitUntil(workspace.attendance.isVisible)
    assert not workspace.attendance.guest_edit.isEnabled()
    assert not workspace.attendance.add_guest_button.isEnabled()
    workspace.tabs.setCurrentWidget(workspace.photos)
    qtbot.waitUntil(workspace.photos.isVisible)
    assert not workspace.photos.add_button.isEnabled()
    assert view.current_session_uuid() == plenary
    window.files.close()
    assert _digest(demo_file) == before


# ---------------------------------------------------------------- language, beamer, canvas
def test_language_switch_while_the_page_is_open_changes_its_texts_and_keeps_the_work(
    qtbot, window: MainWindow, demo_file: Path, languages: LanguageManager
):
    view = _open(qtbot, window, demo_file)
    plenary = _select_session(qtbot, view, _demo_title(view, SessionFormat.PLENARY))
    _show_board(qtbot, window, view)
    workspace = view.workspace
    item = workspace.board.current_item_uuid()
    assert "Moderation:" in workspace.facts.text()
    assert workspace.question.text().startswith("Leitfrage:")
    _type_card(qtbot, view, "Halb getippt", enter=False)
    german = (
        workspace.tabs.tabText(1),
        view.new_session_button.text(),
        workspace.live_bar.kicker_label.text(),
    )
    assert german[0] == "Pinnwand"

    languages.set_language("en")
    qtbot.waitUntil(lambda: workspace.tabs.tabText(1) == "Pinboard")
    assert view.new_session_button.text() == "New session…"
    assert workspace.board.entry.placeholderText() == "Write a card and press Enter"
    assert workspace.live_bar.kicker_label.text() == "FINISHED"
    assert "Facilitation:" in workspace.facts.text()
    assert workspace.question.text().startswith("Guiding question:")
    assert window.session_menu.title() == "Sessio&n"
    # Nothing of the work moved: the same session, board and typed text.
    assert view.current_session_uuid() == plenary
    assert view.tree.currentItem() is view._find_item("session", plenary)
    assert workspace.board.current_item_uuid() == item
    assert workspace.board.entry.text() == "Halb getippt"
    for tab in range(workspace.tabs.count()):
        workspace.tabs.setCurrentIndex(tab)  # each tab shown once in English
        qtbot.waitUntil(workspace.tabs.currentWidget().isVisible)
    view.select("event", view.session.events.events()[0].uuid)  # type: ignore[union-attr]
    assert "sessions" in view.event_facts.text()

    languages.set_language("de")
    qtbot.waitUntil(lambda: workspace.tabs.tabText(1) == "Pinnwand")
    assert view.new_session_button.text() == german[1]
    assert "Sitzungen" in view.event_facts.text()
    view.select("session", plenary)
    assert "Moderation:" in workspace.facts.text()
    assert workspace.live_bar.kicker_label.text() == german[2]
    assert workspace.board.entry.text() == ""  # saved when the event was selected
    assert "Halb getippt" in _cards_on_disk(demo_file, item)


def test_the_beamer_follows_the_selected_session_and_agenda_item(
    qtbot, window: MainWindow, network_file: Path
):
    a, b, a_items, b_items = _two_sessions(network_file)
    view = _open(qtbot, window, network_file)
    beamer = window.beamer
    # Right after opening, the beamer shows what the page shows.
    assert view.current_session_uuid() is not None
    assert (beamer.session_uuid, beamer.agenda_item_uuid) == (
        view.current_session_uuid(),
        view.current_agenda_item_uuid(),
    )
    view.select("session", a)
    assert (beamer.session_uuid, beamer.agenda_item_uuid) == (a, a_items[0])
    view.select("session", b)
    assert (beamer.session_uuid, beamer.agenda_item_uuid) == (b, b_items[0])

    # Another agenda item picked on the pinboard.
    _show_board(qtbot, window, view)
    combo = view.workspace.board.item_combo
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert beamer.agenda_item_uuid == b_items[1]

    # The item shown is deleted on the agenda tab: the beamer moves on with the pinboard.
    agenda = view.workspace.agenda
    view.workspace.tabs.setCurrentWidget(agenda)
    agenda.select_item(b_items[1])
    agenda.delete_current()
    assert beamer.agenda_item_uuid == b_items[0]
    window.undo_action.trigger()
    assert view.session.events.agenda_item(b_items[1]) is not None  # type: ignore[union-attr]

    # The live run moves the beamer along, even from another page.
    window.nav.setCurrentRow(window.pages.indexOf(window.canvas_view))
    view.workspace.live_bar.start_action.trigger()
    assert beamer.agenda_item_uuid == b_items[0]
    view.workspace.live_bar.next_action.trigger()
    assert beamer.agenda_item_uuid == b_items[1]

    # An event selected: no session on the beamer.
    window.nav.setCurrentRow(window.pages.indexOf(view))
    view.select("event", view.session.events.events()[0].uuid)  # type: ignore[union-attr]
    assert (beamer.session_uuid, beamer.agenda_item_uuid) == (None, None)
    window.files.close()
    assert beamer.session is None


def test_goal_details_list_the_cards_linked_to_the_goal(qtbot, window: MainWindow, demo_file: Path):
    view = _open(qtbot, window, demo_file)
    plenary = _select_session(qtbot, view, _demo_title(view, SessionFormat.PLENARY))
    _show_board(qtbot, window, view)
    board = view.workspace.board
    assert view.session is not None
    goal = view.session.canvas.snapshot().goals[0]
    events = view.session.events
    linked_before = events.cards_of_goal(goal.uuid) + events.decisions_of_goal(goal.uuid)
    _type_card(qtbot, view, "Ein Praktikum für alle")
    card = board.board.selected_card() or next(
        c.uuid
        for k in board.board.column_keys()
        for c in board.board.cards_in(k)
        if c.text == "Ein Praktikum für alle"
    )

    canvas = window.canvas_view
    window.nav.setCurrentRow(window.pages.indexOf(canvas))
    qtbot.waitUntil(canvas.isVisible)
    canvas.select_goal(goal.uuid)
    details = canvas.details
    assert "Ein Praktikum für alle" not in details.origins.text()
    assert f"({len(linked_before)})" in details.origins_title.text()

    # Link the card to the goal in the card's dialog on the pinboard.
    window.nav.setCurrentRow(window.pages.indexOf(view))
    qtbot.waitUntil(board.isVisible)

    def choose_goal(dialog: QWidget) -> None:
        assert isinstance(dialog, CardDialog)
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.goal_combo.setCurrentIndex(dialog.goal_combo.findData(goal.uuid))
        dialog.text_edit.setPlainText("Ein Praktikum\nfür alle")  # type: ignore[union-attr]
        dialog.accept()

    on_next_modal(choose_goal)
    board.edit_card(card)
    with read_back(demo_file) as document:
        linked = EventService(document).card(card)
        assert linked is not None
        assert (linked.text, linked.goal_uuid) == ("Ein Praktikum\nfür alle", goal.uuid)

    window.nav.setCurrentRow(window.pages.indexOf(canvas))
    qtbot.waitUntil(canvas.isVisible)
    session_title = _demo_title(view, SessionFormat.PLENARY)
    assert "Ein Praktikum für alle" in details.origins.text()  # one line per card
    assert session_title in details.origins.text()
    assert f"({len(linked_before) + 1})" in details.origins_title.text()

    # Undo (from the canvas page) takes the link back, and the pane follows.
    window.undo_action.trigger()
    assert "Ein Praktikum für alle" not in details.origins.text()
    window.redo_action.trigger()
    assert "Ein Praktikum für alle" in details.origins.text()
    assert view.current_session_uuid() == plenary


def test_an_agenda_saved_as_template_starts_the_next_session_of_its_format(
    qtbot, window: MainWindow, network_file: Path
):
    a, _b, _a_items, _ = _two_sessions(network_file)
    view = _open(qtbot, window, network_file)
    view.select("session", a)
    agenda = view.workspace.agenda
    view.workspace.tabs.setCurrentWidget(agenda)
    qtbot.waitUntil(agenda.isVisible)

    def name_it(dialog: QWidget) -> None:
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.name_edit.setText("Tisch mit Vereinbarungen")  # type: ignore[attr-defined]
        dialog.accept()  # type: ignore[attr-defined]

    on_next_modal(name_it)
    agenda.save_template_action.trigger()
    assert "Tisch mit Vereinbarungen" in agenda.notice_label.text()

    view.select("event", view.session.events.events()[0].uuid)  # type: ignore[union-attr]

    def use_it(dialog: QWidget) -> None:
        assert isinstance(dialog, SessionDialog)
        qtbot.waitUntil(dialog.isActiveWindow)
        assert dialog.session_format() is SessionFormat.ROUND_TABLE
        assert dialog.selected_event() is not None  # the selected event
        index = dialog.template_combo.findText(
            "Tisch mit Vereinbarungen", Qt.MatchFlag.MatchContains
        )
        assert index > 0
        dialog.template_combo.setCurrentIndex(index)
        assert dialog.preview.count() == 2
        dialog.title_edit.setText("Tisch C")
        dialog.accept()

    on_next_modal(use_it)
    qtbot.mouseClick(view.event_add_session_button, Qt.MouseButton.LeftButton)
    assert view.workspace.title.text() == "Tisch C"
    expected = ["Tisch A: Ideen", "Tisch A: Vereinbarungen"]
    assert [i.title for i in view.workspace.agenda.items()] == expected
    assert ("Tisch C", "Fachtag", expected) in _sessions_on_disk(network_file)


def test_keyboard_only_from_the_list_to_the_pinboard(qtbot, window: MainWindow, network_file: Path):
    a, b, a_items, b_items = _two_sessions(network_file)
    view = _open(qtbot, window, network_file)
    view.select("session", a)
    view.workspace.tabs.setCurrentWidget(view.workspace.board)
    _focus(qtbot, window, view.tree)
    qtbot.keyClick(view.tree, Qt.Key.Key_Down)  # Tisch B
    assert view.current_session_uuid() == b
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)  # into the tab: the card entry
    entry = view.workspace.board.entry
    qtbot.waitUntil(entry.hasFocus)
    qtbot.keyClicks(entry, "Per Tastatur")
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    assert _cards_on_disk(network_file, b_items[0]) == ["Per Tastatur"]
    assert _cards_on_disk(network_file, a_items[0]) == []
