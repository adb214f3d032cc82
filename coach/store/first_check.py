"""The quick check of a log opened without waiting for it: SQLite's page-by-page check runs on a
thread and a read-only connection of its own while the first screen is built and shown.

Saving waits for it (``Store.transaction``), so nothing is written into a log before it has
passed; damage it finds is the same DatabaseDamaged the check at opening gives. It is cut short
after QUICK_CHECK_SECONDS, like that check, by ``interrupt`` from a timer: a Python progress
handler would take the interpreter's lock thousands of times and slow the screen being built.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from pathlib import Path

from coach.errors import StoreError
from coach.store import health
from coach.store.opening import QUICK_CHECK_SECONDS

LOWER_PRIORITY = 10
"""The check's thread gives way to the one building the window (where the system allows)."""
ACTED_ON = ("damaged", "not_a_database")
"""The problems that stop writing; one that only kept the check from running (a lock held for
long by another program) counts as passed, as a check that ran out of time does."""


class FirstCheck:
    """``problem()`` waits for the check of ``path`` started at once on a thread of its own;
    ``FirstCheck(None)`` has nothing to check (the log was checked as it opened)."""

    def __init__(self, path: Path | None, budget: float = QUICK_CHECK_SECONDS):
        self.path = path
        self._budget = budget
        self._connection: sqlite3.Connection | None = None
        self._found: StoreError | None = None
        self._stopped = False
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._thread: threading.Thread | None = None
        if path is None:
            self._done.set()
            return
        self._thread = threading.Thread(
            target=self._run, args=(path,), name="coach-first-check", daemon=True
        )
        self._thread.start()

    def _run(self, path: Path) -> None:
        with contextlib.suppress(AttributeError, OSError):  # Linux: a thread is a task
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), LOWER_PRIORITY)
        timer = threading.Timer(self._budget, self._interrupt)
        try:
            with self._lock:
                if self._stopped or not path.is_file():
                    return
                self._connection = health.connect_read_only(path, threads=True)
            timer.start()
            problems = health.check(self._connection)
            if problems:
                self._found = health.damaged(path, "; ".join(problems[:3]))
        except sqlite3.Error as error:
            if "interrupt" not in str(error):
                found = health.problem_of(path, error)
                self._found = found if found.kind in ACTED_ON else None
        finally:
            timer.cancel()
            with self._lock:
                if self._connection is not None:
                    self._connection.close()
                    self._connection = None
            self._done.set()

    def _interrupt(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.interrupt()

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def problem(self) -> StoreError | None:
        """The damage found, None when the log passed (or was not checked in time); waits for
        the check to end (at most its budget)."""
        self._done.wait()
        return self._found

    def stop(self) -> None:
        """Ends the check at once (the log is being closed) and waits for its thread."""
        with self._lock:
            self._stopped = True
        self._interrupt()
        if self._thread is not None:
            self._thread.join()
