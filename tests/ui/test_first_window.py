"""The main window shows before the log's quick check has ended; when the check then finds
damage, the window closes and the owner gets the offer a damaged log gets at start."""

from __future__ import annotations

import time

import pytest

from coach.store import first_check
from coach.system.paths import database_path
from coach.ui.prompts import ScriptedPrompts
from tests.ui.smoke_start import filled, filled_then_damaged, start

CHECK_TAKES = 0.4


@pytest.fixture
def slow_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real check, ending after the window has been shown (as on a large log)."""
    real_check = first_check.health.check

    def check(connection, **options):
        time.sleep(CHECK_TAKES)
        return real_check(connection, **options)

    monkeypatch.setattr(first_check.health, "check", check)


def test_damage_found_after_the_window_showed_goes_back_to_the_newest_backup(
    qapp, monkeypatch, capsys, tmp_path, slow_check
):
    folder = tmp_path / "d"
    filled_then_damaged(folder, 120, backed_up=True)
    prompts = ScriptedPrompts(choice=0)

    code, lines = start(monkeypatch, capsys, folder, prompts)

    assert code == 0
    assert lines[0].startswith("main window open with"), "the window showed before the check"
    assert "main window shown with 120 complaints" in lines
    assert prompts.shown[0][0] == "Complaint Coach cannot start"
    assert "is damaged" in prompts.shown[0][1]
    assert prompts.options[0] == [
        prompts.options[0][0],
        "Recover every complaint that can be read",
    ]
    assert prompts.options[0][0].startswith("Go back to the backup of ")
    assert "The log is back as it was on" in prompts.shown[1][1]
    assert len(list(folder.glob("complaints-before-restore-*.db"))) == 1


def test_declining_after_the_window_showed_leaves_the_log_untouched(
    qapp, monkeypatch, capsys, tmp_path, slow_check
):
    folder = tmp_path / "d"
    before = filled_then_damaged(folder, 50)

    code, lines = start(monkeypatch, capsys, folder, ScriptedPrompts(choice=99))

    assert code == 9
    assert lines[0].startswith("main window open with")
    assert not any(line.startswith("main window shown with") for line in lines)
    assert database_path(folder).read_bytes() == before


def test_a_healthy_log_opens_with_the_check_passed(qapp, monkeypatch, capsys, tmp_path):
    folder = tmp_path / "d"
    filled(folder, 40)
    prompts = ScriptedPrompts()

    code, lines = start(monkeypatch, capsys, folder, prompts)

    assert (code, prompts.shown) == (0, [])
    assert lines[:3] == [
        "main window open with 40 complaints",
        "main window painted",
        "main window shown with 40 complaints",
    ]
