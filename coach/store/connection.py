"""The store's plain sqlite3 connection, with sqlite-utils on it loaded only on first use.

Opening the log, reading it and saving run on ``conn`` alone; sqlite-utils (which brings click,
pluggy and dateutil, ~40 ms) loads when a migration or a table helper is first needed.
"""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

_SAVEPOINTS = itertools.count(1)


def utils_on(connection: sqlite3.Connection) -> Database:
    """sqlite-utils on ``connection`` (its plugins not run)."""
    from sqlite_utils import Database

    return Database(connection, execute_plugins=False)


@contextlib.contextmanager
def atomic(connection: sqlite3.Connection) -> Iterator[None]:
    """One transaction (a savepoint when one is open already): all of it or nothing, as
    sqlite-utils' ``Database.atomic``."""
    if connection.in_transaction:
        savepoint = f"coach_{next(_SAVEPOINTS)}"
        connection.execute(f"SAVEPOINT {savepoint}")
        try:
            yield
        except BaseException:
            if connection.in_transaction:
                connection.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                connection.execute(f"RELEASE SAVEPOINT {savepoint}")
            raise
        connection.execute(f"RELEASE SAVEPOINT {savepoint}")
        return
    connection.execute("BEGIN")
    try:
        yield
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    try:
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise


class Connected:
    """``conn``, the plain connection, and ``db``, sqlite-utils on it made on first use.

    Every connection gets ``PRAGMA recursive_triggers = ON``, as sqlite-utils sets."""

    def __init__(self, connection: sqlite3.Connection):
        self.conn = connection
        connection.execute("PRAGMA recursive_triggers = ON")
        self._utils: Database | None = None

    @property
    def db(self) -> Database:
        if self._utils is None:
            self._utils = utils_on(self.conn)
        return self._utils
