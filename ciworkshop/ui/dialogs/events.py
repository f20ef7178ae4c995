"""Dialogs of events and sessions: event, session (with its starting agenda), agenda item,
and the name of an agenda template.

Each returns a draft and never writes anything; its caller pushes the command. As in the
canvas dialogs, the matching ``event_rules.check_*`` decides whether OK is enabled, and
the first problem is shown in German in a red line above the buttons; nothing typed is
ever thrown away.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ciworkshop.domain.event_rules import (
    PLANNED_MINUTES_MAX,
    check_agenda_item,
    check_event,
    check_session,
)
from ciworkshop.domain.events import (
    AgendaItemDraft,
    Event,
    EventDraft,
    SessionDraft,
    SessionFormat,
    template_drafts,
)
from ciworkshop.domain.rules import Problem
from ciworkshop.ui.agenda_templates import TEMPLATE_NAME_MAX, AgendaTemplate, templates_for
from ciworkshop.ui.dialogs.base import field_text as _text
from ciworkshop.ui.dialogs.base import set_field_text as _set_text
from ciworkshop.ui.dialogs.canvas import CanvasFormDialog, OptionalDateEdit
from ciworkshop.ui.dialogs.limits import LimitWatcher
from ciworkshop.ui.formatting import format_date
from ciworkshop.ui.i18n import translate

FORMATS: tuple[SessionFormat, ...] = tuple(SessionFormat)

# "9:30", "9.30", "09:30 Uhr", "930" and "9" as people type them; stored as HH:MM.
_LOOSE_TIME = re.compile(r"(\d{1,2})(?:[:.h]?(\d{2}))?(?:\s*uhr)?", re.IGNORECASE)


def normalize_time(text: str) -> str:
    """A typed clock time in the file's spelling (``HH:MM``) when it can be read as one;
    otherwise the text unchanged (the rule then says what is wrong)."""
    stripped = text.strip()
    found = _LOOSE_TIME.fullmatch(stripped)
    if not found:
        return stripped
    hours, minutes = int(found[1]), int(found[2] or 0)
    if hours > 23 or minutes > 59:
        return stripped
    return f"{hours:02d}:{minutes:02d}"


def format_minutes(minutes: int) -> str:
    """A duration for people: "45 min", "2 h", "2 h 30 min"."""
    hours, rest = divmod(max(0, minutes), 60)
    if not hours:
        return QCoreApplication.translate("Duration", "{minutes} min").format(minutes=rest)
    if not rest:
        return QCoreApplication.translate("Duration", "{hours} h").format(hours=hours)
    return QCoreApplication.translate("Duration", "{hours} h {minutes} min").format(
        hours=hours, minutes=rest
    )


def _fill_combo(combo: QComboBox, texts: Sequence[str]) -> None:
    """Replace a combo's texts, keeping the selected index and the item data."""
    current = max(combo.currentIndex(), 0)
    with QSignalBlocker(combo):
        for index, text in enumerate(texts):
            if index < combo.count():
                combo.setItemText(index, text)
        combo.setCurrentIndex(current)


def _minutes_box(object_name: str) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(object_name)
    box.setRange(0, PLANNED_MINUTES_MAX)
    box.setSingleStep(5)
    box.setAccelerated(True)
    box.setMinimumWidth(box.fontMetrics().horizontalAdvance("0000 min") + 40)
    return box


# ---------------------------------------------------------------- event
class EventDialog(CanvasFormDialog):
    """An event such as a Fachtag: title, date (optional) and place."""

    def __init__(self, draft: EventDraft | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._is_new = draft is None
        draft = draft or EventDraft(title="")
        self.title_edit = self.add_text_field("event_title")
        self.date_edit = OptionalDateEdit(draft.date)
        self.date_edit.setObjectName("eventDateEdit")
        self.add_date_row("date", self.date_edit)
        self.place_edit = self.add_text_field("place")
        _set_text(self.title_edit, draft.title)
        _set_text(self.place_edit, draft.place)
        self.date_edit.changed.connect(self._update_ok)
        self.title_edit.setFocus()
        self.finish()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New event") if self._is_new else self.tr("Edit event"))
        self.retranslate_labels(
            {
                "event_title": self.tr("&Title:"),
                "date": self.tr("&Date:"),
                "place": self.tr("&Place:"),
            }
        )
        self.title_edit.setPlaceholderText(self.tr("e.g. Fachtag Übergang Schule–Beruf 2026"))
        self.place_edit.setPlaceholderText(self.tr("e.g. Town hall, large hall"))
        super().retranslate_ui()

    def problems(self) -> list[Problem | str]:
        return list(check_event(self.draft()))

    def draft(self) -> EventDraft:
        return EventDraft(
            title=_text(self.title_edit), date=self.date_edit.iso(), place=_text(self.place_edit)
        )


# ---------------------------------------------------------------- session
class SessionDialog(CanvasFormDialog):
    """A session: format, title, event, date and time, place, roles, guiding question.

    A new session also gets a starting agenda: the format's built-in template, one of the
    user's saved templates for that format, or none; the chosen items are previewed with
    their minutes. Changing the format switches to that format's built-in template.
    """

    def __init__(
        self,
        draft: SessionDraft | None,
        events: Sequence[Event],
        parent: QWidget | None = None,
        *,
        templates: Sequence[AgendaTemplate] = (),
        event_uuid: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setMinimumWidth(640)
        self._is_new = draft is None
        draft = draft or SessionDraft(
            format=SessionFormat.ROUND_TABLE, title="", event_uuid=event_uuid
        )
        self._events = list(events)
        self._templates = list(templates)
        self._date_touched = bool(draft.date)

        self.format_combo = QComboBox()
        self.format_combo.setObjectName("formatCombo")
        self.format_combo.addItems([""] * len(FORMATS))
        self.add_row("format", self.format_combo)
        self.title_edit = self.add_text_field("session_title")
        self.event_combo = QComboBox()
        self.event_combo.setObjectName("eventCombo")
        self.event_combo.addItem("", None)
        for event in self._events:
            label = f"{event.title} ({format_date(event.date)})" if event.date else event.title
            self.event_combo.addItem(label, event.uuid)
        self.add_row("event", self.event_combo)
        self.date_edit = OptionalDateEdit(draft.date)
        self.date_edit.setObjectName("sessionDateEdit")
        self.add_date_row("date", self.date_edit)
        self.start_time_edit = QLineEdit()
        self.start_time_edit.setObjectName("startTimeEdit")
        self.start_time_edit.setMaximumWidth(
            self.start_time_edit.fontMetrics().horizontalAdvance("00:00") * 3
        )
        self.add_date_row("start_time", self.start_time_edit)
        self.place_edit = self.add_text_field("place")
        self.facilitator_edit = self.add_text_field("facilitator")
        self.note_taker_edit = self.add_text_field("note_taker")
        self.question_edit = self.add_text_field("guiding_question", multiline=True)
        self.question_edit.setMaximumHeight(110)

        self.template_combo = QComboBox()
        self.template_combo.setObjectName("templateCombo")
        self.preview = QListWidget()
        self.preview.setObjectName("templatePreview")
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.preview.setMinimumHeight(self.preview.fontMetrics().height() * 7)
        self.preview_total = QLabel()
        self.preview_total.setObjectName("templateTotal")
        self.preview_total.setStyleSheet("color: #546E7A;")
        template_box = QWidget()
        box = QVBoxLayout(template_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.template_combo)
        box.addWidget(self.preview)
        box.addWidget(self.preview_total)
        template_box.setFocusProxy(self.template_combo)
        template_label = self.add_row("template", template_box)
        template_label.setBuddy(self.template_combo)
        template_label.setVisible(self._is_new)
        template_box.setVisible(self._is_new)

        self.format_combo.setCurrentIndex(FORMATS.index(draft.format))
        self.event_combo.setCurrentIndex(max(0, self.event_combo.findData(draft.event_uuid)))
        _set_text(self.title_edit, draft.title)
        self.start_time_edit.setText(draft.start_time)
        _set_text(self.place_edit, draft.place)
        _set_text(self.facilitator_edit, draft.facilitator)
        _set_text(self.note_taker_edit, draft.note_taker)
        _set_text(self.question_edit, draft.guiding_question)
        if self._is_new and not draft.date:
            self._date_from_event()
        self._fill_templates()

        self.format_combo.currentIndexChanged.connect(self._on_format_changed)
        self.event_combo.currentIndexChanged.connect(self._on_event_changed)
        self.template_combo.currentIndexChanged.connect(self._show_preview)
        self.date_edit.changed.connect(self._on_date_changed)
        self.start_time_edit.textChanged.connect(self._update_ok)
        self.start_time_edit.editingFinished.connect(self._on_start_time_finished)
        self.title_edit.setFocus()
        self.finish()

    # ------------------------------------------------------------ reactions
    def _on_format_changed(self, _index: int) -> None:
        self._fill_templates()

    def _on_event_changed(self, _index: int) -> None:
        if not self._date_touched:
            self._date_from_event()
        self._update_ok()

    def _date_from_event(self) -> None:
        # A session of an event usually takes place on the event's day.
        event = self.selected_event()
        if event is not None and event.date:
            with QSignalBlocker(self.date_edit):
                self.date_edit.set_iso(event.date)

    def _on_date_changed(self) -> None:
        self._date_touched = True
        self._update_ok()

    def _on_start_time_finished(self) -> None:
        normal = normalize_time(self.start_time_edit.text())
        if normal != self.start_time_edit.text():
            self.start_time_edit.setText(normal)

    # ------------------------------------------------------------ templates
    def session_format(self) -> SessionFormat:
        return FORMATS[max(0, self.format_combo.currentIndex())]

    def selected_event(self) -> Event | None:
        uuid = self.event_combo.currentData()
        return next((e for e in self._events if e.uuid == uuid), None)

    def user_templates(self) -> list[AgendaTemplate]:
        """The saved templates offered for the chosen format."""
        return templates_for(self._templates, self.session_format())

    def _fill_templates(self) -> None:
        # Entries: the built-in template ("builtin"), each saved one (its index), none ("").
        with QSignalBlocker(self.template_combo):
            self.template_combo.clear()
            self.template_combo.addItem("", "builtin")
            for index, template in enumerate(self.user_templates()):
                self.template_combo.addItem(template.name, index)
            self.template_combo.addItem("", "")
            self.template_combo.setCurrentIndex(0)
        self._retranslate_templates()
        self._show_preview()

    def _retranslate_templates(self) -> None:
        fmt = translate(self.session_format().label)
        self.template_combo.setItemText(
            0, self.tr("Standard agenda for “{format}”").format(format=fmt)
        )
        for row, template in enumerate(self.user_templates(), start=1):
            self.template_combo.setItemText(
                row, self.tr("My template: {name}").format(name=template.name)
            )
        self.template_combo.setItemText(
            self.template_combo.count() - 1, self.tr("Empty agenda (add items later)")
        )

    def agenda(self) -> list[AgendaItemDraft]:
        """The starting agenda chosen for a new session (always empty when editing)."""
        if not self._is_new:
            return []
        choice = self.template_combo.currentData()
        if choice == "builtin":
            return list(template_drafts(self.session_format(), translate))
        if isinstance(choice, int):
            return list(self.user_templates()[choice].items)
        return []

    def _show_preview(self, *_: object) -> None:
        items = self.agenda()
        self.preview.clear()
        for item in items:
            row = QListWidgetItem(f"{format_minutes(item.planned_minutes)}\t{item.title}")
            row.setToolTip(item.title)
            self.preview.addItem(row)
        if items:
            self.preview_total.setText(
                SessionDialog.tr("%n item(s), together {duration}", "", len(items)).format(
                    duration=format_minutes(sum(i.planned_minutes for i in items))
                )
            )
        else:
            self.preview_total.setText(
                self.tr("The session starts without agenda items; add them on the Agenda tab.")
            )
        self.preview.setEnabled(bool(items))

    # ------------------------------------------------------------ language
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New session") if self._is_new else self.tr("Edit session"))
        self.retranslate_labels(
            {
                "format": self.tr("&Format:"),
                "session_title": self.tr("&Title:"),
                "event": self.tr("&Event:"),
                "date": self.tr("&Date:"),
                "start_time": self.tr("&Start time:"),
                "place": self.tr("&Place or table:"),
                "facilitator": self.tr("Faci&litator:"),
                "note_taker": self.tr("&Note-taker:"),
                "guiding_question": self.tr("&Guiding question:"),
                "template": self.tr("&Agenda:"),
            }
        )
        _fill_combo(self.format_combo, [translate(f.label) for f in FORMATS])
        self.event_combo.setItemText(0, self.tr("— none (a session on its own) —"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Round table: transitions between schools"))
        self.start_time_edit.setPlaceholderText(self.tr("HH:MM"))
        self.start_time_edit.setToolTip(self.tr("When the session begins, e.g. 09:30"))
        self.place_edit.setPlaceholderText(self.tr("e.g. Room 2.14 or Table 3"))
        self.question_edit.setPlaceholderText(
            self.tr("The question the session works on, shown to the room")
        )
        self._retranslate_templates()
        self._show_preview()
        super().retranslate_ui()

    # ------------------------------------------------------------ result
    def problems(self) -> list[Problem | str]:
        return list(check_session(self.draft()))

    def draft(self) -> SessionDraft:
        event = self.selected_event()
        return SessionDraft(
            format=self.session_format(),
            title=_text(self.title_edit),
            event_uuid=event.uuid if event is not None else None,
            date=self.date_edit.iso(),
            start_time=normalize_time(self.start_time_edit.text()),
            place=_text(self.place_edit),
            facilitator=_text(self.facilitator_edit),
            note_taker=_text(self.note_taker_edit),
            guiding_question=_text(self.question_edit),
        )


# ---------------------------------------------------------------- agenda item
class AgendaItemDialog(CanvasFormDialog):
    """An agenda item: its title and planned minutes."""

    def __init__(self, draft: AgendaItemDraft | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._is_new = draft is None
        draft = draft or AgendaItemDraft(title="", planned_minutes=15)
        self.title_edit = self.add_text_field("agenda_title")
        self.minutes_box = _minutes_box("minutesBox")
        self.add_date_row("planned_minutes", self.minutes_box)
        _set_text(self.title_edit, draft.title)
        self.minutes_box.setValue(draft.planned_minutes)
        self.minutes_box.valueChanged.connect(self._update_ok)
        self.title_edit.setFocus()
        if isinstance(self.title_edit, QLineEdit):
            self.title_edit.selectAll()
        self.finish()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("New agenda item") if self._is_new else self.tr("Edit agenda item")
        )
        self.retranslate_labels(
            {"agenda_title": self.tr("&Title:"), "planned_minutes": self.tr("Planned &minutes:")}
        )
        self.minutes_box.setSuffix(self.tr(" min"))
        super().retranslate_ui()

    def problems(self) -> list[Problem | str]:
        return list(check_agenda_item(self.draft()))

    def draft(self) -> AgendaItemDraft:
        return AgendaItemDraft(
            title=_text(self.title_edit), planned_minutes=self.minutes_box.value()
        )


# ---------------------------------------------------------------- template name
class TemplateNameDialog(CanvasFormDialog):
    """The name under which the current agenda is saved as a template of its format.

    ``existing`` are the names already saved for that format: choosing one of them
    replaces that template, which the dialog says before OK is pressed.
    """

    def __init__(
        self,
        name: str,
        *,
        session_format: SessionFormat,
        items: Sequence[AgendaItemDraft],
        existing: Sequence[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._format = session_format
        self._items = tuple(items)
        self._existing = {n.strip().casefold() for n in existing}
        self.explanation_label = QLabel()
        self.explanation_label.setObjectName("explanationLabel")
        self.explanation_label.setWordWrap(True)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.explanation_label)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("templateNameEdit")
        hint = QLabel()
        container = QWidget()
        box = QVBoxLayout(container)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.name_edit)
        box.addWidget(hint)
        container.setFocusProxy(self.name_edit)
        label = self.add_row("template_name", container)
        label.setBuddy(self.name_edit)
        watcher = LimitWatcher(self.name_edit, TEMPLATE_NAME_MAX, hint)
        watcher.validity_changed.connect(self._update_ok)
        self._watchers.append(watcher)
        self.replace_label = QLabel()
        self.replace_label.setObjectName("replaceLabel")
        self.replace_label.setWordWrap(True)
        self.replace_label.setStyleSheet("color: #6D4C41;")
        replace_row = QHBoxLayout()
        replace_row.addWidget(self.replace_label)
        layout.insertLayout(2, replace_row)  # right under the form: explanation, form, this
        self.name_edit.setText(name)
        self.name_edit.selectAll()
        self.name_edit.textChanged.connect(self._on_name_changed)
        self.name_edit.setFocus()
        self.finish()
        self._on_name_changed()

    def name(self) -> str:
        return self.name_edit.text().strip()

    def replaces(self) -> bool:
        return self.name().casefold() in self._existing

    def _on_name_changed(self, *_: object) -> None:
        self.replace_label.setText(
            self.tr("A template of this name exists and will be replaced.")
            if self.replaces()
            else ""
        )
        self.replace_label.setVisible(self.replaces())
        self._update_ok()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Save agenda as template"))
        self.explanation_label.setText(
            TemplateNameDialog.tr(
                "The %n agenda item(s) with their minutes ({duration}) become a template for "
                "new sessions of the format “{format}”.",
                "",
                len(self._items),
            ).format(
                duration=format_minutes(sum(i.planned_minutes for i in self._items)),
                format=translate(self._format.label),
            )
        )
        self.retranslate_labels({"template_name": self.tr("&Name:")})
        self._on_name_changed()
        super().retranslate_ui()

    def problems(self) -> list[Problem | str]:
        if not self.name():
            return [self.tr("Please give the template a name.")]
        return []


__all__ = [
    "AgendaItemDialog",
    "EventDialog",
    "SessionDialog",
    "TemplateNameDialog",
    "format_minutes",
    "normalize_time",
]
