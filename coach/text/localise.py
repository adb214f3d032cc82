"""Digits, numbers and dates as each language and calendar writes them (no Qt)."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from decimal import Decimal

from coach.text.periods import MonthNames

DIGIT_SETS: dict[str, str] = {
    "latin": "0123456789",
    "arabic": "٠١٢٣٤٥٦٧٨٩",
    "persian": "۰۱۲۳۴۵۶۷۸۹",
}
_SEPARATORS: dict[str, tuple[str, str]] = {
    "latin": (".", ","),
    "arabic": ("٫", "٬"),
    "persian": ("٫", "٬"),
}
_TO_LATIN = str.maketrans(
    DIGIT_SETS["arabic"] + DIGIT_SETS["persian"] + "٫", DIGIT_SETS["latin"] * 2 + "."
)
_STRONG_RTL = frozenset({"R", "AL"})


def is_rtl_text(text: str, default: bool = False) -> bool:
    """Whether ``text`` reads right to left, from its first strong letter (``default`` when none)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return False
        if kind in _STRONG_RTL:
            return True
    return default


def to_latin_digits(text: str) -> str:
    """``text`` with Arabic/Persian digits and decimal sign (٫) in Latin: the reverse of to_digits."""
    return text if text.isascii() else text.translate(_TO_LATIN)


def to_digits(text: str, digits: str) -> str:
    """``text`` with its Latin digits written in ``digits`` (latin, arabic or persian)."""
    if digits == "latin":
        return text
    return text.translate(str.maketrans(DIGIT_SETS["latin"], DIGIT_SETS[digits]))


def format_number(value: int | float | Decimal, digits: str = "latin", decimals: int = 0) -> str:
    """A number with thousands separators and ``decimals`` places, in ``digits``."""
    text = f"{value:,.{decimals}f}"
    point, thousands = _SEPARATORS[digits]
    text = text.replace(",", "\0").replace(".", point).replace("\0", thousands)
    return to_digits(text, digits)


def format_percent(value: float | None, digits: str = "latin", decimals: int = 0) -> str:
    """``value`` given as a fraction (0.25) written as a percentage; a dash when unknown."""
    if value is None:
        return "–"
    sign = "٪" if digits != "latin" else "%"
    return format_number(value * 100, digits, decimals) + sign


def format_date(
    day: date | datetime | None,
    calendar: str = "gregorian",
    digits: str = "latin",
    *,
    month_names: MonthNames | None = None,
) -> str:
    """A date as the owner reads it: 2026-10-03 or ۱۴۰۵/۰۷/۱۱; given the month names of a
    language (its playbook's ``month_names``), the long form "11 Mehr 1405"."""
    if day is None:
        return ""
    if isinstance(day, datetime):
        day = day.date()
    if calendar == "jalali":
        import jdatetime  # only for the Jalali calendar

        jday = jdatetime.date.fromgregorian(date=day)
        year, month, dom = jday.year, jday.month, jday.day
    else:
        year, month, dom = day.year, day.month, day.day
    if month_names is not None:
        text = f"{dom} {month_names[calendar][month - 1]} {year}"
    elif calendar == "jalali":
        text = f"{year:04d}/{month:02d}/{dom:02d}"
    else:
        text = f"{year:04d}-{month:02d}-{dom:02d}"
    return to_digits(text, digits)
