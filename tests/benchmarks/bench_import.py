"""Import benchmark: 100,000 complaints from a CSV file, set against a bare load of the same file.

Run: .venv/bin/python tests/benchmarks/bench_import.py [--rows 100000] [--runs 3] [--file F.csv]

The file is our own export of ``coach demo`` complaints in English, Arabic and Persian (made once
and kept when --file names a path). Each run is a fresh process, timed from start to exit, with
its CPU time and peak memory (maximum resident set) read from the operating system:

- bare: Python's csv module reads the file and ``executemany`` inserts every row into a table of
  26 text columns in one transaction (no checks, no index, no search);
- coach import: ``python -m coach import`` into an empty data folder (every value checked, dates,
  keys, customers matched, timelines, the search index);
- coach import again: the same file into the same folder (every row a duplicate, nothing stored).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

BARE = r"""
import csv, sqlite3, sys
source, target = sys.argv[1], sys.argv[2]
connection = sqlite3.connect(target, isolation_level=None)
with open(source, encoding="utf-8-sig", newline="") as stream:
    rows = csv.reader(stream)
    header = next(rows)
    columns = ", ".join(f'"{name}" TEXT' for name in header)
    connection.execute(f"CREATE TABLE complaints ({columns})")
    connection.execute("BEGIN")
    marks = ", ".join("?" for _ in header)
    connection.executemany(f"INSERT INTO complaints VALUES ({marks})", rows)
    connection.execute("COMMIT")
print(connection.execute("SELECT count(*) FROM complaints").fetchone()[0])
"""


def make_file(path: Path, rows: int) -> None:
    from coach.demo import demo_complaints
    from coach.spreadsheet.csv_file import write_csv

    made = demo_complaints(rows, 12, "mixed", seed=1, today=date(2026, 11, 1))
    with path.open("w", encoding="utf-8", newline="") as stream:
        write_csv((complaint for complaint, _events in made), stream)


def measure(command: list[str]) -> tuple[float, float, float, str]:
    """Wall seconds, CPU seconds and peak memory (MB) of one process, and what it printed."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output = process.stdout.read() if process.stdout else ""
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command} failed:\n{output}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, output.strip()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--file", type=Path)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-import-"))
    source = args.file or work / "complaints.csv"
    if not source.exists():
        print(f"making {args.rows} complaints in {source} ...", flush=True)
        make_file(source, args.rows)
    size = source.stat().st_size / 2**20
    print(f"file: {source} ({size:.1f} MiB); load average {os.getloadavg()[0]:.1f}")
    figures: dict[str, list[tuple[float, float, float]]] = {}
    for run in range(args.runs):
        folder = work / f"data-{run}"
        steps = {
            "bare csv + executemany": [
                sys.executable,
                "-c",
                BARE,
                str(source),
                str(work / f"bare-{run}.db"),
            ],
            "coach import": [
                sys.executable,
                "-m",
                "coach",
                "--data-dir",
                str(folder),
                "import",
                str(source),
            ],
            "coach import again (all duplicates)": [
                sys.executable,
                "-m",
                "coach",
                "--data-dir",
                str(folder),
                "import",
                str(source),
            ],
        }
        for name, command in steps.items():
            wall, cpu, memory, output = measure(command)
            figures.setdefault(name, []).append((wall, cpu, memory))
            print(
                f"run {run + 1} {name}: {wall:.2f} s wall, {cpu:.2f} s CPU, {memory:.0f} MB; "
                f"{output.splitlines()[0] if output else ''}",
                flush=True,
            )
    print(f"\nmedians of {args.runs} runs (load average now {os.getloadavg()[0]:.1f}):")
    for name, values in figures.items():
        wall, cpu, memory = (statistics.median(v[i] for v in values) for i in range(3))
        print(f"  {name}: {wall:.2f} s wall, {cpu:.2f} s CPU, {memory:.0f} MB peak")


if __name__ == "__main__":
    main()
