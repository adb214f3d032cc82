"""Report periods: Gregorian and Jalali months as Gregorian date ranges."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from coach.text.normalise import normalise

CALENDARS: tuple[str, ...] = ("gregorian", "jalali")

MonthNames = Mapping[str, Sequence[str]]
"""The twelve month names of each calendar in one language (a playbook's ``month_names``)."""

_MONTH = re.compile(r"^(\d{4}) ?[-/] ?(\d{1,2})$")


@dataclass(frozen=True)
class Period:
    """One calendar month: ``start`` inclusive, ``end`` exclusive, both Gregorian dates."""

    calendar: str
    year: int
    month: int
    start: date
    end: date

    @property
    def key(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def shifted(self, months: int) -> Period:
        index = self.year * 12 + (self.month - 1) + months
        return month_period(index // 12, index % 12 + 1, self.calendar)

    def previous(self) -> Period:
        return self.shifted(-1)

    def month_name(self, month_names: MonthNames) -> str:
        """The month's name in the language of ``month_names``: "October", "مهر"."""
        return month_names[self.calendar][self.month - 1]

    def name(self, month_names: MonthNames) -> str:
        """The month's name and year, e.g. "October 2026" or "مهر 1405" (digits unchanged),
        in the language of ``month_names`` (a playbook's)."""
        return f"{self.month_name(month_names)} {self.year}"


def month_period(year: int, month: int, calendar: str = "gregorian") -> Period:
    """The month ``year-month`` of ``calendar`` as a Gregorian date range."""
    if calendar not in CALENDARS:
        raise ValueError(f"Unknown calendar {calendar!r}: use gregorian or jalali.")
    if not 1 <= month <= 12:
        raise ValueError(f"There is no month {month}: months run from 1 to 12.")
    next_year, next_month = (year + 1, 1) if month == 12 else (year, month + 1)
    if calendar == "gregorian":
        return Period(calendar, year, month, date(year, month, 1), date(next_year, next_month, 1))
    import jdatetime  # only for the Jalali calendar

    start = jdatetime.date(year, month, 1).togregorian()
    end = jdatetime.date(next_year, next_month, 1).togregorian()
    return Period(calendar, year, month, start, end)


def parse_month(text: str, calendar: str = "gregorian") -> Period:
    """Reads "YYYY-MM" or "YYYY/MM" (Latin, Arabic-Indic or Persian digits); a clear ValueError
    otherwise."""
    match = _MONTH.match(normalise(text))
    if not match:
        example = "1405-07" if calendar == "jalali" else "2026-10"
        raise ValueError(
            f"{text!r} is not a month. Write the year and month as YYYY-MM, e.g. {example}."
        )
    year, month = int(match.group(1)), int(match.group(2))
    if calendar == "jalali" and not 1200 <= year <= 1600:
        raise ValueError(f"{year} is not a Jalali year this app can report on (e.g. 1405).")
    if calendar == "gregorian" and not 1900 <= year <= 2200:
        raise ValueError(f"{year} is not a year this app can report on (e.g. 2026).")
    return month_period(year, month, calendar)


def period_containing(day: date, calendar: str = "gregorian") -> Period:
    """The month of ``calendar`` that ``day`` falls in."""
    if calendar == "jalali":
        import jdatetime

        jday = jdatetime.date.fromgregorian(date=day)
        return month_period(jday.year, jday.month, "jalali")
    return month_period(day.year, day.month, "gregorian")
