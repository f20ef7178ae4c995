"""Events, sessions and live capture as plain domain objects: enums, times, live run,
templates, ranking, carry-over and validation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from ciworkshop.domain import event_rules, rules
from ciworkshop.domain.events import (
    AGENDA_TEMPLATES,
    PHOTO_MIME_TYPES,
    ActionItem,
    ActionItemDraft,
    ActionStatus,
    AgendaItem,
    AgendaItemDraft,
    Agreement,
    AttendanceDraft,
    Board,
    Card,
    CardColour,
    CardDraft,
    Cluster,
    DecisionDraft,
    EventDraft,
    PhotoDraft,
    Session,
    SessionDraft,
    SessionFormat,
    carry_over,
    format_clock_time,
    live_run,
    parse_clock_time,
    parse_timestamp,
    planned_end_time,
    planned_start_times,
    rank_cards,
    template_drafts,
    timestamp,
)
from ciworkshop.domain.i18n import Text

NINE = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 32


def fields(problems: list[rules.Problem]) -> list[str]:
    return [p.field for p in problems]


# ------------------------------------------------------------------ enums
@pytest.mark.parametrize(
    ("enum", "context"),
    [
        (SessionFormat, "SessionFormat"),
        (CardColour, "CardColour"),
        (Agreement, "Agreement"),
        (ActionStatus, "ActionStatus"),
    ],
)
def test_every_enum_member_has_a_translatable_label(enum: type, context: str) -> None:
    labels = [member.label for member in enum]
    assert all(isinstance(label, Text) and label.context == context for label in labels)
    assert len({label.source for label in labels}) == len(labels)


def test_formats_are_the_six_the_backbone_runs() -> None:
    assert [f.value for f in SessionFormat] == [
        "plenary",
        "round_table",
        "workshop",
        "steering_committee",
        "away_game",
        "check_up",
    ]
    assert SessionFormat.AWAY_GAME.label.source == "Away game"


def test_every_new_field_has_a_limit_label_and_the_old_ones_are_unchanged() -> None:
    for name in (
        "card_text",
        "decision_text",
        "action_what",
        "parking_lot_text",
        "guiding_question",
        "guest_name",
        "photo_caption",
    ):
        assert name in rules.FIELD_LIMITS
        assert name in rules.FIELD_LABELS
    assert set(rules.FIELD_LIMITS) <= set(rules.FIELD_LABELS)
    assert rules.FIELD_LIMITS["card_text"] == 500
    assert rules.FIELD_LIMITS["decision_text"] == 2_000
    assert rules.FIELD_LIMITS["statement"] == 500  # canvas fields untouched
    assert rules.FIELD_LIMITS["owner"] == 200


# ------------------------------------------------------------------ times
@pytest.mark.parametrize(
    ("text", "minutes"),
    [("00:00", 0), ("09:30", 570), ("23:59", 1439), ("9:30", None), ("24:00", None), ("", None)],
)
def test_clock_times_have_one_spelling(text: str, minutes: int | None) -> None:
    assert parse_clock_time(text) == minutes


def test_planned_start_times_follow_the_durations() -> None:
    assert planned_start_times("09:30", [15, 45, 0, 30]) == ("09:30", "09:45", "10:30", "10:30")
    assert planned_end_time("09:30", [15, 45, 0, 30]) == "11:00"
    assert planned_start_times("", [15, 45]) == ("", "")
    assert planned_end_time("nine", [15]) == ""
    assert planned_start_times("09:30", []) == ()


def test_planned_times_wrap_past_midnight() -> None:
    assert planned_start_times("23:30", [45, 10]) == ("23:30", "00:15")
    assert format_clock_time(25 * 60 + 10) == "01:10"


def test_timestamps_are_utc_and_round_trip() -> None:
    berlin = timezone(timedelta(hours=1))
    stamp = timestamp(datetime(2026, 3, 12, 10, 0, 5, tzinfo=berlin))
    assert stamp == "2026-03-12T09:00:05.000000Z"
    assert parse_timestamp(stamp) == NINE + timedelta(seconds=5)
    assert parse_timestamp("") is None
    assert parse_timestamp("yesterday") is None
    with pytest.raises(ValueError, match="aware"):
        timestamp(datetime(2026, 3, 12, 9, 0))  # naive: whose 9 o'clock?


# ------------------------------------------------------------------ live run
def agenda_item(
    position: int, minutes: int, started: datetime | None = None, **kw: str
) -> AgendaItem:
    return AgendaItem(
        uuid=f"i{position}",
        session_uuid="s",
        position=position,
        title=f"TOP {position + 1}",
        planned_minutes=minutes,
        started_at=timestamp(started) if started else "",
        **kw,
    )


def test_live_run_before_the_start() -> None:
    items = [agenda_item(0, 10), agenda_item(1, 20)]
    state = live_run(items, NINE)
    assert state.running is None
    assert state.next_item == items[0]
    assert (state.done_count, state.total_count, state.finished) == (0, 2, False)


def test_live_run_counts_down_and_warns_in_the_last_two_minutes() -> None:
    items = [agenda_item(0, 10, NINE), agenda_item(1, 20)]
    state = live_run(items, NINE + timedelta(minutes=7, seconds=30))
    assert state.running == items[0]
    assert state.next_item == items[1]
    assert (state.elapsed_seconds, state.remaining_seconds) == (450, 150)
    assert (state.warning, state.overrun) == (False, False)
    state = live_run(items, NINE + timedelta(minutes=8))
    assert (state.remaining_seconds, state.warning, state.overrun) == (120, True, False)
    state = live_run(items, NINE + timedelta(minutes=11))
    assert (state.remaining_seconds, state.warning, state.overrun) == (-60, True, True)
    state = live_run(items, NINE + timedelta(minutes=5), warning_seconds=300)
    assert state.warning is True


def test_live_run_after_the_last_item_is_finished() -> None:
    end = timestamp(NINE + timedelta(minutes=10))
    items = [agenda_item(0, 10, NINE, ended_at=end)]
    state = live_run(items, NINE + timedelta(hours=1))
    assert state.running is None
    assert state.next_item is None
    assert state.finished
    assert items[0].actual_seconds() == 600
    assert live_run([], NINE).finished is False


# ------------------------------------------------------------------ templates
def test_every_format_has_a_template_with_translatable_titles() -> None:
    assert set(AGENDA_TEMPLATES) == set(SessionFormat)
    for items in AGENDA_TEMPLATES.values():
        assert items
        assert all(i.title.context == "AgendaTemplate" and i.minutes > 0 for i in items)
    drafts = template_drafts(SessionFormat.ROUND_TABLE)
    assert all(event_rules.check_agenda_item(d) == [] for d in drafts)
    german = template_drafts(SessionFormat.ROUND_TABLE, lambda text: f"DE:{text.source}")
    assert german[0] == AgendaItemDraft("DE:Introductions", 10)


# ------------------------------------------------------------------ board and ranking
def card(uuid: str, position: int, dots: int = 0, cluster: str | None = None) -> Card:
    return Card(
        uuid=uuid,
        agenda_item_uuid="i0",
        position=position,
        text=uuid,
        dots=dots,
        cluster_uuid=cluster,
    )


def test_ranking_by_dots_with_shared_ranks_and_board_order_for_ties() -> None:
    clusters = [
        Cluster(uuid="k2", agenda_item_uuid="i0", position=1, name="B"),
        Cluster(uuid="k1", agenda_item_uuid="i0", position=0, name="A"),
    ]
    cards = [
        card("b", 0, 3, "k2"),
        card("a", 1, 3, "k1"),
        card("c", 0, 5, None),
        card("d", 0, 3, "k1"),
        card("e", 1, 0, None),
    ]
    ranked = rank_cards(cards, clusters)
    assert [(r.rank, r.card.uuid) for r in ranked] == [
        (1, "c"),
        (2, "d"),
        (2, "a"),
        (2, "b"),
        (5, "e"),
    ]
    board = Board.build(agenda_item(0, 10), clusters=clusters, cards=cards)
    assert board.ranking() == ranked
    assert board.dots == 14


def test_board_groups_cards_and_treats_unknown_clusters_as_unclustered() -> None:
    clusters = [Cluster(uuid="k1", agenda_item_uuid="i0", position=0, name="A")]
    cards = [card("x", 1, cluster="gone"), card("y", 0), card("z", 0, cluster="k1")]
    board = Board.build(agenda_item(0, 10), clusters=clusters, cards=cards)
    assert [c.uuid for c in board.cards_in(None)] == ["y", "x"]
    assert [c.uuid for c in board.cards_in("k1")] == ["z"]
    assert [c.uuid for c in board.cards()] == ["y", "x", "z"]
    assert board.cluster("k1") == clusters[0]
    assert board.card("z") == cards[2]
    assert board.cards_in("nope") == ()


# ------------------------------------------------------------------ carry-over
def session(uuid: str, day: str) -> Session:
    return Session(uuid=uuid, format=SessionFormat.STEERING_COMMITTEE, title=uuid, date=day)


def action(uuid: str, session_uuid: str, due: str = "", **kw: object) -> ActionItem:
    return ActionItem(uuid=uuid, session_uuid=session_uuid, what=uuid, due_date=due, **kw)  # type: ignore[arg-type]


def test_carry_over_lists_open_items_of_earlier_sessions_by_due_date() -> None:
    sessions = [session("jan", "2026-01-15"), session("mar", "2026-03-12"), session("x", "")]
    actions = [
        action("undated", "jan"),
        action("late", "jan", "2026-06-01"),
        action("early", "jan", "2026-02-01"),
        action("done", "jan", status=ActionStatus.DONE),
        action("dropped", "jan", status=ActionStatus.DROPPED),
        action("same-day", "mar"),
        action("undated-session", "x"),
        action("orphan", "unknown"),
    ]
    found = carry_over(actions, sessions, before="2026-03-12")
    assert [a.uuid for a in found] == ["early", "late", "undated"]
    assert carry_over(actions, sessions, before="") == ()
    assert carry_over(actions, sessions, before="2026-01-15") == ()


# ------------------------------------------------------------------ validation
def test_event_and_session_rules() -> None:
    assert fields(event_rules.check_event(EventDraft(title=" "))) == ["event_title"]
    assert fields(event_rules.check_event(EventDraft(title="Fachtag", date="12.03.2026"))) == [
        "date"
    ]
    ok = SessionDraft(format=SessionFormat.PLENARY, title="Plenum", start_time="09:30")
    assert event_rules.check_session(ok) == []
    bad = SessionDraft(
        format=SessionFormat.PLENARY,
        title="",
        start_time="9:30",
        guiding_question="?" * 1_001,
    )
    assert fields(event_rules.check_session(bad)) == [
        "session_title",
        "guiding_question",
        "start_time",
    ]


def test_attendance_is_a_person_or_a_guest() -> None:
    assert event_rules.check_attendance(AttendanceDraft(person_uuid="p")) == []
    assert event_rules.check_attendance(AttendanceDraft(guest_name="Gast 😀")) == []
    assert fields(event_rules.check_attendance(AttendanceDraft())) == ["person"]
    both = AttendanceDraft(person_uuid="p", guest_name="Gast")
    assert fields(event_rules.check_attendance(both)) == ["person"]


def test_numbers_must_be_whole_and_in_range() -> None:
    assert event_rules.check_agenda_item(AgendaItemDraft("TOP", 0)) == []
    assert fields(event_rules.check_agenda_item(AgendaItemDraft("TOP", -1))) == ["planned_minutes"]
    assert fields(event_rules.check_agenda_item(AgendaItemDraft("TOP", 1441))) == [
        "planned_minutes"
    ]
    assert event_rules.check_dots(0) == []
    assert event_rules.check_dots(9_999) == []
    for bad in (-1, 10_000, True, 2.5):
        problems = event_rules.check_dots(bad)  # type: ignore[arg-type]
        assert fields(problems) == ["dots"]
    assert problems[0].english() == "“Dots” needs to be a whole number from 0 to 9999."


def test_a_100000_character_card_is_refused_with_a_problem() -> None:
    problems = event_rules.check_card(CardDraft(text="x" * 100_000))
    assert fields(problems) == ["card_text"]
    assert problems[0].english() == "“Card” is 100000 characters long; at most 500 fit."
    assert event_rules.check_card(CardDraft(text="😀" * 500, author="Tisch 3")) == []
    assert fields(event_rules.check_card(CardDraft(text="  \n "))) == ["card_text"]


def test_decision_action_and_parking_lot_rules() -> None:
    assert event_rules.check_decision(DecisionDraft("Wir machen <b>das</b> & mehr")) == []
    assert fields(event_rules.check_decision(DecisionDraft("x" * 2_001))) == ["decision_text"]
    assert event_rules.check_action_item(ActionItemDraft("Einladen", owner_actor_uuid="a")) == []
    both = ActionItemDraft("Einladen", owner_actor_uuid="a", owner_person_uuid="p", due_date="x")
    assert fields(event_rules.check_action_item(both)) == ["action_owner", "due_date"]
    assert fields(event_rules.check_parking_lot_text("")) == ["parking_lot_text"]
    assert event_rules.check_cluster_name("") == []  # may stay unnamed while sorting
    assert fields(event_rules.check_cluster_name("k" * 201)) == ["cluster_name"]


def test_photo_rules() -> None:
    assert event_rules.check_photo(PhotoDraft(PNG, "image/png", 640, 480)) == []
    assert event_rules.check_photo(PhotoDraft(JPEG, "image/jpeg", 640, 480, "Flipchart")) == []
    assert fields(event_rules.check_photo(PhotoDraft(b"", "image/png", 1, 1))) == ["photo"]
    # not an image, or labelled as something it is not
    assert fields(event_rules.check_photo(PhotoDraft(b"%PDF-1.4", "image/png", 1, 1))) == ["photo"]
    assert fields(event_rules.check_photo(PhotoDraft(JPEG, "image/png", 1, 1))) == ["photo"]
    assert fields(event_rules.check_photo(PhotoDraft(PNG, "image/gif", 1, 1))) == ["photo"]
    assert fields(event_rules.check_photo(PhotoDraft(PNG, "image/png", 0, 1))) == ["photo"]
    big = PNG + b"\x00" * event_rules.PHOTO_MAX_BYTES
    assert fields(event_rules.check_photo(PhotoDraft(big, "image/png", 1, 1))) == ["photo"]
    assert set(event_rules._MAGIC) == PHOTO_MIME_TYPES
