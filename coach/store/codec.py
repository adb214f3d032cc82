"""Turns complaints into database rows and back, keeping real types (Decimal, date, datetime)."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from coach.complaints.domain import Complaint, Customer, Event, searchable_text
from coach.complaints.fields import COMPLAINT_FIELDS, CUSTOMER_FIELDS, FieldSpec
from coach.text.normalise import normalise

_STORED = tuple(
    spec for spec in COMPLAINT_FIELDS if spec.kind != "moment" or spec.key != "created_at"
)
_TEXT_KINDS = frozenset({"line", "email", "text", "choice", "cause"})
BOOKKEEPING_COLUMNS: tuple[str, ...] = ("id", "customer_id", "created_at", "updated_at", "stage")
COMPLAINT_COLUMNS: tuple[str, ...] = (
    *BOOKKEEPING_COLUMNS,
    *(spec.key for spec in _STORED),
    "checklist",
)
"""The complaints table's live columns, read and written (``search_text`` is written only)."""
CONTACT_COLUMNS: tuple[str, ...] = tuple(spec.attribute for spec in CUSTOMER_FIELDS)
"""The customer's own columns (name, phone, e-mail, address), as the field registry lists them."""
CUSTOMER_COLUMNS: tuple[str, ...] = ("id", "signs", *CONTACT_COLUMNS)


def format_datetime(value: datetime) -> str:
    return value.isoformat(timespec="seconds")


def parse_datetime(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _to_column(spec: FieldSpec, value: Any) -> Any:
    if value is None:
        return None
    if spec.kind == "date":
        return value.isoformat()
    if spec.kind == "moment":
        return format_datetime(value)
    if spec.kind == "money":
        return str(value)
    if spec.kind == "flag":
        return int(value)
    return value


def _from_column(spec: FieldSpec, value: Any) -> Any:
    if spec.kind in _TEXT_KINDS:
        return value or ""
    if value is None or value == "":
        return False if spec.kind == "flag" else None
    if spec.kind == "date":
        return date.fromisoformat(value)
    if spec.kind == "moment":
        return parse_datetime(value)
    if spec.kind == "money":
        return Decimal(value)
    if spec.kind == "flag":
        return bool(value)
    return value


def complaint_row(complaint: Complaint) -> dict[str, Any]:
    row: dict[str, Any] = {
        spec.key: _to_column(spec, getattr(complaint, spec.key)) for spec in _STORED
    }
    row["stage"] = complaint.stage
    row["created_at"] = format_datetime(complaint.created_at)
    row["updated_at"] = format_datetime(complaint.updated_at) if complaint.updated_at else None
    row["checklist"] = json.dumps(complaint.checklist, ensure_ascii=False, sort_keys=True)
    row["customer_id"] = complaint.customer.id
    row["search_text"] = normalise(searchable_text(complaint))
    if complaint.id is not None:
        row["id"] = complaint.id
    return row


def complaint_from_row(row: dict[str, Any], customer: Customer) -> Complaint:
    values: dict[str, Any] = {spec.key: _from_column(spec, row[spec.key]) for spec in _STORED}
    return Complaint(
        created_at=parse_datetime(row["created_at"]),
        updated_at=parse_datetime(row["updated_at"]) if row["updated_at"] else None,
        stage=row["stage"] or "",
        customer=customer,
        checklist=json.loads(row["checklist"] or "{}"),
        id=row["id"],
        **values,
    )


def customer_row(customer: Customer) -> dict[str, Any]:
    row: dict[str, Any] = {
        spec.attribute: getattr(customer, spec.attribute) for spec in CUSTOMER_FIELDS
    }
    row["signs"] = json.dumps(customer.signs, ensure_ascii=False) if customer.signs else "[]"
    row["phone_key"] = phone_key(customer.phone)
    row["search_key"] = customer_search_key(customer)
    if customer.id is not None:
        row["id"] = customer.id
    return row


def customer_from_row(row: dict[str, Any]) -> Customer:
    values = {spec.attribute: row[spec.attribute] or "" for spec in CUSTOMER_FIELDS}
    return Customer(signs=json.loads(row["signs"] or "[]"), id=row["id"], **values)


def customer_search_key(customer: Customer) -> str:
    """The customer's name, phone digits and e-mail, normalised as the log search normalises."""
    parts = (customer.name, phone_key(customer.phone), customer.email)
    return normalise(" ".join(part for part in parts if part.strip()))


def phone_key(phone: str) -> str:
    """The digits of a phone number (any script), so 0791 234 567 and ٠٧٩١٢٣٤٥٦٧ match."""
    if phone.isascii():
        return _NOT_DIGIT.sub("", phone)
    return "".join(ch for ch in normalise(phone) if ch.isdigit())


_NOT_DIGIT = re.compile("[^0-9]")


def event_row(complaint_id: int, event: Event) -> dict[str, Any]:
    return {
        "complaint_id": complaint_id,
        "kind": event.kind,
        "at": format_datetime(event.at),
        "stage": event.stage,
        "detail": event.detail,
    }


def event_from_row(row: dict[str, Any]) -> Event:
    return Event(
        kind=row["kind"],
        at=parse_datetime(row["at"]),
        stage=row["stage"] or "",
        detail=row["detail"] or "",
        id=row["id"],
    )
