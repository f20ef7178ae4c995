"""Dialogs of the impact canvas: goal, indicator, measurement, milestone, frozen version.

Each dialog returns a draft and never writes to the store; its caller pushes the command.
Whether a draft may be saved is decided by the matching ``canvas_rules.check_*`` function:
while it reports a problem the OK button stays disabled and the first problem is shown in
a red line above the buttons. An empty required field the user has not typed into yet is
not reported there (the OK button's tooltip still says why it is disabled).

Numbers are typed as text in the user's locale ("12,5" in German); the other decimal
separator is accepted too. Dates are ISO strings (``YYYY-MM-DD``) or ``""`` for none.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ciworkshop.domain.canvas import (
    AMBITION_AIM,
    LEVELS,
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
from ciworkshop.domain.canvas_rules import (
    MSG_FIELD_REQUIRED,
    MSG_STATEMENT_REQUIRED,
    MSG_TARGET_GROUP_REQUIRED,
    check_goal,
    check_indicator,
    check_measurement,
    check_milestone,
    check_version,
)
from ciworkshop.domain.model import Actor
from ciworkshop.domain.rules import FIELD_LABELS, MSG_REQUIRED, Problem
from ciworkshop.ui.dialogs.base import FormDialog
from ciworkshop.ui.dialogs.base import field_text as _text
from ciworkshop.ui.dialogs.base import set_field_text as _set_text
from ciworkshop.ui.errors import problem_text
from ciworkshop.ui.formatting import (
    date_display_format,
    format_number,
    iso_from_qdate,
    parse_number,
    qdate_from_iso,
)
from ciworkshop.ui.i18n import translate

PROBLEM_COLOUR = "#C62828"  # the same red as the limit hint under a field

# Problems that only say "this required field is empty".
_REQUIRED_MESSAGES = {
    MSG_REQUIRED,
    MSG_FIELD_REQUIRED,
    MSG_STATEMENT_REQUIRED,
    MSG_TARGET_GROUP_REQUIRED,
}


class NumberEdit(QLineEdit):
    """A line edit for an optional number, typed in the user's locale."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = QLocale()
        self.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)

    def value(self) -> float | None:
        """The number, None when empty; raises ValueError when it is no number."""
        return parse_number(self.text(), QLocale())

    def set_value(self, value: float | None) -> None:
        self._locale = QLocale()
        self.setText(format_number(value, self._locale))

    def relocalize(self) -> None:
        """Rewrite the number in the current locale (after the language changed)."""
        new = QLocale()
        try:
            value = parse_number(self.text(), self._locale)
        except ValueError:
            value = None
        if value is not None:
            self.setText(format_number(value, new))
        self._locale = new


def _date_edit() -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_display_format())
    edit.setDate(QDate.currentDate())
    return edit


class OptionalDateEdit(QWidget):
    """A date that may be left out: a check box ("set") and a date field with a calendar.

    Unchecked, the date field is disabled and reads "no date"; ``iso()`` is then ``""``.
    """

    changed = Signal()

    def __init__(self, iso: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox()
        self.check.setObjectName("optionalDateCheck")
        self.date_edit = _date_edit()
        self.date_edit.setObjectName("optionalDateEdit")
        self._last = QDate.currentDate()
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.check)
        box.addWidget(self.date_edit, 1)
        # A form label's buddy must take focus; it hands it on to the check box or date.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.check.toggled.connect(self._on_check_toggled)
        self.date_edit.dateChanged.connect(self._on_date_changed)
        self.retranslate_ui()
        self.set_iso(iso)

    def iso(self) -> str:
        return iso_from_qdate(self.date_edit.date()) if self.check.isChecked() else ""

    def set_iso(self, iso: str) -> None:
        day = qdate_from_iso(iso)
        if day is not None:
            self._last = day
        if self.check.isChecked() == (day is not None):
            self._show_state()  # toggled() would not fire
        self.check.setChecked(day is not None)

    def retranslate_ui(self) -> None:
        self.check.setText(self.tr("Set"))
        self.check.setToolTip(self.tr("Tick to give a date; leave unticked for none."))
        self.date_edit.setDisplayFormat(date_display_format())
        no_date = self.tr("— no date —")
        if not self.check.isChecked():
            self.date_edit.setSpecialValueText(no_date)
        # Wide enough for "no date" and a date; the arrow and frame need about 3 em.
        metrics = self.date_edit.fontMetrics()
        text = max(metrics.horizontalAdvance(no_date), metrics.horizontalAdvance("00.00.0000"))
        self.date_edit.setMinimumWidth(text + 3 * metrics.height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _show_state(self) -> None:
        checked = self.check.isChecked()
        with QSignalBlocker(self.date_edit):
            if checked:
                self.date_edit.setSpecialValueText("")
                self.date_edit.setDate(self._last)
            else:
                self.date_edit.setSpecialValueText(self.tr("— no date —"))
                self.date_edit.setDate(self.date_edit.minimumDate())
        self.date_edit.setEnabled(checked)
        self.setFocusProxy(self.date_edit if checked else self.check)

    def _on_check_toggled(self, _checked: bool) -> None:
        self._show_state()
        self.changed.emit()

    def _on_date_changed(self, day: QDate) -> None:
        if self.check.isChecked():
            self._last = day
            self.changed.emit()


# ---------------------------------------------------------------- helpers


def _fill_combo(combo: QComboBox, texts: Sequence[str]) -> None:
    """Replace a combo's texts, keeping the selected index."""
    current = max(combo.currentIndex(), 0)
    with QSignalBlocker(combo):
        combo.clear()
        combo.addItems(list(texts))
        combo.setCurrentIndex(current)


def _field_label(name: str) -> str:
    return translate(FIELD_LABELS[name])


def _with_suffix(widget: QWidget, suffix: QLabel) -> QWidget:
    """``widget`` with a short label after it (a number and its unit)."""
    container = QWidget()
    box = QHBoxLayout(container)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(widget)
    box.addWidget(suffix)
    box.addStretch(1)
    container.setFocusProxy(widget)
    return container


def _plain_label(object_name: str) -> QLabel:
    """A label for user text: shown as typed, never as markup or with a mnemonic."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


# ---------------------------------------------------------------- base
class CanvasFormDialog(FormDialog):
    """A form dialog that checks its draft with a rule and shows the first problem."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ready = False
        self._quiet = False  # True while the dialog itself fills fields
        self._typed: set[str] = set()  # fields the user has typed into
        self._numbers: dict[str, NumberEdit] = {}
        self.problem_label = QLabel()
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(f"color: {PROBLEM_COLOUR};")
        policy = self.problem_label.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the buttons do not jump
        self.problem_label.setSizePolicy(policy)
        self.problem_label.hide()
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.buttons), self.problem_label)

    # ------------------------------------------------------------ building
    def add_number_field(self, name: str, *, object_name: str, suffix: QLabel) -> NumberEdit:
        edit = NumberEdit()
        edit.setObjectName(object_name)
        edit.setMaximumWidth(max(edit.fontMetrics().horizontalAdvance("0") * 16, 120))
        self._numbers[name] = edit
        label = self.add_row(name, _with_suffix(edit, suffix))
        label.setBuddy(edit)
        return edit

    def add_date_row(self, name: str, widget: QWidget) -> QLabel:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(widget)
        box.addStretch(1)
        label = self.add_row(name, row)
        label.setBuddy(widget)
        return label

    def finish(self) -> None:
        """Call at the end of a subclass's ``__init__``, after its fields are filled."""
        for watcher in self._watchers:
            name = watcher.field.objectName().removesuffix("Edit")
            watcher.field.textChanged.connect(lambda *_, n=name: self._on_typed(n))
        for name, edit in self._numbers.items():
            edit.textChanged.connect(lambda *_, n=name: self._on_typed(n))
        self._ready = True
        self.retranslate_ui()

    # ------------------------------------------------------------ checking
    def problems(self) -> list[Problem | str]:
        """What keeps the draft from being saved; a str is an already translated message."""
        return []

    def number_problems(self) -> dict[str, str]:
        """A message for each number field whose text is no number, by field name."""
        found: dict[str, str] = {}
        for name, edit in self._numbers.items():
            try:
                edit.value()
            except ValueError:
                # Not self.tr(): at run time that would look in the subclass's context.
                found[name] = QCoreApplication.translate(
                    "CanvasFormDialog", "“{field}” is not a number. Please write it like {example}."
                ).format(field=_field_label(name), example=format_number(1234.5))
        return found

    def number_value(self, name: str) -> float | None:
        """The number in field ``name``; NaN (refused by every rule) when it is no number."""
        try:
            return self._numbers[name].value()
        except ValueError:
            return math.nan

    def is_valid(self) -> bool:
        if not self._ready:
            return super().is_valid()
        return super().is_valid() and not self.problems()

    def _message(self, problem: Problem | str) -> str:
        return problem if isinstance(problem, str) else problem_text(problem)

    def _shown(self, problem: Problem | str) -> bool:
        return not (
            isinstance(problem, Problem)
            and problem.message in _REQUIRED_MESSAGES
            and problem.field not in self._typed
        )

    def _update_ok(self) -> None:
        if not self._ready:
            return
        found = self.problems()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(FormDialog.is_valid(self) and not found)
        ok.setToolTip(self._message(found[0]) if found else "")
        shown = [p for p in found if self._shown(p)]
        self.problem_label.setText(self._message(shown[0]) if shown else "")
        self.problem_label.setVisible(bool(shown))

    def _on_typed(self, name: str) -> None:
        if not self._quiet:
            self._typed.add(name)
        self._update_ok()

    # ------------------------------------------------------------ language
    def retranslate_ui(self) -> None:
        self._quiet = True
        try:
            for edit in self._numbers.values():
                edit.relocalize()
        finally:
            self._quiet = False
        self._update_ok()


# ---------------------------------------------------------------- goal
class GoalDialog(CanvasFormDialog):
    """An impact goal: level, statement, target group, rationale, ambition, status, actors."""

    def __init__(
        self,
        draft: GoalDraft | None,
        *,
        level: GoalLevel,
        actors: Sequence[Actor],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setMinimumWidth(600)
        self._is_new = draft is None
        draft = draft or GoalDraft(level=level, statement="")
        self._actors = tuple(actors)

        self.level_combo = QComboBox()
        self.level_combo.setObjectName("levelCombo")
        self.add_row("level", self.level_combo)
        self.statement_edit = self.add_text_field("statement", multiline=True)
        self.target_group_edit = self.add_text_field("target_group")
        self.rationale_edit = self.add_text_field("rationale", multiline=True)

        self.ambition_box = QWidget()
        self.ambition_box.setObjectName("ambitionBox")
        self.ambition_box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.ambition_group = QButtonGroup(self)
        ambition_layout = QVBoxLayout(self.ambition_box)
        ambition_layout.setContentsMargins(0, 0, 0, 0)
        ambition_layout.setSpacing(2)
        self.ambition_buttons: dict[Ambition, QRadioButton] = {}
        for ambition in Ambition:
            button = QRadioButton()
            button.setObjectName(f"ambition{ambition.value}Radio")
            if ambition.is_aim:
                font = QFont(button.font())
                font.setBold(True)
                button.setFont(font)
            self.ambition_group.addButton(button, ambition.value)
            ambition_layout.addWidget(button)
            self.ambition_buttons[ambition] = button
        self.add_row("ambition", self.ambition_box)

        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusCombo")
        self.add_row("status", self.status_combo)

        self.actor_list = QListWidget()
        self.actor_list.setObjectName("actorList")
        for actor in self._actors:
            text = actor.name
            if actor.short_name and actor.short_name != actor.name:
                text = f"{actor.name} ({actor.short_name})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, actor.uuid)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(
                Qt.CheckState.Checked
                if actor.uuid in draft.actor_uuids
                else Qt.CheckState.Unchecked
            )
            self.actor_list.addItem(item)
        if self.actor_list.count():
            self.actor_list.setCurrentRow(0)
            rows = min(max(self.actor_list.count(), 3), 7)
            frame = 2 * self.actor_list.frameWidth()
            self.actor_list.setMinimumHeight(self.actor_list.sizeHintForRow(0) * rows + frame)
        self.no_actors_label = QLabel()
        self.no_actors_label.setObjectName("noActorsLabel")
        self.no_actors_label.setWordWrap(True)
        self.no_actors_label.setStyleSheet("color: palette(placeholder-text);")
        actors_box = QWidget()
        actors_layout = QVBoxLayout(actors_box)
        actors_layout.setContentsMargins(0, 0, 0, 0)
        actors_layout.addWidget(self.actor_list)
        actors_layout.addWidget(self.no_actors_label)
        self.actor_list.setVisible(bool(self._actors))
        self.no_actors_label.setVisible(not self._actors)
        actors_label = self.add_row("actors", actors_box)
        actors_label.setBuddy(self.actor_list)

        self.level_combo.addItems([""] * len(LEVELS))
        self.level_combo.setCurrentIndex(LEVELS.index(draft.level))
        self.status_combo.addItems([""] * len(GoalStatus))
        self.status_combo.setCurrentIndex(list(GoalStatus).index(draft.status))
        self.ambition_buttons[draft.ambition].setChecked(True)
        self._on_ambition_toggled()
        _set_text(self.statement_edit, draft.statement)
        _set_text(self.target_group_edit, draft.target_group)
        _set_text(self.rationale_edit, draft.rationale)

        self.level_combo.currentIndexChanged.connect(self._on_level_changed)
        self.ambition_group.idToggled.connect(self._on_ambition_toggled)
        self.statement_edit.setFocus()
        self.finish()

    def _on_level_changed(self, _index: int) -> None:
        self._retranslate_target_group()
        self._update_ok()

    def _on_ambition_toggled(self, *_: object) -> None:
        checked = self.ambition_group.checkedButton()
        if checked is not None:
            self.ambition_box.setFocusProxy(checked)

    def level(self) -> GoalLevel:
        return LEVELS[self.level_combo.currentIndex()]

    def ambition(self) -> Ambition:
        checked = self.ambition_group.checkedId()
        return Ambition(checked) if checked > 0 else AMBITION_AIM

    def _retranslate_target_group(self) -> None:
        label = self._labels["target_group"]
        if self.level() is GoalLevel.PROJECT:
            label.setText(self.tr("&Target group (required):"))
        else:
            label.setText(self.tr("&Target group:"))
        label.setMinimumWidth(label.sizeHint().width())

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("New impact goal") if self._is_new else self.tr("Edit impact goal")
        )
        self.retranslate_labels({"actors": self.tr("Responsible a&ctors:")})
        self._retranslate_target_group()
        _fill_combo(self.level_combo, [translate(level.label) for level in LEVELS])
        _fill_combo(self.status_combo, [translate(status.label) for status in GoalStatus])
        for ambition, button in self.ambition_buttons.items():
            text = translate(ambition.label)
            if ambition.is_aim:
                text = self.tr("{ambition}  ◎ aim").format(ambition=text)
            button.setText(text)
        self.statement_edit.setPlaceholderText(
            self.tr("What shall be different, for whom, by when?")
        )
        self.no_actors_label.setText(
            self.tr("No actors yet. Add them under Actors & People first.")
        )
        super().retranslate_ui()

    def problems(self) -> list[Problem | str]:
        return list(check_goal(self.draft()))

    def actor_uuids(self) -> tuple[str, ...]:
        """The checked actors, in the order of the list."""
        items = (self.actor_list.item(row) for row in range(self.actor_list.count()))
        return tuple(
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def draft(self) -> GoalDraft:
        return GoalDraft(
            level=self.level(),
            statement=_text(self.statement_edit),
            target_group=_text(self.target_group_edit),
            rationale=_text(self.rationale_edit),
            ambition=self.ambition(),
            status=list(GoalStatus)[self.status_combo.currentIndex()],
            actor_uuids=self.actor_uuids(),
        )


# ---------------------------------------------------------------- indicator
class IndicatorDialog(CanvasFormDialog):
    """An indicator: what is measured, from which baseline to which target, and how."""

    def __init__(self, draft: IndicatorDraft | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(600)
        self._is_new = draft is None
        draft = draft or IndicatorDraft(name="")

        self.name_edit = self.add_text_field("name")
        self.unit_edit = self.add_text_field("unit")
        self.baseline_unit_label = _plain_label("baselineUnitLabel")
        self.baseline_edit = self.add_number_field(
            "baseline_value", object_name="baselineValueEdit", suffix=self.baseline_unit_label
        )
        self.baseline_date_edit = OptionalDateEdit(draft.baseline_date)
        self.baseline_date_edit.setObjectName("baselineDateEdit")
        self.add_date_row("baseline_date", self.baseline_date_edit)
        self.target_unit_label = _plain_label("targetUnitLabel")
        self.target_edit = self.add_number_field(
            "target_value", object_name="targetValueEdit", suffix=self.target_unit_label
        )
        self.target_date_edit = OptionalDateEdit(draft.target_date)
        self.target_date_edit.setObjectName("targetDateEdit")
        self.add_date_row("target_date", self.target_date_edit)
        self.method_combo = QComboBox()
        self.method_combo.setObjectName("methodCombo")
        self.add_row("method", self.method_combo)
        self.method_note_edit = self.add_text_field("method_note", multiline=True)
        self.method_note_edit.setMaximumHeight(120)
        self.source_edit = self.add_text_field("source")
        self.frequency_edit = self.add_text_field("frequency")

        self.method_combo.addItems([""] * (1 + len(CollectionMethod)))
        methods = [None, *CollectionMethod]
        self.method_combo.setCurrentIndex(methods.index(draft.method))
        _set_text(self.name_edit, draft.name)
        _set_text(self.unit_edit, draft.unit)
        self.baseline_edit.set_value(draft.baseline_value)
        self.target_edit.set_value(draft.target_value)
        _set_text(self.method_note_edit, draft.method_note)
        _set_text(self.source_edit, draft.source)
        _set_text(self.frequency_edit, draft.frequency)
        self._on_unit_changed()

        self.unit_edit.textChanged.connect(self._on_unit_changed)
        self.baseline_date_edit.changed.connect(self._update_ok)
        self.target_date_edit.changed.connect(self._update_ok)
        self.name_edit.setFocus()
        self.finish()

    def _on_unit_changed(self, *_: object) -> None:
        unit = _text(self.unit_edit)
        self.baseline_unit_label.setText(unit)
        self.target_unit_label.setText(unit)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New indicator") if self._is_new else self.tr("Edit indicator"))
        self.retranslate_labels(
            {
                "name": self.tr("&Name:"),
                "unit": self.tr("&Unit:"),
                "baseline_value": self.tr("&Baseline:"),
                "baseline_date": self.tr("Baseline &date:"),
                "target_value": self.tr("&Target:"),
                "target_date": self.tr("Tar&get date:"),
                "method": self.tr("&Method:"),
                "method_note": self.tr("Method deta&ils:"),
                "source": self.tr("&Source or owner:"),
                "frequency": self.tr("&Frequency:"),
            }
        )
        _fill_combo(
            self.method_combo,
            [self.tr("— not chosen —"), *(translate(m.label) for m in CollectionMethod)],
        )
        self.unit_edit.setPlaceholderText(self.tr("e.g. %, persons, schools"))
        self.frequency_edit.setPlaceholderText(self.tr("e.g. yearly in September"))
        super().retranslate_ui()

    def problems(self) -> list[Problem | str]:
        broken = self.number_problems()
        # An unparseable number is NaN in the draft; its own message says more.
        rest = [p for p in check_indicator(self.draft()) if p.field not in broken]
        return [*broken.values(), *rest]

    def draft(self) -> IndicatorDraft:
        methods = [None, *CollectionMethod]
        return IndicatorDraft(
            name=_text(self.name_edit),
            unit=_text(self.unit_edit),
            baseline_value=self.number_value("baseline_value"),
            baseline_date=self.baseline_date_edit.iso(),
            target_value=self.number_value("target_value"),
            target_date=self.target_date_edit.iso(),
            method=methods[self.method_combo.currentIndex()],
            method_note=_text(self.method_note_edit),
            source=_text(self.source_edit),
            frequency=_text(self.frequency_edit),
        )


# ---------------------------------------------------------------- measurement
class MeasurementDialog(CanvasFormDialog):
    """One value of an indicator on one date."""

    def __init__(
        self,
        draft: MeasurementDraft | None,
        *,
        unit: str = "",
        indicator_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._is_new = draft is None
        self.indicator_label = _plain_label("indicatorNameLabel")
        self.indicator_label.setWordWrap(True)
        self.indicator_label.setStyleSheet("font-weight: bold;")
        self.indicator_label.setText(indicator_name)
        if indicator_name:
            self.add_row("indicator", self.indicator_label)
        self.date_edit = _date_edit()
        self.date_edit.setObjectName("dateEdit")
        self.add_date_row("date", self.date_edit)
        self.unit_label = _plain_label("unitLabel")
        self.unit_label.setText(unit)
        self.value_edit = self.add_number_field(
            "value", object_name="valueEdit", suffix=self.unit_label
        )
        self.note_edit = self.add_text_field("measurement_note", multiline=True)

        if draft is not None:
            day = qdate_from_iso(draft.date)
            if day is not None:
                self.date_edit.setDate(day)
            self.value_edit.set_value(draft.value)
            _set_text(self.note_edit, draft.note)
        self.date_edit.dateChanged.connect(self._update_ok)
        self.value_edit.setFocus()
        self.finish()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("New measurement") if self._is_new else self.tr("Edit measurement")
        )
        self.retranslate_labels({"indicator": self.tr("Indicator:")})
        self.date_edit.setDisplayFormat(date_display_format())
        super().retranslate_ui()

    def problems(self) -> list[Problem | str]:
        broken = self.number_problems()
        found: list[Problem | str] = list(broken.values())
        if not broken and self.number_value("value") is None:
            found.append(Problem("value", MSG_FIELD_REQUIRED, (("field", "value"),)))
        # The value's own problems are the two above (NaN stands in for both).
        return found + [p for p in check_measurement(self.draft()) if p.field != "value"]

    def draft(self) -> MeasurementDraft:
        value = self.number_value("value")
        return MeasurementDraft(
            date=iso_from_qdate(self.date_edit.date()),
            value=math.nan if value is None else value,
            note=_text(self.note_edit),
        )


# ---------------------------------------------------------------- milestone
class MilestoneDialog(CanvasFormDialog):
    """A dated, checkable step towards a goal."""

    def __init__(self, draft: MilestoneDraft | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._is_new = draft is None
        draft = draft or MilestoneDraft(text="")
        self.text_edit = self.add_text_field("milestone_text")
        self.due_date_edit = OptionalDateEdit(draft.due_date)
        self.due_date_edit.setObjectName("dueDateEdit")
        self.add_date_row("due_date", self.due_date_edit)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusCombo")
        self.add_row("status", self.status_combo)
        self.owner_edit = self.add_text_field("owner")

        self.status_combo.addItems([""] * len(MilestoneStatus))
        self.status_combo.setCurrentIndex(list(MilestoneStatus).index(draft.status))
        _set_text(self.text_edit, draft.text)
        _set_text(self.owner_edit, draft.owner)
        self.due_date_edit.changed.connect(self._update_ok)
        self.text_edit.setFocus()
        self.finish()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New milestone") if self._is_new else self.tr("Edit milestone"))
        self.retranslate_labels()
        _fill_combo(self.status_combo, [translate(s.label) for s in MilestoneStatus])
        self.owner_edit.setPlaceholderText(self.tr("A person or an organisation"))
        super().retranslate_ui()

    def problems(self) -> list[Problem | str]:
        return list(check_milestone(self.draft()))

    def draft(self) -> MilestoneDraft:
        return MilestoneDraft(
            text=_text(self.text_edit),
            due_date=self.due_date_edit.iso(),
            status=list(MilestoneStatus)[self.status_combo.currentIndex()],
            owner=_text(self.owner_edit),
        )


# ---------------------------------------------------------------- version
class VersionDialog(CanvasFormDialog):
    """Freeze the agreed canvas under a label and the date it was agreed on."""

    def __init__(self, draft: VersionDraft | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A saved version always has a label, so a draft without one is a new version.
        self._is_new = draft is None or not draft.label.strip()
        self.explanation_label = QLabel()
        self.explanation_label.setObjectName("explanationLabel")
        self.explanation_label.setWordWrap(True)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.explanation_label)
        layout.insertSpacing(1, 6)
        self.label_edit = self.add_text_field("version_label")
        self.agreed_on_edit = _date_edit()
        self.agreed_on_edit.setObjectName("agreedOnEdit")
        self.add_date_row("agreed_on", self.agreed_on_edit)

        if draft is not None:
            _set_text(self.label_edit, draft.label)
            day = qdate_from_iso(draft.agreed_on)
            if day is not None:
                self.agreed_on_edit.setDate(day)
        self.agreed_on_edit.dateChanged.connect(self._update_ok)
        self.label_edit.setFocus()
        self.finish()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("Freeze the agreed canvas") if self._is_new else self.tr("Edit frozen version")
        )
        self.explanation_label.setText(
            self.tr(
                "A frozen version keeps today's canvas – vision, mission, goals, indicators "
                "and milestones – so later rounds can compare against it. You can go on "
                "editing the canvas afterwards."
            )
        )
        self.retranslate_labels({"agreed_on": self.tr("Agreed &on:")})
        self.label_edit.setPlaceholderText(self.tr("e.g. Agreed at the conference day on 12 March"))
        self.agreed_on_edit.setDisplayFormat(date_display_format())
        super().retranslate_ui()

    def problems(self) -> list[Problem | str]:
        return list(check_version(self.draft()))

    def draft(self) -> VersionDraft:
        return VersionDraft(
            label=_text(self.label_edit), agreed_on=iso_from_qdate(self.agreed_on_edit.date())
        )


__all__ = [
    "CanvasFormDialog",
    "GoalDialog",
    "IndicatorDialog",
    "MeasurementDialog",
    "MilestoneDialog",
    "NumberEdit",
    "OptionalDateEdit",
    "VersionDialog",
    "format_number",
    "parse_number",
]
