"""Rows ↔ domain objects. The only module that knows table and column names."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from ciworkshop.domain.model import Actor, ActorRole, Network, Person, Sector, utc_now


def _rows(db: Database, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    return list(db.query(sql, params or []))


# ---------------------------------------------------------------- network
def get_network(db: Database) -> Network:
    row = _rows(db, "SELECT * FROM network LIMIT 1")[0]
    return Network(**row)


def update_network(db: Database, network: Network) -> None:
    db.execute(
        "UPDATE network SET name = ?, region = ?, challenge = ?, modified_at = ? WHERE uuid = ?",
        [network.name, network.region, network.challenge, network.modified_at, network.uuid],
    )


def replace_network(db: Database, network: Network) -> None:
    """Give the one network row all of ``network``'s values, UUID and timestamps included
    (a file built from a JSON export keeps the network's identity)."""
    db.execute(
        "UPDATE network SET uuid = ?, name = ?, region = ?, challenge = ?, created_at = ?,"
        " modified_at = ?",
        [
            network.uuid,
            network.name,
            network.region,
            network.challenge,
            network.created_at,
            network.modified_at,
        ],
    )


# ---------------------------------------------------------------- actors
def _actor(row: dict[str, Any]) -> Actor:
    return Actor(
        uuid=row["uuid"],
        name=row["name"],
        short_name=row["short_name"],
        sector=Sector(row["sector"])
        if row["sector"] in Sector._value2member_map_
        else Sector.OTHER,
        role=(
            ActorRole(row["role"])
            if row["role"] in ActorRole._value2member_map_
            else ActorRole.PARTNER
        ),
        note=row["note"],
        created_at=row["created_at"],
        modified_at=row["modified_at"],
    )


def list_actors(db: Database) -> list[Actor]:
    actors = [_actor(r) for r in _rows(db, "SELECT * FROM actor")]
    return sorted(actors, key=lambda a: (a.name.casefold(), a.uuid))


def get_actor(db: Database, uuid: str) -> Actor | None:
    rows = _rows(db, "SELECT * FROM actor WHERE uuid = ?", [uuid])
    return _actor(rows[0]) if rows else None


def _actor_values(actor: Actor) -> list[Any]:
    return [
        actor.name,
        actor.short_name,
        actor.sector.value,
        actor.role.value,
        actor.note,
        actor.created_at,
        actor.modified_at,
        actor.uuid,
    ]


def insert_actor(db: Database, actor: Actor) -> None:
    db.execute(
        "INSERT INTO actor (name, short_name, sector, role, note, created_at, modified_at, uuid)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        _actor_values(actor),
    )


def update_actor(db: Database, actor: Actor) -> None:
    db.execute(
        "UPDATE actor SET name = ?, short_name = ?, sector = ?, role = ?, note = ?,"
        " created_at = ?, modified_at = ? WHERE uuid = ?",
        _actor_values(actor),
    )


def delete_actor(db: Database, uuid: str) -> tuple[str, ...]:
    """Delete an actor; return the people who were linked to it (now unlinked)."""
    linked = tuple(
        r["uuid"] for r in _rows(db, "SELECT uuid FROM person WHERE actor_uuid = ?", [uuid])
    )
    db.execute("DELETE FROM actor WHERE uuid = ?", [uuid])
    return linked


def relink_people(db: Database, actor_uuid: str, person_uuids: tuple[str, ...]) -> None:
    for person_uuid in person_uuids:
        db.execute("UPDATE person SET actor_uuid = ? WHERE uuid = ?", [actor_uuid, person_uuid])


# ---------------------------------------------------------------- people
def _person(row: dict[str, Any]) -> Person:
    return Person(
        uuid=row["uuid"],
        name=row["name"],
        actor_uuid=row["actor_uuid"],
        function=row["function"],
        email=row["email"],
        phone=row["phone"],
        consent_named=bool(row["consent_named"]),
        note=row["note"],
        created_at=row["created_at"],
        modified_at=row["modified_at"],
    )


def list_people(db: Database) -> list[Person]:
    people = [_person(r) for r in _rows(db, "SELECT * FROM person")]
    return sorted(people, key=lambda p: (p.name.casefold(), p.uuid))


def get_person(db: Database, uuid: str) -> Person | None:
    rows = _rows(db, "SELECT * FROM person WHERE uuid = ?", [uuid])
    return _person(rows[0]) if rows else None


def _person_values(person: Person) -> list[Any]:
    return [
        person.name,
        person.actor_uuid,
        person.function,
        person.email,
        person.phone,
        int(person.consent_named),
        person.note,
        person.created_at,
        person.modified_at,
        person.uuid,
    ]


def insert_person(db: Database, person: Person) -> None:
    db.execute(
        "INSERT INTO person (name, actor_uuid, function, email, phone, consent_named, note,"
        " created_at, modified_at, uuid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        _person_values(person),
    )


def update_person(db: Database, person: Person) -> None:
    db.execute(
        "UPDATE person SET name = ?, actor_uuid = ?, function = ?, email = ?, phone = ?,"
        " consent_named = ?, note = ?, created_at = ?, modified_at = ? WHERE uuid = ?",
        _person_values(person),
    )


def delete_person(db: Database, uuid: str) -> None:
    db.execute("DELETE FROM person WHERE uuid = ?", [uuid])


# ---------------------------------------------------------------- tombstones
def add_tombstone(db: Database, uuid: str, entity: str) -> None:
    db.execute(
        "INSERT OR REPLACE INTO tombstone (uuid, entity, deleted_at) VALUES (?, ?, ?)",
        [uuid, entity, utc_now()],
    )


def remove_tombstone(db: Database, uuid: str) -> None:
    db.execute("DELETE FROM tombstone WHERE uuid = ?", [uuid])


def tombstones(db: Database) -> dict[str, str]:
    return {r["uuid"]: r["entity"] for r in _rows(db, "SELECT uuid, entity FROM tombstone")}


# ---------------------------------------------------------------- integrity
def counts(db: Database) -> dict[str, int]:
    return {
        table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("actor", "person", "tombstone")
        if db[table].exists()
    }


def integrity_problems(db: Database) -> list[str]:
    problems = [
        f"integrity: {r[0]}"
        for r in db.execute("PRAGMA integrity_check").fetchall()
        if r[0] != "ok"
    ]
    problems += [
        f"foreign key: {r[0]} row {r[1]} -> {r[2]}"
        for r in db.execute("PRAGMA foreign_key_check").fetchall()
    ]
    return problems
