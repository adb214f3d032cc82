"""The complaint as last written, and how the wizard's next write links it to its customer (no Qt)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from coach.complaints.domain import Complaint, Customer, Event
from coach.complaints.fields import CUSTOMER_FIELDS
from coach.complaints.vocabulary import STAGES
from coach.service import Coach
from coach.service.customers import SIGNS_KEY, complaint_signs, contact_key

__all__ = ["Draft", "complaint_signs"]


class Draft:
    """Builds the complaint from what the screen holds and writes it, keeping the customer linked.

    A new customer typed by name first is stored at once; when a phone or e-mail typed later
    belongs to a customer already stored, the complaint moves to that customer (and their signs).
    """

    def __init__(self, coach: Coach, complaint: Complaint):
        self.coach = coach
        self.complaint = complaint
        self.saved_contact = contact_key(complaint.customer)
        self.history = coach.customer_history(complaint.customer.id, complaint)

    def compose(
        self, values: dict[str, object], ticks: dict[str, list[str]], signs: list[str]
    ) -> Complaint:
        """The stored complaint with the fields (field registry keys), ticks and signs given."""
        values = dict(values)
        base = self.complaint
        contact: dict[str, Any] = {
            spec.attribute: str(values.pop(spec.key)) for spec in CUSTOMER_FIELDS
        }
        customer_id = base.customer.id
        customer = Customer(
            signs=self.customer_signs(customer_id, signs), id=customer_id, **contact
        )
        kept = {k: v for k, v in base.checklist.items() if k not in STAGES and k != SIGNS_KEY}
        checklist = {**kept, **ticks}
        if signs:
            checklist[SIGNS_KEY] = sorted(signs)
        return base.replace(customer=customer, checklist=checklist, **values)

    def customer_signs(self, customer_id: int | None, signs: list[str]) -> list[str]:
        if customer_id is None or customer_id != self.history.customer_id:
            return sorted(signs)
        return sorted(self.history.signs | set(signs))

    def _linked(self, complaint: Complaint) -> Complaint:
        customer = complaint.customer
        key = contact_key(customer)
        if customer.id is not None and any(key) and key != self.saved_contact:
            match = self.coach.customer_id_for(customer.phone, customer.email)
            if match is not None and match != customer.id:
                customer = replace(customer, id=match)
        if customer.id != self.history.customer_id:
            self.history = self.coach.customer_history(customer.id, complaint)
            own = complaint_signs(complaint)
            customer = replace(customer, signs=self.customer_signs(customer.id, own))
        return complaint.replace(customer=customer)

    def write(self, complaint: Complaint, events: list[Event], now: datetime) -> Complaint:
        """Stores ``complaint`` with ``events`` (a new one also gets its "created" event)."""
        saved = self.coach.save(self._linked(complaint), events, now)
        self.complaint = saved
        self.saved_contact = contact_key(saved.customer)
        if saved.customer.id != self.history.customer_id:
            self.history = self.coach.customer_history(saved.customer.id, saved)
        return saved
