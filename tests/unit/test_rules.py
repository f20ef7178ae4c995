"""Domain rules: what a dialog refuses, and what text survives the store unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from ciworkshop.domain import rules
from ciworkshop.domain.model import ActorDraft, NetworkDraft, PersonDraft
from ciworkshop.services.network import NetworkService
from ciworkshop.store.document import Document
from tests.unit.helpers import raw_rows, raw_value

TRICKY = "R&D <b>Team</b> 😀 „Zukunft“"
TRICKY_LONG = (
    "Zeile 1: <script>alert('x')</script> & 'quotes' \"double\"\n"
    "Zeile 2: x<y & y>z — Ümlaute ÄÖÜß € ✓ ★ 👩‍👩‍👧 \\n not a newline; %s {name} ${HOME}\n"
    "\ttabbed; NUL-free; trailing spaces   \n"
)


def fields(problems: list[rules.Problem]) -> list[str]:
    return [p.field for p in problems]


# ------------------------------------------------------------------ names
@pytest.mark.parametrize("name", ["", "   ", "\n\t"])
def test_blank_name_is_refused_for_every_entity(name: str) -> None:
    for problems in (
        rules.check_network(NetworkDraft(name=name)),
        rules.check_actor(ActorDraft(name=name)),
        rules.check_person(PersonDraft(name=name)),
    ):
        assert fields(problems) == ["name"]
        assert problems[0].english() == "Please enter a name."


def test_valid_drafts_have_no_problems() -> None:
    assert rules.check_network(NetworkDraft(name="Verbund", region="Hellental")) == []
    assert rules.check_actor(ActorDraft(name="Stadt", short_name="S", note="n")) == []
    assert rules.check_person(PersonDraft(name="Ada", email="ada@example.org")) == []


# ------------------------------------------------------------------ limits
@pytest.mark.parametrize(
    ("field", "label", "limit"),
    [
        ("name", "Name", rules.NAME_MAX),
        ("short_name", "Short name", rules.SHORT_NAME_MAX),
        ("note", "Note", rules.LONG_TEXT_MAX),
    ],
)
def test_actor_field_limit_is_inclusive(field: str, label: str, limit: int) -> None:
    at_limit = {"name": "A", field: "x" * limit}
    over_limit = {"name": "A", field: "x" * (limit + 1)}
    assert rules.check_actor(ActorDraft(**at_limit)) == []
    problems = rules.check_actor(ActorDraft(**over_limit))
    assert fields(problems) == [field]
    assert problems[0].english() == (
        f"“{label}” is {limit + 1} characters long; at most {limit} fit."
    )


@pytest.mark.parametrize("field", ["name", "function", "email", "phone", "note"])
def test_pasted_100000_characters_are_refused_in_every_person_field(field: str) -> None:
    text = "@" * 100_000  # an "@" keeps the e-mail rule out of the way
    problems = rules.check_person(PersonDraft(**{"name": "Ada", field: text}))
    assert fields(problems) == [field]
    assert "100000 characters long" in problems[0].english()


@pytest.mark.parametrize("field", ["name", "region", "challenge"])
def test_pasted_100000_characters_are_refused_for_the_network(field: str) -> None:
    problems = rules.check_network(NetworkDraft(**{"name": "N", field: "y" * 100_000}))
    assert fields(problems) == [field]
    assert dict(problems[0].values) == {
        "field": field,
        "length": 100_000,
        "limit": rules.FIELD_LIMITS[field],
    }


def test_several_problems_are_reported_together() -> None:
    problems = rules.check_person(PersonDraft(name="", email="nobody", note="n" * 20_001))
    assert sorted(fields(problems)) == ["email", "name", "note"]
    with pytest.raises(rules.ValidationError) as info:
        rules.require_valid(problems)
    assert info.value.problems == problems
    assert "Please enter a name." in str(info.value)
    assert "needs an “@”" in str(info.value)


# ------------------------------------------------------------------ e-mail
@pytest.mark.parametrize("email", ["ada.example.org", "ada(at)example.org", " x "])
def test_email_without_at_is_refused(email: str) -> None:
    problems = rules.check_person(PersonDraft(name="Ada", email=email))
    assert fields(problems) == ["email"]
    assert problems[0].english() == "The e-mail address needs an “@”."


@pytest.mark.parametrize("email", ["", "   ", "ada@example.org", "a@b"])
def test_email_empty_or_with_at_is_accepted(email: str) -> None:
    assert rules.check_person(PersonDraft(name="Ada", email=email)) == []


# ------------------------------------------------------------------ services refuse, file unchanged
def test_service_refuses_invalid_drafts_and_writes_nothing(
    service: NetworkService, document: Document
) -> None:
    with pytest.raises(rules.ValidationError):
        service.add_actor(draft=ActorDraft(name="Stadt", note="z" * 100_000))
    with pytest.raises(rules.ValidationError):
        service.add_person(draft=PersonDraft(name="Ada", email="no-at-sign"))
    with pytest.raises(rules.ValidationError):
        service.update_network(draft=NetworkDraft(name="   "))
    assert service.actors() == []
    assert service.people() == []
    assert service.network().name == "Testverbund"
    document.close()
    assert raw_value(document.path, "SELECT count(*) FROM actor") == 0
    assert raw_value(document.path, "SELECT name FROM network") == "Testverbund"


# ------------------------------------------------------------------ text round trip
def test_emoji_and_markup_survive_the_store_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "text.ciw"
    with Document.create(path, network_name=TRICKY) as doc:
        service = NetworkService(doc)
        service.update_network(
            draft=NetworkDraft(name=TRICKY, region="Ort <i>&amp;</i> 😀", challenge=TRICKY_LONG)
        )
        actor, _ = service.add_actor(
            draft=ActorDraft(name=TRICKY, short_name="R&D 😀", note=TRICKY_LONG)
        )
        person, _ = service.add_person(
            draft=PersonDraft(
                name="Zoë O'Brien-Łukasz 😀",
                actor_uuid=actor.uuid,
                function=TRICKY,
                email="zoë+<b>@example.org",
                phone="+49 (0)30 / 123–456",
                note=TRICKY_LONG,
            )
        )

    with Document.open(path) as doc:
        service = NetworkService(doc)
        network = service.network()
        assert (network.name, network.region, network.challenge) == (
            TRICKY,
            "Ort <i>&amp;</i> 😀",
            TRICKY_LONG,
        )
        (stored_actor,) = service.actors()
        assert (stored_actor.name, stored_actor.short_name, stored_actor.note) == (
            TRICKY,
            "R&D 😀",
            TRICKY_LONG,
        )
        (stored_person,) = service.people()
        assert stored_person == person
        assert stored_person.email == "zoë+<b>@example.org"

    # Stored as plain text, not escaped: another program sees the same characters.
    assert raw_rows(path, "SELECT name, note FROM actor") == [(TRICKY, TRICKY_LONG)]
    assert raw_value(path, "SELECT function FROM person") == TRICKY
