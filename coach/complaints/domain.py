"""Complaints, customers and their timeline: plain values, no storage and no Qt."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from coach.complaints.fields import SEARCHABLE, spec


@dataclass
class Customer:
    """A person who complained; ``signs`` are the warning-sign keys the owner has ticked."""

    name: str = ""
    phone: str = ""
    email: str = ""
    signs: list[str] = field(default_factory=list)
    address: str = ""
    id: int | None = None


@dataclass
class Event:
    """One entry of a complaint's timeline."""

    kind: str
    at: datetime
    stage: str = ""
    detail: str = ""
    id: int | None = None


@dataclass
class Complaint:
    """One customer complaint, from the first words heard to the follow-up call."""

    created_at: datetime
    customer: Customer = field(default_factory=Customer)
    # listen
    order_ref: str = ""
    channel: str = ""
    product: str = ""
    description: str = ""
    key_points: str = ""
    mood: str = ""
    # clarify
    questions: str = ""
    what_went_wrong: str = ""
    staff_involved: str = ""
    root_cause: str = ""
    severity: str = ""
    handover: str = ""
    # apologise
    fault: str = ""
    apology: str = ""
    # resolve
    wanted_outcome: str = ""
    resolution: str = ""
    steps: str = ""
    cost: Decimal | None = None
    promised_by: date | None = None
    thanked: bool = False
    resolved_at: datetime | None = None
    # follow-up
    follow_up_due: date | None = None
    followed_up_at: date | None = None
    follow_up_result: str = ""
    csat: int | None = None
    ces: int | None = None
    nps: int | None = None
    lesson: str = ""
    # bookkeeping
    notes: str = ""
    stage: str = "listen"
    status: str = "draft"
    checklist: dict[str, list[str]] = field(default_factory=dict)
    updated_at: datetime | None = None
    id: int | None = None

    @property
    def next_date(self) -> date | None:
        """The date that matters next: the promise while unresolved, then the follow-up."""
        if self.status == "closed":
            return None
        if self.status == "awaiting_follow_up":
            return self.follow_up_due
        return self.promised_by

    def replace(self, **changes: object) -> Complaint:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


def field_value(complaint: Complaint, key: str) -> object:
    """The value of field ``key`` (a ``customer_`` key reads the complaint's customer)."""
    on_customer, attribute = _PLACES.get(key) or _place(key)
    return getattr(complaint.customer if on_customer else complaint, attribute)


_PLACES: dict[str, tuple[bool, str]] = {}


def _place(key: str) -> tuple[bool, str]:
    """Where field ``key`` is held (on the customer?, attribute), remembered: read per row."""
    found = spec(key)
    _PLACES[key] = (found.on_customer, found.attribute)
    return _PLACES[key]


def searchable_text(complaint: Complaint) -> str:
    """Everything a search should find a complaint by, before normalisation."""
    parts = [str(field_value(complaint, spec.key)) for spec in SEARCHABLE]
    return "\n".join(part for part in parts if part)
