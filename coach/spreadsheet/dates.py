"""Dates as spreadsheets hold them: ISO, day/month/year, month/day/year or year/month/day, in
Latin, Arabic-Indic or Persian digits, Gregorian or Jalali, with or without a time.

A year before 1700 is never taken as a Gregorian year: it is a Jalali date read with the Jalali
calendar, and an error with a hint without it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

import jdatetime

from coach.spreadsheet.reasons import (
    DAY_OR_MONTH,
    JALALI_YEAR,
    NO_FULL_YEAR,
    NO_SUCH_TIME,
    NOT_A_DATE,
    NOT_JALALI,
    NOT_YEAR_FIRST,
    TOO_EARLY,
    Reason,
    quoted,
    reason,
)
from coach.text.localise import to_latin_digits

ORDERS: tuple[str, ...] = ("auto", "ymd", "dmy", "mdy")
"""``auto``: year first when it has four digits, else whichever order the day says (13 or more
cannot be a month); ``ymd`` is also ISO 8601."""
ORDER_ALIASES = {"iso": "ymd", "y/m/d": "ymd", "d/m/y": "dmy", "m/d/y": "mdy"}
FIRST_YEAR = 1700
"""Years before this are Jalali years (1405 is 2026), never Gregorian ones."""
EARLIEST_YEAR = 1900
"""No complaint is dated before this Gregorian year (``0001-01-01`` is a placeholder)."""

_DATE = re.compile(
    r"(\d{1,4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,4})"
    r"(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([AaPp]\.?[Mm]\.?)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?"
)


class DateError(ValueError):
    """Why a value is not a date (``reason``, in words for the owner)."""

    def __init__(self, why: Reason):
        super().__init__(str(why))
        self.reason = why


@dataclass(frozen=True)
class DateStyle:
    """How the dates of a file are written: the order of day, month and year, and the calendar."""

    order: str = "auto"
    calendar: str = "gregorian"


def normal_order(order: str) -> str:
    """``order`` as one of ORDERS (``iso`` -> ``ymd``); ValueError for anything else."""
    key = ORDER_ALIASES.get(order.strip().lower(), order.strip().lower())
    if key not in ORDERS:
        raise ValueError(f"{order!r} is not a date format; use one of: iso, ymd, dmy, mdy")
    return key


def parse_moment(text: str, style: DateStyle) -> tuple[datetime, bool]:
    """The date and time ``text`` holds, and whether it gave a time; DateError otherwise."""
    latin = to_latin_digits(text.strip())
    if len(latin) >= 10 and latin[4] == "-" and latin[:4].isdigit() and latin[:2] >= "19":
        try:
            when = datetime.fromisoformat(latin)
        except ValueError:
            pass
        else:
            if when.tzinfo is not None:
                when = when.astimezone().replace(tzinfo=None)
            return when.replace(microsecond=0) if when.microsecond else when, len(latin) > 10
    found = _DATE.fullmatch(latin)
    if found is None:
        raise DateError(reason(NOT_A_DATE, value=quoted(text)))
    first, _sep, middle, last, hour, minute, second, meridiem, zone = found.groups()
    year, month, day = _ordered(text, first, middle, last, style.order)
    day_value = _to_gregorian(text, year, month, day, style.calendar)
    if hour is None:
        return datetime.combine(day_value, datetime.min.time()), False
    hours = int(hour)
    if meridiem:
        if not 1 <= hours <= 12:
            raise DateError(reason(NO_SUCH_TIME, value=quoted(text)))
        hours = hours % 12 + (12 if meridiem[0] in "Pp" else 0)
    try:
        when = datetime(
            day_value.year, day_value.month, day_value.day, hours, int(minute), int(second or 0)
        )
    except ValueError:
        raise DateError(reason(NO_SUCH_TIME, value=quoted(text))) from None
    if zone:
        offset = zone if zone == "Z" else zone[:3] + ":" + zone[-2:]
        aware = datetime.fromisoformat(when.isoformat() + ("+00:00" if zone == "Z" else offset))
        when = aware.astimezone().replace(tzinfo=None)
    return when, True


def parse_day(text: str, style: DateStyle) -> date:
    return parse_moment(text, style)[0].date()


def _ordered(text: str, first: str, middle: str, last: str, order: str) -> tuple[int, int, int]:
    a, b, c = int(first), int(middle), int(last)
    if len(first) >= 3:
        return a, b, c
    if len(last) < 3:
        raise DateError(reason(NO_FULL_YEAR, value=quoted(text)))
    if order == "ymd":
        raise DateError(reason(NOT_YEAR_FIRST, value=quoted(text)))
    if order == "auto":
        if a > 12 or a == b:
            order = "dmy"
        elif b > 12:
            order = "mdy"
        else:
            raise DateError(reason(DAY_OR_MONTH, value=quoted(text)))
    return (c, b, a) if order == "dmy" else (c, a, b)


def _to_gregorian(text: str, year: int, month: int, day: int, calendar: str) -> date:
    found = _calendar_day(text, year, month, day, calendar)
    if found.year < EARLIEST_YEAR:
        raise DateError(reason(TOO_EARLY, value=quoted(text)))
    return found


def _calendar_day(text: str, year: int, month: int, day: int, calendar: str) -> date:
    if year < EARLIEST_YEAR - 1000:
        raise DateError(reason(TOO_EARLY, value=quoted(text)))
    if year < FIRST_YEAR:
        if calendar != "jalali":
            raise DateError(reason(JALALI_YEAR, value=quoted(text), year=year))
        try:
            return jdatetime.date(year, month, day).togregorian()
        except ValueError:
            raise DateError(reason(NOT_JALALI, value=quoted(text))) from None
    try:
        return date(year, month, day)
    except ValueError:
        raise DateError(reason(NOT_A_DATE, value=quoted(text))) from None


@dataclass(frozen=True)
class DateGuess:
    """What a column's values say about their style; ``settled`` is False when day and month
    could be either way round in every value seen."""

    style: DateStyle
    settled: bool
    examples: int


def guess_style(values: Iterable[str], calendar: str = "") -> DateGuess:
    """The order and calendar most of ``values`` are written in (``calendar`` when given)."""
    day_first = month_first = year_first = jalali = gregorian = seen = 0
    for value in values:
        found = _DATE.fullmatch(to_latin_digits(value.strip()))
        if found is None:
            continue
        seen += 1
        first, _sep, middle, last = found.groups()[:4]
        year = int(first) if len(first) >= 3 else int(last)
        if len(first) >= 3:
            year_first += 1
        elif int(first) > 12:
            day_first += 1
        elif int(middle) > 12:
            month_first += 1
        if len(first) >= 3 or len(last) >= 3:
            if year < FIRST_YEAR:
                jalali += 1
            else:
                gregorian += 1
    if day_first or month_first:
        order = "dmy" if day_first >= month_first else "mdy"
        settled = not (day_first and month_first)
    elif year_first and year_first == seen:
        order, settled = "ymd", True
    else:
        order, settled = "dmy", seen == 0
    found_calendar = calendar or ("jalali" if jalali > gregorian else "gregorian")
    return DateGuess(DateStyle(order, found_calendar), settled, seen)
