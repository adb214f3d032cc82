"""Backups, restore, checking and recovering the log of a data folder (no Qt).

The functions work on the folder, so they also serve a log too damaged to open; ``Safekeeping``
is the same for an open folder (``Coach.safekeeping``). Automatic backups go into
``<data folder>/backups`` and, when the owner chose one in Settings (``backup_folder``), into a
second folder too (a USB stick, a synced folder); a second folder that is not there is skipped
with a note. Each backup is verified before it is kept, and old ones are pruned by the retention
rule of coach.store.backup (10 newest, 7 daily, 4 weekly, 12 monthly).

Other features call ``Safekeeping.backup(reason)`` before a change the owner may want to undo
(reasons in coach.store.backup.REASONS: "import", "merge", "bulk", ...).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from coach.errors import StoreError
from coach.store import Store, backup, health, salvage
from coach.store.backup import BackupInfo
from coach.store.salvage import Salvaged
from coach.system.paths import backups_dir, database_path
from coach.system.settings import Settings

EDITING_BACKUP_AFTER = timedelta(minutes=30)
IDLE_BEFORE_BACKUP = timedelta(minutes=1)

__all__ = [
    "BackupClock",
    "BackupInfo",
    "Checked",
    "Made",
    "Restored",
    "Safekeeping",
    "Salvaged",
    "backup_to",
    "check_folder",
    "has_log",
    "list_backups",
    "make_backup",
    "restore_folder",
    "salvage_folder",
]


@dataclass(frozen=True)
class Made:
    """A backup made: the verified file, and the copy in the second folder (or why not)."""

    info: BackupInfo
    second_copy: Path | None = None
    second_problem: str = ""


@dataclass(frozen=True)
class Restored:
    """A restore done: complaints now in the log, and where the log before it was kept."""

    complaints: int
    kept_aside: Path


@dataclass(frozen=True)
class Checked:
    """The log's health: ``kind`` is "ok", "missing" or a StoreError kind ("damaged",
    "not_a_database", "newer", ...); ``problems`` are SQLite's findings."""

    path: Path
    kind: str
    complaints: int | None = None
    problems: list[str] = field(default_factory=list)
    error: StoreError | None = None

    @property
    def ok(self) -> bool:
        return self.kind in ("ok", "missing")


def _stamp(now: datetime | None) -> str:
    return (now or datetime.now()).strftime("%Y-%m-%d-%H%M%S")


def second_folder(settings: Settings | None) -> Path | None:
    """The second backup folder the owner chose, if any."""
    chosen = settings.backup_folder.strip() if settings is not None else ""
    return Path(chosen).expanduser() if chosen else None


def make_backup(
    data_dir: Path, reason: str, settings: Settings | None = None, now: datetime | None = None
) -> Made:
    """A verified backup of the folder's log, old ones pruned, copied to the second folder."""
    info = backup.make_backup(database_path(data_dir), backups_dir(data_dir), reason, now)
    backup.prune(backups_dir(data_dir))
    second = second_folder(settings)
    if second is None:
        return Made(info)
    try:
        copy = backup.copy_backup(info.path, second)
        backup.prune(second)
    except OSError as error:
        return Made(info, None, f"{second}: {error.strerror or error}")
    return Made(info, copy)


def has_log(data_dir: Path) -> bool:
    path = database_path(data_dir)
    return path.is_file() and path.stat().st_size > 0


def backup_to(data_dir: Path, target: Path) -> int:
    """A verified copy of the folder's log written as ``target`` (0600); returns its count."""
    return backup.snapshot(database_path(data_dir), target)


def list_backups(data_dir: Path, settings: Settings | None = None) -> list[BackupInfo]:
    """Every readable backup, newest first, with its complaints counted; those only in the
    second folder too."""
    found: dict[str, BackupInfo] = {}
    folders = [backups_dir(data_dir)]
    second = second_folder(settings)
    if second is not None:
        folders.append(second)
    for folder in folders:
        for path, _when, _reason in backup.backups_in(folder):
            if path.name in found:
                continue
            with contextlib.suppress(StoreError, OSError):
                found[path.name] = backup.describe(path)
    return sorted(found.values(), key=lambda info: (info.made_at, info.path.name), reverse=True)


def latest_good(data_dir: Path, settings: Settings | None = None) -> BackupInfo | None:
    """The newest backup that passes the check, if any."""
    for info in list_backups(data_dir, settings):
        with contextlib.suppress(StoreError, OSError):
            backup.verify(info.path)
            return info
    return None


def daily_due(data_dir: Path, now: datetime | None = None) -> bool:
    """True when no backup was made today."""
    today = (now or datetime.now()).date()
    return not any(
        when.date() == today for _p, when, _r in backup.backups_in(backups_dir(data_dir))
    )


def check_folder(data_dir: Path) -> Checked:
    """Checks every page of the folder's log, without writing to it."""
    path = database_path(data_dir)
    if not has_log(data_dir):
        return Checked(path, "missing", 0)
    try:
        problems = health.check_file(path, full=True)
        if problems:
            error = health.damaged(path, "; ".join(problems[:3]))
            return Checked(path, "damaged", None, problems, error)
        return Checked(path, "ok", backup.verify(path))
    except StoreError as error:
        return Checked(path, error.kind, None, [error.detail] if error.detail else [], error)


def salvage_folder(data_dir: Path, now: datetime | None = None) -> Salvaged:
    """Recovers every readable complaint of the folder's damaged log into a fresh log; the
    damaged file is kept aside as ``complaints-damaged-<time>.db``."""
    path = database_path(data_dir)
    aside = data_dir / f"complaints-damaged-{_stamp(now)}.db"
    return salvage.salvage(path, aside)


def _kept_aside_name(data_dir: Path, now: datetime | None) -> Path:
    return data_dir / f"complaints-before-restore-{_stamp(now)}.db"


def restore_into_store(
    store: Store, data_dir: Path, source: Path, now: datetime | None = None
) -> Restored:
    """Puts the backup ``source`` in place of the open store's log; the log as it was is kept
    as ``complaints-before-restore-<time>.db`` (a verified copy) first."""
    backup.verify(source)
    aside = _kept_aside_name(data_dir, now)
    backup.snapshot(store.path, aside)
    return Restored(store.restore_from(source), aside)


def restore_folder(data_dir: Path, source: Path, now: datetime | None = None) -> Restored:
    """Puts the backup ``source`` in place of the folder's log. A healthy log is replaced
    through SQLite (a program that has it open sees the restored log); a damaged one, or a file
    that is no database, is renamed aside whole."""
    backup.verify(source)
    try:
        store = Store.open(data_dir)
    except StoreError as error:
        if error.kind not in ("damaged", "not_a_database"):
            raise
    else:
        try:
            return restore_into_store(store, data_dir, source, now)
        finally:
            store.close()
    path = database_path(data_dir)
    aside = _kept_aside_name(data_dir, now)
    try:
        health.move_aside(path, aside)
        os.replace(backup.copy_backup(source, data_dir, f".{path.name}.restoring"), path)
    except OSError as error:
        raise health.problem_of(path, error) from None
    store = Store.open(data_dir)
    try:
        return Restored(store.count(), aside)
    finally:
        store.close()


class BackupClock:
    """When the next automatic backup is due: after EDITING_BACKUP_AFTER of editing, once the
    owner has paused for IDLE_BEFORE_BACKUP."""

    def __init__(self, changes: int = 0):
        self.changes = changes
        self.first_edit: datetime | None = None
        self.last_edit: datetime | None = None

    def note(self, changes: int, now: datetime) -> None:
        """Takes the store's change counter; a new value is an edit at ``now``."""
        if changes != self.changes:
            self.changes = changes
            self.first_edit = self.first_edit or now
            self.last_edit = now

    def due(self, now: datetime) -> bool:
        if self.first_edit is None or self.last_edit is None:
            return False
        return (
            now - self.first_edit >= EDITING_BACKUP_AFTER
            and now - self.last_edit >= IDLE_BEFORE_BACKUP
        )

    def done(self) -> None:
        self.first_edit = self.last_edit = None


class Safekeeping:
    """Backups and restore for an open data folder (``Coach.safekeeping``)."""

    def __init__(self, store: Store, data_dir: Path, settings: Settings):
        self._store = store
        self.data_dir = data_dir
        self.settings = settings
        self.clock = BackupClock(store.changes)

    def backup(self, reason: str = "manual", now: datetime | None = None) -> Made:
        """A verified backup now; DatabaseDamaged if the log fails the check (then nothing
        more is written into it)."""
        try:
            made = make_backup(self.data_dir, reason, self.settings, now)
        except StoreError as error:
            self._store.damaged = self._store.damaged or error.kind == "damaged"
            raise
        self.clock.done()
        return made

    def backups(self) -> list[BackupInfo]:
        return list_backups(self.data_dir, self.settings)

    def restore(self, source: Path, now: datetime | None = None) -> Restored:
        return restore_into_store(self._store, self.data_dir, source, now)

    def daily_due(self, now: datetime | None = None) -> bool:
        return daily_due(self.data_dir, now)

    def editing_due(self, now: datetime | None = None) -> bool:
        """Notes the edits since the last look; True when an editing backup is due."""
        now = now or datetime.now()
        self.clock.note(self._store.changes, now)
        return self.clock.due(now)
