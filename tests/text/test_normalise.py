"""The search normaliser unifies Arabic and Persian spellings, digits and case."""

from __future__ import annotations

import pytest

from coach.text.normalise import normalise, normalise_with_offsets


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("علي", "علی"),  # Arabic yeh vs Persian yeh
        ("كتاب", "کتاب"),  # Arabic kaf vs Persian keheh
        ("می‌شود", "میشود"),  # ZWNJ
        ("مُحَمَّد", "محمد"),  # harakat
        ("كتاباً", "کتابا"),  # tanween
        ("التـــسليم", "التسليم"),  # tatweel
        ("١٢٣٤", "1234"),  # Arabic-Indic digits
        ("۱۲۳۴", "1234"),  # Persian digits
        ("Delivery LATE", "delivery late"),
        ("Straße", "strasse"),
        ("أحمد", "احمد"),
        ("مدرسة", "مدرسه"),
    ],
)
def test_variants_normalise_alike(one: str, other: str) -> None:
    assert normalise(one) == normalise(other)


def test_white_space_collapses() -> None:
    assert normalise("  a \n\t b  ") == "a b"


def test_emoji_and_control_characters_survive() -> None:
    assert normalise("ok 😡") == "ok 😡"


def test_offsets_point_into_the_original() -> None:
    original = "السّلام عليكم"
    text, origin = normalise_with_offsets(original)
    start = text.index("علیکم")
    assert original[origin[start] :] == "عليكم"
    assert len(origin) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "  طلب رقم ١٢٣ (iPhone 13) تأخّر — السبب شركة الشحن ",
        "سفارش شماره ۱۲۳۴ دیر رسید؛ مشتری‌ها ناراضی‌اند\n\n",
        "Ｆｕｌｌｗｉｄｔｈ ﻻ ﷲ ALEF\u200fMARK",
    ],
)
def test_fast_and_offset_forms_agree(text: str) -> None:
    assert normalise(text) == normalise_with_offsets(text)[0]
