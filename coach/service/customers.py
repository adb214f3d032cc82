"""Who complained before: a customer's contact key and the warning signs of their other complaints."""

from __future__ import annotations

from dataclasses import dataclass, field

from coach.complaints.domain import Complaint, Customer
from coach.store import ComplaintQuery, Store
from coach.store.codec import phone_key

# Warning signs seen during one complaint, kept with that complaint's checklist ticks.
SIGNS_KEY = "customer_signs"
DECISION_AFTER = 2


def contact_key(customer: Customer) -> tuple[str, str]:
    """What identifies a customer: the digits of the phone and the e-mail, case-folded."""
    return phone_key(customer.phone), customer.email.strip().casefold()


def complaint_signs(complaint: Complaint) -> list[str]:
    """The warning signs the owner ticked during ``complaint``."""
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
