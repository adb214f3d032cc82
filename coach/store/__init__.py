"""The local SQLite store (no Qt)."""

from coach.store.database import Store
from coach.store.query import ComplaintQuery

__all__ = ["ComplaintQuery", "Store"]
