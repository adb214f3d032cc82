"""What differs between Windows, macOS and Linux, each behind one small function (no Qt).

Everything else is the same code on every system: paths come from platformdirs
(coach.system.paths), the one-instance lock is Qt's QLockFile (coach.ui.app), fonts are bundled
(assets/fonts) and found through importlib.resources like every other file the app ships.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

OWNER_ONLY_FILE = 0o600
OWNER_ONLY_FOLDER = 0o700


def is_windows(platform: str = sys.platform) -> bool:
    return platform == "win32"


def executable_name(name: str, platform: str = sys.platform) -> str:
    """The file name of the program ``name``: ``name.exe`` on Windows."""
    return f"{name}.exe" if is_windows(platform) else name


def scripts_folder(environment: Path, platform: str = sys.platform) -> Path:
    """Where a virtual environment keeps its programs: Scripts\\ on Windows, bin/ elsewhere."""
    return environment / ("Scripts" if is_windows(platform) else "bin")


def permissions_apply(platform: str = sys.platform) -> bool:
    """Whether owner-only modes mean anything: not on Windows, where chmod only sets the
    read-only flag and the user's profile folder (where the data lives) is private already."""
    return not is_windows(platform)


def restrict_to_owner(path: Path, platform: str = sys.platform) -> bool:
    """Makes ``path`` (a file or a folder) readable only by its owner where modes apply;
    whether it did."""
    if not permissions_apply(platform):
        return False
    os.chmod(path, OWNER_ONLY_FOLDER if path.is_dir() else OWNER_ONLY_FILE)
    return True


def private_folder(folder: Path, platform: str = sys.platform) -> Path:
    """Makes ``folder`` (and its parents) if needed, readable only by the owner."""
    folder.mkdir(parents=True, exist_ok=True, mode=OWNER_ONLY_FOLDER)
    restrict_to_owner(folder, platform)
    return folder


def can_sync_folder(platform: str = sys.platform) -> bool:
    """Whether a folder can be opened and synced to make a rename durable (not on Windows,
    whose renames are durable once the file is)."""
    return not is_windows(platform)


def sync_folder(folder: Path, platform: str = sys.platform) -> bool:
    """Syncs ``folder``'s entries to the disk where the system allows it; whether it did."""
    if not can_sync_folder(platform):
        return False
    try:
        handle = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return False
    try:
        os.fsync(handle)
        return True
    except OSError:
        return False
    finally:
        os.close(handle)
