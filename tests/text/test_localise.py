"""Digits, numbers, percentages and dates as each language and calendar writes them."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from coach.playbooks import load_playbook
from coach.text.languages import is_rtl, language
from coach.text.localise import (
    format_date,
    format_number,
    format_percent,
    is_rtl_text,
    to_digits,
    to_latin_digits,
)
from coach.text.normalise import normalise


def test_right_to_left_languages() -> None:
    assert is_rtl("ar") and is_rtl("fa")
    assert not is_rtl("en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("سلام Ali", True), ("Ali سلام", False), ("۱۲۳ مرتضی", True), ("123 - 45", None), ("", None)],
)
def test_text_direction_follows_the_first_strong_letter(text: str, expected: bool | None) -> None:
    if expected is None:
        assert is_rtl_text(text) is False
        assert is_rtl_text(text, default=True) is True
    else:
        assert is_rtl_text(text, default=not expected) is expected


@pytest.mark.parametrize("digits", ["latin", "arabic", "persian"])
def test_local_digits_read_back_as_latin(digits: str) -> None:
    text = format_number(Decimal("1234.5"), digits, 2).replace("٬", "").replace(",", "")
    assert to_latin_digits(text) == "1234.50"


def test_natural_defaults_per_language() -> None:
    assert {code: language(code).digits for code in ("en", "ar", "fa")} == {
        "en": "latin",
        "ar": "arabic",
        "fa": "persian",
    }
    assert {code: language(code).calendar for code in ("en", "ar", "fa")} == {
        "en": "gregorian",
        "ar": "gregorian",
        "fa": "jalali",
    }


@pytest.mark.parametrize(
    ("digits", "expected"),
    [("latin", "Order 2026-10"), ("arabic", "Order ٢٠٢٦-١٠"), ("persian", "Order ۲۰۲۶-۱۰")],
)
def test_to_digits_changes_only_digits(digits: str, expected: str) -> None:
    assert to_digits("Order 2026-10", digits) == expected


@pytest.mark.parametrize(
    ("value", "digits", "decimals", "expected"),
    [
        (1234567, "latin", 0, "1,234,567"),
        (1234567, "arabic", 0, "١٬٢٣٤٬٥٦٧"),
        (1234567, "persian", 0, "۱٬۲۳۴٬۵۶۷"),
        (Decimal("2500.5"), "persian", 2, "۲٬۵۰۰٫۵۰"),
        (3.14159, "arabic", 1, "٣٫١"),
        (0, "persian", 0, "۰"),
        (-42, "latin", 0, "-42"),
    ],
)
def test_numbers(value: int | float | Decimal, digits: str, decimals: int, expected: str) -> None:
    assert format_number(value, digits, decimals) == expected


def test_local_numbers_read_back_as_the_same_number() -> None:
    assert normalise(format_number(1234567, "persian")).replace("٬", "") == "1234567"


@pytest.mark.parametrize(
    ("fraction", "digits", "decimals", "expected"),
    [
        (0.25, "latin", 0, "25%"),
        (0.256, "persian", 1, "۲۵٫۶٪"),
        (1, "arabic", 0, "١٠٠٪"),
        (None, "persian", 0, "–"),
    ],
)
def test_percentages(fraction: float | None, digits: str, decimals: int, expected: str) -> None:
    assert format_percent(fraction, digits, decimals) == expected


@pytest.mark.parametrize(
    ("day", "calendar", "digits", "lang", "long", "expected"),
    [
        (date(2026, 10, 3), "gregorian", "latin", "en", False, "2026-10-03"),
        (date(2026, 10, 3), "gregorian", "latin", "en", True, "3 October 2026"),
        (date(2026, 10, 3), "gregorian", "arabic", "ar", True, "٣ أكتوبر ٢٠٢٦"),
        (date(2026, 10, 3), "gregorian", "arabic", "ar", False, "٢٠٢٦-١٠-٠٣"),
        (date(2026, 10, 3), "jalali", "persian", "fa", False, "۱۴۰۵/۰۷/۱۱"),
        (date(2026, 10, 3), "jalali", "persian", "fa", True, "۱۱ مهر ۱۴۰۵"),
        (date(2026, 3, 21), "jalali", "latin", "en", True, "1 Farvardin 1405"),
        (date(2025, 3, 20), "jalali", "persian", "fa", False, "۱۴۰۳/۱۲/۳۰"),
        (datetime(2026, 10, 3, 23, 59), "jalali", "arabic", "ar", True, "١١ مهر ١٤٠٥"),
    ],
)
def test_dates_in_both_calendars(
    day: date, calendar: str, digits: str, lang: str, long: bool, expected: str
) -> None:
    names = load_playbook(lang).month_names if long else None
    assert format_date(day, calendar, digits, month_names=names) == expected


def test_no_date_is_an_empty_string() -> None:
    names = load_playbook("fa").month_names
    assert format_date(None, "jalali", "persian") == ""
    assert format_date(None, "jalali", "persian", month_names=names) == ""
