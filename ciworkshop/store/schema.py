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


@migrations()
def m003_impact_canvas(db: Database) -> None:
    # The impact canvas: vision and mission (one row, keyed by the network's UUID),
    # goals on three levels, their responsible actors, indicators with their measurements,
    # milestones, and frozen versions. Enum columns hold stable values (GoalLevel, ...);
    # dates are ISO text ('' = none). Children go with their parent (ON DELETE CASCADE);
    # the service records tombstones for them.
    db.execute(
        """
        CREATE TABLE canvas (
            uuid TEXT PRIMARY KEY NOT NULL,
            singleton INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),
            vision TEXT NOT NULL DEFAULT '',
            mission TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE goal (
            uuid TEXT PRIMARY KEY NOT NULL,
            level TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            statement TEXT NOT NULL,
            target_group TEXT NOT NULL DEFAULT '',
            rationale TEXT NOT NULL DEFAULT '',
            ambition INTEGER NOT NULL DEFAULT 3,
            status TEXT NOT NULL DEFAULT 'draft',
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX goal_level_position ON goal(level, position)")
    db.execute(
        """
        CREATE TABLE goal_actor (
            goal_uuid TEXT NOT NULL REFERENCES goal(uuid) ON DELETE CASCADE,
            actor_uuid TEXT NOT NULL REFERENCES actor(uuid) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (goal_uuid, actor_uuid)
        )
        """
    )
    db.execute("CREATE INDEX goal_actor_actor ON goal_actor(actor_uuid)")
    db.execute(
        """
        CREATE TABLE indicator (
            uuid TEXT PRIMARY KEY NOT NULL,
            goal_uuid TEXT NOT NULL REFERENCES goal(uuid) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            name TEXT NOT NULL,
            unit TEXT NOT NULL DEFAULT '',
            baseline_value REAL,
            baseline_date TEXT NOT NULL DEFAULT '',
            target_value REAL,
            target_date TEXT NOT NULL DEFAULT '',
            method TEXT,
            method_note TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            frequency TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX indicator_goal ON indicator(goal_uuid, position)")
    db.execute(
        """
        CREATE TABLE measurement (
            uuid TEXT PRIMARY KEY NOT NULL,
            indicator_uuid TEXT NOT NULL REFERENCES indicator(uuid) ON DELETE CASCADE,
            date TEXT NOT NULL,
            value REAL NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX measurement_indicator ON measurement(indicator_uuid, date)")
    db.execute(
        """
        CREATE TABLE milestone (
            uuid TEXT PRIMARY KEY NOT NULL,
            goal_uuid TEXT NOT NULL REFERENCES goal(uuid) ON DELETE CASCADE,
            text TEXT NOT NULL,
            due_date TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open',
            owner TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX milestone_goal ON milestone(goal_uuid)")
    db.execute(
        """
        CREATE TABLE canvas_version (
            uuid TEXT PRIMARY KEY NOT NULL,
            label TEXT NOT NULL,
            agreed_on TEXT NOT NULL,
            created_at TEXT NOT NULL,
            snapshot TEXT NOT NULL
        )
        """
    )


SCHEMA_VERSION = len(migrations._migrations)


def pending_count(db: Database) -> int:
    return len(migrations.pending(db))


def migrate(db: Database) -> None:
    migrations.apply(db)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
