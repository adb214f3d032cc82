"""The reply to the customer, composed from the complaint without a screen, and the addresses that
open it as an e-mail or a WhatsApp message."""

from __future__ import annotations

from datetime import date, datetime
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from coach.complaints.domain import Complaint, Customer
from coach.playbooks import load_playbook
from coach.service.reply import (
    ReplyValues,
    compose,
    mailto_url,
    needs_country_code,
    phone_digits,
    whatsapp_url,
)
from coach.text.languages import LANGUAGES
from coach.tone.checker import check

FULL = ReplyValues(
    name="Sara",
    apology="I'm sorry, that was our mistake.",
    resolution="We replace the kettle.",
    steps="A new kettle goes out today.",
    promised_by=date(2026, 10, 9),
    signature="Corner Shop",
)


def test_values_come_from_the_complaint() -> None:
    complaint = Complaint(
        datetime(2026, 10, 3, 9, 0),
        Customer("Sara", "0912"),
        apology="Sorry.",
        resolution="Refund.",
        steps="Today.",
        promised_by=date(2026, 10, 4),
    )
    assert ReplyValues.of(complaint, "Shop") == ReplyValues(
        "Sara", "Sorry.", "Refund.", "Today.", date(2026, 10, 4), "Shop"
    )


@pytest.mark.parametrize(
    ("lang", "calendar", "digits", "greeting", "day"),
    [
        ("en", "gregorian", "latin", "Hello Sara,", "9 October 2026"),
        ("ar", "gregorian", "arabic", "مرحبًا Sara،", "٩ أكتوبر ٢٠٢٦"),
        ("fa", "jalali", "persian", "سلام Sara گرامی،", "۱۷ مهر ۱۴۰۵"),
    ],
)
def test_every_part_is_filled_in_each_language(lang, calendar, digits, greeting, day) -> None:
    reply = compose(load_playbook(lang), FULL, calendar, digits)
    assert reply.missing == ()
    paragraphs = reply.text.split("\n\n")
    assert paragraphs[0] == greeting
    assert len(paragraphs) == 8
    for value in (FULL.apology, FULL.resolution, FULL.steps, day, FULL.signature):
        assert value in reply.text
    assert "{" not in reply.text and "{" not in reply.subject and reply.subject


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_built_in_wording_passes_the_wording_check(lang: str) -> None:
    values = ReplyValues("Sara", "", "", "", date(2026, 10, 9), "Corner Shop")
    values = values.with_value(
        "apology", {"en": "I'm sorry.", "ar": "أنا آسف.", "fa": "ببخشید."}[lang]
    )
    values = values.with_value("resolution", "—")
    text = compose(load_playbook(lang), values, "gregorian", "latin").text
    assert [f.rule for f in check(text, lang, field="reply") if f.severity == "avoid"] == []


def test_missing_values_are_named_and_their_parts_left_out() -> None:
    reply = compose(load_playbook("en"), ReplyValues(resolution="Refund."), "gregorian", "latin")
    assert reply.missing == ("name", "apology", "date", "signature")
    assert reply.text.startswith("Thank you for telling us what went wrong.")
    assert "Here is what we agreed: Refund." in reply.text
    assert (
        "{" not in reply.text and "Hello" not in reply.text and "What we will do" not in reply.text
    )


def test_blank_values_count_as_missing() -> None:
    reply = compose(load_playbook("en"), FULL.with_value("name", "   "), "gregorian", "latin")
    assert reply.missing == ("name",)


def test_a_value_holding_braces_is_not_filled_again() -> None:
    reply = compose(load_playbook("en"), FULL.with_value("name", "{date}"), "gregorian", "latin")
    assert reply.text.startswith("Hello {date},")


def test_mailto_encodes_subject_and_body_with_crlf_lines() -> None:
    url = mailto_url(
        "sara@example.com", "Your complaint: what next", "Hello Sara,\n\nRefund & more ü"
    )
    assert url == (
        "mailto:sara@example.com?subject=Your%20complaint%3A%20what%20next"
        "&body=Hello%20Sara%2C%0D%0A%0D%0ARefund%20%26%20more%20%C3%BC"
    )
    assert mailto_url("", "S", "B") == "mailto:?subject=S&body=B"


def test_whatsapp_takes_the_digits_of_the_phone_and_the_text() -> None:
    text = "سلام سارا،\nکیک فردا می‌رسد & 100%"
    url = whatsapp_url("+98 (912) ۳۴۵-۶۷۸۹", text)
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "wa.me", "/989123456789")
    assert parse_qs(parts.query)["text"] == [text]
    assert unquote(url.split("?text=")[1]) == text
    assert whatsapp_url("", "Hi") == "https://wa.me/?text=Hi"


@pytest.mark.parametrize(
    ("phone", "digits", "local"),
    [
        ("+971 50 123 4567", "971501234567", False),
        ("00971 50 123 4567", "971501234567", False),
        ("٠٥٠ ١٢٣ ٤٥٦٧", "0501234567", True),
        ("0912 345 6789", "09123456789", True),
        ("", "", False),
    ],
)
def test_phone_digits_and_the_country_code_hint(phone: str, digits: str, local: bool) -> None:
    assert phone_digits(phone) == digits
    assert needs_country_code(phone) is local
