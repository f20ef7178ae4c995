"""The protocol as a PDF (reportlab): what participants get the evening after a Fachtag.

Layout: a cover (network, event, date, place, facilitation, counts), the contents, the
participants by sector and organisation, then per session its agenda with planned and
actual times, per agenda item the clusters with their cards, the dot-vote ranking and the
decisions, the session's further decisions, action items (what, who, by when), parking
lot and photos; then the impact canvas as a diagram (vision, mission, three level columns
of goal boxes), the goals with their indicators (baseline, latest, target, a small trend
chart) and milestones; optionally the quality check as an appendix. Pages after the cover
have a header (network, title) and a footer (network, date, "Seite X von Y"); every
heading is a bookmark and a linked line in the contents.

Robustness, because every word in it was typed by someone in a hurry:

- User text never meets reportlab's markup parser: paragraphs are built from text runs
  ("frags") directly, so ``&``, ``<b>`` and ``<img src=…>`` print literally. This is
  also what makes a 30-page protocol build in a fraction of a second (the parser costs
  about 0.1 ms per paragraph).
- The bundled DejaVu fonts are embedded. A character they cannot draw is printed as
  "�" and counted in :attr:`PdfResult.replaced` (the caller shows it), never dropped
  silently; a character only the regular face has is taken from it inside bold text.
  Invisible formatting characters the fonts lack (zero-width joiner, variation
  selectors) are left out: they have nothing to show.
- Text of any length lays out: long paragraphs break across pages, words longer than a
  line are split, table rows split across pages (``splitInRow``).
- reportlab writes a wrong ToUnicode entry for characters beyond the BMP (😀 copied out
  of the PDF became another character); :func:`_to_unicode_cmap` writes them as UTF-16.
- Known limit: right-to-left scripts print in logical order (reportlab reorders only
  with the extra ``rlbidi`` library), and Arabic letters are not joined.
- One layout pass: the contents' page numbers are PDF form objects filled in when the
  last page is known, like "Seite X von Y" (no second pass for the contents).
- The file is written under a temporary name and renamed (:mod:`.files`).
"""

from __future__ import annotations

import dataclasses
import io
import tempfile
import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.paraparser import ParaFrag

from ciworkshop import paths
from ciworkshop.domain.canvas import LEVELS, CanvasSnapshot, Goal, GoalLevel, Indicator
from ciworkshop.domain.canvas import parse_iso_date as _iso_day
from ciworkshop.domain.events import ActionStatus, CardColour
from ciworkshop.domain.protocol import (
    ActionEntry,
    CardEntry,
    DecisionEntry,
    ItemResults,
    PhotoEntry,
    ProtocolData,
    Section,
    SessionProtocol,
    top_ranked,
)
from ciworkshop.domain.quality import CheckKind, count_by_kind
from ciworkshop.export import texts
from ciworkshop.export.files import write_atomic

REPLACEMENT = "\ufffd"

# ---------------------------------------------------------------- colours and sizes
TEXT = colors.HexColor("#1F2A30")
MUTED = colors.HexColor("#5F6B73")
ACCENT = colors.HexColor("#00796B")
WARN = colors.HexColor("#B45309")
GOOD = colors.HexColor("#2E7D32")
RULE = colors.HexColor("#C9D1D6")
HEAD_FILL = colors.HexColor("#E0F2F1")
ZEBRA = colors.HexColor("#F3F5F7")
WHITE = colors.white
VISION_FILL = colors.HexColor("#00695C")
MISSION_FILL = colors.HexColor("#26A69A")
LEVEL_COLOURS: dict[GoalLevel, tuple[colors.Color, colors.Color]] = {
    GoalLevel.PROJECT: (colors.HexColor("#1565C0"), colors.HexColor("#E3EDF9")),
    GoalLevel.SYSTEM: (colors.HexColor("#7B1FA2"), colors.HexColor("#F1E6F5")),
    GoalLevel.KNOWLEDGE: (colors.HexColor("#E65100"), colors.HexColor("#FCEBDD")),
}
# Darker than the paper cards, so a bullet stays visible on white paper.
CARD_COLOURS: dict[CardColour, colors.Color] = {
    CardColour.YELLOW: colors.HexColor("#E0A800"),
    CardColour.GREEN: colors.HexColor("#43A047"),
    CardColour.BLUE: colors.HexColor("#1E88E5"),
    CardColour.PINK: colors.HexColor("#D81B60"),
    CardColour.ORANGE: colors.HexColor("#F57C00"),
    CardColour.WHITE: colors.HexColor("#9E9E9E"),
}
STATUS_COLOURS: dict[ActionStatus, colors.Color] = {
    ActionStatus.OPEN: TEXT,
    ActionStatus.DONE: GOOD,
    ActionStatus.DROPPED: MUTED,
}

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 2 * cm
MARGIN_TOP = 2.2 * cm
MARGIN_BOTTOM = 2 * cm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
#: A photo takes at most this share of a page (its caption goes below).
PHOTO_MAX_HEIGHT = FRAME_HEIGHT * 0.6
#: Room for the page numbers at the right of the contents.
TOC_NUMBER_WIDTH = 1.4 * cm
#: A heading longer than this is shortened in the contents (it prints in full as heading).
TOC_MAX_CHARS = 160


# ---------------------------------------------------------------- fonts
FONT = "CIW-Sans"
FONT_BOLD = "CIW-Sans-Bold"
# Two faces only: the oblique ones lack 700 glyphs of the regular face (Hebrew, Arabic…)
# and each embedded face costs start-up time; emphasis here is weight and colour.
_FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}
_setup_lock = threading.Lock()
_coverage: dict[str, frozenset[int]] = {}


def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """reportlab's ToUnicode CMap, with code points beyond the BMP written as UTF-16
    (reportlab writes ``<1F600>``, which viewers cannot read back)."""
    entries = [
        f"<{index:02X}> <{chr(code).encode('utf-16-be', 'surrogatepass').hex().upper()}>"
        for index, code in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def register_fonts(fonts_dir: Path | None = None) -> dict[str, frozenset[int]]:
    """Register the bundled DejaVu faces with reportlab (once per process) and return
    which code points each can draw.

    Also sets two process-wide reportlab options, both harmless for any other PDF: the
    ToUnicode fix above, and binary instead of ASCII85 streams (a photo is then copied
    into the file as it is, instead of being re-encoded in Python: 5× faster)."""
    with _setup_lock:
        if not _coverage:
            folder = fonts_dir or paths.fonts_dir()
            faces = {}
            for name, file in _FONT_FILES.items():
                font = TTFont(name, str(folder / file))
                pdfmetrics.registerFont(font)
                faces[name] = frozenset(font.face.charToGlyph)
            pdfmetrics.registerFontFamily(
                FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
            )
            ttfonts.makeToUnicodeCMap = _to_unicode_cmap
            rl_config.useA85 = 0
            _coverage.update(faces)
    return _coverage


# ---------------------------------------------------------------- result
@dataclass(frozen=True, slots=True)
class PdfResult:
    """A built protocol. ``replaced`` counts each character the fonts cannot draw (it
    was printed as "�"); ``unreadable_photos`` are captions of photos whose image data
    could not be decoded (a note was printed instead)."""

    data: bytes
    pages: int
    replaced: dict[str, int] = field(default_factory=dict)
    unreadable_photos: tuple[str, ...] = ()

    @property
    def has_warnings(self) -> bool:
        return bool(self.replaced or self.unreadable_photos)

    def replaced_list(self) -> str:
        """``😀 (U+1F600 GRINNING FACE) ×2, …`` for a message."""
        return ", ".join(f"{describe_character(c)} ×{n}" for c, n in sorted(self.replaced.items()))

    def english_warnings(self) -> list[str]:
        lines = []
        if self.replaced:
            lines.append(
                "Some characters cannot be printed with the protocol's font and appear "
                f"as {REPLACEMENT}: {self.replaced_list()}"
            )
        lines.extend(
            f"A photo could not be read and is left out: “{caption}”"
            for caption in self.unreadable_photos
        )
        return lines


def describe_character(character: str) -> str:
    """``😀 (U+1F600 GRINNING FACE)``; an invisible character without its glyph."""
    name = unicodedata.name(character, "")
    code = f"U+{ord(character):04X}"
    label = f"{code} {name}" if name else code
    if unicodedata.category(character)[0] in "CZ":
        return label
    return f"{character} ({label})"


#: Tables draw their empty cells with a font too: Helvetica (not embedded) unless told.
_TABLE_FONT: list[tuple[Any, ...]] = [("FONT", (0, 0), (-1, -1), FONT, 8.5)]


# ---------------------------------------------------------------- rich text
@dataclass(frozen=True, slots=True)
class Span:
    """A run of text with its look; ``bold`` None keeps the paragraph style's weight."""

    text: str
    bold: bool | None = None
    colour: colors.Color | None = None
    size: float | None = None


_NEWLINES = {"\r\n": "\n", "\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n"}


class _Glyphs:
    """Turns spans into reportlab text runs, with characters the fonts cannot draw
    replaced (and counted) and characters only the regular face has taken from it."""

    def __init__(self, coverage: dict[str, frozenset[int]]) -> None:
        self.coverage = coverage
        self.regular = coverage[FONT]
        self.replaced: dict[str, int] = {}
        # The common case checked at C speed: printable text the face draws entirely.
        self.drawable = {font: _drawable_chars(font, codes) for font, codes in coverage.items()}

    @staticmethod
    def _normalise(text: str) -> str:
        for old, new in _NEWLINES.items():
            text = text.replace(old, new)
        return text.replace("\t", "    ")

    def _classify(self, char: str, face: frozenset[int]) -> str:
        """'ok' (the face draws it), 'regular' (only the regular face does), 'drop'
        (invisible, nothing to show) or 'bad' (print "�")."""
        code = ord(char)
        if code in face:
            return "ok" if unicodedata.category(char) not in ("Cc", "Cs", "Co") else "bad"
        category = unicodedata.category(char)
        if category in ("Cc", "Cs", "Co", "Cn"):
            return "bad"
        if code in self.regular:
            return "regular"
        if category == "Cf" or 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF:
            return "drop"
        return "bad"

    def _count(self, char: str) -> None:
        self.replaced[char] = self.replaced.get(char, 0) + 1

    def runs(self, text: str, font: str) -> list[tuple[str, str]]:
        """``text`` as (font, text) runs; ``"\\n"`` alone is a line break."""
        if text.isprintable() and self.drawable[font].issuperset(text):
            return [(font, text)]
        face = self.coverage[font]
        out: list[tuple[str, str]] = []
        current: list[str] = []
        current_font = font

        def flush() -> None:
            if current:
                out.append((current_font, "".join(current)))
                current.clear()

        for char in self._normalise(text):
            if char == "\n":
                flush()
                out.append((font, "\n"))
                continue
            kind = self._classify(char, face)
            if kind == "drop":
                continue
            wanted = FONT if kind == "regular" else font
            if wanted != current_font:
                flush()
                current_font = wanted
            if kind == "bad":
                self._count(char)
                current.append(REPLACEMENT)
            else:
                current.append(char)
        flush()
        return out

    def plain(self, text: str) -> str:
        """``text`` for drawString and metadata: one line, undrawable characters replaced.
        Not counted: these repeat what a paragraph already printed (network, title)."""
        counted = dict(self.replaced)
        line = "".join(t for _, t in self.runs(self._normalise(text).replace("\n", " "), FONT))
        self.replaced = counted
        return line.replace("\n", " ")

    def frags(self, spans: Sequence[Span], style: ParagraphStyle) -> list[ParaFrag]:
        style_bold = style.fontName == FONT_BOLD
        frags = []
        for span in spans:
            if not span.text:
                continue
            bold = style_bold if span.bold is None else span.bold
            font = FONT_BOLD if bold else FONT
            for run_font, text in self.runs(span.text, font):
                frag = ParaFrag()
                frag.rise = 0
                frag.greek = 0
                frag.link = []
                frag.us_lines = []
                frag.bold = int(bold)
                frag.italic = 0
                frag.fontName = run_font
                frag.fontSize = span.size or style.fontSize
                frag.textColor = span.colour or style.textColor
                if text == "\n":
                    frag.text = ""
                    frag.lineBreak = True
                else:
                    frag.text = text
                frags.append(frag)
        if not frags:
            # An empty paragraph still needs one run to take its height from.
            frag = ParaFrag()
            frag.rise = frag.greek = frag.bold = frag.italic = 0
            frag.link, frag.us_lines = [], []
            frag.fontName, frag.fontSize, frag.textColor = style.fontName, style.fontSize, TEXT
            frag.text = ""
            frags.append(frag)
        return frags


SpanLike = Span | str

_drawable_cache: dict[str, frozenset[str]] = {}


def _drawable_chars(font: str, codes: frozenset[int]) -> frozenset[str]:
    if font not in _drawable_cache:
        _drawable_cache[font] = frozenset(
            chr(c) for c in codes if not 0xD800 <= c <= 0xDFFF and chr(c).isprintable()
        )
    return _drawable_cache[font]


# ---------------------------------------------------------------- styles
def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=9.5,
        leading=13,
        textColor=TEXT,
        splitLongWords=1,
        bulletFontName=FONT,
    )

    def style(name: str, **kwargs: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kwargs)

    styles = {
        "body": base,
        "small": style("small", fontSize=8, leading=10.5, textColor=MUTED),
        "cell": style("cell", fontSize=8.5, leading=11),
        "cell_bold": style("cell_bold", fontSize=8.5, leading=11, fontName=FONT_BOLD),
        "cell_head": style(
            "cell_head", fontSize=7.5, leading=9.5, fontName=FONT_BOLD, splitLongWords=0
        ),
        "cell_right": style("cell_right", fontSize=8.5, leading=11, alignment=TA_RIGHT),
        "cover_kicker": style(
            "cover_kicker", fontName=FONT_BOLD, fontSize=13, leading=16, textColor=ACCENT
        ),
        "cover_title": style(
            "cover_title", fontName=FONT_BOLD, fontSize=26, leading=32, spaceAfter=10
        ),
        "cover_network": style("cover_network", fontSize=13, leading=17, textColor=MUTED),
        "count": style("count", fontName=FONT_BOLD, fontSize=18, leading=21, textColor=ACCENT),
        "count_label": style("count_label", fontSize=8, leading=10, textColor=MUTED),
        "h1": style(
            "h1",
            fontName=FONT_BOLD,
            fontSize=16,
            leading=20,
            textColor=ACCENT,
            spaceAfter=8,
            keepWithNext=1,
        ),
        "h2": style(
            "h2",
            fontName=FONT_BOLD,
            fontSize=12,
            leading=15,
            spaceBefore=12,
            spaceAfter=5,
            keepWithNext=1,
        ),
        "h3": style(
            "h3",
            fontName=FONT_BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        ),
        "meta": style("meta", fontSize=9, leading=13, textColor=MUTED, spaceAfter=6),
        "bullet": style("bullet", leftIndent=14, bulletIndent=2, spaceAfter=3),
        "card": style("card", leftIndent=14, bulletIndent=2, spaceAfter=2, bulletFontSize=10),
        "caption": style("caption", fontSize=8.5, leading=11, textColor=MUTED, alignment=1),
        "toc0": style("toc0", fontName=FONT_BOLD, fontSize=10.5, leading=14),
        "toc1": style("toc1", fontSize=9.5, leading=12.5),
        "box_label": style("box_label", fontName=FONT_BOLD, fontSize=7.5, leading=10),
        "box": style("box", fontSize=9, leading=12.5),
        "goal": style("goal", fontSize=8.5, leading=11),
    }
    for colour, shade in CARD_COLOURS.items():
        styles[f"card_{colour.value}"] = ParagraphStyle(
            f"card_{colour.value}", parent=styles["card"], bulletColor=shade
        )
    return styles


# ---------------------------------------------------------------- flowables
class _Para(Paragraph):  # type: ignore[misc]
    """A paragraph that breaks its lines once per width: tables ask every cell for its
    size several times (measuring, splitting, drawing), and line breaking is most of
    the time a protocol takes to build. The result depends on the width alone."""

    _wrapped_width: float | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        # split() drops blPara (the broken lines) when it had to give up: wrap again then.
        if available_width == self._wrapped_width and hasattr(self, "blPara"):
            return self.width, self.height
        size: tuple[float, float] = super().wrap(available_width, available_height)
        self._wrapped_width = available_width
        return size


class _Heading(_Para):
    """A heading that enters the contents and the bookmarks. reportlab re-creates a
    split paragraph through ``__class__(None, style, bulletText=…, frags=…)``: only the
    first part keeps the entry."""

    def __init__(
        self,
        text: str | None,
        style: ParagraphStyle,
        bulletText: str | None = None,  # noqa: N803 (reportlab's name)
        frags: Any = None,
        *,
        level: int = -1,
        outline: str = "",
        key: str = "",
    ) -> None:
        super().__init__(text, style, bulletText=bulletText, frags=frags)
        self.toc_level = level
        self.outline = outline
        self.key = key

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(available_width, available_height)
        if parts and isinstance(parts[0], _Heading):
            parts[0].toc_level, parts[0].outline, parts[0].key = (
                self.toc_level,
                self.outline,
                self.key,
            )
        return parts


class _TocLine(Flowable):  # type: ignore[misc]
    """One line of the contents: the heading, its page number (a form filled in when
    the document is complete) at the right, all of it a link to the heading."""

    def __init__(self, paragraph: Paragraph, key: str, *, indent: float) -> None:
        super().__init__()
        self.paragraph = paragraph
        self.key = key
        self.indent = indent
        self.width = 0.0
        self.height = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _, height = self.paragraph.wrap(
            available_width - self.indent - TOC_NUMBER_WIDTH, available_height
        )
        self.width, self.height = available_width, height
        return available_width, height + 3

    def draw(self) -> None:
        canvas = self.canv
        self.paragraph.drawOn(canvas, self.indent, 3)
        style = self.paragraph.style
        canvas.saveState()
        canvas.translate(self.width, 3 + self.height - style.fontSize)
        canvas.doForm(_page_form(self.key))
        canvas.restoreState()
        canvas.linkRect("", self.key, (0, 0, self.width, self.height + 3), relative=1)


def _page_form(key: str) -> str:
    return f"toc_{key}"


class _Sparkline(Flowable):  # type: ignore[misc]
    """A small trend chart: values over time, baseline (grey) and target (teal) dashed."""

    def __init__(
        self,
        points: Sequence[tuple[float, float]],
        *,
        baseline: float | None,
        target: float | None,
        width: float = 2.6 * cm,
        height: float = 0.9 * cm,
    ) -> None:
        super().__init__()
        self.points = list(points)
        self.baseline = baseline
        self.target = target
        self.width = width
        self.height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        # Canvas lines, not reportlab.graphics: its renderer starts in Helvetica (a font
        # that is not embedded) and costs more than these few strokes.
        canvas = self.canv
        values = [v for _, v in self.points]
        references = [v for v in (self.baseline, self.target) if v is not None]
        low, high = min(values + references), max(values + references)
        if high == low:
            high, low = high + 1, low - 1
        xs = [x for x, _ in self.points]
        x_low, x_high = min(xs), max(xs)
        pad = 3.0

        def sx(x: float) -> float:
            if x_high == x_low:
                return self.width / 2
            return pad + (x - x_low) / (x_high - x_low) * (self.width - 2 * pad)

        def sy(y: float) -> float:
            return pad + (y - low) / (high - low) * (self.height - 2 * pad)

        canvas.saveState()
        canvas.setLineWidth(0.5)
        canvas.setDash(2, 2)
        for value, colour in ((self.baseline, MUTED), (self.target, ACCENT)):
            if value is not None:
                canvas.setStrokeColor(colour)
                canvas.line(0, sy(value), self.width, sy(value))
        canvas.setDash()
        canvas.setLineWidth(1)
        canvas.setStrokeColor(TEXT)
        if len(self.points) > 1:
            path = canvas.beginPath()
            path.moveTo(sx(xs[0]), sy(values[0]))
            for x, y in self.points[1:]:
                path.lineTo(sx(x), sy(y))
            canvas.drawPath(path, stroke=1, fill=0)
        canvas.setFillColor(ACCENT)
        canvas.circle(sx(xs[-1]), sy(values[-1]), 1.8, stroke=0, fill=1)
        canvas.restoreState()


class _ProtocolCanvas(Canvas):  # type: ignore[misc]
    """Fills in what only the end knows: "page X of Y" in each footer and the page
    numbers of the contents are PDF forms, drawn where they belong while the pages are
    laid out and defined when the document is saved."""

    language = "de"
    toc_levels: dict[str, int] = {}  # noqa: RUF012 (set per build on a subclass)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.heading_pages: dict[str, int] = {}
        self.footer_pages: list[int] = []
        self.last_page = 0

    def save(self) -> None:
        total = self.last_page
        for key, level in self.toc_levels.items():
            self._right_aligned_form(
                _page_form(key),
                str(self.heading_pages.get(key, "")),
                FONT_BOLD if level == 0 else FONT,
                10.5 if level == 0 else 9.5,
                TEXT,
            )
        for page in self.footer_pages:
            label = texts.label(self.language, "page_of", page=page, pages=total)
            self._right_aligned_form(_footer_form(page), label, FONT, 8, MUTED)
        super().save()

    def _right_aligned_form(
        self, name: str, text: str, font: str, size: float, colour: colors.Color
    ) -> None:
        width = pdfmetrics.stringWidth(text, font, size) + 2
        self.beginForm(name, lowerx=-width, lowery=-size / 2, upperx=0, uppery=size * 1.5)
        self.setFont(font, size)
        self.setFillColor(colour)
        self.drawRightString(0, 0, text)
        self.endForm()


def _footer_form(page: int) -> str:
    return f"page_{page}"


class _Document(BaseDocTemplate):  # type: ignore[misc]
    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, _Heading) and flowable.toc_level >= 0:
            self.canv.bookmarkPage(flowable.key)
            self.canv.addOutlineEntry(flowable.outline, flowable.key, level=flowable.toc_level)
            self.canv.heading_pages.setdefault(flowable.key, self.page)


# ---------------------------------------------------------------- the builder
@dataclass(slots=True)
class _TocEntry:
    level: int
    spans: list[Span]
    key: str


class _Builder:
    def __init__(self, data: ProtocolData, glyphs: _Glyphs, photo_folder: Path) -> None:
        self.data = data
        self.photo_folder = photo_folder
        self.lang = data.options.language
        self.glyphs = glyphs
        self.styles = _styles()
        self.story: list[Flowable] = []
        self.toc: list[_TocEntry] = []
        self.unreadable_photos: list[str] = []
        self._chapter = 0
        self._section = 0

    # ------------------------------------------------------------ helpers
    def t(self, key: str, **values: object) -> str:
        return texts.label(self.lang, key, **values)

    def d(self, text: object) -> str:
        """A domain text (enum label) in the protocol's language."""
        return texts.domain(self.lang, text)  # type: ignore[arg-type]

    def date(self, iso: str) -> str:
        return texts.format_date(self.lang, iso)

    def para(self, style: str, *spans: SpanLike, bullet: str | None = None) -> Paragraph:
        paragraph_style = self.styles[style]
        runs = [Span(s) if isinstance(s, str) else s for s in spans]
        return _Para(
            None, paragraph_style, bulletText=bullet, frags=self.glyphs.frags(runs, paragraph_style)
        )

    def add(self, *flowables: Flowable) -> None:
        self.story.extend(flowables)

    def heading(self, level: int, *spans: SpanLike) -> None:
        if level == 0:
            self._chapter += 1
            self._section = 0
            number = f"{self._chapter}"
            if self.story and not isinstance(self.story[-1], PageBreak):
                self.add(PageBreak())
        else:
            self._section += 1
            number = f"{self._chapter}.{self._section}"
        # Two no-break spaces: reportlab would fold ordinary ones into one.
        runs = [
            Span(number + "\u00a0\u00a0"),
            *(Span(s) if isinstance(s, str) else s for s in spans),
        ]
        key = f"h{len(self.toc)}"
        self.toc.append(_TocEntry(level, runs, key))
        style = self.styles["h1" if level == 0 else "h2"]
        outline = self.glyphs.plain(f"{number} " + "".join(r.text for r in runs[1:]))
        self.add(
            _Heading(
                None,
                style,
                frags=self.glyphs.frags(runs, style),
                level=level,
                outline=outline,
                key=key,
            )
        )

    def table(
        self,
        rows: list[list[Any]],
        widths: Sequence[float],
        *,
        header: bool = True,
        extra: Sequence[tuple[Any, ...]] = (),
    ) -> Table:
        commands: list[tuple[Any, ...]] = [
            *_TABLE_FONT,
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        if header:
            commands += [
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ]
        commands += list(extra)
        return Table(
            rows,
            colWidths=list(widths),
            repeatRows=1 if header else 0,
            splitInRow=1,
            hAlign="LEFT",
            style=TableStyle(commands),
        )

    def head_row(self, *keys: str) -> list[Paragraph]:
        return [self.para("cell_head", self.t(k)) for k in keys]

    def muted(self, text: str, size: float | None = None) -> Span:
        return Span(text, colour=MUTED, size=size)

    # ------------------------------------------------------------ the whole protocol
    def build(self) -> list[Flowable]:
        data = self.data
        options = data.options
        self.cover()
        self.add(NextPageTemplate("body"), PageBreak())
        contents_at = len(self.story)
        if options.shows(Section.PARTICIPANTS):
            self.participants()
        for session in data.sessions:
            self.session(session)
        if options.shows(Section.CANVAS) and data.canvas is not None:
            self.canvas(data.canvas)
        if options.shows(Section.QUALITY):
            self.quality()
        self.story[contents_at:contents_at] = self.contents()
        return self.story

    def contents(self) -> list[Flowable]:
        flowables: list[Flowable] = [self.para("h1", self.t("contents")), Spacer(1, 4)]
        for entry in self.toc:
            style = "toc0" if entry.level == 0 else "toc1"
            if entry.level == 0 and len(flowables) > 2:
                flowables.append(Spacer(1, 5))
            flowables.append(
                _TocLine(
                    self.para(style, *_shortened(entry.spans, TOC_MAX_CHARS)),
                    entry.key,
                    indent=16 * entry.level,
                )
            )
        flowables.append(PageBreak())
        return flowables

    # ------------------------------------------------------------ cover
    def cover(self) -> None:
        data = self.data
        self.add(Spacer(1, 3 * cm))
        self.add(self.para("cover_kicker", self.t("protocol")), Spacer(1, 4))
        self.add(self.para("cover_title", data.title))
        self.add(self.para("cover_network", data.network_name), Spacer(1, 1.2 * cm))
        rows: list[tuple[str, str]] = []
        if data.event_title and data.event_title != data.title:
            rows.append(("event", data.event_title))
        if data.date:
            rows.append(("date", self.date(data.date)))
        if data.place:
            rows.append(("place", data.place))
        if data.facilitators:
            rows.append(("facilitation", ", ".join(data.facilitators)))
        if len(data.sessions) == 1 and data.sessions[0].note_taker:
            rows.append(("note_taker", data.sessions[0].note_taker))
        if rows:
            self.add(
                self.table(
                    [[self.para("cell_head", self.t(k)), self.para("body", v)] for k, v in rows],
                    [4 * cm, FRAME_WIDTH - 4 * cm],
                    header=False,
                )
            )
        self.add(Spacer(1, 1.2 * cm), self.para("h3", self.t("overview")))
        shows = data.options.shows
        counts = [
            (key, count)
            for key, count, shown in (
                ("count_sessions", len(data.sessions), True),
                ("count_participants", data.participants.total, shows(Section.PARTICIPANTS)),
                ("count_cards", data.card_count, shows(Section.RESULTS)),
                (
                    "count_decisions",
                    sum(len(s.all_decisions) for s in data.sessions),
                    shows(Section.DECISIONS),
                ),
                ("count_actions", len(data.all_actions()), shows(Section.ACTIONS)),
            )
            if shown
        ]
        cells = [
            [self.para("count", str(n)), self.para("count_label", self.t(k))] for k, n in counts
        ]
        self.add(
            Table(
                [cells],
                colWidths=[FRAME_WIDTH / len(cells)] * len(cells),
                hAlign="LEFT",
                style=TableStyle(
                    [
                        *_TABLE_FONT,
                        ("BACKGROUND", (0, 0), (-1, -1), ZEBRA),
                        ("LINEAFTER", (0, 0), (-2, -1), 3, WHITE),
                        ("TOPPADDING", (0, 0), (-1, -1), 8),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                        ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ]
                ),
            )
        )
        self.add(
            Spacer(1, 2 * cm),
            self.para("small", self.t("created_on", date=self.date(data.created_on))),
        )

    # ------------------------------------------------------------ participants
    def participants(self) -> None:
        participants = self.data.participants
        self.heading(0, self.t("participants"))
        if not participants.total:
            self.add(self.para("meta", self.t("no_participants")))
            return
        lines = [self.t("participants_total", total=participants.total)]
        if participants.anonymised:
            lines.append(self.t("participants_anonymised"))
        elif participants.unnamed:
            lines.append(self.t("participants_unnamed", count=participants.unnamed))
        self.add(self.para("meta", " ".join(lines)))
        rows: list[list[Any]] = []
        commands: list[tuple[Any, ...]] = []
        for sector in participants.sectors:
            row = len(rows)
            commands += [
                ("SPAN", (0, row), (-1, row)),
                ("BACKGROUND", (0, row), (-1, row), HEAD_FILL),
            ]
            rows.append([self.para("cell_bold", self.d(sector.sector.label)), ""])
            for organisation in sector.organisations:
                name: list[SpanLike] = (
                    [organisation.name]
                    if organisation.name
                    else [self.muted(self.t("without_organisation"))]
                )
                if organisation.short_name and organisation.short_name != organisation.name:
                    name.append(self.muted(f" ({organisation.short_name})"))
                people: list[SpanLike] = []
                for index, person in enumerate(organisation.named):
                    if index:
                        people.append("; ")
                    people.append(person.name)
                    if person.function:
                        people.append(self.muted(f" – {person.function}"))
                if not people:
                    people = [self.muted(self.t("organisation_only"))]
                rows.append([self.para("cell", *name), self.para("cell", *people)])
        self.add(self.table(rows, [6.5 * cm, FRAME_WIDTH - 6.5 * cm], header=False, extra=commands))

    # ------------------------------------------------------------ sessions
    def session(self, session: SessionProtocol) -> None:
        options = self.data.options
        self.heading(0, session.title)
        facts: list[tuple[str, str]] = [("format", self.d(session.format.label))]
        if session.date:
            facts.append(("date", self.date(session.date)))
        if session.start_time:
            end = f"–{session.planned_end}" if session.planned_end else ""
            facts.append(("time", session.start_time + end))
        if session.place:
            facts.append(("place", session.place))
        if session.facilitator:
            facts.append(("facilitation", session.facilitator))
        if session.note_taker:
            facts.append(("note_taker", session.note_taker))
        if session.participant_count:
            facts.append(("participants_short", str(session.participant_count)))
        spans: list[SpanLike] = []
        for index, (key, value) in enumerate(facts):
            if index:
                spans.append(" · ")
            spans += [Span(f"{self.t(key)}: ", bold=True), value]
        self.add(self.para("meta", *spans))
        if session.guiding_question:
            self.add(
                self.para(
                    "body",
                    Span(f"{self.t('guiding_question')}: ", bold=True),
                    session.guiding_question,
                ),
                Spacer(1, 4),
            )
        if options.shows(Section.AGENDA):
            self.agenda(session)
        if options.shows(Section.RESULTS) or options.shows(Section.DECISIONS):
            for item in session.items:
                if not item.is_empty:
                    self.item(item)
        if options.shows(Section.DECISIONS) and session.decisions:
            self.heading(1, self.t("general_decisions"))
            self.decisions(session.decisions)
        if options.shows(Section.ACTIONS):
            self.heading(1, self.t("actions"))
            self.actions(session.actions)
        if options.shows(Section.PARKING_LOT):
            self.heading(1, self.t("parking_lot"))
            for text in session.parking_lot:
                self.add(self.para("bullet", text, bullet="•"))
            if not session.parking_lot:
                self.add(self.para("meta", self.t("no_parking_lot")))
        if options.include_photos and session.photos:
            self.heading(1, self.t("photos"))
            for number, photo in enumerate(session.photos, start=1):
                self.photo(photo, number)

    def agenda(self, session: SessionProtocol) -> None:
        self.heading(1, self.t("agenda"))
        if not session.items:
            self.add(self.para("meta", self.t("no_agenda")))
            return
        dash = self.t("not_recorded")
        rows: list[list[Any]] = [
            [
                self.para("cell_head", "#"),
                self.para("cell_head", self.t("item")),
                self.para("cell_head", self.t("planned"), "\n", self.t("start")),
                self.para("cell_head", self.t("planned"), "\n", self.t("minutes")),
                self.para("cell_head", self.t("actual"), "\n", self.t("time")),
                self.para("cell_head", self.t("actual"), "\n", self.t("minutes")),
            ]
        ]
        for item in session.items:
            entry = item.entry
            actual = dash
            if entry.actual_start:
                actual = f"{entry.actual_start}–{entry.actual_end or '…'}"
            over = bool(
                entry.actual_minutes is not None
                and entry.planned_minutes
                and entry.actual_minutes > entry.planned_minutes
            )
            minutes = dash if entry.actual_minutes is None else str(entry.actual_minutes)
            rows.append(
                [
                    self.para("cell", str(entry.position + 1)),
                    self.para("cell", entry.title),
                    self.para("cell", entry.planned_start or dash),
                    self.para("cell_right", str(entry.planned_minutes)),
                    self.para("cell", actual),
                    self.para(
                        "cell_right", Span(minutes, bold=over, colour=WARN if over else None)
                    ),
                ]
            )
        self.add(
            self.table(rows, [0.8 * cm, FRAME_WIDTH - 9.8 * cm, 2 * cm, 2 * cm, 3 * cm, 2 * cm])
        )

    def item(self, item: ItemResults) -> None:
        entry = item.entry
        self.heading(1, f"{self.t('agenda_item')} {entry.position + 1}: ", entry.title)
        if item.unclustered:
            if item.clusters:
                self.add(self.para("h3", self.t("cards_unclustered")))
            self.cards(item.unclustered)
        for cluster in item.clusters:
            name: Span = (
                Span(cluster.name)
                if cluster.name.strip()
                else self.muted(self.t("unnamed_cluster"))
            )
            self.add(self.para("h3", name, self.muted(f" ({len(cluster.cards)})", 8)))
            self.cards(cluster.cards)
        if item.ranking:
            self.add(self.para("h3", self.t("dot_voting")))
            rows: list[list[Any]] = [self.head_row("rank", "card", "cluster", "dots")]
            top = top_ranked(item.ranking)
            for rank in top:
                rows.append(
                    [
                        self.para("cell", f"{rank.rank}."),
                        self.para("cell", rank.text),
                        self.para("cell", rank.cluster),
                        self.para("cell_right", Span(str(rank.dots), bold=True)),
                    ]
                )
            self.add(self.table(rows, [1.2 * cm, FRAME_WIDTH - 7.2 * cm, 4.4 * cm, 1.6 * cm]))
            if len(top) < len(item.ranking):
                more = len(item.ranking) - len(top)
                self.add(Spacer(1, 3), self.para("small", self.t("ranking_more", count=more)))
        if item.decisions:
            self.add(self.para("h3", self.t("decisions")))
            self.decisions(item.decisions)

    def cards(self, cards: Sequence[CardEntry]) -> None:
        for card in cards:
            spans: list[SpanLike] = [card.text]
            extras = []
            if card.author:
                extras.append(card.author)
            if card.dots:
                extras.append(f"● {card.dots}")
            if extras:
                spans.append(self.muted(" – " + " · ".join(extras), 8))
            bullet = "□" if card.colour is CardColour.WHITE else "■"
            self.add(self.para(f"card_{card.colour.value}", *spans, bullet=bullet))

    def decisions(self, decisions: Sequence[DecisionEntry]) -> None:
        for decision in decisions:
            agreement = self.d(decision.agreement.label)
            self.add(
                self.para("bullet", decision.text, self.muted(f" ({agreement})", 8), bullet="✓")
            )

    def actions(self, actions: Sequence[ActionEntry]) -> None:
        if not actions:
            self.add(self.para("meta", self.t("no_actions")))
            return
        rows: list[list[Any]] = [self.head_row("what", "who", "due", "status")]
        for action in actions:
            rows.append(
                [
                    self.para("cell", action.what),
                    self.para("cell", action.owner),
                    self.para("cell", self.date(action.due_date)),
                    self.para(
                        "cell",
                        Span(self.d(action.status.label), colour=STATUS_COLOURS[action.status]),
                    ),
                ]
            )
        self.add(self.table(rows, [FRAME_WIDTH - 10 * cm, 5 * cm, 2.6 * cm, 2.4 * cm]))

    def photo(self, photo: PhotoEntry, number: int) -> None:
        caption = photo.caption or self.t("photo", number=number)
        image = _image(photo, FRAME_WIDTH, PHOTO_MAX_HEIGHT, self.photo_folder)
        if image is None:
            self.unreadable_photos.append(caption)
            before, _, after = self.t("photo_unreadable", caption="\x00").partition("\x00")
            self.add(self.para("meta", before, caption, after))
            return
        self.add(KeepTogether([image, Spacer(1, 3), self.para("caption", caption), Spacer(1, 12)]))

    # ------------------------------------------------------------ impact canvas
    def canvas(self, snapshot: CanvasSnapshot) -> None:
        self.heading(0, self.t("canvas"))
        self.canvas_diagram(snapshot)
        if not snapshot.goals:
            return
        self.heading(1, self.t("goals_indicators"))
        for goal in snapshot.goals:
            self.goal_table(snapshot, goal)
        self.heading(1, self.t("milestones"))
        if snapshot.all_milestones():
            self.milestone_table(snapshot)
        else:
            self.add(self.para("meta", self.t("no_milestones")))

    def canvas_diagram(self, snapshot: CanvasSnapshot) -> None:
        rows: list[list[Any]] = []
        commands: list[tuple[Any, ...]] = [
            *_TABLE_FONT,
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ("LEFTPADDING", (0, 0), (-1, -1), 7),
            ("RIGHTPADDING", (0, 0), (-1, -1), 7),
        ]
        for key, text, fill in (
            ("vision", snapshot.canvas.vision, VISION_FILL),
            ("mission", snapshot.canvas.mission, MISSION_FILL),
        ):
            row = len(rows)
            rows.append(
                [
                    [
                        self.para("box_label", Span(self.t(key).upper(), colour=WHITE)),
                        self.para("box", Span(text or "–", colour=WHITE)),
                    ],
                    "",
                    "",
                ]
            )
            commands += [
                ("SPAN", (0, row), (-1, row)),
                ("BACKGROUND", (0, row), (-1, row), fill),
                ("LINEBELOW", (0, row), (-1, row), 4, WHITE),
            ]
        header = len(rows)
        rows.append(
            [
                self.para("box_label", Span(self.d(level.label).upper(), colour=WHITE))
                for level in LEVELS
            ]
        )
        for index, level in enumerate(LEVELS):
            commands.append(
                ("BACKGROUND", (index, header), (index, header), LEVEL_COLOURS[level][0])
            )
        columns = [snapshot.goals_on(level) for level in LEVELS]
        depth = max(len(c) for c in columns)
        if depth == 0:
            rows.append([self.para("meta", self.t("no_goals")), "", ""])
            commands.append(("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)))
        for position in range(depth):
            row = len(rows)
            cells: list[Any] = []
            for index, goals in enumerate(columns):
                if position < len(goals):
                    cells.append(self.goal_box(snapshot, goals[position]))
                    commands.append(
                        ("BACKGROUND", (index, row), (index, row), LEVEL_COLOURS[LEVELS[index]][1])
                    )
                else:
                    cells.append("")
            rows.append(cells)
        # White lines between the cells make each goal a card of its own.
        commands += [
            ("LINEAFTER", (0, header), (-2, -1), 5, WHITE),
            ("LINEBELOW", (0, header), (-1, -1), 5, WHITE),
        ]
        self.add(
            Table(
                rows,
                colWidths=[FRAME_WIDTH / 3] * 3,
                splitInRow=1,
                hAlign="LEFT",
                style=TableStyle(commands),
            )
        )

    def goal_box(self, snapshot: CanvasSnapshot, goal: Goal) -> list[Paragraph]:
        details: list[SpanLike] = []
        if goal.target_group:
            details += [f"{self.t('target_group')}: ", goal.target_group, "\n"]
        actors = snapshot.actor_names_of(goal)
        if actors:
            details += [f"{self.t('responsible')}: ", ", ".join(actors), "\n"]
        details.append(self.d(goal.status.label))
        style = ParagraphStyle(
            "goal_details",
            parent=self.styles["goal"],
            fontSize=7.5,
            leading=10,
            textColor=MUTED,
            spaceBefore=3,
        )
        self.styles.setdefault("goal_details", style)
        return [self.para("goal", goal.statement), self.para("goal_details", *details)]

    def goal_table(self, snapshot: CanvasSnapshot, goal: Goal) -> None:
        level_colour = LEVEL_COLOURS[goal.level][0]
        title = self.para(
            "cell",
            Span(self.d(goal.level.label).upper(), bold=True, colour=level_colour, size=7),
            "\n",
            Span(goal.statement, bold=True),
        )
        rows: list[list[Any]] = [[title, "", "", "", ""]]
        commands: list[tuple[Any, ...]] = [
            ("SPAN", (0, 0), (-1, 0)),
            ("LINEBEFORE", (0, 0), (0, 0), 3, level_colour),
            ("BACKGROUND", (0, 0), (-1, 0), ZEBRA),
        ]
        indicators = snapshot.indicators(goal.uuid)
        if not indicators:
            rows.append([self.para("small", self.t("no_indicators")), "", "", "", ""])
            commands.append(("SPAN", (0, 1), (-1, 1)))
        else:
            rows.append(self.head_row("indicator", "baseline", "latest", "target", "trend"))
            for indicator in indicators:
                rows.append(self.indicator_row(snapshot, indicator))
        widths = [FRAME_WIDTH - 10.6 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm, 3.1 * cm]
        self.add(self.table(rows, widths, header=False, extra=commands), Spacer(1, 10))

    def indicator_row(self, snapshot: CanvasSnapshot, indicator: Indicator) -> list[Any]:
        unit = indicator.unit

        def value(number: float | None, day: str) -> Paragraph:
            if number is None:
                return self.para("cell", "–")
            spans: list[SpanLike] = [texts.format_number(self.lang, number, unit)]
            if day:
                spans += ["\n", self.muted(self.date(day), 7)]
            return self.para("cell", *spans)

        latest = snapshot.latest_measurement(indicator.uuid)
        method = [self.d(indicator.method.label)] if indicator.method else []
        if indicator.method_note:
            method.append(indicator.method_note)
        name: list[SpanLike] = [indicator.name]
        if method:
            name += ["\n", self.muted(" · ".join(method), 7.5)]
        points = []
        for measurement in snapshot.measurements(indicator.uuid):
            day = _iso_day(measurement.date)
            if day is not None:
                points.append((float(day.toordinal()), measurement.value))
        baseline_day = _iso_day(indicator.baseline_date)
        if indicator.baseline_value is not None and baseline_day is not None:
            points.append((float(baseline_day.toordinal()), indicator.baseline_value))
        points.sort()
        trend: Any = (
            _Sparkline(points, baseline=indicator.baseline_value, target=indicator.target_value)
            if points
            else self.para("cell", "–")
        )
        return [
            self.para("cell", *name),
            value(indicator.baseline_value, indicator.baseline_date),
            value(latest.value if latest else None, latest.date if latest else ""),
            value(indicator.target_value, indicator.target_date),
            trend,
        ]

    def milestone_table(self, snapshot: CanvasSnapshot) -> None:
        rows: list[list[Any]] = [self.head_row("milestone", "due", "status", "owner")]
        commands: list[tuple[Any, ...]] = []
        for goal in snapshot.goals:
            milestones = snapshot.milestones(goal.uuid)
            if not milestones:
                continue
            row = len(rows)
            commands += [
                ("SPAN", (0, row), (-1, row)),
                ("BACKGROUND", (0, row), (-1, row), ZEBRA),
                ("LINEBEFORE", (0, row), (0, row), 3, LEVEL_COLOURS[goal.level][0]),
            ]
            rows.append([self.para("cell_bold", goal.statement), "", "", ""])
            for milestone in milestones:
                rows.append(
                    [
                        self.para("cell", milestone.text),
                        self.para("cell", self.date(milestone.due_date) or "–"),
                        self.para("cell", self.d(milestone.status.label)),
                        self.para("cell", milestone.owner),
                    ]
                )
        widths = [FRAME_WIDTH - 9 * cm, 2.4 * cm, 2.2 * cm, 4.4 * cm]
        self.add(self.table(rows, widths, extra=commands))

    # ------------------------------------------------------------ quality appendix
    def quality(self) -> None:
        self.heading(0, self.t("quality"))
        self.add(self.para("meta", self.t("quality_intro", date=self.date(self.data.created_on))))
        findings = self.data.findings
        counts = count_by_kind(findings)
        if not findings:
            self.add(self.para("body", self.t("quality_all_passed")))
        for kind in CheckKind:
            count = counts[kind]
            mark = (
                Span(f"✓ {self.t('quality_passed')}", colour=GOOD)
                if count == 0
                else Span(str(count), colour=WARN)
            )
            self.add(self.para("h3", self.d(kind.label), " – ", mark))
            for finding in findings:
                if finding.kind is kind:
                    self.add(
                        self.para("bullet", texts.finding_text(self.lang, finding), bullet="•")
                    )


def _image(photo: PhotoEntry, max_width: float, max_height: float, folder: Path) -> Image | None:
    """The photo scaled to fit, or None when its bytes are no readable image.

    The bytes go to a file in ``folder`` first: reportlab copies a JPEG file into the PDF
    as it is, but decodes an in-memory image to fingerprint it (20 ms per photo)."""
    from PIL import Image as PILImage

    try:
        with PILImage.open(io.BytesIO(photo.data)) as probe:
            width, height = probe.size
            kind = probe.format
            probe.verify()
    except Exception:  # any decoder failure means: cannot print it
        return None
    if width <= 0 or height <= 0:
        return None
    path = folder / f"photo-{len(list(folder.iterdir()))}.{'jpg' if kind == 'JPEG' else 'png'}"
    path.write_bytes(photo.data)
    scale = min(max_width / width, max_height / height)
    return Image(str(path), width=width * scale, height=height * scale)


def _shortened(spans: Sequence[Span], limit: int) -> list[Span]:
    """The spans cut after ``limit`` characters, with "…"."""
    out: list[Span] = []
    left = limit
    for span in spans:
        if len(span.text) <= left:
            out.append(span)
            left -= len(span.text)
            continue
        out.append(dataclasses.replace(span, text=span.text[:left].rstrip() + "…"))
        break
    return out


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with "…" to fit ``width`` points."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if pdfmetrics.stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low] + "…"


# ---------------------------------------------------------------- entry points
#: Called with the share of the layout done, 0.0 to 1.0 (from the thread that builds).
Progress = Callable[[float], None]


def build_pdf(
    data: ProtocolData, *, fonts_dir: Path | None = None, progress: Progress | None = None
) -> PdfResult:
    """Render the protocol; returns the PDF bytes and what had to be replaced."""
    glyphs = _Glyphs(register_fonts(fonts_dir))
    with tempfile.TemporaryDirectory(prefix="ciworkshop-photos-") as folder:
        return _render(data, glyphs, Path(folder), progress)


def _render(
    data: ProtocolData, glyphs: _Glyphs, photo_folder: Path, progress: Progress | None
) -> PdfResult:
    builder = _Builder(data, glyphs, photo_folder)
    story = builder.build()
    lang = data.options.language
    network = glyphs.plain(data.network_name)
    title = glyphs.plain(data.title)
    day = texts.format_date(lang, data.date) if data.date else ""

    def cover_page(canvas: Canvas, document: BaseDocTemplate) -> None:
        canvas.last_page = max(canvas.last_page, canvas.getPageNumber())

    def body_page(canvas: Canvas, document: BaseDocTemplate) -> None:
        page = canvas.getPageNumber()
        canvas.last_page = max(canvas.last_page, page)
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(MUTED)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        y = PAGE_HEIGHT - MARGIN_TOP + 0.6 * cm
        half = FRAME_WIDTH / 2 - 6
        canvas.drawString(MARGIN_X, y, _fit(network, FONT, 8, half))
        canvas.drawRightString(PAGE_WIDTH - MARGIN_X, y, _fit(title, FONT, 8, half))
        canvas.line(MARGIN_X, y - 4, PAGE_WIDTH - MARGIN_X, y - 4)
        y = MARGIN_BOTTOM - 0.9 * cm
        canvas.line(MARGIN_X, y + 10, PAGE_WIDTH - MARGIN_X, y + 10)
        left = " · ".join(part for part in (network, day) if part)
        canvas.drawString(MARGIN_X, y, _fit(left, FONT, 8, FRAME_WIDTH - 4 * cm))
        canvas.translate(PAGE_WIDTH - MARGIN_X, y)
        canvas.doForm(_footer_form(page))
        canvas.footer_pages.append(page)
        canvas.restoreState()

    canvas_class = type(
        "_Canvas",
        (_ProtocolCanvas,),
        {"language": lang, "toc_levels": {entry.key: entry.level for entry in builder.toc}},
    )
    buffer = io.BytesIO()
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        FRAME_HEIGHT,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    document = _Document(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=glyphs.plain(texts.label(lang, "protocol_of", title=data.title)),
        author=glyphs.plain(", ".join(data.facilitators) or data.network_name),
        subject=network,
        creator="ciworkshop",
        lang=lang,
        # reportlab starts every page in Helvetica: a font that is not embedded.
        initialFontName=FONT,
    )
    document.addPageTemplates(
        [
            PageTemplate("cover", frames=[frame], onPage=cover_page),
            PageTemplate("body", frames=[frame], onPage=body_page),
        ]
    )
    if progress is not None:
        document.setProgressCallBack(_progress_adapter(progress))
    document.build(story, canvasmaker=canvas_class)
    return PdfResult(
        data=buffer.getvalue(),
        pages=document.page,
        replaced=dict(glyphs.replaced),
        unreadable_photos=tuple(builder.unreadable_photos),
    )


def _progress_adapter(progress: Progress) -> Callable[[str, int], None]:
    """reportlab reports ('SIZE_EST', flowables) once, then ('PROGRESS', done) per
    flowable: passed on as a share, at most once per percent, never going back (a split
    table puts its rest back on the list, and "done" drops)."""
    state = {"total": 1, "last": -1}

    def report(kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            state["total"] = max(1, value)
        elif kind == "PROGRESS":
            percent = min(100, value * 100 // state["total"])
            if percent > state["last"]:
                state["last"] = percent
                progress(percent / 100)

    return report


def write_pdf(
    data: ProtocolData,
    target: Path | str,
    *,
    fonts_dir: Path | None = None,
    progress: Progress | None = None,
) -> PdfResult:
    """Render the protocol and write it to ``target`` atomically."""
    result = build_pdf(data, fonts_dir=fonts_dir, progress=progress)
    write_atomic(Path(target), result.data)
    return result
