"""Validation of the impact canvas: what a canvas dialog refuses.

The per-field limits live in :data:`ciworkshop.domain.rules.FIELD_LIMITS` with all other
fields (dialogs and messages look fields up there by name):

=====================  =====  =====================================
field                  limit  where
=====================  =====  =====================================
``vision``             2,000  canvas
``mission``            2,000  canvas
``statement``            500  goal
``target_group``         300  goal (required on the project level)
``rationale``          5,000  goal
``name``                 200  indicator
``unit``                  40  indicator
``method_note``        1,000  indicator
``source``               300  indicator
``frequency``            300  indicator
``measurement_note``   5,000  measurement
``milestone_text``       500  milestone
``owner``                200  milestone
``version_label``        200  frozen version
=====================  =====  =====================================

Lengths count Unicode code points (``len``), so an emoji made of several code points
counts several times. Text is never truncated: a text over its limit is refused with a
:class:`~ciworkshop.domain.rules.Problem`. Numbers must be finite, dates ``YYYY-MM-DD``.
"""

from __future__ import annotations

import math

from ciworkshop.domain.canvas import (
    CanvasDraft,
    GoalDraft,
    GoalLevel,
    IndicatorDraft,
    MeasurementDraft,
    MilestoneDraft,
    VersionDraft,
    parse_iso_date,
)
from ciworkshop.domain.i18n import QT_TRANSLATE_NOOP
from ciworkshop.domain.rules import MSG_REQUIRED, Problem, check_text_fields

MSG_STATEMENT_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Please formulate the goal.")
MSG_TARGET_GROUP_REQUIRED = QT_TRANSLATE_NOOP(
    "Validation", "A goal on the project level needs a target group."
)
MSG_FIELD_REQUIRED = QT_TRANSLATE_NOOP("Validation", "Please fill in “{field}”.")
MSG_DATE_INVALID = QT_TRANSLATE_NOOP(
    "Validation", "“{field}” is not a valid date; please write it as YYYY-MM-DD (e.g. 2026-03-12)."
)
MSG_NUMBER_INVALID = QT_TRANSLATE_NOOP("Validation", "“{field}” needs to be a finite number.")
MSG_TARGET_BEFORE_BASELINE = QT_TRANSLATE_NOOP(
    "Validation", "The target date lies before the baseline date."
)


def _required(field: str, text: str) -> list[Problem]:
    return [] if text.strip() else [Problem(field, MSG_FIELD_REQUIRED, (("field", field),))]


def _date(field: str, text: str, *, required: bool = False) -> list[Problem]:
    if not text.strip():
        return _required(field, text) if required else []
    if parse_iso_date(text.strip()) is None:
        return [Problem(field, MSG_DATE_INVALID, (("field", field),))]
    return []


def _number(field: str, value: float | None) -> list[Problem]:
    if value is None:
        return []
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return [Problem(field, MSG_NUMBER_INVALID, (("field", field),))]
    return []


def check_canvas_draft(draft: CanvasDraft) -> list[Problem]:
    return check_text_fields({"vision": draft.vision, "mission": draft.mission})


def check_goal(draft: GoalDraft) -> list[Problem]:
    problems = [] if draft.statement.strip() else [Problem("statement", MSG_STATEMENT_REQUIRED)]
    if draft.level is GoalLevel.PROJECT and not draft.target_group.strip():
        problems.append(Problem("target_group", MSG_TARGET_GROUP_REQUIRED))
    return problems + check_text_fields(
        {
            "statement": draft.statement,
            "target_group": draft.target_group,
            "rationale": draft.rationale,
        }
    )


def check_indicator(draft: IndicatorDraft) -> list[Problem]:
    problems = [] if draft.name.strip() else [Problem("name", MSG_REQUIRED)]
    problems += check_text_fields(
        {
            "name": draft.name,
            "unit": draft.unit,
            "method_note": draft.method_note,
            "source": draft.source,
            "frequency": draft.frequency,
        }
    )
    problems += _number("baseline_value", draft.baseline_value)
    problems += _number("target_value", draft.target_value)
    problems += _date("baseline_date", draft.baseline_date)
    problems += _date("target_date", draft.target_date)
    start = parse_iso_date(draft.baseline_date.strip())
    end = parse_iso_date(draft.target_date.strip())
    if start and end and end < start:
        problems.append(Problem("target_date", MSG_TARGET_BEFORE_BASELINE))
    return problems


def check_measurement(draft: MeasurementDraft) -> list[Problem]:
    return (
        _date("date", draft.date, required=True)
        + _number("value", draft.value)
        + check_text_fields({"measurement_note": draft.note})
    )


def check_milestone(draft: MilestoneDraft) -> list[Problem]:
    return (
        _required("milestone_text", draft.text)
        + check_text_fields({"milestone_text": draft.text, "owner": draft.owner})
        + _date("due_date", draft.due_date)
    )


def check_version(draft: VersionDraft) -> list[Problem]:
    return (
        _required("version_label", draft.label)
        + check_text_fields({"version_label": draft.label})
        + _date("agreed_on", draft.agreed_on, required=True)
    )
