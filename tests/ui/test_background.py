"""Background work whose window closed before it finished ends quietly."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QObject, QThreadPool
from pytestqt.qtbot import QtBot

from coach.ui.background import run_in_background


def test_work_outliving_its_window_prints_nothing(
    qtbot: QtBot, capfd: pytest.CaptureFixture[str]
) -> None:
    release = threading.Event()
    owner = QObject()
    results: list[object] = []
    run_in_background(owner, lambda: release.wait(5), results.append, results.append)
    shiboken6.delete(owner)
    release.set()
    assert QThreadPool.globalInstance().waitForDone(5000)
    qtbot.wait(10)
    assert results == []
    assert "Traceback" not in capfd.readouterr().err
