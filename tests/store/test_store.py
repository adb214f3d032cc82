"""The store keeps every complaint exactly, finds it again, and refuses unusable folders in words."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from coach.complaints.domain import Complaint, Customer, Event
from coach.errors import StoreError, StoreReadOnly
from coach.store import ComplaintQuery, Store


@pytest.fixture
def store(data_dir: Path) -> Store:
    opened = Store.open(data_dir)
    yield opened
    opened.close()


def make(day: int = 3, **fields: object) -> Complaint:
    values: dict[str, object] = {
        "description": "Late again",
        "customer": Customer("Sara", "0791111111"),
    }
    values.update(fields)
    return Complaint(created_at=datetime(2026, 10, day, 9, 15), **values)  # type: ignore[arg-type]


def test_database_is_created_private_in_the_data_folder(data_dir: Path, store: Store) -> None:
    path = data_dir / "complaints.db"
    assert path.is_file()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert store.db.journal_mode == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_every_value_round_trips_exactly(store: Store) -> None:
    text = "طلب رقم ١٢٣ تأخّر — سفارش می‌رسد 😡 \x00\x07 \r\n end" + "x" * 100_000
    original = make(
        description=text,
        cost=Decimal("1234.50"),
        promised_by=date(2026, 10, 6),
        resolved_at=datetime(2026, 10, 5, 17, 0),
        csat=4,
        ces=2,
        nps=9,
        thanked=True,
        checklist={"listen": ["let_them_finish"]},
        customer=Customer("مریم", "۰۹۱۲۱۲۳۴۵۶۷", "m@example.com", ["late_payment"]),
    )
    saved = store.save(original)
    loaded = store.get(saved.id)
    assert loaded == saved
    assert loaded.description == text
    assert isinstance(loaded.cost, Decimal) and loaded.cost == Decimal("1234.50")
    assert isinstance(loaded.promised_by, date)


def test_a_save_updates_in_place(store: Store) -> None:
    saved = store.save(make())
    store.save(saved.replace(apology="Sorry, that was my mistake."))
    assert store.count() == 1
    assert store.get(saved.id).apology == "Sorry, that was my mistake."


def test_events_form_a_timeline(store: Store) -> None:
    saved = store.save(make(), [Event("created", datetime(2026, 10, 3, 9, 15))])
    store.save(saved, [Event("stage_completed", datetime(2026, 10, 3, 9, 20), "listen")])
    assert [e.kind for e in store.events(saved.id)] == ["created", "stage_completed"]


def test_a_note_joins_the_timeline_exactly_without_touching_the_complaint(store: Store) -> None:
    saved = store.save(make(), [Event("created", datetime(2026, 10, 3, 9, 15), "listen")])
    note = Event("note", datetime(2026, 10, 4, 8, 5), "clarify", "تماس گرفتم‌اند 🙂 ok")
    store.add_event(saved.id, note)
    assert store.events(saved.id)[-1] == Event(note.kind, note.at, "clarify", note.detail, 2)
    assert store.get(saved.id) == saved
    with pytest.raises(KeyError):
        store.add_event(999, note)
    assert len(store.events(saved.id)) == 2


def test_the_same_phone_in_any_digits_is_the_same_customer(store: Store) -> None:
    first = store.save(make(customer=Customer("Reza", "0912 123 4567")))
    second = store.save(make(customer=Customer("Reza", "۰۹۱۲۱۲۳۴۵۶۷")))
    assert first.customer.id == second.customer.id
    assert store.count(ComplaintQuery(customer_id=first.customer.id)) == 2


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        ("علی رضایی", "علي"),
        ("كتابخانه", "کتاب"),
        ("می‌شود", "میشود"),
        ("التسليم متأخر", "تسليم"),
        ("Order 1234", "۱۲۳۴"),
        ("iPhone screen", "IPHONE"),
        ("a b", "b"),
    ],
)
def test_search_is_normalised(store: Store, stored: str, typed: str) -> None:
    store.save(make(description=stored))
    store.save(make(description="something else entirely"))
    found = store.find(ComplaintQuery(text=typed))
    assert [c.description for c in found] == [stored]


def test_search_follows_edits(store: Store) -> None:
    saved = store.save(make(description="broken zipper"))
    store.save(saved.replace(description="torn sleeve"))
    assert store.count(ComplaintQuery(text="zipper")) == 0
    assert store.count(ComplaintQuery(text="sleeve")) == 1
    store.delete(saved.id)
    assert store.count(ComplaintQuery(text="sleeve")) == 0


def test_queries_by_status_month_cause_and_drafts(store: Store) -> None:
    store.save(make(day=1, status="closed", stage="follow_up", root_cause="delivery_delay"))
    store.save(make(day=20, status="draft", root_cause="billing_error"))
    store.save(Complaint(created_at=datetime(2026, 11, 2), description="Nov", status="in_progress"))
    october = ComplaintQuery(start=date(2026, 10, 1), end=date(2026, 11, 1))
    assert store.count(october) == 2
    assert store.count(ComplaintQuery(statuses=("closed",))) == 1
    assert store.count(ComplaintQuery(root_cause="billing_error")) == 1
    assert {c.description for c in store.drafts()} == {"Late again", "Nov"}
    oldest = store.find(october, order="oldest")
    assert [c.created_at.day for c in oldest] == [1, 20]
    assert len(store.find(limit=1, offset=2)) == 1


def test_save_many_is_all_or_nothing(store: Store) -> None:
    good = (make(), [])
    bad = (make(), [Event("created", datetime(2026, 10, 3))])
    with pytest.raises(sqlite3.IntegrityError):
        with store.transaction():
            store.save_many([good, bad])
            store.db.execute(
                "INSERT INTO events (complaint_id, kind, at) VALUES (999999, 'x', 'y')"
            )
    assert store.count() == 0


def test_custom_root_causes(store: Store) -> None:
    store.add_root_cause("parking", "No parking")
    assert store.root_causes()["parking"] == "No parking"
    assert list(store.root_causes())[0] == "expectation_gap"
    with pytest.raises(ValueError):
        store.add_root_cause("Bad Key!")


def test_data_survives_reopening(data_dir: Path) -> None:
    first = Store.open(data_dir)
    saved = first.save(make())
    first.close()
    second = Store.open(data_dir)
    assert second.get(saved.id) == saved
    second.close()


def test_a_file_that_is_not_a_database_is_refused_in_words(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "complaints.db").write_bytes(b"this is a spreadsheet, not a database" * 200)
    with pytest.raises(StoreError) as raised:
        Store.open(data_dir)
    assert str(data_dir / "complaints.db") in raised.value.message
    assert "not a Complaint Coach database" in raised.value.message


def test_an_unwritable_folder_is_refused_in_words(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        target = Path("/sys/complaint-coach-test")  # read-only even for root
    else:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        target = locked / "data"
    with pytest.raises(StoreError) as raised:
        Store.open(target)
    assert str(target) in raised.value.message
    assert "cannot" in raised.value.message


def test_a_data_folder_path_that_is_a_file_is_refused_in_words(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError) as raised:
        Store.open(blocker)
    assert str(blocker) in raised.value.message


def test_a_reader_sees_a_snapshot_and_does_not_block_saves(store: Store) -> None:
    store.save(make())
    with store.reader() as reader, reader.transaction():
        assert reader.count() == 1
        store.save(make(day=4))
        assert reader.count() == 1
    assert store.count() == 2
    with store.reader() as reader:
        assert reader.count() == 2
        with pytest.raises(StoreReadOnly):
            reader.save(make())
