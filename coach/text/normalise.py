"""Normalises Arabic, Persian and Latin text for searching and matching."""

from __future__ import annotations

import re
import unicodedata

_LETTERS = {
    "ي": "ی",
    "ى": "ی",
    "ئ": "ی",
    "ك": "ک",
    "ة": "ه",
    "ۀ": "ه",
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ؤ": "و",
}
_DIGITS = dict(zip("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789", strict=True))


def _dropped(ch: str) -> bool:
    code = ord(ch)
    return (
        0x064B <= code <= 0x065F  # harakat, tanween, shadda, sukun
        or code == 0x0670  # superscript alef
        or 0x06D6 <= code <= 0x06ED  # Quranic marks
        or code == 0x0640  # tatweel
        or 0x200B <= code <= 0x200F  # ZWSP, ZWNJ, ZWJ, LRM, RLM
        or 0x202A <= code <= 0x202E  # embeddings and overrides
        or 0x2066 <= code <= 0x2069  # isolates
        or code in (0xFEFF, 0x00AD)
    )


def normalise_with_offsets(text: str) -> tuple[str, list[int]]:
    """The normalised text and, for each of its characters, the index it came from in ``text``.

    Lets a match found in normalised text be reported at its place in the original.
    """
    out: list[str] = []
    origin: list[int] = []
    pending_space = False
    for index, raw in enumerate(text):
        for ch in unicodedata.normalize("NFKC", raw):
            if _dropped(ch):
                continue
            if ch.isspace():
                pending_space = bool(out)
                continue
            if pending_space:
                out.append(" ")
                origin.append(index)
                pending_space = False
            ch = _LETTERS.get(ch, ch)
            ch = _DIGITS.get(ch, ch)
            for folded in ch.casefold():
                out.append(folded)
                origin.append(index)
    return "".join(out), origin


_DROP = re.compile(
    "[\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]"
)
_PAIRS = tuple({**_LETTERS, **_DIGITS}.items())


def normalise(text: str) -> str:
    """A canonical form of ``text`` for matching (the same as ``normalise_with_offsets``, faster).

    Unifies Arabic and Persian letter variants (ي/ی, ك/ک, hamza seats, ta marbuta),
    strips harakat, tatweel, ZWNJ and direction marks, maps Arabic-Indic and Persian
    digits to Latin, case-folds and collapses white space.
    """
    text = unicodedata.normalize("NFKC", text)
    if not text.isascii():
        text = _DROP.sub("", text)
        for variant, letter in _PAIRS:
            if variant in text:
                text = text.replace(variant, letter)
    return " ".join(text.casefold().split())
