"""The log's light rows: the columns it shows, pages by key, counts, and the indexes they use."""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from coach.complaints.domain import Complaint, Customer
from coach.service import Coach, ComplaintQuery, LogRow
from coach.store import Store, log_rows


def saved(folder: Path, count: int) -> list[Complaint]:
    start = datetime(2026, 5, 1, 9, 0)
    complaints = [
        Complaint(
            created_at=start + timedelta(hours=i // 2),  # two complaints share each hour
            customer=Customer(name=f"Customer {i}" if i % 3 else "", phone=f"0791{i:06d}"),
            product=f"Kettle {i}",
            description="late delivery" if i % 2 else "cold tea",
            status="awaiting_follow_up" if i % 4 == 1 else "in_progress",
            promised_by=date(2026, 6, 1),
            follow_up_due=date(2026, 6, 2),
        )
        for i in range(count)
    ]
    store = Store.open(folder)
    try:
        return store.save_many([(c, []) for c in complaints])
    finally:
        store.close()


def test_pages_by_key_list_every_complaint_once_newest_first(data_dir: Path) -> None:
    stored = saved(data_dir, 45)
    with Coach.open(data_dir) as coach:
        rows: list[LogRow] = []
        page = coach.log.page(ComplaintQuery(), limit=10)
        while page:
            rows += page
            page = coach.log.page(ComplaintQuery(), rows[-1], limit=10)
        assert coach.log.count(ComplaintQuery()) == 45
    newest_first = sorted(stored, key=lambda c: (c.created_at, c.id), reverse=True)
    assert [row.id for row in rows] == [c.id for c in newest_first]
    first = next(row for row in rows if row.id == stored[1].id)
    assert (first.customer, first.product, first.status) == (
        "Customer 1",
        "Kettle 1",
        stored[1].status,
    )
    assert first.next_date == date(2026, 6, 2)  # awaiting follow-up: the follow-up's date
    nameless = next(row for row in rows if row.id == stored[0].id)
    assert nameless.customer == "0791000000" and nameless.next_date == date(2026, 6, 1)


@pytest.mark.parametrize("few", [1, 2000], ids=["walking the dates", "sorting the matches"])
def test_a_search_pages_and_counts_only_its_matches(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, few: int
) -> None:
    monkeypatch.setattr(log_rows, "FEW_MATCHES", few)
    saved(data_dir, 30)
    query = ComplaintQuery(text="delivery")
    with Coach.open(data_dir) as coach:
        first = coach.log.page(query, limit=10)
        rest = coach.log.page(query, first[-1], limit=10)
        assert coach.log.count(query) == 15
    assert len(first) == 10 and len(rest) == 5
    assert {int(row.product.split()[1]) % 2 for row in first + rest} == {1}


def test_the_log_reads_through_the_date_index_not_the_bins(data_dir: Path) -> None:
    saved(data_dir, 5)
    store = Store.open(data_dir)
    try:
        where, params = ComplaintQuery().where()
        plan = " ".join(
            row[3]
            for row in store.read(
                f"EXPLAIN QUERY PLAN SELECT c.id FROM complaints c WHERE {where} "
                "ORDER BY c.created_at DESC, c.id DESC LIMIT 200",
                params,
            )
        )
        in_bin = " ".join(
            row[3]
            for row in store.read(
                "EXPLAIN QUERY PLAN SELECT id FROM complaints WHERE deleted_at IS NOT NULL"
            )
        )
    finally:
        store.close()
    assert "idx_complaints_created_at" in plan and "TEMP B-TREE" not in plan
    assert "idx_complaints_in_bin" in in_bin


def test_a_searchs_pages_walk_the_date_index_and_its_count_the_matches(data_dir: Path) -> None:
    saved(data_dir, 5)
    store = Store.open(data_dir)

    def plan(sql: str, params: list[object]) -> str:
        return " ".join(row[3] for row in store.read(f"EXPLAIN QUERY PLAN {sql}", params))

    try:
        where, params = ComplaintQuery(text="delivery").where(newest_first=True)
        page = plan(
            f"SELECT c.id FROM complaints c WHERE {where} "
            "ORDER BY c.created_at DESC, c.id DESC LIMIT 201",
            params,
        )
        where, params = ComplaintQuery(text="delivery").where()
        count = plan(f"SELECT count(*) FROM complaints c WHERE {where}", params)
    finally:
        store.close()
    assert "SCAN c USING INDEX idx_complaints_created_at" in page and "TEMP B-TREE" not in page
    assert "INTEGER PRIMARY KEY" in count, "the count looks up only the matches"


def test_a_running_read_can_be_cut_short(data_dir: Path) -> None:
    saved(data_dir, 3)
    with Coach.open(data_dir) as coach:
        coach.log.count(ComplaintQuery())  # the log's own connection is open
        failures: list[BaseException] = []

        def endless() -> None:
            try:
                coach.log._read(  # a query that never ends on its own
                    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
                    "SELECT count(*) FROM n",
                    [],
                )
            except sqlite3.OperationalError as error:
                failures.append(error)

        worker = threading.Thread(target=endless)
        worker.start()
        time.sleep(0.2)
        coach.log.interrupt()
        worker.join(5)
        assert not worker.is_alive()
        assert failures and "interrupt" in str(failures[0])
        assert coach.log.count(ComplaintQuery()) == 3, "the next read works"


def test_a_closed_log_refuses_to_read(data_dir: Path) -> None:
    saved(data_dir, 1)
    coach = Coach.open(data_dir)
    log = coach.log
    coach.close()
    with pytest.raises(sqlite3.ProgrammingError):
        log.count(ComplaintQuery())
