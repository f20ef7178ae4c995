"""Actors & People, driven by keyboard and mouse, checked in the file on disk."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from ciworkshop.domain.model import ActorRole, Sector
from ciworkshop.services.network import NetworkService
from ciworkshop.ui.dialogs.entities import ActorDialog, PersonDialog
from ciworkshop.ui.main_window import MainWindow
from tests.ui.conftest import on_next_modal, read_back


def _actors_on_disk(path: Path) -> dict[str, tuple[str, Sector, ActorRole]]:
    with read_back(path) as doc:
        return {a.uuid: (a.name, a.sector, a.role) for a in NetworkService(doc).actors()}


def test_add_actor_by_keyboard_then_undo_and_redo(qtbot, window: MainWindow, network_file: Path):
    assert window.files.open_path(network_file)
    window.nav.setCurrentRow(3)
    view = window.actors_view
    seen: list[str] = []

    def fill(dialog):
        assert isinstance(dialog, ActorDialog)
        seen.append(dialog.windowTitle())
        qtbot.keyClicks(dialog.name_edit, "Jugendamt Hellental & <Partner> ")
        dialog.name_edit.insert("😀")  # pasted: QTest types ASCII only
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.short_edit, "Jugendamt")
        qtbot.keyClick(dialog.short_edit, Qt.Key.Key_Tab)
        # Sector: a new actor starts at "other"; one up is "funders".
        qtbot.keyClick(dialog.sector_combo, Qt.Key.Key_Up)
        qtbot.keyClick(dialog.sector_combo, Qt.Key.Key_Tab)
        qtbot.keyClick(dialog.role_combo, Qt.Key.Key_Up)  # partner → steering committee
        qtbot.keyClick(dialog.role_combo, Qt.Key.Key_Return)

    on_next_modal(fill)
    view.actors.add_button.setFocus()
    qtbot.keyClick(view.actors.add_button, Qt.Key.Key_Space)

    assert seen == ["Neuer Akteur"]
    on_disk = _actors_on_disk(network_file)
    assert list(on_disk.values()) == [
        ("Jugendamt Hellental & <Partner> 😀", Sector.FUNDERS, ActorRole.STEERING_COMMITTEE)
    ]
    (uuid,) = on_disk
    assert view.actor_model.rowCount() == 1
    assert view.actors.current_uuid() == uuid
    assert window.saved_label.text().startswith("✓ Alle Änderungen gespeichert")
    assert (
        window.undo_action.text()
        == "&Rückgängig: Akteur „Jugendamt Hellental & <Partner> 😀“ hinzufügen"
    )

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    focus = QApplication.focusWidget()
    assert focus is view.actors.table
    qtbot.keyClick(focus, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _actors_on_disk(network_file) == {}
    assert view.actor_model.rowCount() == 0

    qtbot.keyClick(
        focus, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert _actors_on_disk(network_file) == on_disk  # same UUID comes back
    assert view.actor_model.rowCount() == 1


def test_edit_and_delete_person_keep_consent_and_undo(
    qtbot, window: MainWindow, network_file: Path
):
    assert window.files.open_path(network_file)
    window.nav.setCurrentRow(3)
    view = window.actors_view

    def fill(dialog):
        assert isinstance(dialog, PersonDialog)
        qtbot.keyClicks(dialog.name_edit, "Aylin Demir")
        qtbot.keyClicks(dialog.email_edit, "aylin.example.org")
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # e-mail without @ is refused before saving
        dialog.email_edit.clear()
        qtbot.keyClicks(dialog.email_edit, "aylin@example.org")
        assert ok.isEnabled()
        dialog.consent_check.setChecked(True)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    on_next_modal(fill)
    qtbot.mouseClick(view.people.add_button, Qt.MouseButton.LeftButton)
    with read_back(network_file) as doc:
        (person,) = NetworkService(doc).people()
    assert (person.name, person.email, person.consent_named) == (
        "Aylin Demir",
        "aylin@example.org",
        True,
    )

    view.people.table.setFocus()
    qtbot.keyClick(view.people.table, Qt.Key.Key_Delete)
    with read_back(network_file) as doc:
        assert NetworkService(doc).people() == []
    window.undo_action.trigger()
    with read_back(network_file) as doc:
        assert NetworkService(doc).people() == [person]


def test_over_long_text_is_refused_not_truncated(qtbot, languages):
    dialog = ActorDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.name_edit.setText("Verbund")
    dialog.note_edit.setPlainText("x" * 20_001)
    assert not ok.isEnabled()
    texts = [h.text() for h in dialog.findChildren(QLabel, "limitHint") if h.isVisible()]
    assert texts == ["1 Zeichen zu viel (höchstens 20.000)"]
    assert len(dialog.draft().note) == 20_001  # nothing was cut
    dialog.note_edit.setPlainText("x" * 20_000)
    assert ok.isEnabled()


def test_read_only_document_disables_editing(qtbot, window: MainWindow, network_file: Path):
    assert window.files.open_path(network_file, read_only=True)
    window.nav.setCurrentRow(3)
    assert not window.actors_view.actors.add_button.isEnabled()
    assert not window.edit_network_action.isEnabled()
    assert "[schreibgeschützt]" in window.windowTitle()
    assert window.saved_label.text() == "Schreibgeschützt: Änderungen sind nicht möglich"


def test_table_models_pass_qt_model_tester(qtmodeltester, tmp_path: Path):
    from ciworkshop.services.demo import write_demo
    from ciworkshop.ui.models.tables import ActorTableModel, PersonTableModel

    with write_demo(tmp_path / "demo.ciw") as doc:
        service = NetworkService(doc)
        actors = ActorTableModel()
        actors.set_items(service.actors())
        people = PersonTableModel()
        people.set_actor_names({a.uuid: a.name for a in service.actors()})
        people.set_items(service.people())
    qtmodeltester.check(actors)
    qtmodeltester.check(people)
    assert actors.rowCount() >= 18
    assert people.rowCount() >= 35
