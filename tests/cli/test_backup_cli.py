"""Backups, restore, check and repair from the command line, on real files."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import stat
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from coach.errors import EXIT_DAMAGED, EXIT_NOT_A_DATABASE
from tests.disk_damage import damage

Coach = Callable[..., subprocess.CompletedProcess[str]]


def count(path: Path) -> int:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM complaints").fetchone()[0])
    finally:
        connection.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled(coach: Coach, tmp_path: Path) -> Path:
    folder = tmp_path / "d"
    done = coach("--data-dir", folder, "demo", "--complaints", "300", "--seed", "3")
    assert done.returncode == 0, done.stderr
    return folder


def test_a_backup_is_verified_listed_and_private(coach: Coach, filled: Path) -> None:
    done = coach("--data-dir", filled, "backup")
    assert done.returncode == 0, done.stderr
    assert "Backed up 300 complaints to" in done.stdout and "checked" in done.stdout
    (made,) = (filled / "backups").iterdir()
    assert stat.S_IMODE((filled / "backups").stat().st_mode) == 0o700
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert count(made) == 300
    connection = sqlite3.connect(made)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    connection.close()
    listed = coach("--data-dir", filled, "backups")
    assert listed.returncode == 0
    assert "300 complaints" in listed.stdout and str(made.name) in listed.stdout
    out = filled.parent / "copy.db"
    done = coach("--data-dir", filled, "backup", "--out", out)
    assert done.returncode == 0 and count(out) == 300
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_an_import_is_preceded_by_a_backup_and_restore_undoes_it(
    coach: Coach, filled: Path, tmp_path: Path
) -> None:
    exported, other = tmp_path / "other.csv", tmp_path / "other"
    assert coach("--data-dir", other, "demo", "--complaints", "300", "--seed", "4").returncode == 0
    assert coach("--data-dir", other, "export", exported).returncode == 0
    assert coach("--data-dir", filled, "import", exported).returncode == 0
    assert count(filled / "complaints.db") == 600
    (before_import,) = (filled / "backups").glob("*-import.db")
    assert count(before_import) == 300

    done = coach("--data-dir", filled, "restore", "latest")
    assert done.returncode == 0, done.stderr
    assert "Restored 300 complaints" in done.stdout
    assert count(filled / "complaints.db") == 300
    (kept,) = filled.glob("complaints-before-restore-*.db")
    assert count(kept) == 600 and stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert coach("--data-dir", filled, "check").returncode == 0


def test_a_damaged_log_is_refused_checked_and_repaired(
    coach: Coach, filled: Path, tmp_path: Path
) -> None:
    log = filled / "complaints.db"
    damage(log)
    digest = sha256(log)
    csv_file = tmp_path / "one.csv"
    assert coach("--data-dir", filled, "export", tmp_path / "x.csv").returncode == EXIT_DAMAGED
    exported = coach("--data-dir", tmp_path / "other", "demo", "--complaints", "2")
    assert exported.returncode == 0
    assert coach("--data-dir", tmp_path / "other", "export", csv_file).returncode == 0
    for args in (("import", csv_file), ("demo", "--append", "--complaints", "5")):
        refused = coach("--data-dir", filled, *args)
        assert refused.returncode == EXIT_DAMAGED, refused.stderr
        assert "is damaged" in refused.stderr and "coach check --repair" in refused.stderr
    assert sha256(log) == digest, "nothing is written into a damaged log"

    checked = coach("--data-dir", filled, "check")
    assert checked.returncode == EXIT_DAMAGED
    assert f"The log {log} is damaged" in checked.stderr

    repaired = coach("--data-dir", filled, "check", "--repair")
    assert repaired.returncode == 0, repaired.stderr
    recovered = count(log)
    assert 280 <= recovered < 300
    assert f"Recovered {recovered} complaints" in repaired.stdout
    (aside,) = filled.glob("complaints-damaged-*.db")
    assert sha256(aside) == digest
    assert coach("--data-dir", filled, "check").returncode == 0
    out = tmp_path / "after.json"
    assert coach("--data-dir", filled, "export", out).returncode == 0
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert len(rows) == recovered
    word = rows[0]["description"].split()[-1].strip(".,!?")
    connection = sqlite3.connect(log)
    found = connection.execute(
        "SELECT count(*) FROM complaints_fts WHERE complaints_fts MATCH ?", [f'"{word.lower()}"']
    ).fetchone()[0]
    connection.close()
    assert found >= 1, "the search index was rebuilt"


def test_a_damaged_log_goes_back_to_the_newest_backup(coach: Coach, filled: Path) -> None:
    assert coach("--data-dir", filled, "backup").returncode == 0
    damage(filled / "complaints.db")
    done = coach("--data-dir", filled, "restore", "latest")
    assert done.returncode == 0, done.stderr
    assert count(filled / "complaints.db") == 300
    assert coach("--data-dir", filled, "check").returncode == 0
    (kept,) = filled.glob("complaints-before-restore-*.db")
    assert kept.stat().st_size > 0


def test_a_file_that_is_no_database_is_named_as_such(coach: Coach, tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "complaints.db").write_bytes(b"my notes\n" * 1000)
    done = coach("--data-dir", folder, "check", "--repair")
    assert done.returncode == EXIT_NOT_A_DATABASE
    assert "is not a Complaint Coach database" in done.stderr
    assert (folder / "complaints.db").read_bytes() == b"my notes\n" * 1000
    nothing = coach("--data-dir", folder, "restore", "latest")
    assert nothing.returncode == 1 and "no good backup" in nothing.stderr


def test_backups_are_copied_to_the_second_folder(
    coach: Coach, filled: Path, tmp_path: Path
) -> None:
    second = tmp_path / "usb"
    (filled / "settings.json").write_text(json.dumps({"backup_folder": str(second)}))
    done = coach("--data-dir", filled, "backup")
    assert done.returncode == 0
    (copy,) = second.iterdir()
    assert count(copy) == 300 and f"Copied to {copy}" in done.stdout
    (filled / "settings.json").write_text(json.dumps({"backup_folder": str(tmp_path / "f" / "x")}))
    (tmp_path / "f").write_text("a file where the stick was")
    done = coach("--data-dir", filled, "backup")
    assert done.returncode == 0
    assert "not copied to the second backup folder" in done.stdout
    listed = coach("--data-dir", filled, "backups")
    assert listed.stdout.count("300 complaints") == 2
