"""Adding many new complaints fast (an import): one transaction, rows written in batches of
multi-row statements on a second thread while the caller reads the next rows, customers matched
in memory, the search index filled batch by batch, and the fingerprints of what is stored."""

from __future__ import annotations

import contextlib
import queue
import sqlite3
import sys
import threading
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any

from coach.complaints.domain import Complaint, Customer, Event
from coach.store import codec
from coach.store.database import Store
from coach.store.rows import (
    CUSTOMER_ROW_COLUMNS,
    ROW_COLUMNS,
    complaint_values,
    customer_values,
    phone_digits,
)

_EVENT_COLUMNS = ("complaint_id", "kind", "at", "stage", "detail")
_MAX_VARIABLES = 32_000
"""Values bound to one statement at most (SQLite's own limit, 32,766 since 3.32, when lower)."""
_INDEX = (
    "INSERT INTO complaints_fts(rowid, search_text) "
    "SELECT id, search_text FROM complaints WHERE id BETWEEN ? AND ?"
)
_AUTOMERGE = "INSERT INTO complaints_fts(complaints_fts, rank) VALUES('automerge', ?)"
_TRIGGER = "complaints_fts_insert"
_DEFAULT_AUTOMERGE = 4
SWITCH_SECONDS = 0.0002
"""Python's thread switch interval while importing (default 5 ms): the writing thread gets
Python's lock back soon after each SQLite statement instead of waiting out the reading thread's
5 ms turn (with multi-row statements, 100,000 rows: 14.4 s → 11.0 s, docs/benchmarks.md)."""
QUEUED = 1
"""Full batches waiting for the writing thread at most: it is the slower side, so a longer queue
only holds more rows in memory (3 instead of 1: 11 MB more, no faster; docs/benchmarks.md)."""
CACHE_KIB = 32 * 1024
"""SQLite's page cache while importing (the default 2 MiB makes the indexes spill to disk)."""


def stored_fingerprints(store: Store) -> set[int]:
    """What ``complaint_fingerprint`` gives for every stored complaint (one for each way its
    customer may be recognised: phone digits, e-mail, name), bin included."""
    cursor = store.conn.execute(
        "SELECT c.created_at, c.description, coalesce(u.name, ''), coalesce(u.phone_key, ''), "
        "coalesce(u.email, '') FROM complaints c LEFT JOIN customers u ON u.id = c.customer_id"
    )
    found: set[int] = set()
    while rows := cursor.fetchmany(5000):
        for made, text, name, phone, email in rows:
            key = (made, text.strip())
            if phone:
                found.add(hash((*key, f"p:{phone}")))
            if email.strip():
                found.add(hash((*key, f"e:{email.strip().casefold()}")))
            found.add(hash((*key, f"n:{name.strip().casefold()}")))
    return found


def complaint_fingerprint(complaint: Complaint) -> int:
    """What makes a complaint the same as one stored: the moment it was made (to the second),
    its description (spaces at the ends aside) and its customer (phone digits, else e-mail,
    else name)."""
    customer = complaint.customer
    phone = phone_digits(customer.phone)
    if phone:
        who = f"p:{phone}"
    elif customer.email.strip():
        who = f"e:{customer.email.strip().casefold()}"
    else:
        who = f"n:{customer.name.strip().casefold()}"
    made = codec.format_datetime(complaint.created_at)
    return hash((made, complaint.description.strip(), who))


@contextlib.contextmanager
def bulk_import(store: Store, batch: int = 2000) -> Iterator[BulkWriter]:
    """One transaction for adding many new complaints: all of them are stored or none (an
    exception rolls everything back). Merging the search index is paused while it is filled."""
    with store.transaction():
        conn = store.conn
        found = "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"
        create = conn.execute(found, [_TRIGGER]).fetchone()[0]
        conn.execute(f"DROP TRIGGER {_TRIGGER}")
        conn.execute(_AUTOMERGE, [0])
        cache = conn.execute("PRAGMA cache_size").fetchone()[0]
        conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
        switch = sys.getswitchinterval()
        sys.setswitchinterval(SWITCH_SECONDS)
        writer = BulkWriter(store, batch)
        try:
            yield writer
            if not writer.finished:
                writer.finish()
        finally:
            writer.stop()
            sys.setswitchinterval(switch)
            conn.execute(f"PRAGMA cache_size = {int(cache)}")
        conn.execute(_AUTOMERGE, [_DEFAULT_AUTOMERGE])
        conn.execute(create)


class BulkWriter:
    """Queues new complaints with their customers and timelines; a second thread writes each
    full batch (SQLite does its work without holding Python's lock, so reading the next rows
    goes on meanwhile). A customer is matched by phone (its digits), else e-mail, as
    ``Store.save`` does, and the last row for a customer sets their details."""

    def __init__(self, store: Store, batch: int = 2000, now: datetime | None = None):
        self.store = store
        self.conn = store.conn
        self.batch = batch
        self.now = codec.format_datetime((now or datetime.now()).replace(microsecond=0))
        self.next_id = self._max("complaints") + 1
        self.first_id = self.next_id
        self.next_customer = self._max("customers") + 1
        self.complaints: list[Any] = []
        """The pending complaints' rows, one after the other (``ROW_COLUMNS`` values each)."""
        self.events: list[Any] = []
        self.pending = 0
        self.new_customers: dict[int, Customer] = {}
        self.changed: dict[int, Customer] = {}
        self.by_key: dict[str, Customer] = {}
        self.phone_ids: dict[str, int] = {}
        self.email_ids: dict[str, int] = {}
        for customer_id, phone, email in self.conn.execute(
            "SELECT id, phone_key, lower(email) FROM customers ORDER BY id"
        ):
            if phone:
                self.phone_ids.setdefault(phone, customer_id)
            if email:
                self.email_ids.setdefault(email, customer_id)
        self.added = 0
        self.finished = False
        self.variables = min(
            _MAX_VARIABLES, self.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        )
        self._reading: contextlib.AbstractContextManager[Store] | None = None
        self._reader: Store | None = None
        self._batches: queue.Queue[tuple[Any, ...] | None] = queue.Queue(maxsize=QUEUED)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._write, name="bulk-writer", daemon=True)
        self._thread.start()

    def _max(self, table: str) -> int:
        return int(self.conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0])

    def add(self, complaint: Complaint, events: Sequence[Event]) -> int:
        """Queues ``complaint`` (new, without an id) and its events; returns its id."""
        complaint_id = self.next_id
        self.next_id += 1
        customer = self._customer(complaint.customer)
        self.complaints += complaint_values(complaint, complaint_id, customer.id, self.now)
        for event in events:
            self.events += (
                complaint_id,
                event.kind,
                codec.format_datetime(event.at),
                event.stage,
                event.detail,
            )
        self.added += 1
        self.pending += 1
        if self.pending >= self.batch:
            self.flush()
        return complaint_id

    def _customer(self, customer: Customer) -> Customer:
        """The customer to store the complaint with; ``customer`` is this row's own."""
        phone_key = phone_digits(customer.phone)
        email = customer.email.strip().casefold()
        key = phone_key or email
        if not key:
            return self._new(customer) if customer.name or customer.address else customer
        stored = self.by_key.get(key)
        if stored is None:
            found = self.phone_ids.get(phone_key) if phone_key else None
            if found is None and email:
                found = self.email_ids.get(email)
            if found is None:
                self.by_key[key] = self._new(customer)
                return customer
            stored = self._stored_customer(found)
        changes = {
            name: value
            for name, value in vars(customer).items()
            if name not in ("id", "signs") and value and value != getattr(stored, name)
        }
        if not changes:
            self.by_key[key] = stored
            return stored
        merged = Customer(**{**vars(stored), **changes})
        assert merged.id is not None
        if merged.id in self.new_customers:
            self.new_customers[merged.id] = merged
        else:
            self.changed[merged.id] = merged
        self.by_key[key] = merged
        return merged

    def _stored_customer(self, customer_id: int) -> Customer:
        """A customer stored before this import, read on a connection of its own (this one is
        busy writing on the other thread)."""
        if self._reader is None:
            self._reading = self.store.reader()
            self._reader = self._reading.__enter__()
        return self._reader.get_customer(customer_id)

    def _new(self, customer: Customer) -> Customer:
        customer.id = self.next_customer
        self.next_customer += 1
        self.new_customers[customer.id] = customer
        return customer

    def flush(self) -> None:
        """Hands the pending customers, complaints and events to the writing thread."""
        if self._error is not None:
            raise self._error
        customers: list[Any] = []
        for customer in self.new_customers.values():
            customers += customer_values(customer)
        self.new_customers.clear()
        last = self.next_id - 1
        self._batches.put((customers, self.complaints, self.events, last - self.pending + 1, last))
        self.complaints, self.events, self.pending = [], [], 0

    def _write(self) -> None:
        while (batch := self._batches.get()) is not None:
            if self._error is not None:
                continue
            customers, complaints, events, first, last = batch
            try:
                if customers:
                    self._insert_rows("customers", CUSTOMER_ROW_COLUMNS, customers)
                if complaints:
                    self._insert_rows("complaints", ROW_COLUMNS, complaints)
                    self.conn.execute(_INDEX, [first, last])
                if events:
                    self._insert_rows("events", _EVENT_COLUMNS, events)
            except BaseException as error:  # noqa: BLE001 - raised again on the caller's thread
                self._error = error

    def _insert_rows(self, table: str, columns: Sequence[str], values: list[Any]) -> None:
        """Inserts the rows whose ``values`` follow one another, many at a time in one statement
        each: SQLite then does the work of a whole chunk without taking Python's lock back after
        every row (as ``executemany`` does), so reading the next rows on the other thread goes
        on meanwhile. Chunks are powers of two, so a few statements are prepared (and cached)
        however many rows come."""
        width = len(columns)
        largest = 1 << ((self.variables // width).bit_length() - 1)
        marks = "(" + ", ".join("?" * width) + ")"
        names = ", ".join(columns)
        rows = len(values) // width
        start = 0
        while start < rows:
            size = min(largest, 1 << ((rows - start).bit_length() - 1))
            chunk = values[start * width : (start + size) * width]
            start += size
            sql = f"INSERT INTO {table} ({names}) VALUES {', '.join([marks] * size)}"
            self.conn.execute(sql, chunk)

    def finish(self) -> None:
        """Writes everything queued, then the new details of customers stored before; after
        it, the connection is free for the caller's own statements in the same transaction."""
        self.finished = True
        self.flush()
        self.stop()
        if self._error is not None:
            raise self._error
        for customer in self.changed.values():
            row = codec.customer_row(customer)
            assignments = ", ".join(f"{name} = ?" for name in row if name != "id")
            values = [value for name, value in row.items() if name != "id"]
            self.conn.execute(
                f"UPDATE customers SET {assignments} WHERE id = ?", [*values, customer.id]
            )
        self.changed.clear()

    def stop(self) -> None:
        """Waits for the writing thread to end (at once after an error or a cancel)."""
        if self._thread.is_alive():
            self._batches.put(None)
            self._thread.join()
        if self._reading is not None:
            self._reading.__exit__(None, None, None)
            self._reading = self._reader = None


__all__ = ["BulkWriter", "bulk_import", "phone_digits", "stored_fingerprints"]
