"""Opening the database file: the owner's folder checked, newer versions refused, migrations run."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from coach.errors import StoreError
from coach.store.schema import LATEST_VERSION, MIGRATION_NAMES, MIGRATIONS
from coach.system.paths import database_path


def _not_a_database(path: Path, error: sqlite3.DatabaseError) -> StoreError:
    return StoreError(
        f"The file {path} is not a Complaint Coach database, or it is damaged ({error}). "
        "Nothing was changed. Move it aside to start a new log, or restore it from a backup."
    )


def _refuse_newer(path: Path) -> None:
    """Raises StoreError when ``path`` was written by a newer version; reads, never writes.

    Without a ``-wal`` file beside it the database file is complete, so it is opened immutable
    (no lock, no ``-shm`` or ``-wal`` made); otherwise read-only, to see what the log holds.
    """
    wal = path.with_name(path.name + "-wal")
    options = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?{options}", uri=True)
    try:
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        has_log = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
            [MIGRATIONS.migrations_table],
        ).fetchone()
        applied: list[str] = []
        if has_log:
            applied = [
                row[0]
                for row in connection.execute(
                    f"SELECT name FROM {MIGRATIONS.migrations_table} WHERE migration_set = ?",
                    [MIGRATIONS.name],
                )
            ]
    finally:
        connection.close()
    unknown = set(applied) - set(MIGRATION_NAMES)
    if version > LATEST_VERSION or unknown:
        stored = max(version, len(applied))
        raise StoreError(
            f"The file {path} was saved by a newer version of Complaint Coach "
            f"(database version {stored}; this version reads up to {LATEST_VERSION}). "
            "Nothing was changed. Install the newer version to open it."
        )


def open_database(folder: Path) -> tuple[Path, sqlite3.Connection]:
    """The database of ``folder`` (created if needed) upgraded to this version, and its
    connection; every problem is a StoreError in words and leaves the file as it was."""
    path = database_path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        if not os.access(folder, os.W_OK) or not os.access(path, os.W_OK):
            raise PermissionError(str(path))
    except PermissionError:
        raise StoreError(
            f"Complaint Coach cannot write to the data folder {folder}. "
            "Choose another folder with --data-dir, or ask for write permission to this one."
        ) from None
    except OSError as error:
        raise StoreError(
            f"Complaint Coach cannot use the data folder {folder}: {error.strerror}."
        ) from None
    try:
        _refuse_newer(path)
    except sqlite3.DatabaseError as error:
        raise _not_a_database(path, error) from None
    old_umask = os.umask(0o077)
    connection: sqlite3.Connection | None = None
    try:
        connection = sqlite3.connect(
            path, check_same_thread=False, timeout=5.0, isolation_level=None
        )
        _prepare(Database(connection, execute_plugins=False))
    except sqlite3.DatabaseError as error:
        if connection is not None:
            connection.close()
        if error.sqlite_errorcode == sqlite3.SQLITE_FULL:
            raise StoreError(
                f"The disk is full: Complaint Coach cannot open the log {path}. "
                "Nothing was lost; free some space on the disk and try again."
            ) from None
        raise _not_a_database(path, error) from None
    finally:
        os.umask(old_umask)
    return path, connection


def _prepare(db: Database) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    db.enable_wal()
    db.execute("PRAGMA synchronous = NORMAL")
    MIGRATIONS.apply(db)
    version = len(MIGRATIONS.applied(db))
    if int(db.execute("PRAGMA user_version").fetchone()[0]) != version:
        db.execute(f"PRAGMA user_version = {version}")
