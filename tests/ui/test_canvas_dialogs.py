"""The impact-canvas dialogs, filled by keyboard: the drafts they return and what they refuse."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPushButton, QWidget

from ciworkshop.domain.canvas import (
    Ambition,
    CollectionMethod,
    GoalDraft,
    GoalLevel,
    GoalStatus,
    IndicatorDraft,
    MeasurementDraft,
    MilestoneDraft,
    MilestoneStatus,
    VersionDraft,
)
from ciworkshop.domain.model import Actor
from ciworkshop.ui.dialogs.canvas import (
    CanvasFormDialog,
    GoalDialog,
    IndicatorDialog,
    MeasurementDialog,
    MilestoneDialog,
    OptionalDateEdit,
    VersionDialog,
)
from ciworkshop.ui.formatting import format_number, parse_number

MARKUP = "Jugendliche <b>zuerst</b> & „alle“ 😀"
ACTORS = [
    Actor(uuid="a-jugendamt", name="Jugendamt Hellental", short_name="JA"),
    Actor(uuid="a-schule", name="Berufsschule <i>Nord</i>"),
    Actor(uuid="a-agentur", name="Agentur für Arbeit & Co 😀"),
]


def _ok(dialog: QWidget) -> QPushButton:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[attr-defined]
    assert button is not None
    return button


def _problem(dialog: QWidget) -> str | None:
    """The red line above the buttons, None while it is hidden."""
    label = dialog.findChild(QLabel, "problemLabel")
    assert label is not None
    return label.text() if label.isVisible() else None


def _hints(dialog: QWidget) -> list[str]:
    return [h.text() for h in dialog.findChildren(QLabel, "limitHint") if h.isVisible()]


def _label_of(dialog: QWidget, field: QWidget) -> str:
    (label,) = [lb for lb in dialog.findChildren(QLabel) if lb.buddy() is field]
    return label.text()


def _today() -> str:
    return QDate.currentDate().toString(Qt.DateFormat.ISODate)


def _show(qtbot, dialog: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def _focus(qtbot, key: Qt.Key) -> QWidget:  # type: ignore[no-untyped-def]
    """Press Alt+key (a label's mnemonic) and return the widget that got the focus."""
    qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


# ---------------------------------------------------------------- numbers
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12,5", 12.5),
        ("12.5", 12.5),
        ("1.234,5", 1234.5),
        ("1234,5", 1234.5),
        (" -3 ", -3.0),
        ("1 234,5", 1234.5),
        ("60", 60.0),
        ("", None),
        ("   ", None),
    ],
)
def test_german_numbers_are_read_with_either_decimal_separator(languages, text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["zwölf", "12,5,3", "1.2.3", "inf", "nan", "12 %"])
def test_what_is_no_number_is_refused(languages, text):
    with pytest.raises(ValueError, match=r"."):
        parse_number(text)


def test_english_numbers_accept_a_decimal_comma_too():
    english = QLocale(QLocale.Language.English)
    assert parse_number("1,234.5", english) == 1234.5
    assert parse_number("12,5", english) == 12.5
    assert format_number(1234.5, english) == "1234.5"


def test_numbers_are_shown_in_the_users_locale_without_a_trailing_zero(languages):
    assert [format_number(v) for v in (12.0, 1234.5, 0.1, -0.5, None)] == [
        "12",
        "1234,5",
        "0,1",
        "-0,5",
        "",
    ]


# ---------------------------------------------------------------- goal
def test_new_goal_filled_by_keyboard(qtbot, languages):
    dialog = GoalDialog(None, level=GoalLevel.SYSTEM, actors=ACTORS)
    _show(qtbot, dialog)
    assert dialog.level_combo.currentText() == "Systemebene"
    assert QApplication.focusWidget() is dialog.statement_edit
    assert not _ok(dialog).isEnabled()
    assert _problem(dialog) is None  # nothing typed yet: no nagging

    qtbot.keyClicks(dialog.statement_edit, "Mehr Ausbildung <b>jetzt</b> ")
    dialog.statement_edit.insertPlainText("🎓")  # pasted: QTest types ASCII only
    assert _ok(dialog).isEnabled()
    qtbot.keyClick(dialog.statement_edit, Qt.Key.Key_Tab)  # Tab leaves a multiline field
    assert QApplication.focusWidget() is dialog.target_group_edit
    qtbot.keyClicks(dialog.target_group_edit, "Klasse 8 bis 10")
    qtbot.keyClick(dialog.target_group_edit, Qt.Key.Key_Tab)
    dialog.rationale_edit.insertPlainText(MARKUP)
    qtbot.keyClick(dialog.rationale_edit, Qt.Key.Key_Tab)
    radio = QApplication.focusWidget()
    assert radio is dialog.ambition_buttons[Ambition.AMBITIOUS]  # a new goal aims there
    qtbot.keyClick(radio, Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.status_combo
    qtbot.keyClick(dialog.status_combo, Qt.Key.Key_Down)  # draft → agreed
    qtbot.keyClick(dialog.status_combo, Qt.Key.Key_Tab)
    actor_list = QApplication.focusWidget()
    assert actor_list is dialog.actor_list
    assert actor_list.objectName() == "actorList"
    # Tick the third actor, then the first: the draft keeps the list's order.
    qtbot.keyClick(actor_list, Qt.Key.Key_End)
    qtbot.keyClick(actor_list, Qt.Key.Key_Space)
    qtbot.keyClick(actor_list, Qt.Key.Key_Home)
    qtbot.keyClick(actor_list, Qt.Key.Key_Space)

    assert dialog.draft() == GoalDraft(
        level=GoalLevel.SYSTEM,
        statement="Mehr Ausbildung <b>jetzt</b> 🎓",
        target_group="Klasse 8 bis 10",
        rationale=MARKUP,
        ambition=Ambition.BOLD,
        status=GoalStatus.AGREED,
        actor_uuids=("a-jugendamt", "a-agentur"),
    )
    assert _ok(dialog).isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.actor_list, Qt.Key.Key_Return)


def test_goal_needs_a_statement_and_on_the_project_level_a_target_group(qtbot, languages):
    dialog = GoalDialog(None, level=GoalLevel.PROJECT, actors=ACTORS)
    _show(qtbot, dialog)
    assert dialog.level_combo.currentText() == "Projektebene"
    ok = _ok(dialog)
    assert not ok.isEnabled()
    assert _problem(dialog) is None

    qtbot.keyClicks(dialog.statement_edit, "Mehr Ausbildung")
    assert not ok.isEnabled()  # the target group is still missing ...
    assert _problem(dialog) is None  # ... but nobody typed there yet
    assert ok.toolTip() == "Ein Ziel auf der Projektebene braucht eine Zielgruppe."

    dialog.target_group_edit.setText("Klasse 8")
    assert ok.isEnabled()
    dialog.target_group_edit.setText("  ")
    assert not ok.isEnabled()
    assert _problem(dialog) == "Ein Ziel auf der Projektebene braucht eine Zielgruppe."

    dialog.statement_edit.clear()
    assert _problem(dialog) == "Bitte das Ziel formulieren."

    dialog.statement_edit.setPlainText("Mehr Ausbildung")
    dialog.level_combo.setCurrentIndex(1)  # the system level needs no target group
    assert ok.isEnabled()
    assert _problem(dialog) is None
    assert dialog.draft().level is GoalLevel.SYSTEM


def test_goal_text_over_the_limit_is_refused_not_truncated(qtbot, languages):
    dialog = GoalDialog(None, level=GoalLevel.SYSTEM, actors=[])
    _show(qtbot, dialog)
    dialog.statement_edit.setPlainText("x" * 501)
    assert not _ok(dialog).isEnabled()
    assert _hints(dialog) == ["1 Zeichen zu viel (höchstens 500)"]
    assert _problem(dialog) == "„Wirkungsziel“ ist 501 Zeichen lang; höchstens 500 passen."
    assert len(dialog.draft().statement) == 501  # nothing was cut
    dialog.statement_edit.setPlainText("x" * 500)
    assert _ok(dialog).isEnabled()
    assert _problem(dialog) is None


def test_editing_a_goal_shows_its_values(qtbot, languages):
    draft = GoalDraft(
        level=GoalLevel.KNOWLEDGE,
        statement=MARKUP,
        target_group="Eltern & Lehrkräfte",
        rationale="Weil\nes zählt.",
        ambition=Ambition.UTOPIAN,
        status=GoalStatus.ARCHIVED,
        actor_uuids=("a-agentur", "a-jugendamt"),
    )
    dialog = GoalDialog(draft, level=GoalLevel.PROJECT, actors=ACTORS)
    _show(qtbot, dialog)
    assert dialog.level_combo.currentText() == "Wissensebene"
    assert dialog.statement_edit.toPlainText() == MARKUP
    assert dialog.ambition_buttons[Ambition.UTOPIAN].isChecked()
    assert dialog.status_combo.currentText() == "Archiviert"
    items = [dialog.actor_list.item(row) for row in range(dialog.actor_list.count())]
    assert [(i.text(), i.checkState() == Qt.CheckState.Checked) for i in items] == [
        ("Jugendamt Hellental (JA)", True),
        ("Berufsschule <i>Nord</i>", False),
        ("Agentur für Arbeit & Co 😀", True),
    ]
    assert _ok(dialog).isEnabled()
    assert dialog.draft() == GoalDraft(
        level=GoalLevel.KNOWLEDGE,
        statement=MARKUP,
        target_group="Eltern & Lehrkräfte",
        rationale="Weil\nes zählt.",
        ambition=Ambition.UTOPIAN,
        status=GoalStatus.ARCHIVED,
        actor_uuids=("a-jugendamt", "a-agentur"),  # in the order of the list
    )


def test_ambition_marks_the_aim_and_labels_reach_their_fields(qtbot, languages):
    dialog = GoalDialog(None, level=GoalLevel.PROJECT, actors=ACTORS)
    _show(qtbot, dialog)
    aim = dialog.ambition_buttons[Ambition.AMBITIOUS]
    assert aim.text().startswith("Ambitioniert, aber erreichbar")
    assert "◎" in aim.text()
    assert aim.font().weight() == QFont.Weight.Bold
    others = [b for a, b in dialog.ambition_buttons.items() if a is not Ambition.AMBITIOUS]
    assert [b.text() for b in others] == ["Zu leicht", "Bescheiden", "Mutig", "Utopisch"]
    assert all(b.font().weight() != QFont.Weight.Bold for b in others)
    # The target group's label says it is required, on the project level only.
    required = _label_of(dialog, dialog.target_group_edit)
    dialog.level_combo.setCurrentIndex(1)
    assert _label_of(dialog, dialog.target_group_edit) not in {required, ""}
    dialog.level_combo.setCurrentIndex(0)
    assert _label_of(dialog, dialog.target_group_edit) == required
    # The mnemonics of the German field labels move the focus.
    assert _focus(qtbot, Qt.Key.Key_A) is aim  # &Anspruch
    assert _focus(qtbot, Qt.Key.Key_E) is dialog.level_combo  # &Ebene
    assert _focus(qtbot, Qt.Key.Key_W) is dialog.statement_edit  # &Wirkungsziel
    assert _focus(qtbot, Qt.Key.Key_B) is dialog.rationale_edit  # &Begründung


def test_goal_without_actors_says_where_to_add_them(qtbot, languages):
    dialog = GoalDialog(None, level=GoalLevel.SYSTEM, actors=[])
    _show(qtbot, dialog)
    assert not dialog.actor_list.isVisible()
    hint = dialog.findChild(QLabel, "noActorsLabel")
    assert hint is not None
    assert hint.isVisible()
    assert hint.text()
    dialog.statement_edit.setPlainText("Ziel")
    assert dialog.draft().actor_uuids == ()


# ---------------------------------------------------------------- indicator
def test_new_indicator_filled_by_keyboard(qtbot, languages):
    dialog = IndicatorDialog(None)
    _show(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.name_edit
    assert not _ok(dialog).isEnabled()
    assert _problem(dialog) is None

    qtbot.keyClicks(dialog.name_edit, "Uebergangsquote <b>Ausbildung</b>")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.unit_edit, "%")
    qtbot.keyClick(dialog.unit_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.baseline_edit, "1.234,5")  # German, with a thousands dot
    qtbot.keyClick(dialog.baseline_edit, Qt.Key.Key_Tab)
    check = QApplication.focusWidget()
    assert check is dialog.baseline_date_edit.check
    qtbot.keyClick(check, Qt.Key.Key_Space)  # give a date: today, then change it
    assert dialog.baseline_date_edit.iso() == _today()
    dialog.baseline_date_edit.date_edit.setDate(QDate(2024, 9, 1))
    qtbot.keyClick(check, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.baseline_date_edit.date_edit
    dialog.target_edit.setFocus()
    qtbot.keyClicks(dialog.target_edit, "60")
    dialog.target_date_edit.set_iso("2027-09-01")
    dialog.method_combo.setFocus()
    qtbot.keyClick(dialog.method_combo, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.method_combo, Qt.Key.Key_Down)  # survey → interview
    qtbot.keyClick(dialog.method_combo, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.method_note_edit
    dialog.method_note_edit.insertPlainText(MARKUP)
    qtbot.keyClick(dialog.method_note_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.source_edit, "Schulamt")
    qtbot.keyClick(dialog.source_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.frequency_edit, "jaehrlich")

    assert dialog.baseline_unit_label.text() == "%"
    assert _ok(dialog).isEnabled()
    assert dialog.draft() == IndicatorDraft(
        name="Uebergangsquote <b>Ausbildung</b>",
        unit="%",
        baseline_value=1234.5,
        baseline_date="2024-09-01",
        target_value=60.0,
        target_date="2027-09-01",
        method=CollectionMethod.INTERVIEW,
        method_note=MARKUP,
        source="Schulamt",
        frequency="jaehrlich",
    )


def test_indicator_refuses_a_number_it_cannot_read(qtbot, languages):
    dialog = IndicatorDialog(None)
    _show(qtbot, dialog)
    dialog.name_edit.setText("Quote")
    assert _ok(dialog).isEnabled()
    dialog.baseline_edit.setText("zwölf")
    assert not _ok(dialog).isEnabled()
    message = _problem(dialog)
    assert message is not None
    assert "Ausgangswert" in message
    assert "1234,5" in message  # an example in the user's spelling
    assert math.isnan(dialog.draft().baseline_value or 0.0)  # never silently dropped
    dialog.baseline_edit.setText("12.5")
    assert _ok(dialog).isEnabled()
    assert _problem(dialog) is None
    assert dialog.draft().baseline_value == 12.5
    dialog.baseline_edit.clear()
    assert dialog.draft().baseline_value is None
    assert _ok(dialog).isEnabled()


def test_indicator_checks_names_lengths_and_date_order(qtbot, languages):
    dialog = IndicatorDialog(None)
    _show(qtbot, dialog)
    dialog.name_edit.setText("Quote")
    dialog.name_edit.clear()
    assert _problem(dialog) == "Bitte geben Sie einen Namen ein."
    dialog.name_edit.setText("Quote")
    dialog.unit_edit.setText("u" * 41)
    assert not _ok(dialog).isEnabled()
    assert _hints(dialog) == ["1 Zeichen zu viel (höchstens 40)"]
    assert dialog.draft().unit == "u" * 41  # not truncated
    dialog.unit_edit.setText("%")
    dialog.baseline_date_edit.set_iso("2026-03-12")
    dialog.target_date_edit.set_iso("2025-01-01")
    assert not _ok(dialog).isEnabled()
    assert _problem(dialog) == "Das Zieldatum liegt vor dem Datum des Ausgangswerts."
    dialog.target_date_edit.set_iso("")
    assert _ok(dialog).isEnabled()


def test_editing_an_indicator_shows_its_values(qtbot, languages):
    draft = IndicatorDraft(
        name=MARKUP,
        unit="<b>%</b>",
        baseline_value=1234.5,
        baseline_date="2024-09-01",
        target_value=60.0,
        target_date="",
        method=CollectionMethod.OFFICIAL_STATISTICS,
        method_note="Schulstatistik\nzweite Zeile",
        source="Landesamt",
        frequency="jährlich",
    )
    dialog = IndicatorDialog(draft)
    _show(qtbot, dialog)
    assert dialog.baseline_edit.text() == "1234,5"
    assert dialog.target_edit.text() == "60"
    assert dialog.baseline_unit_label.text() == "<b>%</b>"
    assert dialog.baseline_unit_label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.baseline_date_edit.check.isChecked()
    assert dialog.baseline_date_edit.date_edit.date() == QDate(2024, 9, 1)
    assert dialog.baseline_date_edit.date_edit.text() == "01.09.2024"
    assert not dialog.target_date_edit.check.isChecked()
    assert not dialog.target_date_edit.date_edit.isEnabled()
    assert dialog.method_combo.currentText() == "Amtliche Statistik"
    assert _ok(dialog).isEnabled()
    assert dialog.draft() == draft


def test_indicator_method_can_stay_unchosen(qtbot, languages):
    dialog = IndicatorDialog(IndicatorDraft(name="Quote", method=CollectionMethod.SURVEY))
    _show(qtbot, dialog)
    assert dialog.method_combo.count() == 1 + len(CollectionMethod)
    dialog.method_combo.setCurrentIndex(0)
    assert dialog.draft() == IndicatorDraft(name="Quote", method=None)


def test_optional_date_edit(qtbot, languages):
    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    edit.show()
    assert edit.iso() == ""
    assert not edit.date_edit.isEnabled()
    assert edit.date_edit.text() == edit.date_edit.specialValueText() != ""
    assert edit.date_edit.displayFormat() == "dd.MM.yyyy"
    with qtbot.waitSignal(edit.changed):
        edit.set_iso("2026-03-12")
    assert edit.iso() == "2026-03-12"
    assert edit.date_edit.text() == "12.03.2026"
    edit.check.setChecked(False)
    assert edit.iso() == ""
    edit.check.setChecked(True)  # the date comes back
    assert edit.iso() == "2026-03-12"
    edit.set_iso("not a date")
    assert edit.iso() == ""


# ---------------------------------------------------------------- measurement
def test_new_measurement_filled_by_keyboard(qtbot, languages):
    dialog = MeasurementDialog(None, unit="<b>%</b>", indicator_name="Quote <i>neu</i> 😀")
    _show(qtbot, dialog)
    assert dialog.date_edit.date() == QDate.currentDate()
    assert dialog.unit_label.text() == "<b>%</b>"
    assert dialog.unit_label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.indicator_label.text() == "Quote <i>neu</i> 😀"
    assert dialog.indicator_label.textFormat() == Qt.TextFormat.PlainText
    assert QApplication.focusWidget() is dialog.value_edit
    assert not _ok(dialog).isEnabled()  # the value is required ...
    assert _problem(dialog) is None  # ... but nobody typed yet

    qtbot.keyClicks(dialog.value_edit, "12,5")
    qtbot.keyClick(dialog.value_edit, Qt.Key.Key_Tab)
    dialog.note_edit.insertPlainText(MARKUP)
    dialog.date_edit.setDate(QDate(2026, 3, 12))
    assert _ok(dialog).isEnabled()
    assert dialog.draft() == MeasurementDraft(date="2026-03-12", value=12.5, note=MARKUP)


def test_measurement_needs_a_readable_value(qtbot, languages):
    dialog = MeasurementDialog(None)
    _show(qtbot, dialog)
    assert not dialog.indicator_label.isVisible()  # no indicator named, no row
    qtbot.keyClicks(dialog.value_edit, "12x")
    assert not _ok(dialog).isEnabled()
    assert "Wert" in (_problem(dialog) or "")
    dialog.value_edit.clear()
    assert not _ok(dialog).isEnabled()
    assert _problem(dialog) == "Bitte „Wert“ ausfüllen."
    assert math.isnan(dialog.draft().value)
    dialog.value_edit.setText("0")
    assert _ok(dialog).isEnabled()
    assert dialog.draft() == MeasurementDraft(date=_today(), value=0.0)
    dialog.note_edit.setPlainText("n" * 5_001)
    assert not _ok(dialog).isEnabled()
    assert len(dialog.draft().note) == 5_001


def test_editing_a_measurement_shows_its_values(qtbot, languages):
    draft = MeasurementDraft(date="2025-09-30", value=1234.5, note=MARKUP)
    dialog = MeasurementDialog(draft, unit="Schulen")
    _show(qtbot, dialog)
    assert dialog.value_edit.text() == "1234,5"
    assert dialog.date_edit.text() == "30.09.2025"
    assert dialog.note_edit.toPlainText() == MARKUP
    assert _ok(dialog).isEnabled()
    assert dialog.draft() == draft


# ---------------------------------------------------------------- milestone
def test_new_milestone_filled_by_keyboard(qtbot, languages):
    dialog = MilestoneDialog(None)
    _show(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.text_edit
    assert not _ok(dialog).isEnabled()
    assert _problem(dialog) is None
    qtbot.keyClicks(dialog.text_edit, "Vertrag <b>unterschrieben</b> ")
    dialog.text_edit.insert("✍️")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # give a due date
    dialog.due_date_edit.date_edit.setDate(QDate(2026, 6, 30))
    dialog.status_combo.setFocus()
    qtbot.keyClick(dialog.status_combo, Qt.Key.Key_Down)  # open → reached
    qtbot.keyClick(dialog.status_combo, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.owner_edit
    qtbot.keyClicks(dialog.owner_edit, "Jugendamt & Schule")
    assert dialog.draft() == MilestoneDraft(
        text="Vertrag <b>unterschrieben</b> ✍️",
        due_date="2026-06-30",
        status=MilestoneStatus.REACHED,
        owner="Jugendamt & Schule",
    )
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.owner_edit, Qt.Key.Key_Return)


def test_milestone_text_is_required_and_limited(qtbot, languages):
    dialog = MilestoneDialog(MilestoneDraft(text="Vertrag", owner="o" * 200))
    _show(qtbot, dialog)
    assert _ok(dialog).isEnabled()
    dialog.owner_edit.setText("o" * 201)
    assert not _ok(dialog).isEnabled()
    assert _problem(dialog) == "„Verantwortlich“ ist 201 Zeichen lang; höchstens 200 passen."
    assert len(dialog.draft().owner) == 201
    dialog.owner_edit.setText("Jugendamt")
    dialog.text_edit.clear()
    assert _problem(dialog) == "Bitte „Meilenstein“ ausfüllen."
    assert not _ok(dialog).isEnabled()


def test_editing_a_milestone_shows_its_values(qtbot, languages):
    draft = MilestoneDraft(
        text=MARKUP, due_date="2026-06-30", status=MilestoneStatus.MISSED, owner="Stadt"
    )
    dialog = MilestoneDialog(draft)
    _show(qtbot, dialog)
    assert dialog.text_edit.text() == MARKUP
    assert dialog.due_date_edit.date_edit.text() == "30.06.2026"
    assert dialog.status_combo.currentText() == "Verfehlt"
    assert dialog.draft() == draft
    dialog.due_date_edit.check.setChecked(False)
    assert dialog.draft().due_date == ""


# ---------------------------------------------------------------- version
def test_freezing_a_version(qtbot, languages):
    dialog = VersionDialog(None)
    _show(qtbot, dialog)
    explanation = dialog.findChild(QLabel, "explanationLabel")
    assert explanation is not None
    assert explanation.isVisible()
    assert explanation.text()
    assert dialog.label_edit.placeholderText()
    assert dialog.agreed_on_edit.date() == QDate.currentDate()
    assert QApplication.focusWidget() is dialog.label_edit
    assert not _ok(dialog).isEnabled()
    assert _problem(dialog) is None
    qtbot.keyClicks(dialog.label_edit, "Beschlossen beim Fachtag ")
    dialog.label_edit.insert("am 12. März 🎉 <b>")
    assert dialog.draft() == VersionDraft(
        label="Beschlossen beim Fachtag am 12. März 🎉 <b>", agreed_on=_today()
    )
    dialog.agreed_on_edit.setDate(QDate(2026, 3, 12))
    assert dialog.draft().agreed_on == "2026-03-12"
    dialog.label_edit.clear()
    assert _problem(dialog) == "Bitte „Bezeichnung“ ausfüllen."
    dialog.label_edit.setText("v" * 201)
    assert not _ok(dialog).isEnabled()
    assert len(dialog.draft().label) == 201


def test_editing_a_version_shows_its_values(qtbot, languages):
    draft = VersionDraft(label=MARKUP, agreed_on="2026-03-12")
    dialog = VersionDialog(draft)
    _show(qtbot, dialog)
    assert dialog.label_edit.text() == MARKUP
    assert dialog.agreed_on_edit.text() == "12.03.2026"
    assert _ok(dialog).isEnabled()
    assert dialog.draft() == draft


# ---------------------------------------------------------------- language
def test_switching_language_keeps_choices_and_rewrites_numbers(qtbot, languages):
    dialog = IndicatorDialog(
        IndicatorDraft(
            name="Quote",
            baseline_value=1234.5,
            baseline_date="2024-09-01",
            method=CollectionMethod.OBSERVATION,
        )
    )
    _show(qtbot, dialog)
    goal = GoalDialog(None, level=GoalLevel.KNOWLEDGE, actors=ACTORS)
    _show(qtbot, goal)
    goal.status_combo.setCurrentIndex(1)
    assert dialog.method_combo.currentText() == "Beobachtung"
    assert dialog.baseline_edit.text() == "1234,5"
    before = dialog.draft()

    languages.set_language("en")
    QCoreApplication.sendPostedEvents()
    assert dialog.method_combo.currentText() == "Observation"
    assert dialog.baseline_edit.text() == "1234.5"
    assert dialog.baseline_date_edit.date_edit.text() == "9/1/2024"
    assert _label_of(dialog, dialog.baseline_edit) == "&Baseline:"
    assert dialog.draft() == before
    assert goal.windowTitle() == "New impact goal"
    assert goal.level_combo.currentText() == "Knowledge level"
    assert goal.status_combo.currentText() == "Agreed"
    assert goal.ambition_buttons[Ambition.TOO_EASY].text() == "Too easy"

    languages.set_language("de")
    QCoreApplication.sendPostedEvents()
    assert dialog.baseline_edit.text() == "1234,5"
    assert dialog.method_combo.currentText() == "Beobachtung"
    assert dialog.draft() == before


def test_dialogs_share_one_problem_line_above_the_buttons(qtbot, languages):
    dialogs: list[CanvasFormDialog] = [
        GoalDialog(None, level=GoalLevel.PROJECT, actors=ACTORS),
        IndicatorDialog(None),
        MeasurementDialog(None),
        MilestoneDialog(None),
        VersionDialog(None),
    ]
    for dialog in dialogs:
        _show(qtbot, dialog)
        label = dialog.findChild(QLabel, "problemLabel")
        assert label is not None
        layout = dialog.layout()
        assert layout.indexOf(label) == layout.indexOf(dialog.buttons) - 1
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert not label.isVisible()
        assert not _ok(dialog).isEnabled()


def test_a_version_draft_without_a_label_is_a_new_version(qtbot, languages):
    new = VersionDialog(None)
    prefilled = VersionDialog(VersionDraft(label="", agreed_on="2026-03-12"))
    edited = VersionDialog(VersionDraft(label="Fachtag", agreed_on="2026-03-12"))
    for dialog in (new, prefilled, edited):
        qtbot.addWidget(dialog)
    assert prefilled.windowTitle() == new.windowTitle() != edited.windowTitle()
    assert prefilled.agreed_on_edit.date() == QDate(2026, 3, 12)
