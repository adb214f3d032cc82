"""Starting the app in the test's own process as the launcher does, closing at once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from coach.service import Coach
from coach.service.backups import make_backup
from coach.system.paths import database_path
from coach.ui.app import SMOKE_TEST_ENV, run_app
from coach.ui.prompts import ScriptedPrompts
from tests.disk_damage import damage


def run_smoke(
    monkeypatch: pytest.MonkeyPatch,
    folder: Path,
    language: str | None,
    prompts: ScriptedPrompts,
    timeout_ms: int = 15000,
) -> int:
    """run_app in this process, closing the window once shown (smoke test); its exit code.
    The event loop is stopped after ``timeout_ms`` whatever happens."""
    monkeypatch.setenv(SMOKE_TEST_ENV, "1")
    app = QApplication.instance()
    guard = QTimer(app)
    guard.setSingleShot(True)
    guard.timeout.connect(app.quit)
    guard.start(timeout_ms)
    try:
        return run_app(str(folder), language, prompts=prompts)
    finally:
        guard.stop()


def start(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    folder: Path,
    prompts: ScriptedPrompts,
) -> tuple[int, list[str]]:
    """run_app in this process, closing at once (smoke test); its exit code and its lines."""
    code = run_smoke(monkeypatch, folder, "en", prompts)
    return code, capsys.readouterr().out.splitlines()


def filled(folder: Path, count: int, *, lang: str = "en") -> None:
    """``folder`` with ``count`` demo complaints in ``lang``, the same ones every time."""
    with Coach.open(folder, "en") as coach:
        coach.add_demo(count, 3, lang, seed=5, today=date(2026, 5, 20))


def filled_then_damaged(folder: Path, count: int, *, backed_up: bool = False) -> bytes:
    """``folder`` with ``count`` demo complaints (and a daily backup of them when
    ``backed_up``), its log then damaged; the damaged log's bytes."""
    filled(folder, count)
    if backed_up:
        make_backup(folder, "daily")
    damage(database_path(folder))
    return database_path(folder).read_bytes()
