"""Log search benchmark: the main window's log refreshed for a search over 100,000 complaints.

Run: .venv/bin/python tests/benchmarks/bench_log_search.py [--complaints 100000] [--repeat 7]
     [--data-dir DIR]   (reuses DIR when it already holds the complaints; else fills it)

Times what the owner waits for after the search box's pause (250 ms, not included): the count,
the first page of 200 rows and the view's reset; then scrolling one page further (fetchMore).
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QUERIES = (
    ("(no search)", ""),
    ("English word", "refund"),
    ("English, two words", "online order"),
    ("Arabic, typed with ي", "تصليح"),
    ("Arabic name, ي for ی", "علي"),
    ("Persian with ZWNJ", "صفحه‌نمایش"),
    ("two letters (LIKE)", "۱۲"),
    ("no match", "zzzzqqq"),
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


def timed_ms(action, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--complaints", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from coach.service import Coach
    from coach.store import Store
    from coach.ui.main_window import MainWindow
    from coach.ui.prompts import ScriptedPrompts

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
        window = MainWindow(Coach.open(folder, "en"), ScriptedPrompts())
        window.resize(1200, 760)
        window.show()
        app.processEvents()
        search, model = window.filters.search_box, window.model

        def refresh(text: str) -> None:
            search.setText(text + " ")
            search.setText(text)
            window.filters.flush()
            app.processEvents()

        def next_page() -> None:
            model.fetchMore()
            app.processEvents()

        print(
            f"log search over {model.total:,} complaints, median of {args.repeat} "
            "(ms; after the 250 ms typing pause):"
        )
        print(f"  {'query':26} {'matches':>8} {'refresh':>8} {'max':>6} {'next page':>10}")
        medians = []
        for name, text in QUERIES:
            times = timed_ms(lambda text=text: refresh(text), args.repeat)
            matches = model.total
            pages = []
            for _ in range(args.repeat):
                refresh(text)
                if model.canFetchMore():
                    pages += timed_ms(next_page, 1)
            page = f"{statistics.median(pages):10.0f}" if pages else f"{'–':>10}"
            medians.append(statistics.median(times))
            print(
                f"  {name:26} {matches:8,} {statistics.median(times):8.0f} {max(times):6.0f} {page}"
            )
        print(f"  median over the queries: {statistics.median(medians):.0f} ms")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
