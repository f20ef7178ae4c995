"""The value every service call returns: which kinds of entities changed."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Entity(StrEnum):
    NETWORK = "network"
    ACTOR = "actor"
    PERSON = "person"
    # impact canvas (values are the table names, as for the others)
    CANVAS = "canvas"
    GOAL = "goal"
    INDICATOR = "indicator"
    MEASUREMENT = "measurement"
    MILESTONE = "milestone"
    VERSION = "canvas_version"
    # events, sessions and live capture
    EVENT = "event"
    SESSION = "session"
    ATTENDANCE = "attendance"
    AGENDA_ITEM = "agenda_item"
    CLUSTER = "cluster"
    CARD = "card"
    DECISION = "decision"
    ACTION_ITEM = "action_item"
    PARKING_LOT_ITEM = "parking_lot_item"
    PHOTO = "photo"


@dataclass(frozen=True, slots=True)
class Changes:
    entities: frozenset[Entity] = field(default_factory=frozenset)
    uuids: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, *entities: Entity, uuids: tuple[str, ...] = ()) -> Changes:
        return cls(frozenset(entities), frozenset(uuids))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.entities | other.entities, self.uuids | other.uuids)

    def __contains__(self, entity: object) -> bool:
        return entity in self.entities
