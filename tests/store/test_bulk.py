"""Adding many complaints at once: the same rows as one by one, all or nothing, searchable after."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from coach.complaints.domain import Complaint, Customer
from coach.demo import demo_complaints
from coach.store import ComplaintQuery, Store, codec
from coach.store.bulk import bulk_import, complaint_fingerprint, stored_fingerprints
from coach.store.rows import (
    CUSTOMER_ROW_COLUMNS,
    ROW_COLUMNS,
    complaint_values,
    customer_values,
    phone_digits,
)

TODAY = date(2026, 11, 1)


def test_a_fast_row_holds_exactly_what_the_codec_writes() -> None:
    for complaint, _events in demo_complaints(200, 3, "mixed", seed=5, today=TODAY):
        complaint = complaint.replace(
            id=7,
            customer=Customer(complaint.customer.name, complaint.customer.phone, id=3),
            updated_at=datetime(2026, 1, 1),
            checklist={"listen": ["name"]},
        )
        expected = codec.complaint_row(complaint)
        values = complaint_values(complaint, 7, 3, "2026-01-01T00:00:00")
        row = dict(zip(ROW_COLUMNS, values, strict=True))
        assert row == expected
    for phone in ("+1 (555) 010-9999", "٠٧٩١ ٢٣٤ ٥٦٧", "۰۹۱۲-۳۴۵", "", "abc"):
        assert phone_digits(phone) == codec.phone_key(phone)


def test_a_fast_customer_row_holds_exactly_what_the_codec_writes() -> None:
    customers = [c.customer for c, _ in demo_complaints(200, 3, "mixed", seed=9, today=TODAY)]
    customers += [
        Customer("  ", "٠٧٩١ ٢٣٤ ٥٦٧", " Lina@Example.com ", ["angry"], "Amman", id=4),
        Customer("علي", "", "", [], "", id=None),
    ]
    for number, customer in enumerate(customers, 1):
        if customer.id is None and number < len(customers):
            customer.id = number
        expected = codec.customer_row(customer)
        expected.setdefault("id", None)
        row = dict(zip(CUSTOMER_ROW_COLUMNS, customer_values(customer), strict=True))
        assert row == expected


def test_a_bulk_import_is_stored_whole_matched_by_customer_and_searchable(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    known = store.save(Complaint(datetime(2026, 1, 1), Customer("Lina", "0791 234 567")))
    made = [c for c, _ in demo_complaints(120, 3, "mixed", seed=6, today=TODAY)]
    made.append(Complaint(datetime(2026, 2, 1), Customer("Lina K.", "0791234567"), description="x"))
    with bulk_import(store, batch=25) as writer:
        for complaint in made:
            writer.add(complaint, [])
    assert store.count() == 122
    lina = store.get_customer(known.customer.id or 0)
    assert lina.name == "Lina K."
    assert store.find(ComplaintQuery(customer_id=lina.id))[0].description == "x"
    word = made[0].description.split()[0]
    assert store.count(ComplaintQuery(text=word)) >= 1
    found = stored_fingerprints(store)
    assert all(complaint_fingerprint(c) in found for c in store.find())
    assert complaint_fingerprint(made[0].replace(description="another")) not in found
    config = dict(store.db.execute("SELECT k, v FROM complaints_fts_config").fetchall())
    assert config.get("automerge", 4) == 4
    later = store.save(Complaint(datetime(2026, 3, 1), description="zebra crossing"))
    assert [c.id for c in store.find(ComplaintQuery(text="zebra"))] == [later.id]
    store.close()


def test_a_failed_bulk_import_leaves_nothing(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    made = [c for c, _ in demo_complaints(60, 3, "en", seed=7, today=TODAY)]
    with pytest.raises(RuntimeError), bulk_import(store, batch=10) as writer:
        for complaint in made:
            writer.add(complaint, [])
        raise RuntimeError("cancelled")
    assert store.count() == 0 and store.customers() == []
    triggers = store.db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()
    assert ("complaints_fts_insert",) in triggers
    store.close()


def test_rows_go_in_chunks_that_fit_sqlites_limit(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    store.db.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 100)
    made = [c for c, _ in demo_complaints(37, 3, "fa", seed=8, today=TODAY)]
    with bulk_import(store, batch=11) as writer:
        for complaint in made:
            writer.add(complaint, [])
    assert [c.description for c in store.find(order="oldest")] == [c.description for c in made]
    store.close()
