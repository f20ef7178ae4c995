"""Validation rules and the documented per-field text limits.

The limits are generous (a protocol page holds about 4,000 characters) and exist so a
pasted 100,000-character text is refused with a message instead of slowing every view.
The UI shows a field's remaining room before it is reached; nothing is ever truncated.
"""

from __future__ import annotations

from dataclasses import dataclass

from ciworkshop.domain.i18n import QT_TRANSLATE_NOOP, Text
from ciworkshop.domain.model import ActorDraft, NetworkDraft, PersonDraft

NAME_MAX = 200
SHORT_NAME_MAX = 40
LINE_MAX = 300
LONG_TEXT_MAX = 20_000

# The impact canvas (checked in canvas_rules.py). Kept in the same table as the other
# fields because dialogs and messages look every field up here, by one name.
VISION_MAX = 2_000
MISSION_MAX = 2_000
STATEMENT_MAX = 500
RATIONALE_MAX = 5_000
MEASUREMENT_NOTE_MAX = 5_000
METHOD_NOTE_MAX = 1_000
MILESTONE_TEXT_MAX = 500
UNIT_MAX = 40

# Events, sessions and live capture (checked in event_rules.py).
GUIDING_QUESTION_MAX = 1_000
CARD_TEXT_MAX = 500
DECISION_TEXT_MAX = 2_000
ACTION_WHAT_MAX = 1_000
PARKING_LOT_TEXT_MAX = 2_000
PHOTO_CAPTION_MAX = 500

FIELD_LIMITS: dict[str, int] = {
    "name": NAME_MAX,
    "short_name": SHORT_NAME_MAX,
    "region": LINE_MAX,
    "function": LINE_MAX,
    "email": LINE_MAX,
    "phone": LINE_MAX,
    "challenge": LONG_TEXT_MAX,
    "note": LONG_TEXT_MAX,
    # impact canvas
    "vision": VISION_MAX,
    "mission": MISSION_MAX,
    "statement": STATEMENT_MAX,
    "target_group": LINE_MAX,
    "rationale": RATIONALE_MAX,
    "unit": UNIT_MAX,
    "method_note": METHOD_NOTE_MAX,
    "source": LINE_MAX,
    "frequency": LINE_MAX,
    "measurement_note": MEASUREMENT_NOTE_MAX,
    "milestone_text": MILESTONE_TEXT_MAX,
    "owner": NAME_MAX,
    "version_label": NAME_MAX,
    # events, sessions and live capture
    "event_title": NAME_MAX,
    "session_title": NAME_MAX,
    "place": NAME_MAX,
    "facilitator": NAME_MAX,
    "note_taker": NAME_MAX,
    "guiding_question": GUIDING_QUESTION_MAX,
    "guest_name": NAME_MAX,
    "guest_organisation": NAME_MAX,
    "agenda_title": LINE_MAX,
    "card_text": CARD_TEXT_MAX,
    "card_author": NAME_MAX,
    "cluster_name": NAME_MAX,
    "decision_text": DECISION_TEXT_MAX,
    "action_what": ACTION_WHAT_MAX,
    "action_owner": NAME_MAX,
    "parking_lot_text": PARKING_LOT_TEXT_MAX,
    "photo_caption": PHOTO_CAPTION_MAX,
}

FIELD_LABELS: dict[str, Text] = {
    "name": QT_TRANSLATE_NOOP("Field", "Name"),
    "short_name": QT_TRANSLATE_NOOP("Field", "Short name"),
    "region": QT_TRANSLATE_NOOP("Field", "Region"),
    "function": QT_TRANSLATE_NOOP("Field", "Function"),
    "email": QT_TRANSLATE_NOOP("Field", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Field", "Phone"),
    "challenge": QT_TRANSLATE_NOOP("Field", "Challenge"),
    "note": QT_TRANSLATE_NOOP("Field", "Note"),
    # impact canvas
    "vision": QT_TRANSLATE_NOOP("Field", "Vision"),
    "mission": QT_TRANSLATE_NOOP("Field", "Mission"),
    "level": QT_TRANSLATE_NOOP("Field", "Level"),
    "statement": QT_TRANSLATE_NOOP("Field", "Goal"),
    "target_group": QT_TRANSLATE_NOOP("Field", "Target group"),
    "rationale": QT_TRANSLATE_NOOP("Field", "Rationale"),
    "ambition": QT_TRANSLATE_NOOP("Field", "Ambition"),
    "status": QT_TRANSLATE_NOOP("Field", "Status"),
    "actors": QT_TRANSLATE_NOOP("Field", "Responsible actors"),
    "unit": QT_TRANSLATE_NOOP("Field", "Unit"),
    "baseline_value": QT_TRANSLATE_NOOP("Field", "Baseline"),
    "baseline_date": QT_TRANSLATE_NOOP("Field", "Baseline date"),
    "target_value": QT_TRANSLATE_NOOP("Field", "Target"),
    "target_date": QT_TRANSLATE_NOOP("Field", "Target date"),
    "method": QT_TRANSLATE_NOOP("Field", "Data-collection method"),
    "method_note": QT_TRANSLATE_NOOP("Field", "Method details"),
    "source": QT_TRANSLATE_NOOP("Field", "Source or owner"),
    "frequency": QT_TRANSLATE_NOOP("Field", "Frequency"),
    "date": QT_TRANSLATE_NOOP("Field", "Date"),
    "value": QT_TRANSLATE_NOOP("Field", "Value"),
    "measurement_note": QT_TRANSLATE_NOOP("Field", "Note"),
    "milestone_text": QT_TRANSLATE_NOOP("Field", "Milestone"),
    "due_date": QT_TRANSLATE_NOOP("Field", "Due date"),
    "owner": QT_TRANSLATE_NOOP("Field", "Owner"),
    "version_label": QT_TRANSLATE_NOOP("Field", "Label"),
    "agreed_on": QT_TRANSLATE_NOOP("Field", "Agreed on"),
    # events, sessions and live capture
    "event_title": QT_TRANSLATE_NOOP("Field", "Title"),
    "session_title": QT_TRANSLATE_NOOP("Field", "Title"),
    "format": QT_TRANSLATE_NOOP("Field", "Format"),
    "start_time": QT_TRANSLATE_NOOP("Field", "Start time"),
    "place": QT_TRANSLATE_NOOP("Field", "Place or table"),
    "facilitator": QT_TRANSLATE_NOOP("Field", "Facilitator"),
    "note_taker": QT_TRANSLATE_NOOP("Field", "Note-taker"),
    "guiding_question": QT_TRANSLATE_NOOP("Field", "Guiding question"),
    "person": QT_TRANSLATE_NOOP("Field", "Person"),
    "guest_name": QT_TRANSLATE_NOOP("Field", "Guest"),
    "guest_organisation": QT_TRANSLATE_NOOP("Field", "Organisation"),
    "agenda_title": QT_TRANSLATE_NOOP("Field", "Agenda item"),
    "planned_minutes": QT_TRANSLATE_NOOP("Field", "Planned minutes"),
    "card_text": QT_TRANSLATE_NOOP("Field", "Card"),
    "card_author": QT_TRANSLATE_NOOP("Field", "Author or table"),
    "colour": QT_TRANSLATE_NOOP("Field", "Colour"),
    "dots": QT_TRANSLATE_NOOP("Field", "Dots"),
    "cluster_name": QT_TRANSLATE_NOOP("Field", "Cluster"),
    "decision_text": QT_TRANSLATE_NOOP("Field", "Decision"),
    "agreement": QT_TRANSLATE_NOOP("Field", "How agreed"),
    "action_what": QT_TRANSLATE_NOOP("Field", "What"),
    "action_owner": QT_TRANSLATE_NOOP("Field", "Who"),
    "parking_lot_text": QT_TRANSLATE_NOOP("Field", "Parking lot"),
    "photo": QT_TRANSLATE_NOOP("Field", "Photo"),
    "photo_caption": QT_TRANSLATE_NOOP("Field", "Caption"),
}

MSG_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Please enter a name.")
MSG_TOO_LONG = QT_TRANSLATE_NOOP(
    "Validation", "“{field}” is {length} characters long; at most {limit} fit."
)
MSG_EMAIL = QT_TRANSLATE_NOOP("Validation", "The e-mail address needs an “@”.")


@dataclass(frozen=True, slots=True)
class Problem:
    field: str
    message: Text
    values: tuple[tuple[str, object], ...] = ()

    def english(self) -> str:
        values = dict(self.values)
        if "field" in values:
            values["field"] = FIELD_LABELS[str(values["field"])].source
        return self.message.format(**values)


class ValidationError(ValueError):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.english() for p in problems))
        self.problems = problems


def check_text_fields(values: dict[str, str]) -> list[Problem]:
    """A problem for each field (by its FIELD_LIMITS name) whose text is over its limit."""
    problems = []
    for name, text in values.items():
        limit = FIELD_LIMITS[name]
        if len(text) > limit:
            problems.append(
                Problem(
                    name,
                    MSG_TOO_LONG,
                    (("field", name), ("length", len(text)), ("limit", limit)),
                )
            )
    return problems


def _check_name(name: str) -> list[Problem]:
    return [] if name.strip() else [Problem("name", MSG_REQUIRED)]


def check_network(draft: NetworkDraft) -> list[Problem]:
    return _check_name(draft.name) + check_text_fields(
        {"name": draft.name, "region": draft.region, "challenge": draft.challenge}
    )


def check_actor(draft: ActorDraft) -> list[Problem]:
    return _check_name(draft.name) + check_text_fields(
        {"name": draft.name, "short_name": draft.short_name, "note": draft.note}
    )


def check_person(draft: PersonDraft) -> list[Problem]:
    problems = _check_name(draft.name) + check_text_fields(
        {
            "name": draft.name,
            "function": draft.function,
            "email": draft.email,
            "phone": draft.phone,
            "note": draft.note,
        }
    )
    if draft.email.strip() and "@" not in draft.email:
        problems.append(Problem("email", MSG_EMAIL))
    return problems


def require_valid(problems: list[Problem]) -> None:
    if problems:
        raise ValidationError(problems)
