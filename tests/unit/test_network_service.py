"""NetworkService round trips: what is saved is what comes back after reopening the file."""

from __future__ import annotations

import pytest

from ciworkshop.domain.model import (
    ActorDraft,
    ActorRole,
    NetworkDraft,
    PersonDraft,
    Sector,
)
from ciworkshop.services.changes import Entity
from ciworkshop.services.network import NetworkService
from ciworkshop.store.document import Document
from tests.unit.helpers import raw_rows


def reopen(document: Document) -> tuple[Document, NetworkService]:
    """Close the file and open it again: nothing may live only in memory."""
    document.close()
    again = Document.open(document.path)
    return again, NetworkService(again)


# ------------------------------------------------------------------ network
def test_network_details_round_trip(service: NetworkService, document: Document) -> None:
    created = service.network()
    assert created.name == "Testverbund"
    changes = service.update_network(
        draft=NetworkDraft(
            name="  Zukunftswege Hellental  ",
            region="Landkreis Hellental",
            challenge="Jede*r zehnte Jugendliche …\nohne Abschluss.",
        )
    )
    assert Entity.NETWORK in changes

    doc, service = reopen(document)
    with doc:
        network = service.network()
    assert network.uuid == created.uuid
    assert network.name == "Zukunftswege Hellental"  # surrounding blanks trimmed
    assert network.region == "Landkreis Hellental"
    assert network.challenge == "Jede*r zehnte Jugendliche …\nohne Abschluss."
    assert network.created_at == created.created_at
    assert network.modified_at > created.modified_at


# ------------------------------------------------------------------ actors
@pytest.mark.parametrize("sector", list(Sector))
def test_actor_sector_round_trip(
    service: NetworkService, document: Document, sector: Sector
) -> None:
    role = list(ActorRole)[list(Sector).index(sector) % len(ActorRole)]
    actor, changes = service.add_actor(
        draft=ActorDraft(name=f"Akteur {sector}", short_name="Kurz", sector=sector, role=role)
    )
    assert changes.uuids == {actor.uuid}

    doc, service = reopen(document)
    with doc:
        (stored,) = service.actors()
    assert stored == actor
    assert stored.sector is sector
    assert stored.role is role
    # The file holds the stable enum value, not a label or an index.
    assert raw_rows(doc.path, "SELECT sector, role FROM actor") == [(sector.value, role.value)]


@pytest.mark.parametrize("role", list(ActorRole))
def test_actor_role_round_trip(
    service: NetworkService, document: Document, role: ActorRole
) -> None:
    actor, _ = service.add_actor(draft=ActorDraft(name="Stadt Hellental", role=role))
    doc, service = reopen(document)
    with doc:
        assert service.actor(actor.uuid) == actor
    assert raw_rows(doc.path, "SELECT role FROM actor") == [(role.value,)]


def test_actors_are_listed_by_name_case_insensitively(service: NetworkService) -> None:
    for name in ("beta", "Alpha", "Ärztekammer", "gamma"):
        service.add_actor(draft=ActorDraft(name=name))
    assert [a.name for a in service.actors()][:3] == ["Alpha", "beta", "gamma"]


def test_update_actor_changes_modified_at_but_not_created_at(
    service: NetworkService, document: Document
) -> None:
    actor, _ = service.add_actor(draft=ActorDraft(name="Jobcenter", sector=Sector.OTHER))
    assert actor.created_at == actor.modified_at
    service.update_actor(
        uuid=actor.uuid,
        draft=ActorDraft(
            name="Jobcenter Hellental",
            short_name="JC",
            sector=Sector.POLITICS_ADMINISTRATION,
            role=ActorRole.STEERING_COMMITTEE,
            note="Sitzt im Steuerungskreis.",
        ),
    )
    doc, service = reopen(document)
    with doc:
        stored = service.actor(actor.uuid)
    assert stored is not None
    assert (stored.name, stored.short_name, stored.sector, stored.role, stored.note) == (
        "Jobcenter Hellental",
        "JC",
        Sector.POLITICS_ADMINISTRATION,
        ActorRole.STEERING_COMMITTEE,
        "Sitzt im Steuerungskreis.",
    )
    assert stored.created_at == actor.created_at
    assert stored.modified_at > actor.modified_at


def test_updating_a_missing_actor_raises_and_writes_nothing(service: NetworkService) -> None:
    with pytest.raises(KeyError):
        service.update_actor(uuid="no-such-uuid", draft=ActorDraft(name="X"))
    assert service.actors() == []


# ------------------------------------------------------------------ people
def test_people_round_trip_with_consent_and_organisation(
    service: NetworkService, document: Document
) -> None:
    school, _ = service.add_actor(draft=ActorDraft(name="BBS Hellental", sector=Sector.EDUCATION))
    named, _ = service.add_person(
        draft=PersonDraft(
            name="Ada Lovelace",
            actor_uuid=school.uuid,
            function=" Schulleitung ",
            email=" ada@example.org ",
            phone="+49 5555 1234",
            consent_named=True,
            note="Ansprechpartnerin für Praktika.",
        )
    )
    anonymous, _ = service.add_person(draft=PersonDraft(name="Bob", consent_named=False))

    doc, service = reopen(document)
    with doc:
        people = {p.uuid: p for p in service.people()}
    assert people == {named.uuid: named, anonymous.uuid: anonymous}
    assert people[named.uuid].actor_uuid == school.uuid
    assert people[named.uuid].consent_named is True
    assert people[named.uuid].function == "Schulleitung"
    assert people[named.uuid].email == "ada@example.org"
    assert people[anonymous.uuid].actor_uuid is None
    assert people[anonymous.uuid].consent_named is False
    assert sorted(raw_rows(doc.path, "SELECT name, consent_named FROM person")) == [
        ("Ada Lovelace", 1),
        ("Bob", 0),
    ]


def test_update_person_moves_them_to_another_organisation(
    service: NetworkService, document: Document
) -> None:
    first, _ = service.add_actor(draft=ActorDraft(name="Erste"))
    second, _ = service.add_actor(draft=ActorDraft(name="Zweite"))
    person, _ = service.add_person(draft=PersonDraft(name="Cleo", actor_uuid=first.uuid))
    service.update_person(
        uuid=person.uuid,
        draft=PersonDraft(name="Cleo M.", actor_uuid=second.uuid, consent_named=True),
    )
    doc, service = reopen(document)
    with doc:
        stored = service.person(person.uuid)
    assert stored is not None
    assert (stored.name, stored.actor_uuid, stored.consent_named) == ("Cleo M.", second.uuid, True)
    assert stored.created_at == person.created_at
    assert stored.modified_at > person.modified_at


# ------------------------------------------------------------------ deleting and restoring
def _tombstones(document: Document) -> list[tuple[str, str]]:
    return sorted(raw_rows(document.path, "SELECT uuid, entity FROM tombstone"))


def test_delete_actor_unlinks_people_and_restore_relinks_them(
    service: NetworkService, document: Document
) -> None:
    actor, _ = service.add_actor(
        draft=ActorDraft(name="Handwerkskammer", sector=Sector.BUSINESS, note="Notiz")
    )
    other, _ = service.add_actor(draft=ActorDraft(name="Andere"))
    staff = [
        service.add_person(draft=PersonDraft(name=f"P{i}", actor_uuid=actor.uuid))[0]
        for i in range(3)
    ]
    outsider, _ = service.add_person(draft=PersonDraft(name="Q", actor_uuid=other.uuid))

    deleted, changes = service.delete_actor(uuid=actor.uuid)
    assert {Entity.ACTOR, Entity.PERSON} <= changes.entities
    assert sorted(deleted.person_uuids) == sorted(p.uuid for p in staff)

    doc, service = reopen(document)
    assert service.actor(actor.uuid) is None
    assert [a.uuid for a in service.actors()] == [other.uuid]
    for person in staff:
        unlinked = service.person(person.uuid)
        assert unlinked is not None  # people stay, only the link goes
        assert unlinked.actor_uuid is None
    assert service.person(outsider.uuid) == outsider
    assert _tombstones(doc) == [(actor.uuid, "actor")]

    service.restore_actor(deleted=deleted)
    doc, service = reopen(doc)
    with doc:
        assert service.actor(actor.uuid) == actor  # same UUID, same fields and timestamps
        for person in staff:
            relinked = service.person(person.uuid)
            assert relinked is not None
            assert relinked.actor_uuid == actor.uuid
        assert service.person(outsider.uuid) == outsider
    assert _tombstones(doc) == []


def test_delete_person_and_restore(service: NetworkService, document: Document) -> None:
    actor, _ = service.add_actor(draft=ActorDraft(name="Agentur für Arbeit"))
    person, _ = service.add_person(
        draft=PersonDraft(
            name="Dana", actor_uuid=actor.uuid, email="dana@example.org", consent_named=True
        )
    )
    keep, _ = service.add_person(draft=PersonDraft(name="Eli"))

    removed, _ = service.delete_person(uuid=person.uuid)
    assert removed == person

    doc, service = reopen(document)
    assert service.person(person.uuid) is None
    assert [p.uuid for p in service.people()] == [keep.uuid]
    assert _tombstones(doc) == [(person.uuid, "person")]
    # secure_delete: the deleted e-mail address is not left readable in the file.
    assert b"dana@example.org" not in doc.path.read_bytes()

    service.restore_person(person=removed)
    doc, service = reopen(doc)
    with doc:
        assert service.person(person.uuid) == person
    assert _tombstones(doc) == []


def test_restoring_a_person_whose_organisation_is_gone_leaves_them_unlinked(
    service: NetworkService,
) -> None:
    actor, _ = service.add_actor(draft=ActorDraft(name="Verein"))
    person, _ = service.add_person(draft=PersonDraft(name="Finn", actor_uuid=actor.uuid))
    removed, _ = service.delete_person(uuid=person.uuid)
    service.delete_actor(uuid=actor.uuid)
    service.restore_person(person=removed)
    restored = service.person(person.uuid)
    assert restored is not None
    assert restored.actor_uuid is None
    assert restored.name == "Finn"


def test_redoing_an_undone_add_keeps_the_uuid_and_clears_the_tombstone(
    service: NetworkService, document: Document
) -> None:
    actor, _ = service.add_actor(draft=ActorDraft(name="Stiftung", role=ActorRole.FUNDER))
    person, _ = service.add_person(draft=PersonDraft(name="Gil"))
    service.delete_actor(uuid=actor.uuid)  # undo of "add actor"
    service.delete_person(uuid=person.uuid)  # undo of "add person"
    again, _ = service.add_actor(draft=actor.to_draft(), uuid=actor.uuid)  # redo
    same, _ = service.add_person(draft=person.to_draft(), uuid=person.uuid)
    assert (again.uuid, same.uuid) == (actor.uuid, person.uuid)

    doc, service = reopen(document)
    with doc:
        stored = service.actor(actor.uuid)
        assert stored is not None
        assert (stored.name, stored.role) == ("Stiftung", ActorRole.FUNDER)
        assert service.person(person.uuid) is not None
    assert _tombstones(doc) == []
