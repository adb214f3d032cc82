"""A log open for reading only (a read-only bind mount): every action that would write is off,
with the note saying why, on Today, the customer page and inside the wizard."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit, QPushButton, QWidget

from coach.complaints.domain import Complaint, Customer
from coach.service import Coach
from coach.store import Store
from coach.ui.main_window import MainWindow
from coach.ui.prompts import ScriptedPrompts
from coach.ui.recovery import open_window

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX mounts")

NOTE = "The log is open for reading only, so nothing can be saved."
NOW = datetime.now().replace(microsecond=0)
TODAY = date.today()


def complaint(name: str, phone: str, **fields: object) -> Complaint:
    created = NOW - timedelta(days=6)
    return Complaint(
        created_at=created,
        updated_at=created,
        customer=Customer(name, phone),
        channel="phone",
        product=f"{name}'s order",
        description="It went wrong.",
        stage="follow_up",
        status="awaiting_follow_up",
        **fields,  # type: ignore[arg-type]
    )


@pytest.fixture
def read_only_log(tmp_path: Path) -> Iterator[tuple[Path, list[Complaint]]]:
    """A log with a promised fix and a follow-up due, bind-mounted read-only (needs root)."""
    folder = tmp_path / "ro"
    Coach.open(folder, "en").close()
    store = Store.open(folder)
    try:
        made = store.save_many(
            [
                (complaint("Maryam", "0790 111111", promised_by=TODAY - timedelta(days=2)), []),
                (
                    complaint(
                        "Omid",
                        "0790 222222",
                        resolved_at=NOW - timedelta(days=2),
                        follow_up_due=TODAY,
                    ),
                    [],
                ),
            ]
        )
    finally:
        store.close()
    evidence = tmp_path / "receipt.pdf"
    evidence.write_bytes(b"%PDF-1.4\n%%EOF\n")
    if subprocess.run(
        ["mount", "--bind", str(folder), str(folder)], capture_output=True
    ).returncode:
        pytest.skip("cannot bind-mount here")
    try:
        remount = ["mount", "-o", "remount,ro,bind", str(folder)]
        if subprocess.run(remount, capture_output=True).returncode != 0:
            pytest.skip("cannot remount read-only here")
        yield folder, made
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def held(control: QWidget | None) -> bool:
    """Off, with the read-only note as its tooltip."""
    assert control is not None
    return not control.isEnabled() and control.toolTip() == NOTE


def button(parent: QWidget, name: str) -> QPushButton:
    found = parent.findChild(QPushButton, name)
    assert found is not None, name
    return found


def main_window(qtbot, folder: Path) -> MainWindow:
    prompts = ScriptedPrompts()
    window = open_window(folder, "en", prompts, lambda c: MainWindow(c, prompts))
    assert isinstance(window, MainWindow) and window.context.read_only
    qtbot.addWidget(window)
    window.show()
    return window


def test_todays_writing_actions_are_off_and_open_still_works(qtbot, read_only_log):
    folder, (maryam, omid) = read_only_log
    window = main_window(qtbot, folder)
    today = window.today_view
    promise = today.findChild(QWidget, f"due_promise_{maryam.id}")
    follow_up = today.findChild(QWidget, f"due_follow_up_{omid.id}")
    assert promise is not None and follow_up is not None
    assert held(button(promise, "fix_done_button"))
    assert held(button(follow_up, "follow_up_done_button"))
    assert held(button(follow_up, "reschedule_button"))
    qtbot.mouseClick(button(promise, "fix_done_button"), Qt.MouseButton.LeftButton)
    assert window.context.get(maryam.id).resolved_at is None
    opener = button(promise, "open_button")
    assert opener.isEnabled()
    qtbot.mouseClick(opener, Qt.MouseButton.LeftButton)
    assert len(window.wizards()) == 1
    for wizard in window.wizards():
        wizard.close()
    window.close()


def test_the_customer_page_cannot_change_notes_or_merge(qtbot, read_only_log):
    folder, (maryam, _omid) = read_only_log
    window = main_window(qtbot, folder)
    page = window.customers.show(maryam.customer.id)
    notes = page.findChild(QPlainTextEdit, "customer_notes")
    assert notes.isReadOnly() and notes.toolTip() == NOTE
    qtbot.keyClicks(notes, "Prefers calls")
    assert notes.toPlainText() == ""
    assert held(button(page, "save_notes"))
    assert held(button(page, "merge_button"))
    assert page.save_notes()
    assert window.context.people.story(maryam.customer.id).notes == ""
    page.close()
    window.close()


def test_the_wizard_cannot_add_notes_files_or_the_fix(qtbot, read_only_log, tmp_path):
    folder, (maryam, _omid) = read_only_log
    window = main_window(qtbot, folder)
    wizard = window.open_complaint(maryam.id, "resolve")
    wizard.show()
    note = wizard.findChild(QLineEdit, "add_note")
    assert held(note) and held(button(wizard, "add_note_button"))
    assert held(button(wizard, "add_files")) and held(button(wizard, "paste_evidence"))
    evidence = wizard.extras.evidence
    assert not evidence.acceptDrops()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "receipt.pdf"))])
    assert evidence.add_mime(mime) == 0
    fix = button(wizard, "fix_done_button")
    assert fix.isVisible() and held(fix)
    qtbot.mouseClick(fix, Qt.MouseButton.LeftButton)
    assert window.context.get(maryam.id).resolved_at is None
    assert window.context.evidence.of_complaint(maryam.id) == []

    before = len(window.context.events(maryam.id))
    reply = button(wizard, "write_reply")
    assert reply.isEnabled()
    qtbot.mouseClick(reply, Qt.MouseButton.LeftButton)
    dialog = wizard.findChild(QDialog, "reply_dialog")
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "reply_text"), " Noor, Sweet Bakery")
    qtbot.mouseClick(button(dialog, "reply_copy"), Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.text.toPlainText() != ""
    status = dialog.findChild(QWidget, "reply_status")
    assert NOTE in status.text()
    assert len(window.context.events(maryam.id)) == before
    dialog.close()
    wizard.close()
    window.close()
