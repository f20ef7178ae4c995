"""The demo network a newcomer sees: a regional network for the transition from school to work."""

from __future__ import annotations

from pathlib import Path

from ciworkshop.domain.model import ActorDraft, ActorRole, NetworkDraft, PersonDraft, Sector
from ciworkshop.services import demo_data
from ciworkshop.services.network import NetworkService
from ciworkshop.store.document import Document


def populate(service: NetworkService) -> None:
    service.update_network(draft=NetworkDraft(**demo_data.NETWORK))
    uuids: dict[str, str] = {}
    for entry in demo_data.ACTORS:
        actor, _ = service.add_actor(
            draft=ActorDraft(
                name=entry["name"],
                short_name=entry.get("short_name", ""),
                sector=Sector(entry["sector"]),
                role=ActorRole(entry["role"]),
                note=entry.get("note", ""),
            )
        )
        uuids[entry["key"]] = actor.uuid
    for person in demo_data.PERSONS:
        actor_key = person.get("actor")
        service.add_person(
            draft=PersonDraft(
                name=str(person["name"]),
                actor_uuid=uuids[str(actor_key)] if actor_key else None,
                function=str(person.get("function") or ""),
                email=str(person.get("email") or ""),
                phone=str(person.get("phone") or ""),
                consent_named=bool(person.get("consent")),
            )
        )


def write_demo(path: Path) -> Document:
    """Create ``path`` (which must not exist) holding the demo network; return it open."""
    document = Document.create(path, network_name=str(demo_data.NETWORK["name"]))
    try:
        populate(NetworkService(document))
    except BaseException:
        document.close()
        raise
    return document
