"""Recovering every readable row of a damaged log into a fresh one (no Qt).

The damaged file is only read. A fresh database with this version's schema is made beside it;
each table is copied row by row in rowid order: a range that cannot be read is walked one rowid
at a time, so only the rows on damaged pages are lost. Complaints whose customer was lost keep
their text without the link; events of lost complaints are dropped. The search index is rebuilt
from the recovered complaints, the result checked, and only then does the fresh file take the
log's place, the damaged one kept aside under the name given.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coach.store import codec, health

TABLES: tuple[str, ...] = ("root_causes", "customers", "complaints", "events")
PAGE = 500
GIVE_UP_AFTER = 5000  # unreadable rowids in a row past the last one known


@dataclass(frozen=True)
class Salvaged:
    """What was recovered: rows per table, how many complaints could not be read (as far as
    the damaged file tells), where the damaged file was kept."""

    rows: dict[str, int]
    complaints_lost: int
    kept_aside: Path

    @property
    def complaints(self) -> int:
        return self.rows.get("complaints", 0)


def _columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [str(row[1]) for row in connection.execute(f'PRAGMA table_info("{table}")')]


def _upper_rowid(connection: sqlite3.Connection, table: str) -> int | None:
    for sql in (f'SELECT max(rowid) FROM "{table}"', f'SELECT count(*) FROM "{table}"'):
        with contextlib.suppress(sqlite3.Error):
            value = connection.execute(sql).fetchone()[0]
            if value is not None:
                return int(value)
    return None


def readable_rows(
    connection: sqlite3.Connection, table: str, columns: list[str]
) -> Iterator[tuple[Any, ...]]:
    """Every readable row of ``table`` as (rowid, *columns), in rowid order, skipping the rows
    that cannot be read."""
    names = ", ".join(f'"{c}"' for c in columns)
    page_sql = f'SELECT rowid, {names} FROM "{table}" WHERE rowid > ? ORDER BY rowid LIMIT ?'
    one_sql = f'SELECT rowid, {names} FROM "{table}" WHERE rowid = ?'
    upper = _upper_rowid(connection, table) or 0
    last = 0
    while True:
        try:
            rows = connection.execute(page_sql, [last, PAGE]).fetchall()
        except sqlite3.Error:
            rows = None
        if rows is not None:
            yield from rows
            if len(rows) < PAGE:
                return
            last = int(rows[-1][0])
            continue
        misses = 0
        while misses < GIVE_UP_AFTER or last < upper:
            last += 1
            try:
                row = connection.execute(one_sql, [last]).fetchone()
            except sqlite3.Error:
                row = None
            if row is None:
                misses += 1
                continue
            yield row
            break
        else:
            return


def _fresh(path: Path) -> sqlite3.Connection:
    from coach.store.connection import utils_on
    from coach.store.schema import MIGRATIONS

    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    os.close(os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
    connection = sqlite3.connect(path, isolation_level=None)
    MIGRATIONS.apply(utils_on(connection))
    version = len(MIGRATIONS.applied(utils_on(connection)))
    connection.execute(f"PRAGMA user_version = {version}")
    return connection


_REPAIRS = {
    "customers": "UPDATE customers SET signs = '[]' WHERE id = ?",
    "complaints": "UPDATE complaints SET checklist = '{}' WHERE id = ?",
}


def _drop_unreadable(target: sqlite3.Connection, path: Path) -> int:
    """Rows read from a damaged page can hold garbage: each customer, complaint and event is
    read back as the app reads it; one that fails gets its list column reset, and is dropped if
    it still fails. Returns how many complaints were dropped."""
    from coach.store.database import Store

    store = Store(path, target)
    readers = {
        "customers": store.get_customer,
        "complaints": store.get,
    }
    dropped = 0
    for table, read in readers.items():
        for (row_id,) in target.execute(f"SELECT id FROM {table}").fetchall():
            try:
                read(row_id)
                continue
            except Exception:  # noqa: BLE001 - any value that cannot be read is garbage
                target.execute(_REPAIRS[table], [row_id])
            try:
                read(row_id)
            except Exception:  # noqa: BLE001
                target.execute(f"DELETE FROM {table} WHERE id = ?", [row_id])
                dropped += table == "complaints"
    for row in list(store.db.table("events").rows):
        try:
            codec.event_from_row(row)
        except Exception:  # noqa: BLE001
            target.execute("DELETE FROM events WHERE id = ?", [row["id"]])
    return dropped


def copy_readable(damaged: Path, fresh: Path) -> tuple[dict[str, int], int]:
    """Copies every readable row of ``damaged`` into a new database ``fresh``; returns the rows
    copied per table and how many complaints were lost (as far as can be told)."""
    source = health.connect_read_only(damaged)
    target = _fresh(fresh)
    copied: dict[str, int] = {}
    try:
        target.execute("BEGIN")
        for table in TABLES:
            try:
                columns = _columns(source, table)
            except sqlite3.Error:
                columns = []
            wanted = [c for c in columns if c in set(_columns(target, table))]
            if not wanted:
                copied[table] = 0
                continue
            insert = (
                f'INSERT OR IGNORE INTO "{table}" (rowid, {", ".join(wanted)}) '
                f"VALUES (?, {', '.join('?' for _ in wanted)})"
            )
            copied[table] = 0
            for row in readable_rows(source, table, wanted):
                copied[table] += target.execute(insert, row).rowcount
        copied["complaints"] -= _drop_unreadable(target, fresh)
        target.execute(
            "UPDATE complaints SET customer_id = NULL "
            "WHERE customer_id NOT IN (SELECT id FROM customers)"
        )
        dropped = target.execute(
            "DELETE FROM events WHERE complaint_id NOT IN (SELECT id FROM complaints)"
        ).rowcount
        copied["events"] -= dropped
        target.execute("INSERT INTO complaints_fts(complaints_fts) VALUES ('rebuild')")
        target.execute("COMMIT")
        problems = health.check(target, full=True)
        if problems:
            raise health.damaged(fresh, "; ".join(problems[:3]))
        lost = max(0, (_upper_rowid(source, "complaints") or 0) - copied["complaints"])
    finally:
        source.close()
        target.close()
    return copied, lost


def salvage(path: Path, aside: Path) -> Salvaged:
    """Recovers the damaged log ``path`` in place: its readable rows go into a fresh file that
    takes its name, and the damaged file (with its journal files) is renamed ``aside``."""
    fresh = path.with_name(f".{path.name}.salvage")
    try:
        copied, lost = copy_readable(path, fresh)
        if not copied.get("complaints"):
            raise health.damaged(path, "no complaint could be read from it; restore a backup")
        health.move_aside(path, aside)
        os.replace(fresh, path)
    except BaseException as error:
        for leftover in (fresh, *health.side_files(fresh)):
            with contextlib.suppress(OSError):
                leftover.unlink()
        if isinstance(error, (sqlite3.Error, OSError)):
            raise health.problem_of(path, error) from None
        raise
    return Salvaged(copied, lost, aside)
