"""What the room sees: the scenes of the audience window, custom-painted.

:class:`BeamerScene` holds what is shown (the view, the data read for it, theme, zoom,
page, black) and lays it out for a screen size into a
:class:`~ciworkshop.ui.beamer.layout.SceneLayout`. The audience window and the console's
preview paint that same layout; :func:`render_image` paints it into a QImage (used by
``docs/screenshots.py``).

Sizes follow the rule in :mod:`ciworkshop.ui.beamer.theme` (nothing below 1/30 of the
screen height). Boards and the impact canvas pick the largest type size between their
preferred size and that minimum at which everything fits on one page; at the minimum
they wrap onto further pages, which the facilitator turns (the footer says "2 / 3").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from enum import StrEnum

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QImage, QPainter

from ciworkshop.domain.canvas import GoalLevel
from ciworkshop.ui.beamer.layout import (
    Item,
    SceneLayout,
    layout_size,
    paint_layout,
)
from ciworkshop.ui.beamer.model import (
    AgendaData,
    BoardData,
    CanvasData,
    CardSpotlight,
    GoalSpotlight,
    PauseData,
    SessionHeader,
)
from ciworkshop.ui.beamer.scene_agenda import clock_text, layout_agenda
from ciworkshop.ui.beamer.scene_board import layout_board
from ciworkshop.ui.beamer.scene_canvas import layout_canvas, layout_level
from ciworkshop.ui.beamer.scene_frame import BLACK, Frame, Paged, header, page_footer
from ciworkshop.ui.beamer.scene_slides import (
    layout_card_spotlight,
    layout_goal_spotlight,
    layout_pause,
)
from ciworkshop.ui.beamer.theme import DARK, ZOOM_STEPS, Theme, TypeScale


class View(StrEnum):
    CANVAS = "canvas"
    BOARD = "board"
    AGENDA = "agenda"
    SPOTLIGHT = "spotlight"
    PAUSE = "pause"


# ---------------------------------------------------------------- the scene
class BeamerScene(QObject):
    """Everything the audience window shows, and its layout for a screen size."""

    #: Something the room sees changed: repaint.
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.view = View.PAUSE
        self.level: GoalLevel | None = None
        self.black = False
        self.theme = DARK
        self.zoom = ZOOM_STEPS[0]
        self.show_event_title = True
        self.board: BoardData | None = None
        self.session_header: SessionHeader | None = None
        self.canvas: CanvasData | None = None
        self.agenda: AgendaData | None = None
        self.spotlight: CardSpotlight | GoalSpotlight | None = None
        self.pause = PauseData()
        #: The clock (aware); tests replace it.
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)
        self._pages: dict[str, int] = {}
        self._page_counts: dict[str, int] = {}
        self._reveal: str | None = None
        self._cache: dict[tuple[int, int], SceneLayout] = {}
        self._last_size: QSize | None = None
        self._time_shown = ""

    # ------------------------------------------------------------ state
    def _changed(self) -> None:
        self._cache.clear()
        self.changed.emit()

    def set_view(self, view: View, level: GoalLevel | None = None) -> None:
        """Show ``view``; for the canvas, ``level`` enlarges one level (None: all)."""
        self.view, self.level = view, level if view is View.CANVAS else None
        self.black = False
        self._changed()

    def set_black(self, black: bool) -> None:
        if black != self.black:
            self.black = black
            self._changed()

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._changed()

    def set_zoom(self, zoom: float) -> None:
        self.zoom = max(1.0, zoom)
        self._changed()

    def set_show_event_title(self, show: bool) -> None:
        self.show_event_title = show
        self._changed()

    def set_board(
        self, board: BoardData | None, header: SessionHeader | None, reveal: str | None = None
    ) -> None:
        """New board data; ``reveal`` (a card just added) turns to the page showing it."""
        self.board, self.session_header = board, header
        self._reveal = reveal
        self._changed()

    def set_canvas(self, canvas: CanvasData | None) -> None:
        self.canvas = canvas
        self._changed()

    def set_agenda(self, agenda: AgendaData | None) -> None:
        self.agenda = agenda
        self._changed()

    def set_spotlight(self, spotlight: CardSpotlight | GoalSpotlight | None) -> None:
        self.spotlight = spotlight
        self._changed()

    def set_pause(self, pause: PauseData) -> None:
        self.pause = pause
        self._changed()

    def refresh(self) -> None:
        """Lay out again (the language changed)."""
        self._changed()

    def tick(self) -> None:
        """A second passed: a scene that shows the time is laid out again when what it
        shows changed (the countdown each second, the pause slide's clock each minute)."""
        if self.black or self.view not in (View.AGENDA, View.PAUSE):
            return
        now = self.now()
        shown = str(int(now.timestamp())) if self.view is View.AGENDA else f"{now:%H:%M}"
        if shown != self._time_shown:
            self._time_shown = shown
            self._changed()

    # ------------------------------------------------------------ pages
    @property
    def _page_key(self) -> str:
        return f"{self.view}:{self.level or ''}"

    @property
    def page(self) -> int:
        return self._pages.get(self._page_key, 0)

    @property
    def pages(self) -> int:
        """Pages of the current view at the size last laid out."""
        return self._page_counts.get(self._page_key, 1)

    def turn_page(self, step: int) -> bool:
        if self._last_size is not None:
            self.layout(self._last_size)  # the page count of the current content
        page = max(0, min(self.pages - 1, self.page + step))
        if page == self.page:
            return False
        self._pages[self._page_key] = page
        self._changed()
        return True

    # ------------------------------------------------------------ layout
    def layout(self, size: QSize) -> SceneLayout:
        self._last_size = QSize(size)
        width, height = layout_size(size)
        found = self._cache.get((width, height))
        if found is None:
            found = self._layout(width, height)
            self._cache[(width, height)] = found
        return found

    def _layout(self, width: int, height: int) -> SceneLayout:
        frame = Frame(width, height, self.theme, TypeScale(height, self.zoom))
        if self.black:
            return SceneLayout(width, height, BLACK, frame.mp)
        items: list[Item] = []
        paged = self._content(frame, items)
        key = self._page_key
        if paged is None:
            return SceneLayout(width, height, self.theme.background, frame.mp, items)
        self._page_counts[key] = len(paged.pages)
        page = min(self._pages.get(key, 0), len(paged.pages) - 1)
        if self._reveal is not None and self._reveal in paged.page_of:
            page = paged.page_of[self._reveal]
            self._reveal = None
        self._pages[key] = page
        items += paged.pages[page]
        page_footer(items, frame, page, len(paged.pages))
        return SceneLayout(
            width, height, self.theme.background, frame.mp, items, page, len(paged.pages)
        )

    def _content(self, frame: Frame, items: list[Item]) -> Paged | None:
        """Lay out the current view into ``items``; paged views return their pages."""
        view = self.view
        if view is View.BOARD and self.board is not None:
            return layout_board(self.board, frame, items)
        if view is View.BOARD and self.session_header is not None:
            header(items, frame, self.session_header.title, self.session_header.guiding_question)
            return None
        if view is View.CANVAS and self.canvas is not None:
            if self.level is not None:
                return layout_level(self.canvas, self.level, frame, items)
            return layout_canvas(self.canvas, frame, items)
        if view is View.AGENDA and self.agenda is not None:
            layout_agenda(self.agenda, self.now(), frame, items)
            return None
        if view is View.SPOTLIGHT and isinstance(self.spotlight, CardSpotlight):
            layout_card_spotlight(self.spotlight.card, frame, items)
            return None
        if view is View.SPOTLIGHT and isinstance(self.spotlight, GoalSpotlight):
            layout_goal_spotlight(self.spotlight.goal, frame, items)
            return None
        # The pause slide, and what shows while a view has nothing to show yet.
        if self.pause.network_name:
            layout_pause(self.pause, self.show_event_title, self.now(), frame, items)
        return None

    def paint(self, painter: QPainter, size: QSize) -> None:
        paint_layout(painter, self.layout(size))


def render_image(scene: BeamerScene, size: QSize) -> QImage:
    """The scene as the room would see it on a screen of ``size`` (for screenshots)."""
    image = QImage(size, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        scene.paint(painter, size)
    finally:
        painter.end()
    return image


__all__ = ["BeamerScene", "View", "clock_text", "render_image"]
