"""What the room may see, read from the open document.

These small records are the only data the audience scenes get, so whatever is not
copied here cannot reach the beamer: goal rationales, indicator notes, the facilitator's
and note-taker's names, attendance and every person's contact data stay on the laptop.
Card authors (a name or a table, as written on the card) appear in the spotlight only;
the session's guiding question is shown above its boards.
"""

from __future__ import annotations

from dataclasses import dataclass

from ciworkshop.domain.canvas import GoalLevel
from ciworkshop.domain.events import AgendaItem, CardColour
from ciworkshop.services.canvas import CanvasService
from ciworkshop.services.events import EventService
from ciworkshop.services.network import NetworkService


@dataclass(frozen=True, slots=True)
class CardView:
    uuid: str
    text: str
    colour: CardColour = CardColour.YELLOW
    dots: int = 0
    author: str = ""


@dataclass(frozen=True, slots=True)
class GroupView:
    """The unclustered cards (``uuid`` None) or one cluster with its cards."""

    uuid: str | None
    name: str
    cards: tuple[CardView, ...] = ()


@dataclass(frozen=True, slots=True)
class BoardData:
    item_uuid: str
    item_title: str
    session_title: str = ""
    guiding_question: str = ""
    groups: tuple[GroupView, ...] = ()

    def card_uuids(self) -> frozenset[str]:
        return frozenset(c.uuid for g in self.groups for c in g.cards)


@dataclass(frozen=True, slots=True)
class SessionHeader:
    """A session without a chosen agenda item: its title and guiding question."""

    title: str
    guiding_question: str = ""


@dataclass(frozen=True, slots=True)
class GoalView:
    uuid: str
    level: GoalLevel
    statement: str
    target_group: str = ""
    actors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CanvasData:
    vision: str = ""
    mission: str = ""
    goals: tuple[GoalView, ...] = ()

    def goals_on(self, level: GoalLevel) -> tuple[GoalView, ...]:
        return tuple(g for g in self.goals if g.level is level)


@dataclass(frozen=True, slots=True)
class AgendaData:
    session_title: str
    items: tuple[AgendaItem, ...] = ()
    planned_starts: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CardSpotlight:
    card: CardView


@dataclass(frozen=True, slots=True)
class GoalSpotlight:
    goal: GoalView


@dataclass(frozen=True, slots=True)
class PauseData:
    network_name: str = ""
    event_title: str = ""
    event_date: str = ""
    event_place: str = ""


# ---------------------------------------------------------------- reading
def read_board(events: EventService, item_uuid: str) -> BoardData | None:
    item = events.agenda_item(item_uuid)
    if item is None:
        return None
    board = events.board(item_uuid)
    session = events.session(item.session_uuid)

    def cards_of(cluster_uuid: str | None) -> tuple[CardView, ...]:
        return tuple(
            CardView(c.uuid, c.text, c.colour, c.dots, c.author)
            for c in board.cards_in(cluster_uuid)
        )

    groups = [GroupView(None, "", cards_of(None))] if board.cards_in(None) else []
    groups += [GroupView(k.uuid, k.name, cards_of(k.uuid)) for k in board.clusters]
    return BoardData(
        item_uuid=item.uuid,
        item_title=item.title,
        session_title=session.title if session else "",
        guiding_question=session.guiding_question if session else "",
        groups=tuple(groups),
    )


def read_session_header(events: EventService, session_uuid: str) -> SessionHeader | None:
    session = events.session(session_uuid)
    return None if session is None else SessionHeader(session.title, session.guiding_question)


def read_agenda(events: EventService, session_uuid: str) -> AgendaData | None:
    session = events.session(session_uuid)
    if session is None:
        return None
    items = tuple(events.agenda(session_uuid))
    starts = events.planned_starts(session_uuid)
    return AgendaData(session.title, items, tuple(starts.get(i.uuid, "") for i in items))


def read_canvas(canvas: CanvasService) -> CanvasData:
    snapshot = canvas.snapshot()
    return CanvasData(
        vision=snapshot.canvas.vision,
        mission=snapshot.canvas.mission,
        goals=tuple(
            GoalView(g.uuid, g.level, g.statement, g.target_group, snapshot.actor_names_of(g))
            for g in snapshot.goals
        ),
    )


def read_card(events: EventService, uuid: str) -> CardSpotlight | None:
    card = events.card(uuid)
    if card is None:
        return None
    return CardSpotlight(CardView(card.uuid, card.text, card.colour, card.dots, card.author))


def read_goal(canvas: CanvasService, uuid: str) -> GoalSpotlight | None:
    snapshot = canvas.snapshot()
    goal = snapshot.goal(uuid)
    if goal is None:
        return None
    return GoalSpotlight(
        GoalView(
            goal.uuid,
            goal.level,
            goal.statement,
            goal.target_group,
            snapshot.actor_names_of(goal),
        )
    )


def read_pause(
    network: NetworkService, events: EventService, session_uuid: str | None
) -> PauseData:
    name = network.network().name
    session = events.session(session_uuid) if session_uuid else None
    event = events.event(session.event_uuid) if session and session.event_uuid else None
    if event is None:
        return PauseData(network_name=name)
    return PauseData(name, event.title, event.date, event.place)
