"""Verified copies of the log, made and put back with SQLite's online backup (no Qt).

A backup is ``complaints-<YYYY-MM-DD-HHMMSS>-<reason>.db`` in the backups folder (0700), readable
only by the owner (0600). It is written to a temporary file beside it, then opened, checked page
by page (``PRAGMA integrity_check``) and counted before it is renamed into place, so a backup that
is listed is a good one; a copy that fails the check means the log itself is damaged.

Retention (``keep``): the newest KEEP_NEWEST backups, and the newest of each of the last
KEEP_DAYS days, KEEP_WEEKS ISO weeks and KEEP_MONTHS months that have one; the rest are deleted.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from coach.errors import StoreError
from coach.store import health
from coach.store.schema import LATEST_VERSION

KEEP_NEWEST = 10
KEEP_DAYS = 7
KEEP_WEEKS = 4
KEEP_MONTHS = 12
FOLDER_MODE = 0o700
FILE_MODE = 0o600
REASONS: tuple[str, ...] = (
    "daily",
    "editing",
    "import",
    "restore",
    "upgrade",
    "merge",
    "bulk",
    "anonymise",
    "manual",
)
_NAME = re.compile(r"^complaints-(\d{4}-\d{2}-\d{2}-\d{6})-([a-z_]+)\.db$")
_STAMP = "%Y-%m-%d-%H%M%S"


@dataclass(frozen=True)
class BackupInfo:
    """One verified backup: when and why it was made, how many complaints it holds, its size."""

    path: Path
    made_at: datetime
    reason: str
    complaints: int
    size: int


def private_folder(folder: Path) -> Path:
    """Makes ``folder`` (and its parents) if needed and keeps it readable only by the owner."""
    folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    with contextlib.suppress(OSError):
        os.chmod(folder, FOLDER_MODE)
    return folder


def backup_name(made_at: datetime, reason: str) -> str:
    return f"complaints-{made_at.strftime(_STAMP)}-{reason}.db"


def parse_name(path: Path) -> tuple[datetime, str] | None:
    """(when, why) from a backup's file name; None for any other file."""
    found = _NAME.match(path.name)
    if not found:
        return None
    try:
        return datetime.strptime(found.group(1), _STAMP), found.group(2)
    except ValueError:
        return None


def count_complaints(connection: sqlite3.Connection) -> int:
    """Complaints in the log, not counting those in the bin."""
    columns = {row[1] for row in connection.execute("PRAGMA table_info(complaints)")}
    where = " WHERE deleted_at IS NULL" if "deleted_at" in columns else ""
    return int(connection.execute(f"SELECT count(*) FROM complaints{where}").fetchone()[0])


def schema_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def verify(path: Path) -> int:
    """Opens the database file ``path`` read-only, checks every page and counts its complaints.

    Returns the count; DatabaseDamaged or NotADatabase when it fails, NewerDatabase when a newer
    version wrote it.
    """
    try:
        connection = health.connect_read_only(path)
    except sqlite3.Error as error:
        raise health.problem_of(path, error) from None
    try:
        problems = health.check(connection, full=True)
        if problems:
            raise health.damaged(path, "; ".join(problems[:3]))
        version = schema_version(connection)
        if version > LATEST_VERSION:
            raise health.newer(path, version, LATEST_VERSION)
        return count_complaints(connection)
    except sqlite3.Error as error:
        raise health.problem_of(path, error) from None
    finally:
        connection.close()


def copy_into_file(source: sqlite3.Connection, target: Path) -> int:
    """Copies ``source`` with the online backup API into ``target`` (a standalone file in
    rollback-journal mode, 0600), verified before it replaces anything; returns its count.

    Failures raise a StoreError naming the cause (disk full, read-only, the source damaged);
    then ``target`` is as it was and nothing is left behind.
    """
    temporary = target.with_name(f".{target.name}.tmp")
    try:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        os.close(os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, FILE_MODE))
        copy = sqlite3.connect(temporary, isolation_level=None)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
        count = verify(temporary)
        os.replace(temporary, target)
    except BaseException as error:
        for leftover in (temporary, *health.side_files(temporary)):
            with contextlib.suppress(OSError):
                leftover.unlink()
        if isinstance(error, (sqlite3.Error, OSError)):
            raise health.problem_of(target, error) from None
        raise
    _sync_folder(target.parent)
    return count


def make_backup(
    database: Path, folder: Path, reason: str, now: datetime | None = None
) -> BackupInfo:
    """Makes a verified backup of the log file ``database`` in ``folder``.

    It reads through its own read-only connection, so saves go on meanwhile (WAL). A damaged
    log gives DatabaseDamaged and no backup.
    """
    if reason not in REASONS:
        raise ValueError(f"{reason!r} is not a backup reason: {', '.join(REASONS)}")
    made_at = (now or datetime.now()).replace(microsecond=0)
    try:
        private_folder(folder)
    except OSError as error:
        raise health.problem_of(folder / "x", error) from None
    target = folder / backup_name(made_at, reason)
    while target.exists():
        made_at += timedelta(seconds=1)
        target = folder / backup_name(made_at, reason)
    count = snapshot(database, target)
    return BackupInfo(target, made_at, reason, count, target.stat().st_size)


def snapshot(database: Path, target: Path) -> int:
    """A verified copy of the log file ``database`` as ``target``; returns its count. A damaged
    log gives DatabaseDamaged naming ``database``, and no copy."""
    try:
        source = health.connect_read_only(database)
    except sqlite3.Error as error:
        raise health.problem_of(database, error) from None
    try:
        return copy_into_file(source, target)
    except StoreError as error:
        if error.kind in ("damaged", "not_a_database"):
            raise health.damaged(database, error.detail) from None
        raise
    finally:
        source.close()


def copy_backup(backup: Path, folder: Path, name: str = "") -> Path:
    """Copies a verified backup file into another folder (a USB stick, a synced folder), as
    ``name`` (default: its own name), whole or not at all; returns the copy's path."""
    private_folder(folder)
    target = folder / (name or backup.name)
    temporary = folder / f".{backup.name}.tmp"
    try:
        with (
            open(backup, "rb") as source,
            open(
                os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, FILE_MODE), "wb"
            ) as copy,
        ):
            shutil.copyfileobj(source, copy, 1024 * 1024)
            copy.flush()
            os.fsync(copy.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    _sync_folder(folder)
    return target


def backups_in(folder: Path) -> list[tuple[Path, datetime, str]]:
    """The backup files in ``folder`` (path, when, why), newest first; nothing is opened."""
    try:
        paths = list(folder.iterdir())
    except OSError:
        return []
    found = []
    for path in paths:
        parsed = parse_name(path)
        if parsed is not None and path.is_file():
            found.append((path, *parsed))
    return sorted(found, key=lambda item: (item[1], item[0].name), reverse=True)


def describe(path: Path) -> BackupInfo:
    """A backup file's details, its complaints counted (StoreError when it cannot be read)."""
    parsed = parse_name(path)
    made_at, reason = parsed if parsed else (datetime.fromtimestamp(path.stat().st_mtime), "")
    try:
        connection = health.connect_read_only(path)
    except sqlite3.Error as error:
        raise health.problem_of(path, error) from None
    try:
        count = count_complaints(connection)
    except sqlite3.Error as error:
        raise health.problem_of(path, error) from None
    finally:
        connection.close()
    return BackupInfo(path, made_at, reason, count, path.stat().st_size)


def kept(made: Iterable[datetime]) -> set[datetime]:
    """Which of the backup times ``made`` the retention rule keeps."""
    newest_first = sorted(set(made), reverse=True)
    keep = set(newest_first[:KEEP_NEWEST])
    for key, limit in (
        (lambda d: d.date(), KEEP_DAYS),
        (lambda d: d.isocalendar()[:2], KEEP_WEEKS),
        (lambda d: (d.year, d.month), KEEP_MONTHS),
    ):
        seen: list[object] = []
        for when in newest_first:
            period = key(when)
            if period not in seen:
                if len(seen) == limit:
                    break
                seen.append(period)
                keep.add(when)
    return keep


STALE_SECONDS = 3600


def prune(folder: Path) -> list[Path]:
    """Deletes the backups in ``folder`` the retention rule does not keep, and temporary files
    an interrupted backup left over an hour ago; returns the backups deleted."""
    with contextlib.suppress(OSError):
        for leftover in folder.glob(".complaints-*.tmp*"):
            if time.time() - leftover.stat().st_mtime > STALE_SECONDS:
                leftover.unlink()
    found = backups_in(folder)
    keep = kept(when for _path, when, _reason in found)
    deleted = []
    for path, when, _reason in found:
        if when not in keep:
            with contextlib.suppress(OSError):
                path.unlink()
                deleted.append(path)
    return deleted


def restore_into(backup: Path, target: sqlite3.Connection) -> int:
    """Replaces the content of the open database ``target`` with the verified ``backup``, in
    one step of the online backup API (other connections wait, then see the restored log)."""
    count = verify(backup)
    try:
        source = health.connect_read_only(backup)
    except sqlite3.Error as error:
        raise health.problem_of(backup, error) from None
    try:
        source.backup(target)
    finally:
        source.close()
    return count


def _sync_folder(folder: Path) -> None:
    try:
        handle = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)
