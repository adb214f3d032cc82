"""kill -9 in the middle of saves and of an import: nothing committed is lost, the file stays
healthy, an import is all or nothing."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

Run = Callable[..., subprocess.CompletedProcess[str]]
KILL_CYCLES = int(os.environ.get("COACH_KILL_CYCLES", "20"))

SAVER = r"""
import sys
from datetime import datetime
from pathlib import Path
from coach.complaints.domain import Complaint, Customer
from coach.service import Coach

coach = Coach.open(Path(sys.argv[1]), "en")
cycle = sys.argv[2]
print("open", flush=True)
saved = []
for n in range(1_000_000):
    if saved and n % 3 == 0:
        complaint = coach.get(saved[n % len(saved)])
        version = int(complaint.notes or "0") + 1
        coach.save(complaint.replace(notes=str(version)))
        print(f"u {complaint.id} {version}", flush=True)
    else:
        complaint = coach.save(
            Complaint(
                created_at=datetime(2026, 5, 1, 9),
                description=f"cycle {cycle} save {n}",
                customer=Customer(name=f"Customer {n % 17}", phone=f"0791 000 {n % 17:03d}"),
            )
        )
        saved.append(complaint.id)
        print(f"i {complaint.id} {cycle}-{n}", flush=True)
"""


def integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def rows(path: Path) -> dict[int, tuple[str, str]]:
    connection = sqlite3.connect(path)
    try:
        found = connection.execute("SELECT id, description, coalesce(notes, '') FROM complaints")
        return {row[0]: (row[1], row[2]) for row in found}
    finally:
        connection.close()


def test_kill_during_saves_loses_nothing_committed(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    rng = random.Random(11)
    inserted: dict[int, str] = {}
    updated: dict[int, int] = {}
    saves = 0
    for cycle in range(KILL_CYCLES):
        child = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(folder), str(cycle)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "open"
        time.sleep(rng.uniform(0.05, 0.4))
        os.kill(child.pid, signal.SIGKILL)
        output, _ = child.communicate()
        for line in output.splitlines():
            kind, complaint_id, value = line.split()
            saves += 1
            if kind == "i":
                cycle_id, n = value.split("-")
                inserted[int(complaint_id)] = f"cycle {cycle_id} save {n}"
            else:
                updated[int(complaint_id)] = int(value)
        database = folder / "complaints.db"
        assert integrity(database) == "ok", f"cycle {cycle}"
        stored = rows(database)
        for complaint_id, description in inserted.items():
            assert stored[complaint_id][0] == description, f"cycle {cycle}: {complaint_id} lost"
        for complaint_id, version in updated.items():
            assert int(stored[complaint_id][1] or 0) >= version, f"cycle {cycle}: update lost"
    assert saves > KILL_CYCLES * 5, "the saves ran between the kills"
    print(f"{KILL_CYCLES} kill cycles, {saves} committed saves, none lost")


def test_kill_during_an_import_leaves_all_or_nothing(coach: Run, tmp_path: Path) -> None:
    source = tmp_path / "source"
    assert (
        coach("--data-dir", source, "demo", "--complaints", "3000", "--seed", "4").returncode == 0
    )
    csv_file = tmp_path / "big.csv"
    assert coach("--data-dir", source, "export", csv_file).returncode == 0
    folder = tmp_path / "d"
    assert coach("--data-dir", folder, "demo", "--complaints", "20", "--seed", "5").returncode == 0
    database = folder / "complaints.db"
    rng = random.Random(12)
    expected = 20
    cycles = max(1, KILL_CYCLES // 2)
    completed = 0
    for cycle in range(cycles):
        child = subprocess.Popen(
            [sys.executable, "-m", "coach", "--data-dir", str(folder), "import", str(csv_file)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.2, 3.5))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        assert integrity(database) == "ok", f"cycle {cycle}"
        count = len(rows(database))
        assert count in (expected, expected + 3000), f"cycle {cycle}: a partial import ({count})"
        completed += count != expected
        expected = count
        listed = coach("--data-dir", folder, "backups")
        assert listed.returncode == 0
        for line in listed.stdout.splitlines():
            assert " complaints " in line or " complaint " in line, line
    print(f"{cycles} kills during an import ({completed} after it had committed): all or nothing")
