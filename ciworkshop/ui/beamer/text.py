"""Line breaking for the beamer: wrap at spaces, break over-long words with a hyphen, and
cap with an ellipsis only when told to (the last resort, see :mod:`.theme`).

Our own breaking instead of Qt's word wrap, because the scene must know every line it
paints (tests check that nothing is elided) and German compounds
("Berufsorientierungsmaßnahmen") are often wider than a card at beamer sizes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtGui import QFont, QFontMetricsF

from ciworkshop.ui.fonts import FAMILY

ELLIPSIS = "…"
#: Line breaks may come at spaces, but not at no-break spaces.
_SPACES = re.compile(r"[^\S\u00a0\u202f]+")
#: A word may break after these without an added hyphen.
_NATURAL_BREAKS = "-/–"
#: Fragments of a hyphenated word keep at least this many characters.
_MIN_FRAGMENT = 2
#: Tokens of signs only that start with one of these never start a line ("9,8 %",
#: "Jugendliche –"): they stay with the word before.
_GLUED_STARTS = frozenset("%‰€$–—?!:;.,)")
#: Letters after which a hyphenated break may come (German syllables: consonant + vowel
#: start a syllable; ch, ck, sch, ph, th stay together).
_VOWELS = frozenset("aeiouäöüyAEIOUÄÖÜY")
_KEEP_TOGETHER = ("sch", "ch", "ck", "ph", "th")


@lru_cache(maxsize=256)
def font(px: int, bold: bool = False, italic: bool = False) -> QFont:
    found = QFont(FAMILY)
    found.setPixelSize(px)
    found.setBold(bold)
    found.setItalic(italic)
    found.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return found


@lru_cache(maxsize=256)
def metrics(px: int, bold: bool = False, italic: bool = False) -> QFontMetricsF:
    return QFontMetricsF(font(px, bold, italic))


def line_height(px: int, bold: bool = False, italic: bool = False) -> float:
    return metrics(px, bold, italic).lineSpacing()


@dataclass(frozen=True, slots=True)
class Wrapped:
    lines: tuple[str, ...]
    elided: bool = False


def text_width(text: str, px: int, bold: bool = False, italic: bool = False) -> float:
    return metrics(px, bold, italic).horizontalAdvance(text)


@lru_cache(maxsize=20_000)
def wrap(
    text: str,
    px: int,
    width: float,
    *,
    bold: bool = False,
    italic: bool = False,
    max_lines: int | None = None,
) -> Wrapped:
    """``text`` broken into lines no wider than ``width`` at ``px``; inner line breaks are
    kept. With ``max_lines``, surplus lines are dropped and the last one ends in "…"."""
    fm = metrics(px, bold, italic)

    def fits(candidate: str) -> bool:
        return fm.horizontalAdvance(candidate) <= width

    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = _glue([w for w in _SPACES.split(paragraph) if w])
        if not words:
            lines.append("")
            continue
        current = ""
        for word in words:
            candidate = f"{current} {word}" if current else word
            if fits(candidate):
                current = candidate
                continue
            if current:
                lines.append(current)
            pieces = _break_word(word, fits) if not fits(word) else [word]
            lines.extend(pieces[:-1])
            current = pieces[-1]
        lines.append(current)
    while len(lines) > 1 and not lines[-1]:
        lines.pop()
    if max_lines is not None and len(lines) > max_lines:
        kept = lines[: max(1, max_lines)]
        kept[-1] = _with_ellipsis(kept[-1], fits)
        return Wrapped(tuple(kept), elided=True)
    return Wrapped(tuple(lines))


def _glue(words: list[str]) -> list[str]:
    glued: list[str] = []
    for word in words:
        if glued and word[0] in _GLUED_STARTS and not any(c.isalnum() for c in word):
            glued[-1] += "\u00a0" + word
        else:
            glued.append(word)
    return glued


def _break_word(word: str, fits: Callable[[str], bool]) -> list[str]:
    """Split a word wider than the line: after a dash or slash if one fits, otherwise
    hyphenate at the longest prefix that fits."""
    pieces: list[str] = []
    rest = word
    while not fits(rest) and len(rest) > 1:
        cut = 0
        for index in range(len(rest) - 1, 0, -1):
            if rest[index - 1] in _NATURAL_BREAKS and fits(rest[:index]):
                cut = index
                break
        if cut:
            pieces.append(rest[:cut])
        else:
            cut = _longest_prefix(rest, fits)
            pieces.append(rest[:cut] + "-")
        rest = rest[cut:]
    pieces.append(rest)
    return pieces


def _longest_prefix(word: str, fits: Callable[[str], bool]) -> int:
    """Where to hyphenate ``word``: the longest prefix that fits with its hyphen, moved
    back to the nearest syllable start when one is close; leaves at least two characters
    on each side where the word allows it."""
    low, high = 1, len(word) - 1
    best = 1
    while low <= high:
        middle = (low + high) // 2
        if fits(word[:middle] + "-"):
            best, low = middle, middle + 1
        else:
            high = middle - 1
    if len(word) - best < _MIN_FRAGMENT and best > _MIN_FRAGMENT:
        best = len(word) - _MIN_FRAGMENT
    for cut in range(best, max(_MIN_FRAGMENT, int(best * 0.6)) - 1, -1):
        if len(word) - cut >= _MIN_FRAGMENT and _syllable_starts(word, cut):
            return cut
    return best


def _syllable_starts(word: str, index: int) -> bool:
    """A syllable may start at ``word[index]``: a consonant followed by a vowel, after a
    letter, and not inside ch, ck, sch, ph or th."""
    if index < 1 or index + 1 >= len(word):
        return False
    letter, following = word[index], word[index + 1]
    if not letter.isalpha() or letter in _VOWELS or following not in _VOWELS:
        return False
    if not word[index - 1].isalpha():
        return False
    lower = word.lower()
    for group in _KEEP_TOGETHER:
        for offset in range(1, len(group)):
            start = index - offset
            if start >= 0 and lower[start : start + len(group)] == group:
                return False
    return True


def _with_ellipsis(line: str, fits: Callable[[str], bool]) -> str:
    text = line.rstrip()
    while text and not fits(text + ELLIPSIS):
        text = text[:-1].rstrip()
    return text + ELLIPSIS
