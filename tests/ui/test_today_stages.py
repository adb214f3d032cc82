"""Today opens each line at the stage where its work is done, and the wizard records "Fix done"
at Resolve and Follow-up for a complaint whose promised fix is still to come."""

from __future__ import annotations

import zlib
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QPushButton

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


def complaint(name: str, **fields: object) -> Complaint:
    created = NOW - timedelta(days=6)
    return Complaint(
        created_at=created,
        updated_at=created,
        customer=Customer(name, f"0790 {zlib.crc32(name.encode()) % 10**6:06d}"),
        channel="phone",
        product=f"{name}'s order",
        description="It went wrong.",
        **fields,  # type: ignore[arg-type]
    )


def open_window(qtbot, folder: Path):
    window = create_main_window(folder, "en", ScriptedPrompts())
    qtbot.addWidget(window)
    return window


def line(window, kind: str, c: Complaint) -> QFrame:
    found = window.findChild(QFrame, f"due_{kind}_{c.id}")
    assert found is not None, (kind, c.customer.name)
    return found


def press(qtbot, row: QFrame, name: str) -> None:
    qtbot.mouseClick(row.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def promised(data_dir, days: int = -2):
    (made,) = stored(
        data_dir,
        [
            complaint(
                "Maryam",
                stage="follow_up",
                status="awaiting_follow_up",
                promised_by=TODAY + timedelta(days=days),
            )
        ],
    )
    return made


@pytest.mark.qt_log_ignore("does not support raise")
def test_a_broken_promise_opens_at_resolve_and_a_due_follow_up_at_follow_up(qtbot, data_dir):
    maryam, omid = stored(
        data_dir,
        [
            complaint(
                "Maryam",
                stage="follow_up",
                status="awaiting_follow_up",
                promised_by=TODAY - timedelta(days=2),
            ),
            complaint(
                "Omid",
                stage="follow_up",
                status="awaiting_follow_up",
                resolved_at=NOW - timedelta(days=2),
                follow_up_due=TODAY,
            ),
        ],
    )
    window = open_window(qtbot, data_dir)
    press(qtbot, line(window, "promise", maryam), "open_button")
    (wizard,) = window.wizards()
    qtbot.addWidget(wizard)
    assert wizard.stage == "resolve"
    assert wizard.forms["resolve"].isVisible()
    assert wizard.complaint().stage == "follow_up", "only shown: the complaint did not move"
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.stage == "follow_up"
    assert window.context.get(maryam.id).resolved_at is None, "Next only showed the next stage"
    press(qtbot, line(window, "follow_up", omid), "open_button")
    other = next(w for w in window.wizards() if w is not wizard)
    qtbot.addWidget(other)
    assert other.stage == "follow_up"
    for opened in window.wizards():
        opened.close()


@pytest.mark.parametrize("stage", ["resolve", "follow_up"])
def test_fix_done_in_the_wizard_records_the_fix_and_moves_the_follow_up(qtbot, data_dir, stage):
    made = promised(data_dir, days=1)
    window = open_window(qtbot, data_dir)
    wizard = window.open_complaint(made.id, stage)
    qtbot.addWidget(wizard)
    assert wizard.stage == stage
    button = wizard.findChild(QPushButton, "fix_done_button")
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    fixed = window.context.get(made.id)
    assert fixed.resolved_at is not None and fixed.resolved_at.date() == TODAY
    assert fixed.follow_up_due == TODAY + timedelta(days=1)
    assert fixed.stage == "follow_up" and fixed.status == "awaiting_follow_up"
    assert not button.isVisible(), "nothing left to record"
    wizard.close()


def test_fix_done_is_not_offered_before_resolve_or_once_fixed(qtbot, data_dir):
    made = promised(data_dir)
    window = open_window(qtbot, data_dir)
    wizard = window.open_complaint(made.id, "apologise")
    qtbot.addWidget(wizard)
    assert not wizard.findChild(QPushButton, "fix_done_button").isVisible()
    wizard.close()
    (fixed,) = stored(
        data_dir,
        [complaint("Done", stage="follow_up", status="awaiting_follow_up", resolved_at=NOW)],
    )
    wizard = window.open_complaint(fixed.id, "follow_up")
    qtbot.addWidget(wizard)
    assert not wizard.findChild(QPushButton, "fix_done_button").isVisible()
    wizard.close()
