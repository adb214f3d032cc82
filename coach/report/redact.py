"""Hides personal data in the report: initials for names, masked phones and e-mails (no Qt)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from coach.complaints.domain import Complaint, field_value
from coach.complaints.fields import PERSONAL
from coach.text.normalise import normalise, normalise_with_offsets

MASK = "•"
KEPT_DIGITS = 2
MIN_PHONE_DIGITS = 7

_EMAIL = re.compile(r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
# A run of at least MIN_PHONE_DIGITS (7) digits in any script, with spaces, dots, dashes or brackets.
_PHONE = re.compile(r"(?<!\d)\+?\d(?:[ \u00a0.\-()/]{0,2}\d){6,}(?!\d)")
_DATE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}")


@functools.lru_cache(maxsize=4096)
def initials(name: str) -> str:
    """ "Sara Ahmed" -> "S. A.", "علی رضایی" -> "ع. ر." (the first letter of each word)."""
    letters = []
    for word in name.split():
        first = next((ch for ch in word if ch.isalpha()), "")
        if first:
            letters.append(first.upper() + ".")
    return " ".join(letters)


@functools.lru_cache(maxsize=4096)
def mask_phone(phone: str) -> str:
    """Every digit but the last two hidden, separators kept: "0791 234 567" -> "•••• ••• •67"."""
    positions = [i for i, ch in enumerate(phone) if ch.isdigit()]
    hidden = set(positions[:-KEPT_DIGITS] if len(positions) > KEPT_DIGITS else positions)
    return "".join(MASK if i in hidden else ch for i, ch in enumerate(phone))


@functools.lru_cache(maxsize=4096)
def mask_email(email: str) -> str:
    """The first letter and the top-level domain kept: "sara@shop.example.com" -> "s•••@•••.com"."""
    email = email.strip()
    if not email:
        return ""
    local, at, domain = email.partition("@")
    if not at:
        return email[0] + MASK * 3
    top = domain.rsplit(".", 1)[1] if "." in domain else ""
    return f"{local[:1]}{MASK * 3}@{MASK * 3}" + (f".{top}" if top else "")


def _mask_phone_match(match: re.Match[str]) -> str:
    text = match.group(0)
    return text if _DATE.fullmatch(text) else mask_phone(text)


@functools.lru_cache(maxsize=4096)
def mask_address(address: str) -> str:
    """Every letter and digit hidden, the shape kept: "12 Baker St" -> "•• ••••• ••"."""
    return "".join(MASK if ch.isalnum() else ch for ch in address.strip())


MASKS: dict[str, Callable[[str], str]] = {
    "name": initials,
    "phone": mask_phone,
    "email": mask_email,
    "address": mask_address,
}
"""How each kind of personal data (``FieldSpec.personal``) is hidden."""


def personal_values(complaint: Complaint, redact: bool) -> dict[str, str]:
    """Every personal field of the complaint (registry key -> text), masked when ``redact``."""
    values = {spec.key: str(field_value(complaint, spec.key)).strip() for spec in PERSONAL}
    if not redact:
        return values
    return {spec.key: MASKS[spec.personal](values[spec.key]) for spec in PERSONAL}


def spelled_out(complaint: Complaint) -> dict[str, str]:
    """Personal values a free text may repeat word for word (names, addresses), with their masks."""
    found: dict[str, str] = {}
    for spec in PERSONAL:
        value = str(field_value(complaint, spec.key)).strip()
        if value and spec.personal in ("name", "address"):
            found[value] = MASKS[spec.personal](value)
    return found


def redact_text(
    text: str, names: tuple[str, ...] = (), spelled: dict[str, str] | None = None
) -> str:
    """``text`` with e-mails and phone-like digit runs masked, each of ``names`` as initials and
    each key of ``spelled`` replaced by its value."""
    if "@" in text:
        text = _EMAIL.sub(lambda m: mask_email(m.group(0)), text)
    text = _PHONE.sub(_mask_phone_match, text)
    replacements = {name.strip(): initials(name.strip()) for name in names}
    replacements.update(spelled or {})
    for value, mask in replacements.items():
        if value and value in text:
            text = text.replace(value, mask)
    return text


_WORD = re.compile(r"\w+")
_PREFIXES = ("و", "ب", "ل", "ف", "ک")  # one-letter Arabic/Persian prefixes (normalised ک)
MIN_WORD = 2


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(normalise(text)) if len(w) >= MIN_WORD}


class Redactor:
    """Hides the personal data of every customer in ``complaints`` from any text: each word of
    any of their names (alone, in any case, with any Arabic/Persian letter variant, with a
    one-letter Arabic prefix such as و) becomes its initial, each word of their addresses is
    masked, and e-mails and phone numbers (any digits, any spacing) are masked wherever they are.
    An address's numbers and short words ("12", "St", "٣ب") are masked where they stand next to
    a longer word of the same address ("12 baker st"), and left alone elsewhere ("12 cakes").
    """

    def __init__(self, complaints: Iterable[Complaint], *, only_theirs: bool = False):
        """With ``only_theirs``, names become a mask rather than initials, and only these
        customers' own phones and e-mails are hidden (anonymising one customer)."""
        self.masks: dict[str, str] = {}
        self.only_theirs = only_theirs
        self.phones: set[str] = set()
        self.emails: set[str] = set()
        self.address_long: set[str] = set()
        self.address_short: set[str] = set()
        for complaint in complaints:
            for spec in PERSONAL:
                value = str(field_value(complaint, spec.key))
                if spec.personal == "phone" and _digits(value):
                    self.phones.add(_digits(value))
                elif spec.personal == "email" and value.strip():
                    self.emails.add(value.strip().casefold())
                if spec.personal == "name":
                    for word in _words(value):
                        self.masks.setdefault(word, MASK * 3 if only_theirs else "")
                elif spec.personal == "address":
                    for word in _WORD.findall(normalise(value)):
                        if any(ch.isalpha() for ch in word) and len(word) >= 3:
                            self.masks[word] = MASK * 3
                            self.address_long.add(word)
                        else:
                            self.address_short.add(word)

    def _mask_of(self, word: str) -> str | None:
        mask = self.masks.get(word)
        if mask is None and len(word) > 2 and word[0] in _PREFIXES:
            mask = self.masks.get(word[1:])
        return mask

    def text(self, text: str) -> str:
        """``text`` with every personal word, e-mail and phone number hidden."""
        if not text:
            return text
        text = self._theirs(text) if self.only_theirs else redact_text(text)
        normal, origin = normalise_with_offsets(text)
        spans: list[tuple[int, int, str]] = []
        words = list(_WORD.finditer(normal))
        for index, found in enumerate(words):
            mask = self._mask_of(found.group(0))
            if mask is None and self._in_address(normal, words, index):
                mask = MASK * 3
            if mask is None:
                continue
            start, end = origin[found.start()], origin[found.end() - 1] + 1
            original = text[start:end]
            spans.append((start, end, mask or initials(original) or MASK))
        for start, end, mask in reversed(spans):
            text = text[:start] + mask + text[end:]
        return text

    def _in_address(self, normal: str, words: list[re.Match[str]], index: int) -> bool:
        """True when words[index] is a short word or number of an address and its run of
        neighbouring address words (separated by at most a space and a comma) holds a longer
        word of an address."""
        if words[index].group(0) not in self.address_short:
            return False
        for step in (-1, 1):
            at = index
            while 0 <= at + step < len(words):
                left, right = sorted((words[at], words[at + step]), key=lambda m: m.start())
                if len(normal[left.end() : right.start()].strip(" ,.-/\u060c")) or (
                    right.start() - left.end() > 3
                ):
                    break
                at += step
                word = words[at].group(0)
                if word in self.address_long:
                    return True
                if word not in self.address_short:
                    break
        return False

    def _theirs(self, text: str) -> str:
        def phone(match: re.Match[str]) -> str:
            return MASK * 3 if _digits(match.group(0)) in self.phones else match.group(0)

        def email(match: re.Match[str]) -> str:
            return MASK * 3 if match.group(0).casefold() in self.emails else match.group(0)

        if "@" in text:
            text = _EMAIL.sub(email, text)
        return _PHONE.sub(phone, text)


def _digits(text: str) -> str:
    return "".join(ch for ch in normalise(text) if ch.isdigit())
