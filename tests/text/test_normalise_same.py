"""The fast normaliser gives exactly what the character-by-character one gives (search and the
stored search text depend on it), on many mixed texts."""

from __future__ import annotations

import random

from coach.text.normalise import _DIGITS, _LETTERS, normalise, normalise_with_offsets

_ALPHABET = (
    "abcXYZ ß İ 0123 \n\t\u00a0\u3000"
    + "".join(_LETTERS)
    + "".join(_LETTERS.values())
    + "".join(_DIGITS)
    + "سلام مشتری عربي"
    + "\u064b\u0651\u0670\u06d6\u0640\u200c\u200f\u202b\u2067\ufeff\u00ad"
    + "ﻻﷲＡ①ﭏ😡"
)


def test_fast_form_matches_the_offset_form_on_random_texts() -> None:
    chance = random.Random(12)
    for _ in range(3000):
        text = "".join(chance.choices(_ALPHABET, k=chance.randint(0, 60)))
        assert normalise(text) == normalise_with_offsets(text)[0], repr(text)
