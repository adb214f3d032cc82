"""Reminders: a notification at start when something is due, another when a follow-up falls due
while the app is open, none when the owner turned them off; the count on a badge."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from coach.complaints.domain import Complaint, Customer
from coach.service import Coach
from coach.ui.reminders import Reminders, badge_icon
from coach.ui.today_view import TodayView

NOW = datetime(2026, 10, 15, 9, 0)


class Clock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def day_with(data_dir: Path) -> Coach:
    coach = Coach.open(data_dir, "en")
    for name, due in (("Maryam", NOW.date()), ("Omid", NOW.date() + timedelta(days=1))):
        coach.save(
            Complaint(
                created_at=NOW - timedelta(days=3),
                customer=Customer(name),
                description="Late delivery.",
                stage="follow_up",
                status="awaiting_follow_up",
                resolved_at=NOW - timedelta(days=2),
                follow_up_due=due,
            )
        )
    return coach


def reminders_for(qtbot, coach: Coach, clock: Clock) -> tuple[TodayView, Reminders, list]:
    sent: list[tuple[str, str]] = []
    today = TodayView(coach, lambda _id: None, now=clock)
    qtbot.addWidget(today)
    today.refresh()
    reminders = Reminders(
        today,
        coach.settings,
        lambda: None,
        notify=lambda title, text: sent.append((title, text)),
        tray_available=lambda: False,
    )
    return today, reminders, sent


def test_the_owner_is_told_at_start_and_when_a_follow_up_falls_due(qtbot, data_dir):
    coach = day_with(data_dir)
    clock = Clock(NOW)
    today, reminders, sent = reminders_for(qtbot, coach, clock)
    reminders.start()
    assert sent == [("Complaint Coach", "Things that need you today: 1.")]
    today.refresh()
    assert len(sent) == 1, "nothing new, nothing said"

    clock.now = NOW + timedelta(days=1)
    today.refresh()
    assert sent[-1][0] == "A follow-up is due" and "Omid" in sent[-1][1]
    assert "Maryam" not in sent[-1][1]
    assert reminders.timer.isActive()
    coach.close()


def test_reminders_turned_off_say_nothing(qtbot, data_dir):
    coach = day_with(data_dir)
    coach.settings.set("reminders", "off")
    clock = Clock(NOW)
    today, reminders, sent = reminders_for(qtbot, coach, clock)
    reminders.start()
    clock.now = NOW + timedelta(days=1)
    today.refresh()
    assert sent == [] and reminders.sent == []
    coach.close()


def test_the_badge_shows_the_count(qapp):
    icon = badge_icon(3, "latin")
    assert not icon.isNull()
    image = icon.pixmap(64, 64).toImage()
    assert image.pixelColor(48, 16).red() > 150, "a red circle in the corner"
