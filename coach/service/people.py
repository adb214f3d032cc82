"""Each customer's story, the owner's notes on them, the customers that match what is typed, and
two records of one person merged (no Qt). Reached as ``Coach.people``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from coach.complaints.domain import Customer
from coach.store import Store, people
from coach.store.codec import phone_key
from coach.text.normalise import normalise

SUGGESTED = 8


@dataclass(frozen=True)
class CustomerStory:
    """A customer with what their complaints add up to.

    ``signs`` maps each warning sign to the days of the complaints it was ticked in (an empty list
    for a sign kept on the customer without a complaint of its own).
    """

    customer: Customer
    notes: str
    complaints: int
    still_open: int
    cost: Decimal
    last_csat: int | None
    signs: dict[str, list[date]]


class People:
    """Customers of an open store; ``backup`` runs before a merge (a verified backup)."""

    def __init__(self, store: Store, backup: Callable[[], None]):
        self._store = store
        self._backup = backup

    def story(self, customer_id: int) -> CustomerStory:
        """The customer page's content; KeyError if there is no such customer."""
        customer = people.customer(self._store, customer_id)
        totals = people.totals(self._store, customer_id)
        signs: dict[str, list[date]] = {}
        for made, ticked in people.signs_seen(self._store, customer_id):
            for sign in ticked:
                days = signs.setdefault(sign, [])
                if made.date() not in days:
                    days.append(made.date())
        for sign in customer.signs:
            signs.setdefault(sign, [])
        return CustomerStory(
            customer,
            people.notes(self._store, customer_id),
            totals.complaints,
            totals.still_open,
            totals.cost,
            totals.last_csat,
            signs,
        )

    def set_notes(self, customer_id: int, text: str) -> None:
        """Keeps the owner's notes on the customer; KeyError if there is no such customer."""
        people.set_notes(self._store, customer_id, text.strip())

    def like(self, text: str, limit: int = SUGGESTED) -> list[Customer]:
        """Stored customers matching what is typed: every word in the name, phone or e-mail
        (normalised as the log search is), or the phone's digits in any script and spacing."""
        words = normalise(text).split()
        digits = phone_key(text) if not any(ch.isalpha() for ch in text) else ""
        if not words or len("".join(words)) < 2:
            return []
        return people.matching(self._store, words, digits, limit)

    def merge(self, keep_id: int, other_id: int) -> int:
        """Moves every complaint of ``other_id`` to ``keep_id`` after a verified backup, and
        removes ``other_id`` (its details and notes are kept on ``keep_id``); returns how many
        complaints moved. KeyError if either is missing, ValueError if they are the same."""
        if keep_id == other_id:
            raise ValueError("A customer cannot be merged with itself.")
        people.customer(self._store, keep_id)
        people.customer(self._store, other_id)
        self._backup()
        return len(people.merge(self._store, keep_id, other_id))
