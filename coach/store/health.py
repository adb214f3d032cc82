"""Is the log healthy, and what went wrong when it is not: each cause its own StoreError (no Qt).

``problem_of`` turns an SQLite error into the subclass naming its cause (disk full, read-only,
locked, not a database, damaged); ``check`` runs SQLite's own page-by-page check, within a time
budget when asked; ``connect_read_only`` opens a file without writing a byte, even in a
read-only folder or on a full disk.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import sqlite3
import time
from pathlib import Path

from coach.errors import (
    DatabaseDamaged,
    NewerDatabase,
    NotADatabase,
    StoreDiskFull,
    StoreError,
    StoreLocked,
    StoreReadOnly,
)

MAX_PROBLEMS = 20
LOW_SPACE_BYTES = 256 * 1024


def disk_full(path: Path) -> StoreDiskFull:
    return StoreDiskFull(
        f"The disk is full: Complaint Coach cannot write the log {path}. Nothing was lost; "
        "free some space on the disk and try again. Reading still works "
        "(export, report).",
        path,
    )


def read_only(folder: Path) -> StoreReadOnly:
    return StoreReadOnly(
        f"Complaint Coach cannot write to the data folder {folder}. Choose another folder with "
        "--data-dir, or ask for write permission to this one. Reading still works "
        "(export, report).",
        folder,
    )


def locked(path: Path) -> StoreLocked:
    return StoreLocked(
        f"The log {path} is locked by another program. Nothing was changed; close the other "
        "program (or the other Complaint Coach window) and try again.",
        path,
    )


def not_a_database(path: Path, detail: object = "") -> NotADatabase:
    reason = f" ({detail})" if detail else ""
    return NotADatabase(
        f"The file {path} is not a Complaint Coach database{reason}. Nothing was changed. "
        "Move it aside to start a new log, or go back to a backup with "
        "'coach restore latest'.",
        path,
        detail,
    )


def damaged(path: Path, detail: object = "") -> DatabaseDamaged:
    reason = f" ({detail})" if detail else ""
    return DatabaseDamaged(
        f"The log {path} is damaged{reason}. Nothing was written into it. Run "
        "'coach check --repair' to recover every readable complaint into a new log (the damaged "
        "file is kept aside), or 'coach restore latest' to go back to the newest backup.",
        path,
        detail,
    )


def newer(path: Path, stored: int, latest: int) -> NewerDatabase:
    return NewerDatabase(
        f"The file {path} was saved by a newer version of Complaint Coach "
        f"(database version {stored}; this version reads up to {latest}). "
        "Nothing was changed. Install the newer version to open it.",
        path,
    )


def _primary(error: sqlite3.Error) -> int:
    return int(getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF


def problem_of(path: Path, error: BaseException) -> StoreError:
    """The StoreError naming why ``error`` (from SQLite or the file system) happened on ``path``."""
    if isinstance(error, StoreError):
        return error
    if isinstance(error, OSError):
        if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            return disk_full(path)
        if isinstance(error, PermissionError) or error.errno == errno.EROFS:
            return read_only(path.parent)
        return StoreError(f"Complaint Coach cannot use {path}: {error.strerror or error}.", path)
    if not isinstance(error, sqlite3.Error):
        raise error
    code = _primary(error)
    if code == sqlite3.SQLITE_FULL or (code == sqlite3.SQLITE_IOERR and _no_space(path)):
        return disk_full(path)
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN):
        return read_only(path.parent)
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return locked(path)
    if code == sqlite3.SQLITE_NOTADB:
        return not_a_database(path, error)
    if code == sqlite3.SQLITE_CORRUPT:
        return damaged(path, error)
    if "malformed" in str(error) or "corrupt" in str(error):
        return damaged(path, error)
    return StoreError(f"Complaint Coach cannot use the log {path}: {error}.", path)


def _no_space(path: Path) -> bool:
    """True when the disk holding ``path`` has (next to) no space left: SQLite reports a write
    that failed for want of space as a plain I/O error."""
    try:
        return shutil.disk_usage(path.parent).free < LOW_SPACE_BYTES
    except OSError:
        return False


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def side_files(path: Path) -> list[Path]:
    """The journal files SQLite may keep beside ``path``."""
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def move_aside(path: Path, aside: Path) -> None:
    """Renames the log ``path`` (and its ``-wal``, which holds committed pages) to ``aside`` and
    drops the other journal files, so a new file can take its place; OSError if it cannot."""
    with contextlib.suppress(FileNotFoundError):
        os.replace(wal_path(path), aside.with_name(aside.name + "-wal"))
    os.replace(path, aside)
    for side in side_files(path):
        with contextlib.suppress(FileNotFoundError):
            side.unlink()


def connect_read_only(path: Path, *, threads: bool = False) -> sqlite3.Connection:
    """A connection that never writes: immutable when no ``-wal`` file is beside ``path`` (no
    lock, no ``-shm``), else read-only, falling back to immutable where the ``-shm`` file cannot
    be made (a read-only folder, a full disk). sqlite3.Error when the file cannot be read, or is
    still locked by another program after SQLite's usual wait."""
    uri = path.resolve().as_uri()
    options = ["mode=ro"] if wal_path(path).exists() else []
    options.append("mode=ro&immutable=1")
    last: sqlite3.Error | None = None
    for option in options:
        connection = sqlite3.connect(
            f"{uri}?{option}", uri=True, check_same_thread=not threads, isolation_level=None
        )
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as error:
            connection.close()
            if _primary(error) in (
                sqlite3.SQLITE_NOTADB,
                sqlite3.SQLITE_CORRUPT,
                sqlite3.SQLITE_BUSY,
                sqlite3.SQLITE_LOCKED,
            ):
                raise
            last = error
            continue
        return connection
    assert last is not None
    raise last


def check(
    connection: sqlite3.Connection, *, full: bool = False, budget: float | None = None
) -> list[str] | None:
    """SQLite's check of every page: [] when healthy, else its findings (at most
    MAX_PROBLEMS); None when ``budget`` seconds ran out first. ``full`` adds the slower
    integrity check (indexes against their tables) to the quick one."""
    pragma = "integrity_check" if full else "quick_check"
    if budget is not None:
        deadline = time.monotonic() + budget
        connection.set_progress_handler(lambda: int(time.monotonic() > deadline), 2000)
    try:
        rows = connection.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})").fetchall()
    except sqlite3.OperationalError as error:
        if budget is not None and "interrupt" in str(error):
            return None
        raise
    finally:
        if budget is not None:
            connection.set_progress_handler(None, 0)
    found = [str(row[0]) for row in rows]
    return [] if found == ["ok"] else found


def check_file(path: Path, *, full: bool = True) -> list[str]:
    """Checks the database file ``path`` without writing to it: [] when healthy; raises
    NotADatabase or DatabaseDamaged when it cannot even be read that far."""
    try:
        connection = connect_read_only(path)
    except sqlite3.Error as error:
        raise problem_of(path, error) from None
    try:
        found = check(connection, full=full)
    except sqlite3.Error as error:
        raise problem_of(path, error) from None
    finally:
        connection.close()
    return found or []
