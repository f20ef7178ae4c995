"""Single slides: a card or a goal in the spotlight, and the pause slide."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from ciworkshop.ui.beamer.layout import (
    BoxItem,
    Item,
    TextItem,
    lines_fitting,
    text_item,
)
from ciworkshop.ui.beamer.model import (
    CardView,
    GoalView,
    PauseData,
)
from ciworkshop.ui.beamer.scene_board import dots
from ciworkshop.ui.beamer.scene_frame import BLACK, Frame, fit, moved
from ciworkshop.ui.beamer.text import line_height, text_width, wrap
from ciworkshop.ui.beamer.theme import CARD_PAPER, CARD_TEXT
from ciworkshop.ui.formatting import format_date
from ciworkshop.ui.i18n import translate


def layout_card_spotlight(card: CardView, frame: Frame, items: list[Item]) -> None:
    mp = frame.mp
    box_width = frame.width - 4 * frame.margin
    pad = mp * 1.0
    author = (
        QCoreApplication.translate("BeamerScene", "— {author}").format(author=card.author)
        if card.author
        else ""
    )
    author_px = frame.scale.times(1.2)
    extra = line_height(author_px, italic=True) + mp * 0.4 if author else 0.0
    dots_height = mp * 1.3 if card.dots else 0.0
    max_text = frame.height - 2 * frame.margin - 2 * pad - extra - dots_height
    px = fit(card.text, box_width - 2 * pad, max_text, frame.scale.times(3.5), mp)
    text_lines = wrap(card.text, px, box_width - 2 * pad).lines
    box_height = 2 * pad + len(text_lines) * line_height(px) + extra + dots_height
    box_height = min(box_height, frame.height - 2 * frame.margin)
    x = (frame.width - box_width) / 2
    y = (frame.height - box_height) / 2
    border = frame.theme.card_border if frame.theme.background != BLACK else ""
    items.append(
        BoxItem(
            x,
            y,
            box_width,
            box_height,
            CARD_PAPER[card.colour],
            border,
            mp * 0.4,
            "spotlight",
            card.uuid,
        )
    )
    text = text_item(
        card.text,
        x + pad,
        y + pad,
        box_width - 2 * pad,
        px=px,
        color=CARD_TEXT,
        role="spotlight",
        max_lines=lines_fitting(max_text, px),
        ref=card.uuid,
    )
    items.append(text)
    top = text.y + text.height
    if author:
        items.append(
            text_item(
                author,
                x + pad,
                top + mp * 0.4,
                box_width - 2 * pad,
                px=author_px,
                color="#222222",
                role="author",
                italic=True,
                max_lines=1,
            )
        )
    if card.dots:
        items += dots(card.dots, x + box_width - pad, y + box_height - pad * 0.5 - mp * 0.6, frame)


def layout_goal_spotlight(goal: GoalView, frame: Frame, items: list[Item]) -> None:
    theme, mp = frame.theme, frame.mp
    box_width = frame.width - 4 * frame.margin
    pad = mp * 1.0
    stripe = mp * 0.5
    inner = box_width - 2 * pad - stripe
    label = translate(goal.level.label)
    label_px = frame.scale.times(1.2)
    target = (
        QCoreApplication.translate("GoalCard", "Target group: {group}").format(
            group=goal.target_group
        )
        if goal.target_group
        else ""
    )
    small = frame.scale.times(1.2)
    target_lines = wrap(target, small, inner, italic=True).lines if target else ()
    extra = len(target_lines) * line_height(small, italic=True) + (mp * 0.5 if target else 0)
    head = line_height(label_px, True) + mp * 0.4
    max_text = frame.height - 2 * frame.margin - 2 * pad - head - extra
    px = fit(goal.statement, inner, max_text, frame.scale.times(3.0), mp, bold=True)
    lines = wrap(goal.statement, px, inner, bold=True).lines
    box_height = min(
        2 * pad + head + len(lines) * line_height(px, True) + extra,
        frame.height - 2 * frame.margin,
    )
    x = (frame.width - box_width) / 2
    y = (frame.height - box_height) / 2
    colour = theme.levels[goal.level]
    items += [
        BoxItem(
            x,
            y,
            box_width,
            box_height,
            theme.surface,
            theme.surface_border,
            mp * 0.4,
            "spotlight",
            goal.uuid,
        ),
        BoxItem(x, y, stripe, box_height, colour, role="stripe"),
        text_item(
            label,
            x + stripe + pad,
            y + pad,
            inner,
            px=label_px,
            color=colour,
            role="level",
            bold=True,
        ),
    ]
    statement = text_item(
        goal.statement,
        x + stripe + pad,
        y + pad + head,
        inner,
        px=px,
        color=theme.text,
        role="spotlight",
        bold=True,
        max_lines=lines_fitting(max_text, px, True),
        ref=goal.uuid,
    )
    items.append(statement)
    if target:
        items.append(
            text_item(
                target,
                x + stripe + pad,
                statement.y + statement.height + mp * 0.5,
                inner,
                px=small,
                color=theme.muted,
                role="target_group",
                italic=True,
            )
        )


# ---------------------------------------------------------------- pause
def layout_pause(
    pause: PauseData, show_event: bool, now: datetime, frame: Frame, items: list[Item]
) -> None:
    theme, scale, mp = frame.theme, frame.scale, frame.mp
    width = frame.width - 4 * frame.margin
    x = 2 * frame.margin
    event_items: list[TextItem] = []
    if show_event and pause.event_title:
        event_items.append(
            text_item(
                pause.event_title,
                x,
                0,
                width,
                px=scale.heading,
                color=theme.accent,
                role="event",
                bold=True,
                align="center",
                max_lines=2,
            )
        )
        details = " · ".join(p for p in (format_date(pause.event_date), pause.event_place) if p)
        if details:
            event_items.append(
                text_item(
                    details,
                    x,
                    0,
                    width,
                    px=mp,
                    color=theme.muted,
                    role="event_details",
                    align="center",
                    max_lines=2,
                )
            )
    event_height = sum(i.height for i in event_items) + (mp * 0.8 if event_items else 0)
    clock_px = scale.times(1.4)
    room = frame.height * 0.6 - event_height
    px = fit(pause.network_name, width, room, scale.times(2.6), scale.title, bold=True)
    name = text_item(
        pause.network_name,
        x,
        0,
        width,
        px=px,
        color=theme.text,
        role="network",
        bold=True,
        align="center",
        max_lines=lines_fitting(max(room, line_height(px, True)), px, True),
    )
    total = name.height + event_height
    y = (frame.height - total) / 2 - line_height(clock_px) / 2
    items.append(moved(name, y))
    y += name.height + (mp * 0.8 if event_items else 0)
    for item in event_items:
        items.append(moved(item, y))
        y += item.height
    clock = now.astimezone().strftime("%H:%M")
    clock_width = text_width(clock, clock_px) + 2
    items.append(
        text_item(
            clock,
            frame.width - frame.margin - clock_width,
            frame.height - frame.margin * 0.6 - line_height(clock_px),
            clock_width,
            px=clock_px,
            color=theme.muted,
            role="clock",
        )
    )
