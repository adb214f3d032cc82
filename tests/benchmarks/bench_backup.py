"""Backup benchmark: a verified backup of a log of 100,000 complaints, its size, a restore and a
quick check at start, each next to a bare baseline measured in the same run.

Run: .venv/bin/python tests/benchmarks/bench_backup.py [--complaints 100000]

Baselines: copying the file byte for byte (``shutil.copyfile``, what a backup cannot be faster
than), and SQLite's online backup alone without the check.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from coach.service import Coach
from coach.service.backups import check_folder, make_backup
from coach.store.health import check, connect_read_only
from coach.store.opening import QUICK_CHECK_SECONDS


def median_s(action: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--complaints", type=int, default=100_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp) / "d"
        started = time.perf_counter()
        with Coach.open(folder, "en") as coach:
            coach.add_demo(args.complaints, 12, "mixed", seed=1, today=date(2026, 5, 20))
        print(f"filled {args.complaints} complaints in {time.perf_counter() - started:.1f} s")
        log = folder / "complaints.db"
        size = log.stat().st_size
        copies = Path(temp) / "copies"
        copies.mkdir()

        copy = median_s(lambda: shutil.copyfile(log, copies / "plain.db"), args.repeats)

        def online_backup() -> None:
            source = sqlite3.connect(log)
            target = sqlite3.connect(copies / "online.db")
            source.backup(target)
            target.close()
            source.close()

        online = median_s(online_backup, args.repeats)
        made: list[int] = []
        verified = median_s(
            lambda: made.append(make_backup(folder, "manual").info.size), args.repeats
        )
        full_check = median_s(lambda: check_folder(folder), 1)

        def quick() -> None:
            connection = connect_read_only(log)
            check(connection, budget=QUICK_CHECK_SECONDS)
            connection.close()

        quick_check = median_s(quick, args.repeats)
        backups = sorted((folder / "backups").iterdir())
        with Coach.open(folder, "en") as coach:
            restore = median_s(lambda: coach.safekeeping.restore(backups[-1]), 1)

    print(f"log file                          {size / 1e6:8.1f} MB")
    print(f"backup file (verified)            {made[-1] / 1e6:8.1f} MB")
    print(f"baseline: copy the file           {copy:8.2f} s")
    print(f"baseline: online backup, no check {online:8.2f} s")
    print(f"verified backup (backup + check)  {verified:8.2f} s")
    print(f"full integrity check of the log   {full_check:8.2f} s")
    print(f"quick check at start (budget {QUICK_CHECK_SECONDS} s) {quick_check:8.2f} s")
    print(f"restore (log kept aside + backup) {restore:8.2f} s")


if __name__ == "__main__":
    main()
