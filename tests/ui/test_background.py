"""Background work whose window closed before it finished ends quietly."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QObject, QThreadPool
from pytestqt.qtbot import QtBot

from coach.ui.background import Superseding, run_in_background


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


def test_jobs_ending_while_their_owners_are_deleted_print_nothing(
    qtbot: QtBot, capfd: pytest.CaptureFixture[str]
) -> None:
    delivered: list[object] = []
    for turn in range(2000):
        owner = QObject()
        progress = (lambda done, total: None) if turn % 2 else None
        work = (lambda report, t=turn: t) if progress else (lambda t=turn: t)
        run_in_background(owner, work, delivered.append, delivered.append, progress)
        if turn % 7 == 0:
            qtbot.wait(0)  # some are delivered before their owner goes
        shiboken6.delete(owner)
    assert QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(10)
    assert all(isinstance(value, int) for value in delivered)
    assert capfd.readouterr().err == ""


def test_a_newer_request_supersedes_the_older_one(qtbot: QtBot) -> None:
    owner = QObject()
    shown: list[object] = []
    interrupted: list[bool] = []
    release = threading.Event()
    latest = Superseding(owner, shown.append, shown.append, lambda: interrupted.append(True))

    def slow(_stale: object) -> str:
        release.wait(5)
        return "old"

    latest.run(slow)
    latest.run(lambda _stale: "skipped")
    latest.run(lambda stale: "stale" if stale() else "new")
    assert len(interrupted) == 2 and latest.busy
    release.set()
    qtbot.waitUntil(lambda: not latest.busy)
    assert shown == ["new"]
    latest.run(lambda _stale: "dropped")
    latest.drop()
    assert latest.wait(5000)
    qtbot.wait(10)
    assert shown == ["new"] and not latest.busy
