"""A lock held briefly by another program (a backup, a sync tool) is waited out: opening the log
and saving into it both succeed once it is released."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from coach.service import Coach
from coach.system.paths import database_path

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks")

HOLD_LOCK = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[3] == "exclusive":
    connection.execute("PRAGMA locking_mode = EXCLUSIVE")
connection.execute("BEGIN EXCLUSIVE" if sys.argv[3] == "exclusive" else "BEGIN IMMEDIATE")
connection.execute("UPDATE complaints SET notes = notes WHERE id = 1")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
connection.execute("COMMIT")
connection.execute("PRAGMA locking_mode = NORMAL")
connection.execute("SELECT count(*) FROM complaints").fetchone()
connection.close()
"""


def a_log(folder: Path) -> Path:
    with Coach.open(folder, "en") as coach:
        coach.add_demo(3, 1, "en", seed=3, today=date(2026, 5, 20))
    return folder


def hold(folder: Path, seconds: float, how: str = "exclusive") -> subprocess.Popen[str]:
    """Another program holding the log: the whole file (``exclusive``), or its write lock."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(database_path(folder)), str(seconds), how],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder


def test_opening_during_a_short_lock_waits_and_opens(tmp_path: Path) -> None:
    folder = a_log(tmp_path / "d")
    holder = hold(folder, 1.0)
    try:
        with Coach.open(folder, "en") as coach:
            assert len(coach.search()) == 3
    finally:
        holder.communicate(timeout=30)
    assert holder.returncode == 0


def test_a_save_that_meets_a_short_lock_is_kept(tmp_path: Path) -> None:
    folder = a_log(tmp_path / "d")
    with Coach.open(folder, "en") as coach:
        complaint = coach.search()[0]
        holder = hold(folder, 1.0, "write")
        try:
            coach.save(dataclasses.replace(complaint, notes="Called back"))
        finally:
            holder.communicate(timeout=30)
    with Coach.open(folder, "en") as coach:
        assert coach.get(complaint.id).notes == "Called back"
