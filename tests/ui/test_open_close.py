"""Closing a window, or quitting, while background work still runs ends quietly."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coach.service import Coach
from coach.ui.app import SMOKE_TEST_ENV, after_first_paint, create_main_window
from coach.ui.background import run_in_background
from coach.ui.prompts import ScriptedPrompts

OPENINGS = 60


@pytest.fixture
def filled(data_dir: Path) -> Path:
    with Coach.open(data_dir, "en") as coach:
        coach.add_demo(600, 3, "mixed", seed=3, today=date(2026, 5, 20))
    return data_dir


def test_the_main_window_opened_and_closed_at_once_many_times_says_nothing(
    qtbot: QtBot, qapp: QApplication, filled: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    capfd.readouterr()
    for turn in range(OPENINGS):
        window = create_main_window(filled, "en", ScriptedPrompts())
        window.show()
        after_first_paint(window)
        release = threading.Event()
        finished: list[object] = []
        run_in_background(window, release.wait, finished.append, finished.append)
        window.filters.search_box.setText("refund" if turn % 2 else "تاخیر")
        window.filters.flush()  # a search in flight
        window.model.fetchMore()
        window.close()
        if turn % 3 == 0:
            release.set()  # the job ends while the window goes: the race once seen
        shiboken6.delete(window)
        release.set()
        qapp.processEvents()
        assert finished == []
    assert QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)
    out, err = capfd.readouterr()
    assert "Error" not in err and "Traceback" not in err, err
    assert "Error" not in out, out


def test_quitting_at_once_many_times_prints_no_error(filled: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{SMOKE_TEST_ENV: "1"})
    command = [sys.executable, "-m", "coach", "--data-dir", str(filled), "--lang", "fa"]
    for _ in range(4):
        done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
        assert done.returncode == 0, done.stderr
        assert "main window shown with 600 complaints" in done.stdout
        assert "Error" not in done.stderr and "Traceback" not in done.stderr, done.stderr
