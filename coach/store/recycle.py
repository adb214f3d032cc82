"""The bin and the wiping of personal data, in SQL (no Qt).

A complaint in the bin keeps every value and its timeline; only ``deleted_at`` is set, and every
ComplaintQuery (the log, reports, customers, Today) leaves it out. ``purge`` deletes for good
what has been in the bin longer than the owner's grace period (its events and attachments too).
``wipe`` makes sure text that was replaced is gone from the file: the search index merged,
freed pages zeroed and the file rewritten (VACUUM), the write-ahead log emptied.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from coach.complaints.domain import Complaint, Customer
from coach.store import codec, health
from coach.store.database import Store
from coach.store.opening import prepare
from coach.store.query import ComplaintQuery


def move_to_bin(store: Store, complaint_id: int, now: datetime) -> bool:
    """Puts the complaint in the bin; False when there is no such complaint outside it."""
    with store.transaction():
        cursor = store.db.execute(
            "UPDATE complaints SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
            [codec.format_datetime(now.replace(microsecond=0)), complaint_id],
        )
        return cursor.rowcount == 1


def restore_from_bin(store: Store, complaint_id: int) -> bool:
    """Takes the complaint out of the bin; False when it is not there."""
    with store.transaction():
        cursor = store.db.execute(
            "UPDATE complaints SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL",
            [complaint_id],
        )
        return cursor.rowcount == 1


def binned(store: Store) -> list[tuple[Complaint, datetime]]:
    """The complaints in the bin with when each was put there, most recent first."""
    found = store.find(ComplaintQuery(in_bin=True))
    when = dict(store.read("SELECT id, deleted_at FROM complaints WHERE deleted_at IS NOT NULL"))
    pairs = [(c, codec.parse_datetime(when[c.id])) for c in found if c.id in when]
    return sorted(pairs, key=lambda pair: (pair[1], pair[0].id or 0), reverse=True)


def purge(store: Store, before: datetime) -> int:
    """Deletes for good the complaints put in the bin before ``before``; returns how many."""
    stamp = codec.format_datetime(before)
    with store.transaction():
        ids = [
            row[0]
            for row in store.db.execute(
                "SELECT id FROM complaints WHERE deleted_at IS NOT NULL AND deleted_at < ?",
                [stamp],
            ).fetchall()
        ]
        for complaint_id in ids:
            store.db.execute("DELETE FROM events WHERE complaint_id = ?", [complaint_id])
            store.db.execute("DELETE FROM complaints WHERE id = ?", [complaint_id])
    return len(ids)


def complaint_ids_of(store: Store, customer_id: int) -> list[int]:
    """Every complaint of the customer, in the bin or not."""
    rows = store.read("SELECT id FROM complaints WHERE customer_id = ? ORDER BY id", [customer_id])
    return [int(row[0]) for row in rows]


def rewrite(
    store: Store,
    customer: Customer,
    complaints: list[Complaint],
    event_text: Callable[[str], str],
) -> int:
    """Stores the customer and the complaints as given (their search text follows), passes
    every event detail of those complaints through ``event_text``, clears the notes on the
    customer and deletes the files of their own complaints, in one transaction; returns how
    many files were deleted."""
    with store.transaction():
        store.db.execute("PRAGMA secure_delete = ON")
        assert customer.id is not None
        row = codec.customer_row(customer)
        assignments = ", ".join(f"{name} = ?" for name in row if name != "id")
        values = [value for name, value in row.items() if name != "id"]
        store.db.execute(f"UPDATE customers SET {assignments} WHERE id = ?", [*values, customer.id])
        files = forget_notes_and_files(store, customer.id)
        for complaint in complaints:
            assert complaint.id is not None
            row = codec.complaint_row(complaint)
            assignments = ", ".join(f"{name} = ?" for name in row if name != "id")
            values = [value for name, value in row.items() if name != "id"]
            store.db.execute(
                f"UPDATE complaints SET {assignments} WHERE id = ?", [*values, complaint.id]
            )
            events = store.db.execute(
                "SELECT id, detail FROM events WHERE complaint_id = ?", [complaint.id]
            ).fetchall()
            changed = [
                (event_text(detail or ""), event_id)
                for event_id, detail in events
                if event_text(detail or "") != (detail or "")
            ]
            store.db.conn.executemany("UPDATE events SET detail = ? WHERE id = ?", changed)
    return files


def forget_notes_and_files(store: Store, customer_id: int) -> int:
    """Clears the owner's notes on the customer and deletes the files kept with the customer's
    own complaints (in the bin too); returns how many files. An older file without notes or
    attachments (a backup made before they existed) is left as it is."""
    if "notes" in {column.name for column in store.db["customers"].columns}:
        store.db.execute("UPDATE customers SET notes = '' WHERE id = ?", [customer_id])
    if not store.db["attachments"].exists():
        return 0
    cursor = store.db.execute(
        "DELETE FROM attachments WHERE complaint_id IN "
        "(SELECT id FROM complaints WHERE customer_id = ?)",
        [customer_id],
    )
    return int(cursor.rowcount)


def wipe(store: Store) -> None:
    """Removes replaced text from the file itself: search index merged, file rewritten."""
    with store.transaction():
        store.db.execute("INSERT INTO complaints_fts(complaints_fts) VALUES ('optimize')")
    store.db.execute("PRAGMA secure_delete = ON")
    store.db.execute("VACUUM")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def open_file(path: Path) -> Store:
    """A store on a database file of its own (a backup), upgraded to this version; it stays a
    standalone file (rollback journal) when closed."""
    try:
        connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        db = Database(connection, execute_plugins=False)
        prepare(db)
        db.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.Error as error:
        raise health.problem_of(path, error) from None
    return Store(path, connection)
