"""High-contrast palettes and the type scale of the audience window.

The type rule (read from ten metres, ~50 people): no text on the beamer is set smaller
than **1/30 of the screen height** in pixels (the font's pixel size, i.e. its em height):
26 px on a 1024×768 beamer, 36 px at 1920×1080. Everything else is a multiple of that
minimum. Text that does not fit first shrinks towards the minimum, then wraps onto more
lines (and pages); an ellipsis caps a text only when a single card would not fit on a
whole page. The zoom (1.0 by default) multiplies the minimum, never lowers it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ciworkshop.domain.canvas import GoalLevel
from ciworkshop.domain.events import CardColour

#: The smallest text on the beamer is this fraction of the screen height.
MIN_TEXT_FRACTION = 1 / 30

ZOOM_STEPS: tuple[float, ...] = (1.0, 1.25, 1.5, 2.0)

#: Moderation-card paper colours: the same in both themes, always with black text.
CARD_PAPER: dict[CardColour, str] = {
    CardColour.YELLOW: "#FFF59D",
    CardColour.GREEN: "#C5E1A5",
    CardColour.BLUE: "#90CAF9",
    CardColour.PINK: "#F8BBD0",
    CardColour.ORANGE: "#FFCC80",
    CardColour.WHITE: "#FFFFFF",
}
CARD_TEXT = "#000000"
DOT = "#C62828"
DOT_RING = "#FFFFFF"


@dataclass(frozen=True, slots=True)
class Theme:
    """Colours as ``#RRGGBB``. Text on background keeps a contrast of at least 7:1."""

    name: str
    background: str
    text: str
    muted: str
    accent: str
    rule: str
    surface: str
    surface_border: str
    card_border: str
    warning: str
    overrun: str
    levels: dict[GoalLevel, str]


DARK = Theme(
    name="dark",
    background="#0A0D0F",
    text="#FFFFFF",
    muted="#C5CED3",
    accent="#4FC3F7",
    rule="#4A5963",
    surface="#182127",
    surface_border="#3A4750",
    card_border="#0A0D0F",
    warning="#FFC83D",
    overrun="#FF7A7A",
    levels={
        GoalLevel.PROJECT: "#7CC4FF",
        GoalLevel.SYSTEM: "#E0A8EE",
        GoalLevel.KNOWLEDGE: "#FFBE6B",
    },
)

LIGHT = Theme(
    name="light",
    background="#FFFFFF",
    text="#000000",
    muted="#303B42",
    accent="#00695C",
    rule="#90A4AE",
    surface="#F1F4F5",
    surface_border="#90A4AE",
    card_border="#4A5963",
    warning="#8A4500",
    overrun="#B71C1C",
    levels={
        GoalLevel.PROJECT: "#0D47A1",
        GoalLevel.SYSTEM: "#6A1B9A",
        GoalLevel.KNOWLEDGE: "#A93A00",
    },
)

THEMES: dict[str, Theme] = {DARK.name: DARK, LIGHT.name: LIGHT}


def theme_named(name: str) -> Theme:
    return THEMES.get(name, DARK)


@dataclass(frozen=True, slots=True)
class TypeScale:
    """Pixel sizes for one screen height; ``min_px`` is the rule above."""

    height: int
    zoom: float = 1.0

    @property
    def min_px(self) -> int:
        return max(8, math.ceil(self.height * MIN_TEXT_FRACTION * max(1.0, self.zoom)))

    def times(self, factor: float) -> int:
        """A size ``factor`` times the minimum (never below it)."""
        return max(self.min_px, round(self.min_px * factor))

    @property
    def body(self) -> int:
        return self.min_px

    @property
    def card(self) -> int:
        """Preferred card text; shrinks down to ``min_px`` when the board is full."""
        return self.times(1.3)

    @property
    def heading(self) -> int:
        return self.times(1.3)

    @property
    def title(self) -> int:
        return self.times(1.7)

    @property
    def margin(self) -> int:
        return round(self.min_px * 0.9)
