"""Events and sessions of the demo network: the Fachtag of 12 March 2026 (plenary and four
round tables with boards, votes, decisions, action items, parking lot and two photos of
flip charts), two steering-committee meetings around it and the coming check-up.

The content lives in :mod:`ciworkshop.services.demo_events_data`; this module resolves
names to UUIDs (people, actors, goals of the demo canvas) and writes everything through
:class:`EventService`, so the demo passes the same rules as anything a user types.
Everything is deterministic: live-run times come from the data, photos are drawn from a
fixed seed. Only what the service stamps itself (created/modified) depends on the clock.
"""

from __future__ import annotations

import functools
import io
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import TYPE_CHECKING

from ciworkshop import paths
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
)
from ciworkshop.services import demo_data
from ciworkshop.services import demo_events_data as data
from ciworkshop.services.canvas import CanvasService
from ciworkshop.services.events import EventService
from ciworkshop.services.network import NetworkService
from ciworkshop.store.document import Document

if TYPE_CHECKING:
    from PIL import Image, ImageDraw, ImageFont

PHOTO_SIZE = (1600, 1200)
JPEG_QUALITY = 82


@dataclass(frozen=True, slots=True)
class _Refs:
    """Names in the demo data resolved to the UUIDs of this file."""

    people: dict[str, str]
    actors: dict[str, str]
    goals: dict[str, str]

    def person(self, name: str) -> str:
        return self.people[name]

    def goal(self, key: str | None) -> str | None:
        return self.goals[key] if key else None


def _refs(document: Document) -> _Refs:
    network = NetworkService(document)
    people = {p.name: p.uuid for p in network.people()}
    by_name = {a.name: a.uuid for a in network.actors()}
    actors = {str(a["key"]): by_name[str(a["name"])] for a in demo_data.ACTORS}
    goals: dict[str, str] = {}
    statements = [(g.statement, g.uuid) for g in CanvasService(document).snapshot().goals]
    for key, start in data.GOALS.items():
        found = [uuid for statement, uuid in statements if statement.startswith(start)]
        if len(found) != 1:
            raise KeyError(f"demo goal {key!r}: {len(found)} goals start with {start!r}")
        goals[key] = found[0]
    return _Refs(people=people, actors=actors, goals=goals)


def _moment(day: str, clock: str, utc_offset: int) -> datetime:
    """A venue clock time on ``day`` as an aware datetime (CET +1, CEST +2)."""
    hours, minutes = (int(part) for part in clock.split(":"))
    return datetime.combine(
        date.fromisoformat(day),
        time(hours, minutes),
        tzinfo=timezone(timedelta(hours=utc_offset)),
    )


def populate_events(document: Document) -> None:
    """Write the demo's events and sessions into ``document`` (which already holds the
    demo's people, actors and canvas), in one transaction."""
    refs = _refs(document)
    events = EventService(document)
    with document.transaction():
        event, _ = events.add_event(draft=EventDraft(**data.EVENT))
        sessions: dict[str, str] = {}
        closings: list[tuple[str, data.Closing]] = []
        for spec in data.SESSIONS:
            sessions[spec["key"]] = _add_session(
                events,
                spec,
                event_uuid=event.uuid if spec["in_event"] else None,
                refs=refs,
                closings=closings,
            )
        # Carried-over items are closed in the later session that noted them as done.
        for action_uuid, (status, in_session) in closings:
            events.set_action_status(
                uuid=action_uuid,
                status=ActionStatus(status),
                in_session_uuid=sessions[in_session] if in_session else None,
            )


def _add_session(
    events: EventService,
    spec: data.SessionSpec,
    *,
    event_uuid: str | None,
    refs: _Refs,
    closings: list[tuple[str, data.Closing]],
) -> str:
    session, _ = events.add_session(
        draft=SessionDraft(
            format=SessionFormat(spec["format"]),
            title=spec["title"],
            event_uuid=event_uuid,
            date=spec["date"],
            start_time=spec["start_time"],
            place=spec["place"],
            facilitator=spec["facilitator"],
            note_taker=spec["note_taker"],
            guiding_question=spec["guiding_question"],
        ),
        agenda=[
            AgendaItemDraft(title=i["title"], planned_minutes=i["minutes"]) for i in spec["agenda"]
        ],
    )
    for name in spec["people"]:
        events.add_attendance(
            session_uuid=session.uuid, draft=AttendanceDraft(person_uuid=refs.person(name))
        )
    for guest, organisation in spec["guests"]:
        events.add_attendance(
            session_uuid=session.uuid,
            draft=AttendanceDraft(guest_name=guest, guest_organisation=organisation),
        )
    items = events.agenda(session.uuid)
    for item, item_spec in zip(items, spec["agenda"], strict=True):
        actual = item_spec.get("actual")
        if actual is not None:
            start, end = actual
            events.start_item(uuid=item.uuid, now=_moment(spec["date"], start, spec["utc_offset"]))
            events.finish_item(uuid=item.uuid, now=_moment(spec["date"], end, spec["utc_offset"]))
        board = item_spec.get("board")
        if board is not None:
            _add_board(events, item.uuid, board, refs)
    for decision in spec["decisions"]:
        position = decision.get("item")
        events.add_decision(
            session_uuid=session.uuid,
            draft=DecisionDraft(
                text=decision["text"],
                agreement=Agreement(decision["agreement"]),
                agenda_item_uuid=items[position].uuid if position is not None else None,
                goal_uuid=refs.goal(decision.get("goal")),
            ),
        )
    for action in spec["actions"]:
        actor, person = action.get("actor"), action.get("person")
        added, _ = events.add_action(
            session_uuid=session.uuid,
            draft=ActionItemDraft(
                what=action["what"],
                owner_actor_uuid=refs.actors[actor] if actor else None,
                owner_person_uuid=refs.person(person) if person else None,
                owner_text=action.get("owner", ""),
                due_date=action["due"],
            ),
        )
        closed = action.get("closed")
        if closed is not None:
            closings.append((added.uuid, closed))
    for text in spec["parking_lot"]:
        events.add_parking_lot_item(session_uuid=session.uuid, text=text)
    for photo in spec.get("photos", []):
        events.add_photo(session_uuid=session.uuid, draft=_photo(photo, spec))
    return session.uuid


def _card_draft(card: data.Card, refs: _Refs) -> tuple[CardDraft, int]:
    extra: data.CardExtra = card[3] if len(card) == 4 else {}
    draft = CardDraft(
        text=card[1],
        author=extra.get("author", ""),
        colour=CardColour(card[0]),
        goal_uuid=refs.goal(extra.get("goal")),
    )
    return draft, card[2]


def _add_board(events: EventService, item_uuid: str, board: data.BoardSpec, refs: _Refs) -> None:
    groups: list[tuple[str | None, Sequence[data.Card]]] = [
        *((c["name"], c["cards"]) for c in board["clusters"]),
        (None, board.get("loose", [])),
    ]
    for name, cards in groups:
        cluster_uuid = None
        if name is not None:
            cluster, _ = events.add_cluster(agenda_item_uuid=item_uuid, name=name)
            cluster_uuid = cluster.uuid
        for card in cards:
            draft, dots = _card_draft(card, refs)
            added, _ = events.add_card(
                agenda_item_uuid=item_uuid, draft=draft, cluster_uuid=cluster_uuid
            )
            if dots:
                events.set_dots(uuid=added.uuid, dots=dots)


# ---------------------------------------------------------------- photos of flip charts
_CARD_RGB: dict[str, tuple[int, int, int]] = {
    "yellow": (247, 226, 104),
    "green": (158, 212, 128),
    "blue": (132, 186, 228),
    "pink": (240, 156, 188),
    "orange": (248, 172, 94),
    "white": (250, 250, 246),
}
_MARKERS = ((28, 46, 120), (24, 24, 28), (30, 110, 60), (170, 32, 40))
_DOT_RGB = (208, 36, 44)


@functools.lru_cache(maxsize=16)
def _font(size: int, *, bold: bool = False, oblique: bool = False) -> ImageFont.FreeTypeFont:
    from PIL import ImageFont

    style = ("Bold" if bold else "") + ("Oblique" if oblique else "")
    name = "DejaVuSans" + (f"-{style}" if style else "")
    return ImageFont.truetype(str(paths.fonts_dir() / f"{name}.ttf"), size)


def _photo(spec: data.PhotoSpec, session: data.SessionSpec) -> PhotoDraft:
    rng = random.Random(spec["seed"])
    if spec["kind"] == "pinboard":
        board = session["agenda"][spec["item"]].get("board")
        if board is None:
            raise KeyError(f"photo {spec['caption']!r}: agenda item without a board")
        image = _pinboard(spec["title"], board, rng)
    else:
        image = _flipchart(spec["title"], spec.get("lines", []), session["parking_lot"], rng)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=JPEG_QUALITY)
    return PhotoDraft(
        data=buffer.getvalue(),
        mime="image/jpeg",
        width=image.width,
        height=image.height,
        caption=spec["caption"],
    )


def _wall(colour: tuple[int, int, int]) -> Image.Image:
    from PIL import Image

    return Image.new("RGB", PHOTO_SIZE, colour)


def _finish(image: Image.Image, rng: random.Random) -> Image.Image:
    """What a phone camera adds: uneven room light and darker corners.

    The light is computed on a coarse grid and scaled up: cheap, and seeded (Pillow's
    own noise generator is not).
    """
    from PIL import Image, ImageChops

    columns, rows = 32, 24
    light = Image.new("RGB", (columns, rows))
    for y in range(rows):
        for x in range(columns):
            dx, dy = (x + 0.5) / columns - 0.5, (y + 0.5) / rows - 0.5
            level = round(255 * (1 - 0.55 * (dx * dx + dy * dy)) - rng.randint(0, 6))
            light.putpixel((x, y), (level, level, max(0, level - 4)))
    light = light.resize(PHOTO_SIZE, Image.Resampling.BILINEAR)
    return ImageChops.multiply(image, light)


def _fitting_font(texts: Iterable[str], width: int, sizes: Sequence[int]) -> ImageFont.FreeTypeFont:
    """The largest of ``sizes`` (bold) in which the words of ``texts`` fit ``width``, but
    for two at most (a rare long compound is hyphenated rather than shrinking them all)."""
    # Short words fit any column; measuring only the long ones keeps this cheap.
    words = {word for text in texts for word in text.split() if len(word) >= 10}
    for size in sizes:
        font = _font(size, bold=True)
        if sum(font.getlength(word) > width for word in words) <= 2:
            return font
    return _font(sizes[-1], bold=True)


# Where German compounds join ("Bewerbungs|schreiben") or a suffix starts ("Schwierig|keiten").
_JOINTS = ("ungs", "ions", "heits", "keits", "täts", "iegs", "ings", "schafts", "*in")
_SUFFIXES = ("keit", "heit", "ung")


def _hyphen_cut(word: str, font: ImageFont.FreeTypeFont, width: int) -> int:
    """Where to hyphenate ``word`` so that its first part fits: at a joint if one fits,
    else as far right as fits (keeping at least three letters on each side)."""
    # A longer prefix is never narrower: scan down from the longest to the first that fits.
    longest = next(
        (cut for cut in range(len(word) - 3, 2, -1) if font.getlength(word[:cut] + "-") <= width),
        3,
    )
    joints = [
        cut
        for cut in range(3, longest + 1)
        if word[:cut].endswith(_JOINTS) or word[cut:].startswith(_SUFFIXES)
    ]
    return max(joints, default=longest)


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """Lines of ``text`` that fit ``width`` pixels in ``font``."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for whole in paragraph.split():
            # German compounds can be wider than a card: hyphenate them where they overflow.
            word = whole
            while font.getlength(word) > width and len(word) > 6:
                cut = _hyphen_cut(word, font, width)
                if line:
                    lines.append(line)
                    line = ""
                lines.append(word[:cut] + "-")
                word = word[cut:]
            candidate = f"{line} {word}".strip()
            if line and font.getlength(candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


def _card(
    draw: ImageDraw.ImageDraw,
    box: tuple[int, int, int, int],
    colour: tuple[int, int, int],
    lines: Iterable[str],
    font: ImageFont.FreeTypeFont,
    *,
    ink: tuple[int, int, int] = (28, 28, 34),
) -> None:
    left, top, right, bottom = box
    draw.rectangle((left + 4, top + 5, right + 4, bottom + 5), fill=(150, 146, 138))
    draw.rectangle(box, fill=colour)
    y = top + 8
    for line in lines:
        draw.text((left + 8, y), line, font=font, fill=ink)
        y += int(font.size) + 5


def _pinboard(title: str, board: data.BoardSpec, rng: random.Random) -> Image.Image:
    """A pinboard covered with paper: a title card, one column per cluster under its
    heading, the cards with their dots, and the loose cards apart."""
    from PIL import ImageDraw

    image = _wall((184, 178, 166))
    draw = ImageDraw.Draw(image)
    paper = (70, 40, 1530, 1170)
    draw.rectangle((paper[0] - 14, paper[1] - 14, paper[2] + 14, paper[3] + 14), fill=(92, 94, 98))
    draw.rectangle(paper, fill=(236, 232, 220))
    title_font = _font(34, bold=True)
    title_width = int(title_font.getlength(title)) + 40
    centre = (paper[0] + paper[2]) // 2
    _card(
        draw,
        (centre - title_width // 2, paper[1] + 18, centre + title_width // 2, paper[1] + 76),
        _CARD_RGB["white"],
        [title],
        title_font,
        ink=_MARKERS[0],
    )
    clusters = board["clusters"]
    loose = board.get("loose", [])
    gap = 14
    width = (paper[2] - paper[0] - gap * (len(clusters) + 1)) // max(1, len(clusters))
    head_font = _fitting_font([c["name"] for c in clusters], width - 20, (20, 18, 16))
    every_card = [*(card for c in clusters for card in c["cards"]), *loose]
    card_font = _fitting_font([card[1] for card in every_card], width - 18, (16, 15, 14))
    bottoms: list[tuple[int, int]] = []  # (where the column ends, its left edge)
    for index, cluster in enumerate(clusters):
        left = paper[0] + gap + index * (width + gap)
        lines = _wrap(cluster["name"], head_font, width - 20)
        top = paper[1] + 110
        height = 16 + len(lines) * (int(head_font.size) + 5)
        box = (left, top, left + width, top + height)
        _card(draw, box, (255, 255, 255), lines, head_font, ink=_MARKERS[index % 2])
        bottom = _card_column(
            draw,
            cluster["cards"],
            at=(left, top + height + 18),
            width=width,
            limit=paper[3],
            font=card_font,
            rng=rng,
        )
        bottoms.append((bottom, left))
    if loose and bottoms:
        # Cards the room left unclustered hang apart, under the shortest column.
        bottom, left = min(bottoms)
        _card_column(
            draw,
            loose,
            at=(left, bottom + 50),
            width=width,
            limit=paper[3],
            font=card_font,
            rng=rng,
        )
    return _finish(image, rng)


def _card_column(
    draw: ImageDraw.ImageDraw,
    cards: Sequence[data.Card],
    *,
    at: tuple[int, int],
    width: int,
    limit: int,
    font: ImageFont.FreeTypeFont,
    rng: random.Random,
) -> int:
    """Cards one below the other from ``at``, with their dots; returns where they end.
    Cards beyond ``limit`` are left out: the photo shows what fits on the board."""
    left, y = at
    for card in cards:
        lines = _wrap(card[1], font, width - 18)
        height = 14 + len(lines) * (int(font.size) + 5)
        if y + height > limit - 10:
            break
        jitter = rng.randint(-4, 4)
        box = (left + 2 + jitter, y, left + width - 2 + jitter, y + height)
        _card(draw, box, _CARD_RGB[card[0]], lines, font)
        for dot in range(min(card[2], (width - 20) // 15)):
            x = box[2] - 12 - dot * 15
            draw.ellipse((x - 6, box[1] - 5, x + 6, box[1] + 7), fill=_DOT_RGB)
        y += height + 10 + rng.randint(0, 4)
    return y


def _flipchart(
    title: str, lines: Sequence[str], notes: Sequence[str], rng: random.Random
) -> Image.Image:
    """A flip chart on its easel: a title underlined, a handwritten list, and below it the
    parking lot (Themenspeicher) as orange cards."""
    from PIL import ImageDraw

    image = _wall((206, 200, 188))
    draw = ImageDraw.Draw(image)
    sheet = (330, 70, 1270, 1190)
    draw.rectangle((sheet[0] - 30, sheet[1] - 40, sheet[2] + 30, sheet[1] + 6), fill=(70, 72, 78))
    draw.rectangle((sheet[0] + 6, sheet[1] + 8, sheet[2] + 6, sheet[3] + 8), fill=(150, 146, 138))
    draw.rectangle(sheet, fill=(250, 250, 247))
    for hole in range(sheet[0] + 60, sheet[2] - 40, 110):
        draw.ellipse((hole, sheet[1] + 14, hole + 12, sheet[1] + 26), fill=(200, 200, 196))
    title_font, text_font = _font(58, bold=True), _font(36, oblique=True)
    x, y = sheet[0] + 50, sheet[1] + 60
    y = _heading(draw, (x, y), title, title_font)
    for index, line in enumerate(lines):
        ink = _MARKERS[index % 3]
        draw.text((x, y), "→", font=text_font, fill=ink)
        for part in _wrap(line, text_font, sheet[2] - x - 110):
            draw.text((x + 54 + rng.randint(-2, 2), y), part, font=text_font, fill=ink)
            y += int(text_font.size) + 12
        y += 14
    if notes:
        y = _heading(draw, (x, y + 30), "Themenspeicher", _font(40, bold=True))
        note_font, gap, shown = _font(22, bold=True), 24, notes[:3]
        width = (sheet[2] - x - 50 - gap * (len(shown) - 1)) // len(shown)
        for index, note in enumerate(shown):
            left = x + index * (width + gap)
            wrapped = _wrap(note, note_font, width - 22)
            height = 18 + len(wrapped) * (int(note_font.size) + 5)
            top = y + rng.randint(0, 12)
            _card(
                draw,
                (left, top, left + width, top + height),
                _CARD_RGB["orange"],
                wrapped,
                note_font,
            )
    return _finish(image, rng)


def _heading(
    draw: ImageDraw.ImageDraw, at: tuple[int, int], text: str, font: ImageFont.FreeTypeFont
) -> int:
    """A heading in red marker, underlined; returns where the text below it starts."""
    x, y = at
    draw.text((x, y), text, font=font, fill=_MARKERS[3])
    underline = y + int(font.size) + 16
    draw.line((x, underline, x + font.getlength(text), underline + 4), fill=_MARKERS[3], width=5)
    return underline + 34
