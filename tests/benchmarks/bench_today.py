"""Today and customer page benchmark: both screens opened over 100,000 complaints.

Run: .venv/bin/python tests/benchmarks/bench_today.py [--complaints 100000] [--repeat 9]
     [--data-dir DIR]   (reuses DIR when it already holds the complaints; else fills it)

Times what the owner waits for, median of ``--repeat``:
- Today: the view made, what is due read (``Coach.day.agenda``) and every line drawn;
- the customer page of the customer with the most complaints, and of a one-time customer:
  made, the story read (totals, signs by date, notes) and the first page of their complaints;
next to bare baselines in the same run: the raw SQL that finds what is due (ids only) and the
raw SQL of a customer's totals and first page of ids, through plain sqlite3 on the same file.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BARE_DUE = """
    SELECT id FROM complaints INDEXED BY idx_complaints_open_dates
    WHERE status IN ('draft', 'in_progress', 'awaiting_follow_up') AND deleted_at IS NULL
      AND ((resolved_at IS NULL AND promised_by <= :day)
           OR (status = 'awaiting_follow_up' AND follow_up_due <= :day)
           OR (status IN ('draft', 'in_progress') AND coalesce(updated_at, created_at) < :stale))
"""
BARE_CUSTOMER = (
    "SELECT count(*), sum(status != 'closed') FROM complaints WHERE customer_id = ?",
    "SELECT id FROM complaints WHERE customer_id = ? ORDER BY created_at DESC LIMIT 200",
)


def fill(folder: Path, count: int) -> float:
    """Demo complaints saved through store.save_many; returns the seconds it took."""
    from coach.demo import demo_complaints
    from coach.store import Store

    store = Store.open(folder)
    started = time.perf_counter()
    complaints = demo_complaints(count, 24, "mixed", seed=1, today=date.today())
    while batch := list(itertools.islice(complaints, 5000)):
        store.save_many(batch)
    store.close()
    return time.perf_counter() - started


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--complaints", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from coach.service import Coach
    from coach.store import Store
    from coach.ui.customer_view import CustomerView
    from coach.ui.today_view import TodayView

    with tempfile.TemporaryDirectory(prefix="coach-bench-") as temporary:
        folder = args.data_dir or Path(temporary) / "data"
        store = Store.open(folder)
        stored = store.count()
        store.close()
        if stored < args.complaints:
            if stored:
                raise SystemExit(f"{folder} holds {stored} complaints; give an empty folder")
            print(f"saving {args.complaints:,} demo complaints with store.save_many ...")
            print(f"  took {fill(folder, args.complaints):.0f} s")
        app = QApplication([])
        coach = Coach.open(folder, "en")
        bare = sqlite3.connect(folder / "complaints.db")
        now = datetime.now()
        moments = {"day": now.date().isoformat(), "stale": (now - timedelta(days=1)).isoformat()}
        counts = bare.execute(
            "SELECT customer_id, count(*) FROM complaints WHERE customer_id IS NOT NULL "
            "GROUP BY customer_id ORDER BY 2 DESC"
        ).fetchall()
        regular, most = counts[0]
        single = next(customer for customer, count in counts if count == 1)

        def open_today() -> None:
            view = TodayView(coach, lambda _id: None)
            view.refresh()
            view.resize(1200, 760)
            view.show()
            app.processEvents()
            view.close()
            view.deleteLater()

        def open_customer(customer_id: int) -> None:
            page = CustomerView(coach, customer_id, lambda _id: None)
            page.resize(900, 720)
            page.show()
            app.processEvents()
            page.model.close()
            page.hide()
            page.deleteLater()

        def bare_customer(customer_id: int) -> None:
            for sql in BARE_CUSTOMER:
                bare.execute(sql, [customer_id]).fetchall()

        open_today()
        view = TodayView(coach, lambda _id: None)
        view.refresh()
        agenda = view.agenda
        view.deleteLater()
        total = coach.count()
        print(
            f"{total:,} complaints; due today: {agenda.counts} (lines drawn: {len(agenda.lines)})"
        )
        print(f"median of {args.repeat} runs, ms:")
        rows = [
            (
                "Today opened (agenda + lines drawn)",
                median_ms(open_today, args.repeat),
                "raw SQL of what is due (ids only)",
                median_ms(lambda: bare.execute(BARE_DUE, moments).fetchall(), args.repeat),
            ),
            (
                f"Customer page, {most} complaints",
                median_ms(lambda: open_customer(regular), args.repeat),
                "raw SQL: totals + first page of ids",
                median_ms(lambda: bare_customer(regular), args.repeat),
            ),
            (
                "Customer page, 1 complaint",
                median_ms(lambda: open_customer(single), args.repeat),
                "raw SQL: totals + first page of ids",
                median_ms(lambda: bare_customer(single), args.repeat),
            ),
        ]
        for name, ours, baseline_name, baseline in rows:
            print(f"  {name:40} {ours:7.1f}   | {baseline_name:36} {baseline:6.2f}")
        bare.close()
        coach.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
