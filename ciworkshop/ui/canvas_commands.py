"""Undoable edits of the impact canvas: one QUndoCommand per CanvasService call.

Creations pick their UUID up front, so redo after undo recreates the same identity;
deletions keep what the service returned so undo restores everything with the same UUIDs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from ciworkshop.domain.canvas import (
    CanvasVersion,
    Goal,
    GoalDraft,
    GoalLevel,
    Indicator,
    IndicatorDraft,
    Measurement,
    MeasurementDraft,
    Milestone,
    MilestoneDraft,
    VersionDraft,
)
from ciworkshop.domain.model import new_uuid
from ciworkshop.services.changes import Changes
from ciworkshop.ui.commands import ServiceCommand
from ciworkshop.ui.formatting import format_date
from ciworkshop.ui.i18n import translate
from ciworkshop.ui.session import DocumentSession

# Undo texts quote what was edited; a long goal statement is cut for the menu only.
_QUOTE_MAX = 40


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _QUOTE_MAX else text[: _QUOTE_MAX - 1] + "…"


class CallCommand(ServiceCommand):
    """An edit given as two service calls, each returning Changes."""

    def __init__(
        self,
        session: DocumentSession,
        text: str,
        do: Callable[[], Changes],
        undo: Callable[[], Changes],
        *,
        uuid: str | None = None,
    ) -> None:
        super().__init__(session, text)
        self._do, self._undo_call = do, undo
        #: The UUID of what this command creates, if it creates something.
        self.uuid = uuid

    def _redo(self) -> None:
        self.session.perform(lambda: (None, self._do()))

    def _undo(self) -> None:
        self.session.perform(lambda: (None, self._undo_call()))


_D = TypeVar("_D")


def deleting(
    session: DocumentSession,
    text: str,
    delete: Callable[[], tuple[_D, Changes]],
    restore: Callable[[_D], Changes],
) -> CallCommand:
    """A deletion whose undo hands back what the service returned when it deleted
    (everything attached, with the same UUIDs)."""
    kept: list[_D] = []

    def do() -> Changes:
        deleted, changes = delete()
        kept[:] = [deleted]
        return changes

    return CallCommand(session, text, do, lambda: restore(kept[0]))


# ---------------------------------------------------------------- vision and mission
def set_vision(session: DocumentSession, before: str, after: str) -> CallCommand:
    canvas = session.canvas
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Edit the vision"),
        lambda: canvas.set_vision(text=after),
        lambda: canvas.set_vision(text=before),
    )


def set_mission(session: DocumentSession, before: str, after: str) -> CallCommand:
    canvas = session.canvas
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Edit the mission"),
        lambda: canvas.set_mission(text=after),
        lambda: canvas.set_mission(text=before),
    )


# ---------------------------------------------------------------- goals
def add_goal(session: DocumentSession, draft: GoalDraft) -> CallCommand:
    canvas, uuid = session.canvas, new_uuid()
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Add goal “{goal}”").format(
            goal=_quote(draft.statement)
        ),
        lambda: canvas.add_goal(draft=draft, uuid=uuid)[1],
        lambda: canvas.delete_goal(uuid=uuid)[1],
        uuid=uuid,
    )


def edit_goal(session: DocumentSession, goal: Goal, after: GoalDraft) -> CallCommand:
    """Change a goal; undo puts it back on its old level at its old position."""
    canvas, uuid = session.canvas, goal.uuid
    before, position = goal.to_draft(), goal.position
    moved = after.level is not goal.level
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Edit goal “{goal}”").format(
            goal=_quote(after.statement)
        ),
        lambda: canvas.update_goal(uuid=uuid, draft=after),
        lambda: canvas.update_goal(uuid=uuid, draft=before, position=position if moved else None),
    )


def move_goal(session: DocumentSession, goal: Goal, level: GoalLevel, position: int) -> CallCommand:
    canvas, uuid = session.canvas, goal.uuid
    old_level, old_position = goal.level, goal.position
    if level is old_level:
        text = QCoreApplication.translate("Commands", "Reorder goal “{goal}”").format(
            goal=_quote(goal.statement)
        )
    else:
        text = QCoreApplication.translate("Commands", "Move goal “{goal}” to: {level}").format(
            goal=_quote(goal.statement), level=translate(level.label)
        )
    return CallCommand(
        session,
        text,
        lambda: canvas.move_goal(uuid=uuid, level=level, position=position),
        lambda: canvas.move_goal(uuid=uuid, level=old_level, position=old_position),
    )


def delete_goal(session: DocumentSession, goal: Goal) -> CallCommand:
    canvas, uuid = session.canvas, goal.uuid
    return deleting(
        session,
        QCoreApplication.translate("Commands", "Delete goal “{goal}”").format(
            goal=_quote(goal.statement)
        ),
        lambda: canvas.delete_goal(uuid=uuid),
        lambda deleted: canvas.restore_goal(deleted=deleted),
    )


# ---------------------------------------------------------------- indicators
def add_indicator(session: DocumentSession, goal_uuid: str, draft: IndicatorDraft) -> CallCommand:
    canvas, uuid = session.canvas, new_uuid()
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Add indicator “{indicator}”").format(
            indicator=_quote(draft.name)
        ),
        lambda: canvas.add_indicator(goal_uuid=goal_uuid, draft=draft, uuid=uuid)[1],
        lambda: canvas.delete_indicator(uuid=uuid)[1],
        uuid=uuid,
    )


def edit_indicator(
    session: DocumentSession, indicator: Indicator, after: IndicatorDraft
) -> CallCommand:
    canvas, uuid, before = session.canvas, indicator.uuid, indicator.to_draft()
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Edit indicator “{indicator}”").format(
            indicator=_quote(after.name)
        ),
        lambda: canvas.update_indicator(uuid=uuid, draft=after),
        lambda: canvas.update_indicator(uuid=uuid, draft=before),
    )


def delete_indicator(session: DocumentSession, indicator: Indicator) -> CallCommand:
    canvas, uuid = session.canvas, indicator.uuid
    return deleting(
        session,
        QCoreApplication.translate("Commands", "Delete indicator “{indicator}”").format(
            indicator=_quote(indicator.name)
        ),
        lambda: canvas.delete_indicator(uuid=uuid),
        lambda deleted: canvas.restore_indicator(deleted=deleted),
    )


# ---------------------------------------------------------------- measurements
def add_measurement(
    session: DocumentSession, indicator: Indicator, draft: MeasurementDraft
) -> CallCommand:
    canvas, uuid = session.canvas, new_uuid()
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Record a value for “{indicator}”").format(
            indicator=_quote(indicator.name)
        ),
        lambda: canvas.add_measurement(indicator_uuid=indicator.uuid, draft=draft, uuid=uuid)[1],
        lambda: canvas.delete_measurement(uuid=uuid)[1],
        uuid=uuid,
    )


def edit_measurement(
    session: DocumentSession, measurement: Measurement, after: MeasurementDraft
) -> CallCommand:
    canvas, uuid, before = session.canvas, measurement.uuid, measurement.to_draft()
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Edit the value of {date}").format(
            date=format_date(after.date)
        ),
        lambda: canvas.update_measurement(uuid=uuid, draft=after),
        lambda: canvas.update_measurement(uuid=uuid, draft=before),
    )


def delete_measurement(session: DocumentSession, measurement: Measurement) -> CallCommand:
    canvas, uuid = session.canvas, measurement.uuid
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Delete the value of {date}").format(
            date=format_date(measurement.date)
        ),
        lambda: canvas.delete_measurement(uuid=uuid)[1],
        lambda: canvas.restore_measurement(measurement=measurement),
    )


# ---------------------------------------------------------------- milestones
def add_milestone(session: DocumentSession, goal_uuid: str, draft: MilestoneDraft) -> CallCommand:
    canvas, uuid = session.canvas, new_uuid()
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Add milestone “{milestone}”").format(
            milestone=_quote(draft.text)
        ),
        lambda: canvas.add_milestone(goal_uuid=goal_uuid, draft=draft, uuid=uuid)[1],
        lambda: canvas.delete_milestone(uuid=uuid)[1],
        uuid=uuid,
    )


def edit_milestone(
    session: DocumentSession, milestone: Milestone, after: MilestoneDraft
) -> CallCommand:
    canvas, uuid, before = session.canvas, milestone.uuid, milestone.to_draft()
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Edit milestone “{milestone}”").format(
            milestone=_quote(after.text)
        ),
        lambda: canvas.update_milestone(uuid=uuid, draft=after),
        lambda: canvas.update_milestone(uuid=uuid, draft=before),
    )


def delete_milestone(session: DocumentSession, milestone: Milestone) -> CallCommand:
    canvas, uuid = session.canvas, milestone.uuid
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Delete milestone “{milestone}”").format(
            milestone=_quote(milestone.text)
        ),
        lambda: canvas.delete_milestone(uuid=uuid)[1],
        lambda: canvas.restore_milestone(milestone=milestone),
    )


# ---------------------------------------------------------------- versions
def freeze_version(session: DocumentSession, draft: VersionDraft) -> CallCommand:
    canvas, uuid = session.canvas, new_uuid()
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Freeze version “{label}”").format(
            label=_quote(draft.label)
        ),
        lambda: canvas.freeze_version(label=draft.label, agreed_on=draft.agreed_on, uuid=uuid)[1],
        lambda: canvas.delete_version(uuid=uuid)[1],
        uuid=uuid,
    )


def delete_version(session: DocumentSession, version: CanvasVersion) -> CallCommand:
    canvas, uuid = session.canvas, version.uuid
    return CallCommand(
        session,
        QCoreApplication.translate("Commands", "Delete version “{label}”").format(
            label=_quote(version.label)
        ),
        lambda: canvas.delete_version(uuid=uuid)[1],
        lambda: canvas.restore_version(version=version),
    )
