"""Today, through its widgets: what is due is listed first, and each line's action clears it."""

from __future__ import annotations

import zlib
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QRegularExpression, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFrame, QLabel, QPushButton, QWidget

from coach.complaints.domain import Complaint, Customer
from coach.store import Store
from coach.ui.app import create_main_window
from coach.ui.prompts import ScriptedPrompts

TODAY = date.today()
NOW = datetime.now().replace(microsecond=0)


def stored(folder: Path, complaints: list[Complaint]) -> list[Complaint]:
    store = Store.open(folder)
    try:
        return store.save_many([(c, []) for c in complaints])
    finally:
        store.close()


def complaint(name: str, days_ago: int = 6, **fields: object) -> Complaint:
    created = NOW - timedelta(days=days_ago)
    return Complaint(
        created_at=created,
        updated_at=created,
        customer=Customer(name, f"0790 {zlib.crc32(name.encode()) % 10**6:06d}"),
        channel="phone",
        product=f"{name}'s order",
        description="It went wrong.",
        **fields,  # type: ignore[arg-type]
    )


def awaiting(**fields: object) -> dict[str, object]:
    return dict(stage="follow_up", status="awaiting_follow_up", **fields)


def the_day(folder: Path) -> dict[str, Complaint]:
    made = stored(
        folder,
        [
            complaint("Maryam", **awaiting(promised_by=TODAY - timedelta(days=2))),
            complaint(
                "Omid",
                **awaiting(resolved_at=NOW - timedelta(days=2), follow_up_due=TODAY),
            ),
            complaint(
                "Layla",
                **awaiting(resolved_at=NOW - timedelta(days=4), follow_up_due=TODAY - timedelta(3)),
            ),
            complaint("Draft", days_ago=3),
            complaint(
                "Calm",
                **awaiting(resolved_at=NOW, follow_up_due=TODAY + timedelta(days=1)),
            ),
        ],
    )
    return {c.customer.name: c for c in made}


def open_window(qtbot, folder: Path):
    window = create_main_window(folder, "en", ScriptedPrompts())
    qtbot.addWidget(window)
    return window


def line(window, kind: str, c: Complaint) -> QFrame | None:
    return window.findChild(QFrame, f"due_{kind}_{c.id}")


def press(qtbot, row: QWidget, name: str) -> None:
    button = row.findChild(QPushButton, name)
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def dialog(window, name: str) -> QDialog:
    found = window.findChild(QDialog, name)
    assert found is not None and found.isVisible(), name
    return found


def ok(qtbot, shown: QDialog) -> None:
    box = shown.findChild(QDialogButtonBox)
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_today_comes_first_and_lists_what_is_due(qtbot, data_dir):
    made = the_day(data_dir)
    window = open_window(qtbot, data_dir)
    today = window.findChild(QWidget, "today_view")
    assert window.pages.currentWidget() is today
    assert window.windowTitle().startswith("(4) ")
    assert line(window, "promise", made["Maryam"]) is not None
    assert line(window, "follow_up", made["Omid"]) is not None
    assert line(window, "follow_up", made["Layla"]) is not None
    assert line(window, "draft", made["Draft"]) is not None
    assert window.findChildren(QFrame, f"due_follow_up_{made['Calm'].id}") == []
    layla = line(window, "follow_up", made["Layla"])
    detail = layla.findChild(QLabel, "line_detail").text()
    assert "overdue by 3 days" in detail
    summary = window.findChild(QLabel, "today_summary").text()
    assert "Follow-ups due: 2" in summary and "Promises due today or broken: 1" in summary


def test_nothing_due_opens_on_the_log(qtbot, data_dir):
    stored(data_dir, [complaint("Fresh", days_ago=0)])
    window = open_window(qtbot, data_dir)
    assert window.pages.currentWidget() is not window.today_view
    assert window.windowTitle() == "Complaint Coach"
    assert window.findChild(QLabel, "today_summary").text() == "Nothing is due today."


def test_fix_done_turns_a_broken_promise_into_tomorrows_follow_up(qtbot, data_dir):
    made = the_day(data_dir)
    window = open_window(qtbot, data_dir)
    press(qtbot, line(window, "promise", made["Maryam"]), "fix_done_button")
    qtbot.waitUntil(lambda: line(window, "promise", made["Maryam"]) is None)
    assert window.windowTitle().startswith("(3) ")
    fixed = window.context.get(made["Maryam"].id)
    assert fixed.resolved_at is not None
    assert fixed.follow_up_due == TODAY + timedelta(days=1)


def test_follow_up_done_records_result_and_scores_and_closes(qtbot, data_dir):
    made = the_day(data_dir)
    window = open_window(qtbot, data_dir)
    press(qtbot, line(window, "follow_up", made["Omid"]), "follow_up_done_button")
    shown = dialog(window, "follow_up_dialog")
    ok(qtbot, shown)
    problem = shown.findChild(QLabel, "problem")
    assert shown.isVisible() and problem.isVisible() and "fully resolved" in problem.text()
    result = shown.findChild(QWidget, "follow_up_result")
    result.setCurrentIndex(result.findData("resolved"))
    shown.findChild(QWidget, "csat").setValue(4)
    ok(qtbot, shown)
    qtbot.waitUntil(lambda: line(window, "follow_up", made["Omid"]) is None)
    done = window.context.get(made["Omid"].id)
    assert (done.status, done.follow_up_result, done.csat) == ("closed", "resolved", 4)
    assert done.followed_up_at == TODAY


def test_reschedule_moves_the_follow_up_off_today(qtbot, data_dir):
    made = the_day(data_dir)
    window = open_window(qtbot, data_dir)
    press(qtbot, line(window, "follow_up", made["Layla"]), "reschedule_button")
    shown = dialog(window, "reschedule_dialog")
    later = TODAY + timedelta(days=4)
    shown.findChild(QWidget, "new_follow_up_due").edit.setDate(
        QDate(later.year, later.month, later.day)
    )
    ok(qtbot, shown)
    qtbot.waitUntil(lambda: line(window, "follow_up", made["Layla"]) is None)
    moved = window.context.get(made["Layla"].id)
    assert (moved.follow_up_due, moved.status) == (later, "awaiting_follow_up")


@pytest.mark.qt_log_ignore("does not support raise")
def test_open_shows_the_complaint_at_its_stage(qtbot, data_dir):
    made = the_day(data_dir)
    window = open_window(qtbot, data_dir)
    press(qtbot, line(window, "draft", made["Draft"]), "open_button")
    (wizard,) = window.wizards()
    qtbot.addWidget(wizard)
    assert wizard.stage == "listen"
    press(qtbot, line(window, "follow_up", made["Omid"]), "open_button")
    omid = next(w for w in window.wizards() if w is not wizard)
    qtbot.addWidget(omid)
    assert omid.stage == "follow_up"
    press(qtbot, line(window, "follow_up", made["Omid"]), "follow_up_done_button")
    assert window.findChild(QDialog, "follow_up_dialog") is None, "open in a wizard: no dialog"
    for opened in window.wizards():
        opened.close()


def test_a_long_day_shows_the_most_overdue_first_and_the_rest_on_request(qtbot, data_dir):
    stored(
        data_dir,
        [
            complaint(
                f"Customer {n:02d}",
                days_ago=30,
                **awaiting(
                    resolved_at=NOW - timedelta(days=29), follow_up_due=TODAY - timedelta(n)
                ),
            )
            for n in range(20)
        ],
    )
    window = open_window(qtbot, data_dir)
    rows = lambda: window.today_view.findChildren(QFrame, QRegularExpression("^due_follow_up_"))  # noqa: E731
    assert len(rows()) == 15
    first = rows()[0].findChild(QLabel, "line_customer").text()
    assert "Customer 19" in first, "the most overdue comes first"
    more = window.findChild(QPushButton, "more_follow_up")
    assert more.text() == "Show 5 more"
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(rows()) == 20)
