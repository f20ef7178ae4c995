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


@migrations()
def m004_events_and_capture(db: Database) -> None:
    # Events and sessions with attendance and agenda; per agenda item a board of cards in
    # clusters with dots; per session decisions, action items, a parking lot and photos.
    # Children go with their parent (ON DELETE CASCADE); the service records tombstones.
    # References into the network and the canvas (person, actor, goal) and to the session
    # that closed a carried-over action item are soft (no foreign key): deleting and
    # restoring a goal or a person keeps the link, readers treat an unknown UUID as none.
    # CHECKs guard the closed enums (status, agreement) and numbers; formats and card
    # colours get none, because more will come and SQLite cannot alter a CHECK in place.
    db.execute(
        """
        CREATE TABLE event (
            uuid TEXT PRIMARY KEY NOT NULL,
            title TEXT NOT NULL,
            date TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE session (
            uuid TEXT PRIMARY KEY NOT NULL,
            event_uuid TEXT REFERENCES event(uuid) ON DELETE SET NULL,
            format TEXT NOT NULL,
            title TEXT NOT NULL,
            date TEXT NOT NULL DEFAULT '',
            start_time TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            facilitator TEXT NOT NULL DEFAULT '',
            note_taker TEXT NOT NULL DEFAULT '',
            guiding_question TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX session_event ON session(event_uuid)")
    db.execute("CREATE INDEX session_date ON session(date, start_time)")
    db.execute(
        """
        CREATE TABLE attendance (
            uuid TEXT PRIMARY KEY NOT NULL,
            session_uuid TEXT NOT NULL REFERENCES session(uuid) ON DELETE CASCADE,
            person_uuid TEXT,
            guest_name TEXT NOT NULL DEFAULT '',
            guest_organisation TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL,
            CHECK ((person_uuid IS NULL) <> (guest_name = ''))
        )
        """
    )
    db.execute("CREATE INDEX attendance_session ON attendance(session_uuid)")
    db.execute(
        "CREATE UNIQUE INDEX attendance_person ON attendance(session_uuid, person_uuid)"
        " WHERE person_uuid IS NOT NULL"
    )
    db.execute(
        """
        CREATE TABLE agenda_item (
            uuid TEXT PRIMARY KEY NOT NULL,
            session_uuid TEXT NOT NULL REFERENCES session(uuid) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            title TEXT NOT NULL,
            planned_minutes INTEGER NOT NULL DEFAULT 0 CHECK (planned_minutes >= 0),
            started_at TEXT NOT NULL DEFAULT '',
            ended_at TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX agenda_item_session ON agenda_item(session_uuid, position)")
    db.execute(
        """
        CREATE TABLE cluster (
            uuid TEXT PRIMARY KEY NOT NULL,
            agenda_item_uuid TEXT NOT NULL REFERENCES agenda_item(uuid) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            name TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX cluster_agenda_item ON cluster(agenda_item_uuid, position)")
    db.execute(
        """
        CREATE TABLE card (
            uuid TEXT PRIMARY KEY NOT NULL,
            agenda_item_uuid TEXT NOT NULL REFERENCES agenda_item(uuid) ON DELETE CASCADE,
            cluster_uuid TEXT REFERENCES cluster(uuid) ON DELETE SET NULL,
            position INTEGER NOT NULL DEFAULT 0,
            text TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            colour TEXT NOT NULL DEFAULT 'yellow',
            dots INTEGER NOT NULL DEFAULT 0 CHECK (dots >= 0),
            goal_uuid TEXT,
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX card_agenda_item ON card(agenda_item_uuid, cluster_uuid, position)")
    db.execute("CREATE INDEX card_cluster ON card(cluster_uuid)")
    db.execute("CREATE INDEX card_goal ON card(goal_uuid) WHERE goal_uuid IS NOT NULL")
    db.execute(
        """
        CREATE TABLE decision (
            uuid TEXT PRIMARY KEY NOT NULL,
            session_uuid TEXT NOT NULL REFERENCES session(uuid) ON DELETE CASCADE,
            agenda_item_uuid TEXT REFERENCES agenda_item(uuid) ON DELETE SET NULL,
            text TEXT NOT NULL,
            agreement TEXT NOT NULL DEFAULT 'consensus'
                CHECK (agreement IN ('consensus', 'majority', 'consent', 'other')),
            goal_uuid TEXT,
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX decision_session ON decision(session_uuid)")
    db.execute("CREATE INDEX decision_agenda_item ON decision(agenda_item_uuid)")
    db.execute("CREATE INDEX decision_goal ON decision(goal_uuid) WHERE goal_uuid IS NOT NULL")
    db.execute(
        """
        CREATE TABLE action_item (
            uuid TEXT PRIMARY KEY NOT NULL,
            session_uuid TEXT NOT NULL REFERENCES session(uuid) ON DELETE CASCADE,
            what TEXT NOT NULL,
            owner_actor_uuid TEXT,
            owner_person_uuid TEXT,
            owner_text TEXT NOT NULL DEFAULT '',
            due_date TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
            closed_in_session_uuid TEXT,
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL,
            CHECK (owner_actor_uuid IS NULL OR owner_person_uuid IS NULL)
        )
        """
    )
    db.execute("CREATE INDEX action_item_session ON action_item(session_uuid)")
    db.execute("CREATE INDEX action_item_status ON action_item(status, due_date)")
    db.execute(
        """
        CREATE TABLE parking_lot_item (
            uuid TEXT PRIMARY KEY NOT NULL,
            session_uuid TEXT NOT NULL REFERENCES session(uuid) ON DELETE CASCADE,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX parking_lot_item_session ON parking_lot_item(session_uuid)")
    db.execute(
        """
        CREATE TABLE photo (
            uuid TEXT PRIMARY KEY NOT NULL,
            session_uuid TEXT NOT NULL REFERENCES session(uuid) ON DELETE CASCADE,
            caption TEXT NOT NULL DEFAULT '',
            mime TEXT NOT NULL,
            width INTEGER NOT NULL CHECK (width > 0),
            height INTEGER NOT NULL CHECK (height > 0),
            bytes BLOB NOT NULL,
            created_at TEXT NOT NULL,
            modified_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX photo_session ON photo(session_uuid)")


SCHEMA_VERSION = len(migrations._migrations)


def pending_count(db: Database) -> int:
    return len(migrations.pending(db))


def migrate(db: Database) -> None:
    migrations.apply(db)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
