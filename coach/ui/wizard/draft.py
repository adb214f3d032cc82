"""The complaint as last written, and how the wizard's next write links it to its customer (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from coach.complaints.domain import Complaint, Customer, Event
from coach.complaints.fields import CUSTOMER_FIELDS
from coach.complaints.vocabulary import STAGES
from coach.store import ComplaintQuery, Store
from coach.store.codec import phone_key

# Warning signs seen during one complaint, kept with that complaint's checklist ticks.
SIGNS_KEY = "customer_signs"
DECISION_AFTER = 2


def contact_key(customer: Customer) -> tuple[str, str]:
    """What identifies a customer: the digits of the phone and the e-mail, case-folded."""
    return phone_key(customer.phone), customer.email.strip().casefold()


def matching_customer_id(store: Store, customer: Customer) -> int | None:
    """The stored customer with this phone (digits) or else this e-mail, if any."""
    return store.customer_id_for(customer.phone, customer.email)


def complaint_signs(complaint: Complaint) -> list[str]:
    return list(complaint.checklist.get(SIGNS_KEY, []))


@dataclass(frozen=True)
class CustomerHistory:
    """Signs the customer showed in *other* complaints and how many of those had any."""

    customer_id: int | None = None
    signs: frozenset[str] = field(default_factory=frozenset)
    complaints_with_signs: int = 0

    @property
    def needs_decision(self) -> bool:
        return self.complaints_with_signs >= DECISION_AFTER


def customer_history(
    store: Store, customer_id: int | None, complaint: Complaint
) -> CustomerHistory:
    """The history of ``customer_id`` apart from ``complaint`` (its signs are the owner's to change)."""
    if customer_id is None:
        return CustomerHistory()
    others = [
        c for c in store.find(ComplaintQuery(customer_id=customer_id)) if c.id != complaint.id
    ]
    seen = [set(complaint_signs(c)) for c in others]
    own = set(complaint_signs(complaint)) if complaint.customer.id == customer_id else set()
    stored = set(store.get_customer(customer_id).signs)
    signs = (stored - own).union(*seen)
    return CustomerHistory(customer_id, frozenset(signs), sum(1 for s in seen if s))


class Draft:
    """Builds the complaint from what the screen holds and writes it, keeping the customer linked.

    A new customer typed by name first is stored at once; when a phone or e-mail typed later
    belongs to a customer already stored, the complaint moves to that customer (and their signs).
    """

    def __init__(self, store: Store, complaint: Complaint):
        self.store = store
        self.complaint = complaint
        self.saved_contact = contact_key(complaint.customer)
        self.history = customer_history(store, complaint.customer.id, complaint)

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
            match = matching_customer_id(self.store, customer)
            if match is not None and match != customer.id:
                customer = replace(customer, id=match)
        if customer.id != self.history.customer_id:
            self.history = customer_history(self.store, customer.id, complaint)
            own = complaint_signs(complaint)
            customer = replace(customer, signs=self.customer_signs(customer.id, own))
        return complaint.replace(customer=customer)

    def write(self, complaint: Complaint, events: list[Event], now: datetime) -> Complaint:
        """Stores ``complaint`` with ``events`` (a new one also gets its "created" event)."""
        complaint = self._linked(complaint).replace(updated_at=now)
        events = list(events)
        if complaint.id is None:
            events.insert(0, Event("created", complaint.created_at, STAGES[0]))
        saved = self.store.save(complaint, events)
        self.complaint = saved
        self.saved_contact = contact_key(saved.customer)
        if saved.customer.id != self.history.customer_id:
            self.history = customer_history(self.store, saved.customer.id, saved)
        return saved
