"""The laid-out scene: boxes, dots and text lines at pixel positions, and how to paint them.

A scene is laid out once per change and size into a :class:`SceneLayout`; the audience
window paints it at full size and the console's preview paints the very same layout
scaled down. Tests read the layout's :class:`TextItem` records (font pixel size, whether
the text was elided) instead of guessing from pixels.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from ciworkshop.ui.beamer.text import font, line_height, metrics, text_width, wrap


@dataclass(frozen=True, slots=True)
class TextItem:
    """Lines of one text, top-left at (x, y), each line at most ``width`` wide."""

    x: float
    y: float
    width: float
    lines: tuple[str, ...]
    px: int
    color: str
    role: str
    source: str
    bold: bool = False
    italic: bool = False
    align: str = "left"  # left, center or right
    elided: bool = False
    ref: str = ""

    @property
    def line_height(self) -> float:
        return line_height(self.px, self.bold, self.italic)

    @property
    def height(self) -> float:
        return self.line_height * len(self.lines)

    @property
    def text(self) -> str:
        return " ".join(self.lines)


@dataclass(frozen=True, slots=True)
class BoxItem:
    x: float
    y: float
    width: float
    height: float
    fill: str
    border: str = ""
    radius: float = 0.0
    role: str = ""
    ref: str = ""


@dataclass(frozen=True, slots=True)
class DotItem:
    x: float
    y: float
    radius: float
    fill: str
    ring: str = ""


Item = TextItem | BoxItem | DotItem


@dataclass(slots=True)
class SceneLayout:
    """One page of a scene at one size."""

    width: int
    height: int
    background: str
    min_px: int
    items: list[Item] = field(default_factory=list)
    page: int = 0
    pages: int = 1

    def texts(self, role: str | None = None) -> list[TextItem]:
        return [i for i in self.items if isinstance(i, TextItem) and role in (None, i.role)]

    def boxes(self, role: str | None = None) -> list[BoxItem]:
        return [i for i in self.items if isinstance(i, BoxItem) and role in (None, i.role)]

    def dots(self) -> list[DotItem]:
        return [i for i in self.items if isinstance(i, DotItem)]


def text_item(
    text: str,
    x: float,
    y: float,
    width: float,
    *,
    px: int,
    color: str,
    role: str,
    bold: bool = False,
    italic: bool = False,
    align: str = "left",
    max_lines: int | None = None,
    ref: str = "",
) -> TextItem:
    wrapped = wrap(text, px, width, bold=bold, italic=italic, max_lines=max_lines)
    return TextItem(
        x,
        y,
        width,
        wrapped.lines,
        px,
        color,
        role,
        text,
        bold=bold,
        italic=italic,
        align=align,
        elided=wrapped.elided,
        ref=ref,
    )


def lines_fitting(height: float, px: int, bold: bool = False, italic: bool = False) -> int:
    # A hair of tolerance: heights are sums of the same line heights in floating point.
    return max(1, int((height + 0.5) // line_height(px, bold, italic)))


# ---------------------------------------------------------------- column flow
@dataclass(slots=True)
class Block:
    """Something placed in a column: ``measure(width)`` gives its height, ``place(x, y,
    width, max_height)`` its items (eliding only when it is taller than a whole column).
    A block that keeps with the next (a heading) never ends a column. ``group`` names the
    heading to repeat when a group continues on the next page."""

    measure: Callable[[float], float]
    place: Callable[[float, float, float, float], list[Item]]
    keep_with_next: bool = False
    group: Callable[[], Block] | None = None
    ref: str = ""


@dataclass(slots=True)
class Flowed:
    pages: list[list[Item]]
    page_of: dict[str, int]
    #: Some block was taller than a whole column and had to be cut (elided).
    overflow: bool = False

    @property
    def fits_one_page(self) -> bool:
        return len(self.pages) == 1 and not self.overflow


def flow(
    blocks: Sequence[Block], area: QRectF, columns: int, column_gap: float, gap: float
) -> Flowed:
    """Fill columns top to bottom, left to right, then the next page."""
    width = (area.width() - (columns - 1) * column_gap) / columns
    pages: list[list[Item]] = [[]]
    page_of: dict[str, int] = {}
    column, y = 0, area.top()
    overflow = False

    def next_column() -> None:
        nonlocal column, y
        column, y = column + 1, area.top()
        if column == columns:
            pages.append([])
            column = 0

    for index, block in enumerate(blocks):
        height = block.measure(width)
        need = height
        if block.keep_with_next and index + 1 < len(blocks):
            need += gap + min(blocks[index + 1].measure(width), area.height())
        if y > area.top() and y + need > area.bottom() + 0.5:
            next_column()
            # A group going on over a page break gets its heading again.
            if block.group is not None and column == 0:
                heading = block.group()
                x = area.left() + column * (width + column_gap)
                pages[-1].extend(heading.place(x, y, width, area.bottom() - y))
                y += heading.measure(width) + gap
        x = area.left() + column * (width + column_gap)
        overflow = overflow or height > area.bottom() - y + 0.5
        pages[-1].extend(block.place(x, y, width, area.bottom() - y))
        if block.ref:
            page_of[block.ref] = len(pages) - 1
        y += min(height, area.bottom() - y) + gap
    return Flowed(pages, page_of, overflow)


# ---------------------------------------------------------------- painting
def paint_layout(painter: QPainter, layout: SceneLayout) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(QRectF(0, 0, layout.width, layout.height), QColor(layout.background))
    for item in layout.items:
        if isinstance(item, BoxItem):
            _paint_box(painter, item, layout.min_px)
        elif isinstance(item, DotItem):
            _paint_dot(painter, item)
        else:
            _paint_text(painter, item)
    painter.restore()


def _paint_box(painter: QPainter, box: BoxItem, min_px: int) -> None:
    rect = QRectF(box.x, box.y, box.width, box.height)
    if box.border:
        pen = QPen(QColor(box.border))
        pen.setWidthF(max(1.0, min_px / 14))
        painter.setPen(pen)
        half = pen.widthF() / 2
        rect = rect.adjusted(half, half, -half, -half)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(box.fill))
    if box.radius:
        painter.drawRoundedRect(rect, box.radius, box.radius)
    else:
        painter.drawRect(rect)


def _paint_dot(painter: QPainter, dot: DotItem) -> None:
    if dot.ring:
        pen = QPen(QColor(dot.ring))
        pen.setWidthF(max(1.0, dot.radius / 4))
        painter.setPen(pen)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(dot.fill))
    painter.drawEllipse(QPointF(dot.x, dot.y), dot.radius, dot.radius)


def _paint_text(painter: QPainter, item: TextItem) -> None:
    painter.setFont(font(item.px, item.bold, item.italic))
    painter.setPen(QColor(item.color))
    ascent = metrics(item.px, item.bold, item.italic).ascent()
    step = item.line_height
    for row, line in enumerate(item.lines):
        x = item.x
        if item.align != "left":
            free = item.width - text_width(line, item.px, item.bold, item.italic)
            x += free / 2 if item.align == "center" else free
        painter.drawText(QPointF(x, item.y + row * step + ascent), line)


def layout_size(size: QSize) -> tuple[int, int]:
    return max(320, size.width()), max(240, size.height())
