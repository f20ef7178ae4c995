"""The capture board (Metaplan) as one painted widget: clusters as columns of cards.

One widget paints every card (no widget per card): a board of 1,000 cards opens in a few
tens of milliseconds and scrolls at full frame rate. Each card's text is laid out once
(``QTextLayout``, cached by text) at zoom 1; zooming only scales the painter, so a zoom
step costs one repaint and the cards wrap the same at every size (what the room sees on
the beamer does not reflow).

The board never writes: it emits what the user did (move a card, vote, rename a
cluster...) and :class:`~ciworkshop.ui.views.session_board.BoardPanel` turns that into
undoable commands. After a change the panel hands the board the new state, either the
whole board (:meth:`CardBoard.set_board`) or one card (:meth:`CardBoard.put_card`,
:meth:`CardBoard.remove_card`).

Coordinates: "content" coordinates are unzoomed pixels; the header band (cluster names)
stays at the top of the viewport while the cards scroll under it.
"""

from __future__ import annotations

import bisect
import math
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QMimeData,
    QObject,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QTextLayout,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFrame,
    QLineEdit,
    QToolTip,
    QWidget,
)

from ciworkshop.domain.events import Card, CardColour, Cluster

CARD_MIME_TYPE = "application/x-ciworkshop-card"
CLUSTER_MIME_TYPE = "application/x-ciworkshop-cluster"

# The unclustered cards' column ("Unsortiert"); clusters are keyed by their UUID.
UNSORTED = ""

# Shades of the six moderation-card colours: light enough for dark text on a beamer.
CARD_FILL: dict[CardColour, str] = {
    CardColour.YELLOW: "#FFF1A0",
    CardColour.GREEN: "#CDEBB3",
    CardColour.BLUE: "#BDE0F6",
    CardColour.PINK: "#F8C8DA",
    CardColour.ORANGE: "#FFD3A1",
    CardColour.WHITE: "#FFFFFF",
}

ZOOM_STEPS = (0.8, 0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)

BACKGROUND = QColor("#E9EDF0")
COLUMN_FILL = QColor("#DDE3E7")
HEADER_FILL = QColor("#F7F9FA")
TEXT = QColor("#1F2A30")
MUTED = QColor("#4F5B63")
CARD_BORDER = QColor("#AEB8BF")
SHADOW = QColor("#C3C8CC")  # opaque (blending costs time): cards only ever lie on COLUMN_FILL
BORDER_PEN = QPen(CARD_BORDER, 0)  # cosmetic: one pixel at every zoom
CARD_QCOLOURS = {colour: QColor(shade) for colour, shade in CARD_FILL.items()}
SELECTED = QColor("#00796B")
DOT = QColor("#C62828")
DROP_MARK = QColor("#00796B")

CARD_POINT_SIZE = 13.0  # ≥ 12 pt at zoom 1: legible from the back row
SMALL_POINT_SIZE = 10.0
HEADER_POINT_SIZE = 13.0
DOT_SLOTS = 5  # at most this many dots are drawn; the number says the rest
DIGIT_WINDOW_S = 1.2  # digits typed within this time build one number ("2", "5" → 25)
AUTOSCROLL_MARGIN = 40
AUTOSCROLL_STEP = 24


def _font(base: QFont, size: float, *, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(size)
    font.setBold(bold)
    font.setItalic(italic)
    return font


@dataclass(frozen=True)
class Hit:
    """What is under a point of the viewport."""

    kind: str  # "card", "dots", "header", "column", "new_cluster", "none"
    column: str | None = None  # column key (UNSORTED or a cluster UUID)
    card: str | None = None  # card UUID
    index: int = 0  # where a dropped card would go in the column


@dataclass
class _Placed:
    card: Card
    layout: QTextLayout
    text_height: float
    rect: QRectF = field(default_factory=QRectF)


@dataclass
class _Column:
    key: str
    cluster: Cluster | None
    x: float = 0.0
    cards: list[_Placed] = field(default_factory=list)
    tops: list[float] = field(default_factory=list)  # card tops, for bisecting
    bottom: float = 0.0
    dots: int = 0


class _Metrics:
    """Every length of the board at zoom 1, derived from the font (DPI follows)."""

    def __init__(self, base: QFont) -> None:
        self.card_font = _font(base, CARD_POINT_SIZE)
        self.small_font = _font(base, SMALL_POINT_SIZE)
        self.goal_font = _font(base, SMALL_POINT_SIZE, italic=True)
        self.header_font = _font(base, HEADER_POINT_SIZE, bold=True)
        self.hint_font = _font(base, SMALL_POINT_SIZE + 1, italic=True)
        self.number_font = _font(base, SMALL_POINT_SIZE, bold=True)
        self.number_metrics = QFontMetricsF(self.number_font)
        card = QFontMetricsF(self.card_font)
        small = QFontMetricsF(self.small_font)
        header = QFontMetricsF(self.header_font)
        em = card.height()
        self.em = em
        self.column_width = round(em * 12.5)
        self.column_gap = round(em * 0.7)
        self.inset = round(em * 0.3)  # column background around its cards
        self.card_width = self.column_width - 2 * self.inset
        self.pad = round(em * 0.45)
        self.text_width = self.card_width - 2 * self.pad
        self.card_gap = round(em * 0.4)
        self.radius = 4.0
        self.small_height = small.height()
        self.goal_height = QFontMetricsF(self.goal_font).height()
        self.dot = max(6.0, round(self.small_height * 0.62))
        self.dot_step = self.dot + max(2.0, round(self.dot * 0.35))
        self.number_width = small.horizontalAdvance("8888") + 4
        self.dots_width = DOT_SLOTS * self.dot_step + self.number_width
        self.footer_height = max(self.small_height, self.dot + 4)
        self.header_height = round(self.pad * 2 + header.height() + self.small_height)
        self.band = self.header_height + self.column_gap  # header band incl. gap below
        self.margin = self.column_gap


class CardBoard(QAbstractScrollArea):
    """Columns of cards: the unclustered cards first, then one column per cluster, then a
    drop zone that makes a new cluster. Keyboard: arrows select, Ctrl+arrows move, F2 or
    Enter edits, Delete deletes, Ctrl+G makes a cluster of the selected card, + / − and
    digits set its dots; letters typed here go to the entry line (``text_typed``)."""

    # A card was selected (its UUID), or the selection left the cards ("").
    card_selected = Signal(str)
    # A column header was selected: a cluster's UUID, or UNSORTED.
    cluster_selected = Signal(str)
    # Move card → column (UNSORTED or a cluster UUID) at an index of that column as shown
    # (the card itself still counted where it is; see ``BoardPanel`` for the position).
    card_move_requested = Signal(str, str, int)
    # Make a new cluster of this card.
    new_cluster_requested = Signal(str)
    # Make a new, empty cluster.
    empty_cluster_requested = Signal()
    # Put the cluster at this position among the clusters.
    cluster_move_requested = Signal(str, int)
    # Give the card this many dots.
    dots_requested = Signal(str, int)
    edit_requested = Signal(str)
    delete_card_requested = Signal(str)
    delete_cluster_requested = Signal(str)
    # The inline editor of a cluster name was confirmed (UUID, new name); the receiver
    # closes it with :meth:`close_rename` once saved, or leaves it open and says why.
    rename_committed = Signal(str, str)
    # A context menu for a card ("card", UUID) or a header ("cluster", key) at a global point.
    context_menu_requested = Signal(str, str, QPoint)
    # Printable text typed while the board had focus (meant for the entry line).
    text_typed = Signal(str)
    # Escape or Insert: back to the entry line.
    entry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardBoard")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.viewport().setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.m = _Metrics(self.font())
        self._zoom = 1.0
        self._read_only = False
        self._columns: list[_Column] = []
        self._by_card: dict[str, _Column] = {}
        self._layouts: dict[str, tuple[QTextLayout, float]] = {}
        self._width = 0.0
        self._height = 0.0
        self._selected: tuple[str, str] | None = None  # ("card", uuid) | ("cluster", key)
        self._hover: str | None = None
        self._press: tuple[QPoint, Hit] | None = None
        self._drop: tuple[str, int] | None = None  # (column key or "new", index) while dragging
        self._digits: tuple[str, str, float] | None = None  # (card, typed, when)
        self._autoscroll = QPoint()
        self._autoscroll_timer = QTimer(self)
        self._autoscroll_timer.setInterval(40)
        self._autoscroll_timer.timeout.connect(self._on_autoscroll_timer_timeout)
        self._renaming: str | None = None
        self.goal_text: Callable[[str], str] = lambda _uuid: ""
        self.editor = QLineEdit(self.viewport())
        self.editor.setObjectName("clusterNameEditor")
        self.editor.hide()
        self.editor.installEventFilter(self)

    # ------------------------------------------------------------ state in
    def set_board(
        self,
        clusters: Sequence[Cluster],
        cards_by_cluster: Mapping[str | None, Sequence[Card]],
    ) -> None:
        """Show a whole board (clusters in order, each group's cards in order)."""
        columns = [_Column(UNSORTED, None)]
        columns += [_Column(c.uuid, c) for c in clusters]
        keys = {c.key for c in columns}
        self._by_card = {}
        used: set[str] = set()
        for column in columns:
            group = cards_by_cluster.get(column.key or None, ())
            for card in group:
                column.cards.append(self._placed(card, used))
                self._by_card[card.uuid] = column
        # Cards whose cluster is unknown count as unclustered (as in Board.build).
        for key, group in cards_by_cluster.items():
            if (key or UNSORTED) not in keys:
                for card in group:
                    columns[0].cards.append(self._placed(card, used))
                    self._by_card[card.uuid] = columns[0]
        # Drop layouts of texts no longer shown: the cache stays as large as the board.
        self._layouts = {k: v for k, v in self._layouts.items() if k in used}
        self._columns = columns
        if self._selected is not None:
            kind, key = self._selected
            if (kind == "card" and key not in self._by_card) or (
                kind == "cluster" and key not in keys
            ):
                self._set_selected(None)
        if self._renaming is not None and self._renaming not in keys:
            self.close_rename()
        self._relayout()

    def clear(self) -> None:
        self.set_board((), {})

    def put_card(self, card: Card) -> None:
        """Show ``card`` as it is now (new, edited, voted or moved): it goes to its
        cluster's column at its position; the other cards keep their order."""
        old = self._by_card.get(card.uuid)
        placed = self._placed(card, set())
        if old is not None:
            old.cards = [p for p in old.cards if p.card.uuid != card.uuid]
        target = self.column(card.cluster_uuid or UNSORTED) or self._columns[0]
        target.cards.insert(max(0, min(card.position, len(target.cards))), placed)
        self._by_card[card.uuid] = target
        self._relayout_columns({id(target), id(old)} - {id(None)})

    def remove_card(self, uuid: str) -> None:
        column = self._by_card.pop(uuid, None)
        if column is None:
            return
        column.cards = [p for p in column.cards if p.card.uuid != uuid]
        if self._selected == ("card", uuid):
            self._set_selected(None)
        self._relayout_columns({id(column)})

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        if read_only:
            self.close_rename()
        self.viewport().update()

    # ------------------------------------------------------------ state out
    def column_keys(self) -> list[str]:
        return [c.key for c in self._columns]

    def column(self, key: str) -> _Column | None:
        return next((c for c in self._columns if c.key == key), None)

    def cards_in(self, key: str) -> list[Card]:
        column = self.column(key)
        return [p.card for p in column.cards] if column else []

    def card(self, uuid: str) -> Card | None:
        column = self._by_card.get(uuid)
        if column is None:
            return None
        return next((p.card for p in column.cards if p.card.uuid == uuid), None)

    def column_of(self, card_uuid: str) -> str | None:
        column = self._by_card.get(card_uuid)
        return column.key if column else None

    def card_count(self) -> int:
        return len(self._by_card)

    def selected_card(self) -> str | None:
        return self._selected[1] if self._selected and self._selected[0] == "card" else None

    def selected_cluster(self) -> str | None:
        """The selected column header (UNSORTED or a cluster UUID), or None."""
        return self._selected[1] if self._selected and self._selected[0] == "cluster" else None

    # ------------------------------------------------------------ selection
    def select_card(self, uuid: str | None, *, ensure_visible: bool = True) -> None:
        if uuid is None or uuid not in self._by_card:
            self._set_selected(None)
            return
        self._set_selected(("card", uuid))
        if ensure_visible:
            self.ensure_card_visible(uuid)

    def select_first(self) -> None:
        """Select the first card (or the first header) unless something is selected."""
        if self._selected is None:
            self._navigate(0, 0)

    def select_cluster(self, key: str) -> None:
        if self.column(key) is not None:
            self._set_selected(("cluster", key))
            self._ensure_column_visible(key)

    def _set_selected(self, selected: tuple[str, str] | None) -> None:
        if selected == self._selected:
            return
        before = self.selected_card()
        self._selected = selected
        self._digits = None
        self.viewport().update()
        if selected is not None and selected[0] == "cluster":
            self.cluster_selected.emit(selected[1])
        now = self.selected_card()
        if now != before:
            self.card_selected.emit(now or "")

    # ------------------------------------------------------------ zoom
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        zoom = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], zoom))
        if zoom == self._zoom:
            return
        # Keep the top-left content point where it is.
        x = self.horizontalScrollBar().value() / self._zoom
        y = self.verticalScrollBar().value() / self._zoom
        self._zoom = zoom
        self._update_scrollbars()
        self.horizontalScrollBar().setValue(round(x * zoom))
        self.verticalScrollBar().setValue(round(y * zoom))
        self._place_editor()
        self.viewport().update()

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self._zoom + 1e-6), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        smaller = [z for z in ZOOM_STEPS if z < self._zoom - 1e-6]
        self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def reset_zoom(self) -> None:
        self.set_zoom(1.0)

    # ------------------------------------------------------------ layout
    def _placed(self, card: Card, used: set[str]) -> _Placed:
        used.add(card.text)
        found = self._layouts.get(card.text)
        if found is None:
            found = self._layout_text(card.text)
            self._layouts[card.text] = found
        return _Placed(card, found[0], found[1])

    def _layout_text(self, text: str) -> tuple[QTextLayout, float]:
        # QTextLayout breaks lines only at U+2028; a card keeps the room's line breaks.
        layout = QTextLayout(text.replace("\n", "\u2028"), self.m.card_font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.setCacheEnabled(True)
        layout.beginLayout()
        height = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(self.m.text_width)
            line.setPosition(QPointF(0, height))
            height += line.height()
        layout.endLayout()
        return layout, height

    def _card_height(self, placed: _Placed) -> float:
        m = self.m
        height = m.pad + placed.text_height + 4 + m.footer_height + m.pad
        if placed.card.goal_uuid:
            height += m.goal_height + 2
        return height

    def _relayout_column(self, column: _Column) -> None:
        m = self.m
        y = float(m.band)
        tops = []
        dots = 0
        x = column.x + m.inset
        for placed in column.cards:
            height = self._card_height(placed)
            placed.rect = QRectF(x, y, m.card_width, height)
            tops.append(y)
            y += height + m.card_gap
            dots += placed.card.dots
        column.tops = tops
        column.bottom = y
        column.dots = dots

    def _relayout(self) -> None:
        m = self.m
        x = float(m.margin)
        for column in self._columns:
            column.x = x
            self._relayout_column(column)
            x += m.column_width + m.column_gap
        self._width = x + m.column_width + m.margin  # the new-cluster zone comes last
        self._height = max((c.bottom for c in self._columns), default=float(m.band)) + m.margin
        self._update_scrollbars()
        self._place_editor()
        self.viewport().update()

    def _relayout_columns(self, ids: set[int]) -> None:
        """Lay out again, and repaint, only these columns (one card changed)."""
        changed = [c for c in self._columns if id(c) in ids]
        for column in changed:
            self._relayout_column(column)
        self._height = (
            max((c.bottom for c in self._columns), default=float(self.m.band)) + self.m.margin
        )
        self._update_scrollbars()
        height = self.viewport().height()
        for column in changed:
            rect = self._to_view(QRectF(column.x, 0, self.m.column_width, 1), sticky=True)
            self.viewport().update(
                QRect(round(rect.left()) - 4, 0, round(rect.width()) + 8, height)
            )

    def _update_scrollbars(self) -> None:
        size = self.viewport().size()
        z = self._zoom
        hbar, vbar = self.horizontalScrollBar(), self.verticalScrollBar()
        hbar.setRange(0, max(0, round(self._width * z) - size.width()))
        hbar.setPageStep(size.width())
        hbar.setSingleStep(max(1, round(self.m.column_width * z / 4)))
        vbar.setRange(0, max(0, round(self._height * z) - size.height()))
        vbar.setPageStep(max(1, size.height() - round(self.m.band * z)))
        vbar.setSingleStep(max(1, round(self.m.em * 2 * z)))

    def new_zone_x(self) -> float:
        last = self._columns[-1] if self._columns else None
        return (last.x + self.m.column_width + self.m.column_gap) if last else float(self.m.margin)

    # ------------------------------------------------------------ geometry (viewport)
    def _to_view(self, rect: QRectF, *, sticky: bool = False) -> QRectF:
        z = self._zoom
        x = rect.x() * z - self.horizontalScrollBar().value()
        y = rect.y() * z - (0 if sticky else self.verticalScrollBar().value())
        return QRectF(x, y, rect.width() * z, rect.height() * z)

    def card_rect(self, uuid: str) -> QRectF:
        """Where a card is in the viewport (empty if it is not on the board)."""
        column = self._by_card.get(uuid)
        if column is None:
            return QRectF()
        placed = next(p for p in column.cards if p.card.uuid == uuid)
        return self._to_view(placed.rect)

    def dots_rect(self, uuid: str) -> QRectF:
        column = self._by_card.get(uuid)
        if column is None:
            return QRectF()
        placed = next(p for p in column.cards if p.card.uuid == uuid)
        return self._to_view(self._dots_area(placed.rect))

    def header_rect(self, key: str) -> QRectF:
        column = self.column(key)
        if column is None:
            return QRectF()
        return self._to_view(self._header_area(column.x), sticky=True)

    def new_cluster_rect(self) -> QRectF:
        """The drop zone that makes a new cluster (its header part)."""
        return self._to_view(self._header_area(self.new_zone_x()), sticky=True)

    def new_cluster_drop_point(self) -> QPoint:
        """A point in the zone below its header, where a card can be dropped."""
        rect = self.new_cluster_rect()
        return QPoint(round(rect.center().x()), round(rect.bottom() + 40))

    def _header_area(self, x: float) -> QRectF:
        m = self.m
        return QRectF(x, m.pad * 0.5, m.column_width, m.header_height - m.pad * 0.5)

    def _dots_area(self, rect: QRectF) -> QRectF:
        m = self.m
        return QRectF(
            rect.right() - m.pad - m.dots_width,
            rect.bottom() - m.pad - m.footer_height,
            m.dots_width,
            m.footer_height,
        ).adjusted(-2, -3, 2, 3)

    def hit(self, pos: QPoint | QPointF) -> Hit:
        z = self._zoom
        cx = (pos.x() + self.horizontalScrollBar().value()) / z
        in_band = pos.y() < self.m.band * z
        cy = (pos.y() + self.verticalScrollBar().value()) / z
        m = self.m
        column = next(
            (
                c
                for c in self._columns
                if c.x - m.column_gap / 2 <= cx < c.x + m.column_width + m.column_gap / 2
            ),
            None,
        )
        if column is None:
            zone = self.new_zone_x()
            if zone - m.column_gap / 2 <= cx < zone + m.column_width:
                return Hit("new_cluster")
            return Hit("none")
        if in_band:
            return Hit("header", column.key)
        index = bisect.bisect_right(column.tops, cy) - 1
        if 0 <= index < len(column.cards):
            placed = column.cards[index]
            if placed.rect.contains(QPointF(cx, cy)):
                kind = "dots" if self._dots_area(placed.rect).contains(QPointF(cx, cy)) else "card"
                after = cy > placed.rect.center().y()
                return Hit(kind, column.key, placed.card.uuid, index + int(after))
        # Between cards: the insertion index is the first card whose middle lies below.
        insert = next(
            (i for i, p in enumerate(column.cards) if cy < p.rect.center().y()), len(column.cards)
        )
        return Hit("column", column.key, None, insert)

    def ensure_card_visible(self, uuid: str) -> None:
        rect = self.card_rect(uuid)
        if rect.isEmpty():
            return
        self._scroll_into_view(rect)

    def _ensure_column_visible(self, key: str) -> None:
        rect = self.header_rect(key)
        if not rect.isEmpty():
            self._scroll_into_view(QRectF(rect.x(), self.m.band * self._zoom, rect.width(), 1))

    def _scroll_into_view(self, rect: QRectF) -> None:
        hbar, vbar = self.horizontalScrollBar(), self.verticalScrollBar()
        view = self.viewport().rect()
        margin = self.m.column_gap * self._zoom
        if rect.left() < margin:
            hbar.setValue(hbar.value() + round(rect.left() - margin))
        elif rect.right() > view.width() - margin:
            shift = min(rect.right() - view.width() + margin, rect.left() - margin)
            hbar.setValue(hbar.value() + round(shift))
        band = self.m.band * self._zoom
        if rect.top() < band:
            vbar.setValue(vbar.value() + round(rect.top() - band))
        elif rect.bottom() > view.height():
            shift = min(rect.bottom() - view.height() + margin, rect.top() - band)
            vbar.setValue(vbar.value() + round(shift))

    # ------------------------------------------------------------ painting
    def band_pixels(self) -> int:
        """The height of the header band in the viewport (whole pixels)."""
        return math.ceil((self.m.band - self.m.card_gap) * self._zoom)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        area = event.rect()
        painter.fillRect(area, BACKGROUND)
        # Antialiasing only where curves are (dots, outlines): antialiased rectangles cost
        # most of a frame with 60 cards in view, and moderation cards are rectangles.
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        z = self._zoom
        hx, vy = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        size = self.viewport().size()
        m = self.m
        # What to paint: the event's area (a scroll step repaints only the strip it
        # uncovered), in content coordinates; backgrounds span the whole viewport.
        left, right = (hx + area.left()) / z, (hx + area.right() + 1) / z
        top, bottom = (vy + area.top()) / z, (vy + area.bottom() + 1) / z
        view_top, view_bottom = vy / z, (vy + size.height()) / z

        painter.save()
        painter.translate(-hx, -vy)
        painter.scale(z, z)
        visible = [c for c in self._columns if c.x + m.column_width >= left and c.x <= right]
        # Column backgrounds only over the visible part (their top hides under the band).
        fill_top = max(float(m.band - m.card_gap), view_top)
        for column in visible:
            painter.fillRect(
                QRectF(column.x, fill_top, m.column_width, view_bottom + 10 - fill_top),
                COLUMN_FILL,
            )
            first = max(0, bisect.bisect_right(column.tops, top) - 1)
            for placed in column.cards[first:]:
                if placed.rect.top() > bottom:
                    break
                self._paint_card(painter, placed)
            if not column.cards:
                self._paint_empty_hint(painter, column)
            if self._drop is not None and self._drop[0] == column.key:
                self._paint_drop_mark(painter, column, self._drop[1])
        zone_x = self.new_zone_x()
        if left <= zone_x + m.column_width and zone_x <= right and not self._read_only:
            self._paint_new_zone_body(painter, zone_x, fill_top, view_bottom)
        painter.restore()

        band = self.band_pixels()
        if area.top() >= band:
            return
        # The header band stays at the top while the cards scroll under it.
        painter.fillRect(0, 0, size.width(), band, BACKGROUND)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(-hx, 0)
        painter.scale(z, z)
        for column in visible:
            self._paint_header(painter, column)
        if left <= zone_x + m.column_width and zone_x <= right and not self._read_only:
            self._paint_new_zone_header(painter, zone_x)
        painter.restore()

    def _paint_card(self, painter: QPainter, placed: _Placed) -> None:
        m = self.m
        card, rect = placed.card, placed.rect
        painter.fillRect(rect.translated(2.0, 2.0), SHADOW)
        painter.fillRect(rect, CARD_QCOLOURS.get(card.colour, CARD_QCOLOURS[CardColour.WHITE]))
        painter.setPen(BORDER_PEN)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        painter.setPen(TEXT)
        placed.layout.draw(painter, QPointF(rect.left() + m.pad, rect.top() + m.pad))
        y = rect.top() + m.pad + placed.text_height + 4
        inner = rect.width() - 2 * m.pad
        if card.goal_uuid:
            painter.setFont(m.goal_font)
            painter.setPen(MUTED)
            text = "◎ " + self.goal_text(card.goal_uuid)
            elided = QFontMetricsF(m.goal_font).elidedText(text, Qt.TextElideMode.ElideRight, inner)
            painter.drawText(
                QRectF(rect.left() + m.pad, y, inner, m.goal_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                elided,
            )
            y += m.goal_height + 2
        footer = QRectF(rect.left() + m.pad, y, inner, m.footer_height)
        if card.author:
            painter.setFont(m.small_font)
            painter.setPen(MUTED)
            width = inner - self._dots_width(card.dots) - 6
            elided = QFontMetricsF(m.small_font).elidedText(
                card.author, Qt.TextElideMode.ElideRight, max(0.0, width)
            )
            painter.drawText(
                footer, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided
            )
        selected = self._selected == ("card", card.uuid)
        ghost = (selected or self._hover == card.uuid) and not self._read_only
        if card.dots > 0 or ghost:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            self._paint_dots(painter, footer, card.dots)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if selected:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(SELECTED, 3.5 if self.hasFocus() else 2.5))
            painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), m.radius, m.radius)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def _dots_width(self, dots: int) -> float:
        """How much of the footer the dots take (the author gets the rest)."""
        if dots <= 0:
            return self.m.dot + 2
        advance = self.m.number_metrics.horizontalAdvance(str(dots))
        return min(dots, DOT_SLOTS) * self.m.dot_step + 4 + advance

    def _paint_dots(self, painter: QPainter, footer: QRectF, dots: int) -> None:
        """Filled circles (at most DOT_SLOTS) and the number, right-aligned; without dots
        a faint ring (on the selected or hovered card) shows where a click adds one."""
        m = self.m
        painter.setFont(m.number_font)
        y = footer.center().y() - m.dot / 2
        if dots <= 0:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(198, 40, 40, 110), 1.5, Qt.PenStyle.DashLine))
            painter.drawEllipse(QRectF(footer.right() - m.dot - 1, y, m.dot, m.dot))
            return
        number = str(dots)
        painter.setPen(DOT)
        number_rect = QRectF(
            footer.right() - m.number_width, footer.top(), m.number_width, footer.height()
        )
        painter.drawText(
            number_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, number
        )
        shown = min(dots, DOT_SLOTS)
        advance = m.number_metrics.horizontalAdvance(number)
        x = footer.right() - advance - 4 - m.dot
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(DOT)
        for _ in range(shown):
            painter.drawEllipse(QRectF(x, y, m.dot, m.dot))
            x -= m.dot_step

    def _paint_header(self, painter: QPainter, column: _Column) -> None:
        m = self.m
        rect = self._header_area(column.x)
        selected = self._selected == ("cluster", column.key)
        painter.setPen(QPen(SELECTED, 3) if selected else QPen(CARD_BORDER, 1))
        painter.setBrush(HEADER_FILL)
        painter.drawRoundedRect(rect, 6, 6)
        inner = rect.adjusted(m.pad, m.pad * 0.5, -m.pad, -m.pad * 0.5)
        if self._renaming == column.key and self.editor.isVisible():
            return
        name, italic = self.column_title(column)
        font = _font(m.header_font, HEADER_POINT_SIZE, bold=not italic, italic=italic)
        painter.setFont(font)
        painter.setPen(TEXT if not italic else MUTED)
        metrics = QFontMetricsF(font)
        line = QRectF(inner.left(), inner.top(), inner.width(), metrics.height())
        painter.drawText(
            line,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(name, Qt.TextElideMode.ElideRight, inner.width()),
        )
        painter.setFont(m.small_font)
        painter.setPen(MUTED)
        counts = CardBoard.tr("%n card(s)", "", len(column.cards))
        if column.dots:
            counts += " · " + CardBoard.tr("%n dot(s)", "", column.dots)
        painter.drawText(
            QRectF(inner.left(), line.bottom(), inner.width(), m.small_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            counts,
        )

    def column_title(self, column: _Column) -> tuple[str, bool]:
        """The header's name, and whether it is a stand-in (shown in italics)."""
        if column.cluster is None:
            return QCoreApplication.translate("CardBoard", "Unsorted"), False
        if not column.cluster.name:
            return QCoreApplication.translate("CardBoard", "(unnamed cluster)"), True
        return column.cluster.name, False

    def _paint_empty_hint(self, painter: QPainter, column: _Column) -> None:
        m = self.m
        if column.cluster is None:
            if len(self._columns) > 1 or self._read_only:
                return
            text = QCoreApplication.translate(
                "CardBoard", "No cards yet. Type a card above and press Enter."
            )
        elif self._read_only:
            return
        else:
            text = QCoreApplication.translate("CardBoard", "Drag cards here.")
        painter.setFont(m.hint_font)
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(column.x + m.pad, m.band + m.pad, m.column_width - 2 * m.pad, m.em * 5),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            | int(Qt.TextFlag.TextWordWrap),
            text,
        )

    def _paint_drop_mark(self, painter: QPainter, column: _Column, index: int) -> None:
        """A line where a dragged card lands; for a dragged cluster (index -1) a bar
        before the column whose place it takes."""
        m = self.m
        painter.setPen(QPen(DROP_MARK, 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        if index < 0:
            x = column.x - m.column_gap / 2
            bottom = max(column.bottom, m.band + m.em * 4)
            painter.drawLine(QPointF(x, m.band - m.card_gap), QPointF(x, bottom))
            return
        if column.cards:
            if index < len(column.cards):
                y = column.cards[index].rect.top() - m.card_gap / 2
            else:
                y = column.cards[-1].rect.bottom() + m.card_gap / 2
        else:
            y = m.band + m.pad
        painter.drawLine(
            QPointF(column.x + m.inset, y), QPointF(column.x + m.column_width - m.inset, y)
        )

    def _paint_new_zone_body(self, painter: QPainter, x: float, top: float, bottom: float) -> None:
        m = self.m
        active = self._drop is not None and self._drop[0] == "new"
        # Over the visible part only, solid (dashes would not line up after a scroll blit).
        rect = QRectF(x, top, m.column_width, bottom + 10 - top)
        painter.fillRect(rect, QColor("#CFE5E1") if active else BACKGROUND)
        painter.setPen(QPen(SELECTED if active else CARD_BORDER, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        painter.setFont(m.hint_font)
        painter.setPen(MUTED)
        painter.drawText(
            QRectF(x + m.pad, m.band + m.pad, m.column_width - 2 * m.pad, m.em * 5),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            | int(Qt.TextFlag.TextWordWrap),
            QCoreApplication.translate("CardBoard", "Drop a card here to start a new cluster."),
        )

    def _paint_new_zone_header(self, painter: QPainter, x: float) -> None:
        m = self.m
        rect = self._header_area(x)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(CARD_BORDER, 2, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(rect, 6, 6)
        painter.setFont(m.header_font)
        painter.setPen(SELECTED)
        painter.drawText(
            rect,
            Qt.AlignmentFlag.AlignCenter,
            "+ " + QCoreApplication.translate("CardBoard", "New cluster"),
        )

    # ------------------------------------------------------------ mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self.hit(event.position())
        self._press = None
        button = event.button()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if hit.card is not None:
            self.select_card(hit.card, ensure_visible=False)
            if hit.kind == "dots" and not self._read_only:
                card = self.card(hit.card)
                if card is not None and button == Qt.MouseButton.LeftButton and not shift:
                    self.dots_requested.emit(card.uuid, card.dots + 1)
                    return
                if card is not None and (button == Qt.MouseButton.RightButton or shift):
                    if card.dots > 0:
                        self.dots_requested.emit(card.uuid, card.dots - 1)
                    return
        elif hit.kind == "header" and hit.column is not None:
            self.select_cluster(hit.column)
        elif hit.kind == "new_cluster":
            band = event.position().y() < self.m.band * self._zoom
            if band and button == Qt.MouseButton.LeftButton and not self._read_only:
                self.empty_cluster_requested.emit()
            return
        if button == Qt.MouseButton.LeftButton:
            self._press = (event.position().toPoint(), hit)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            self._update_hover(event.position())
            super().mouseMoveEvent(event)
            return
        start, hit = self._press
        distance = (event.position().toPoint() - start).manhattanLength()
        if distance < QApplication.startDragDistance() or self._read_only:
            return
        self._press = None
        if hit.kind == "card" and hit.card is not None:
            self._start_drag(self.card_mime(hit.card), self._card_pixmap(hit.card))
        elif hit.kind == "header" and hit.column:
            self._start_drag(self.cluster_mime(hit.column), None)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self.hit(event.position())
        if self._read_only or event.button() != Qt.MouseButton.LeftButton:
            return
        if hit.kind == "card" and hit.card:
            self.edit_requested.emit(hit.card)
        elif hit.kind == "header" and hit.column:
            self.start_rename(hit.column)

    def _update_hover(self, pos: QPointF) -> None:
        hit = self.hit(pos)
        hover = hit.card if hit.kind in ("card", "dots") else None
        if hover != self._hover:
            old, self._hover = self._hover, hover
            for uuid in (old, hover):
                if uuid:
                    self.viewport().update(
                        self.card_rect(uuid).toAlignedRect().adjusted(-4, -4, 4, 4)
                    )

    def leaveEvent(self, event: QEvent) -> None:
        self._update_hover(QPointF(-1e6, -1e6))
        super().leaveEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self.hit(event.pos())
            if hit.kind == "dots" and not self._read_only:
                QToolTip.showText(
                    event.globalPos(),
                    QCoreApplication.translate(
                        "CardBoard", "Click: one dot more · Right-click or Shift+click: one less"
                    ),
                    self.viewport(),
                )
                return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            hit = self.hit(event.pos())
            if hit.kind == "dots":
                event.accept()  # the right-click took a dot away already
                return
            if hit.card is not None:
                self.context_menu_requested.emit("card", hit.card, event.globalPos())
            elif hit.kind == "header" and hit.column is not None:
                self.context_menu_requested.emit("cluster", hit.column, event.globalPos())
            return
        # From the keyboard (menu key): for the selection.
        if self._selected is not None:
            kind, key = self._selected
            rect = self.card_rect(key) if kind == "card" else self.header_rect(key)
            point = self.viewport().mapToGlobal(rect.center().toPoint())
            self.context_menu_requested.emit(kind, key, point)

    # ------------------------------------------------------------ drag and drop
    def card_mime(self, uuid: str) -> QMimeData:
        data = QMimeData()
        data.setData(CARD_MIME_TYPE, QByteArray(uuid.encode()))
        card = self.card(uuid)
        data.setText(card.text if card else "")
        return data

    def cluster_mime(self, key: str) -> QMimeData:
        data = QMimeData()
        data.setData(CLUSTER_MIME_TYPE, QByteArray(key.encode()))
        return data

    def _card_pixmap(self, uuid: str) -> QPixmap | None:
        column = self._by_card.get(uuid)
        if column is None:
            return None
        placed = next(p for p in column.cards if p.card.uuid == uuid)
        size = placed.rect.size().toSize() + QSize(4, 4)
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(-placed.rect.topLeft() + QPointF(1, 1))
        selected, self._selected = self._selected, None
        self._paint_card(painter, placed)
        self._selected = selected
        painter.end()
        return pixmap

    def _start_drag(self, data: QMimeData, pixmap: QPixmap | None) -> None:
        drag = QDrag(self)
        drag.setMimeData(data)
        if pixmap is not None:
            drag.setPixmap(pixmap)
            drag.setHotSpot(QPoint(pixmap.width() // 2, 12))
        drag.exec(Qt.DropAction.MoveAction)
        self._end_drag()

    def _dragged(self, data: QMimeData) -> tuple[str, str] | None:
        """("card", uuid) or ("cluster", uuid) if the data is one of ours on this board."""
        if self._read_only:
            return None
        if data.hasFormat(CARD_MIME_TYPE):
            uuid = bytes(data.data(CARD_MIME_TYPE).data()).decode()
            return ("card", uuid) if uuid in self._by_card else None
        if data.hasFormat(CLUSTER_MIME_TYPE):
            uuid = bytes(data.data(CLUSTER_MIME_TYPE).data()).decode()
            return ("cluster", uuid) if uuid and self.column(uuid) is not None else None
        return None

    def _drop_target(self, dragged: tuple[str, str], pos: QPointF) -> tuple[str, int] | None:
        hit = self.hit(pos)
        if hit.kind == "new_cluster":
            return ("new", 0) if dragged[0] == "card" else ("new", len(self._columns) - 1)
        if hit.column is None:
            return None
        if dragged[0] == "cluster":
            index = self.column_keys().index(hit.column)
            return (hit.column, max(0, index - 1))
        if hit.kind == "header":
            return (hit.column, len(self.cards_in(hit.column)))
        return (hit.column, hit.index)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dragged(event.mimeData()) is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        dragged = self._dragged(event.mimeData())
        target = self._drop_target(dragged, event.position()) if dragged else None
        if target is None:
            event.ignore()
            self._set_drop(None)
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self._set_drop(target if dragged and dragged[0] == "card" else (target[0], -1))
        self._update_autoscroll(event.position().toPoint())

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._end_drag()
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        dragged = self._dragged(event.mimeData())
        target = self._drop_target(dragged, event.position()) if dragged else None
        self._end_drag()
        if dragged is None or target is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        kind, uuid = dragged
        key, index = target
        if kind == "card":
            if key == "new":
                self.new_cluster_requested.emit(uuid)
            else:
                self.card_move_requested.emit(uuid, key, index)
        elif kind == "cluster":
            self.cluster_move_requested.emit(uuid, index)

    def _set_drop(self, drop: tuple[str, int] | None) -> None:
        if drop != self._drop:
            self._drop = drop
            self.viewport().update()

    def _end_drag(self) -> None:
        self._autoscroll_timer.stop()
        self._set_drop(None)

    def _update_autoscroll(self, pos: QPoint) -> None:
        view = self.viewport().rect()
        dx = (
            -1
            if pos.x() < AUTOSCROLL_MARGIN
            else 1
            if pos.x() > view.width() - AUTOSCROLL_MARGIN
            else 0
        )
        band = self.m.band * self._zoom
        top = pos.y() < band + AUTOSCROLL_MARGIN / 2 and pos.y() > band
        dy = -1 if top else 1 if pos.y() > view.height() - AUTOSCROLL_MARGIN else 0
        self._autoscroll = QPoint(dx, dy)
        if dx or dy:
            self._autoscroll_timer.start()
        else:
            self._autoscroll_timer.stop()

    def _on_autoscroll_timer_timeout(self) -> None:
        step = round(AUTOSCROLL_STEP * self._zoom)
        hbar, vbar = self.horizontalScrollBar(), self.verticalScrollBar()
        hbar.setValue(hbar.value() + self._autoscroll.x() * step)
        vbar.setValue(vbar.value() + self._autoscroll.y() * step)

    # ------------------------------------------------------------ keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._handle_key(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        mods = event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        card = self.selected_card()
        cluster = self.selected_cluster()
        arrows = {
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
        }
        if key in arrows and not alt:
            dx, dy = arrows[Qt.Key(key)]
            if ctrl:
                if not self._read_only:
                    self._move_selection_item(dx, dy)
            else:
                self._navigate(dx, dy)
            return True
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End) and not ctrl:
            key_ = self.column_of(card) if card else cluster
            cards = self.cards_in(key_) if key_ is not None else []
            if cards:
                self.select_card(cards[0 if key == Qt.Key.Key_Home else -1].uuid)
            return True
        if self._read_only:
            return False
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_Insert) and not (ctrl or alt):
            self.entry_requested.emit()
            return True
        if ctrl and key == Qt.Key.Key_G:
            if card:
                self.new_cluster_requested.emit(card)
            else:
                self.empty_cluster_requested.emit()
            return True
        if ctrl or alt:
            return False
        if key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if card:
                self.edit_requested.emit(card)
            elif cluster:
                self.start_rename(cluster)
            return True
        if key == Qt.Key.Key_Delete:
            if card:
                self.delete_card_requested.emit(card)
            elif cluster:
                self.delete_cluster_requested.emit(cluster)
            return True
        text = event.text()
        if card and text in ("+", "-"):
            current = self.card(card)
            if current is not None:
                dots = current.dots + (1 if text == "+" else -1)
                if dots >= 0:
                    self.dots_requested.emit(card, dots)
            return True
        if card and len(text) == 1 and text.isdigit() and text.isascii():
            now = time.monotonic()
            typed = text
            if self._digits and self._digits[0] == card and now - self._digits[2] < DIGIT_WINDOW_S:
                typed = (self._digits[1] + text)[-4:]
            self._digits = (card, typed, now)
            self.dots_requested.emit(card, int(typed))
            return True
        if text and text.isprintable() and not text.isspace() and text not in "+-":
            self.text_typed.emit(text)
            return True
        return False

    def _navigate(self, dx: int, dy: int) -> None:
        keys = self.column_keys()
        if not keys:
            return
        card, cluster = self.selected_card(), self.selected_cluster()
        if card is None and cluster is None:
            first = next((c for c in self._columns if c.cards), None)
            if first is not None:
                self.select_card(first.cards[0].card.uuid)
            else:
                self.select_cluster(keys[0])
            return
        column_key = self.column_of(card) if card else cluster
        assert column_key is not None
        cards = self.cards_in(column_key)
        index = next((i for i, c in enumerate(cards) if c.uuid == card), -1)
        if dy:
            if card is None:
                if dy > 0 and cards:
                    self.select_card(cards[0].uuid)
                return
            new = index + dy
            if new < 0:
                self.select_cluster(column_key)
            elif new < len(cards):
                self.select_card(cards[new].uuid)
            return
        position = keys.index(column_key) + dx
        if not 0 <= position < len(keys):
            return
        target = keys[position]
        target_cards = self.cards_in(target)
        if card is None or not target_cards:
            self.select_cluster(target)
            return
        # The card beside: the one whose top is nearest to the selected card's.
        y = self.card_rect(card).top()
        nearest = min(target_cards, key=lambda c: abs(self.card_rect(c.uuid).top() - y))
        self.select_card(nearest.uuid)

    def _move_selection_item(self, dx: int, dy: int) -> None:
        card, cluster = self.selected_card(), self.selected_cluster()
        keys = self.column_keys()
        if card is not None:
            column_key = self.column_of(card)
            assert column_key is not None
            cards = self.cards_in(column_key)
            index = next(i for i, c in enumerate(cards) if c.uuid == card)
            if dy:
                new = index + dy
                if 0 <= new < len(cards):
                    # As a drop index: below the next card means index + 2.
                    self.card_move_requested.emit(card, column_key, new + (1 if dy > 0 else 0))
                return
            position = keys.index(column_key) + dx
            if 0 <= position < len(keys):
                target = keys[position]
                self.card_move_requested.emit(card, target, min(index, len(self.cards_in(target))))
            return
        if cluster:  # a cluster moves among the clusters (the unsorted column stays first)
            position = keys.index(cluster) - 1 + dx
            if dx and 0 <= position < len(keys) - 1:
                self.cluster_move_requested.emit(cluster, position)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self._selected is None and event.reason() in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
        ):
            self._navigate(0, 0)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    # ------------------------------------------------------------ renaming a cluster
    def start_rename(self, key: str) -> None:
        """Open the inline editor on a cluster's name (not on the unsorted column)."""
        column = self.column(key)
        if column is None or column.cluster is None or self._read_only:
            return
        self._renaming = key
        self._ensure_column_visible(key)
        self.editor.setText(column.cluster.name)
        self.editor.selectAll()
        self._place_editor()
        self.editor.show()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.viewport().update()

    def renaming(self) -> str | None:
        return self._renaming if self.editor.isVisible() else None

    def commit_rename(self) -> None:
        """Confirm the open editor (the receiver of ``rename_committed`` decides)."""
        if self._renaming is not None and self.editor.isVisible():
            self.rename_committed.emit(self._renaming, self.editor.text())

    def close_rename(self, *, focus_board: bool = False) -> None:
        had_focus = self.editor.hasFocus()
        self._renaming = None
        self.editor.hide()
        if focus_board or had_focus:
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.viewport().update()

    def _place_editor(self) -> None:
        if self._renaming is None:
            return
        rect = self.header_rect(self._renaming)
        if rect.isEmpty():
            return
        font = _font(self.m.header_font, HEADER_POINT_SIZE * self._zoom, bold=True)
        self.editor.setFont(font)
        height = round(QFontMetricsF(font).height() + 10)
        self.editor.setGeometry(
            round(rect.left() + 4), round(rect.top() + 4), round(rect.width() - 8), height
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor:
            if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                if event.key() == Qt.Key.Key_Escape:
                    self.close_rename(focus_board=True)
                    return True
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    # Consumed here: QLineEdit passes Return on to its parents, where
                    # the board would take it as "edit the selected card".
                    self.commit_rename()
                    return True
            elif event.type() == QEvent.Type.FocusOut and self.editor.isVisible():
                # Clicking elsewhere saves the name, as in the canvas's inline editor.
                QTimer.singleShot(0, self.commit_rename)
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------ Qt plumbing
    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self._place_editor()
        viewport = self.viewport()
        if dx == 0 and self._drop is None:
            # A vertical step moves the cards under the fixed header band: blit them and
            # paint only the uncovered strip.
            band = self.band_pixels()
            viewport.scroll(0, dy, QRect(0, band, viewport.width(), viewport.height() - band))
        else:
            viewport.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scrollbars()
        self._place_editor()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.viewport().update()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(round(self.m.column_width * 3.5), round(self.m.em * 20))
