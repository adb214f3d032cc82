"""Report months in the Gregorian and Jalali calendars, as Gregorian date ranges."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from coach.playbooks import load_playbook
from coach.text.periods import MonthNames, month_period, parse_month, period_containing


def days(start: date, end_exclusive: date) -> list[date]:
    return [start + timedelta(n) for n in range((end_exclusive - start).days)]


@pytest.mark.parametrize(
    ("year", "month", "first", "last"),
    [
        (1403, 12, date(2025, 2, 19), date(2025, 3, 20)),  # Esfand of the leap year 1403: 30 days
        (1404, 12, date(2026, 2, 20), date(2026, 3, 20)),  # Esfand 1404: 29 days
        (1405, 1, date(2026, 3, 21), date(2026, 4, 20)),  # Farvardin starts the year on Nowruz
        (1405, 7, date(2026, 9, 23), date(2026, 10, 22)),  # Mehr 1405
        (1405, 6, date(2026, 8, 23), date(2026, 9, 22)),  # Shahrivar: last 31-day month
    ],
)
def test_jalali_month_boundaries(year: int, month: int, first: date, last: date) -> None:
    period = month_period(year, month, "jalali")
    assert (period.start, period.end - timedelta(1)) == (first, last)
    assert period.key == f"{year:04d}-{month:02d}"
    assert all(period_containing(day, "jalali") == period for day in days(period.start, period.end))
    assert period_containing(first - timedelta(1), "jalali") == period.previous()


def test_esfand_length_follows_the_leap_year() -> None:
    assert (
        month_period(1403, 12, "jalali").end - month_period(1403, 12, "jalali").start
    ).days == 30
    assert (
        month_period(1404, 12, "jalali").end - month_period(1404, 12, "jalali").start
    ).days == 29


def test_jalali_months_tile_the_year_without_gaps() -> None:
    months = [month_period(1404, m, "jalali") for m in range(1, 13)]
    for earlier, later in zip(months, months[1:], strict=False):
        assert earlier.end == later.start
    assert months[0].start == date(2025, 3, 21)
    assert months[-1].end == month_period(1405, 1, "jalali").start
    assert sum((m.end - m.start).days for m in months) == 365


@pytest.mark.parametrize(
    ("year", "month", "first", "end"),
    [
        (2024, 2, date(2024, 2, 1), date(2024, 3, 1)),
        (2026, 12, date(2026, 12, 1), date(2027, 1, 1)),
        (2026, 10, date(2026, 10, 1), date(2026, 11, 1)),
    ],
)
def test_gregorian_months(year: int, month: int, first: date, end: date) -> None:
    period = month_period(year, month)
    assert (period.start, period.end) == (first, end)
    assert period_containing(date(year, month, 15)) == period


@pytest.mark.parametrize(
    ("text", "calendar", "key"),
    [
        ("2026-10", "gregorian", "2026-10"),
        ("2026-1", "gregorian", "2026-01"),
        ("٢٠٢٦-١٠", "gregorian", "2026-10"),
        ("۱۴۰۵-۰۷", "jalali", "1405-07"),
        ("۱۴۰۵/۰۷", "jalali", "1405-07"),
        (" 1405-12 ", "jalali", "1405-12"),
        ("١٤٠٣-١٢", "jalali", "1403-12"),
    ],
)
def test_parse_month_reads_any_digits(text: str, calendar: str, key: str) -> None:
    period = parse_month(text, calendar)
    assert (period.calendar, period.key) == (calendar, key)


@pytest.mark.parametrize(
    ("text", "calendar", "message"),
    [
        (
            "October",
            "gregorian",
            "is not a month. Write the year and month as YYYY-MM, e.g. 2026-10",
        ),
        ("", "jalali", "e.g. 1405-07"),
        ("2026-13", "gregorian", "There is no month 13"),
        ("1405-00", "jalali", "There is no month 0"),
        ("2026-10", "jalali", "2026 is not a Jalali year"),
        ("1405-07", "gregorian", "1405 is not a year this app can report on"),
    ],
)
def test_bad_months_are_refused_in_words(text: str, calendar: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_month(text, calendar)


def test_unknown_calendar_is_refused() -> None:
    with pytest.raises(ValueError, match="Unknown calendar"):
        month_period(2026, 1, "hijri")


@pytest.mark.parametrize(
    ("start", "months", "key"),
    [
        (("jalali", 1405, 1), -1, "1404-12"),
        (("jalali", 1404, 12), 1, "1405-01"),
        (("jalali", 1405, 7), -19, "1403-12"),
        (("gregorian", 2026, 1), -1, "2025-12"),
        (("gregorian", 2026, 12), 1, "2027-01"),
        (("gregorian", 2026, 3), 24, "2028-03"),
    ],
)
def test_shifted_crosses_year_boundaries(
    start: tuple[str, int, int], months: int, key: str
) -> None:
    calendar, year, month = start
    shifted = month_period(year, month, calendar).shifted(months)
    assert (shifted.calendar, shifted.key) == (calendar, key)
    assert shifted == month_period(int(key[:4]), int(key[5:]), calendar)


def months(lang: str) -> MonthNames:
    return load_playbook(lang).month_names


def test_month_names_per_language_come_from_its_playbook() -> None:
    assert month_period(1405, 7, "jalali").name(months("fa")) == "مهر 1405"
    assert month_period(1405, 7, "jalali").name(months("en")) == "Mehr 1405"
    assert month_period(2026, 10).name(months("ar")) == "أكتوبر 2026"
    assert month_period(2026, 10).name(months("fa")) == "اکتبر 2026"
    assert month_period(2026, 10).name(months("de")) == "October 2026"
    assert month_period(1405, 7, "jalali").month_name(months("ar")) == "مهر"
