"""The code paths that differ on Windows, macOS and Linux, each checked for every system (the
decisions) and on the system running the tests (the real files)."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from coach.system import platforms
from coach.system.desktop import guide_file, icon_pngs
from coach.system.paths import data_dir, lock_path
from coach.system.resources import fonts_dir
from coach.text.languages import LANGUAGES

SYSTEMS = ["linux", "darwin", "win32"]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("system", SYSTEMS)
def test_program_names_and_environment_folders(system: str, tmp_path: Path) -> None:
    windows = system == "win32"
    assert platforms.executable_name("coach", system) == ("coach.exe" if windows else "coach")
    assert platforms.scripts_folder(tmp_path, system).name == ("Scripts" if windows else "bin")


@pytest.mark.parametrize("system", SYSTEMS)
def test_owner_only_modes_and_folder_syncs_apply_everywhere_but_windows(system: str) -> None:
    assert platforms.permissions_apply(system) == (system != "win32")
    assert platforms.can_sync_folder(system) == (system != "win32")


def test_windows_leaves_modes_and_folder_syncs_alone(tmp_path: Path) -> None:
    file = tmp_path / "complaints.db"
    file.write_bytes(b"")
    file.chmod(0o644)
    assert platforms.restrict_to_owner(file, "win32") is False
    assert platforms.sync_folder(tmp_path, "win32") is False
    assert mode(file) == 0o644


@pytest.mark.skipif(sys.platform == "win32", reason="owner-only modes are POSIX")
def test_a_private_folder_and_file_are_the_owners_alone(tmp_path: Path) -> None:
    folder = platforms.private_folder(tmp_path / "data" / "backups")
    assert folder.is_dir() and mode(folder) == 0o700
    file = folder / "complaints.db"
    file.write_bytes(b"")
    file.chmod(0o644)
    assert platforms.restrict_to_owner(file) is True
    assert mode(file) == 0o600
    assert platforms.sync_folder(folder) is True


def test_data_folder_and_lock_file_are_this_systems(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COACH_DATA_DIR", raising=False)
    folder = data_dir()
    assert folder.is_absolute() and folder.name == "ComplaintCoach"
    assert lock_path(folder).parent == folder


def test_fonts_icons_and_guide_are_found_on_this_system() -> None:
    assert {path.name for path in fonts_dir().glob("*.ttf")} >= {"NotoSansArabic-Regular.ttf"}
    assert icon_pngs() and all(path.is_file() for path in icon_pngs().values())
    assert all(guide_file(lang).is_file() for lang in LANGUAGES)
