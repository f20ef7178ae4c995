"""What every scene shares: the screen frame with its theme and type scale, the
search for the largest type size that fits, the header and the page footer."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRectF

from ciworkshop.ui.beamer.layout import (
    BoxItem,
    Flowed,
    Item,
    TextItem,
    text_item,
)
from ciworkshop.ui.beamer.text import line_height, text_width, wrap
from ciworkshop.ui.beamer.theme import Theme, TypeScale

BLACK = "#000000"


@dataclass(frozen=True, slots=True)
class Frame:
    """A screen size with its theme and type scale."""

    width: int
    height: int
    theme: Theme
    scale: TypeScale

    @property
    def mp(self) -> int:
        return self.scale.min_px

    @property
    def margin(self) -> float:
        return float(self.scale.margin)

    @property
    def inner_width(self) -> float:
        return self.width - 2 * self.margin

    def footer_top(self) -> float:
        return self.height - self.margin * 0.5 - line_height(self.mp) - self.mp * 0.2


@dataclass(slots=True)
class Paged:
    pages: list[list[Item]]
    page_of: dict[str, int]


def sizes(preferred: int, minimum: int, steps: int = 5) -> list[int]:
    """Candidate type sizes from ``preferred`` down to ``minimum``."""
    if preferred <= minimum:
        return [minimum]
    step = max(1, (preferred - minimum) // steps)
    sizes = list(range(preferred, minimum, -step))
    return [*sizes, minimum]


def largest_fitting(
    make: Callable[[int], Flowed], preferred: int, minimum: int
) -> tuple[int, Flowed]:
    """The largest size from ``preferred`` down to ``minimum`` whose flow fits one page,
    or the minimum's flow (several pages). Larger type never needs fewer pages, so a
    minimum that does not fit ends the search at once (the usual case for a full board)."""
    candidates = sizes(preferred, minimum)
    smallest = make(candidates[-1])
    if not smallest.fits_one_page:
        return candidates[-1], smallest
    for px in candidates[:-1]:
        flowed = make(px)
        if flowed.fits_one_page:
            return px, flowed
    return candidates[-1], smallest


# ---------------------------------------------------------------- shared pieces
def header(items: list[Item], frame: Frame, title: str, subtitle: str = "") -> float:
    """Title (and a muted subtitle) at the top with a rule below; returns the y below."""
    theme, scale, mp = frame.theme, frame.scale, frame.mp
    y = frame.margin * 0.7
    # A long title gets smaller (down to the heading size) before it takes a second line.
    px = fit(
        title,
        frame.inner_width,
        line_height(scale.title, True),
        scale.title,
        scale.heading,
        bold=True,
    )
    heading = text_item(
        title,
        frame.margin,
        y,
        frame.inner_width,
        px=px,
        color=theme.text,
        role="title",
        bold=True,
        max_lines=2,
    )
    items.append(heading)
    y += heading.height
    if subtitle:
        sub = text_item(
            subtitle,
            frame.margin,
            y + mp * 0.1,
            frame.inner_width,
            px=scale.body,
            color=theme.muted,
            role="subtitle",
            italic=True,
            max_lines=2,
        )
        items.append(sub)
        y = sub.y + sub.height
    y += mp * 0.3
    rule = max(2.0, mp / 10)
    items.append(BoxItem(frame.margin, y, frame.inner_width, rule, theme.rule, role="rule"))
    return y + rule + mp * 0.5


def page_footer(items: list[Item], frame: Frame, page: int, pages: int) -> None:
    if pages <= 1:
        return
    label = f"{page + 1} / {pages}"
    width = text_width(label, frame.mp) + 2
    items.append(
        text_item(
            label,
            frame.width - frame.margin - width,
            frame.footer_top(),
            width,
            px=frame.mp,
            color=frame.theme.muted,
            role="page",
        )
    )


def content_area(frame: Frame, top: float) -> QRectF:
    bottom = frame.footer_top() - frame.mp * 0.2
    return QRectF(frame.margin, top, frame.inner_width, max(frame.mp * 2, bottom - top))


def fit(
    text: str, width: float, height: float, largest: int, smallest: int, *, bold: bool = False
) -> int:
    """The largest size in [smallest, largest] at which ``text`` fits ``height``."""
    for px in sizes(largest, smallest, steps=12):
        if len(wrap(text, px, width, bold=bold).lines) * line_height(px, bold) <= height:
            return px
    return smallest


def moved(item: TextItem, y: float) -> TextItem:
    return dataclasses.replace(item, y=y)
