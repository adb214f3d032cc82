"""A new complaint and a new customer as rows of their tables, built faster than
``codec.complaint_row`` and ``codec.customer_row`` (the same values; tests/store/test_bulk.py
compares them) for adding many at once."""

from __future__ import annotations

import functools
import json
from operator import attrgetter
from typing import Any

from coach.complaints.domain import Complaint, Customer
from coach.complaints.fields import COMPLAINT_FIELDS, CUSTOMER_FIELDS, SEARCHABLE
from coach.store import codec
from coach.text.normalise import normalise

_phone_key = functools.lru_cache(maxsize=65536)(codec.phone_key)
_STORED = tuple(
    spec for spec in COMPLAINT_FIELDS if spec.kind != "moment" or spec.key != "created_at"
)
_SPECIAL = ("date", "moment", "money", "flag")
_PLAIN = tuple(spec.key for spec in _STORED if spec.kind not in _SPECIAL)
_DAYS = tuple(spec.key for spec in _STORED if spec.kind == "date")
_MOMENTS = tuple(spec.key for spec in _STORED if spec.kind == "moment")
_MONEY = tuple(spec.key for spec in _STORED if spec.kind == "money")
_FLAGS = tuple(spec.key for spec in _STORED if spec.kind == "flag")
ROW_COLUMNS: tuple[str, ...] = (
    "id",
    "customer_id",
    "created_at",
    "updated_at",
    "stage",
    "checklist",
    "search_text",
    *_PLAIN,
    *_DAYS,
    *_MOMENTS,
    *_MONEY,
    *_FLAGS,
)
"""The columns ``complaint_values`` gives, in its order (the same values as codec.complaint_row)."""
_plain = attrgetter(*_PLAIN)
_days = attrgetter(*_DAYS)
_searched = attrgetter(
    *(f"customer.{spec.attribute}" if spec.on_customer else spec.key for spec in SEARCHABLE)
)


def complaint_values(
    complaint: Complaint, complaint_id: int, customer_id: int | None, updated_at: str
) -> list[Any]:
    """A new complaint's row in ``ROW_COLUMNS`` order."""
    checklist = complaint.checklist
    row: list[Any] = [
        complaint_id,
        customer_id,
        codec.format_datetime(complaint.created_at),
        updated_at,
        complaint.stage,
        json.dumps(checklist, ensure_ascii=False, sort_keys=True) if checklist else "{}",
        normalise("\n".join(map(str, filter(None, _searched(complaint))))),
        *_plain(complaint),
    ]
    row += [None if day is None else day.isoformat() for day in _days(complaint)]
    for name in _MOMENTS:
        moment = getattr(complaint, name)
        row.append(None if moment is None else codec.format_datetime(moment))
    for name in _MONEY:
        amount = getattr(complaint, name)
        row.append(None if amount is None else str(amount))
    row.extend(int(getattr(complaint, name)) for name in _FLAGS)
    return row


def phone_digits(phone: str) -> str:
    """``codec.phone_key`` of ``phone``, remembered for text in other scripts."""
    return codec.phone_key(phone) if phone.isascii() else _phone_key(phone)


CUSTOMER_ROW_COLUMNS: tuple[str, ...] = (
    "id",
    *(spec.attribute for spec in CUSTOMER_FIELDS),
    "signs",
    "phone_key",
    "search_key",
)
"""The columns ``customer_values`` gives, in its order (the same values as codec.customer_row)."""
_contact = attrgetter(*(spec.attribute for spec in CUSTOMER_FIELDS))


def customer_values(customer: Customer) -> list[Any]:
    """A customer's row in ``CUSTOMER_ROW_COLUMNS`` order."""
    digits = phone_digits(customer.phone)
    signs = customer.signs
    parts = (customer.name, digits, customer.email)
    return [
        customer.id,
        *_contact(customer),
        json.dumps(signs, ensure_ascii=False) if signs else "[]",
        digits,
        normalise(" ".join([part for part in parts if part.strip()])),
    ]
