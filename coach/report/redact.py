"""Hides personal data in the report: initials for names, masked phones and e-mails (no Qt)."""

from __future__ import annotations

import functools
import re

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


def redact_text(text: str, names: tuple[str, ...] = ()) -> str:
    """``text`` with e-mails and phone-like digit runs masked and each of ``names`` as initials."""
    if "@" in text:
        text = _EMAIL.sub(lambda m: mask_email(m.group(0)), text)
    text = _PHONE.sub(_mask_phone_match, text)
    for name in names:
        name = name.strip()
        if name and name in text:
            text = text.replace(name, initials(name))
    return text
