"""Every location the app reads or writes, in one place."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "ComplaintCoach"
DATA_DIR_ENV = "COACH_DATA_DIR"
DATABASE_NAME = "complaints.db"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The user's data folder: ``override``, else $COACH_DATA_DIR, else the platform's data dir."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def database_path(folder: Path) -> Path:
    return folder / DATABASE_NAME


def user_playbooks_dir(folder: Path) -> Path:
    """Where the owner's own playbook files live (``playbooks/<lang>/*.toml``)."""
    return folder / "playbooks"


def settings_path(folder: Path) -> Path:
    return folder / "settings.json"


def lock_path(folder: Path) -> Path:
    return folder / "coach.lock"


def import_profiles_dir(folder: Path) -> Path:
    """Where the import mappings the owner saved are kept (one JSON file each)."""
    return folder / "import-profiles"


def backups_dir(folder: Path) -> Path:
    """Where the automatic backups of the log are kept."""
    return folder / "backups"


def cache_dir() -> Path:
    """The user's cache folder: what the app can always make again (the built-in playbook read)."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
