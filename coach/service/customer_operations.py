"""What the Coach service does with customers: the list, one customer, their warning signs and
history, their evidence files and the customer page (no Qt)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from coach.complaints.domain import Complaint, Customer

if TYPE_CHECKING:  # evidence, customers and people load on first use, not at start
    from coach.service.attachments import Evidence
    from coach.service.customers import CustomerHistory
    from coach.service.people import People
    from coach.store import Store


class CustomerOperations:
    """The customer half of ``coach.service.Coach``, which supplies ``_store`` and
    ``backup_before``."""

    _store: Store

    def backup_before(self, reason: str) -> None:
        raise NotImplementedError

    def customers(self) -> list[Customer]:
        return self._store.customers()

    def customer(self, customer_id: int) -> Customer:
        return self._store.get_customer(customer_id)

    def customer_id_for(self, phone: str, email: str) -> int | None:
        """The stored customer with this phone (any digits, any spacing), else this e-mail."""
        return self._store.customer_id_for(phone, email)

    def customer_history(self, customer_id: int | None, complaint: Complaint) -> CustomerHistory:
        """The warning signs ``customer_id`` showed in complaints other than ``complaint``."""
        from coach.service.customers import customer_history

        return customer_history(self._store, customer_id, complaint)

    def set_customer_signs(self, customer_id: int, signs: Iterable[str]) -> None:
        self._store.set_customer_signs(customer_id, signs)

    @property
    def evidence(self) -> Evidence:
        """The photos, receipts, screenshots and PDFs kept with complaints."""
        from coach.service.attachments import Evidence

        return Evidence(self._store)

    @property
    def people(self) -> People:
        """The customer page, customers offered while typing, and merging (a backup first)."""
        from coach.service.people import People

        return People(self._store, lambda: self.backup_before("merge"))
