"""Turns complaints into database rows and back, keeping real types (Decimal, date, datetime)."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from coach.complaints.domain import Complaint, Customer, Event, searchable_text
from coach.text.normalise import normalise

_TEXT = (
    "stage",
    "status",
    "order_ref",
    "channel",
    "product",
    "description",
    "key_points",
    "mood",
    "questions",
    "what_went_wrong",
    "staff_involved",
    "root_cause",
    "severity",
    "handover",
    "fault",
    "apology",
    "wanted_outcome",
    "resolution",
    "steps",
    "follow_up_result",
    "lesson",
    "notes",
)
_DATES = ("promised_by", "follow_up_due", "followed_up_at")
_DATETIMES = ("resolved_at",)
_SCORES = ("csat", "ces", "nps")


def format_datetime(value: datetime) -> str:
    return value.isoformat(timespec="seconds")


def parse_datetime(text: str) -> datetime:
    return datetime.fromisoformat(text)


def complaint_row(complaint: Complaint) -> dict[str, Any]:
    row: dict[str, Any] = {name: getattr(complaint, name) for name in _TEXT}
    row["created_at"] = format_datetime(complaint.created_at)
    row["updated_at"] = format_datetime(complaint.updated_at) if complaint.updated_at else None
    for name in _DATES:
        value = getattr(complaint, name)
        row[name] = value.isoformat() if value else None
    row["resolved_at"] = format_datetime(complaint.resolved_at) if complaint.resolved_at else None
    for name in _SCORES:
        row[name] = getattr(complaint, name)
    row["cost"] = str(complaint.cost) if complaint.cost is not None else None
    row["thanked"] = int(complaint.thanked)
    row["checklist"] = json.dumps(complaint.checklist, ensure_ascii=False, sort_keys=True)
    row["customer_id"] = complaint.customer.id
    row["search_text"] = normalise(searchable_text(complaint))
    if complaint.id is not None:
        row["id"] = complaint.id
    return row


def complaint_from_row(row: dict[str, Any], customer: Customer) -> Complaint:
    values: dict[str, Any] = {name: row[name] or "" for name in _TEXT}
    for name in _DATES:
        values[name] = date.fromisoformat(row[name]) if row[name] else None
    for name in _DATETIMES:
        values[name] = parse_datetime(row[name]) if row[name] else None
    for name in _SCORES:
        values[name] = row[name]
    return Complaint(
        created_at=parse_datetime(row["created_at"]),
        updated_at=parse_datetime(row["updated_at"]) if row["updated_at"] else None,
        customer=customer,
        cost=Decimal(row["cost"]) if row["cost"] is not None else None,
        thanked=bool(row["thanked"]),
        checklist=json.loads(row["checklist"] or "{}"),
        id=row["id"],
        **values,
    )


def customer_row(customer: Customer) -> dict[str, Any]:
    row: dict[str, Any] = {
        "name": customer.name,
        "phone": customer.phone,
        "email": customer.email,
        "signs": json.dumps(customer.signs, ensure_ascii=False),
        "phone_key": phone_key(customer.phone),
    }
    if customer.id is not None:
        row["id"] = customer.id
    return row


def customer_from_row(row: dict[str, Any]) -> Customer:
    return Customer(
        name=row["name"] or "",
        phone=row["phone"] or "",
        email=row["email"] or "",
        signs=json.loads(row["signs"] or "[]"),
        id=row["id"],
    )


def phone_key(phone: str) -> str:
    """The digits of a phone number (any script), so 0791 234 567 and ٠٧٩١٢٣٤٥٦٧ match."""
    return "".join(ch for ch in normalise(phone) if ch.isdigit())


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
