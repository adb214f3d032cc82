"""The complaints database: one SQLite file in the owner's data folder."""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast

from coach.complaints.domain import Complaint, Customer, Event
from coach.complaints.vocabulary import is_valid_cause_key, readable_key
from coach.errors import StoreError
from coach.store import codec, health
from coach.store.backup import count_complaints, restore_into
from coach.store.connection import Connected, atomic
from coach.store.first_check import FirstCheck
from coach.store.opening import open_database, prepare
from coach.store.query import ORDERS, ComplaintQuery

_CUSTOMER = "customer."  # prefix of the customer's columns in a complaint's row
_SELECT = (
    "SELECT "
    + ", ".join(f'c."{name}"' for name in codec.COMPLAINT_COLUMNS)
    + "".join(
        f', u."{name}" AS "{_CUSTOMER}{name}"' for name in codec.CUSTOMER_COLUMNS if name != "id"
    )
    + " FROM complaints c LEFT JOIN customers u ON u.id = c.customer_id"
)

_INSERT_EVENT = "INSERT INTO events (complaint_id, kind, at, stage, detail) VALUES (?, ?, ?, ?, ?)"


def _customer_of(row: dict[str, Any]) -> Customer:
    if row["customer_id"] is None:
        return Customer()
    fields = {
        name.removeprefix(_CUSTOMER): value
        for name, value in row.items()
        if name.startswith(_CUSTOMER)
    }
    return codec.customer_from_row(fields | {"id": row["customer_id"]})


class Store(Connected):
    """Reads and writes complaints; every save is one transaction. Safe to share across threads."""

    def __init__(self, path: Path, connection: sqlite3.Connection, read_only: bool = False):
        self.path = path
        self.read_only = read_only
        self.damaged = False
        self._lock = threading.RLock()
        self.first_check = FirstCheck(None)
        super().__init__(connection)

    @classmethod
    def open(cls, folder: Path, *, read_only: bool = False, check_later: bool = False) -> Store:
        """Opens (creating if needed) the database in ``folder``; problems raise StoreError in words.

        ``read_only`` opens it without writing when no upgrade is due (``store.read_only``);
        ``check_later`` leaves the quick check to a thread (``first_check``); saving waits for it.
        """
        path, conn, unwritable = open_database(folder, read_only=read_only, check=not check_later)
        store = cls(path, conn, unwritable)
        store.first_check = FirstCheck(path if check_later else None)
        return store

    def close(self) -> None:
        self.first_check.stop()
        with self._lock:
            self.conn.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One all-or-nothing unit of work; a failure of the file is the StoreError naming its
        cause, and once damage is seen nothing more is written."""
        if self.damaged or self.first_check.problem() is not None:
            raise health.damaged(self.path)
        try:
            with self._lock, atomic(self.conn):
                yield
        except sqlite3.Error as error:
            problem = health.problem_of(self.path, error)
            if type(problem) is StoreError:
                raise
            self.damaged = self.damaged or problem.kind == "damaged"
            raise problem from None

    @contextlib.contextmanager
    def bulk_load(self) -> Iterator[None]:
        """A transaction for adding many new complaints (import, demo): all of them or none.

        They enter the search index in one statement at the end, which costs about a third of
        indexing them one by one. Do not change or delete complaints inside it.
        """
        with self.transaction():
            trigger = "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"
            create = self.conn.execute(trigger, ["complaints_fts_insert"]).fetchone()[0]
            before = self.conn.execute("SELECT coalesce(max(id), 0) FROM complaints").fetchone()[0]
            self.conn.execute("DROP TRIGGER complaints_fts_insert")
            yield
            # Merging index segments while they are written doubles the time; merge as usual after.
            self.conn.execute(
                "INSERT INTO complaints_fts(complaints_fts, rank) VALUES('automerge', 0)"
            )
            self.conn.execute(
                "INSERT INTO complaints_fts(rowid, search_text) "
                "SELECT id, search_text FROM complaints WHERE id > ?",
                [before],
            )
            self.conn.execute(
                "INSERT INTO complaints_fts(complaints_fts, rank) VALUES('automerge', 4)"
            )
            self.conn.execute(create)

    @contextlib.contextmanager
    def reader(self) -> Iterator[Store]:
        """A second, read-only connection to the same file for long reads off the UI thread.

        Its reads see one consistent snapshot and never wait for, or block, this store's saves (WAL).
        """
        try:
            connection = health.connect_read_only(self.path, threads=True)
        except sqlite3.Error as error:
            raise health.problem_of(self.path, error) from None
        try:
            yield Store(self.path, connection, read_only=True)
        finally:
            connection.close()

    def read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """The rows of one query, read under the store's lock (for the store's own modules)."""
        with self._lock:
            return self.conn.execute(sql, list(params)).fetchall()

    @property
    def changes(self) -> int:
        """Rows this store has changed since it was opened (grows with every save)."""
        return int(self.conn.total_changes)

    def restore_from(self, backup: Path) -> int:
        """Replaces the whole log with the verified ``backup`` (upgraded if older); returns the
        number of complaints it holds."""
        with self._lock:
            try:
                restore_into(backup, self.conn)
                prepare(self.db)
                self.damaged, self.first_check = False, FirstCheck(None)
                return count_complaints(self.conn)
            except sqlite3.Error as error:
                raise health.problem_of(self.path, error) from None

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    # --- writing -------------------------------------------------------------------------

    def save(self, complaint: Complaint, events: Iterable[Event] = ()) -> Complaint:
        """Stores ``complaint`` (new or changed) and ``events``; returns it with its ids set."""
        with self.transaction():
            return self._save(complaint, events, {})

    def save_many(self, complaints: Iterable[tuple[Complaint, Sequence[Event]]]) -> list[Complaint]:
        """Stores many complaints in one transaction (import, demo): all of them or none."""
        cache: dict[str, Customer] = {}
        with self.transaction():
            return [self._save(c, events, cache) for c, events in complaints]

    def _save(
        self, complaint: Complaint, events: Iterable[Event], cache: dict[str, Customer]
    ) -> Complaint:
        customer = self._save_customer(complaint.customer, cache)
        complaint = complaint.replace(
            customer=customer,
            created_at=complaint.created_at.replace(microsecond=0),
            updated_at=(complaint.updated_at or datetime.now()).replace(microsecond=0),
        )
        row = codec.complaint_row(complaint)
        if complaint.id is None:
            complaint = complaint.replace(id=self._insert("complaints", row))
        else:
            self._update("complaints", complaint.id, row)
        assert complaint.id is not None
        event_rows = [list(codec.event_row(complaint.id, e).values()) for e in events]
        if event_rows:
            self.conn.executemany(_INSERT_EVENT, event_rows)
        return complaint

    def add_event(self, complaint_id: int, event: Event) -> None:
        """Adds one entry to a stored complaint's timeline (a note, say); KeyError if there is none."""
        with self.transaction():
            if not self.conn.execute(
                "SELECT 1 FROM complaints WHERE id = ?", [complaint_id]
            ).fetchone():
                raise KeyError(complaint_id)
            self.conn.execute(_INSERT_EVENT, list(codec.event_row(complaint_id, event).values()))

    def _save_customer(self, customer: Customer, cache: dict[str, Customer]) -> Customer:
        """Stores the customer; one without an id joins the stored one with the same phone or e-mail."""
        if customer.id is None and not any(getattr(customer, c) for c in codec.CONTACT_COLUMNS):
            return customer
        if customer.id is not None:
            self._update("customers", customer.id, codec.customer_row(customer))
            return customer
        phone_key = codec.phone_key(customer.phone)
        key = phone_key or customer.email.strip().casefold()
        stored = cache.get(key) if key else None
        if key and stored is None:
            found = self.customer_id_for(customer.phone, customer.email)
            stored = self.get_customer(found) if found is not None else None
        if stored is None:
            saved = dataclasses.replace(
                customer, id=self._insert("customers", codec.customer_row(customer))
            )
        else:
            given = {
                f.name: getattr(customer, f.name)
                for f in dataclasses.fields(Customer)
                if f.name not in ("id", "signs") and getattr(customer, f.name)
            }
            saved = dataclasses.replace(
                stored, **given, signs=sorted(set(stored.signs) | set(customer.signs))
            )
            if saved != stored:
                assert saved.id is not None
                self._update("customers", saved.id, codec.customer_row(saved))
        if key:
            cache[key] = saved
        return saved

    def _insert(self, table: str, row: dict[str, Any]) -> int:
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        cursor = self.conn.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values())
        )
        return cast(int, cursor.lastrowid)

    def _update(self, table: str, row_id: int, row: dict[str, Any]) -> None:
        assignments = ", ".join(f"{name} = ?" for name in row if name != "id")
        values = [value for name, value in row.items() if name != "id"]
        self.conn.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", [*values, row_id])

    def customer_id_for(self, phone: str, email: str) -> int | None:
        """The stored customer with this phone (any digits, any spacing), else this e-mail."""
        phone_key = codec.phone_key(phone)
        with self._lock:
            return self._customer_id_for(phone_key, email)

    def _customer_id_for(self, phone_key: str, email: str) -> int | None:
        if phone_key:
            found = self.conn.execute(
                "SELECT id FROM customers WHERE phone_key = ? ORDER BY id LIMIT 1", [phone_key]
            ).fetchone()
            if found:
                return int(found[0])
        if email.strip():
            found = self.conn.execute(
                "SELECT id FROM customers WHERE lower(email) = ? ORDER BY id LIMIT 1",
                [email.strip().casefold()],
            ).fetchone()
            if found:
                return int(found[0])
        return None

    def delete(self, complaint_id: int) -> None:
        with self.transaction():
            self.db.table("events").delete_where("complaint_id = ?", [complaint_id])
            self.db.table("complaints").delete(complaint_id)

    # --- reading -------------------------------------------------------------------------

    def get(self, complaint_id: int) -> Complaint:
        found = self.find_rows(f"{_SELECT} WHERE c.id = ?", [complaint_id])
        if not found:
            raise KeyError(complaint_id)
        return found[0]

    def find(
        self,
        query: ComplaintQuery | None = None,
        *,
        limit: int | None = None,
        offset: int = 0,
        order: str = "newest",
    ) -> list[Complaint]:
        """Complaints matching ``query``, newest first unless ``order="oldest"``."""
        where, params = (query or ComplaintQuery()).where()
        sql = f"SELECT c.id FROM complaints c WHERE {where} ORDER BY {ORDERS[order]}"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
        with self._lock:
            ids = [row[0] for row in self.conn.execute(sql, params).fetchall()]
        found: dict[int, Complaint] = {}
        for first in range(0, len(ids), 500):
            chunk = ids[first : first + 500]
            marks = ", ".join("?" for _ in chunk)
            for complaint in self.find_rows(f"{_SELECT} WHERE c.id IN ({marks})", chunk):
                assert complaint.id is not None
                found[complaint.id] = complaint
        return [found[complaint_id] for complaint_id in ids]

    def count(self, query: ComplaintQuery | None = None) -> int:
        where, params = (query or ComplaintQuery()).where()
        with self._lock:
            return int(
                self.conn.execute(
                    f"SELECT count(*) FROM complaints c WHERE {where}", params
                ).fetchone()[0]
            )

    def find_rows(self, sql: str, params: Sequence[Any]) -> list[Complaint]:
        with self._lock:
            cursor = self.conn.execute(sql, list(params))
            names = [d[0] for d in cursor.description]
            rows = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
        return [codec.complaint_from_row(row, _customer_of(row)) for row in rows]

    def counts_by_cause(
        self, bounds: Sequence[date], *, unassigned: str = ""
    ) -> list[dict[str, int]]:
        """Complaints per root-cause key in each of the consecutive periods ``bounds`` marks.

        ``bounds`` is the first period's start followed by each period's (exclusive) end, so n+1
        dates give n periods; complaints without a cause count under ``unassigned``. One
        aggregate over the created_at index, however many periods.
        """
        periods = len(bounds) - 1
        if periods < 1:
            return []
        buckets = " ".join(f"WHEN created_at < ? THEN {i}" for i in range(periods - 1))
        sql = (
            "SELECT coalesce(nullif(root_cause, ''), ?), "
            f"CASE {buckets} ELSE {periods - 1} END, count(*) "
            "FROM complaints WHERE created_at >= ? AND created_at < ? AND deleted_at IS NULL "
            "GROUP BY 1, 2"
        )
        params = [unassigned, *(end.isoformat() for end in bounds[1:-1])]
        params += [bounds[0].isoformat(), bounds[-1].isoformat()]
        counts: list[dict[str, int]] = [{} for _ in range(periods)]
        with self._lock:
            rows = self.conn.execute(sql, params).fetchall()
        for key, bucket, count in rows:
            counts[bucket][key] = count
        return counts

    def drafts(self) -> list[Complaint]:
        """Complaints the wizard has not finished, newest first."""
        return self.find(ComplaintQuery(unfinished=True))

    def events(self, complaint_id: int) -> list[Event]:
        with self._lock:
            rows = list(
                self.db.table("events").rows_where(
                    "complaint_id = ?", [complaint_id], order_by="at, id"
                )
            )
        return [codec.event_from_row(row) for row in rows]

    def get_customer(self, customer_id: int) -> Customer:
        with self._lock:
            return codec.customer_from_row(self.db.table("customers").get(customer_id))

    def customers(self) -> list[Customer]:
        with self._lock:
            return [
                codec.customer_from_row(r)
                for r in self.db.table("customers").rows_where(order_by="id")
            ]

    def set_customer_signs(self, customer_id: int, signs: Iterable[str]) -> None:
        with self.transaction():
            self.db.table("customers").update(
                customer_id,
                {"signs": codec.customer_row(Customer(signs=sorted(set(signs))))["signs"]},
            )

    # --- root causes ---------------------------------------------------------------------

    def root_causes(self) -> dict[str, str]:
        """Every root-cause key, built-in ones first, with its stored English label."""
        return dict(self.read("SELECT key, label FROM root_causes ORDER BY builtin DESC, rowid"))

    def add_root_cause(self, key: str, label: str = "") -> None:
        if not is_valid_cause_key(key):
            raise ValueError(
                f"{key!r} is not a valid root-cause key (use lower-case letters, digits and _)."
            )
        with self.transaction():
            self.db.table("root_causes").insert(
                {"key": key, "label": label or readable_key(key), "builtin": 0}, ignore=True
            )
