"""At start-up Today shows its counts and first lines with the window; the rest of its lines are
added, in order, once the window has been painted."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QFrame, QLabel, QPushButton

from coach.service import Coach
from coach.ui.main_window import MainWindow
from coach.ui.prompts import ScriptedPrompts
from coach.ui.today_view import FIRST_BUILT, SHOWN_FIRST
from tests.ui.test_today_view import NOW, TODAY, awaiting, complaint, stored


def line_names(window: MainWindow) -> list[str]:
    body = window.today_view.body
    return [
        widget.objectName()
        for widget in body.findChildren(QFrame)
        if widget.objectName().startswith("due_") and widget.isVisibleTo(body)
    ]


def test_todays_lines_past_the_first_come_once_the_window_is_painted(qtbot, data_dir: Path):
    promises = [
        complaint(f"Promise {n}", **awaiting(promised_by=TODAY - timedelta(days=n + 1)))
        for n in range(20)
    ]
    follow_ups = [
        complaint(f"Follow {n}", **awaiting(resolved_at=NOW, follow_up_due=TODAY))
        for n in range(20)
    ]
    stored(data_dir, promises + follow_ups)
    context = Coach.open(data_dir, "en")
    window = MainWindow(
        context, ScriptedPrompts(), first_agenda=lambda: context.day.agenda(shown=SHOWN_FIRST)
    )
    qtbot.addWidget(window)
    summary = window.today_view.findChild(QLabel, "today_summary")
    assert summary.text() == "Promises due today or broken: 20 · Follow-ups due: 20"
    assert "(40)" in window.windowTitle()
    first = line_names(window)
    assert len(first) == FIRST_BUILT - 1  # the first section's heading, then its lines
    window.show()
    qtbot.waitUntil(lambda: len(line_names(window)) == 2 * SHOWN_FIRST)
    names = line_names(window)
    assert names[: len(first)] == first
    assert [name.split("_")[1] for name in names] == ["promise"] * SHOWN_FIRST + [
        "follow"
    ] * SHOWN_FIRST
    more = window.today_view.body.findChildren(QPushButton)
    assert {"more_promise", "more_follow_up"} <= {button.objectName() for button in more}
    window.close()
