"""The network, its actors and its people.

Every entity has a stable UUID and created/modified timestamps (UTC, ISO 8601), so files
from several laptops can later be merged: entities match by UUID, the newer edit wins.
"""

from __future__ import annotations

import uuid as _uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

from ciworkshop.domain.i18n import QT_TRANSLATE_NOOP, Text


def new_uuid() -> str:
    return str(_uuid.uuid4())


def utc_now() -> str:
    """A sortable UTC timestamp with microseconds, e.g. ``2026-11-21T15:04:25.123456Z``."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class Sector(StrEnum):
    POLITICS_ADMINISTRATION = "politics_administration"
    BUSINESS = "business"
    CIVIL_SOCIETY = "civil_society"
    EDUCATION = "education"
    SCIENCE = "science"
    FUNDERS = "funders"
    OTHER = "other"

    @property
    def label(self) -> Text:
        return SECTOR_LABELS[self]


SECTOR_LABELS: dict[Sector, Text] = {
    Sector.POLITICS_ADMINISTRATION: QT_TRANSLATE_NOOP("Sector", "Politics & administration"),
    Sector.BUSINESS: QT_TRANSLATE_NOOP("Sector", "Business"),
    Sector.CIVIL_SOCIETY: QT_TRANSLATE_NOOP("Sector", "Civil society"),
    Sector.EDUCATION: QT_TRANSLATE_NOOP("Sector", "Education"),
    Sector.SCIENCE: QT_TRANSLATE_NOOP("Sector", "Science"),
    Sector.FUNDERS: QT_TRANSLATE_NOOP("Sector", "Funders"),
    Sector.OTHER: QT_TRANSLATE_NOOP("Sector", "Other"),
}


class ActorRole(StrEnum):
    BACKBONE = "backbone"
    STEERING_COMMITTEE = "steering_committee"
    PARTNER = "partner"
    FUNDER = "funder"
    GUEST = "guest"

    @property
    def label(self) -> Text:
        return ROLE_LABELS[self]


ROLE_LABELS: dict[ActorRole, Text] = {
    ActorRole.BACKBONE: QT_TRANSLATE_NOOP("ActorRole", "Backbone team"),
    ActorRole.STEERING_COMMITTEE: QT_TRANSLATE_NOOP("ActorRole", "Steering committee"),
    ActorRole.PARTNER: QT_TRANSLATE_NOOP("ActorRole", "Partner"),
    ActorRole.FUNDER: QT_TRANSLATE_NOOP("ActorRole", "Funder"),
    ActorRole.GUEST: QT_TRANSLATE_NOOP("ActorRole", "Guest"),
}


@dataclass(frozen=True, slots=True)
class Network:
    uuid: str
    name: str
    region: str = ""
    challenge: str = ""
    created_at: str = ""
    modified_at: str = ""

    def to_draft(self) -> NetworkDraft:
        return NetworkDraft(name=self.name, region=self.region, challenge=self.challenge)


@dataclass(frozen=True, slots=True)
class NetworkDraft:
    """What the network-details dialog returns."""

    name: str
    region: str = ""
    challenge: str = ""


@dataclass(frozen=True, slots=True)
class Actor:
    uuid: str
    name: str
    short_name: str = ""
    sector: Sector = Sector.OTHER
    role: ActorRole = ActorRole.PARTNER
    note: str = ""
    created_at: str = ""
    modified_at: str = ""

    @property
    def display_name(self) -> str:
        return self.short_name or self.name

    def to_draft(self) -> ActorDraft:
        return ActorDraft(
            name=self.name,
            short_name=self.short_name,
            sector=self.sector,
            role=self.role,
            note=self.note,
        )


@dataclass(frozen=True, slots=True)
class ActorDraft:
    """An actor as a dialog edits it: the fields without identity or timestamps."""

    name: str
    short_name: str = ""
    sector: Sector = Sector.OTHER
    role: ActorRole = ActorRole.PARTNER
    note: str = ""


@dataclass(frozen=True, slots=True)
class Person:
    uuid: str
    name: str
    actor_uuid: str | None = None
    function: str = ""
    email: str = ""
    phone: str = ""
    consent_named: bool = False
    note: str = ""
    created_at: str = ""
    modified_at: str = ""

    def to_draft(self) -> PersonDraft:
        return PersonDraft(
            name=self.name,
            actor_uuid=self.actor_uuid,
            function=self.function,
            email=self.email,
            phone=self.phone,
            consent_named=self.consent_named,
            note=self.note,
        )


@dataclass(frozen=True, slots=True)
class PersonDraft:
    """A person as a dialog edits it.

    ``consent_named`` is the DSGVO consent to be named in protocols; without it a
    protocol counts the person but does not print the name.
    """

    name: str
    actor_uuid: str | None = None
    function: str = ""
    email: str = ""
    phone: str = ""
    consent_named: bool = False
    note: str = ""


@dataclass(frozen=True, slots=True)
class DeletedActor:
    """Everything needed to undo an actor's deletion, including the people it employed
    and the impact goals it was responsible for (goal UUID, place among the goal's actors)."""

    actor: Actor
    person_uuids: tuple[str, ...] = field(default_factory=tuple)
    goal_links: tuple[tuple[str, int], ...] = field(default_factory=tuple)
