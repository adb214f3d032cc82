"""Start-up: the launcher, one instance per data folder, a damaged database, the language."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from coach.system.paths import database_path
from coach.ui.app import SMOKE_TEST_ENV, instance_lock
from coach.ui.i18n import installed_language, uninstall_language
from coach.ui.prompts import ScriptedPrompts
from tests.ui.smoke_start import run_smoke

HOLD_LOCK = """
import sys, time
from pathlib import Path
from coach.ui.app import instance_lock
lock = instance_lock(Path(sys.argv[1]))
print("locked" if lock.tryLock(0) else "busy", flush=True)
time.sleep(60)
"""


def smoke_run(monkeypatch: pytest.MonkeyPatch, data_dir: Path, language: str | None = "en"):
    """run_app in this process, closing the window once shown; returns (exit code, prompts)."""
    prompts = ScriptedPrompts()
    return run_smoke(monkeypatch, data_dir, language, prompts), prompts


def test_coach_without_a_command_opens_the_main_window(tmp_path, data_dir):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{SMOKE_TEST_ENV: "1"})
    result = subprocess.run(
        [sys.executable, "-m", "coach", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "main window shown with 0 complaints" in result.stdout
    assert database_path(data_dir).exists()


def test_a_second_instance_on_the_same_folder_is_refused_until_the_first_is_gone(
    qapp, monkeypatch, data_dir
):
    data_dir.mkdir(parents=True)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(data_dir)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"

        code, prompts = smoke_run(monkeypatch, data_dir)

        assert code == 3
        assert len(prompts.shown) == 1
        title, message = prompts.shown[0]
        assert title == "Complaint Coach cannot start"
        assert "already open on this data folder" in message
    finally:
        holder.kill()
        holder.communicate()

    code, prompts = smoke_run(monkeypatch, data_dir)
    assert (code, prompts.shown) == (0, [])


def test_the_lock_is_released_when_the_app_closes(qapp, monkeypatch, data_dir):
    code, _prompts = smoke_run(monkeypatch, data_dir)

    assert code == 0
    lock = instance_lock(data_dir)
    assert lock.tryLock(0)
    lock.unlock()


def test_a_damaged_database_is_explained_and_left_untouched(qapp, monkeypatch, data_dir):
    data_dir.mkdir(parents=True)
    damaged = b"these are not the complaints you are looking for\n" * 100
    database_path(data_dir).write_bytes(damaged)

    code, prompts = smoke_run(monkeypatch, data_dir)

    assert code == 8
    title, message = prompts.shown[0]
    assert title == "Complaint Coach cannot start"
    assert "is not a Complaint Coach log" in message and "Nothing was changed" in message
    assert database_path(data_dir).read_bytes() == damaged
    lock = instance_lock(data_dir)
    assert lock.tryLock(0)
    lock.unlock()


def test_the_language_comes_from_the_settings_when_not_given(qapp, monkeypatch, data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / "settings.json").write_text('{"language": "fa"}', encoding="utf-8")
    try:
        code, _prompts = smoke_run(monkeypatch, data_dir, language=None)
        assert code == 0
        assert installed_language(qapp) == "fa"
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        uninstall_language(qapp)


def test_a_data_folder_that_is_a_file_is_explained(qapp, monkeypatch, data_dir):
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    data_dir.write_text("not a folder", encoding="utf-8")

    code, prompts = smoke_run(monkeypatch, data_dir)

    assert code == 3
    assert str(data_dir) in prompts.shown[0][1]
    assert data_dir.read_text(encoding="utf-8") == "not a folder"
