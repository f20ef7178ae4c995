"""The versioned schema of a .ciw file.

Tables are created here, in sqlite-utils ``Migrations``, never by ``insert()``
auto-creation. The schema version a file carries in ``PRAGMA user_version`` is the
number of migrations applied to it; a file with a higher number came from a newer
ciworkshop and is refused.

Append new migrations at the end; never edit one that has shipped.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

#: "CIWS": marks a SQLite file as a ciworkshop network (PRAGMA application_id).
APPLICATION_ID = 0x43495753

migrations = Migrations("ciworkshop")


@migrations()
def m001_network_actors_people(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE network (
            uuid TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            region TEXT NOT NULL DEFAULT '',
            challenge TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE actor (
            uuid TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            short_name TEXT NOT NULL DEFAULT '',
            sector TEXT NOT NULL,
            role TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE person (
            uuid TEXT PRIMARY KEY NOT NULL,
            name TEXT NOT NULL,
            actor_uuid TEXT REFERENCES actor(uuid) ON DELETE SET NULL,
            function TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            consent_named INTEGER NOT NULL DEFAULT 0 CHECK (consent_named IN (0, 1)),
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX person_actor ON person(actor_uuid)")


@migrations()
def m002_tombstones(db: Database) -> None:
    # Deletions travel as explicit tombstones so that merging table laptops never
    # resurrects what was deleted, and never deletes what is merely missing elsewhere.
    db.execute(
        """
        CREATE TABLE tombstone (
            uuid TEXT PRIMARY KEY NOT NULL,
            entity TEXT NOT NULL,
            deleted_at TEXT NOT NULL
        )
        """
    )


SCHEMA_VERSION = len(migrations._migrations)


def pending_count(db: Database) -> int:
    return len(migrations.pending(db))


def migrate(db: Database) -> None:
    migrations.apply(db)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
