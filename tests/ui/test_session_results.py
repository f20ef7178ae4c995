"""Der Ergebnisse-Reiter einer Sitzung: Beschlüsse, Aufgaben (mit Übertrag aus früheren
Sitzungen) und Themenspeicher – per Tastatur erfasst, jeweils in der Datei nachgeprüft."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QWidget

from ciworkshop.domain.canvas import GoalDraft, GoalLevel
from ciworkshop.domain.events import (
    ActionItemDraft,
    ActionStatus,
    AgendaItemDraft,
    Agreement,
    DecisionDraft,
    SessionDraft,
    SessionFormat,
)
from ciworkshop.domain.model import ActorDraft, PersonDraft
from ciworkshop.services.events import EventService
from ciworkshop.store.document import Document
from ciworkshop.ui import event_commands
from ciworkshop.ui.commands import DeletePersonCommand
from ciworkshop.ui.dialogs.results import ActionItemDialog, DecisionDialog
from ciworkshop.ui.i18n import LanguageManager
from ciworkshop.ui.session import DocumentSession
from ciworkshop.ui.views.session_results import ResultsPanel
from tests.ui.conftest import on_next_modal, read_back

ENTER = Qt.Key.Key_Return


def _tr(source: str, context: str = "ResultsPanel") -> str:
    """Ein Text des Reiters so, wie ihn die Oberfläche gerade zeigt (Deutsch, sobald die
    Übersetzung eingetragen ist)."""
    return QCoreApplication.translate(context, source)


@dataclass
class Setup:
    path: Path
    session: DocumentSession
    panel: ResultsPanel
    earlier: str  # Steuerungskreis im Januar
    later: str  # Steuerungskreis im März (wird gezeigt)
    agenda: list[str]
    goal: str
    person: str
    actor: str

    @property
    def events(self) -> EventService:
        return self.session.events


@pytest.fixture
def setup(qtbot, languages: LanguageManager, network_file: Path) -> Iterator[Setup]:  # type: ignore[no-untyped-def]
    session = DocumentSession(Document.open(network_file))
    events = session.events
    actor, _ = session.service.add_actor(draft=ActorDraft(name="Jugendamt Hellental"))
    person, _ = session.service.add_person(
        draft=PersonDraft(name="Anna Schmidt", actor_uuid=actor.uuid)
    )
    goal, _ = session.canvas.add_goal(
        draft=GoalDraft(
            level=GoalLevel.PROJECT,
            statement="Mehr Jugendliche finden einen Ausbildungsplatz",
            target_group="Schulabgänger",
        )
    )
    earlier, _ = events.add_session(
        draft=SessionDraft(
            format=SessionFormat.STEERING_COMMITTEE,
            title="Steuerungskreis Januar",
            date="2026-01-15",
        )
    )
    later, _ = events.add_session(
        draft=SessionDraft(
            format=SessionFormat.STEERING_COMMITTEE, title="Steuerungskreis März", date="2026-03-12"
        ),
        agenda=[AgendaItemDraft("Begrüßung", 10), AgendaItemDraft("Wirkungsziele", 30)],
    )
    panel = ResultsPanel()
    panel.today = date(2026, 3, 12)
    qtbot.addWidget(panel)
    panel.resize(1280, 800)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.set_context(session, later.uuid)
    made = Setup(
        path=network_file,
        session=session,
        panel=panel,
        earlier=earlier.uuid,
        later=later.uuid,
        agenda=[item.uuid for item in events.agenda(later.uuid)],
        goal=goal.uuid,
        person=person.uuid,
        actor=actor.uuid,
    )
    yield made
    panel.set_context(None, None)
    made.session.close()  # a test may have replaced it


def _disk(path: Path) -> EventService:
    """The file as a second, read-only reader sees it (close it after use)."""
    return EventService(read_back(path))


def _decisions(
    path: Path, session_uuid: str
) -> list[tuple[str, Agreement, str | None, str | None]]:
    service = _disk(path)
    try:
        found = service.decisions(session_uuid)
    finally:
        service.document.close()
    return [(d.text, d.agreement, d.agenda_item_uuid, d.goal_uuid) for d in found]


def _actions(path: Path, session_uuid: str) -> list[tuple[str, ActionStatus, str | None]]:
    service = _disk(path)
    try:
        found = service.actions(session_uuid)
    finally:
        service.document.close()
    return [(a.what, a.status, a.closed_in_session_uuid) for a in found]


def _parked(path: Path, session_uuid: str) -> list[str]:
    service = _disk(path)
    try:
        return [p.text for p in service.parking_lot(session_uuid)]
    finally:
        service.document.close()


def _focus(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    window = widget.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def _type_and_enter(qtbot, setup: Setup, entry: QWidget, ascii_text: str, rest: str = "") -> None:  # type: ignore[no-untyped-def]
    """Type into an entry line (keyClicks is ASCII only; ``rest`` is inserted) and press Enter."""
    _focus(qtbot, entry)
    qtbot.keyClicks(entry, ascii_text)
    if rest:
        entry.insert(rest)  # type: ignore[attr-defined]
    qtbot.keyClick(entry, ENTER)


def _ok(dialog: QWidget) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[attr-defined]
    assert button.isEnabled(), dialog.problem_label.text()  # type: ignore[attr-defined]
    button.click()


def _column(table, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.item(row, column).text() for row in range(table.rowCount())]


# ---------------------------------------------------------------- carry-over
def test_offene_aufgabe_wird_uebertragen_und_in_der_spaeteren_sitzung_erledigt(qtbot, setup: Setup):
    events, panel = setup.events, setup.panel
    events.add_action(
        session_uuid=setup.earlier,
        draft=ActionItemDraft(
            what="Raum für den Fachtag buchen",
            owner_person_uuid=setup.person,
            due_date="2026-02-01",
        ),
    )
    events.add_action(
        session_uuid=setup.earlier,
        draft=ActionItemDraft(what="Flyer drucken", owner_text="Backbone-Team"),
    )
    events.add_action(
        session_uuid=setup.earlier,
        draft=ActionItemDraft(what="Schon erledigt", status=ActionStatus.DONE),
    )
    panel.set_context(setup.session, setup.later)

    table = panel.carry_table
    assert panel.carry_frame.isVisible()
    assert _column(table, 0) == ["Raum für den Fachtag buchen", "Flyer drucken"]
    assert _column(table, 1) == ["Anna Schmidt", "Backbone-Team"]
    # Overdue against the session's day: marked by an icon and by the word, not colour alone.
    overdue = table.item(0, 2)
    assert overdue.text() == _tr("{date} – overdue").format(date="01.02.2026")
    assert not overdue.icon().isNull()
    assert table.item(1, 2).text() == ""
    assert (
        _column(table, 3)
        == [_tr("{title} ({date})").format(title="Steuerungskreis Januar", date="15.01.2026")] * 2
    )
    assert panel.carry_title.text() == _tr(
        "Open action items from earlier sessions ({count})"
    ).format(count=2)
    assert not panel.closed_label.isVisible()

    # One gesture: Space on the row marks it done, stored with this session.
    _focus(qtbot, table)
    table.select_uuid(table.uuids()[0])
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert _actions(setup.path, setup.earlier) == [
        ("Raum für den Fachtag buchen", ActionStatus.DONE, setup.later),
        ("Flyer drucken", ActionStatus.OPEN, None),
        ("Schon erledigt", ActionStatus.DONE, None),
    ]
    assert _column(table, 0) == ["Flyer drucken"]
    assert panel.closed_label.isVisible()
    assert "Raum für den Fachtag buchen" in panel.closed_label.text()

    # The other one is dropped with its button.
    button = panel.carry_button_rect(0, ActionStatus.DROPPED)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=button.center())
    qtbot.waitUntil(lambda: table.rowCount() == 0)  # the click is handled queued
    assert _actions(setup.path, setup.earlier)[1] == (
        "Flyer drucken",
        ActionStatus.DROPPED,
        setup.later,
    )
    assert table.rowCount() == 0
    assert panel.carry_frame.isVisible()  # still says what was closed here
    assert "Flyer drucken" in panel.closed_label.text()

    # Undo brings both back, open and no longer closed anywhere.
    setup.session.undo_stack.undo()
    setup.session.undo_stack.undo()
    assert _actions(setup.path, setup.earlier)[:2] == [
        ("Raum für den Fachtag buchen", ActionStatus.OPEN, None),
        ("Flyer drucken", ActionStatus.OPEN, None),
    ]
    assert _column(table, 0) == ["Raum für den Fachtag buchen", "Flyer drucken"]
    assert not panel.closed_label.isVisible()

    # The earlier session itself carries nothing over.
    panel.set_context(setup.session, setup.earlier)
    assert not panel.carry_frame.isVisible()
    assert _column(panel.action_table, 0) == [
        "Raum für den Fachtag buchen",
        "Flyer drucken",
        "Schon erledigt",
    ]


# ---------------------------------------------------------------- quick entry
def test_beschluss_aufgabe_und_themenspeicher_per_tastatur_erfassen(qtbot, setup: Setup):
    panel, events = setup.panel, setup.events
    # The second agenda item is being discussed: a quick decision belongs to it.
    events.start_item(uuid=setup.agenda[1], now=datetime(2026, 3, 12, 9, 30, tzinfo=UTC))

    _type_and_enter(
        qtbot,
        setup,
        panel.decision_section.entry,
        "Der Fachtag findet im ",
        "Kreishaus statt – „Saal 1“ 🎉",
    )
    decision = "Der Fachtag findet im Kreishaus statt – „Saal 1“ 🎉"
    assert _decisions(setup.path, setup.later) == [
        (decision, Agreement.CONSENSUS, setup.agenda[1], None)
    ]
    assert panel.decision_section.entry.text() == ""
    assert panel.decision_section.entry.hasFocus()  # ready for the next one
    assert _column(panel.decision_table, 0) == [decision]
    assert panel.decision_table.item(0, 2).text() == "2. Wirkungsziele"
    assert panel.decision_table.current_uuid() is not None  # the new one is selected

    _type_and_enter(qtbot, setup, panel.action_section.entry, "Einladung entwerfen")
    _type_and_enter(qtbot, setup, panel.action_section.entry, "Protokoll verschicken")
    assert _actions(setup.path, setup.later) == [
        ("Einladung entwerfen", ActionStatus.OPEN, None),
        ("Protokoll verschicken", ActionStatus.OPEN, None),
    ]
    assert _column(panel.action_table, 3) == [_tr("Open", "ActionStatus")] * 2

    _type_and_enter(
        qtbot, setup, panel.parking_section.entry, "Wie beziehen wir ", "Jugendliche ein?"
    )
    assert _parked(setup.path, setup.later) == ["Wie beziehen wir Jugendliche ein?"]
    assert panel.parking_list.item(0).text() == "Wie beziehen wir Jugendliche ein?"

    # Empty input adds nothing.
    qtbot.keyClick(panel.parking_section.entry, ENTER)
    assert len(_parked(setup.path, setup.later)) == 1

    # Down goes from the entry line into the list; Space there marks done, then open again.
    _focus(qtbot, panel.action_section.entry)
    qtbot.keyClick(panel.action_section.entry, Qt.Key.Key_Down)
    assert panel.action_table.hasFocus()
    uuid = panel.action_table.current_uuid()
    assert uuid is not None
    qtbot.keyClick(panel.action_table, Qt.Key.Key_Space)
    assert _actions(setup.path, setup.later)[1][1] is ActionStatus.DONE
    assert panel.action_table.current_uuid() == uuid  # the selection stays
    assert panel.action_table.item(1, 3).text() == _tr("Done", "ActionStatus")
    qtbot.keyClick(panel.action_table, Qt.Key.Key_Space)
    assert _actions(setup.path, setup.later)[1][1] is ActionStatus.OPEN

    # Up from the first row goes back to the entry line.
    qtbot.keyClick(panel.action_table, Qt.Key.Key_Up)
    assert panel.action_table.currentRow() == 0
    qtbot.keyClick(panel.action_table, Qt.Key.Key_Up)
    assert panel.action_section.entry.hasFocus()


def test_zu_langer_text_wird_auf_deutsch_abgelehnt_und_bleibt_stehen(qtbot, setup: Setup):
    panel = setup.panel
    too_long = "x" * 2001
    _focus(qtbot, panel.decision_section.entry)
    panel.decision_section.entry.setText(too_long)
    hints = [
        h.text() for h in panel.decision_section.findChildren(QLabel, "limitHint") if h.isVisible()
    ]
    assert hints == ["1 Zeichen zu viel (höchstens 2.000)"]
    qtbot.keyClick(panel.decision_section.entry, ENTER)
    assert _decisions(setup.path, setup.later) == []
    assert panel.decision_section.entry.text() == too_long
    assert panel.decision_section.problem.isVisible()
    assert panel.decision_section.problem.text() == (
        "„Beschluss“ ist 2001 Zeichen lang; höchstens 2000 passen."
    )
    # Shortening the text hides the message; Enter then saves it.
    panel.decision_section.entry.backspace()
    assert not panel.decision_section.problem.isVisible()
    qtbot.keyClick(panel.decision_section.entry, ENTER)
    assert _decisions(setup.path, setup.later)[0][0] == "x" * 2000

    parked = "y" * 2001
    panel.parking_section.entry.setText(parked)
    qtbot.keyClick(panel.parking_section.entry, ENTER)
    assert _parked(setup.path, setup.later) == []
    assert panel.parking_section.entry.text() == parked
    assert panel.parking_section.problem.text() == (
        "„Themenspeicher“ ist 2001 Zeichen lang; höchstens 2000 passen."
    )


# ---------------------------------------------------------------- dialogs
def test_beschluss_im_dialog_bearbeiten_loeschen_rueckgaengig(qtbot, setup: Setup):
    panel, stack = setup.panel, setup.session.undo_stack
    _type_and_enter(qtbot, setup, panel.decision_section.entry, "Ziele beschlossen")
    table = panel.decision_table
    _focus(qtbot, table)
    table.select_uuid(table.uuids()[0])

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, DecisionDialog)
        qtbot.waitUntil(dialog.isActiveWindow)
        assert dialog.text_edit.toPlainText() == "Ziele beschlossen"
        dialog.text_edit.setPlainText("Die Wirkungsziele werden beschlossen.")
        dialog.agreement_combo.setCurrentIndex(list(Agreement).index(Agreement.MAJORITY))
        dialog.agenda_combo.setCurrentIndex(dialog.agenda_combo.findData(setup.agenda[1]))
        dialog.goal_combo.setCurrentIndex(dialog.goal_combo.findData(setup.goal))
        _ok(dialog)

    on_next_modal(edit)
    qtbot.keyClick(table, ENTER)
    edited = (
        "Die Wirkungsziele werden beschlossen.",
        Agreement.MAJORITY,
        setup.agenda[1],
        setup.goal,
    )
    assert _decisions(setup.path, setup.later) == [edited]
    assert table.item(0, 1).text() == _tr("Majority vote", "Agreement")
    assert table.item(0, 3).text() == "Mehr Jugendliche finden einen Ausbildungsplatz"

    # Insert in the entry line: a new decision with details, the typed text carried over.
    _focus(qtbot, panel.decision_section.entry)
    qtbot.keyClicks(panel.decision_section.entry, "Naechstes Treffen im Mai")

    def details(dialog: QWidget) -> None:
        assert isinstance(dialog, DecisionDialog)
        qtbot.waitUntil(dialog.isActiveWindow)
        assert dialog.text_edit.toPlainText() == "Naechstes Treffen im Mai"
        dialog.agreement_combo.setCurrentIndex(list(Agreement).index(Agreement.CONSENT))
        _ok(dialog)

    on_next_modal(details)
    qtbot.keyClick(panel.decision_section.entry, Qt.Key.Key_Insert)
    assert _decisions(setup.path, setup.later)[1] == (
        "Naechstes Treffen im Mai",
        Agreement.CONSENT,
        None,
        None,
    )
    assert panel.decision_section.entry.text() == ""

    # Delete, undo, redo.
    _focus(qtbot, table)
    table.select_uuid(table.uuids()[0])
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert [d[0] for d in _decisions(setup.path, setup.later)] == ["Naechstes Treffen im Mai"]
    assert table.rowCount() == 1
    stack.undo()
    assert _decisions(setup.path, setup.later)[0] == edited
    assert table.rowCount() == 2
    stack.redo()
    assert len(_decisions(setup.path, setup.later)) == 1
    # Undo of the edit itself restores the quick text.
    stack.undo()
    stack.undo()
    stack.undo()
    assert _decisions(setup.path, setup.later)[0][:2] == ("Ziele beschlossen", Agreement.CONSENSUS)


def test_aufgabe_im_dialog_mit_wer_und_wann_und_loeschen(qtbot, setup: Setup):
    panel, stack = setup.panel, setup.session.undo_stack
    _type_and_enter(qtbot, setup, panel.action_section.entry, "Einladung entwerfen")
    table = panel.action_table
    _focus(qtbot, table)
    table.select_uuid(table.uuids()[0])

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, ActionItemDialog)
        qtbot.waitUntil(dialog.isActiveWindow)
        assert dialog.what_edit.text() == "Einladung entwerfen"  # type: ignore[union-attr]
        dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findData(f"person:{setup.person}"))
        dialog.owner_edit.setText("mit dem Schulamt")  # type: ignore[union-attr]
        dialog.due_date_edit.check.setChecked(True)
        dialog.due_date_edit.date_edit.setDate(QDate(2026, 3, 1))
        _ok(dialog)

    on_next_modal(edit)
    qtbot.keyClick(table, ENTER)
    with read_back(setup.path) as doc:
        action = EventService(doc).actions(setup.later)[0]
    assert (action.owner_person_uuid, action.owner_actor_uuid, action.owner_text) == (
        setup.person,
        None,
        "mit dem Schulamt",
    )
    assert action.due_date == "2026-03-01"
    assert table.item(0, 1).text() == "Anna Schmidt – mit dem Schulamt"
    # Due before "today" (12 March) and still open: overdue, with icon and word.
    assert table.item(0, 2).text() == _tr("{date} – overdue").format(date="01.03.2026")
    assert not table.item(0, 2).icon().isNull()

    # Done in the dialog: no longer overdue.
    def done(dialog: QWidget) -> None:
        assert isinstance(dialog, ActionItemDialog)
        qtbot.waitUntil(dialog.isActiveWindow)
        assert dialog.owner_combo.currentData() == f"person:{setup.person}"
        dialog.status_combo.setCurrentIndex(list(ActionStatus).index(ActionStatus.DONE))
        dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findData(f"actor:{setup.actor}"))
        _ok(dialog)

    _focus(qtbot, table)
    on_next_modal(done)
    qtbot.keyClick(table, ENTER)
    with read_back(setup.path) as doc:
        action = EventService(doc).actions(setup.later)[0]
    assert (action.status, action.owner_actor_uuid, action.owner_person_uuid) == (
        ActionStatus.DONE,
        setup.actor,
        None,
    )
    assert table.item(0, 2).text() == "01.03.2026"

    _focus(qtbot, table)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert _actions(setup.path, setup.later) == []
    stack.undo()
    assert _actions(setup.path, setup.later) == [("Einladung entwerfen", ActionStatus.DONE, None)]
    stack.redo()
    assert _actions(setup.path, setup.later) == []


def test_geloeschte_person_als_verantwortliche_zeigt_geloescht(qtbot, setup: Setup):
    panel, session = setup.panel, setup.session
    session.push(
        event_commands.add_action(
            session,
            setup.later,
            ActionItemDraft(what="Praxispartner ansprechen", owner_person_uuid=setup.person),
        )
    )
    assert panel.action_table.item(0, 1).text() == "Anna Schmidt"
    session.push(DeletePersonCommand(session, setup.person, "Anna Schmidt"))
    assert panel.action_table.item(0, 1).text() == _tr("(deleted)")

    # The dialog keeps the link (undoing the deletion brings the name back).
    table = panel.action_table
    _focus(qtbot, table)
    table.select_uuid(table.uuids()[0])

    def keep(dialog: QWidget) -> None:
        assert isinstance(dialog, ActionItemDialog)
        qtbot.waitUntil(dialog.isActiveWindow)
        assert dialog.owner_combo.currentText() == _tr("(deleted)", "ActionItemDialog")
        dialog.owner_edit.setText("Vertretung klären")  # type: ignore[union-attr]
        _ok(dialog)

    on_next_modal(keep)
    qtbot.keyClick(table, ENTER)
    with read_back(setup.path) as doc:
        action = EventService(doc).actions(setup.later)[0]
    assert action.owner_person_uuid == setup.person
    assert table.item(0, 1).text() == _tr("(deleted)") + " – Vertretung klären"
    session.undo_stack.undo()  # the edit
    session.undo_stack.undo()  # the deletion
    assert table.item(0, 1).text() == "Anna Schmidt"


# ---------------------------------------------------------------- parking lot
def test_themenspeicher_direkt_bearbeiten_und_loeschen(qtbot, setup: Setup):
    panel, stack = setup.panel, setup.session.undo_stack
    _type_and_enter(qtbot, setup, panel.parking_section.entry, "Finanzierung ab 2027")
    lst = panel.parking_list
    _focus(qtbot, lst)
    lst.select_uuid(None, 0)

    qtbot.keyClick(lst, Qt.Key.Key_F2)
    editor = lst.editor()
    assert editor is not None
    assert editor.text() == "Finanzierung ab 2027"
    editor.setText("Finanzierung der Koordinationsstelle ab 2027 klären")
    qtbot.keyClick(editor, ENTER)
    qtbot.waitUntil(lambda: lst.editor() is None)  # Qt closes the editor queued
    assert _parked(setup.path, setup.later) == [
        "Finanzierung der Koordinationsstelle ab 2027 klären"
    ]
    assert lst.item(0).text() == "Finanzierung der Koordinationsstelle ab 2027 klären"

    # Too long in place: refused in German, the editor stays open with every character.
    _focus(qtbot, lst)
    qtbot.keyClick(lst, Qt.Key.Key_F2)
    editor = lst.editor()
    assert editor is not None
    editor.setText("z" * 2001)
    qtbot.keyClick(editor, ENTER)
    qtbot.waitUntil(panel.parking_section.problem.isVisible)
    assert lst.editor() is editor
    assert editor.text() == "z" * 2001
    assert panel.parking_section.problem.text() == (
        "„Themenspeicher“ ist 2001 Zeichen lang; höchstens 2000 passen."
    )
    assert not panel.finish_editing()  # nothing may be lost before undo or switching
    assert _parked(setup.path, setup.later) == [
        "Finanzierung der Koordinationsstelle ab 2027 klären"
    ]
    editor.setText("Kurz und gut")
    assert panel.finish_editing()
    assert _parked(setup.path, setup.later) == ["Kurz und gut"]

    stack.undo()
    assert _parked(setup.path, setup.later) == [
        "Finanzierung der Koordinationsstelle ab 2027 klären"
    ]
    _focus(qtbot, lst)
    lst.select_uuid(None, 0)
    qtbot.keyClick(lst, Qt.Key.Key_Delete)
    assert _parked(setup.path, setup.later) == []
    assert lst.count() == 0
    stack.undo()
    assert _parked(setup.path, setup.later) == [
        "Finanzierung der Koordinationsstelle ab 2027 klären"
    ]
    stack.redo()
    assert _parked(setup.path, setup.later) == []


# ---------------------------------------------------------------- following the file
def test_folgt_aenderungen_von_aussen_auch_wenn_verborgen(qtbot, setup: Setup):
    panel, session = setup.panel, setup.session
    session.push(event_commands.add_decision(session, setup.later, DecisionDraft(text="Von außen")))
    assert _column(panel.decision_table, 0) == ["Von außen"]
    assert panel.decision_section.title.text() == _tr("&Decisions ({count})").format(count=1)

    panel.hide()
    session.push(event_commands.add_parking_lot_item(session, setup.later, "Während verborgen"))
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.parking_list.item(0).text() == "Während verborgen"

    # A decision linked to a goal that is deleted since shows "(deleted)".
    decision = session.events.decisions(setup.later)[0]
    session.push(
        event_commands.edit_decision(
            session, decision, DecisionDraft(text="Von außen", goal_uuid=setup.goal)
        )
    )
    goal = session.canvas.goal(setup.goal)
    assert goal is not None
    from ciworkshop.ui import canvas_commands

    session.push(canvas_commands.delete_goal(session, goal))
    assert panel.decision_table.item(0, 3).text() == _tr("(deleted)")
    session.undo_stack.undo()
    assert panel.decision_table.item(0, 3).text() == goal.statement

    # The session itself deleted while shown: empty and disabled; undo brings it all back.
    shown = session.events.session(setup.later)
    assert shown is not None
    session.push(event_commands.delete_session(session, shown))
    assert panel.decision_table.rowCount() == 0
    assert not panel.isEnabled()
    session.push(event_commands.add_action(session, setup.earlier, ActionItemDraft(what="Egal")))
    assert panel.action_table.rowCount() == 0
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert panel.isEnabled()
    assert _column(panel.decision_table, 0) == ["Von außen"]


def test_schreibgeschuetzt_keine_bearbeitung(qtbot, setup: Setup):
    setup.events.add_decision(session_uuid=setup.later, draft=DecisionDraft(text="Steht fest"))
    setup.events.add_action(
        session_uuid=setup.earlier, draft=ActionItemDraft(what="Offen geblieben")
    )
    setup.panel.set_context(None, None)
    setup.session.close()
    session = DocumentSession(Document.open(setup.path, read_only=True))
    panel = setup.panel
    panel.set_context(session, setup.later)
    try:
        assert not panel.decision_section.entry.isVisible()
        assert not panel.decision_edit_button.isVisible()
        assert _column(panel.decision_table, 0) == ["Steht fest"]
        table = panel.carry_table
        assert _column(table, 0) == ["Offen geblieben"]
        assert not panel.carry_buttons.enabled
        done = panel.carry_button_rect(0, ActionStatus.DONE)
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=done.center())
        _focus(qtbot, table)
        table.select_uuid(table.uuids()[0])
        qtbot.keyClick(table, Qt.Key.Key_Space)
        qtbot.keyClick(panel.decision_table, Qt.Key.Key_Delete)
        assert _actions(setup.path, setup.earlier) == [("Offen geblieben", ActionStatus.OPEN, None)]
        assert len(_decisions(setup.path, setup.later)) == 1
        assert QApplication.activeModalWidget() is None
    finally:
        panel.set_context(None, None)
        session.close()
        # The fixture closes its own session again: give it a fresh one.
        setup.session = DocumentSession(Document.open(setup.path))


# ---------------------------------------------------------------- dialogs alone
def test_dialoge_melden_probleme_auf_deutsch(qtbot, languages: LanguageManager):
    dialog = DecisionDialog(None)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no text yet, and no red line before typing
    assert not dialog.problem_label.isVisible()
    dialog.text_edit.setPlainText("b" * 2001)
    assert not ok.isEnabled()
    assert (
        dialog.problem_label.text() == "„Beschluss“ ist 2001 Zeichen lang; höchstens 2000 passen."
    )

    action = ActionItemDialog(ActionItemDraft(what="Raum buchen", owner_text="x" * 201))
    qtbot.addWidget(action)
    assert action.problem_label.text() == "„Wer“ ist 201 Zeichen lang; höchstens 200 passen."
    action.owner_edit.setText("Gast: Frau Özdemir")  # type: ignore[union-attr]
    assert action.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert action.draft() == ActionItemDraft(what="Raum buchen", owner_text="Gast: Frau Özdemir")


def test_schmal_zeigen_knoepfe_nur_symbole_und_der_uebertrag_bleibt_bedienbar(qtbot, setup: Setup):
    panel = setup.panel
    setup.events.add_action(session_uuid=setup.earlier, draft=ActionItemDraft(what="Raum buchen"))
    panel.resize(640, 600)
    panel.set_context(setup.session, setup.later)
    button = panel.decision_details_button
    assert button.text() == ""
    assert button.toolTip().startswith(_tr("With details…"))
    # The origin session moves into the row's tooltip.
    assert panel.carry_table.isColumnHidden(3)
    assert "Steuerungskreis Januar" in panel.carry_table.item(0, 0).toolTip()
    done = panel.carry_button_rect(0, ActionStatus.DONE)
    qtbot.mouseClick(panel.carry_table.viewport(), Qt.MouseButton.LeftButton, pos=done.center())
    qtbot.waitUntil(lambda: panel.carry_table.rowCount() == 0)
    assert _actions(setup.path, setup.earlier) == [("Raum buchen", ActionStatus.DONE, setup.later)]

    panel.resize(1280, 800)
    assert button.text() == _tr("With details…")
    assert not panel.carry_table.isColumnHidden(3)
