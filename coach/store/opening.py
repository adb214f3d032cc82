"""Opening the database file: the owner's folder checked, newer versions refused, damage found
(a quick check within a time budget), a backup made before an upgrade, migrations run.

Every problem is the StoreError subclass naming its cause (coach.store.health) and leaves the
file as it was. ``read_only=True`` opens without writing a byte when nothing needs writing (no
upgrade due), so the log can be read from a read-only folder or a full disk.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from coach.errors import StoreError
from coach.store import health
from coach.store.backup import make_backup, private_folder
from coach.store.connection import utils_on
from coach.store.schema import LATEST_VERSION, MIGRATION_NAMES, MIGRATION_SET, MIGRATIONS_TABLE

if TYPE_CHECKING:
    from sqlite_utils import Database
from coach.system.paths import backups_dir, database_path

QUICK_CHECK_SECONDS = 0.5
BUSY_TIMEOUT_SECONDS = 5.0


def _inspect(path: Path, budget: float | None, check: bool = True) -> tuple[int, bool]:
    """The schema version of ``path``, read without writing, and whether it is this version's
    exactly (nothing to prepare but the connection); raises NewerDatabase for a newer version,
    DatabaseDamaged when the quick check (within ``budget`` s; skipped unless ``check``) finds
    damage."""
    try:
        connection = health.connect_read_only(path)
    except sqlite3.Error as error:
        raise health.problem_of(path, error) from None
    try:
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        has_log = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
            [MIGRATIONS_TABLE],
        ).fetchone()
        applied: list[str] = []
        if has_log:
            applied = [
                row[0]
                for row in connection.execute(
                    f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ?",
                    [MIGRATION_SET],
                )
            ]
        unknown = set(applied) - set(MIGRATION_NAMES)
        if version > LATEST_VERSION or unknown:
            raise health.newer(path, max(version, len(applied)), LATEST_VERSION)
        problems = health.check(connection, budget=budget) if check else []
        if problems:
            raise health.damaged(path, "; ".join(problems[:3]))
        current = applied == MIGRATION_NAMES and version == LATEST_VERSION and _keyed(connection)
        return (len(applied) if has_log else version), current
    except sqlite3.Error as error:
        raise health.problem_of(path, error) from None
    finally:
        connection.close()


def _writable_folder(folder: Path, path: Path) -> None:
    """Makes the folder (0700) and an empty log file (0600) if needed; StoreError if either
    cannot be written."""
    try:
        private_folder(folder)
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        if not os.access(folder, os.W_OK) or not os.access(path, os.W_OK):
            raise PermissionError(errno.EACCES, "permission denied", str(path))
    except OSError as error:
        if isinstance(error, PermissionError) or error.errno == errno.EROFS:
            raise health.read_only(folder) from None
        if error.errno == errno.ENOSPC:
            raise health.disk_full(path) from None
        raise StoreError(
            f"Complaint Coach cannot use the data folder {folder}: {error.strerror}.", folder
        ) from None


def _keyed(connection: sqlite3.Connection) -> bool:
    """True when the migrations table has the ``id`` key sqlite-utils gives it today (an
    older one is rebuilt by ``prepare``)."""
    sql = "SELECT pk FROM pragma_table_info(?) WHERE name = 'id'"
    return bool((connection.execute(sql, [MIGRATIONS_TABLE]).fetchone() or (0,))[0])


def open_database(
    folder: Path,
    *,
    read_only: bool = False,
    budget: float | None = QUICK_CHECK_SECONDS,
    check: bool = True,
) -> tuple[Path, sqlite3.Connection, bool]:
    """The database of ``folder`` upgraded to this version, its connection, and whether that
    connection is read-only (``read_only`` asked and no upgrade due). Without ``check`` the
    quick check is left to the caller (coach.store.first_check)."""
    path = database_path(folder)
    version: int | None = None
    current = False
    if read_only and path.is_file():
        version, current = _inspect(path, budget, check)
        if version == LATEST_VERSION:
            try:
                return path, health.connect_read_only(path, threads=True), True
            except sqlite3.Error as error:
                raise health.problem_of(path, error) from None
    _writable_folder(folder, path)
    if version is None:
        version, current = _inspect(path, budget, check)
    old_umask = os.umask(0o077)
    connection: sqlite3.Connection | None = None
    try:
        connection = sqlite3.connect(
            path, check_same_thread=False, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None
        )
        if current:
            prepare_connection(connection)
        else:
            if 0 < version < LATEST_VERSION:
                make_backup(path, backups_dir(folder), "upgrade")
            prepare(utils_on(connection))
    except (sqlite3.Error, StoreError) as error:
        if connection is not None:
            connection.close()
        raise health.problem_of(path, error) from None
    finally:
        os.umask(old_umask)
    return path, connection, False


def prepare_connection(connection: sqlite3.Connection) -> None:
    """WAL, foreign keys and the sync level, on a log of this version (no sqlite-utils)."""
    connection.execute("PRAGMA foreign_keys = ON")
    if connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        connection.execute("PRAGMA journal_mode = wal")
    connection.execute("PRAGMA synchronous = NORMAL")


def prepare(db: Database) -> None:
    """WAL, foreign keys, and every migration not yet applied."""
    from coach.store.schema import MIGRATIONS

    prepare_connection(db.conn)
    MIGRATIONS.apply(db)
    version = len(MIGRATIONS.applied(db))
    if int(db.execute("PRAGMA user_version").fetchone()[0]) != version:
        db.execute(f"PRAGMA user_version = {version}")
