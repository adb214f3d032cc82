"""Store benchmarks: saving one stage, inserting 100,000 complaints, searching them.

Run: .venv/bin/python tests/benchmarks/bench_store.py [--complaints 100000]
Each figure is set against a bare baseline measured in the same run.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from coach.complaints.domain import Complaint, Customer
from coach.complaints.rules import advance
from coach.demo import demo_complaints
from coach.store import ComplaintQuery, Store

WORDS = {
    "en": "late delivery broken screen refund cold coffee rude cashier wrong size",
    "ar": "تأخر التسليم الشاشة مكسورة استرداد القهوة باردة الكاشير فاتورة خاطئة",
    "fa": "تأخیر ارسال صفحه شکسته بازپرداخت قهوه سرد صندوقدار فاکتور اشتباه می‌شود",
}


def median_ms(action: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def sample(index: int) -> Complaint:
    lang = ("en", "ar", "fa")[index % 3]
    words = WORDS[lang].split()
    text = " ".join(words[(index * 7 + k) % len(words)] for k in range(12)) + f" #{index}"
    return Complaint(
        created_at=datetime(2026, 1, 1) + timedelta(minutes=7 * index),
        customer=Customer(f"Customer {index % 5000}", f"0791{index % 5000:06d}"),
        channel="phone",
        description=text,
        root_cause="delivery_delay",
        status="in_progress",
        stage="clarify",
    )


def bench_save_stage(folder: Path) -> None:
    store = Store.open(folder)
    complaint = store.save(sample(1).replace(stage="listen", status="draft"))

    def save_stage() -> None:
        nonlocal complaint
        advanced, events = advance(complaint, datetime.now())
        store.save(advanced, events)

    ours = median_ms(save_stage, 200)
    raw = sqlite3.connect(folder / "complaints.db", isolation_level=None)
    raw.execute("PRAGMA synchronous = NORMAL")

    def bare_update() -> None:
        raw.execute("BEGIN")
        raw.execute("UPDATE complaints SET stage = 'clarify' WHERE id = ?", [complaint.id])
        raw.execute("COMMIT")

    bare = median_ms(bare_update, 200)
    print(
        f"save one stage: {ours:.3f} ms median; bare UPDATE {bare:.3f} ms; ratio {ours / bare:.1f}x"
    )
    raw.close()
    store.close()


def bench_insert_and_search(folder: Path, count: int) -> None:
    store = Store.open(folder)
    complaints = list(demo_complaints(count, 12, "mixed", seed=3, today=date(2026, 11, 26)))
    start = time.perf_counter()
    with store.bulk_load():
        for first in range(0, count, 5_000):
            store.save_many(complaints[first : first + 5_000])
    insert_s = time.perf_counter() - start
    raw_start = time.perf_counter()
    bare = sqlite3.connect(":memory:")
    bare.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, description TEXT)")
    bare.executemany(
        "INSERT INTO t (description) VALUES (?)", ((c.description,) for c, _ in complaints)
    )
    bare.commit()
    bare_s = time.perf_counter() - raw_start
    print(
        f"insert {count:,} demo complaints (generated beforehand): {insert_s:.1f} s "
        f"({count / insert_s:,.0f}/s); bare executemany of their descriptions {bare_s:.2f} s; "
        f"ratio {insert_s / bare_s:.0f}x"
    )
    for typed, raw_term in (("تاخير", "تاخیر"), ("شاشة", "شاشه"), ("refund", "refund")):
        query = ComplaintQuery(text=typed)

        def ours(query: ComplaintQuery = query) -> None:
            store.count(query)
            store.find(query, limit=200)

        def raw_fts(term: str = raw_term) -> None:
            store.db.execute(
                "SELECT count(*) FROM complaints_fts WHERE complaints_fts MATCH ?", [f'"{term}"']
            ).fetchone()
            store.db.execute(
                "SELECT rowid FROM complaints_fts WHERE complaints_fts MATCH ? LIMIT 200",
                [f'"{term}"'],
            ).fetchall()

        mine, base = median_ms(ours, 7), median_ms(raw_fts, 7)
        print(
            f"search {typed!r} over {count:,}: {mine:.1f} ms (count + first page of complaints); "
            f"raw FTS5 {base:.1f} ms; ratio {mine / base:.1f}x"
        )
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--complaints", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        bench_save_stage(Path(folder) / "save")
        bench_insert_and_search(Path(folder) / "bulk", args.complaints)


if __name__ == "__main__":
    main()
