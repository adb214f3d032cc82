"""Log search benchmark: the store's reads and the main window's log over a large folder, each
next to a bare baseline measured in the same run.

Run: .venv/bin/python tests/benchmarks/bench_log_search.py [--complaints 100000] [--repeat 7]
     [--data-dir DIR]

The folder (default ~/.cache/coach-bench/log-<N>) is filled once with ``coach demo --complaints N
--seed 1`` (mixed en/ar/fa; 24 months, 120 for a million) and reused by every later run.

1. store: the log's count and first page of 200 rows (``Coach.log``), next to plain sqlite3 on
   the same file running the same FTS5 match, join and order (the bare baseline).
2. window: what the owner waits for once the search box's 250 ms typing pause is over (not
   included): the query handed to the background, the first page read, the view reset and
   repainted; then the count in the status bar; then one page further (scrolling). The longest
   time the UI thread was busy in one go while this ran ("UI stall") says whether typing could
   be blocked. The bare baseline is the raw page query plus repainting a plain QTableView with
   a QStandardItemModel of the same 200 rows.
3. typing: a search after every letter of a word (as if the owner paused after each), each new
   one superseding the one still running; the longest UI stall and the time to the final list.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
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
TYPED = "refund"
CACHE = Path.home() / ".cache" / "coach-bench"


def folder_for(count: int, given: Path | None) -> Path:
    """The benchmark folder, filled with ``count`` demo complaints the first time."""
    from coach.store import Store

    folder = given or CACHE / f"log-{count}"
    store = Store.open(folder)
    stored = store.count()
    store.close()
    if stored >= count:
        return folder
    if stored:
        raise SystemExit(f"{folder} holds {stored:,} complaints; give an empty folder")
    months = "120" if count > 200_000 else "24"
    print(f"filling {folder} with {count:,} demo complaints (once; reused after) ...", flush=True)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "coach", "--data-dir", str(folder), "demo"]
        + ["--complaints", str(count), "--months", months, "--seed", "1"],
        check=True,
    )
    print(f"  took {time.perf_counter() - started:.0f} s", flush=True)
    return folder


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def bare_sql(path: Path) -> Callable[[str], tuple[list[tuple], int]]:
    """The bare baseline: plain sqlite3, the same normalised FTS5 match, join and order."""
    from coach.store.log_rows import _COLUMNS, _FROM
    from coach.store.query import text_filter

    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)

    def read(text: str) -> tuple[list[tuple], int]:
        clause, params = text_filter(text)
        where = "c.deleted_at IS NULL" + (f" AND {clause}" if clause else "")
        rows = connection.execute(
            f"SELECT {_COLUMNS} {_FROM} WHERE {where} "
            "ORDER BY c.created_at DESC, c.id DESC LIMIT 201",
            params,
        ).fetchall()
        total = connection.execute(f"SELECT count(*) FROM complaints c WHERE {where}", params)
        return rows, total.fetchone()[0]

    return read


def bench_store(folder: Path, repeat: int) -> None:
    from coach.service import Coach, ComplaintQuery

    bare = bare_sql(folder / "complaints.db")
    print(f"1. store: count + first page of 200, median of {repeat} (ms)")
    print(f"  {'query':26} {'matches':>9} {'ours':>7} {'bare':>7} {'ratio':>6}")
    with Coach.open(folder, "en") as coach:
        log = coach.log
        for name, text in QUERIES:
            query = ComplaintQuery(text=text)
            ours = median_ms(lambda q=query: (log.page(q, limit=201), log.count(q)), repeat)
            raw = median_ms(lambda t=text: bare(t), repeat)
            matches = log.count(query)
            print(f"  {name:26} {matches:9,} {ours:7.1f} {raw:7.1f} {ours / raw:6.2f}")


class Stalls:
    """Waits on the UI thread for a condition, recording the longest single event-loop turn."""

    def __init__(self, app) -> None:
        self.app = app
        self.longest = 0.0

    def until(self, done: Callable[[], bool], timeout: float = 60.0) -> None:
        from PySide6.QtCore import QEventLoop

        deadline = time.perf_counter() + timeout
        while not done():
            if time.perf_counter() > deadline:
                raise SystemExit("timed out waiting for the log")
            started = time.perf_counter()
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
            self.longest = max(self.longest, time.perf_counter() - started)
            time.sleep(0.0005)


def bench_window(folder: Path, repeat: int) -> None:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView

    from coach.service import Coach
    from coach.ui.main_window import MainWindow
    from coach.ui.prompts import ScriptedPrompts

    app = QApplication.instance() or QApplication([])
    window = MainWindow(Coach.open(folder, "en"), ScriptedPrompts())
    window.resize(1200, 760)
    window.show()
    window.pages.setCurrentWidget(window.pages.log)  # the log, whatever Today holds
    app.processEvents()
    model, view, filters = window.model, window.view, window.filters
    stalls = Stalls(app)
    painted: list[float] = []
    model.modelReset.connect(
        lambda: (view.viewport().repaint(), painted.append(time.perf_counter()))
    )

    bare_view = QTableView()
    bare_view.resize(1200, 700)
    bare_view.show()
    bare = bare_sql(folder / "complaints.db")

    def search(text: str) -> tuple[float, float, float]:
        filters.search_box.setText(text)
        painted.clear()
        stalls.longest = 0.0
        started = time.perf_counter()
        filters.flush()
        stalls.until(lambda: bool(painted))
        shown = painted[0] - started
        stalls.until(lambda: not model.busy)
        return shown, time.perf_counter() - started, stalls.longest

    def next_page() -> float:
        rows = model.rowCount()
        started = time.perf_counter()
        model.fetchMore()
        stalls.until(lambda: model.rowCount() > rows or not model.busy)
        view.viewport().repaint()
        return time.perf_counter() - started

    def bare_repaint(text: str) -> float:
        started = time.perf_counter()
        rows, _total = bare(text)
        items = QStandardItemModel(len(rows), 6)
        for r, values in enumerate(rows[:200]):
            for c, value in enumerate(values[1:7]):
                items.setItem(r, c, QStandardItem(str(value)))
        bare_view.setModel(items)
        bare_view.viewport().repaint()
        return time.perf_counter() - started

    print(
        f"2. window: typing pause -> list repainted over {model.total:,} complaints, "
        f"median of {repeat} (ms)"
    )
    print(
        f"  {'query':26} {'matches':>9} {'repainted':>9} {'counted':>8} {'UI stall':>8}"
        f" {'next page':>9} {'bare':>6}"
    )
    shown_all = []
    for name, text in QUERIES:
        results = []
        for _ in range(repeat):
            filters.search_box.setText(text + "x")  # so each run is a new query
            filters.flush()
            stalls.until(lambda: not model.busy)
            results.append(search(text))
        shown = statistics.median(r[0] for r in results) * 1000
        counted = statistics.median(r[1] for r in results) * 1000
        stall = max(r[2] for r in results) * 1000
        pages = [next_page() for _ in range(repeat) if model.canFetchMore()]
        page = f"{statistics.median(pages) * 1000:9.0f}" if pages else f"{'–':>9}"
        raw = statistics.median(bare_repaint(text) for _ in range(repeat)) * 1000
        shown_all.append(shown)
        print(
            f"  {name:26} {model.total:9,} {shown:9.0f} {counted:8.0f} {stall:8.0f} {page}"
            f" {raw:6.0f}"
        )
    print(f"  median over the queries: repainted {statistics.median(shown_all):.0f} ms")

    filters.search_box.clear()
    filters.flush()
    stalls.until(lambda: not model.busy)
    stalls.longest = 0.0
    started = time.perf_counter()
    for end in range(1, len(TYPED) + 1):
        filters.search_box.setText(TYPED[:end])
        filters.flush()
        _spin(stalls, 0.03)
    stalls.until(lambda: not model.busy)
    final = (time.perf_counter() - started) * 1000
    assert model.query.text == TYPED
    print(
        f"3. typing '{TYPED}' with a search after every letter (30 ms apart): final list after "
        f"{final:.0f} ms, {model.total:,} matches, longest UI stall {stalls.longest * 1000:.0f} ms"
    )
    window.close()


def _spin(stalls: Stalls, seconds: float) -> None:
    end = time.perf_counter() + seconds
    stalls.until(lambda: time.perf_counter() >= end)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--complaints", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()
    folder = folder_for(args.complaints, args.data_dir)
    bench_store(folder, args.repeat)
    bench_window(folder, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
