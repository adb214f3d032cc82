"""Wording fixes from the native review of issue 10, as an Arabic or Persian owner reads them."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QPushButton

from coach.complaints.domain import Complaint, Customer, Event
from coach.service import Coach
from coach.ui.prompts import ScriptedPrompts
from coach.ui.wizard import WizardWindow


def open_with_a_promise(qtbot, context: Coach) -> WizardWindow:
    at = datetime(2026, 10, 3, 9, 15)
    complaint = Complaint(
        created_at=at,
        customer=Customer("Reza", "0912 123 4567"),
        description="Wrong size.",
        stage="apologise",
        status="in_progress",
        promised_by=date(2026, 10, 5),
    )
    events = [
        Event("created", at, "listen"),
        Event("promise_made", at + timedelta(hours=1), "resolve", "2026-10-05"),
    ]
    saved = context.save(complaint, events)
    window = WizardWindow(context, saved.id, prompts=ScriptedPrompts(answer=True))
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.parametrize(
    ("lang", "promise", "incomplete"),
    [
        ("ar", "وعدنا العميل بموعد: ", "لم تكتمل هذه المرحلة بعد"),
        ("fa", "به مشتری قول دادیم تا ", "این مرحله هنوز کامل نیست"),
    ],
)
def test_the_timeline_and_an_incomplete_stage_read_naturally(
    qtbot, data_dir, ui_language, lang, promise, incomplete
):
    ui_language(lang)
    with Coach.open(data_dir, lang) as context:
        window = open_with_a_promise(qtbot, context)
        view = window.findChild(QListWidget, "timeline_list")
        lines = [view.item(row).text() for row in range(view.count())]
        assert promise in lines[-1]
        window.findChild(QComboBox, "fault").setCurrentIndex(0)
        window.findChild(QPushButton, "next_button").click()
        assert window.findChild(QLabel, "save_status").text().startswith(incomplete)
