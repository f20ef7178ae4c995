"""Comparing the canvas with a frozen version: what changed since it was agreed."""

from __future__ import annotations

from dataclasses import dataclass

from ciworkshop.domain.canvas import CanvasSnapshot, Goal


@dataclass(frozen=True, slots=True)
class GoalChange:
    """A goal present in both states whose statement, level or status differs."""

    before: Goal
    after: Goal

    @property
    def statement_changed(self) -> bool:
        return self.before.statement != self.after.statement

    @property
    def level_changed(self) -> bool:
        return self.before.level is not self.after.level

    @property
    def status_changed(self) -> bool:
        return self.before.status is not self.after.status


@dataclass(frozen=True, slots=True)
class CanvasComparison:
    vision_changed: bool
    mission_changed: bool
    goals_added: tuple[Goal, ...]
    goals_removed: tuple[Goal, ...]
    goals_changed: tuple[GoalChange, ...]
    indicators_added: int
    indicators_removed: int
    measurements_added: int

    @property
    def unchanged(self) -> bool:
        return not (
            self.vision_changed
            or self.mission_changed
            or self.goals_added
            or self.goals_removed
            or self.goals_changed
            or self.indicators_added
            or self.indicators_removed
            or self.measurements_added
        )


def compare(old: CanvasSnapshot, new: CanvasSnapshot) -> CanvasComparison:
    """What ``new`` (usually today's canvas) changed relative to ``old`` (a frozen version).
    Entities are matched by UUID, so a reworded goal counts as changed, not replaced."""
    old_goals = {g.uuid: g for g in old.goals}
    new_goals = {g.uuid: g for g in new.goals}
    changed = tuple(
        GoalChange(old_goals[g.uuid], g)
        for g in new.goals
        if g.uuid in old_goals
        and (
            old_goals[g.uuid].statement != g.statement
            or old_goals[g.uuid].level is not g.level
            or old_goals[g.uuid].status is not g.status
        )
    )
    old_indicators = {i.uuid for i in old.all_indicators()}
    new_indicators = {i.uuid for i in new.all_indicators()}
    old_measurements = {m.uuid for ms in old.measurements_by_indicator.values() for m in ms}
    new_measurements = {m.uuid for ms in new.measurements_by_indicator.values() for m in ms}
    return CanvasComparison(
        vision_changed=old.canvas.vision != new.canvas.vision,
        mission_changed=old.canvas.mission != new.canvas.mission,
        goals_added=tuple(g for g in new.goals if g.uuid not in old_goals),
        goals_removed=tuple(g for g in old.goals if g.uuid not in new_goals),
        goals_changed=changed,
        indicators_added=len(new_indicators - old_indicators),
        indicators_removed=len(old_indicators - new_indicators),
        measurements_added=len(new_measurements - old_measurements),
    )
