"""Customers as the customer page and the Listen stage need them: totals, signs by date, notes,
matches for what is typed, and two records of one person merged."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from decimal import Decimal
from typing import Any

from coach.complaints.domain import Customer
from coach.store import codec
from coach.store.database import Store
from coach.store.query import ComplaintQuery

SIGNS_KEY = "customer_signs"


@dataclasses.dataclass(frozen=True)
class CustomerTotals:
    """What a customer's complaints add up to."""

    complaints: int
    still_open: int
    cost: Decimal
    last_csat: int | None


def totals(store: Store, customer_id: int) -> CustomerTotals:
    """Counts, the cost of every remedy and the latest satisfaction score of ``customer_id``."""
    where, params = ComplaintQuery(customer_id=customer_id).where()
    count, still_open = store.read(
        f"SELECT count(*), coalesce(sum(c.status != 'closed'), 0) FROM complaints c WHERE {where}",
        params,
    )[0]
    costs = store.read(
        f"SELECT c.cost FROM complaints c WHERE {where} AND c.cost IS NOT NULL", params
    )
    last = store.read(
        f"SELECT c.csat FROM complaints c WHERE {where} AND c.csat IS NOT NULL "
        "ORDER BY coalesce(c.followed_up_at, c.created_at) DESC, c.id DESC LIMIT 1",
        params,
    )
    return CustomerTotals(
        int(count),
        int(still_open),
        sum((Decimal(row[0]) for row in costs), Decimal(0)),
        int(last[0][0]) if last else None,
    )


def signs_seen(store: Store, customer_id: int) -> list[tuple[datetime, list[str]]]:
    """When each of the customer's complaints was made and the warning signs ticked during it
    (only complaints with signs), oldest first."""
    where, params = ComplaintQuery(customer_id=customer_id).where()
    rows = store.read(
        f"SELECT c.created_at, c.checklist FROM complaints c WHERE {where} "
        f"AND c.checklist LIKE '%{SIGNS_KEY}%' ORDER BY c.created_at, c.id",
        params,
    )
    seen = []
    for created, checklist in rows:
        signs = json.loads(checklist or "{}").get(SIGNS_KEY, [])
        if signs:
            seen.append((codec.parse_datetime(created), list(signs)))
    return seen


def customer(store: Store, customer_id: int) -> Customer:
    """The stored customer; KeyError if there is none with this id."""
    columns = ", ".join(codec.CUSTOMER_COLUMNS)
    rows = store.read(f"SELECT {columns} FROM customers WHERE id = ?", [customer_id])
    if not rows:
        raise KeyError(customer_id)
    return codec.customer_from_row(dict(zip(codec.CUSTOMER_COLUMNS, rows[0], strict=True)))


def notes(store: Store, customer_id: int) -> str:
    """The owner's notes on the customer; KeyError if there is no such customer."""
    rows = store.read("SELECT notes FROM customers WHERE id = ?", [customer_id])
    if not rows:
        raise KeyError(customer_id)
    return str(rows[0][0] or "")


def set_notes(store: Store, customer_id: int, text: str) -> None:
    with store.transaction():
        found = store.db.execute("UPDATE customers SET notes = ? WHERE id = ?", [text, customer_id])
        if not found.rowcount:
            raise KeyError(customer_id)


def _fill_search_keys(store: Store) -> None:
    """Gives customers stored before search keys existed theirs (once; later saves keep them)."""
    missing = store.read(
        f"SELECT {', '.join(codec.CUSTOMER_COLUMNS)} FROM customers WHERE search_key IS NULL"
    )
    if not missing:
        return
    keys = [
        (
            codec.customer_search_key(
                codec.customer_from_row(dict(zip(codec.CUSTOMER_COLUMNS, row, strict=True)))
            ),
            row[0],
        )
        for row in missing
    ]
    with store.transaction():
        store.db.conn.executemany("UPDATE customers SET search_key = ? WHERE id = ?", keys)


def matching(store: Store, words: list[str], digits: str, limit: int) -> list[Customer]:
    """Customers whose normalised name, phone digits and e-mail hold every one of ``words``, or
    whose phone holds ``digits``; those with the most complaints first."""
    _fill_search_keys(store)
    clauses: list[str] = []
    params: list[Any] = []
    for word in words:
        clauses.append("u.search_key LIKE ? ESCAPE '\\'")
        params.append(f"%{_escaped(word)}%")
    if digits:
        clauses = [f"({' AND '.join(clauses) or '0'}) OR u.phone_key LIKE ? ESCAPE '\\'"]
        params.append(f"%{_escaped(digits)}%")
    if not clauses:
        return []
    columns = ", ".join(f"u.{name}" for name in codec.CUSTOMER_COLUMNS)
    rows = store.read(
        f"SELECT {columns} FROM customers u WHERE {' AND '.join(clauses)} "
        "ORDER BY (SELECT count(*) FROM complaints c WHERE c.customer_id = u.id) DESC, u.id "
        "LIMIT ?",
        [*params, limit],
    )
    return [
        codec.customer_from_row(dict(zip(codec.CUSTOMER_COLUMNS, row, strict=True))) for row in rows
    ]


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def merge(store: Store, keep_id: int, other_id: int) -> list[int]:
    """Moves every complaint of ``other_id`` to ``keep_id`` and removes ``other_id``, in one
    transaction; returns the ids of the complaints moved.

    Nothing is lost: an empty name, phone, e-mail or address of the kept customer takes the
    other's; the other's that differ are added to the kept customer's notes with its own notes;
    warning signs are joined. KeyError if either customer is missing, ValueError if they are one.
    """
    if keep_id == other_id:
        raise ValueError("A customer cannot be merged with itself.")
    with store.transaction():
        keep, other = customer(store, keep_id), customer(store, other_id)
        filled: dict[str, Any] = {}
        different: list[str] = []
        for name in codec.CONTACT_COLUMNS:
            mine, theirs = getattr(keep, name).strip(), getattr(other, name).strip()
            if theirs and not mine:
                filled[name] = theirs
            elif theirs and codec.customer_search_key(Customer(**{name: theirs})) != (
                codec.customer_search_key(Customer(**{name: mine}))
            ):
                different.append(theirs)
        merged = dataclasses.replace(
            keep, **filled, signs=sorted(set(keep.signs) | set(other.signs))
        )
        lines = [notes(store, keep_id), notes(store, other_id), " \u00b7 ".join(different)]
        store.db.execute(
            "UPDATE customers SET "
            + ", ".join(f"{name} = ?" for name in codec.customer_row(merged) if name != "id")
            + ", notes = ? WHERE id = ?",
            [
                *(v for k, v in codec.customer_row(merged).items() if k != "id"),
                "\n".join(line for line in lines if line.strip()),
                keep_id,
            ],
        )
        moved = [
            int(row[0])
            for row in store.db.execute(
                "SELECT id FROM complaints WHERE customer_id = ?", [other_id]
            ).fetchall()
        ]
        store.db.execute(
            "UPDATE complaints SET customer_id = ? WHERE customer_id = ?", [keep_id, other_id]
        )
        for complaint_id in moved:
            complaint = store.get(complaint_id)
            text = codec.complaint_row(complaint)["search_text"]
            store.db.execute(
                "UPDATE complaints SET search_text = ? WHERE id = ?", [text, complaint_id]
            )
        store.db.execute("DELETE FROM customers WHERE id = ?", [other_id])
    return moved
