"""The impact-canvas scenes: vision, mission and the three level columns, or one
level enlarged."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF

from ciworkshop.domain.canvas import LEVELS, GoalLevel
from ciworkshop.ui.beamer.layout import (
    Block,
    BoxItem,
    Flowed,
    Item,
    flow,
    lines_fitting,
    text_item,
)
from ciworkshop.ui.beamer.model import (
    CanvasData,
    GoalView,
)
from ciworkshop.ui.beamer.scene_frame import Frame, Paged, content_area, largest_fitting
from ciworkshop.ui.beamer.text import line_height, wrap
from ciworkshop.ui.i18n import translate


# ---------------------------------------------------------------- impact canvas
def _labelled_block(label: str, text: str, px: int, frame: Frame, role: str) -> Block:
    theme = frame.theme
    label_px = frame.mp

    def measure(width: float) -> float:
        lines = len(wrap(text, px, width).lines)
        return line_height(label_px, True) + frame.mp * 0.1 + lines * line_height(px)

    def place(x: float, y: float, width: float, max_height: float) -> list[Item]:
        head = text_item(
            label, x, y, width, px=label_px, color=theme.accent, role="label", bold=True
        )
        top = y + head.height + frame.mp * 0.1
        body = text_item(
            text,
            x,
            top,
            width,
            px=px,
            color=theme.text,
            role=role,
            max_lines=lines_fitting(y + max_height - top, px),
        )
        return [head, body]

    return Block(measure, place)


def _goal_block(
    goal: GoalView, px: int, frame: Frame, *, details: bool, bold: bool = False
) -> Block:
    theme = frame.theme
    pad = round(px * 0.45)
    stripe = max(4.0, px * 0.22)
    small = max(frame.mp, round(px * 0.8))
    target = (
        QCoreApplication.translate("GoalCard", "Target group: {group}").format(
            group=goal.target_group
        )
        if details and goal.target_group
        else ""
    )
    actors = (
        QCoreApplication.translate("BeamerScene", "Responsible: {actors}").format(
            actors=", ".join(goal.actors)
        )
        if details and goal.actors
        else ""
    )

    def inner(width: float) -> float:
        return width - 2 * pad - stripe

    def extra(width: float) -> float:
        height = 0.0
        for line in (target, actors):
            if line:
                lines = len(wrap(line, small, inner(width), italic=line is target).lines)
                height += px * 0.2 + lines * line_height(small, italic=line is target)
        return height

    def measure(width: float) -> float:
        lines = len(wrap(goal.statement, px, inner(width), bold=bold).lines)
        return 2 * pad + lines * line_height(px, bold) + extra(width)

    def place(x: float, y: float, width: float, max_height: float) -> list[Item]:
        height = min(measure(width), max_height)
        left = x + stripe + pad
        room = height - 2 * pad - extra(width)
        statement = text_item(
            goal.statement,
            left,
            y + pad,
            inner(width),
            px=px,
            color=theme.text,
            role="goal",
            bold=bold,
            max_lines=lines_fitting(room, px, bold),
            ref=goal.uuid,
        )
        items: list[Item] = [
            BoxItem(
                x,
                y,
                width,
                height,
                theme.surface,
                theme.surface_border,
                px * 0.2,
                "goal",
                goal.uuid,
            ),
            BoxItem(x, y, stripe, height, theme.levels[goal.level], role="stripe"),
            statement,
        ]
        top = statement.y + statement.height
        for line, role in ((target, "target_group"), (actors, "actors")):
            if line:
                item = text_item(
                    line,
                    left,
                    top + px * 0.2,
                    inner(width),
                    px=small,
                    color=theme.muted,
                    role=role,
                    italic=role == "target_group",
                    ref=goal.uuid,
                )
                items.append(item)
                top = item.y + item.height
        return items

    return Block(measure, place, ref=goal.uuid)


def _level_heading(level: GoalLevel, px: int, frame: Frame, *, continued: bool = False) -> Block:
    theme = frame.theme
    name = translate(level.label)
    if continued:
        name = QCoreApplication.translate("BeamerScene", "{name} (continued)").format(name=name)
    rule = max(3.0, px / 7)

    def measure(width: float) -> float:
        return (
            len(wrap(name, px, width, bold=True).lines) * line_height(px, True) + rule + px * 0.25
        )

    def place(x: float, y: float, width: float, max_height: float) -> list[Item]:
        heading = text_item(
            name, x, y, width, px=px, color=theme.levels[level], role="level", bold=True
        )
        return [
            heading,
            BoxItem(
                x,
                heading.y + heading.height + px * 0.1,
                width,
                rule,
                theme.levels[level],
                role="rule",
            ),
        ]

    return Block(measure, place, keep_with_next=True)


def _goal_columns(canvas: CanvasData, area: QRectF, px: int, frame: Frame) -> Flowed:
    """Three level columns that page together: page n shows each column's n-th part."""
    gap = frame.mp * 0.8
    width = (area.width() - 2 * gap) / 3
    heading_px = max(frame.mp, round(px * 1.05))
    per_level: list[Flowed] = []
    for index, level in enumerate(LEVELS):
        column = QRectF(area.left() + index * (width + gap), area.top(), width, area.height())
        blocks = [_level_heading(level, heading_px, frame)]
        for goal in canvas.goals_on(level):
            block = _goal_block(goal, px, frame, details=False)
            block.group = lambda level=level: _level_heading(
                level, heading_px, frame, continued=True
            )
            blocks.append(block)
        per_level.append(flow(blocks, column, 1, 0, px * 0.45))
    count = max(len(f.pages) for f in per_level)
    pages: list[list[Item]] = [[] for _ in range(count)]
    page_of: dict[str, int] = {}
    for flowed in per_level:
        for number, page in enumerate(flowed.pages):
            pages[number].extend(page)
        page_of.update(flowed.page_of)
    return Flowed(pages, page_of, any(f.overflow for f in per_level))


def layout_canvas(canvas: CanvasData, frame: Frame, items: list[Item]) -> Paged:
    """Vision and mission side by side over the three level columns, on one page if that
    fits at the minimum size; otherwise vision and mission first, the goals after."""
    vision_label = QCoreApplication.translate("CanvasView", "Vision")
    mission_label = QCoreApplication.translate("CanvasView", "Mission")
    top = frame.margin * 0.8
    area = content_area(frame, top)
    gap = frame.mp * 0.8
    half = (area.width() - gap) / 2

    def parts(px: int) -> list[Block]:
        return [
            _labelled_block(vision_label, canvas.vision, px, frame, "vision"),
            _labelled_block(mission_label, canvas.mission, px, frame, "mission"),
        ]

    def one_page(px: int) -> Flowed:
        both = parts(px)
        head = max(p.measure(half) for p in both) + frame.mp * 0.9
        goals_area = QRectF(area.left(), area.top() + head, area.width(), area.height() - head)
        if goals_area.height() < frame.mp * 4:
            return Flowed([], {}, overflow=True)
        goals = _goal_columns(canvas, goals_area, px, frame)
        page: list[Item] = []
        for index, part in enumerate(both):
            page += part.place(area.left() + index * (half + gap), area.top(), half, head)
        return Flowed(
            [page + goals.pages[0]], goals.page_of, goals.overflow or len(goals.pages) > 1
        )

    _, single = largest_fitting(one_page, frame.scale.card, frame.mp)
    if single.fits_one_page:
        return Paged(single.pages, single.page_of)
    # Two steps: the shared picture first, then the goals.
    _, first = largest_fitting(
        lambda px: flow(parts(px), area, 1, 0, frame.mp * 1.2), frame.scale.times(1.5), frame.mp
    )
    _, goals = largest_fitting(
        lambda px: _goal_columns(canvas, area, px, frame), frame.scale.card, frame.mp
    )
    offset = len(first.pages)
    return Paged(
        first.pages + goals.pages,
        {uuid: page + offset for uuid, page in goals.page_of.items()},
    )


def layout_level(canvas: CanvasData, level: GoalLevel, frame: Frame, items: list[Item]) -> Paged:
    theme = frame.theme
    y = frame.margin * 0.7
    title = text_item(
        translate(level.label),
        frame.margin,
        y,
        frame.inner_width,
        px=frame.scale.title,
        color=theme.levels[level],
        role="title",
        bold=True,
    )
    rule = max(3.0, frame.mp / 7)
    items += [
        title,
        BoxItem(
            frame.margin,
            title.y + title.height + frame.mp * 0.2,
            frame.inner_width,
            rule,
            theme.levels[level],
            role="rule",
        ),
    ]
    area = content_area(frame, title.y + title.height + rule + frame.mp * 0.8)
    gap = frame.mp * 0.8
    goals = canvas.goals_on(level)
    # One wide column reads best; two when that saves a page (a 16:9 beamer).
    best: tuple[tuple[bool, int, int], Flowed] | None = None
    for columns in (1, 2) if area.width() >= frame.mp * 22 else (1,):

        def goal_flow(px: int, columns: int = columns) -> Flowed:
            blocks = [_goal_block(goal, px, frame, details=True) for goal in goals]
            return flow(blocks, area, columns, gap, px * 0.5)

        px, flowed = largest_fitting(goal_flow, frame.scale.times(1.6), frame.mp)
        rank = (flowed.overflow, len(flowed.pages), -px)
        if best is None or rank < best[0]:
            best = (rank, flowed)
    assert best is not None
    return Paged(best[1].pages, best[1].page_of)
