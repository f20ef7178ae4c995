"""Use cases on the impact canvas: vision, mission, goals, indicators, measurements,
milestones and frozen versions.

Each public write is one transaction (``Document.transaction``) and returns
:class:`Changes`, or the created/deleted object with its Changes. Creations accept an
optional ``uuid`` so that an undone creation is redone with the same identity; deletions
return what :meth:`restore_*` needs to bring everything back with the same UUIDs. Goal
positions stay dense (0, 1, 2, ... per level), indicator positions likewise per goal.

Drafts are validated (:mod:`ciworkshop.domain.canvas_rules`) before anything is written;
an invalid draft raises :class:`~ciworkshop.domain.rules.ValidationError` and changes
nothing. An unknown UUID raises ``KeyError``.
"""

from __future__ import annotations

import dataclasses
from typing import TypeVar

from sqlite_utils import Database

from ciworkshop.domain import canvas_rules
from ciworkshop.domain.canvas import (
    Canvas,
    CanvasDraft,
    CanvasSnapshot,
    CanvasVersion,
    DeletedGoal,
    DeletedIndicator,
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
from ciworkshop.domain.canvas_json import snapshot_from_json, snapshot_to_json
from ciworkshop.domain.model import new_uuid, utc_now
from ciworkshop.domain.rules import require_valid
from ciworkshop.services.changes import Changes, Entity
from ciworkshop.store import canvas_repository as repo
from ciworkshop.store import repository
from ciworkshop.store.document import Document

_T = TypeVar("_T")


def _float(value: float | None) -> float | None:
    return None if value is None else float(value)


def _unique(uuids: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(uuids))


class CanvasService:
    def __init__(self, document: Document) -> None:
        self.document = document

    @property
    def _db(self) -> Database:
        return self.document.db

    # ------------------------------------------------------------ reading
    def canvas(self) -> Canvas:
        return self._canvas(self._db)

    def snapshot(self) -> CanvasSnapshot:
        """The whole canvas, as views and quality checks read it."""
        return repo.load_snapshot(self._db, self._canvas(self._db))

    def goal(self, uuid: str) -> Goal | None:
        return repo.get_goal(self._db, uuid)

    def indicator(self, uuid: str) -> Indicator | None:
        return repo.get_indicator(self._db, uuid)

    def measurement(self, uuid: str) -> Measurement | None:
        return repo.get_measurement(self._db, uuid)

    def milestone(self, uuid: str) -> Milestone | None:
        return repo.get_milestone(self._db, uuid)

    def versions(self) -> list[CanvasVersion]:
        """Frozen versions, oldest agreement first."""
        return repo.list_versions(self._db)

    def version(self, uuid: str) -> CanvasVersion | None:
        return repo.get_version(self._db, uuid)

    def version_snapshot(self, uuid: str) -> CanvasSnapshot:
        """The canvas as it was frozen in version ``uuid``."""
        version = repo.get_version(self._db, uuid)
        if version is None:
            raise KeyError(uuid)
        return snapshot_from_json(version.snapshot)

    # ------------------------------------------------------------ vision and mission
    def update_canvas(self, *, draft: CanvasDraft) -> Changes:
        require_valid(canvas_rules.check_canvas_draft(draft))
        with self.document.transaction() as db:
            self._write_canvas(db, vision=draft.vision, mission=draft.mission)
        return Changes.of(Entity.CANVAS)

    def set_vision(self, *, text: str) -> Changes:
        require_valid(canvas_rules.check_canvas_draft(CanvasDraft(vision=text)))
        with self.document.transaction() as db:
            self._write_canvas(db, vision=text)
        return Changes.of(Entity.CANVAS)

    def set_mission(self, *, text: str) -> Changes:
        require_valid(canvas_rules.check_canvas_draft(CanvasDraft(mission=text)))
        with self.document.transaction() as db:
            self._write_canvas(db, mission=text)
        return Changes.of(Entity.CANVAS)

    # ------------------------------------------------------------ goals
    def add_goal(self, *, draft: GoalDraft, uuid: str | None = None) -> tuple[Goal, Changes]:
        """A new goal, at the end of its level."""
        require_valid(canvas_rules.check_goal(draft))
        now = utc_now()
        with self.document.transaction() as db:
            goal = self._goal_from_draft(
                db,
                Goal(
                    uuid=uuid or new_uuid(),
                    level=draft.level,
                    position=len(repo.goal_uuids_on(db, draft.level)),
                    statement="",
                    created_at=now,
                ),
                draft,
                now,
            )
            repo.insert_goal(db, goal)
            repository.remove_tombstone(db, goal.uuid)
        return goal, Changes.of(Entity.GOAL, uuids=(goal.uuid,))

    def update_goal(self, *, uuid: str, draft: GoalDraft, position: int | None = None) -> Changes:
        """Change a goal. A goal given another level goes to the end of that level, or to
        ``position`` if given (undo passes the old position back)."""
        require_valid(canvas_rules.check_goal(draft))
        with self.document.transaction() as db:
            current = self._require(repo.get_goal(db, uuid), uuid)
            goal = self._goal_from_draft(db, current, draft, utc_now())
            repo.update_goal(db, goal)
            if goal.level is not current.level or position is not None:
                self._place_goal(db, uuid, goal.level, position)
                if goal.level is not current.level:
                    self._renumber_goals(db, current.level)
        return Changes.of(Entity.GOAL, uuids=(uuid,))

    def move_goal(self, *, uuid: str, level: GoalLevel, position: int) -> Changes:
        """Put a goal at ``position`` (from 0, clamped) on ``level``; positions on the old
        and the new level are renumbered without gaps. Undo: move it back."""
        with self.document.transaction() as db:
            current = self._require(repo.get_goal(db, uuid), uuid)
            self._place_goal(db, uuid, level, position)
            if level is not current.level:
                self._renumber_goals(db, current.level)
            repo.touch_goal(db, uuid, utc_now())
        return Changes.of(Entity.GOAL, uuids=(uuid,))

    def delete_goal(self, *, uuid: str) -> tuple[DeletedGoal, Changes]:
        """Delete a goal with its indicators, measurements and milestones."""
        with self.document.transaction() as db:
            goal = self._require(repo.get_goal(db, uuid), uuid)
            deleted = DeletedGoal(
                goal=goal,
                indicators=tuple(repo.list_indicators(db, uuid)),
                measurements=tuple(repo.measurements_of_goal(db, uuid)),
                milestones=tuple(repo.list_milestones(db, uuid)),
            )
            repo.delete_goal(db, uuid)
            self._renumber_goals(db, goal.level)
            self._tombstones(db, deleted)
        return deleted, self._goal_changes(deleted)

    def restore_goal(self, *, deleted: DeletedGoal) -> Changes:
        """Undo a deletion: same UUIDs, same place, children and actor links back
        (links to actors deleted meanwhile are left out)."""
        with self.document.transaction() as db:
            goal = deleted.goal
            actors = repo.existing_actor_uuids(db, goal.actor_uuids)
            repo.insert_goal(
                db,
                dataclasses.replace(
                    goal, actor_uuids=tuple(a for a in goal.actor_uuids if a in actors)
                ),
            )
            self._place_goal(db, goal.uuid, goal.level, goal.position)
            for indicator in deleted.indicators:
                repo.insert_indicator(db, indicator)
            for measurement in deleted.measurements:
                repo.insert_measurement(db, measurement)
            for milestone in deleted.milestones:
                repo.insert_milestone(db, milestone)
            for restored in deleted.uuids:
                repository.remove_tombstone(db, restored)
        return self._goal_changes(deleted)

    # ------------------------------------------------------------ indicators
    def add_indicator(
        self, *, goal_uuid: str, draft: IndicatorDraft, uuid: str | None = None
    ) -> tuple[Indicator, Changes]:
        """A new indicator, last of its goal."""
        require_valid(canvas_rules.check_indicator(draft))
        now = utc_now()
        with self.document.transaction() as db:
            self._require(repo.get_goal(db, goal_uuid), goal_uuid)
            indicator = self._indicator_from_draft(
                Indicator(
                    uuid=uuid or new_uuid(),
                    goal_uuid=goal_uuid,
                    position=len(repo.indicator_uuids_of(db, goal_uuid)),
                    name="",
                    created_at=now,
                ),
                draft,
                now,
            )
            repo.insert_indicator(db, indicator)
            repository.remove_tombstone(db, indicator.uuid)
        return indicator, Changes.of(Entity.INDICATOR, uuids=(indicator.uuid,))

    def update_indicator(self, *, uuid: str, draft: IndicatorDraft) -> Changes:
        require_valid(canvas_rules.check_indicator(draft))
        with self.document.transaction() as db:
            current = self._require(repo.get_indicator(db, uuid), uuid)
            repo.update_indicator(db, self._indicator_from_draft(current, draft, utc_now()))
        return Changes.of(Entity.INDICATOR, uuids=(uuid,))

    def move_indicator(self, *, uuid: str, position: int) -> Changes:
        """Put an indicator at ``position`` (from 0, clamped) among its goal's indicators."""
        with self.document.transaction() as db:
            current = self._require(repo.get_indicator(db, uuid), uuid)
            self._place_indicator(db, current.goal_uuid, uuid, position)
        return Changes.of(Entity.INDICATOR, uuids=(uuid,))

    def delete_indicator(self, *, uuid: str) -> tuple[DeletedIndicator, Changes]:
        """Delete an indicator with its measurements."""
        with self.document.transaction() as db:
            indicator = self._require(repo.get_indicator(db, uuid), uuid)
            deleted = DeletedIndicator(indicator, tuple(repo.list_measurements(db, uuid)))
            repo.delete_indicator(db, uuid)
            self._place_indicator(db, indicator.goal_uuid, None, None)
            repository.add_tombstone(db, uuid, Entity.INDICATOR.value)
            for measurement in deleted.measurements:
                repository.add_tombstone(db, measurement.uuid, Entity.MEASUREMENT.value)
        return deleted, Changes.of(Entity.INDICATOR, Entity.MEASUREMENT, uuids=deleted.uuids)

    def restore_indicator(self, *, deleted: DeletedIndicator) -> Changes:
        indicator = deleted.indicator
        with self.document.transaction() as db:
            self._require(repo.get_goal(db, indicator.goal_uuid), indicator.goal_uuid)
            repo.insert_indicator(db, indicator)
            self._place_indicator(db, indicator.goal_uuid, indicator.uuid, indicator.position)
            for measurement in deleted.measurements:
                repo.insert_measurement(db, measurement)
            for restored in deleted.uuids:
                repository.remove_tombstone(db, restored)
        return Changes.of(Entity.INDICATOR, Entity.MEASUREMENT, uuids=deleted.uuids)

    # ------------------------------------------------------------ measurements
    def add_measurement(
        self, *, indicator_uuid: str, draft: MeasurementDraft, uuid: str | None = None
    ) -> tuple[Measurement, Changes]:
        require_valid(canvas_rules.check_measurement(draft))
        now = utc_now()
        measurement = Measurement(
            uuid=uuid or new_uuid(),
            indicator_uuid=indicator_uuid,
            date=draft.date.strip(),
            value=float(draft.value),
            note=draft.note,
            created_at=now,
            modified_at=now,
        )
        with self.document.transaction() as db:
            self._require(repo.get_indicator(db, indicator_uuid), indicator_uuid)
            repo.insert_measurement(db, measurement)
            repository.remove_tombstone(db, measurement.uuid)
        return measurement, Changes.of(Entity.MEASUREMENT, uuids=(measurement.uuid,))

    def update_measurement(self, *, uuid: str, draft: MeasurementDraft) -> Changes:
        require_valid(canvas_rules.check_measurement(draft))
        with self.document.transaction() as db:
            current = self._require(repo.get_measurement(db, uuid), uuid)
            repo.update_measurement(
                db,
                dataclasses.replace(
                    current,
                    date=draft.date.strip(),
                    value=float(draft.value),
                    note=draft.note,
                    modified_at=utc_now(),
                ),
            )
        return Changes.of(Entity.MEASUREMENT, uuids=(uuid,))

    def delete_measurement(self, *, uuid: str) -> tuple[Measurement, Changes]:
        with self.document.transaction() as db:
            measurement = self._require(repo.get_measurement(db, uuid), uuid)
            repo.delete_measurement(db, uuid)
            repository.add_tombstone(db, uuid, Entity.MEASUREMENT.value)
        return measurement, Changes.of(Entity.MEASUREMENT, uuids=(uuid,))

    def restore_measurement(self, *, measurement: Measurement) -> Changes:
        with self.document.transaction() as db:
            repo.insert_measurement(db, measurement)
            repository.remove_tombstone(db, measurement.uuid)
        return Changes.of(Entity.MEASUREMENT, uuids=(measurement.uuid,))

    # ------------------------------------------------------------ milestones
    def add_milestone(
        self, *, goal_uuid: str, draft: MilestoneDraft, uuid: str | None = None
    ) -> tuple[Milestone, Changes]:
        require_valid(canvas_rules.check_milestone(draft))
        now = utc_now()
        milestone = self._milestone_from_draft(
            Milestone(uuid=uuid or new_uuid(), goal_uuid=goal_uuid, text="", created_at=now),
            draft,
            now,
        )
        with self.document.transaction() as db:
            self._require(repo.get_goal(db, goal_uuid), goal_uuid)
            repo.insert_milestone(db, milestone)
            repository.remove_tombstone(db, milestone.uuid)
        return milestone, Changes.of(Entity.MILESTONE, uuids=(milestone.uuid,))

    def update_milestone(self, *, uuid: str, draft: MilestoneDraft) -> Changes:
        require_valid(canvas_rules.check_milestone(draft))
        with self.document.transaction() as db:
            current = self._require(repo.get_milestone(db, uuid), uuid)
            repo.update_milestone(db, self._milestone_from_draft(current, draft, utc_now()))
        return Changes.of(Entity.MILESTONE, uuids=(uuid,))

    def delete_milestone(self, *, uuid: str) -> tuple[Milestone, Changes]:
        with self.document.transaction() as db:
            milestone = self._require(repo.get_milestone(db, uuid), uuid)
            repo.delete_milestone(db, uuid)
            repository.add_tombstone(db, uuid, Entity.MILESTONE.value)
        return milestone, Changes.of(Entity.MILESTONE, uuids=(uuid,))

    def restore_milestone(self, *, milestone: Milestone) -> Changes:
        with self.document.transaction() as db:
            repo.insert_milestone(db, milestone)
            repository.remove_tombstone(db, milestone.uuid)
        return Changes.of(Entity.MILESTONE, uuids=(milestone.uuid,))

    # ------------------------------------------------------------ versions
    def freeze_version(
        self, *, label: str, agreed_on: str, uuid: str | None = None
    ) -> tuple[CanvasVersion, Changes]:
        """Freeze the canvas as it is now, e.g. "Beschlossen beim Fachtag am 12. März 2026"
        agreed on ``2026-03-12``. The version keeps a full copy (JSON) of the canvas."""
        require_valid(canvas_rules.check_version(VersionDraft(label=label, agreed_on=agreed_on)))
        with self.document.transaction() as db:
            snapshot = repo.load_snapshot(db, self._canvas(db))
            version = CanvasVersion(
                uuid=uuid or new_uuid(),
                label=label.strip(),
                agreed_on=agreed_on.strip(),
                created_at=utc_now(),
                snapshot=snapshot_to_json(snapshot),
            )
            repo.insert_version(db, version)
            repository.remove_tombstone(db, version.uuid)
        return version, Changes.of(Entity.VERSION, uuids=(version.uuid,))

    def delete_version(self, *, uuid: str) -> tuple[CanvasVersion, Changes]:
        with self.document.transaction() as db:
            version = self._require(repo.get_version(db, uuid), uuid)
            repo.delete_version(db, uuid)
            repository.add_tombstone(db, uuid, Entity.VERSION.value)
        return version, Changes.of(Entity.VERSION, uuids=(uuid,))

    def restore_version(self, *, version: CanvasVersion) -> Changes:
        with self.document.transaction() as db:
            repo.insert_version(db, version)
            repository.remove_tombstone(db, version.uuid)
        return Changes.of(Entity.VERSION, uuids=(version.uuid,))

    # ------------------------------------------------------------ helpers
    @staticmethod
    def _require(found: _T | None, uuid: str) -> _T:
        if found is None:
            raise KeyError(uuid)
        return found

    @staticmethod
    def _canvas(db: Database) -> Canvas:
        """The stored vision/mission, or an empty canvas keyed by the network's UUID."""
        stored = repo.get_canvas(db)
        return stored or Canvas(uuid=repository.get_network(db).uuid)

    def _write_canvas(
        self, db: Database, *, vision: str | None = None, mission: str | None = None
    ) -> None:
        current = self._canvas(db)
        now = utc_now()
        repo.save_canvas(
            db,
            dataclasses.replace(
                current,
                vision=current.vision if vision is None else vision,
                mission=current.mission if mission is None else mission,
                created_at=current.created_at or now,
                modified_at=now,
            ),
        )

    @staticmethod
    def _goal_from_draft(db: Database, goal: Goal, draft: GoalDraft, now: str) -> Goal:
        wanted = _unique(draft.actor_uuids)
        existing = repo.existing_actor_uuids(db, wanted)
        return dataclasses.replace(
            goal,
            level=draft.level,
            statement=draft.statement.strip(),
            target_group=draft.target_group.strip(),
            rationale=draft.rationale,
            ambition=draft.ambition,
            status=draft.status,
            actor_uuids=tuple(a for a in wanted if a in existing),
            modified_at=now,
        )

    @staticmethod
    def _indicator_from_draft(indicator: Indicator, draft: IndicatorDraft, now: str) -> Indicator:
        return dataclasses.replace(
            indicator,
            name=draft.name.strip(),
            unit=draft.unit.strip(),
            baseline_value=_float(draft.baseline_value),
            baseline_date=draft.baseline_date.strip(),
            target_value=_float(draft.target_value),
            target_date=draft.target_date.strip(),
            method=draft.method,
            method_note=draft.method_note.strip(),
            source=draft.source.strip(),
            frequency=draft.frequency.strip(),
            modified_at=now,
        )

    @staticmethod
    def _milestone_from_draft(milestone: Milestone, draft: MilestoneDraft, now: str) -> Milestone:
        return dataclasses.replace(
            milestone,
            text=draft.text.strip(),
            due_date=draft.due_date.strip(),
            status=draft.status,
            owner=draft.owner.strip(),
            modified_at=now,
        )

    @staticmethod
    def _place_goal(db: Database, uuid: str, level: GoalLevel, position: int | None) -> None:
        """Put goal ``uuid`` at ``position`` on ``level`` (at the end if None) and
        number the level's goals 0, 1, 2, ..."""
        order = [g for g in repo.goal_uuids_on(db, level) if g != uuid]
        index = len(order) if position is None else max(0, min(position, len(order)))
        order.insert(index, uuid)
        repo.set_goal_positions(db, level, order)

    @staticmethod
    def _renumber_goals(db: Database, level: GoalLevel) -> None:
        repo.set_goal_positions(db, level, repo.goal_uuids_on(db, level))

    @staticmethod
    def _place_indicator(
        db: Database, goal_uuid: str, uuid: str | None, position: int | None
    ) -> None:
        """Put indicator ``uuid`` (if any) at ``position`` and renumber the goal's
        indicators 0, 1, 2, ..."""
        order = [i for i in repo.indicator_uuids_of(db, goal_uuid) if i != uuid]
        if uuid is not None:
            index = len(order) if position is None else max(0, min(position, len(order)))
            order.insert(index, uuid)
        repo.set_indicator_positions(db, order)

    @staticmethod
    def _tombstones(db: Database, deleted: DeletedGoal) -> None:
        repository.add_tombstone(db, deleted.goal.uuid, Entity.GOAL.value)
        for indicator in deleted.indicators:
            repository.add_tombstone(db, indicator.uuid, Entity.INDICATOR.value)
        for measurement in deleted.measurements:
            repository.add_tombstone(db, measurement.uuid, Entity.MEASUREMENT.value)
        for milestone in deleted.milestones:
            repository.add_tombstone(db, milestone.uuid, Entity.MILESTONE.value)

    @staticmethod
    def _goal_changes(deleted: DeletedGoal) -> Changes:
        return Changes.of(
            Entity.GOAL,
            Entity.INDICATOR,
            Entity.MEASUREMENT,
            Entity.MILESTONE,
            uuids=deleted.uuids,
        )
