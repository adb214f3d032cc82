"""Values as owners write them: vocabulary labels in any language, root causes by key or label,
amounts with a decimal comma, thousands separators or a currency."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation

from coach.complaints.vocabulary import CHOICES, ROOT_CAUSES, is_valid_cause_key
from coach.spreadsheet.reasons import NEGATIVE, NOT_AN_AMOUNT
from coach.text.languages import LANGUAGES
from coach.text.localise import to_latin_digits
from coach.text.normalise import normalise

_CURRENCY = re.compile(
    r"^(?:[$€£¥﷼]|(?:usd|eur|gbp|sar|aed|qar|kwd|bhd|omr|jod|egp|irr|irt|"
    r"ريال|ر\.س|د\.إ|دينار|درهم|جنيه|تومان|ریال)\.?)\s*|"
    r"\s*(?:[$€£¥﷼]|(?:usd|eur|gbp|sar|aed|qar|kwd|bhd|omr|jod|egp|irr|irt|"
    r"ريال|ر\.س|د\.إ|دينار|درهم|جنيه|تومان|ریال)\.?)$",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
_THOUSANDS = re.compile(r"[+-]?\d{1,3}(,\d{3})+")

_YES = frozenset(
    map(normalise, ("yes", "y", "true", "1", "x", "✓", "✔", "نعم", "بله", "آره", "بلی"))
)
_NO = frozenset(map(normalise, ("no", "n", "false", "0", "-", "لا", "خیر", "نه")))


def spelling(text: str) -> str:
    """What identifies a vocabulary value: its normalised text (case, letter variants, spaces)."""
    return normalise(text)


@functools.cache
def choice_spellings() -> dict[str, dict[str, str]]:
    """Per choice field, every accepted spelling and its key: the key, the key with spaces and
    its label in each language's playbook (the first language to use a spelling keeps it)."""
    from coach.playbooks import load_playbook

    books = [load_playbook(lang) for lang in LANGUAGES]
    found: dict[str, dict[str, str]] = {}
    for column, keys in CHOICES.items():
        spellings: dict[str, str] = {}
        for key in keys:
            spellings.setdefault(spelling(key), key)
            spellings.setdefault(spelling(key.replace("_", " ")), key)
        for book in books:
            for key in keys:
                spellings.setdefault(spelling(book.label(key, column)), key)
        found[column] = spellings
    return found


def cause_spellings(stored: Mapping[str, str]) -> dict[str, str]:
    """Every spelling of the root causes in ``stored`` (key -> the owner's label): the key, the
    key with spaces, the label in each playbook and the stored label."""
    from coach.playbooks import load_playbook

    found: dict[str, str] = {}
    for key in stored:
        found.setdefault(spelling(key), key)
        found.setdefault(spelling(key.replace("_", " ")), key)
    for lang in LANGUAGES:
        book = load_playbook(lang)
        for key in stored:
            if key in ROOT_CAUSES or key in book.root_causes_by_key:
                found.setdefault(spelling(book.cause_label(key)), key)
    for key, label in stored.items():
        if label:
            found.setdefault(spelling(label), key)
    return found


def new_cause_key(label: str, taken: Iterable[str]) -> str:
    """A root-cause key for an owner's label: the label in lower case with ``_`` when it is
    written in Latin letters ("Late pickup" -> late_pickup), else ``own_cause_N``."""
    used = set(taken)
    base = re.sub(r"[^a-z0-9]+", "_", label.strip().lower()).strip("_")[:50]
    readable = bool(base) and is_valid_cause_key(base) and base[0].isalpha()
    if readable and base not in used:
        return base
    stem = base if readable else "own_cause"
    return next(
        f"{stem}_{n}" for n in itertools.count(2 if readable else 1) if f"{stem}_{n}" not in used
    )


class AmountError(ValueError):
    """Why a value is not an amount: ``template`` is a coach.spreadsheet.reasons template."""

    def __init__(self, template: str):
        super().__init__(template)
        self.template = template


def parse_amount(text: str) -> Decimal | None:
    """The amount ``text`` holds (None when empty): Arabic/Persian digits, a decimal point or
    comma, thousands separators and a currency sign or code are accepted; AmountError else."""
    value = to_latin_digits(text.strip()).replace("\u066c", ",").replace("\u00a0", "")
    if not value:
        return None
    if not _NUMBER.fullmatch(value):
        value = _without_currency_and_separators(value)
        if not _NUMBER.fullmatch(value):
            raise AmountError(NOT_AN_AMOUNT)
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise AmountError(NOT_AN_AMOUNT) from None
    if amount < 0:
        raise AmountError(NEGATIVE)
    return amount


def _without_currency_and_separators(value: str) -> str:
    value = _CURRENCY.sub("", value).strip().replace(" ", "")
    if "," in value:
        if "." in value:
            if value.rfind(",") > value.rfind("."):
                return value.replace(".", "").replace(",", ".")
            return value.replace(",", "")
        if _THOUSANDS.fullmatch(value):
            return value.replace(",", "")
        return value.replace(",", ".")
    return value


def parse_flag(text: str) -> bool | None:
    """A yes/no cell in English, Arabic or Persian (empty is no); None when it is neither."""
    found = spelling(to_latin_digits(text.strip()))
    if not found or found in _NO:
        return False
    return True if found in _YES else None
