"""Issue 11 in the running app: autosave after a full disk, the backup timer, a log locked by
another program, and a log opened for reading only."""

from __future__ import annotations

import errno
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from coach.service import Coach
from coach.system.paths import backups_dir, database_path
from coach.ui.app import create_main_window
from coach.ui.i18n import uninstall_language
from coach.ui.main_window import MainWindow
from coach.ui.prompts import ScriptedPrompts
from coach.ui.recovery import open_window
from coach.ui.wizard import WizardWindow
from tests.ui.smoke_start import run_smoke

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX mounts and locks")

HOLD_LOCK = """
import sqlite3, sys, time
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA locking_mode = EXCLUSIVE")
connection.execute("BEGIN EXCLUSIVE")
connection.execute("UPDATE complaints SET notes = notes WHERE id = 1")
print("locked", flush=True)
time.sleep(60)
"""


def control(window: QWidget, name: str) -> QWidget:
    found = window.findChild(QWidget, name)
    assert found is not None, name
    return found


def fill(folder: Path) -> Path:
    """Fills the file system of ``folder`` to the last byte; returns the filler file."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as stream:
        try:
            while True:
                stream.write(b"\0" * 4096)
        except OSError as error:
            assert error.errno == errno.ENOSPC
    return filler


def test_autosave_keeps_trying_after_a_full_disk_and_saves_once_space_is_freed(
    qtbot, small_disk: Path
):
    folder = small_disk / "coach-data"
    context = Coach.open(folder, "en")
    try:
        window = WizardWindow(context, prompts=ScriptedPrompts())
        qtbot.addWidget(window)
        window.show()
        status = window.findChild(QLabel, "save_status")
        qtbot.keyClicks(control(window, "customer_name"), "Lina")
        qtbot.waitUntil(lambda: "Saved at" in status.text(), timeout=3000)

        filler = fill(small_disk)
        description = control(window, "description")
        qtbot.keyClicks(description, "The cake arrived squashed " * 40)
        qtbot.waitUntil(lambda: "Not saved" in status.text(), timeout=3000)
        assert window.autosave.failing

        filler.unlink()
        qtbot.waitUntil(lambda: "Saved at" in status.text(), timeout=6000)
        assert not window.autosave.pending
        stored = context.search()[0]
        assert stored.customer.name == "Lina"
        assert stored.description == "The cake arrived squashed " * 40
    finally:
        context.close()


class Clock:
    def __init__(self, start: datetime):
        self.time = start

    def __call__(self) -> datetime:
        return self.time


def backups_named(folder: Path, why: str) -> list[Path]:
    return sorted(backups_dir(folder).glob(f"complaints-*-{why}.db"))


def test_a_running_window_backs_up_when_the_clock_says_it_is_due(qtbot, tmp_path):
    folder = tmp_path / "d"
    window = create_main_window(folder, "en", ScriptedPrompts())
    qtbot.addWidget(window)
    keeper = window.safety.safekeeper
    clock = Clock(datetime(2026, 5, 20, 9, 0))
    keeper.now = clock
    keeper.timer.setInterval(20)
    keeper.start()
    note = window.findChild(QLabel, "backup_note")
    qtbot.waitUntil(lambda: len(backups_named(folder, "daily")) == 1, timeout=5000)
    qtbot.waitUntil(lambda: note.text() == "Backed up at 09:00", timeout=3000)

    window.context.add_demo(3, 1, "en", seed=1, today=clock.time.date())
    clock.time += timedelta(minutes=1)
    qtbot.wait(100)
    assert backups_named(folder, "editing") == []
    clock.time += timedelta(minutes=31)
    qtbot.waitUntil(lambda: len(backups_named(folder, "editing")) == 1, timeout=5000)
    qtbot.waitUntil(lambda: note.text() == "Backed up at 09:32", timeout=3000)

    clock.time = datetime(2026, 5, 21, 0, 5)
    qtbot.waitUntil(lambda: len(backups_named(folder, "daily")) == 2, timeout=5000)
    keeper.stop()
    qtbot.waitUntil(lambda: not keeper.running, timeout=3000)


def start_app(monkeypatch, folder: Path, language: str, prompts: ScriptedPrompts) -> int:
    try:
        return run_smoke(monkeypatch, folder, language, prompts, timeout_ms=30000)
    finally:
        uninstall_language(QApplication.instance())


def test_a_log_locked_by_another_program_is_explained_in_the_owners_language(
    qapp, monkeypatch, tmp_path, compiled_translations
):
    lang, words = "ar", "مقفل من برنامج آخر"
    folder = tmp_path / "d"
    with Coach.open(folder, "en") as coach:
        coach.add_demo(2, 1, "en", seed=3, today=datetime(2026, 5, 20).date())
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(database_path(folder))],
        stdout=subprocess.PIPE,
        text=True,
    )
    prompts = ScriptedPrompts()
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        code = start_app(monkeypatch, folder, lang, prompts)
    finally:
        holder.kill()
        holder.communicate()
    assert code == 7
    assert len(prompts.shown) == 1
    assert words in prompts.shown[0][1]
    assert str(folder) in prompts.shown[0][1]


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    """A data folder holding a log, bind-mounted read-only (needs root), else skipped."""
    folder = tmp_path / "ro"
    with Coach.open(folder, "en") as coach:
        coach.add_demo(4, 1, "en", seed=3, today=datetime(2026, 5, 20).date())
    mounted = subprocess.run(["mount", "--bind", str(folder), str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot bind-mount here")
    try:
        remount = ["mount", "-o", "remount,ro,bind", str(folder)]
        if subprocess.run(remount, capture_output=True).returncode != 0:
            pytest.skip("cannot remount read-only here")
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_a_read_only_log_disables_every_writing_action_with_a_note(qtbot, read_only_folder):
    prompts = ScriptedPrompts()
    window = open_window(read_only_folder, "en", prompts, lambda c: MainWindow(c, prompts))
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    assert window.context.read_only and prompts.shown == []
    note = window.findChild(QLabel, "read_only_note")
    assert note is not None and note.text().startswith("Read only: ")
    button = window.findChild(QWidget, "new_complaint")
    assert not button.isEnabled() and not window.new_action.isEnabled()
    assert "open for reading only" in button.toolTip()
    assert "open for reading only" in window.new_action.toolTip()
    window.new_action.trigger()
    assert window.wizards() == []
    for action in (window.safety.delete_action, window.safety.anonymise_action):
        assert not action.isEnabled()
    assert not window.transfer.import_action.isEnabled()
    assert window.model.total == 4
    window.close()
