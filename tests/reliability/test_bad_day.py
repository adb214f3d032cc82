"""A damaged file, a full disk, a read-only folder, formula cells, and who may read the files."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import stat
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from coach.complaints.domain import Complaint, Customer
from coach.errors import EXIT_DAMAGED, EXIT_DISK_FULL, EXIT_LOCKED, EXIT_READ_ONLY
from coach.service import Coach
from tests.disk_damage import damage

Run = Callable[..., subprocess.CompletedProcess[str]]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def demo(coach: Run, folder: Path, count: int = 300) -> None:
    done = coach("--data-dir", folder, "demo", "--complaints", str(count), "--months", "1")
    assert done.returncode == 0, done.stderr


def fill_disk(folder: Path) -> Path:
    """Writes a file until the disk is full; returns it (delete it to free the space)."""
    filler = folder / "filler"
    with pytest.raises(OSError), filler.open("wb") as stream:
        while True:
            stream.write(b"x" * 4096)
            stream.flush()
    return filler


def month() -> str:
    return datetime.now().strftime("%Y-%m")


def test_every_command_on_a_damaged_log_explains_and_writes_nothing(
    coach: Run, tmp_path: Path
) -> None:
    folder = tmp_path / "d"
    demo(coach, folder)
    log = folder / "complaints.db"
    damage(log)
    digest = sha256(log)
    for args in (
        ("export", tmp_path / "x.csv"),
        ("report", "--month", month(), "--out", tmp_path / "r.pdf"),
        ("report", "--month", month(), "--format", "json", "--out", tmp_path / "r.json"),
        ("demo", "--append", "--complaints", "3"),
        ("backup",),
        ("delete", "1"),
        ("check",),
    ):
        done = coach("--data-dir", folder, *args)
        assert done.returncode == EXIT_DAMAGED, (args, done.stderr)
        assert "is damaged" in done.stderr and "coach check --repair" in done.stderr
    assert sha256(log) == digest
    assert not (tmp_path / "x.csv").exists() and not (tmp_path / "r.pdf").exists()


def test_a_full_disk_refuses_writing_in_words_and_still_reads(
    coach: Run, small_disk: Path, tmp_path: Path
) -> None:
    folder = small_disk / "d"
    demo(coach, folder, 60)
    pdf = small_disk / "report.pdf"
    assert coach("--data-dir", folder, "report", "--month", month(), "--out", pdf).returncode == 0
    good_pdf = pdf.read_bytes()
    log = folder / "complaints.db"
    filler = fill_disk(small_disk)
    digest = sha256(log)

    refused = coach("--data-dir", folder, "demo", "--append", "--complaints", "200")
    assert refused.returncode == EXIT_DISK_FULL, refused.stderr
    assert "The disk is full" in refused.stderr and "damaged" not in refused.stderr
    out = tmp_path / "all.csv"
    exported = coach("--data-dir", folder, "export", out)
    assert exported.returncode == 0, exported.stderr
    assert "Exported 60 complaints" in exported.stdout
    report = coach("--data-dir", folder, "report", "--month", month(), "--out", tmp_path / "r.pdf")
    assert report.returncode == 0, report.stderr
    again = coach("--data-dir", folder, "report", "--month", month(), "--out", pdf)
    assert again.returncode == EXIT_DISK_FULL, again.stderr
    assert pdf.read_bytes() == good_pdf, "the good PDF was kept"
    assert sha256(log) == digest
    filler.unlink()
    assert coach("--data-dir", folder, "check").returncode == 0


def test_a_read_only_folder_reads_and_says_why_it_cannot_write(
    coach: Run, read_only_view: Callable[[Path], Path], tmp_path: Path
) -> None:
    folder = tmp_path / "d"
    demo(coach, folder, 40)
    view = read_only_view(folder)
    out = tmp_path / "all.json"
    exported = coach("--data-dir", view, "export", out)
    assert exported.returncode == 0, exported.stderr
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 40
    report = tmp_path / "r.json"
    done = coach("--data-dir", view, "report", "--month", month(), "--out", report)
    assert done.returncode == 0, done.stderr
    refused = coach("--data-dir", view, "demo", "--append", "--complaints", "2")
    assert refused.returncode == EXIT_READ_ONLY
    assert f"cannot write to the data folder {view}" in refused.stderr
    assert sorted(p.name for p in view.iterdir()) == sorted(p.name for p in folder.iterdir())


def test_the_app_opens_a_read_only_folder_for_reading(
    qapp, monkeypatch, capsys, coach: Run, read_only_view: Callable[[Path], Path], tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer

    from coach.ui.app import SMOKE_TEST_ENV, run_app
    from coach.ui.prompts import ScriptedPrompts

    folder = tmp_path / "d"
    demo(coach, folder, 25)
    view = read_only_view(folder)
    monkeypatch.setenv(SMOKE_TEST_ENV, "1")
    guard = QTimer(qapp)
    guard.setSingleShot(True)
    guard.timeout.connect(qapp.quit)
    guard.start(15000)
    prompts = ScriptedPrompts()
    try:
        code = run_app(str(view), "en", prompts=prompts)
    finally:
        guard.stop()
    assert code == 0 and prompts.shown == []
    assert "main window shown with 25 complaints" in capsys.readouterr().out


DANGEROUS = [
    '=HYPERLINK("http://example.com","click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A2)",
    "\tTabbed",
    "\rReturn",
    "'=already quoted",
    "''+twice",
    "plain 'text'",
]


def test_formula_cells_are_escaped_and_survive_a_round_trip(coach: Run, tmp_path: Path) -> None:
    folder = tmp_path / "d"
    with Coach.open(folder, "en") as opened:
        for n, text in enumerate(DANGEROUS):
            opened.save(
                Complaint(
                    created_at=datetime(2026, 5, 1 + n, 9),
                    description=text,
                    product=text,
                    customer=Customer(name=text),
                )
            )
    first = tmp_path / "first.csv"
    assert coach("--data-dir", folder, "export", first).returncode == 0
    table = list(csv.reader(io.StringIO(first.read_text(encoding="utf-8-sig"), newline="")))
    header = table[0]
    described = [row[header.index("description")] for row in table[1:]]
    for cell in described:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert described[0] == '\'=HYPERLINK("http://example.com","click")'
    assert described[7] == "'''+twice" and described[8] == "plain 'text'"
    imported = coach("--data-dir", tmp_path / "again", "import", first)
    assert imported.returncode == 0, imported.stderr
    with Coach.open(tmp_path / "again", "en") as opened:
        assert [c.description for c in opened.search(order="oldest")] == DANGEROUS
    second = tmp_path / "second.csv"
    assert coach("--data-dir", tmp_path / "again", "export", second).returncode == 0
    assert second.read_bytes() == first.read_bytes()


def test_every_file_the_app_writes_is_private(
    qapp, monkeypatch, coach: Run, tmp_path: Path
) -> None:
    folder = tmp_path / "d"
    demo(coach, folder, 30)
    bad = tmp_path / "bad.csv"
    export = tmp_path / "all.csv"
    assert coach("--data-dir", folder, "export", export).returncode == 0
    text = export.read_text(encoding="utf-8-sig").splitlines()
    bad.write_text("\n".join([text[0], text[1], "not,a,good,row"]) + "\n", encoding="utf-8")
    assert coach("--data-dir", folder, "import", bad, "--skip-bad").returncode in (0, 1)
    outputs = [export, *tmp_path.glob("bad.rejected.csv")]
    for kind in ("pdf", "json", "csv"):
        out = tmp_path / f"report.{kind}"
        assert (
            coach("--data-dir", folder, "report", "--month", month(), "--out", out).returncode == 0
        )
        outputs.append(out)
    assert coach("--data-dir", folder, "backup").returncode == 0
    assert coach("--data-dir", folder, "backup", "--out", tmp_path / "copy.db").returncode == 0
    outputs.append(tmp_path / "copy.db")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from coach.system.paths import lock_path
    from coach.ui.app import SMOKE_TEST_ENV, run_app
    from coach.ui.prompts import ScriptedPrompts

    settings = folder / "settings.json"
    settings.write_text(json.dumps({"business_name": "Corner Café"}), encoding="utf-8")
    os.chmod(settings, 0o644)
    from coach.system.settings import Settings

    loaded = Settings.load(folder)
    loaded.set("paper_size", "letter")
    loaded.save()
    lock_modes: list[int] = []
    monkeypatch.setenv(SMOKE_TEST_ENV, "1")
    QTimer.singleShot(0, lambda: lock_modes.append(stat.S_IMODE(lock_path(folder).stat().st_mode)))
    assert run_app(str(folder), "en", prompts=ScriptedPrompts()) == 0
    assert lock_modes == [0o600], "the lock file, while the app holds it"
    assert QApplication.instance() is not None

    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "backups").stat().st_mode) == 0o700
    written = [p for p in folder.rglob("*") if p.is_file()] + outputs
    names = {p.name for p in written}
    assert {"complaints.db", "settings.json", "window.ini", "report.pdf"} <= names
    for path in written:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes and mounts")


HOLD_LOCK = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA locking_mode = EXCLUSIVE")
connection.execute("BEGIN EXCLUSIVE")
connection.execute("UPDATE complaints SET notes = notes WHERE id = 1")
print("locked", flush=True)
time.sleep(60)
"""


def test_a_log_locked_by_another_program_is_named_as_such(coach: Run, tmp_path: Path) -> None:
    folder = tmp_path / "d"
    demo(coach, folder, 5)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(folder / "complaints.db")],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        done = coach("--data-dir", folder, "demo", "--append", "--complaints", "2")
    finally:
        holder.kill()
        holder.communicate()
    assert done.returncode == EXIT_LOCKED, done.stderr
    assert "is locked by another program" in done.stderr
    assert coach("--data-dir", folder, "check").returncode == 0
