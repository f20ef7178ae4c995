"""Dates and numbers as the user's language writes them (12.03.2026, 1.234,5)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale

from ciworkshop.domain.canvas import parse_iso_date


def format_date(iso: str) -> str:
    """An ISO date in the locale's short format; "" for no date; odd text unchanged."""
    day = parse_iso_date(iso)
    if day is None:
        return iso
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def format_number(value: float | None, unit: str = "") -> str:
    """A value without a trailing ",0" for whole numbers; "" for no value."""
    if value is None:
        return ""
    locale = QLocale()
    if float(value).is_integer() and abs(value) < 1e15:
        text = locale.toString(int(value))
    else:
        text = locale.toString(float(value), "g", 12)
    return f"{text} {unit}".strip() if unit else text
