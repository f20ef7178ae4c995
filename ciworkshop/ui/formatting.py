"""Dates and numbers as the user's language writes them (12.03.2026, 1234,5)."""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QDate, QLocale, Qt

from ciworkshop.domain.canvas import parse_iso_date

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009]")


# ---------------------------------------------------------------- numbers
def parse_number(text: str, locale: QLocale | None = None) -> float | None:
    """A number typed by the user; None for empty text.

    The locale's own spelling comes first ("1.234,5" in German), then the C locale's
    ("12.5"), then a lone comma as decimal separator ("12,5" in English). Spaces used as
    thousands separators are ignored. Raises ValueError for anything else, including
    infinity and NaN.
    """
    compact = _SPACES.sub("", text)
    if not compact:
        return None
    for candidate, loc in (
        (compact, locale or QLocale()),
        (compact, QLocale.c()),
        (compact.replace(",", "."), QLocale.c()),
    ):
        value, ok = loc.toDouble(candidate)
        if ok:
            if not math.isfinite(value):
                break
            return value
    raise ValueError(text)


def format_number(
    value: float | None, locale: QLocale | None = None, *, grouped: bool = False
) -> str:
    """``value`` as short as exact, without a trailing ",0": "12", "12,5". Without
    ``grouped`` as the user would type it ("1234,5", for edit fields); with it as a
    label shows it ("1.234,5")."""
    if value is None or not math.isfinite(value):
        return ""
    loc = QLocale(locale or QLocale())
    if not grouped:
        loc.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return loc.toString(
        float(value) + 0.0, "f", QLocale.FloatingPointPrecisionOption.FloatingPointShortest
    )


def with_unit(text: str, unit: str) -> str:
    """ "48 %", "412 Plätze"; the bare text when there is no unit or no value."""
    return f"{text} {unit}" if text and unit else text


# ---------------------------------------------------------------- dates
def date_display_format() -> str:
    """The locale's short date format, always with a four-digit year ("dd.MM.yyyy")."""
    return re.sub("y+", "yyyy", QLocale().dateFormat(QLocale.FormatType.ShortFormat))


def qdate_from_iso(text: str) -> QDate | None:
    day = parse_iso_date(text.strip())
    return None if day is None else QDate(day.year, day.month, day.day)


def iso_from_qdate(day: QDate) -> str:
    return day.toString(Qt.DateFormat.ISODate)


def format_date(iso: str) -> str:
    """An ISO date as the locale writes it, with a four-digit year; "" stays "",
    text that is no valid date is shown unchanged."""
    day = qdate_from_iso(iso)
    return iso if day is None else day.toString(date_display_format())
