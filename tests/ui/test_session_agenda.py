"""Der Ablauf einer Sitzung, der Live-Lauf mit Countdown und die Dialoge für Veranstaltung
und Sitzung: per Tastatur bedient, geprüft in der Datei auf der Platte."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox, QWidget

from ciworkshop.domain.event_rules import MSG_TIME_INVALID
from ciworkshop.domain.events import (
    AgendaItem,
    AgendaItemDraft,
    CardDraft,
    Event,
    EventDraft,
    SessionDraft,
    SessionFormat,
    live_run,
    template_drafts,
    timestamp,
)
from ciworkshop.domain.rules import Problem
from ciworkshop.services.events import EventService
from ciworkshop.store.document import Document
from ciworkshop.ui import event_commands as cmd
from ciworkshop.ui.agenda_templates import (
    AgendaTemplate,
    delete_template,
    dump_templates,
    load_templates,
    parse_templates,
    save_template,
)
from ciworkshop.ui.dialogs.events import (
    AgendaItemDialog,
    EventDialog,
    SessionDialog,
    TemplateNameDialog,
    format_minutes,
    normalize_time,
)
from ciworkshop.ui.errors import problem_text
from ciworkshop.ui.i18n import LanguageManager, translate
from ciworkshop.ui.session import DocumentSession
from ciworkshop.ui.settings import Settings
from ciworkshop.ui.views.session_agenda import (
    AgendaPanel,
    AgendaTableModel,
    LiveBar,
    countdown_text,
    local_clock_time,
    parse_quick_item,
)
from tests.ui.conftest import on_next_modal, read_back

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
BEGINN = datetime(2026, 3, 12, 9, 30, tzinfo=UTC)


@dataclass
class Uhr:
    """Die Uhr, die der Test vorstellt: ``jetzt`` ist, was Panel und Leiste für "jetzt" halten."""

    jetzt: datetime = BEGINN

    def __call__(self) -> datetime:
        return self.jetzt

    def vor(self, **dauer: float) -> None:
        self.jetzt += timedelta(**dauer)


@dataclass
class Sitzung:
    document: DocumentSession
    uuid: str
    path: Path


@pytest.fixture
def sitzung(languages: LanguageManager, network_file: Path) -> Iterator[Sitzung]:
    """Eine Sitzung "Runder Tisch" mit der eingebauten Vorlage, Beginn 09:30."""
    session = DocumentSession(Document.open(network_file))
    command = cmd.add_session(
        session,
        SessionDraft(
            format=SessionFormat.ROUND_TABLE, title="Runder Tisch Übergänge", start_time="09:30"
        ),
        template_drafts(SessionFormat.ROUND_TABLE, translate),
    )
    assert session.push(command)
    assert command.uuid is not None
    yield Sitzung(session, command.uuid, network_file)
    session.close()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


def _ablauf_auf_platte(path: Path, session_uuid: str) -> list[AgendaItem]:
    with read_back(path) as doc:
        return EventService(doc).agenda(session_uuid)


def _titel_auf_platte(path: Path, session_uuid: str) -> list[tuple[str, int]]:
    return [(i.title, i.planned_minutes) for i in _ablauf_auf_platte(path, session_uuid)]


def _zeigen(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def _fokus(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Nach einem Dialog: Fenster wieder aktiv, ``widget`` hat die Tastatur."""
    widget.window().activateWindow()
    qtbot.waitUntil(widget.window().isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def _ok(dialog: QWidget):  # type: ignore[no-untyped-def]
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[attr-defined]


def _problem(dialog: QWidget) -> str | None:
    label = dialog.findChild(QLabel, "problemLabel")
    assert label is not None
    return label.text() if label.isVisible() else None


def _panel(qtbot, sitzung: Sitzung, uhr: Uhr, settings: Settings | None = None) -> AgendaPanel:  # type: ignore[no-untyped-def]
    panel = AgendaPanel(settings=settings)
    panel.clock = uhr
    panel.set_context(sitzung.document, sitzung.uuid)
    _zeigen(qtbot, panel)
    return panel


def _leiste(qtbot, sitzung: Sitzung, uhr: Uhr) -> LiveBar:  # type: ignore[no-untyped-def]
    bar = LiveBar()
    bar.clock = uhr
    bar.set_context(sitzung.document, sitzung.uuid)
    _zeigen(qtbot, bar)
    return bar


# ---------------------------------------------------------------- Sitzungsdialog
def test_neue_sitzung_mit_vorlage_runder_tisch_steht_mit_ablauf_in_der_datei(
    qtbot, languages: LanguageManager, network_file: Path
):
    fachtag = Event(uuid="e-fachtag", title="Fachtag Übergang", date="2026-03-12")
    dialog = SessionDialog(None, [fachtag], templates=[], event_uuid=fachtag.uuid)
    _zeigen(qtbot, dialog)
    # Der Sitzungstag folgt der gewählten Veranstaltung.
    assert dialog.date_edit.iso() == "2026-03-12"
    # Ein anderes Format schaltet auf dessen Vorlage um, zurück auf den runden Tisch auch.
    dialog.format_combo.setCurrentIndex(list(SessionFormat).index(SessionFormat.PLENARY))
    assert dialog.agenda() == list(template_drafts(SessionFormat.PLENARY, translate))
    dialog.format_combo.setCurrentIndex(list(SessionFormat).index(SessionFormat.ROUND_TABLE))
    vorlage = list(template_drafts(SessionFormat.ROUND_TABLE, translate))
    assert dialog.agenda() == vorlage
    assert dialog.preview.count() == len(vorlage)
    assert dialog.preview.item(0).text().endswith(vorlage[0].title)

    assert not _ok(dialog).isEnabled()  # ohne Titel geht es nicht
    dialog.title_edit.setFocus()
    qtbot.keyClicks(dialog.title_edit, "Runder Tisch: Schulen und Verwaltung ")
    dialog.title_edit.insert("– Übergänge 🚸")
    qtbot.keyClicks(dialog.start_time_edit, "9.30")
    qtbot.keyClicks(dialog.place_edit, "Tisch 3")
    qtbot.keyClick(dialog.place_edit, Qt.Key.Key_Return)
    assert dialog.result() == SessionDialog.DialogCode.Accepted

    draft = dialog.draft()
    assert draft.start_time == "09:30"  # so geschrieben, wie die Datei Uhrzeiten führt
    assert draft.event_uuid == fachtag.uuid

    with Document.open(network_file) as doc:
        session = DocumentSession(doc)
        event_command = cmd.add_event(session, EventDraft(title=fachtag.title, date=fachtag.date))
        assert session.push(event_command)
        draft = SessionDraft(**{**_fields(draft), "event_uuid": event_command.uuid})
        command = cmd.add_session(session, draft, dialog.agenda())
        assert session.push(command)
        session_uuid = command.uuid
        assert session_uuid is not None
    with read_back(network_file) as doc:
        stored = EventService(doc).session(session_uuid)
        assert stored is not None
        assert stored.title == "Runder Tisch: Schulen und Verwaltung – Übergänge 🚸"
        assert (stored.format, stored.start_time, stored.place, stored.date) == (
            SessionFormat.ROUND_TABLE,
            "09:30",
            "Tisch 3",
            "2026-03-12",
        )
    assert _titel_auf_platte(network_file, session_uuid) == [
        (i.title, i.planned_minutes) for i in vorlage
    ]


def _fields(draft: SessionDraft) -> dict[str, object]:
    return {name: getattr(draft, name) for name in SessionDraft.__dataclass_fields__}


def test_sitzungsdialog_sagt_was_fehlt_und_behaelt_das_getippte(qtbot, languages):
    dialog = SessionDialog(None, [])
    _zeigen(qtbot, dialog)
    qtbot.keyClicks(dialog.title_edit, "Steuerungskreis")
    qtbot.keyClicks(dialog.start_time_edit, "25:00")
    assert not _ok(dialog).isEnabled()
    erwartet = problem_text(
        Problem(
            "start_time",
            MSG_TIME_INVALID,
            (("field", "start_time"),),
        )
    )
    assert _problem(dialog) == erwartet
    qtbot.keyClick(dialog.start_time_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()  # bleibt offen, nichts geht verloren
    assert dialog.start_time_edit.text() == "25:00"
    assert dialog.title_edit.text() == "Steuerungskreis"
    # Zu lang: der Titel wird nicht gekürzt, OK bleibt aus.
    dialog.title_edit.setText("x" * 201)
    assert not _ok(dialog).isEnabled()
    assert dialog.title_edit.text() == "x" * 201
    dialog.title_edit.setText("Steuerungskreis")
    dialog.start_time_edit.clear()
    dialog.start_time_edit.setFocus()
    qtbot.waitUntil(dialog.start_time_edit.hasFocus)
    qtbot.keyClicks(dialog.start_time_edit, "14")
    qtbot.keyClick(dialog.start_time_edit, Qt.Key.Key_Tab)
    assert dialog.start_time_edit.text() == "14:00"
    assert _ok(dialog).isEnabled()
    assert _problem(dialog) is None


def test_sitzung_bearbeiten_zeigt_die_werte_ohne_vorlagenauswahl(qtbot, languages):
    vorher = SessionDraft(
        format=SessionFormat.STEERING_COMMITTEE,
        title="Steuerungskreis Q2",
        date="2026-05-04",
        start_time="14:00",
        place="Rathaus, Raum 2.14",
        facilitator="Aylin Demir",
        note_taker="Jonas Weber",
        guiding_question="Was brauchen Schulen von uns?",
    )
    dialog = SessionDialog(vorher, [], templates=[])
    _zeigen(qtbot, dialog)
    assert not dialog.template_combo.isVisible()
    assert dialog.agenda() == []
    assert dialog.draft() == vorher
    dialog.facilitator_edit.selectAll()
    qtbot.keyClicks(dialog.facilitator_edit, "Team Backbone")
    assert dialog.draft().facilitator == "Team Backbone"


def test_veranstaltungsdialog_liefert_titel_datum_und_ort(qtbot, languages):
    dialog = EventDialog(None)
    _zeigen(qtbot, dialog)
    assert not _ok(dialog).isEnabled()
    qtbot.keyClicks(dialog.title_edit, "Fachtag 2026")
    assert dialog.draft() == EventDraft(title="Fachtag 2026")  # ohne Datum erlaubt
    dialog.date_edit.set_iso("2026-03-12")
    dialog.place_edit.insert("Bürgerhaus <Saal> & Foyer")
    assert _ok(dialog).isEnabled()
    assert dialog.draft() == EventDraft(
        title="Fachtag 2026", date="2026-03-12", place="Bürgerhaus <Saal> & Foyer"
    )
    wieder = EventDialog(dialog.draft())
    _zeigen(qtbot, wieder)
    assert wieder.draft() == dialog.draft()


# ---------------------------------------------------------------- Ablauf per Tastatur
def test_ablauf_per_tastatur_anlegen_verschieben_loeschen_und_rueckgaengig(qtbot, sitzung: Sitzung):
    panel = _panel(qtbot, sitzung, Uhr())
    vorlage = _titel_auf_platte(sitzung.path, sitzung.uuid)
    assert panel.model.rowCount() == 6
    panel.table.setFocus()
    panel.table.selectRow(5)

    # Einfg springt in die Schnellzeile; "Titel, Minuten" + Enter hängt einen Punkt an.
    qtbot.keyClick(panel.table, Qt.Key.Key_Insert)
    assert panel.quick_edit.hasFocus()
    panel.quick_edit.insert("Kaffeepause ☕, 15")
    qtbot.keyClick(panel.quick_edit, Qt.Key.Key_Return)
    assert _titel_auf_platte(sitzung.path, sitzung.uuid) == [*vorlage, ("Kaffeepause ☕", 15)]
    assert panel.quick_edit.text() == ""
    assert panel.quick_edit.hasFocus()  # bereit für den nächsten Punkt
    assert panel.current_item() is not None
    assert panel.current_item().title == "Kaffeepause ☕"

    # Zu viele Minuten: abgelehnt mit Begründung, der Text bleibt stehen.
    qtbot.keyClicks(panel.quick_edit, "Blitzlicht, 5000")
    qtbot.keyClick(panel.quick_edit, Qt.Key.Key_Return)
    assert panel.problem_label.isVisible()
    assert "5000" not in panel.problem_label.text()
    assert "1440" in panel.problem_label.text().replace(".", "")
    assert panel.quick_edit.text() == "Blitzlicht, 5000"
    assert len(_ablauf_auf_platte(sitzung.path, sitzung.uuid)) == 7
    qtbot.keyClick(panel.quick_edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(panel.quick_edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(panel.quick_edit, Qt.Key.Key_Backspace)
    assert not panel.problem_label.isVisible()
    qtbot.keyClick(panel.quick_edit, Qt.Key.Key_Return)
    assert _titel_auf_platte(sitzung.path, sitzung.uuid)[-1] == ("Blitzlicht", 5)

    # Escape zurück in die Tabelle; Strg+Hoch schiebt den Punkt nach oben, zweimal.
    qtbot.keyClick(panel.quick_edit, Qt.Key.Key_Escape)
    assert panel.table.hasFocus()
    assert panel.current_item().title == "Blitzlicht"
    qtbot.keyClick(panel.table, Qt.Key.Key_Up, CTRL)
    qtbot.keyClick(panel.table, Qt.Key.Key_Up, CTRL)
    titel = [t for t, _ in _titel_auf_platte(sitzung.path, sitzung.uuid)]
    assert titel[-3:] == ["Blitzlicht", vorlage[-1][0], "Kaffeepause ☕"]
    assert panel.current_item().title == "Blitzlicht"  # die Auswahl wandert mit
    qtbot.keyClick(panel.table, Qt.Key.Key_Down, CTRL)
    titel = [t for t, _ in _titel_auf_platte(sitzung.path, sitzung.uuid)]
    assert titel[-3:] == [vorlage[-1][0], "Blitzlicht", "Kaffeepause ☕"]

    # Entf löscht (ohne Karten ohne Rückfrage), die Auswahl bleibt auf der Zeile.
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert _titel_auf_platte(sitzung.path, sitzung.uuid) == [*vorlage, ("Kaffeepause ☕", 15)]
    assert panel.current_item().title == "Kaffeepause ☕"

    stack = sitzung.document.undo_stack
    stack.undo()  # löschen
    assert [t for t, _ in _titel_auf_platte(sitzung.path, sitzung.uuid)][-2] == "Blitzlicht"
    stack.undo()  # runter
    stack.undo()  # hoch
    stack.undo()  # hoch
    assert _titel_auf_platte(sitzung.path, sitzung.uuid)[-1] == ("Blitzlicht", 5)
    stack.undo()  # Blitzlicht
    stack.undo()  # Kaffeepause
    assert _titel_auf_platte(sitzung.path, sitzung.uuid) == vorlage
    assert panel.model.rowCount() == 6
    for _ in range(6):
        stack.redo()
    assert _titel_auf_platte(sitzung.path, sitzung.uuid) == [*vorlage, ("Kaffeepause ☕", 15)]
    assert panel.model.rowCount() == 7


def test_punkt_bearbeiten_mit_enter_und_summe_mit_ende(qtbot, sitzung: Sitzung):
    panel = _panel(qtbot, sitzung, Uhr())
    assert "1 h 20 min" in panel.summary_label.text()
    assert "10:50" in panel.summary_label.text()
    panel.table.setFocus()
    panel.table.selectRow(0)

    def bearbeiten(dialog: QWidget) -> None:
        assert isinstance(dialog, AgendaItemDialog)
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.title_edit.selectAll()
        dialog.title_edit.insert("Ankommen & Vorstellung")
        dialog.minutes_box.setValue(30)
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    on_next_modal(bearbeiten)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    _fokus(qtbot, panel.table)
    assert _titel_auf_platte(sitzung.path, sitzung.uuid)[0] == ("Ankommen & Vorstellung", 30)
    assert panel.model.index(0, AgendaTableModel.TITLE).data() == "Ankommen & Vorstellung"
    # Die geplanten Anfänge rücken nach, Summe und Ende auch.
    assert panel.model.index(1, AgendaTableModel.PLANNED).data() == "10:00"
    assert "1 h 40 min" in panel.summary_label.text()
    assert "11:10" in panel.summary_label.text()

    # Ein leerer Titel wird abgelehnt: der Dialog bleibt offen, Abbrechen ändert nichts.
    def leeren(dialog: QWidget) -> None:
        assert isinstance(dialog, AgendaItemDialog)
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.title_edit.clear()
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert not _ok(dialog).isEnabled()
        assert _problem(dialog)
        dialog.reject()

    on_next_modal(leeren)
    qtbot.keyClick(panel.table, Qt.Key.Key_F2)
    assert _titel_auf_platte(sitzung.path, sitzung.uuid)[0] == ("Ankommen & Vorstellung", 30)
    sitzung.document.undo_stack.undo()
    assert _titel_auf_platte(sitzung.path, sitzung.uuid)[0][1] == 10


def test_loeschen_mit_karten_fragt_nach_und_rueckgaengig_bringt_die_pinnwand_zurueck(
    qtbot, sitzung: Sitzung
):
    panel = _panel(qtbot, sitzung, Uhr())
    erster = panel.model.item(2)
    for text in ("Mehr Praktika", "Berufsorientierung ab Klasse 7"):
        assert sitzung.document.push(cmd.add_card(sitzung.document, erster.uuid, CardDraft(text)))
    panel.table.setFocus()
    panel.table.selectRow(2)

    def abbrechen(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert "2" in box.text()
        box.button(QMessageBox.StandardButton.Cancel).click()

    on_next_modal(abbrechen)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert len(_ablauf_auf_platte(sitzung.path, sitzung.uuid)) == 6
    _fokus(qtbot, panel.table)

    def ja(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    on_next_modal(ja)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert erster.uuid not in [i.uuid for i in _ablauf_auf_platte(sitzung.path, sitzung.uuid)]
    sitzung.document.undo_stack.undo()
    with read_back(sitzung.path) as doc:
        board = EventService(doc).board(erster.uuid)
        assert sorted(c.text for c in board.cards()) == [
            "Berufsorientierung ab Klasse 7",
            "Mehr Praktika",
        ]
        assert board.agenda_item.position == 2


def test_tabellenmodell_besteht_den_modelltest(qtmodeltester, sitzung: Sitzung):
    model = AgendaTableModel()
    items = sitzung.document.events.agenda(sitzung.uuid)
    model.set_rows(
        items, sitzung.document.events.planned_starts(sitzung.uuid), live_run(items, BEGINN)
    )
    qtmodeltester.check(model)
    assert model.index(0, AgendaTableModel.STATE).data() == model.index(0, 7).data()


# ---------------------------------------------------------------- Live-Lauf
def test_live_lauf_countdown_warnung_ueberziehen_weiter_und_rueckgaengig(qtbot, sitzung: Sitzung):
    uhr = Uhr()
    bar = _leiste(qtbot, sitzung, uhr)
    laufend: list[str] = []
    bar.running_item_changed.connect(laufend.append)
    assert bar.state == "ready"
    assert not bar.timer.isActive()
    assert bar.start_action.isEnabled()
    assert not bar.next_action.isEnabled()

    # F8 startet den ersten Punkt (10 Minuten) um 09:30.
    qtbot.keyClick(bar, Qt.Key.Key_F8)
    ablauf = _ablauf_auf_platte(sitzung.path, sitzung.uuid)
    assert ablauf[0].started_at == timestamp(BEGINN)
    assert laufend == [ablauf[0].uuid]
    assert bar.state == "running"
    assert bar.timer.isActive()  # tickt nur, solange etwas läuft
    assert bar.title_label.text() == ablauf[0].title
    assert bar.next_label.text().endswith(ablauf[1].title)
    assert bar.progress_label.text().startswith("1")
    assert bar.countdown_label.text() == "10:00"

    uhr.vor(minutes=5)
    bar.timer.timeout.emit()  # ein Tick des Sekundentakts
    assert bar.countdown_label.text() == "05:00"
    assert bar.state == "running"

    # Zwei Minuten vor Schluss: Warnung mit Symbol und "noch 2 Minuten".
    uhr.vor(minutes=3)
    bar.tick()
    assert bar.state == "warning"
    assert bar.countdown_label.text() == "02:00"
    assert bar.caption_label.text() == LiveBar.tr("%n minute(s) left", "", 2)
    assert bar.icon_label.isVisible()

    # Überzogen: rot und "+03:12".
    uhr.vor(minutes=5, seconds=12)
    bar.tick()
    assert bar.state == "overrun"
    assert bar.countdown_label.text() == "+03:12"
    assert bar.caption_label.text() == bar.tr("over time")
    assert "#B71C1C" in bar.styleSheet()

    # "Weiter" beendet den ersten und startet den zweiten Punkt, beides um 09:43:12.
    weiter = BEGINN + timedelta(minutes=13, seconds=12)
    qtbot.mouseClick(bar.next_button, Qt.MouseButton.LeftButton)
    ablauf = _ablauf_auf_platte(sitzung.path, sitzung.uuid)
    assert ablauf[0].ended_at == timestamp(weiter)
    assert ablauf[1].started_at == timestamp(weiter)
    assert ablauf[0].actual_seconds() == 13 * 60 + 12
    assert laufend[-1] == ablauf[1].uuid
    assert bar.state == "running"
    assert bar.countdown_label.text() == "05:00"
    assert bar.progress_label.text().startswith("2")

    sitzung.document.undo_stack.undo()
    ablauf = _ablauf_auf_platte(sitzung.path, sitzung.uuid)
    assert (ablauf[0].started_at, ablauf[0].ended_at) == (timestamp(BEGINN), "")
    assert ablauf[1].started_at == ""
    assert laufend[-1] == ablauf[0].uuid
    assert bar.countdown_label.text() == "+03:12"
    sitzung.document.undo_stack.undo()
    assert all(not i.started_at for i in _ablauf_auf_platte(sitzung.path, sitzung.uuid))
    assert bar.state == "ready"
    assert laufend[-1] == ""
    assert not bar.timer.isActive()
    sitzung.document.undo_stack.redo()
    sitzung.document.undo_stack.redo()
    ablauf = _ablauf_auf_platte(sitzung.path, sitzung.uuid)
    assert ablauf[1].started_at == timestamp(weiter)  # die Zeit von damals, nicht von jetzt


def test_beenden_pause_und_ende_des_ablaufs(qtbot, sitzung: Sitzung):
    uhr = Uhr()
    bar = _leiste(qtbot, sitzung, uhr)
    bar.start()
    uhr.vor(minutes=9)
    qtbot.keyClick(bar, Qt.Key.Key_F8, SHIFT)  # Beenden: Pause, nichts läuft
    ablauf = _ablauf_auf_platte(sitzung.path, sitzung.uuid)
    assert ablauf[0].ended_at == timestamp(BEGINN + timedelta(minutes=9))
    assert ablauf[1].started_at == ""
    assert bar.state == "ready"
    assert bar.progress_label.text().startswith("1")
    uhr.vor(minutes=10)
    qtbot.keyClick(bar, Qt.Key.Key_F8)  # nach der Pause geht es mit dem nächsten weiter
    assert _ablauf_auf_platte(sitzung.path, sitzung.uuid)[1].started_at == timestamp(uhr())
    # "+5 min" gibt dem laufenden Punkt mehr Zeit (rückgängig machbar).
    bar.extend_action.trigger()
    assert _ablauf_auf_platte(sitzung.path, sitzung.uuid)[1].planned_minutes == 10
    assert bar.countdown_label.text() == "10:00"
    sitzung.document.undo_stack.undo()
    assert _ablauf_auf_platte(sitzung.path, sitzung.uuid)[1].planned_minutes == 5
    for _ in range(5):
        uhr.vor(minutes=1)
        qtbot.keyClick(bar, Qt.Key.Key_F8)
    ablauf = _ablauf_auf_platte(sitzung.path, sitzung.uuid)
    assert all(i.is_done for i in ablauf)
    assert bar.state == "finished"
    assert bar.title_label.text() == bar.tr("Every agenda item is done.")
    assert local_clock_time(ablauf[-1].ended_at) in bar.next_label.text()
    assert not bar.next_action.isEnabled()
    assert not bar.start_action.isEnabled()


def test_bestimmten_punkt_aus_dem_ablauf_starten(qtbot, sitzung: Sitzung):
    uhr = Uhr()
    panel = _panel(qtbot, sitzung, uhr)
    bar = LiveBar()
    bar.clock = uhr
    bar.set_context(sitzung.document, sitzung.uuid)
    laufend: list[str] = []
    bar.running_item_changed.connect(laufend.append)
    panel.table.setFocus()
    panel.table.selectRow(3)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return, CTRL)
    ablauf = _ablauf_auf_platte(sitzung.path, sitzung.uuid)
    assert ablauf[3].started_at == timestamp(BEGINN)
    assert [i.started_at for i in ablauf[:3]] == ["", "", ""]
    assert laufend == [ablauf[3].uuid]
    assert panel.model.index(3, AgendaTableModel.STARTED).data() == local_clock_time(
        timestamp(BEGINN)
    )
    assert panel.model.state(panel.model.item(3)) == "running"
    assert panel.model.state(panel.model.item(0)) == "next"
    assert not panel.start_action.isEnabled()  # läuft schon


def test_nur_lesend_geoeffnet_laesst_nichts_aendern(qtbot, sitzung: Sitzung):
    with read_back(sitzung.path) as doc:
        session = DocumentSession(doc)
        panel = AgendaPanel()
        panel.set_context(session, sitzung.uuid)
        bar = LiveBar()
        bar.set_context(session, sitzung.uuid)
        assert panel.model.rowCount() == 6
        assert not panel.add_action.isEnabled()
        assert not panel.quick_edit.isEnabled()
        assert not bar.start_action.isEnabled()
        panel.set_context(None, None)
        bar.set_context(None, None)
        assert bar.state == "none"


# ---------------------------------------------------------------- eigene Vorlagen
def test_ablauf_als_vorlage_speichern_und_im_neuen_sitzungsdialog_wiederfinden(
    qtbot, sitzung: Sitzung, settings: Settings, tmp_path: Path
):
    panel = _panel(qtbot, sitzung, Uhr(), settings)
    panel.table.setFocus()
    panel.quick_edit.insert("Abschlussrunde, 10")
    qtbot.keyClick(panel.quick_edit, Qt.Key.Key_Return)
    gespeichert = _titel_auf_platte(sitzung.path, sitzung.uuid)

    def benennen(dialog: QWidget) -> None:
        assert isinstance(dialog, TemplateNameDialog)
        qtbot.waitUntil(dialog.isActiveWindow)
        assert dialog.name_edit.text() == "Runder Tisch Übergänge"  # der Sitzungstitel
        dialog.name_edit.clear()
        assert not _ok(dialog).isEnabled()
        dialog.name_edit.insert("Unser runder Tisch „kurz“")
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    on_next_modal(benennen)
    panel.save_template_action.trigger()
    assert "Unser runder Tisch „kurz“" in panel.notice_label.text()

    # Ein frisches Settings-Objekt liest dieselbe Datei: die Vorlage ist wirklich gespeichert.
    vorlagen = load_templates(Settings(tmp_path / "settings.ini"))
    assert [(t.name, t.format) for t in vorlagen] == [
        ("Unser runder Tisch „kurz“", SessionFormat.ROUND_TABLE)
    ]
    dialog = SessionDialog(None, [], templates=vorlagen)
    _zeigen(qtbot, dialog)
    texte = [dialog.template_combo.itemText(i) for i in range(dialog.template_combo.count())]
    assert len(texte) == 3  # eingebaut, die eigene, leer
    assert "Unser runder Tisch „kurz“" in texte[1]
    dialog.template_combo.setFocus()
    qtbot.keyClick(dialog.template_combo, Qt.Key.Key_Down)
    assert [(d.title, d.planned_minutes) for d in dialog.agenda()] == gespeichert
    assert dialog.preview.count() == 7
    qtbot.keyClick(dialog.template_combo, Qt.Key.Key_Down)
    assert dialog.agenda() == []  # leerer Ablauf
    # Bei einem anderen Format wird die Vorlage nicht angeboten.
    dialog.format_combo.setCurrentIndex(list(SessionFormat).index(SessionFormat.WORKSHOP))
    assert dialog.template_combo.count() == 2

    # Nochmals unter demselben Namen speichern ersetzt die Vorlage (mit Hinweis).
    def ersetzen(dialog: QWidget) -> None:
        assert isinstance(dialog, TemplateNameDialog)
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.name_edit.setText("unser runder tisch „kurz“")
        assert dialog.replace_label.isVisible()
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)

    _fokus(qtbot, panel.table)
    panel.table.selectRow(6)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    on_next_modal(ersetzen)
    panel.save_template_action.trigger()
    vorlagen = load_templates(settings)
    assert len(vorlagen) == 1
    assert len(vorlagen[0].items) == 6


def test_kaputte_vorlagen_in_den_einstellungen_ergeben_keine_vorlagen(
    qtbot, languages, tmp_path: Path
):
    datei = tmp_path / "settings.ini"
    for kaputt in (
        "{nicht json",
        '{"name": "kein Array"}',
        "[1, 2, 3]",
        '[{"name": "", "format": "round_table", "items": [{"title": "A", "minutes": 5}]}]',
        '[{"name": "X", "format": "tanztee", "items": [{"title": "A", "minutes": 5}]}]',
        '[{"name": "X", "format": "workshop", "items": [{"title": "", "minutes": 5}]}]',
        '[{"name": "X", "format": "workshop", "items": [{"title": "A", "minutes": true}]}]',
        '[{"name": "X", "format": "workshop", "items": [{"title": "A", "minutes": 99999}]}]',
        '[{"name": "X", "format": "workshop", "items": []}]',
        "[" * 100_000,
    ):
        settings = Settings(datei)
        settings.agenda_templates = kaputt
        settings.sync()
        assert load_templates(Settings(datei)) == [], kaputt
    # Von Hand als Liste eingetragen (QSettings liest "a, b" als Liste): auch keine.
    datei.write_text("[templates]\nagenda=a, b\n", encoding="utf-8")
    assert load_templates(Settings(datei)) == []
    dialog = SessionDialog(None, [], templates=load_templates(Settings(datei)))
    _zeigen(qtbot, dialog)
    assert dialog.template_combo.count() == 2
    # Ein heiler Eintrag neben einem kaputten bleibt erhalten.
    gut = AgendaTemplate("Gut", SessionFormat.WORKSHOP, (AgendaItemDraft("Check-in", 10),))
    text = dump_templates([gut])[:-1] + ', {"name": 3}]'
    assert parse_templates(text) == [gut]


def test_vorlagen_speichern_ersetzen_und_loeschen(settings: Settings):
    eins = AgendaTemplate("Kurz", SessionFormat.WORKSHOP, (AgendaItemDraft("Check-in", 10),))
    zwei = AgendaTemplate("Kurz", SessionFormat.PLENARY, (AgendaItemDraft("Input", 30),))
    save_template(settings, eins)
    save_template(settings, zwei)
    save_template(settings, AgendaTemplate("KURZ", SessionFormat.WORKSHOP, eins.items * 2))
    vorlagen = load_templates(settings)
    assert [(t.name, t.format, len(t.items)) for t in vorlagen] == [
        ("KURZ", SessionFormat.WORKSHOP, 2),
        ("Kurz", SessionFormat.PLENARY, 1),
    ]
    assert delete_template(settings, "kurz", SessionFormat.WORKSHOP)
    assert not delete_template(settings, "kurz", SessionFormat.WORKSHOP)
    assert load_templates(settings) == [zwei]


# ---------------------------------------------------------------- kleine Helfer
@pytest.mark.parametrize(
    ("getippt", "entwurf"),
    [
        ("Pause, 15", AgendaItemDraft("Pause", 15)),
        ("Begrüßung, Ziele des Tages, 20 min", AgendaItemDraft("Begrüßung, Ziele des Tages", 20)),
        ("Blitzlicht", AgendaItemDraft("Blitzlicht", 10)),
        ("Zu kurz, -5", AgendaItemDraft("Zu kurz", -5)),
        ("  Input ,30'  ", AgendaItemDraft("Input", 30)),
    ],
)
def test_schnellzeile_versteht_titel_und_minuten(getippt: str, entwurf: AgendaItemDraft):
    assert parse_quick_item(getippt) == entwurf


def test_uhrzeiten_dauern_und_countdown(languages):
    assert [normalize_time(t) for t in ("9:30", "9.30", "930", "09:30 Uhr", "14", "")] == [
        "09:30",
        "09:30",
        "09:30",
        "09:30",
        "14:00",
        "",
    ]
    assert normalize_time("25:00") == "25:00"  # bleibt, damit die Regel es meldet
    assert [format_minutes(m) for m in (45, 60, 150)] == [
        QCoreApplication.translate("Duration", "{minutes} min").format(minutes=45),
        QCoreApplication.translate("Duration", "{hours} h").format(hours=1),
        QCoreApplication.translate("Duration", "{hours} h {minutes} min").format(
            hours=2, minutes=30
        ),
    ]
    assert [countdown_text(s) for s in (600, 59, 0, -192, 4500)] == [
        "10:00",
        "00:59",
        "00:00",
        "+03:12",
        "75:00",
    ]


def test_sprachwechsel_setzt_die_texte_neu(qtbot, sitzung: Sitzung, languages: LanguageManager):
    bar = _leiste(qtbot, sitzung, Uhr())
    panel = _panel(qtbot, sitzung, Uhr())
    languages.set_language("en")
    QApplication.processEvents()
    assert bar.start_action.text() == "Start"
    assert panel.add_action.text() == "Add item"
    assert panel.model.headerData(1, Qt.Orientation.Horizontal) == "Agenda item"


def test_leerer_ablauf_zeigt_einen_hinweis_und_die_schnellzeile_hat_den_fokus(
    qtbot, languages: LanguageManager, network_file: Path
):
    with Document.open(network_file) as doc:
        session = DocumentSession(doc)
        command = cmd.add_session(session, SessionDraft(SessionFormat.WORKSHOP, "Werkstatt"))
        assert session.push(command)
        assert command.uuid is not None
        panel = AgendaPanel()
        panel.set_context(session, command.uuid)
        bar = LiveBar()
        bar.set_context(session, command.uuid)
        _zeigen(qtbot, panel)
        assert bar.state == "empty"
        assert not bar.start_action.isEnabled()
        assert panel.empty_label.isVisible()
        assert not panel.table.isVisible()
        assert panel.summary_label.text() == ""
        panel.setFocus()
        qtbot.waitUntil(panel.quick_edit.hasFocus)
        qtbot.keyClicks(panel.quick_edit, "Check-in")
        qtbot.keyClick(panel.quick_edit, Qt.Key.Key_Return)
        assert _titel_auf_platte(network_file, command.uuid) == [("Check-in", 10)]
        assert panel.table.isVisible()
        assert bar.state == "ready"
        # Ohne Startzeit gibt es kein geplantes Ende, nur die Dauer.
        assert format_minutes(10) in panel.summary_label.text()
        assert panel.model.index(0, AgendaTableModel.PLANNED).data() == ""
        _fokus(qtbot, panel.table)
        qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
        assert _titel_auf_platte(network_file, command.uuid) == []
        assert panel.quick_edit.hasFocus()  # weiter tippen, ohne zur Maus zu greifen
        panel.set_context(None, None)
        bar.set_context(None, None)
