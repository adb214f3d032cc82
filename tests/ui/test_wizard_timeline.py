"""The wizard's timeline through its widgets: stages, promises and notes appear, notes are kept."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPushButton,
    QToolButton,
    QWidget,
)

from coach.complaints.domain import Complaint, Customer, Event
from coach.service import Coach
from coach.ui.prompts import ScriptedPrompts
from coach.ui.wizard import WizardWindow

PERSIAN_NOTE = "با مشتری تماس گرفتم؛ گفت\u200cوگو خوب بود \u06f2 \U0001f642"


@pytest.fixture
def context(data_dir: Path):
    opened = Coach.open(data_dir, "en")
    yield opened
    opened.close()


def open_wizard(qtbot, context, complaint_id=None) -> WizardWindow:
    window = WizardWindow(context, complaint_id, prompts=ScriptedPrompts(answer=True))
    qtbot.addWidget(window)
    window.show()
    return window


def timeline(window) -> list[str]:
    view = window.findChild(QListWidget, "timeline_list")
    assert view is not None and view.isVisible()
    return [view.item(row).text() for row in range(view.count())]


def type_note(qtbot, window, text: str) -> None:
    field = window.findChild(QLineEdit, "add_note")
    assert field.isEnabled()
    field.setFocus()
    if text.isascii():
        qtbot.keyClicks(field, text)
        return
    for char in text:
        event = QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char
        )
        QApplication.sendEvent(field, event)


def click(qtbot, window, name: str) -> None:
    button = window.findChild(QPushButton, name)
    assert button is not None and button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill_listen(qtbot, window) -> None:
    for name, text in (("customer_name", "Sara Ahmadi"), ("description", "The cake was late.")):
        field = window.findChild(QWidget, name)
        field.setFocus()
        qtbot.keyClicks(field, text)
    combo = window.findChild(QComboBox, "channel")
    combo.setCurrentIndex(combo.findData("phone"))


def closed_complaint(context) -> int:
    at = datetime(2026, 10, 3, 9, 15)
    complaint = Complaint(
        created_at=at,
        customer=Customer("Reza", "0912 123 4567"),
        description="Wrong size.",
        stage="follow_up",
        status="closed",
        promised_by=date(2026, 10, 5),
    )
    events = [
        Event("created", at, "listen"),
        Event("promise_made", at + timedelta(hours=1), "resolve", "2026-10-05"),
        Event("follow_up_done", at + timedelta(days=2), "follow_up", "resolved"),
        Event("closed", at + timedelta(days=2), "follow_up"),
    ]
    saved = context.save(complaint, events)
    assert saved.id is not None
    return saved.id


def test_advancing_a_stage_shows_it_in_the_timeline(qtbot, context):
    window = open_wizard(qtbot, context)
    assert timeline(window) == []
    fill_listen(qtbot, window)
    click(qtbot, window, "next_button")
    assert window.stage == "clarify"
    lines = timeline(window)
    assert "Complaint opened" in lines[0]
    assert lines[-1].endswith("Stage completed: Listen")
    today = date.today().isoformat()
    assert lines[-1].startswith(today)


def test_a_note_is_stored_exactly_and_shown_newest_last(qtbot, context):
    window = open_wizard(qtbot, context)
    fill_listen(qtbot, window)
    click(qtbot, window, "next_button")
    type_note(qtbot, window, "Called her back, she is happy")
    click(qtbot, window, "add_note_button")
    type_note(qtbot, window, PERSIAN_NOTE)
    qtbot.keyClick(window.findChild(QLineEdit, "add_note"), Qt.Key.Key_Return)
    assert window.stage == "clarify"
    type_note(qtbot, window, "   ")
    click(qtbot, window, "add_note_button")
    (stored,) = context.search()
    notes = [e for e in context.events(stored.id) if e.kind == "note"]
    assert [(n.detail, n.stage) for n in notes] == [
        ("Called her back, she is happy", "clarify"),
        (PERSIAN_NOTE, "clarify"),
    ]
    lines = timeline(window)
    assert lines[-2].endswith("Note: \u2068Called her back, she is happy\u2069")
    assert lines[-1].endswith(f"Note: \u2068{PERSIAN_NOTE}\u2069")
    assert window.findChild(QLineEdit, "add_note").text() == "   "


def test_a_note_on_a_new_complaint_creates_the_complaint(qtbot, context):
    window = open_wizard(qtbot, context)
    assert window.findChild(QLineEdit, "add_note").accessibleName() == "Add a note"
    saved = []
    window.saved.connect(saved.append)
    type_note(qtbot, window, "Customer rang before I could write anything")
    click(qtbot, window, "add_note_button")
    (stored,) = context.search()
    assert saved == [stored.id] and window.draft.complaint.id == stored.id
    kinds = [(e.kind, e.detail) for e in context.events(stored.id)]
    assert kinds == [("created", ""), ("note", "Customer rang before I could write anything")]
    assert [line.split(" \u00b7 ")[1] for line in timeline(window)] == [
        "Complaint opened",
        "Note: \u2068Customer rang before I could write anything\u2069",
    ]
    window.close()
    assert context.count() == 1


def test_a_closed_complaint_in_review_still_takes_a_note(qtbot, context):
    complaint_id = closed_complaint(context)
    window = open_wizard(qtbot, context, complaint_id)
    assert window.findChild(QPushButton, "reopen_button").isVisible()
    assert [line.split(" \u00b7 ")[1] for line in timeline(window)] == [
        "Complaint opened",
        "Promise made for \u20682026-10-05\u2069",
        "Follow-up done: Fully resolved",
        "Closed",
    ]
    type_note(qtbot, window, "She sent a thank-you card")
    click(qtbot, window, "add_note_button")
    assert timeline(window)[-1].endswith("Note: \u2068She sent a thank-you card\u2069")
    last = context.events(complaint_id)[-1]
    assert (last.kind, last.stage, last.detail) == (
        "note",
        "follow_up",
        "She sent a thank-you card",
    )
    assert context.get(complaint_id).status == "closed"
    click(qtbot, window, "reopen_button")
    assert timeline(window)[-1].endswith("Reopened")


def test_the_timeline_survives_closing_and_reopening_the_window(qtbot, context):
    window = open_wizard(qtbot, context)
    fill_listen(qtbot, window)
    click(qtbot, window, "next_button")
    type_note(qtbot, window, "Promised a call on Monday")
    click(qtbot, window, "add_note_button")
    before = timeline(window)
    window.close()
    (stored,) = context.search()
    again = open_wizard(qtbot, context, stored.id)
    assert timeline(again) == before and len(before) == 3


def test_the_timeline_folds_away(qtbot, context):
    window = open_wizard(qtbot, context, closed_complaint(context))
    toggle = window.findChild(QToolButton, "timeline_toggle")
    view = window.findChild(QListWidget, "timeline_list")
    assert toggle.accessibleName() == "Timeline"
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert not view.isVisible() and not window.findChild(QLineEdit, "add_note").isVisible()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert view.isVisible()


def test_in_persian_the_timeline_reads_in_persian_with_persian_digits(qtbot, data_dir, ui_language):
    ui_language("fa")
    context = Coach.open(data_dir, "fa")
    try:
        window = open_wizard(qtbot, context, closed_complaint(context))
        assert window.isRightToLeft()
        assert window.findChild(QLineEdit, "add_note").accessibleName() == "افزودن یادداشت"
        lines = timeline(window)
        assert lines[0] == "۱۴۰۵/۰۷/۱۱ ۰۹:۱۵ \u00b7 شکایت ثبت شد"
        assert lines[-1].endswith("بسته شد")
        type_note(qtbot, window, PERSIAN_NOTE)
        qtbot.keyClick(window.findChild(QLineEdit, "add_note"), Qt.Key.Key_Return)
        assert timeline(window)[-1].endswith(f"یادداشت: \u2068{PERSIAN_NOTE}\u2069")
        window.close()
    finally:
        context.close()
