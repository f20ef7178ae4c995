"""Validation of events, sessions and live capture: what the capture screens refuse.

The per-field limits live in :data:`ciworkshop.domain.rules.FIELD_LIMITS` with all other
fields (dialogs and messages look fields up there by name):

======================  =====  =====================================
field                   limit  where
======================  =====  =====================================
``event_title``           200  event (required)
``session_title``         200  session (required)
``place``                 200  session (room or table name)
``facilitator``           200  session
``note_taker``            200  session
``guiding_question``    1,000  session
``guest_name``            200  attendance (a guest typed in on the spot)
``guest_organisation``    200  attendance
``agenda_title``          300  agenda item (required)
``card_text``             500  card (required)
``card_author``           200  card (a name or a table)
``cluster_name``          200  cluster (may be empty)
``decision_text``       2,000  decision (required)
``action_what``         1,000  action item (required)
``action_owner``          200  action item (free-text owner)
``parking_lot_text``    2,000  parking lot (required)
``photo_caption``         500  photo
======================  =====  =====================================

Numbers: planned minutes 0 to :data:`PLANNED_MINUTES_MAX`, dots 0 to :data:`DOTS_MAX`.
Dates are ``YYYY-MM-DD``, start times ``HH:MM``. A photo is a non-empty JPEG or PNG of at
most :data:`PHOTO_MAX_BYTES` (the UI downscales larger ones first) with its pixel size.
As in the canvas, lengths count code points and nothing is ever truncated.
"""

from __future__ import annotations

from ciworkshop.domain.canvas import parse_iso_date
from ciworkshop.domain.canvas_rules import MSG_DATE_INVALID, MSG_FIELD_REQUIRED
from ciworkshop.domain.events import (
    ActionItemDraft,
    AgendaItemDraft,
    AttendanceDraft,
    CardDraft,
    DecisionDraft,
    EventDraft,
    PhotoDraft,
    SessionDraft,
    parse_clock_time,
)
from ciworkshop.domain.i18n import QT_TRANSLATE_NOOP
from ciworkshop.domain.rules import Problem, check_text_fields

PLANNED_MINUTES_MAX = 24 * 60
DOTS_MAX = 9_999
PHOTO_MAX_BYTES = 20_000_000

# The first bytes of each storable image type: a mislabelled file is refused here already.
_MAGIC: dict[str, bytes] = {"image/jpeg": b"\xff\xd8\xff", "image/png": b"\x89PNG\r\n\x1a\n"}

MSG_TIME_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "“{field}” is not a valid time; please write it as HH:MM (e.g. 09:30)."
)
MSG_WHOLE_NUMBER = QT_TRANSLATE_NOOP(
    "Validation", "“{field}” needs to be a whole number from 0 to {limit}."
)
MSG_PERSON_OR_GUEST = QT_TRANSLATE_NOOP(
    "Validation", "Please choose a person of the network or type the name of a guest."
)
MSG_ALREADY_PRESENT = QT_TRANSLATE_NOOP("Validation", "This person is already on the list.")
MSG_ONE_OWNER = QT_TRANSLATE_NOOP(
    "Validation", "An action item belongs to an actor or to a person, not to both."
)
MSG_PHOTO_EMPTY = QT_TRANSLATE_NOOP("Validation", "The photo is empty.")
MSG_PHOTO_TYPE = QT_TRANSLATE_NOOP("Validation", "Only JPEG and PNG images can be stored.")
MSG_PHOTO_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Validation", "The photo takes {size} bytes; at most {limit} fit."
)
MSG_PHOTO_SIZE = QT_TRANSLATE_NOOP("Validation", "The photo has no valid pixel size.")


def _required(field: str, text: str) -> list[Problem]:
    return [] if text.strip() else [Problem(field, MSG_FIELD_REQUIRED, (("field", field),))]


def _date(field: str, text: str) -> list[Problem]:
    if text.strip() and parse_iso_date(text.strip()) is None:
        return [Problem(field, MSG_DATE_INVALID, (("field", field),))]
    return []


def _whole(field: str, value: int, limit: int) -> list[Problem]:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= limit:
        return [Problem(field, MSG_WHOLE_NUMBER, (("field", field), ("limit", limit)))]
    return []


def check_event(draft: EventDraft) -> list[Problem]:
    return (
        _required("event_title", draft.title)
        + check_text_fields({"event_title": draft.title, "place": draft.place})
        + _date("date", draft.date)
    )


def check_session(draft: SessionDraft) -> list[Problem]:
    problems = _required("session_title", draft.title) + check_text_fields(
        {
            "session_title": draft.title,
            "place": draft.place,
            "facilitator": draft.facilitator,
            "note_taker": draft.note_taker,
            "guiding_question": draft.guiding_question,
        }
    )
    problems += _date("date", draft.date)
    start = draft.start_time.strip()
    if start and parse_clock_time(start) is None:
        problems.append(Problem("start_time", MSG_TIME_INVALID, (("field", "start_time"),)))
    return problems


def check_attendance(draft: AttendanceDraft) -> list[Problem]:
    has_person = bool(draft.person_uuid)
    has_guest = bool(draft.guest_name.strip())
    problems = [] if has_person != has_guest else [Problem("person", MSG_PERSON_OR_GUEST)]
    return problems + check_text_fields(
        {"guest_name": draft.guest_name, "guest_organisation": draft.guest_organisation}
    )


def check_agenda_item(draft: AgendaItemDraft) -> list[Problem]:
    return (
        _required("agenda_title", draft.title)
        + check_text_fields({"agenda_title": draft.title})
        + _whole("planned_minutes", draft.planned_minutes, PLANNED_MINUTES_MAX)
    )


def check_card(draft: CardDraft) -> list[Problem]:
    return _required("card_text", draft.text) + check_text_fields(
        {"card_text": draft.text, "card_author": draft.author}
    )


def check_cluster_name(name: str) -> list[Problem]:
    """A cluster may stay unnamed while the room is still sorting."""
    return check_text_fields({"cluster_name": name})


def check_dots(dots: int) -> list[Problem]:
    return _whole("dots", dots, DOTS_MAX)


def check_decision(draft: DecisionDraft) -> list[Problem]:
    return _required("decision_text", draft.text) + check_text_fields({"decision_text": draft.text})


def check_action_item(draft: ActionItemDraft) -> list[Problem]:
    problems = _required("action_what", draft.what) + check_text_fields(
        {"action_what": draft.what, "action_owner": draft.owner_text}
    )
    if draft.owner_actor_uuid and draft.owner_person_uuid:
        problems.append(Problem("action_owner", MSG_ONE_OWNER))
    return problems + _date("due_date", draft.due_date)


def check_parking_lot_text(text: str) -> list[Problem]:
    return _required("parking_lot_text", text) + check_text_fields({"parking_lot_text": text})


def check_photo_caption(caption: str) -> list[Problem]:
    return check_text_fields({"photo_caption": caption})


def check_photo(draft: PhotoDraft) -> list[Problem]:
    problems = check_photo_caption(draft.caption)
    if not draft.data:
        return [*problems, Problem("photo", MSG_PHOTO_EMPTY)]
    if len(draft.data) > PHOTO_MAX_BYTES:
        problems.append(
            Problem(
                "photo",
                MSG_PHOTO_TOO_LARGE,
                (("size", len(draft.data)), ("limit", PHOTO_MAX_BYTES)),
            )
        )
    if not draft.data.startswith(_MAGIC.get(draft.mime, b"\x00unknown")):
        problems.append(Problem("photo", MSG_PHOTO_TYPE))
    sizes = (draft.width, draft.height)
    if any(isinstance(v, bool) or not isinstance(v, int) or v <= 0 for v in sizes):
        problems.append(Problem("photo", MSG_PHOTO_SIZE))
    return problems
