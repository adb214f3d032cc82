"""Unusable data folders and databases, help and version: plain words, the right exit code."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

from coach import __version__

Coach = Callable[..., subprocess.CompletedProcess[str]]


def test_help_lists_the_exit_codes_and_version_prints(coach: Coach) -> None:
    shown = coach("--help")
    assert shown.returncode == 0
    assert "exit codes:" in shown.stdout
    for line in ("0  done", "1  the input was refused", "3  the data folder", "4  the output file"):
        assert line in shown.stdout
    for command in ("import", "export", "demo"):
        assert command in shown.stdout
    version = coach("--version")
    assert version.returncode == 0 and version.stdout.strip() == f"Complaint Coach {__version__}"


def test_a_data_folder_that_is_a_file(coach: Coach, tmp_path: Path) -> None:
    folder = tmp_path / "not-a-folder"
    folder.write_text("x")
    done = coach("--data-dir", folder, "export", "out.csv")
    assert done.returncode == 3
    assert str(folder) in done.stderr and done.stderr.startswith("coach: ")


def test_a_data_folder_that_cannot_be_written(coach: Coach, tmp_path: Path) -> None:
    if os.geteuid() == 0:
        folder = Path("/sys/complaint-coach-test")  # read-only even for root
    else:
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0o500)
    try:
        done = coach("--data-dir", folder, "demo", "--complaints", "5")
    finally:
        if folder.is_relative_to(tmp_path):
            folder.chmod(0o700)
    assert done.returncode == 6
    assert "Traceback" not in done.stderr
    assert f"the data folder {folder}" in done.stderr


def test_a_database_file_that_is_not_a_database(coach: Coach, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    database = folder / "complaints.db"
    database.write_bytes(b"these are my notes, not a database\n" * 200)
    done = coach("--data-dir", folder, "import", "whatever.csv")
    assert done.returncode == 1  # the missing input is found first
    done = coach("--data-dir", folder, "export", "out.csv")
    assert done.returncode == 8
    assert f"The file {database} is not a Complaint Coach database" in done.stderr
    assert database.read_bytes() == b"these are my notes, not a database\n" * 200
