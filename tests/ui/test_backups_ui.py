"""Backups and recovery in the app: File → Backups…, and starting on a damaged log."""

from __future__ import annotations

import os
import re
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from coach.service import Coach
from coach.system.paths import database_path
from coach.ui.app import create_main_window
from coach.ui.backups_dialog import BackupsDialog
from coach.ui.prompts import ScriptedPrompts
from tests.ui.smoke_start import filled, filled_then_damaged
from tests.ui.smoke_start import start as start_app

SHOTS = Path(os.environ.get("COACH_SCREENSHOTS", "/tmp/coach-shots"))


def start(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], folder: Path, prompts
) -> tuple[int, int]:
    """run_app in this process; returns (exit code, complaints the window showed or -1)."""
    code, lines = start_app(monkeypatch, capsys, folder, prompts)
    found = re.search(r"main window shown with (\d+) complaints", "\n".join(lines))
    return code, int(found.group(1)) if found else -1


def test_starting_on_a_damaged_log_goes_back_to_the_newest_backup(
    qapp, monkeypatch, capsys, tmp_path
):
    folder = tmp_path / "d"
    filled_then_damaged(folder, 120, backed_up=True)
    prompts = ScriptedPrompts(choice=0)

    code, total = start(monkeypatch, capsys, folder, prompts)

    assert (code, total) == (0, 120)
    assert prompts.shown[0][0] == "Complaint Coach cannot start"
    assert "is damaged" in prompts.shown[0][1]
    assert prompts.options[0][0].startswith("Go back to the backup of ")
    assert prompts.options[0][1] == "Recover every complaint that can be read"
    assert "The log is back as it was on" in prompts.shown[1][1]
    assert len(list(folder.glob("complaints-before-restore-*.db"))) == 1


def test_starting_on_a_damaged_log_recovers_the_readable_complaints(
    qapp, monkeypatch, capsys, tmp_path
):
    folder = tmp_path / "d"
    filled_then_damaged(folder, 120)
    prompts = ScriptedPrompts(choice=0)

    code, total = start(monkeypatch, capsys, folder, prompts)

    assert code == 0 and 100 <= total < 120
    assert prompts.options == [["Recover every complaint that can be read"]]
    assert f"{total} complaints were recovered into a new log" in prompts.shown[1][1]
    assert len(list(folder.glob("complaints-damaged-*.db"))) == 1


def test_declining_leaves_the_damaged_log_untouched(qapp, monkeypatch, capsys, tmp_path):
    folder = tmp_path / "d"
    before = filled_then_damaged(folder, 50)

    code, _shown = start(monkeypatch, capsys, folder, ScriptedPrompts(choice=99))

    assert code == 9
    assert database_path(folder).read_bytes() == before


def dialog_for(qtbot, folder: Path, prompts: ScriptedPrompts):
    window = create_main_window(folder, "en", prompts)
    qtbot.addWidget(window)
    dialog = window.safety.show_backups()
    assert isinstance(dialog, BackupsDialog)
    return window, dialog


def test_the_backups_dialog_backs_up_and_restores(qtbot, tmp_path):
    folder = tmp_path / "d"
    filled(folder, 40)
    prompts = ScriptedPrompts(answer=True)
    window, dialog = dialog_for(qtbot, folder, prompts)
    assert dialog.table.rowCount() == 0
    dialog.backup_button.click()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "40"
    assert dialog.table.item(0, 2).text() == "Made by you"
    window.context.add_demo(10, 1, "en", seed=9, today=date(2026, 5, 21))
    window.reload()
    window.model.wait()  # the log reads in the background
    assert window.model.total == 50
    dialog.refresh()
    assert dialog.table.rowCount() == 2, "the bulk change was preceded by a backup"
    dialog.table.selectRow(1)
    assert dialog.restore_selected()
    assert "(40 complaints)" in prompts.shown[0][1]
    window.model.wait()
    assert window.model.total == 40, "the log shows the restored complaints"
    assert "The log now holds 40 complaints" in prompts.shown[1][1]


@pytest.mark.parametrize("lang", ["en", "fa"])
def test_backups_dialog_screenshot(qtbot, tmp_path, ui_language, lang):
    ui_language(lang)
    folder = tmp_path / "d"
    filled(folder, 30, lang=lang)
    with Coach.open(folder, lang) as coach:
        coach.safekeeping.backup("daily")
        coach.add_demo(5, 1, lang, seed=2, today=date(2026, 5, 21))
    window = create_main_window(folder, lang, ScriptedPrompts())
    qtbot.addWidget(window)
    dialog = window.safety.show_backups()
    assert isinstance(dialog, BackupsDialog)
    assert dialog.table.rowCount() == 2
    note = dialog.findChildren(QLabel)
    assert any("backups" in label.text() for label in note)
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / f"backups-{lang}.png"))


def test_the_bin_and_anonymising_from_the_window(qtbot, tmp_path):
    from coach.complaints.domain import Complaint, Customer
    from coach.ui.bin_dialog import BinDialog

    folder = tmp_path / "d"
    with Coach.open(folder, "en") as coach:
        coach.save(Complaint(created_at=datetime(2026, 5, 1), description="cold tea"))
        coach.save(
            Complaint(
                created_at=datetime(2026, 5, 2),
                customer=Customer(name="Sara Ahmed", phone="0791 234 567"),
                description="Sara's cake was dry",
            )
        )
    prompts = ScriptedPrompts(answer=True)
    window = create_main_window(folder, "en", prompts)
    qtbot.addWidget(window)
    assert window.model.total == 2
    window.view.selectRow(window.model.row_of(1))
    assert window.safety.delete_action.isEnabled()
    window.safety.delete_action.trigger()
    window.model.wait()  # the log reads in the background
    assert window.model.total == 1
    dialog = window.safety.show_bin()
    assert isinstance(dialog, BinDialog) and dialog.table.rowCount() == 1
    assert "cold tea" in dialog.table.item(0, 2).text()
    assert dialog.restore_selected() == 1
    window.model.wait()
    assert window.model.total == 2 and dialog.table.rowCount() == 0

    window.view.selectRow(window.model.row_of(2))
    assert window.safety.anonymise()
    assert "Sara Ahmed" in prompts.shown[-2][1]
    assert "Done: 1 complaints and 0 backups" in prompts.shown[-1][1]
    window.model.wait()
    texts = [window.model.index(row, 1).data() for row in range(window.model.rowCount())]
    assert "Sara Ahmed" not in texts
    assert "sara" not in window.context.get(2).description.lower()
