"""The network as JSON: export, import into a new file, the documented schema, and every
way a JSON file can be wrong (each refused with a clear message, nothing created).

The round trip (export → import → export) must give the same text except ``exported_at``;
a hypothesis property checks it on random networks built through the services, another
one that no mutation of a valid export makes the import fail other than with
:class:`JsonImportError`. Runs without Qt.
"""

from __future__ import annotations

import base64
import itertools
import json
import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ciworkshop import __version__
from ciworkshop.domain.canvas import (
    Ambition,
    CanvasDraft,
    CollectionMethod,
    GoalDraft,
    GoalLevel,
    GoalStatus,
    IndicatorDraft,
    MeasurementDraft,
    MilestoneDraft,
    MilestoneStatus,
)
from ciworkshop.domain.events import (
    ActionItemDraft,
    ActionStatus,
    AgendaItemDraft,
    Agreement,
    AttendanceDraft,
    CardColour,
    CardDraft,
    DecisionDraft,
    EventDraft,
    PhotoDraft,
    SessionDraft,
    SessionFormat,
    template_drafts,
)
from ciworkshop.domain.i18n import Text
from ciworkshop.domain.model import (
    ActorDraft,
    ActorRole,
    NetworkDraft,
    PersonDraft,
    Sector,
)
from ciworkshop.domain.rules import FIELD_LIMITS
from ciworkshop.services import json_io
from ciworkshop.services.canvas import CanvasService
from ciworkshop.services.events import EventService
from ciworkshop.services.json_io import (
    FORMAT_NAME,
    MAX_DEPTH,
    SCHEMA_VERSION,
    JsonImportError,
    JsonImportErrorKind,
    export_network_json,
    import_network_json,
    read_network_json,
)
from ciworkshop.services.network import NetworkService
from ciworkshop.store import repository
from ciworkshop.store.document import Document
from ciworkshop.store.errors import DocumentError, DocumentErrorKind
from tests.unit.helpers import folder_snapshot, raw_rows

DOCS = Path(__file__).resolve().parents[2] / "docs"
SCHEMA_FILE = DOCS / "ciworkshop-network.schema.json"
SCHEMA_DOC = DOCS / "json-schema.md"

TRICKY = "R&D <b>Team</b> 😀 „Zukunft“ </script> & 'x' \"y\" {name} %s ${HOME} \\n"
TRICKY_LONG = "Zeile 1: x<y & y>z\nZeile 2: Ümlaute ÄÖÜß € ✓ ★ 👩‍👩‍👧\ttab\u00a0nbsp"
NINE = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
JPEG = b"\xff\xd8\xff\xe0" + bytes(range(255, -1, -1))

Kind = JsonImportErrorKind


# ================================================================= a network with everything
def build_full_network(document: Document) -> dict[str, str]:
    """Every kind of entity, tricky text, actual times, a frozen version, and soft links to
    a goal and a person deleted since. Returns some UUIDs by name."""
    net, canvas, events = NetworkService(document), CanvasService(document), EventService(document)
    net.update_network(
        draft=NetworkDraft(name="Zukunftswege Hellental", region="Hellental", challenge=TRICKY_LONG)
    )
    ja, _ = net.add_actor(
        draft=ActorDraft(
            name="Jugendamt Hellental",
            short_name="JA",
            sector=Sector.POLITICS_ADMINISTRATION,
            role=ActorRole.BACKBONE,
            note=TRICKY,
        )
    )
    hwk, _ = net.add_actor(draft=ActorDraft(name="Handwerkskammer", sector=Sector.BUSINESS))
    anna, _ = net.add_person(
        draft=PersonDraft(
            name="Anna Beispiel",
            actor_uuid=ja.uuid,
            function="Leitung",
            email="anna@example.org",
            phone="+49 5555 1234",
            consent_named=True,
            note=TRICKY_LONG,
        )
    )
    ben, _ = net.add_person(draft=PersonDraft(name="Ben Gast"))
    canvas.update_canvas(draft=CanvasDraft(vision="Vision 😀\nzweite Zeile", mission=TRICKY))
    goal, _ = canvas.add_goal(
        draft=GoalDraft(
            level=GoalLevel.PROJECT,
            statement="Alle Jugendlichen finden einen Anschluss",
            target_group="Jugendliche der Klassen 8–10",
            rationale=TRICKY_LONG,
            ambition=Ambition.BOLD,
            status=GoalStatus.AGREED,
            actor_uuids=(hwk.uuid, ja.uuid),
        )
    )
    canvas.add_goal(draft=GoalDraft(level=GoalLevel.SYSTEM, statement="Vertrauen aufbauen"))
    gone, _ = canvas.add_goal(draft=GoalDraft(level=GoalLevel.KNOWLEDGE, statement="Wissen"))
    indicator, _ = canvas.add_indicator(
        goal_uuid=goal.uuid,
        draft=IndicatorDraft(
            name="Quote ohne Abschluss",
            unit="%",
            baseline_value=9.7,
            baseline_date="2024-07-31",
            target_value=5,
            target_date="2028-07-31",
            method=CollectionMethod.OFFICIAL_STATISTICS,
            method_note="Schulstatistik",
            source="Landesamt",
            frequency="jährlich",
        ),
    )
    canvas.add_indicator(goal_uuid=goal.uuid, draft=IndicatorDraft(name="Ohne alles"))
    canvas.add_measurement(
        indicator_uuid=indicator.uuid,
        draft=MeasurementDraft(date="2025-07-31", value=8.25, note=TRICKY),
    )
    canvas.add_milestone(
        goal_uuid=goal.uuid,
        draft=MilestoneDraft(
            text="Praktikumsbörse",
            due_date="2026-06-30",
            status=MilestoneStatus.REACHED,
            owner="JA",
        ),
    )
    canvas.freeze_version(label="Beschlossen beim Fachtag", agreed_on="2026-03-12")
    fachtag, _ = events.add_event(
        draft=EventDraft(title="Fachtag Übergang", date="2026-03-12", place="Aula")
    )
    table, _ = events.add_session(
        draft=SessionDraft(
            format=SessionFormat.ROUND_TABLE,
            title="Tisch 1",
            event_uuid=fachtag.uuid,
            date="2026-03-12",
            start_time="09:30",
            place="Tisch 1",
            facilitator="Clara",
            note_taker="Dana",
            guiding_question="Was brauchen Jugendliche?",
        ),
        agenda=template_drafts(SessionFormat.ROUND_TABLE),
    )
    steering, _ = events.add_session(
        draft=SessionDraft(
            format=SessionFormat.STEERING_COMMITTEE, title="Steuerungskreis", date="2026-05-04"
        )
    )
    events.add_attendance(session_uuid=table.uuid, draft=AttendanceDraft(person_uuid=anna.uuid))
    events.add_attendance(session_uuid=table.uuid, draft=AttendanceDraft(person_uuid=ben.uuid))
    events.add_attendance(
        session_uuid=table.uuid,
        draft=AttendanceDraft(guest_name="Erika Presse", guest_organisation="Tageblatt"),
    )
    items = events.agenda(table.uuid)
    events.start_item(uuid=items[0].uuid, now=NINE)
    events.advance(session_uuid=table.uuid, now=NINE + timedelta(minutes=11))
    board = items[2].uuid
    cluster, _ = events.add_cluster(agenda_item_uuid=board, name="Übergänge")
    events.add_cluster(agenda_item_uuid=board)
    card, _ = events.add_card(
        agenda_item_uuid=board,
        draft=CardDraft(
            text="Mehr Praktika\nim Handwerk", author="Tisch 1", colour=CardColour.GREEN
        ),
        cluster_uuid=cluster.uuid,
    )
    events.add_card(agenda_item_uuid=board, draft=CardDraft(text=TRICKY), cluster_uuid=cluster.uuid)
    linked, _ = events.add_card(
        agenda_item_uuid=board,
        draft=CardDraft(text="Wissen teilen", colour=CardColour.PINK, goal_uuid=gone.uuid),
    )
    events.set_dots(uuid=card.uuid, dots=7)
    events.add_decision(
        session_uuid=table.uuid,
        draft=DecisionDraft(
            text="Die Börse startet im Herbst",
            agreement=Agreement.MAJORITY,
            agenda_item_uuid=board,
            goal_uuid=goal.uuid,
        ),
    )
    events.add_decision(session_uuid=steering.uuid, draft=DecisionDraft(text="Weiter so"))
    done, _ = events.add_action(
        session_uuid=table.uuid,
        draft=ActionItemDraft(
            what="Börse planen",
            owner_actor_uuid=hwk.uuid,
            owner_text="mit JA",
            due_date="2026-04-30",
        ),
    )
    events.add_action(
        session_uuid=table.uuid,
        draft=ActionItemDraft(what="Einladung schreiben", owner_person_uuid=ben.uuid),
    )
    events.set_action_status(
        uuid=done.uuid, status=ActionStatus.DONE, in_session_uuid=steering.uuid
    )
    events.add_parking_lot_item(session_uuid=table.uuid, text="Was ist mit dem ÖPNV?")
    events.add_photo(
        session_uuid=table.uuid, draft=PhotoDraft(PNG, "image/png", 1600, 1200, caption="Pinnwand")
    )
    events.add_photo(session_uuid=steering.uuid, draft=PhotoDraft(JPEG, "image/jpeg", 2, 2))
    # Soft links that outlive what they name: a card's goal, an attendee, an action's owner.
    canvas.delete_goal(uuid=gone.uuid)
    net.delete_person(uuid=ben.uuid)
    return {
        "goal": goal.uuid,
        "actor": ja.uuid,
        "cluster": cluster.uuid,
        "card": card.uuid,
        "linked_card": linked.uuid,
        "session": table.uuid,
    }


@pytest.fixture
def full(document: Document) -> Document:
    with document.transaction():  # one commit: the service calls nest as savepoints
        build_full_network(document)
    return document


@pytest.fixture(scope="module")
def full_json(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The full network's export, built once: most tests only change its text."""
    folder = tmp_path_factory.mktemp("full")
    with pytest.MonkeyPatch.context() as patch:  # runs before the per-test data folder
        patch.setenv("CIWORKSHOP_DATA_DIR", str(tmp_path_factory.mktemp("full-data")))
        document = Document.create(folder / "full.ciw", network_name="Voll")
        try:
            with document.transaction():
                build_full_network(document)
            return export_network_json(document)
        finally:
            document.close()


def without_stamp(text: str) -> dict[str, Any]:
    data = json.loads(text)
    del data["exported_at"]
    return data


def export_file(path: Path) -> str:
    with Document.open(path, read_only=True) as document:
        return export_network_json(document)


# ================================================================= round trip
def test_export_import_export_gives_the_same_json(full_json: str, tmp_path: Path) -> None:
    out = tmp_path / "imported" / "copy.ciw"
    out.parent.mkdir()
    import_network_json(full_json, out)
    again = export_file(out)
    assert without_stamp(again) == without_stamp(full_json)
    # Byte for byte, apart from the one line that must differ.
    stamp = re.compile(r'"exported_at": "[^"]*"')
    assert stamp.sub("", again) == stamp.sub("", full_json)
    # Nothing but the new file is left in its folder (no temporary file, lock or journal).
    assert sorted(p.name for p in out.parent.iterdir()) == ["copy.ciw"]


def test_the_imported_file_is_a_working_network(full: Document, tmp_path: Path) -> None:
    out = tmp_path / "copy.ciw"
    import_network_json(export_network_json(full), out)
    with Document.open(out) as copy_:
        assert repository.integrity_problems(copy_.db) == []
        assert copy_.network().uuid == full.network().uuid
        events = EventService(copy_)
        session = next(s for s in events.sessions() if s.title == "Tisch 1")
        photo = events.photos(session.uuid)[0]
        assert events.photo_data(photo.uuid) == PNG
        assert photo.size == len(PNG)
        assert CanvasService(copy_).canvas().uuid == copy_.network().uuid
        # The copy can be edited on: the services find everything where it belongs.
        board = events.agenda(session.uuid)[2].uuid
        card, _ = events.add_card(agenda_item_uuid=board, draft=CardDraft(text="Neu"))
        assert events.board(board).card(card.uuid) is not None
    frozen = raw_rows(out, "SELECT snapshot FROM canvas_version")[0][0]
    original = full.db.execute("SELECT snapshot FROM canvas_version").fetchone()[0]
    assert frozen == original  # the frozen canvas is stored as the very same text


def test_soft_links_to_deleted_entities_survive(full: Document, tmp_path: Path) -> None:
    data = json.loads(export_network_json(full))
    goals = {g["uuid"] for g in data["goals"]}
    people = {p["uuid"] for p in data["people"]}
    dangling_card = next(c for c in data["cards"] if c["goal_uuid"] not in (None, *goals))
    dangling_attendee = next(
        a for a in data["attendance"] if a["person_uuid"] not in (None, *people)
    )
    out = tmp_path / "copy.ciw"
    import_network_json(json.dumps(data), out)
    copied = json.loads(export_file(out))
    assert dangling_card in copied["cards"]
    assert dangling_attendee in copied["attendance"]


def test_export_is_deterministic_and_ordered(full: Document) -> None:
    first, second = export_network_json(full), export_network_json(full)
    assert without_stamp(first) == without_stamp(second)
    data = json.loads(first)
    assert list(data)[:5] == ["format", "schema_version", "app_version", "exported_at", "network"]
    assert data["format"] == FORMAT_NAME
    assert data["schema_version"] == SCHEMA_VERSION == 1
    assert data["app_version"] == __version__
    assert [g["level"] for g in data["goals"]] == ["project", "system"]
    assert [a["name"] for a in data["actors"]] == ["Handwerkskammer", "Jugendamt Hellental"]
    table = data["sessions"][0]["uuid"]
    positions = [i["position"] for i in data["agenda_items"] if i["session_uuid"] == table]
    assert positions == list(range(6))
    first_item = data["agenda_items"][0]
    assert first_item["started_at"] == "2026-03-12T09:00:00.000000Z"
    assert first_item["ended_at"] == "2026-03-12T09:11:00.000000Z"
    assert base64.b64decode(data["photos"][0]["data"]) == PNG
    assert data["canvas_versions"][0]["snapshot"]["format"] == 1
    assert first.endswith("}\n")
    assert "\\u00e4" not in first  # umlauts written as they are


def test_export_of_a_read_only_document(full: Document) -> None:
    path = full.path
    expected = without_stamp(export_network_json(full))
    full.close()
    assert without_stamp(export_file(path)) == expected


def test_a_network_without_canvas_exports_null_and_comes_back_so(
    document: Document, tmp_path: Path
) -> None:
    text = export_network_json(document)
    assert json.loads(text)["canvas"] is None
    out = tmp_path / "empty.ciw"
    import_network_json(text, out)
    assert without_stamp(export_file(out)) == without_stamp(text)
    assert raw_rows(out, "SELECT count(*) FROM canvas") == [(0,)]


def test_the_demo_network_round_trips(demo_file: Path, tmp_path: Path) -> None:
    text = export_file(demo_file)
    out = tmp_path / "demo-copy.ciw"
    import_network_json(text, out)
    assert without_stamp(export_file(out)) == without_stamp(text)


def test_a_project_goal_moved_from_another_level_keeps_its_missing_target_group(
    document: Document, tmp_path: Path
) -> None:
    """Drag and drop puts a goal on the project level without asking for a target group:
    what the app writes, the import takes (the canvas checklist points the gap out)."""
    canvas = CanvasService(document)
    goal, _ = canvas.add_goal(draft=GoalDraft(level=GoalLevel.SYSTEM, statement="Vertrauen"))
    canvas.move_goal(uuid=goal.uuid, level=GoalLevel.PROJECT, position=0)
    text = export_network_json(document)
    out = tmp_path / "moved.ciw"
    import_network_json(text, out)
    assert without_stamp(export_file(out)) == without_stamp(text)


def test_positions_are_renumbered_in_display_order(full_json: str, tmp_path: Path) -> None:
    data = json.loads(full_json)
    for item in data["agenda_items"]:
        item["position"] = item["position"] * 10 + 3  # gaps, same order
    data["agenda_items"][0]["position"] = 10_000  # the first goes last
    out = tmp_path / "copy.ciw"
    import_network_json(json.dumps(data), out)
    copied = json.loads(export_file(out))
    table = data["sessions"][0]["uuid"]
    original = [i["uuid"] for i in json.loads(full_json)["agenda_items"]]
    items = [i for i in copied["agenda_items"] if i["session_uuid"] == table]
    assert [i["position"] for i in items] == list(range(len(items)))
    assert [i["uuid"] for i in items] == original[1 : len(items)] + original[:1]


# ================================================================= the documented schema
def load_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return schema


def _is_type(value: object, name: str) -> bool:
    return {
        "object": isinstance(value, dict),
        "array": isinstance(value, list),
        "string": isinstance(value, str),
        "boolean": isinstance(value, bool),
        "null": value is None,
        "number": isinstance(value, int | float) and not isinstance(value, bool),
        "integer": (isinstance(value, int) and not isinstance(value, bool))
        or (isinstance(value, float) and value.is_integer()),
    }[name]


def validate(
    value: object, schema: dict[str, Any], root: dict[str, Any], path: str = "$"
) -> list[str]:
    """The part of JSON Schema 2020-12 that the ciworkshop schema uses."""
    errors: list[str] = []
    if "$ref" in schema:
        name = schema["$ref"].removeprefix("#/$defs/")
        errors += validate(value, root["$defs"][name], root, path)
    if "anyOf" in schema and all(validate(value, s, root, path) for s in schema["anyOf"]):
        errors.append(f"{path}: matches no alternative")
    if "const" in schema and (value != schema["const"] or type(value) is not type(schema["const"])):
        errors.append(f"{path}: not {schema['const']!r}")
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_is_type(value, t) for t in types):
            return [*errors, f"{path}: {type(value).__name__} is not {types}"]
    if "enum" in schema and not any(value == v and type(value) is type(v) for v in schema["enum"]):
        errors.append(f"{path}: {value!r} not in enum")
    if isinstance(value, str):
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            errors.append(f"{path}: longer than {schema['maxLength']}")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{path}: {value!r} does not match {schema['pattern']}")
    if _is_type(value, "number"):
        assert isinstance(value, int | float)
        if value < schema.get("minimum", -float("inf")) or value > schema.get(
            "maximum", float("inf")
        ):
            errors.append(f"{path}: {value} out of range")
    if isinstance(value, list):
        for n, item in enumerate(value):
            errors += validate(item, schema.get("items", {}), root, f"{path}[{n}]")
        if schema.get("uniqueItems") and len({json.dumps(v) for v in value}) < len(value):
            errors.append(f"{path}: items not unique")
    if isinstance(value, dict):
        errors += [
            f"{path}: {key} missing" for key in schema.get("required", []) if key not in value
        ]
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            if key in properties:
                errors += validate(item, properties[key], root, f"{path}.{key}")
            elif extra is False:
                errors.append(f"{path}: unexpected {key}")
            elif isinstance(extra, dict):
                errors += validate(item, extra, root, f"{path}.{key}")
    return errors


def test_the_schema_is_draft_2020_12_with_every_field_required() -> None:
    schema = load_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].endswith(f":{SCHEMA_VERSION}")
    assert schema["properties"]["schema_version"]["const"] == SCHEMA_VERSION
    assert schema["properties"]["format"]["const"] == FORMAT_NAME
    refs = re.findall(r'"\$ref": "#/\$defs/(\w+)"', SCHEMA_FILE.read_text(encoding="utf-8"))
    assert set(refs) <= set(schema["$defs"])
    for name, definition in [("$", schema), *schema["$defs"].items()]:
        if definition.get("type") == "object" and "properties" in definition:
            assert definition["required"] == list(definition["properties"]), name
            assert definition["additionalProperties"] is False, name


def test_exports_match_the_schema(full_json: str, demo_file: Path) -> None:
    schema = load_schema()
    for text in (full_json, export_file(demo_file)):
        assert validate(json.loads(text), schema, schema) == []


def test_the_schema_lists_the_exported_fields_in_their_order(full_json: str) -> None:
    schema = load_schema()
    data = json.loads(full_json)
    assert list(data) == list(schema["properties"])
    for key, value in data.items():
        definition = _definition_of(schema, key)
        if definition is None:
            continue
        items = value if isinstance(value, list) else [value]
        fields = list(definition["properties"])
        assert items, f"the full network has no {key}"
        for item in items:
            assert list(item) == fields, key


def test_the_schema_catches_what_the_import_refuses(full_json: str) -> None:
    """The hand-written validator is not lenient: a few broken exports fail it too."""
    schema = load_schema()
    for mutate in (
        lambda d: d["cards"][0].update(colour="purple"),
        lambda d: d["actors"][0].update(name=True),
        lambda d: d["people"][0].pop("email"),
        lambda d: d["events"][0].update(date="12.03.2026"),
        lambda d: d["goals"][0].update(extra=1),
    ):
        data = json.loads(full_json)
        mutate(data)
        assert validate(data, schema, schema) != []


def test_the_document_describes_every_field_of_the_schema() -> None:
    schema = load_schema()
    text = SCHEMA_DOC.read_text(encoding="utf-8")
    assert f"schema version {SCHEMA_VERSION}" in text
    assert FORMAT_NAME in text
    sections = {m[0]: m[1] for m in re.findall(r"^### `(\w+)`\n(.*?)(?=^##)", text, re.M | re.S)}
    for name, definition in schema["$defs"].items():
        if "properties" not in definition or name == "snapshot":
            continue
        documented = re.findall(r"^\| `(\w+)` \|", sections[name], re.M)
        assert documented == list(definition["properties"]), name
    top = re.search(r"### Top level\n(.*?)(?=^###)", text, re.M | re.S)
    assert top is not None
    assert re.findall(r"^\| `(\w+)` \|", top[1], re.M) == list(schema["properties"])


def _definition_of(schema: dict[str, Any], key: str) -> dict[str, Any] | None:
    """The object definition of the top-level field ``key`` (of its items, for a list)."""
    spec = schema["properties"][key]
    ref = spec.get("items", spec).get("$ref") or next(
        (a["$ref"] for a in spec.get("anyOf", []) if "$ref" in a), None
    )
    definition = schema["$defs"][ref.removeprefix("#/$defs/")] if ref else None
    return definition if definition and "properties" in definition else None


def _max_length_fields() -> Iterator[tuple[str, str, int]]:
    """(list key, field, maxLength) of every limited text field in the schema."""
    schema = load_schema()
    for key in schema["properties"]:
        definition = _definition_of(schema, key)
        if definition is None:
            continue
        for field, field_spec in definition["properties"].items():
            if "maxLength" in field_spec:
                yield key, field, field_spec["maxLength"]


def _first(data: dict[str, Any], key: str) -> dict[str, Any]:
    """The first object of a list (for attendance the guest, who has the text fields)."""
    value = data[key]
    if key == "attendance":
        return next(a for a in value if a["person_uuid"] is None)  # type: ignore[no-any-return]
    return value[0] if isinstance(value, list) else value  # type: ignore[no-any-return]


def test_the_schema_limits_are_the_import_limits(full_json: str, tmp_path: Path) -> None:
    fields = list(_max_length_fields())
    assert len(fields) > 40
    assert {limit for _, _, limit in fields} <= set(FIELD_LIMITS.values())
    # One over the limit: refused, naming the field.
    for key, field, limit in fields:
        data = json.loads(full_json)
        _first(data, key)[field] = "x" * (limit + 1)
        error = refused(json.dumps(data), tmp_path)
        assert error.kind is Kind.TOO_LONG, (key, field)
        assert error.path.endswith(f".{field}")
        assert f"at most {limit} fit" in error.english()
    # Exactly at every limit at once: imported, and exported again unchanged.
    data = json.loads(full_json)
    for key, field, limit in fields:
        _first(data, key)[field] = "@" * limit  # "@" keeps an e-mail address valid
    out = tmp_path / "at-limits.ciw"
    import_network_json(json.dumps(data), out)
    assert without_stamp(export_file(out)) == {k: v for k, v in data.items() if k != "exported_at"}


# ================================================================= refused files
def refused(text: str, folder: Path, name: str = "out.ciw") -> JsonImportError:
    """Import ``text`` into ``folder/name``: it must be refused and leave the folder as
    it was (no new file, no temporary file, no lock)."""
    before = folder_snapshot(folder)
    with pytest.raises(JsonImportError) as info:
        import_network_json(text, folder / name)
    assert folder_snapshot(folder) == before
    error = info.value
    assert str(error) == error.english()
    assert "{" not in error.english()  # every placeholder filled
    return error


def mutated(full_json: str, change: Callable[[dict[str, Any]], object]) -> str:
    data = json.loads(full_json)
    change(data)
    return json.dumps(data, ensure_ascii=False)


@pytest.mark.parametrize(
    "text",
    ["", "{", '{"format": "ciworkshop-network",}', "{'format': 1}", "[1, 2", "nul", "\ufeff{}"],
)
def test_malformed_json_is_refused(text: str, tmp_path: Path) -> None:
    error = refused(text, tmp_path)
    assert error.kind is Kind.NOT_JSON
    assert "line 1" in error.english()


@pytest.mark.parametrize("text", ["[]", '"ciworkshop"', "42", "null", "true", "{}"])
def test_json_that_is_not_an_object_or_not_an_export_is_refused(text: str, tmp_path: Path) -> None:
    error = refused(text, tmp_path)
    assert error.kind is Kind.NOT_NETWORK
    assert "not a ciworkshop network export" in error.english()


def test_another_format_is_refused(full_json: str, tmp_path: Path) -> None:
    for other in ("ciworkshop-canvas", "CIWORKSHOP-NETWORK", 1, None):
        error = refused(mutated(full_json, lambda d, o=other: d.update(format=o)), tmp_path)
        assert error.kind is Kind.NOT_NETWORK


def test_a_newer_schema_version_is_refused_as_written_by_a_newer_ciworkshop(
    full_json: str, tmp_path: Path
) -> None:
    def newer(data: dict[str, Any]) -> None:
        data["schema_version"] = SCHEMA_VERSION + 1
        data["check_ups"] = []  # what a newer version may add must not hide the reason
        data["actors"][0]["website"] = "https://example.org"

    error = refused(mutated(full_json, newer), tmp_path)
    assert error.kind is Kind.NEWER_VERSION
    assert "newer version of ciworkshop" in error.english()
    assert error.values["found"] == SCHEMA_VERSION + 1
    assert error.values["supported"] == SCHEMA_VERSION


@pytest.mark.parametrize(
    ("version", "kind"),
    [
        ("1", Kind.WRONG_TYPE),
        (True, Kind.WRONG_TYPE),
        (None, Kind.WRONG_TYPE),
        (0, Kind.INVALID_VALUE),
    ],
)
def test_an_invalid_schema_version_is_refused(
    version: object, kind: JsonImportErrorKind, full_json: str, tmp_path: Path
) -> None:
    error = refused(mutated(full_json, lambda d: d.update(schema_version=version)), tmp_path)
    assert error.kind is kind
    assert error.path == "$.schema_version"


WRONG_TYPES: list[tuple[str, Callable[[dict[str, Any]], object], str, str]] = [
    (
        "string where number",
        lambda d: d["measurements"][0].update(value="8.25"),
        "$.measurements[0].value",
        "expected a number, found text",
    ),
    (
        "list where object",
        lambda d: d.update(network=[]),
        "$.network",
        "expected an object, found a list",
    ),
    (
        "bool where text",
        lambda d: d["actors"][0].update(name=True),
        "$.actors[0].name",
        "expected text, found true or false",
    ),
    (
        "number where text",
        lambda d: d["people"][0].update(email=42),
        "$.people[0].email",
        "expected text, found a number",
    ),
    (
        "null where text",
        lambda d: d["goals"][0].update(statement=None),
        "$.goals[0].statement",
        "expected text, found null",
    ),
    (
        "bool where whole number",
        lambda d: d["cards"][0].update(dots=True),
        "$.cards[0].dots",
        "expected a whole number",
    ),
    (
        "fraction where whole number",
        lambda d: d["agenda_items"][0].update(planned_minutes=2.5),
        "$.agenda_items[0].planned_minutes",
        "expected a whole number, found a number",
    ),
    (
        "text where bool",
        lambda d: d["people"][0].update(consent_named="yes"),
        "$.people[0].consent_named",
        "expected true or false, found text",
    ),
    (
        "object where list",
        lambda d: d.update(actors={}),
        "$.actors",
        "expected a list, found an object",
    ),
    (
        "text where list of UUIDs",
        lambda d: d["goals"][0].update(actor_uuids="abc"),
        "$.goals[0].actor_uuids",
        "expected a list",
    ),
    (
        "number in list of UUIDs",
        lambda d: d["goals"][0].update(actor_uuids=[1]),
        "$.goals[0].actor_uuids[0]",
        "expected text",
    ),
    (
        "list where canvas",
        lambda d: d.update(canvas=["Vision"]),
        "$.canvas",
        "expected an object or null",
    ),
    (
        "text where snapshot",
        lambda d: d["canvas_versions"][0].update(snapshot="{}"),
        "$.canvas_versions[0].snapshot",
        "expected an object",
    ),
    (
        "number where item",
        lambda d: d["cards"].append(3),
        "$.cards[3]",
        "expected an object, found a number",
    ),
    (
        "bool where enum",
        lambda d: d["goals"][0].update(ambition=True),
        "$.goals[0].ambition",
        "expected a whole number",
    ),
    (
        "number where enum",
        lambda d: d["actors"][0].update(sector=1),
        "$.actors[0].sector",
        "expected text, found a number",
    ),
    (
        "text where optional number",
        lambda d: d["indicators"][0].update(target_value="5"),
        "$.indicators[0].target_value",
        "expected a number or null",
    ),
    (
        "number where UUID",
        lambda d: d["people"][0].update(actor_uuid=7),
        "$.people[0].actor_uuid",
        "expected text or null",
    ),
]


@pytest.mark.parametrize(
    ("change", "path", "message"), [w[1:] for w in WRONG_TYPES], ids=[w[0] for w in WRONG_TYPES]
)
def test_wrong_types_are_refused(
    change: Callable[[dict[str, Any]], object],
    path: str,
    message: str,
    full_json: str,
    tmp_path: Path,
) -> None:
    error = refused(mutated(full_json, change), tmp_path)
    assert error.kind is Kind.WRONG_TYPE
    assert error.path == path
    assert message in error.english()
    assert error.english().startswith(path)


def test_missing_and_unknown_fields_are_refused(full_json: str, tmp_path: Path) -> None:
    error = refused(mutated(full_json, lambda d: d["cards"][1].pop("colour")), tmp_path)
    assert error.kind is Kind.MISSING_FIELD
    assert error.english() == "$.cards[1]: the field “colour” is missing."
    error = refused(mutated(full_json, lambda d: d["sessions"][0].update(titel="x")), tmp_path)
    assert error.kind is Kind.UNKNOWN_FIELD
    assert "“titel”" in error.english()
    error = refused(mutated(full_json, lambda d: d.pop("photos")), tmp_path)
    assert error.kind is Kind.MISSING_FIELD
    assert error.path == "$"


def test_a_field_twice_in_one_object_is_refused(full_json: str, tmp_path: Path) -> None:
    text = full_json.replace('"region": "Hellental",', '"region": "Hellental", "region": "X",', 1)
    error = refused(text, tmp_path)
    assert error.kind is Kind.DUPLICATE_KEY
    assert "“region”" in error.english()


def test_ten_thousand_nested_arrays_are_refused(tmp_path: Path) -> None:
    error = refused("[" * 10_000 + "]" * 10_000, tmp_path)
    assert error.kind is Kind.TOO_DEEP
    error = refused('{"a": ' * 10_000 + "1" + "}" * 10_000, tmp_path)
    assert error.kind is Kind.TOO_DEEP


def test_nesting_below_the_recursion_limit_is_refused_too(full_json: str, tmp_path: Path) -> None:
    deep: object = "x"
    for _ in range(MAX_DEPTH):
        deep = [deep]
    error = refused(mutated(full_json, lambda d: d["actors"][0].update(note=deep)), tmp_path)
    assert error.kind is Kind.TOO_DEEP
    assert str(MAX_DEPTH) in error.english()


def test_a_huge_string_is_refused_naming_the_field(full_json: str, tmp_path: Path) -> None:
    huge = "Idee " * 2_000_000  # 10 MB on one card
    error = refused(mutated(full_json, lambda d: d["cards"][0].update(text=huge)), tmp_path)
    assert error.kind is Kind.TOO_LONG
    assert error.path == "$.cards[0].text"
    assert error.field == "card_text"
    assert (
        error.english() == "$.cards[0].text: “Card” is 10000000 characters long; at most 500 fit."
    )
    error = refused(mutated(full_json, lambda d: d["network"].update(name="N" * 201)), tmp_path)
    assert (error.kind, error.path, error.field) == (Kind.TOO_LONG, "$.network.name", "name")


def test_a_200_mb_file_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.json"
    with open(big, "wb") as handle:
        handle.truncate(200_000_000)  # sparse: takes no disk space

    def no_reading(self: Path) -> bytes:
        raise AssertionError("the file was read")

    monkeypatch.setattr(Path, "read_bytes", no_reading)
    with pytest.raises(JsonImportError) as info:
        read_network_json(big)
    assert info.value.kind is Kind.TOO_LARGE
    assert info.value.english() == (
        "The file is too large to import: 200 MB, at most 134 MB can be imported."
    )


def test_too_long_a_text_is_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(json_io, "MAX_JSON_BYTES", 1000)
    error = refused("[" + "1," * 600 + "1]", tmp_path)
    assert error.kind is Kind.TOO_LARGE


def test_reading_a_file(full_json: str, tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_bytes(b"\xef\xbb\xbf" + full_json.encode())  # with a byte-order mark
    assert read_network_json(good) == full_json
    latin = tmp_path / "latin1.json"
    latin.write_bytes('{"name": "Jugendh\u00e4user"}'.encode("latin-1"))
    with pytest.raises(JsonImportError) as info:
        read_network_json(latin)
    assert info.value.kind is Kind.NOT_JSON
    with pytest.raises(JsonImportError) as info:
        read_network_json(tmp_path / "missing.json")
    assert info.value.kind is Kind.UNREADABLE
    assert "missing.json" in info.value.english()


def test_duplicate_ids_are_refused(full_json: str, tmp_path: Path) -> None:
    def actor_as_person(data: dict[str, Any]) -> None:
        data["people"][0]["uuid"] = data["actors"][0]["uuid"]

    error = refused(mutated(full_json, actor_as_person), tmp_path)
    assert error.kind is Kind.DUPLICATE_ID
    assert error.path == "$.people[0].uuid"
    assert "first at $.actors[0].uuid" in error.english()
    error = refused(mutated(full_json, lambda d: d["cards"].append(d["cards"][0])), tmp_path)
    assert (error.kind, error.path) == (Kind.DUPLICATE_ID, "$.cards[3].uuid")
    error = refused(
        mutated(full_json, lambda d: d["events"][0].update(uuid=d["network"]["uuid"])), tmp_path
    )
    assert error.kind is Kind.DUPLICATE_ID


UNKNOWN = "00000000-0000-4000-8000-000000000000"


@pytest.mark.parametrize(
    ("list_key", "field"),
    [
        ("cards", "cluster_uuid"),
        ("cards", "agenda_item_uuid"),
        ("people", "actor_uuid"),
        ("indicators", "goal_uuid"),
        ("measurements", "indicator_uuid"),
        ("milestones", "goal_uuid"),
        ("sessions", "event_uuid"),
        ("attendance", "session_uuid"),
        ("agenda_items", "session_uuid"),
        ("clusters", "agenda_item_uuid"),
        ("decisions", "agenda_item_uuid"),
        ("action_items", "session_uuid"),
        ("parking_lot", "session_uuid"),
        ("photos", "session_uuid"),
    ],
)
def test_references_to_unknown_ids_are_refused(
    list_key: str, field: str, full_json: str, tmp_path: Path
) -> None:
    error = refused(mutated(full_json, lambda d: d[list_key][0].update({field: UNKNOWN})), tmp_path)
    assert error.kind is Kind.UNKNOWN_REFERENCE
    assert error.path == f"$.{list_key}[0].{field}"
    assert UNKNOWN in error.english()


def test_a_goal_responsible_actor_must_exist_once(full_json: str, tmp_path: Path) -> None:
    error = refused(
        mutated(full_json, lambda d: d["goals"][0].update(actor_uuids=[UNKNOWN])), tmp_path
    )
    assert (error.kind, error.path) == (Kind.UNKNOWN_REFERENCE, "$.goals[0].actor_uuids[0]")
    twice = mutated(
        full_json, lambda d: d["goals"][0]["actor_uuids"].append(d["actors"][0]["uuid"])
    )
    error = refused(twice, tmp_path)
    assert (error.kind, error.path) == (Kind.INVALID_VALUE, "$.goals[0].actor_uuids[2]")
    assert "listed twice" in error.english()


def test_a_soft_link_may_be_unknown_but_not_name_another_kind(
    full_json: str, tmp_path: Path
) -> None:
    error = refused(
        mutated(full_json, lambda d: d["cards"][0].update(goal_uuid=d["actors"][0]["uuid"])),
        tmp_path,
    )
    assert error.kind is Kind.UNKNOWN_REFERENCE
    assert "“goals”" in error.english()
    out = tmp_path / "soft.ciw"
    import_network_json(
        mutated(full_json, lambda d: d["action_items"][0].update(owner_actor_uuid=UNKNOWN)), out
    )
    assert raw_rows(
        out, "SELECT count(*) FROM action_item WHERE owner_actor_uuid = ?", (UNKNOWN,)
    ) == [(1,)]


def test_links_must_stay_on_their_board_and_in_their_session(
    full_json: str, tmp_path: Path
) -> None:
    def card_in_other_board(data: dict[str, Any]) -> None:
        card = next(c for c in data["cards"] if c["cluster_uuid"])
        card["agenda_item_uuid"] = next(
            i["uuid"] for i in data["agenda_items"] if i["uuid"] != card["agenda_item_uuid"]
        )

    error = refused(mutated(full_json, card_in_other_board), tmp_path)
    assert error.kind is Kind.UNKNOWN_REFERENCE
    assert re.fullmatch(r"\$\.cards\[\d\]\.cluster_uuid", error.path)
    assert "belongs to another agenda item" in error.english()

    def decision_in_other_session(data: dict[str, Any]) -> None:
        decision = next(d for d in data["decisions"] if d["agenda_item_uuid"])
        decision["session_uuid"] = data["sessions"][1]["uuid"]

    error = refused(mutated(full_json, decision_in_other_session), tmp_path)
    assert error.kind is Kind.UNKNOWN_REFERENCE
    assert "belongs to another session" in error.english()


def test_attendance_rules(full_json: str, tmp_path: Path) -> None:
    def twice(data: dict[str, Any]) -> None:
        data["attendance"].append({**data["attendance"][0], "uuid": UNKNOWN})

    error = refused(mutated(full_json, twice), tmp_path)
    assert (error.kind, error.field) == (Kind.INVALID_VALUE, "person")
    assert "already on the list" in error.english()
    for change in (
        lambda d: d["attendance"][0].update(guest_name="Gast"),
        lambda d: d["attendance"][0].update(guest_name=" "),
        lambda d: d["attendance"][2].update(guest_name=""),
    ):
        error = refused(mutated(full_json, change), tmp_path)
        assert error.kind is Kind.INVALID_VALUE
        assert "person of the network or type the name of a guest" in error.english()


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        (
            lambda d: d["actors"][0].update(sector="banana"),
            "$.actors[0].sector",
            "“banana” is not one of: politics_administration, business",
        ),
        (
            lambda d: d["goals"][0].update(ambition=7),
            "$.goals[0].ambition",
            "“7” is not one of: 1, 2, 3, 4, 5",
        ),
        (lambda d: d["goals"][0].update(level="Project"), "$.goals[0].level", "not one of"),
        (
            lambda d: d["indicators"][0].update(method="poll"),
            "$.indicators[0].method",
            "not one of",
        ),
        (lambda d: d["cards"][0].update(colour="purple"), "$.cards[0].colour", "not one of"),
        (lambda d: d["sessions"][0].update(format="barcamp"), "$.sessions[0].format", "not one of"),
        (
            lambda d: d["decisions"][0].update(agreement="veto"),
            "$.decisions[0].agreement",
            "not one of",
        ),
        (
            lambda d: d["action_items"][0].update(status="closed"),
            "$.action_items[0].status",
            "not one of",
        ),
        (
            lambda d: d["milestones"][0].update(status="late"),
            "$.milestones[0].status",
            "not one of",
        ),
    ],
)
def test_invalid_enum_values_are_refused(
    change: Callable[[dict[str, Any]], object],
    path: str,
    message: str,
    full_json: str,
    tmp_path: Path,
) -> None:
    error = refused(mutated(full_json, change), tmp_path)
    assert (error.kind, error.path) == (Kind.INVALID_VALUE, path)
    assert message in error.english()


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        (
            lambda d: d["measurements"][0].update(date="2026-02-30"),
            "$.measurements[0].date",
            "“Date” is not a valid date",
        ),
        (
            lambda d: d["measurements"][0].update(date=""),
            "$.measurements[0].date",
            "Please fill in “Date”",
        ),
        (
            lambda d: d["events"][0].update(date="12.03.2026"),
            "$.events[0].date",
            "not a valid date",
        ),
        (
            lambda d: d["milestones"][0].update(due_date="2026-6-30"),
            "$.milestones[0].due_date",
            "not a valid date",
        ),
        (
            lambda d: d["indicators"][0].update(target_date="2020-01-01"),
            "$.indicators[0].target_date",
            "target date lies before the baseline date",
        ),
        (
            lambda d: d["canvas_versions"][0].update(agreed_on="gestern"),
            "$.canvas_versions[0].agreed_on",
            "not a valid date",
        ),
        (
            lambda d: d["action_items"][0].update(due_date="2026-13-01"),
            "$.action_items[0].due_date",
            "not a valid date",
        ),
        (
            lambda d: d["sessions"][0].update(start_time="9:30"),
            "$.sessions[0].start_time",
            "not a valid time",
        ),
        (
            lambda d: d["agenda_items"][0].update(started_at="yesterday"),
            "$.agenda_items[0].started_at",
            "not a UTC timestamp",
        ),
        (
            lambda d: d["actors"][0].update(created_at="2026-03-12 09:00"),
            "$.actors[0].created_at",
            "not a UTC timestamp",
        ),
        (
            lambda d: d.update(exported_at="2026-02-30T00:00:00Z"),
            "$.exported_at",
            "not a UTC timestamp",
        ),
    ],
)
def test_invalid_dates_and_times_are_refused(
    change: Callable[[dict[str, Any]], object],
    path: str,
    message: str,
    full_json: str,
    tmp_path: Path,
) -> None:
    error = refused(mutated(full_json, change), tmp_path)
    assert (error.kind, error.path) == (Kind.INVALID_VALUE, path)
    assert message in error.english()


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        (lambda d: d["network"].update(name="  "), "$.network.name", "Please enter a name"),
        (
            lambda d: d["people"][0].update(email="anna.example.org"),
            "$.people[0].email",
            "needs an “@”",
        ),
        (lambda d: d["cards"][0].update(text="\n"), "$.cards[0].text", "Please fill in “Card”"),
        (
            lambda d: d["cards"][0].update(dots=10_000),
            "$.cards[0].dots",
            "whole number from 0 to 9999",
        ),
        (
            lambda d: d["agenda_items"][0].update(planned_minutes=1441),
            "$.agenda_items[0].planned_minutes",
            "from 0 to 1440",
        ),
        (
            lambda d: d["agenda_items"][0].update(planned_minutes=-5),
            "$.agenda_items[0].planned_minutes",
            "-5 lies outside 0 to",
        ),
        (
            lambda d: d["goals"][0].update(position=-1),
            "$.goals[0].position",
            "-1 lies outside 0 to",
        ),
        (lambda d: d["photos"][0].update(width=0), "$.photos[0].width", "lies outside 1 to"),
        (
            lambda d: d["action_items"][0].update(owner_person_uuid=d["people"][0]["uuid"]),
            "$.action_items[0].owner_person_uuid",
            "not to both",
        ),
        (lambda d: d["people"][0].update(uuid="ANNA"), "$.people[0].uuid", "is not a UUID"),
        (lambda d: d["people"][0].update(actor_uuid=""), "$.people[0].actor_uuid", "is not a UUID"),
        (
            lambda d: d["measurements"][0].update(value=10**400),
            "$.measurements[0].value",
            "number is too large",
        ),
    ],
)
def test_what_the_dialogs_refuse_is_refused(
    change: Callable[[dict[str, Any]], object],
    path: str,
    message: str,
    full_json: str,
    tmp_path: Path,
) -> None:
    error = refused(mutated(full_json, change), tmp_path)
    assert (error.kind, error.path) == (Kind.INVALID_VALUE, path)
    assert message in error.english()


def test_special_numbers_are_refused(full_json: str, tmp_path: Path) -> None:
    for literal, kind in (
        ("NaN", Kind.NOT_JSON),
        ("Infinity", Kind.NOT_JSON),
        ("1e999", Kind.INVALID_VALUE),
    ):
        text = re.sub(r'"value": [0-9.]+', f'"value": {literal}', full_json, count=1)
        assert text != full_json
        error = refused(text, tmp_path)
        assert error.kind is kind, literal
    error = refused(full_json.replace('"dots": 7', '"dots": 1' + "0" * 5000), tmp_path)
    assert error.kind is Kind.NOT_JSON


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("not base64!", "not valid base64"),
        ("iVBORw0KGgo", "not valid base64"),  # padding missing
        ("aGFsbG8gV2VsdA==", "Only JPEG and PNG images"),  # "hallo Welt"
        ("", "The photo is empty"),
    ],
)
def test_invalid_photos_are_refused(
    data: str, message: str, full_json: str, tmp_path: Path
) -> None:
    error = refused(mutated(full_json, lambda d: d["photos"][0].update(data=data)), tmp_path)
    assert (error.kind, error.path) == (Kind.INVALID_VALUE, "$.photos[0].data")
    assert message in error.english()


def test_a_photo_must_be_what_its_type_says(full_json: str, tmp_path: Path) -> None:
    error = refused(
        mutated(full_json, lambda d: d["photos"][0].update(mime="image/jpeg")), tmp_path
    )
    assert "Only JPEG and PNG" in error.english()


def test_a_broken_frozen_canvas_is_refused(full_json: str, tmp_path: Path) -> None:
    for change in (
        lambda d: d["canvas_versions"][0]["snapshot"].pop("canvas"),
        lambda d: d["canvas_versions"][0]["snapshot"].update(format=99),
        lambda d: d["canvas_versions"][0]["snapshot"].update(goals=[{"level": "project"}]),
        lambda d: d["canvas_versions"][0]["snapshot"].update(goals=5),
    ):
        error = refused(mutated(full_json, change), tmp_path)
        assert (error.kind, error.path) == (Kind.INVALID_VALUE, "$.canvas_versions[0].snapshot")
        assert "not a frozen canvas" in error.english()


def test_an_existing_file_is_never_replaced(full: Document, tmp_path: Path) -> None:
    text = export_network_json(full)
    out = tmp_path / "taken.ciw"
    out.write_bytes(b"precious")
    error = refused(text, tmp_path, name="taken.ciw")
    assert error.kind is Kind.OUT_EXISTS
    assert error.english() == "A file named “taken.ciw” exists already. Please choose another name."
    assert out.read_bytes() == b"precious"


def test_a_file_appearing_during_the_import_is_not_replaced(
    full_json: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "target"
    folder.mkdir()
    out = folder / "race.ciw"
    verify = json_io._verify

    def someone_else_saves(document: Document, content: Any) -> None:
        verify(document, content)
        out.write_bytes(b"theirs")

    monkeypatch.setattr(json_io, "_verify", someone_else_saves)
    with pytest.raises(JsonImportError) as info:
        import_network_json(full_json, out)
    assert info.value.kind is Kind.OUT_EXISTS
    assert out.read_bytes() == b"theirs"
    assert sorted(p.name for p in folder.iterdir()) == ["race.ciw"]


def test_a_failure_while_writing_leaves_nothing_behind(
    full_json: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*args: object) -> None:
        raise DocumentError(DocumentErrorKind.DISK_FULL, tmp_path / "x.ciw")

    monkeypatch.setattr(json_io.event_repository, "insert_photo", disk_full)
    folder = tmp_path / "target"
    folder.mkdir()
    with pytest.raises(DocumentError):
        import_network_json(full_json, folder / "new.ciw")
    assert list(folder.iterdir()) == []


def test_a_verification_failure_leaves_nothing_behind(
    full_json: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(json_io.canvas_repository, "insert_milestone", lambda db, m: None)
    folder = tmp_path / "target"
    folder.mkdir()
    with pytest.raises(RuntimeError, match="does not read back"):
        import_network_json(full_json, folder / "new.ciw")
    assert list(folder.iterdir()) == []


# ================================================================= messages for the UI
def test_messages_can_be_built_in_another_language(full_json: str, tmp_path: Path) -> None:
    german = {
        "{path}: {problem}": "{path}: {problem}",
        "“{field}” is {length} characters long; at most {limit} fit.": (
            "„{field}“ ist {length} Zeichen lang; höchstens {limit} passen."
        ),
        "Card": "Karte",
        "{path}: expected {expected}, found {found}.": (
            "{path}: erwartet {expected}, gefunden {found}."
        ),
        "a number": "eine Zahl",
        "text": "Text",
    }

    def translate(text: Text) -> str:
        return german.get(text.source, f"<{text.context}:{text.source}>")

    error = refused(mutated(full_json, lambda d: d["cards"][0].update(text="x" * 501)), tmp_path)
    assert error.message_text(translate) == (
        "$.cards[0].text: „Karte“ ist 501 Zeichen lang; höchstens 500 passen."
    )
    error = refused(mutated(full_json, lambda d: d["measurements"][0].update(value="1")), tmp_path)
    assert error.message_text(translate) == (
        "$.measurements[0].value: erwartet eine Zahl, gefunden Text."
    )
    # Every message template is marked for translation in one context.
    templates = [v for k, v in vars(json_io).items() if k.startswith(("MSG_", "TYPE_"))]
    assert len(templates) > 25
    assert all(isinstance(t, Text) and t.context == "JsonImport" for t in templates)


# ================================================================= properties
_chars = st.characters(codec="utf-8", exclude_categories=("Cs",))
# Empty text is common in real files, but rare in st.text inside st.data(): offer it.
_line = st.one_of(st.just(""), st.text(_chars, max_size=12))
_name = st.text(_chars, min_size=1, max_size=12).filter(str.strip)
_note = st.one_of(st.just(""), st.text(_chars, max_size=40))
_day = st.dates(date(1990, 1, 1), date(2099, 12, 31)).map(date.isoformat)
_maybe_day = st.one_of(st.just(""), _day)
_number = st.floats(allow_nan=False, allow_infinity=False)
_counter = itertools.count()


def _pick(data: st.DataObject, options: list[str], *, none: bool = True) -> str | None:
    choices: list[str | None] = [*options, None] if none else list(options)
    return data.draw(st.sampled_from(choices)) if choices else None


def build_random_network(document: Document, data: st.DataObject) -> None:
    net, canvas, events = NetworkService(document), CanvasService(document), EventService(document)
    draw = data.draw
    net.update_network(
        draft=NetworkDraft(name=draw(_name), region=draw(_line), challenge=draw(_note))
    )
    actors = [
        net.add_actor(
            draft=ActorDraft(
                name=draw(_name),
                short_name=draw(_line),
                sector=draw(st.sampled_from(Sector)),
                role=draw(st.sampled_from(ActorRole)),
                note=draw(_note),
            )
        )[0].uuid
        for _ in range(draw(st.integers(0, 3)))
    ]
    people = [
        net.add_person(
            draft=PersonDraft(
                name=draw(_name),
                actor_uuid=_pick(data, actors),
                function=draw(_line),
                email=draw(
                    st.one_of(
                        st.just(""),
                        st.builds(
                            "{}@{}".format,
                            st.text(_chars, max_size=12),
                            st.text(_chars, max_size=12),
                        ),
                    )
                ),
                phone=draw(_line),
                consent_named=draw(st.booleans()),
                note=draw(_note),
            )
        )[0].uuid
        for _ in range(draw(st.integers(0, 3)))
    ]
    if draw(st.booleans()):
        canvas.update_canvas(draft=CanvasDraft(vision=draw(_note), mission=draw(_note)))
    goals = []
    for _ in range(draw(st.integers(0, 3))):
        level = draw(st.sampled_from(GoalLevel))
        goal, _ = canvas.add_goal(
            draft=GoalDraft(
                level=level,
                statement=draw(_name),
                target_group=draw(_name if level is GoalLevel.PROJECT else _line),
                rationale=draw(_note),
                ambition=draw(st.sampled_from(Ambition)),
                status=draw(st.sampled_from(GoalStatus)),
                actor_uuids=tuple(draw(st.lists(st.sampled_from(actors), unique=True)))
                if actors
                else (),
            )
        )
        goals.append(goal.uuid)
        for _ in range(draw(st.integers(0, 2))):
            start, end = sorted([draw(_maybe_day), draw(_maybe_day)], key=lambda d: d or "0")
            indicator, _ = canvas.add_indicator(
                goal_uuid=goal.uuid,
                draft=IndicatorDraft(
                    name=draw(_name),
                    unit=draw(_line),
                    baseline_value=draw(st.one_of(st.none(), _number)),
                    baseline_date=start,
                    target_value=draw(st.one_of(st.none(), _number)),
                    target_date=end,
                    method=draw(st.one_of(st.none(), st.sampled_from(CollectionMethod))),
                    method_note=draw(_line),
                    source=draw(_line),
                    frequency=draw(_line),
                ),
            )
            for _ in range(draw(st.integers(0, 2))):
                canvas.add_measurement(
                    indicator_uuid=indicator.uuid,
                    draft=MeasurementDraft(date=draw(_day), value=draw(_number), note=draw(_note)),
                )
        for _ in range(draw(st.integers(0, 2))):
            canvas.add_milestone(
                goal_uuid=goal.uuid,
                draft=MilestoneDraft(
                    text=draw(_name),
                    due_date=draw(_maybe_day),
                    status=draw(st.sampled_from(MilestoneStatus)),
                    owner=draw(_line),
                ),
            )
    if goals and draw(st.booleans()):
        canvas.move_goal(uuid=goals[0], level=draw(st.sampled_from(GoalLevel)), position=0)
    if draw(st.booleans()):
        canvas.freeze_version(label=draw(_name), agreed_on=draw(_day))
    event_uuids = [
        events.add_event(
            draft=EventDraft(title=draw(_name), date=draw(_maybe_day), place=draw(_line))
        )[0].uuid
        for _ in range(draw(st.integers(0, 2)))
    ]
    sessions: list[str] = []
    for _ in range(draw(st.integers(0, 3))):
        session_format = draw(st.sampled_from(SessionFormat))
        session, _ = events.add_session(
            draft=SessionDraft(
                format=session_format,
                title=draw(_name),
                event_uuid=_pick(data, event_uuids),
                date=draw(_maybe_day),
                start_time=draw(st.sampled_from(["", "00:00", "09:30", "23:59"])),
                place=draw(_line),
                facilitator=draw(_line),
                note_taker=draw(_line),
                guiding_question=draw(_note),
            ),
            agenda=template_drafts(session_format)[: draw(st.integers(0, 3))],
        )
        sessions.append(session.uuid)
        for person in draw(st.lists(st.sampled_from(people), unique=True)) if people else []:
            events.add_attendance(
                session_uuid=session.uuid, draft=AttendanceDraft(person_uuid=person)
            )
        for _ in range(draw(st.integers(0, 1))):
            events.add_attendance(
                session_uuid=session.uuid,
                draft=AttendanceDraft(guest_name=draw(_name), guest_organisation=draw(_line)),
            )
        if draw(st.booleans()):
            events.add_agenda_item(
                session_uuid=session.uuid,
                draft=AgendaItemDraft(
                    title=draw(_name), planned_minutes=draw(st.integers(0, 1440))
                ),
                position=0,
            )
        items = [i.uuid for i in events.agenda(session.uuid)]
        if items and draw(st.booleans()):
            moment = NINE + timedelta(seconds=draw(st.integers(0, 10**8)))
            events.start_item(uuid=items[0], now=moment)
            if draw(st.booleans()):
                events.advance(session_uuid=session.uuid, now=moment + timedelta(minutes=5))
        for item in items:
            clusters = [
                events.add_cluster(agenda_item_uuid=item, name=draw(_line))[0].uuid
                for _ in range(draw(st.integers(0, 2)))
            ]
            for _ in range(draw(st.integers(0, 3))):
                card, _ = events.add_card(
                    agenda_item_uuid=item,
                    draft=CardDraft(
                        text=draw(_name),
                        author=draw(_line),
                        colour=draw(st.sampled_from(CardColour)),
                        goal_uuid=_pick(data, goals),
                    ),
                    cluster_uuid=_pick(data, clusters),
                    position=draw(st.one_of(st.none(), st.integers(0, 3))),
                )
                if draw(st.booleans()):
                    events.set_dots(uuid=card.uuid, dots=draw(st.integers(0, 9999)))
            if clusters and draw(st.booleans()):
                events.delete_cluster(uuid=clusters[0])
        for _ in range(draw(st.integers(0, 2))):
            events.add_decision(
                session_uuid=session.uuid,
                draft=DecisionDraft(
                    text=draw(_name),
                    agreement=draw(st.sampled_from(Agreement)),
                    agenda_item_uuid=_pick(data, items),
                    goal_uuid=_pick(data, goals),
                ),
            )
        for _ in range(draw(st.integers(0, 2))):
            owner = draw(st.sampled_from(["actor", "person", "text"]))
            action, _ = events.add_action(
                session_uuid=session.uuid,
                draft=ActionItemDraft(
                    what=draw(_name),
                    owner_actor_uuid=_pick(data, actors) if owner == "actor" else None,
                    owner_person_uuid=_pick(data, people) if owner == "person" else None,
                    owner_text=draw(_line),
                    due_date=draw(_maybe_day),
                ),
            )
            status = draw(st.sampled_from(ActionStatus))
            if status is not ActionStatus.OPEN:
                events.set_action_status(
                    uuid=action.uuid, status=status, in_session_uuid=_pick(data, sessions)
                )
        for _ in range(draw(st.integers(0, 1))):
            events.add_parking_lot_item(session_uuid=session.uuid, text=draw(_name))
        for _ in range(draw(st.integers(0, 1))):
            mime, magic = draw(st.sampled_from([("image/png", PNG[:8]), ("image/jpeg", JPEG[:3])]))
            events.add_photo(
                session_uuid=session.uuid,
                draft=PhotoDraft(
                    magic + draw(st.binary(max_size=64)),
                    mime,
                    draw(st.integers(1, 8000)),
                    draw(st.integers(1, 8000)),
                    caption=draw(_line),
                ),
            )
    # Deletions leave soft links behind (attendance, cards, decisions, action owners).
    if people and draw(st.booleans()):
        net.delete_person(uuid=people[-1])
    if goals and draw(st.booleans()):
        canvas.delete_goal(uuid=goals[-1])
    if actors and draw(st.booleans()):
        net.delete_actor(uuid=actors[-1])


@settings(
    max_examples=30,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_random_networks_round_trip(data: st.DataObject, tmp_path: Path) -> None:
    folder = tmp_path / f"example-{next(_counter)}"
    folder.mkdir()
    document = Document.create(folder / "random.ciw", network_name="Zufall")
    try:
        with document.transaction():
            build_random_network(document, data)
        text = export_network_json(document)
    finally:
        document.close()
    import_network_json(text, folder / "copy.ciw")
    again = export_file(folder / "copy.ciw")
    assert without_stamp(again) == without_stamp(text)
    assert sorted(p.name for p in folder.iterdir()) == ["copy.ciw", "random.ciw"]


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


@settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data(), replacement=_json_values)
def test_any_changed_value_is_imported_or_refused_cleanly(
    data: st.DataObject, replacement: object, full_json: str, tmp_path: Path
) -> None:
    """Replace one value anywhere by any JSON value: the import either succeeds or raises
    JsonImportError (never IntegrityError, TypeError, ...), and leaves no stray file."""
    exported = json.loads(full_json)
    key = data.draw(st.sampled_from(sorted(exported)))
    target: Any = exported
    if isinstance(exported[key], list) and exported[key]:
        target = exported[key][data.draw(st.integers(0, len(exported[key]) - 1))]
        key = data.draw(st.sampled_from(sorted(target))) if isinstance(target, dict) else key
    elif isinstance(exported[key], dict):
        target = exported[key]
        key = data.draw(st.sampled_from(sorted(target)))
    if isinstance(target, dict):
        target[key] = replacement
    folder = tmp_path / f"mutation-{next(_counter)}"
    folder.mkdir()
    refusal: JsonImportError | None = None
    try:
        import_network_json(json.dumps(exported, ensure_ascii=False), folder / "out.ciw")
    except JsonImportError as error:
        refusal = error
    if refusal is None:
        assert [p.name for p in folder.iterdir()] == ["out.ciw"]
    else:
        assert refusal.english()
        assert list(folder.iterdir()) == []
