"""Damage found while the app runs: the day's full check (or a save) finds the log damaged, the
owner is told in their language, the open wizards close without writing into the damaged file
(their unsaved text is kept in a private file), and the newest good backup comes back."""

from __future__ import annotations

import stat
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from coach.service import Coach, backups
from coach.system.paths import database_path
from coach.text.localise import format_number
from coach.ui.app import create_main_window
from coach.ui.main_window import MainWindow
from coach.ui.prompts import ScriptedPrompts
from coach.ui.wizard import WizardWindow
from tests.disk_damage import damage

TYPED = "Zebra crossing word never saved"
DAY = date(2026, 5, 20)


def log_with_backup(folder: Path) -> None:
    """A log of 300 complaints, the day before's verified backup of it, then one more."""
    with Coach.open(folder, "en") as coach:
        coach.add_demo(300, 3, "en", seed=5, today=DAY)
        coach.safekeeping.backup("daily", datetime.combine(DAY, datetime.min.time()))
        coach.add_demo(1, 1, "en", seed=6, today=DAY)


def unsaved_wizard(window: QWidget, qtbot) -> WizardWindow:
    """A wizard on the first complaint with text typed but not yet saved."""
    wizard = window.open_complaint(window.context.search()[0].id)
    assert isinstance(wizard, WizardWindow)
    wizard.autosave.timer.setInterval(600_000)
    description = wizard.findChild(QWidget, "description")
    qtbot.keyClicks(description, TYPED)
    assert wizard.autosave.pending
    return wizard


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_daily_check_finds_damage_and_the_backup_comes_back(qtbot, tmp_path, ui_language, lang):
    ui_language(lang)
    folder = tmp_path / "d"
    log_with_backup(folder)
    prompts = ScriptedPrompts(choice=0)
    window = create_main_window(folder, lang, prompts)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.total == 301, timeout=5000)
    wizard = unsaved_wizard(window, qtbot)

    damage(database_path(folder))
    keeper = window.safety.safekeeper
    keeper.now = lambda: datetime.combine(DAY + timedelta(days=1), datetime.min.time())
    keeper.tick()
    qtbot.waitUntil(lambda: len(prompts.shown) == 3, timeout=15000)

    (title, explained), (_t, done), (_t2, unsaved) = prompts.shown
    if lang == "en":
        assert "is damaged" in explained and "never saved" not in explained
        assert prompts.options[0][0].startswith("Go back to the backup of")
        assert prompts.options[0][1] == "Recover every complaint that can be read"
        assert done.startswith("The log is back as it was on")
        assert "were not written into the damaged log" in unsaved
    else:
        arabic = [
            text
            for text in (title, explained, done, unsaved)
            if any("\u0600" <= ch <= "\u06ff" for ch in text)
        ]
        assert len(arabic) == 4, prompts.shown
        assert "is damaged" not in explained
    assert not wizard.isVisible() and window.wizards() == []

    kept = next(folder.glob("unsaved-changes-*.txt"))
    assert str(kept) in unsaved
    assert TYPED in kept.read_text(encoding="utf-8")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    aside = next(folder.glob("complaints-before-restore-*.db"))
    assert TYPED.encode() not in aside.read_bytes()

    qtbot.waitUntil(lambda: window.model.total == 300, timeout=5000)
    shown = format_number(300, window.context.digits)
    qtbot.waitUntil(lambda: shown in window.count_label.text(), timeout=5000)
    assert window.view.model().rowCount() > 0
    assert backups.check_folder(folder).kind == "ok"
    assert TYPED not in {c.description for c in window.context.search()}
    window.close()


def test_a_complaint_of_a_read_only_log_opens_read_only_with_the_note(qtbot, tmp_path):
    folder = tmp_path / "d"
    with Coach.open(folder, "en") as coach:
        coach.add_demo(3, 1, "en", seed=2, today=DAY)
    prompts = ScriptedPrompts()
    window = MainWindow(Coach.open(folder, "en", read_only=True), prompts)
    qtbot.addWidget(window)
    window.show()
    assert window.context.read_only
    first = window.context.search()[0]
    wizard = window.open_complaint(first.id)
    assert isinstance(wizard, WizardWindow)
    status = wizard.findChild(QLabel, "save_status")
    assert status.text() == "The log is open for reading only, so nothing can be saved."
    description = wizard.findChild(QPlainTextEdit, "description")
    assert description.isReadOnly()
    qtbot.keyClicks(description, "typed")
    assert description.toPlainText() == first.description and not wizard.autosave.pending
    for name in ("reopen_button", "next_button", "finish_button", "back_button"):
        assert not wizard.findChild(QWidget, name).isVisible(), name
    wizard.grab().save(str(tmp_path / "read-only-wizard.png"))
    assert wizard.close() and prompts.shown == []
    assert window.context.get(first.id).description == first.description
    window.close()


def test_a_save_that_meets_a_damaged_log_offers_the_backup(qtbot, tmp_path):
    folder = tmp_path / "d"
    log_with_backup(folder)
    prompts = ScriptedPrompts(choice=0)
    window = create_main_window(folder, "en", prompts)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.total == 301, timeout=5000)
    wizard = unsaved_wizard(window, qtbot)

    path = database_path(folder)
    length = path.stat().st_size
    with open(path, "r+b") as stream:
        stream.seek(8192)
        stream.write(b"\x5a" * (length - 16384))
    assert not wizard.autosave.flush()
    assert "is damaged" in wizard.save_error
    qtbot.waitUntil(lambda: len(prompts.shown) == 3, timeout=15000)

    assert "is damaged" in prompts.shown[0][1]
    assert prompts.shown[1][1].startswith("The log is back as it was on")
    assert window.wizards() == [] and not wizard.isVisible()
    assert TYPED in next(folder.glob("unsaved-changes-*.txt")).read_text(encoding="utf-8")
    qtbot.waitUntil(lambda: window.model.total == 300, timeout=5000)
    assert backups.check_folder(folder).kind == "ok"
    window.close()
