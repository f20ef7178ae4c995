"""The board scene: clusters with their cards, votes as dots, flowing over columns
and pages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF

from ciworkshop.ui.beamer.layout import (
    Block,
    BoxItem,
    DotItem,
    Item,
    flow,
    lines_fitting,
    text_item,
)
from ciworkshop.ui.beamer.model import (
    BoardData,
    CardView,
)
from ciworkshop.ui.beamer.scene_frame import (
    BLACK,
    Frame,
    Paged,
    content_area,
    header,
    largest_fitting,
)
from ciworkshop.ui.beamer.text import line_height, text_width, wrap
from ciworkshop.ui.beamer.theme import CARD_PAPER, CARD_TEXT, DOT, DOT_RING

#: Card text wider than this many minimum-size "n" would not fit a column of cards.
CARD_COLUMN_EMS = 11


# ---------------------------------------------------------------- board
def _card_block(card: CardView, px: int, frame: Frame) -> Block:
    pad = round(px * 0.38)
    lh = line_height(px)
    dots_width = _dots_width(card.dots, frame)

    def dots_row(width: float) -> float:
        """The extra height of a row for the dots (none when they fit the last line)."""
        if not card.dots:
            return 0.0
        lines = wrap(card.text, px, width - 2 * pad).lines
        last = text_width(lines[-1], px) if lines else 0.0
        if last + frame.mp * 0.6 + dots_width <= width - 2 * pad:
            return 0.0
        return frame.mp * 1.1 + px * 0.1

    def measure(width: float) -> float:
        lines = len(wrap(card.text, px, width - 2 * pad).lines)
        return pad * 2 + lines * lh + dots_row(width)

    def place(x: float, y: float, width: float, max_height: float) -> list[Item]:
        height = min(measure(width), max_height)
        extra = dots_row(width)
        text = text_item(
            card.text,
            x + pad,
            y + pad,
            width - 2 * pad,
            px=px,
            color=CARD_TEXT,
            role="card",
            max_lines=lines_fitting(height - 2 * pad - extra, px),
            ref=card.uuid,
        )
        border = frame.theme.card_border if frame.theme.background != BLACK else ""
        items: list[Item] = [
            BoxItem(
                x, y, width, height, CARD_PAPER[card.colour], border, px * 0.2, "card", card.uuid
            ),
            text,
        ]
        if card.dots:
            middle = y + height - pad - (extra / 2 if extra else lh / 2)
            items += dots(card.dots, x + width - pad, middle, frame)
        return items

    return Block(measure, place, ref=card.uuid)


def _dot_radius(frame: Frame) -> float:
    return frame.mp * 0.34


def _dots_width(count: int, frame: Frame) -> float:
    radius = _dot_radius(frame)
    if count <= 0:
        return 0.0
    if count <= 5:
        return 2 * radius + (count - 1) * radius * 2.5
    return 2 * radius + frame.mp * 0.25 + text_width(str(count), frame.mp, bold=True) + 2


def dots(count: int, right: float, middle: float, frame: Frame) -> list[Item]:
    """Vote dots right-aligned at ``right``: one per vote up to five, else one and the number."""
    radius = _dot_radius(frame)
    step = radius * 2.5
    if count <= 5:
        return [
            DotItem(right - radius - i * step, middle, radius, DOT, DOT_RING) for i in range(count)
        ]
    label = str(count)
    width = text_width(label, frame.mp, bold=True) + 2
    dot_x = right - radius
    text_x = dot_x - radius - frame.mp * 0.25 - width
    return [
        DotItem(dot_x, middle, radius, DOT, DOT_RING),
        text_item(
            label,
            text_x,
            middle - line_height(frame.mp, bold=True) / 2,
            width,
            px=frame.mp,
            color=CARD_TEXT,
            role="dots",
            bold=True,
        ),
    ]


def _group_heading(name: str, px: int, frame: Frame, *, continued: bool = False) -> Block:
    theme = frame.theme
    rule = max(2.0, px / 9)
    text = name
    if continued and name:
        text = QCoreApplication.translate("BeamerScene", "{name} (continued)").format(name=name)

    def measure(width: float) -> float:
        lines = len(wrap(text, px, width, bold=True).lines) if text else 0
        return lines * line_height(px, True) + rule + px * 0.2

    def place(x: float, y: float, width: float, max_height: float) -> list[Item]:
        items: list[Item] = []
        top = y
        if text:
            heading = text_item(
                text,
                x,
                y,
                width,
                px=px,
                color=theme.text,
                role="cluster",
                bold=True,
                max_lines=lines_fitting(max_height - rule, px, True),
            )
            items.append(heading)
            top += heading.height
        items.append(BoxItem(x, top + px * 0.1, width, rule, theme.accent, role="rule"))
        return items

    return Block(measure, place, keep_with_next=True)


def _board_blocks(board: BoardData, px: int, frame: Frame) -> list[Block]:
    blocks: list[Block] = []
    has_clusters = any(g.uuid is not None for g in board.groups)
    heading_px = max(frame.mp, round(px * 1.1))
    for group in board.groups:
        name = group.name
        if group.uuid is None:
            name = QCoreApplication.translate("BeamerScene", "Not yet clustered")
        show_heading = has_clusters
        if show_heading:
            blocks.append(_group_heading(name, heading_px, frame))

        def continued(name: str = name) -> Block:
            return _group_heading(name, heading_px, frame, continued=True)

        for card in group.cards:
            block = _card_block(card, px, frame)
            if show_heading:
                block.group = continued
            blocks.append(block)
    return blocks


def _board_columns(frame: Frame, area: QRectF, gap: float) -> int:
    column = frame.mp * CARD_COLUMN_EMS
    return max(2, min(6, int((area.width() + gap) // (column + gap))))


def layout_board(board: BoardData, frame: Frame, items: list[Item]) -> Paged:
    top = header(items, frame, board.item_title, board.guiding_question or board.session_title)
    area = content_area(frame, top)
    column_gap = frame.mp * 0.7
    columns = _board_columns(frame, area, column_gap)
    _, flowed = largest_fitting(
        lambda px: flow(_board_blocks(board, px, frame), area, columns, column_gap, px * 0.32),
        frame.scale.card,
        frame.mp,
    )
    return Paged(flowed.pages, flowed.page_of)
