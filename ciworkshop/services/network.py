"""Use cases on the network, its actors and its people.

Each public method is one transaction (``Document.transaction``) and returns
:class:`Changes`. Methods that create accept an optional ``uuid`` so that an undone
creation is redone with the same identity.
"""

from __future__ import annotations

import dataclasses

from ciworkshop.domain import rules
from ciworkshop.domain.model import (
    Actor,
    ActorDraft,
    DeletedActor,
    Network,
    NetworkDraft,
    Person,
    PersonDraft,
    new_uuid,
    utc_now,
)
from ciworkshop.services.changes import Changes, Entity
from ciworkshop.store import canvas_repository, repository
from ciworkshop.store.document import Document


class NetworkService:
    def __init__(self, document: Document) -> None:
        self.document = document

    @property
    def _db(self):  # type: ignore[no-untyped-def]
        return self.document.db

    # ------------------------------------------------------------ reading
    def network(self) -> Network:
        return repository.get_network(self._db)

    def actors(self) -> list[Actor]:
        return repository.list_actors(self._db)

    def actor(self, uuid: str) -> Actor | None:
        return repository.get_actor(self._db, uuid)

    def people(self) -> list[Person]:
        return repository.list_people(self._db)

    def person(self, uuid: str) -> Person | None:
        return repository.get_person(self._db, uuid)

    # ------------------------------------------------------------ network
    def update_network(self, *, draft: NetworkDraft) -> Changes:
        rules.require_valid(rules.check_network(draft))
        with self.document.transaction() as db:
            current = repository.get_network(db)
            repository.update_network(
                db,
                dataclasses.replace(
                    current,
                    name=draft.name.strip(),
                    region=draft.region.strip(),
                    challenge=draft.challenge,
                    modified_at=utc_now(),
                ),
            )
        return Changes.of(Entity.NETWORK)

    # ------------------------------------------------------------ actors
    def add_actor(self, *, draft: ActorDraft, uuid: str | None = None) -> tuple[Actor, Changes]:
        rules.require_valid(rules.check_actor(draft))
        now = utc_now()
        actor = Actor(
            uuid=uuid or new_uuid(),
            name=draft.name.strip(),
            short_name=draft.short_name.strip(),
            sector=draft.sector,
            role=draft.role,
            note=draft.note,
            created_at=now,
            modified_at=now,
        )
        with self.document.transaction() as db:
            repository.insert_actor(db, actor)
            repository.remove_tombstone(db, actor.uuid)
        return actor, Changes.of(Entity.ACTOR, uuids=(actor.uuid,))

    def update_actor(self, *, uuid: str, draft: ActorDraft) -> Changes:
        rules.require_valid(rules.check_actor(draft))
        with self.document.transaction() as db:
            current = repository.get_actor(db, uuid)
            if current is None:
                raise KeyError(uuid)
            repository.update_actor(
                db,
                dataclasses.replace(
                    current,
                    name=draft.name.strip(),
                    short_name=draft.short_name.strip(),
                    sector=draft.sector,
                    role=draft.role,
                    note=draft.note,
                    modified_at=utc_now(),
                ),
            )
        return Changes.of(Entity.ACTOR, uuids=(uuid,))

    def delete_actor(self, *, uuid: str) -> tuple[DeletedActor, Changes]:
        with self.document.transaction() as db:
            actor = repository.get_actor(db, uuid)
            if actor is None:
                raise KeyError(uuid)
            goal_links = canvas_repository.actor_goal_links(db, uuid)
            linked = repository.delete_actor(db, uuid)
            repository.add_tombstone(db, uuid, Entity.ACTOR.value)
        changes = Changes.of(Entity.ACTOR, Entity.PERSON, uuids=(uuid,))
        if goal_links:
            changes |= Changes.of(Entity.GOAL)
        return DeletedActor(actor, linked, goal_links), changes

    def restore_actor(self, *, deleted: DeletedActor) -> Changes:
        """Undo a deletion: the same actor, same UUID, its people linked again."""
        with self.document.transaction() as db:
            repository.insert_actor(db, deleted.actor)
            repository.remove_tombstone(db, deleted.actor.uuid)
            repository.relink_people(db, deleted.actor.uuid, deleted.person_uuids)
            canvas_repository.relink_actor(db, deleted.actor.uuid, deleted.goal_links)
        changes = Changes.of(Entity.ACTOR, Entity.PERSON, uuids=(deleted.actor.uuid,))
        if deleted.goal_links:
            changes |= Changes.of(Entity.GOAL)
        return changes

    # ------------------------------------------------------------ people
    def add_person(self, *, draft: PersonDraft, uuid: str | None = None) -> tuple[Person, Changes]:
        rules.require_valid(rules.check_person(draft))
        now = utc_now()
        person = Person(
            uuid=uuid or new_uuid(),
            name=draft.name.strip(),
            actor_uuid=draft.actor_uuid,
            function=draft.function.strip(),
            email=draft.email.strip(),
            phone=draft.phone.strip(),
            consent_named=draft.consent_named,
            note=draft.note,
            created_at=now,
            modified_at=now,
        )
        with self.document.transaction() as db:
            repository.insert_person(db, person)
            repository.remove_tombstone(db, person.uuid)
        return person, Changes.of(Entity.PERSON, uuids=(person.uuid,))

    def update_person(self, *, uuid: str, draft: PersonDraft) -> Changes:
        rules.require_valid(rules.check_person(draft))
        with self.document.transaction() as db:
            current = repository.get_person(db, uuid)
            if current is None:
                raise KeyError(uuid)
            repository.update_person(
                db,
                dataclasses.replace(
                    current,
                    name=draft.name.strip(),
                    actor_uuid=draft.actor_uuid,
                    function=draft.function.strip(),
                    email=draft.email.strip(),
                    phone=draft.phone.strip(),
                    consent_named=draft.consent_named,
                    note=draft.note,
                    modified_at=utc_now(),
                ),
            )
        return Changes.of(Entity.PERSON, uuids=(uuid,))

    def delete_person(self, *, uuid: str) -> tuple[Person, Changes]:
        """Delete a person's data for good (secure_delete overwrites it in the file)."""
        with self.document.transaction() as db:
            person = repository.get_person(db, uuid)
            if person is None:
                raise KeyError(uuid)
            repository.delete_person(db, uuid)
            repository.add_tombstone(db, uuid, Entity.PERSON.value)
        return person, Changes.of(Entity.PERSON, uuids=(uuid,))

    def restore_person(self, *, person: Person) -> Changes:
        with self.document.transaction() as db:
            if person.actor_uuid and repository.get_actor(db, person.actor_uuid) is None:
                person = dataclasses.replace(person, actor_uuid=None)
            repository.insert_person(db, person)
            repository.remove_tombstone(db, person.uuid)
        return Changes.of(Entity.PERSON, uuids=(person.uuid,))
