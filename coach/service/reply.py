"""The message to the customer, built from the complaint with a playbook's reply templates, and
the addresses that open it as an e-mail or a WhatsApp message (no Qt)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from urllib.parse import quote

from coach.complaints.domain import Complaint
from coach.playbooks import Playbook
from coach.playbooks.reply_words import REPLY_PARTS
from coach.text.localise import format_date, to_latin_digits

VALUES: tuple[str, ...] = ("name", "apology", "resolution", "steps", "date", "signature")
"""The values the templates use, in the order the composer asks for them."""
OPTIONAL: frozenset[str] = frozenset({"steps"})
"""Values whose part of the message is left out, rather than asked for, when they are empty."""
SUBJECT = "subject"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class ReplyValues:
    """What the message says about this complaint; ``signature`` is who signs it."""

    name: str = ""
    apology: str = ""
    resolution: str = ""
    steps: str = ""
    promised_by: date | None = None
    signature: str = ""

    @classmethod
    def of(cls, complaint: Complaint, signature: str = "") -> ReplyValues:
        """The complaint's name, apology, resolution, steps and promised date, signed ``signature``."""
        return cls(
            name=complaint.customer.name,
            apology=complaint.apology,
            resolution=complaint.resolution,
            steps=complaint.steps,
            promised_by=complaint.promised_by,
            signature=signature,
        )

    def with_value(self, name: str, value: str | date | None) -> ReplyValues:
        """A copy with value ``name`` (one of ``VALUES``; ``date`` is the promised date)."""
        if name == "date":
            return replace(self, promised_by=value if isinstance(value, date) else None)
        text: dict[str, str] = {name: value if isinstance(value, str) else ""}
        return replace(self, **text)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Reply:
    """A composed message: its e-mail subject, its text and the values it still needs (the parts
    that use them are left out of ``text`` until they are given)."""

    subject: str
    text: str
    missing: tuple[str, ...]


def compose(book: Playbook, values: ReplyValues, calendar: str, digits: str) -> Reply:
    """The message in ``book``'s language, its promised date written in ``calendar`` and ``digits``."""
    given = {
        "name": values.name.strip(),
        "apology": values.apology.strip(),
        "resolution": values.resolution.strip(),
        "steps": values.steps.strip(),
        "date": format_date(values.promised_by, calendar, digits, month_names=book.month_names),
        "signature": values.signature.strip(),
    }
    paragraphs: list[str] = []
    missing: list[str] = []
    for part in REPLY_PARTS:
        if part == SUBJECT:
            continue
        template = book.reply_template(part)
        empty = [name for name in _PLACEHOLDER.findall(template) if not given.get(name)]
        if not empty:
            paragraphs.append(_fill(template, given))
        missing.extend(name for name in empty if name not in OPTIONAL and name not in missing)
    subject = _fill(book.reply_template(SUBJECT), given)
    ordered = tuple(name for name in VALUES if name in missing)
    return Reply(subject, "\n\n".join(p for p in paragraphs if p.strip()), ordered)


def _fill(template: str, given: dict[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda match: given.get(match.group(1), ""), template).strip()


def mailto_url(address: str, subject: str, body: str) -> str:
    """A ``mailto:`` address that opens a new e-mail to ``address`` with ``subject`` and ``body``
    (percent-encoded, lines ending in CRLF as RFC 6068 asks); no address lets the owner pick one."""
    lines = body.replace("\r\n", "\n").replace("\n", "\r\n")
    to = quote(address.strip(), safe="@")
    return f"mailto:{to}?subject={quote(subject, safe='')}&body={quote(lines, safe='')}"


def phone_digits(phone: str) -> str:
    """The phone number as WhatsApp links want it: digits only, in Latin, without the leading
    ``+`` or ``00`` of an international number."""
    latin = to_latin_digits(phone).strip()
    digits = re.sub(r"[^0-9]", "", latin)
    if latin.startswith("00"):
        digits = digits[2:]
    return digits


def needs_country_code(phone: str) -> bool:
    """True for a number written the local way (starting with one 0): WhatsApp cannot find it."""
    digits = phone_digits(phone)
    latin = to_latin_digits(phone).strip()
    return bool(digits) and digits.startswith("0") and not latin.startswith(("+", "00"))


def whatsapp_url(phone: str, text: str) -> str:
    """A ``https://wa.me/<digits>?text=`` address that opens WhatsApp with ``text`` ready to send
    to ``phone`` (no number lets the owner choose the chat)."""
    return f"https://wa.me/{phone_digits(phone)}?text={quote(text, safe='')}"
