"""The editor that gets killed: the child process of ``test_crash_durability.py``.

Usage: ``python crash_child.py FILE.ciw SEED``

Opens an existing network file (it creates nothing) and edits it through
``NetworkService`` in an endless loop of random operations until it is killed. Protocol on
stdout, one line each, flushed at once:

``READY``                              imported and opened; the edits begin
``DO <op> <uuid-or-value> [<actor>]``  about to call the service
``ACK <op> <uuid-or-value> [<actor>]`` the call returned: the edit is committed

``op`` is one of ``add_actor``, ``add_person`` (with the actor it is linked to),
``rename`` (network name set to the next counter value) and ``delete_person``. The ``DO``
line tells the parent which single edit may have been in flight at the moment of the kill.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from ciworkshop.domain.model import ActorDraft, NetworkDraft, PersonDraft, new_uuid
from ciworkshop.services.network import NetworkService
from ciworkshop.store.document import Document

OPERATIONS = ("add_actor", "add_person", "rename", "delete_person")
WEIGHTS = (3, 4, 2, 2)


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(path: Path, seed: int) -> None:
    rng = random.Random(seed)
    document = Document.open(path)
    service = NetworkService(document)
    actors = [a.uuid for a in service.actors()]
    people = [p.uuid for p in service.people()]
    counter = int(service.network().name)
    say("READY")
    while True:
        (op,) = rng.choices(OPERATIONS, weights=WEIGHTS)
        if op == "add_actor":
            uuid = new_uuid()
            say(f"DO add_actor {uuid}")
            service.add_actor(
                draft=ActorDraft(
                    name=f"Akteur {rng.randrange(10**6)}", note="n" * rng.randrange(3000)
                ),
                uuid=uuid,
            )
            actors.append(uuid)
            say(f"ACK add_actor {uuid}")
        elif op == "add_person" and actors:
            uuid, actor = new_uuid(), rng.choice(actors)
            say(f"DO add_person {uuid} {actor}")
            service.add_person(
                draft=PersonDraft(
                    name=f"Person {rng.randrange(10**6)} 😀",
                    actor_uuid=actor,
                    email=f"p{rng.randrange(10**6)}@example.org",
                    consent_named=rng.random() < 0.5,
                ),
                uuid=uuid,
            )
            people.append(uuid)
            say(f"ACK add_person {uuid} {actor}")
        elif op == "rename":
            counter += 1
            say(f"DO rename {counter}")
            service.update_network(draft=NetworkDraft(name=str(counter)))
            say(f"ACK rename {counter}")
        elif op == "delete_person" and people:
            uuid = people.pop(rng.randrange(len(people)))
            say(f"DO delete_person {uuid}")
            service.delete_person(uuid=uuid)
            say(f"ACK delete_person {uuid}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
