"""Starting the app in the test's own process as the launcher does, closing at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from coach.ui.app import SMOKE_TEST_ENV, run_app
from coach.ui.prompts import ScriptedPrompts


def start(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    folder: Path,
    prompts: ScriptedPrompts,
) -> tuple[int, list[str]]:
    """run_app in this process, closing at once (smoke test); its exit code and its lines."""
    monkeypatch.setenv(SMOKE_TEST_ENV, "1")
    app = QApplication.instance()
    guard = QTimer(app)
    guard.setSingleShot(True)
    guard.timeout.connect(app.quit)
    guard.start(15000)
    try:
        code = run_app(str(folder), "en", prompts=prompts)
    finally:
        guard.stop()
    return code, capsys.readouterr().out.splitlines()
