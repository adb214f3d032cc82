"""A log opened before its quick check has run: saving waits for the check and a damaged log
refuses it; a log of this version opens without sqlite-utils."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import datetime
from pathlib import Path

import pytest

from coach.complaints.domain import Complaint, Customer
from coach.errors import DatabaseDamaged
from coach.store import Store, first_check
from coach.system.paths import database_path
from tests.disk_damage import damage


def complaint(n: int) -> Complaint:
    return Complaint(
        created_at=datetime(2026, 10, 1 + n % 28, 9, 15),
        description=f"The parcel was late, time {n}. " * 20,
        customer=Customer(f"Customer {n}", f"07911{n:05d}"),
    )


def filled(folder: Path, count: int = 300) -> Path:
    store = Store.open(folder)
    store.save_many((complaint(n), []) for n in range(count))
    store.close()
    return database_path(folder)


def test_a_damaged_log_opens_but_refuses_every_save_and_is_left_as_it_was(
    data_dir: Path,
) -> None:
    path = filled(data_dir)
    damage(path)
    before = path.read_bytes()

    store = Store.open(data_dir, check_later=True)
    problem = store.first_check.problem()
    with pytest.raises(DatabaseDamaged):
        store.save(complaint(999))
    store.close()

    assert isinstance(problem, DatabaseDamaged) and problem.kind == "damaged"
    assert path.read_bytes() == before


def test_a_save_during_the_check_waits_for_it_then_goes_through(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    filled(data_dir)
    release = threading.Event()
    real_check = first_check.health.check

    def slow_check(connection, **options):  # the real check, once the test lets it run
        release.wait(10)
        return real_check(connection, **options)

    monkeypatch.setattr(first_check.health, "check", slow_check)
    store = Store.open(data_dir, check_later=True)
    saved: list[Complaint] = []
    saving = threading.Thread(target=lambda: saved.append(store.save(complaint(1000))))
    saving.start()
    saving.join(0.3)
    waited = saving.is_alive() and not store.first_check.done
    release.set()
    saving.join(10)
    count = store.count()
    store.close()

    assert waited, "the save went ahead before the check had passed"
    assert len(saved) == 1 and count == 301


def test_closing_while_the_check_runs_ends_it(data_dir: Path) -> None:
    filled(data_dir, 2000)
    store = Store.open(data_dir, check_later=True)
    store.close()
    assert store.first_check.done
    assert store.first_check.problem() is None


OPEN_AND_LIST = """
import sys
from pathlib import Path
from coach.store import Store
store = Store.open(Path(sys.argv[1]))
store.count()
store.root_causes()
store.close()
print(" ".join(sorted(name for name in sys.modules if name.split(".")[0] in
      ("sqlite_utils", "click", "pluggy", "dateutil"))))
"""


def test_a_log_of_this_version_opens_without_sqlite_utils(data_dir: Path) -> None:
    filled(data_dir, 5)
    done = subprocess.run(
        [sys.executable, "-c", OPEN_AND_LIST, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == ""
