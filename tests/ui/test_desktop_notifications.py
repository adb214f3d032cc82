"""Without a tray icon, reminders go through the desktop's ``notify-send`` when it is installed,
say nothing (and fail nowhere) when it is not, and follow the "reminders" setting."""

from __future__ import annotations

import subprocess
from typing import Any

from coach.service import Coach
from coach.system.notifications import desktop_notifier, notify_send_command
from coach.ui.reminders import Reminders
from coach.ui.today_view import TodayView
from tests.ui.test_reminders import NOW, Clock, day_with


class Runner:
    """Records the commands it is asked to run (in place of ``subprocess.run``)."""

    def __init__(self, error: Exception | None = None):
        self.commands: list[list[str]] = []
        self.options: list[dict[str, Any]] = []
        self.error = error

    def __call__(self, command: list[str], **options: Any) -> None:
        self.commands.append(list(command))
        self.options.append(options)
        if self.error is not None:
            raise self.error


def reminders_with(qtbot, coach: Coach, which, runner: Runner) -> Reminders:
    today = TodayView(coach, lambda _id: None, now=Clock(NOW))
    qtbot.addWidget(today)
    today.refresh()
    return Reminders(
        today,
        coach.settings,
        lambda: None,
        tray_available=lambda: False,
        find_desktop=lambda: desktop_notifier(
            lambda: "Complaint Coach", which=which, runner=runner
        ),
    )


def test_the_command_names_the_app_and_ends_options_before_the_text():
    command = notify_send_command("/usr/bin/notify-send", "-x title", "Call Omid", "Coach")
    assert command == [
        "/usr/bin/notify-send",
        "--app-name=Coach",
        "--icon=complaint-coach",
        "--",
        "-x title",
        "Call Omid",
    ]


def test_without_a_tray_the_start_notice_goes_through_notify_send(qtbot, data_dir):
    coach = day_with(data_dir)
    runner = Runner()
    reminders = reminders_with(qtbot, coach, lambda name: f"/usr/bin/{name}", runner)
    reminders.start()
    assert runner.commands == [
        [
            "/usr/bin/notify-send",
            "--app-name=Complaint Coach",
            "--icon=complaint-coach",
            "--",
            "Complaint Coach",
            "Things that need you today: 1.",
        ]
    ]
    assert runner.options[0]["check"] is False and runner.options[0]["timeout"] > 0
    assert reminders.sent == [("Complaint Coach", "Things that need you today: 1.")]
    coach.close()


def test_reminders_off_run_nothing(qtbot, data_dir):
    coach = day_with(data_dir)
    coach.settings.set("reminders", "off")
    runner = Runner()
    reminders = reminders_with(qtbot, coach, lambda name: f"/usr/bin/{name}", runner)
    reminders.start()
    assert runner.commands == [] and reminders.sent == []
    coach.close()


def test_without_notify_send_nothing_is_sent_and_nothing_fails(qtbot, data_dir):
    coach = day_with(data_dir)
    runner = Runner()
    reminders = reminders_with(qtbot, coach, lambda _name: None, runner)
    reminders.start()
    assert runner.commands == [] and reminders.sent == []
    assert reminders.send("A follow-up is due", "Call Omid today.") is False
    coach.close()


def test_a_program_that_fails_to_run_is_ignored(qtbot, data_dir):
    coach = day_with(data_dir)
    for error in (FileNotFoundError(2, "gone"), subprocess.TimeoutExpired("notify-send", 5)):
        runner = Runner(error)
        reminders = reminders_with(qtbot, coach, lambda name: f"/usr/bin/{name}", runner)
        reminders.start()
        assert len(runner.commands) == 1
    coach.close()


def test_the_real_runner_copes_with_a_missing_program(tmp_path):
    notify = desktop_notifier(lambda: "Coach", which=lambda _name: str(tmp_path / "absent"))
    assert notify is not None
    notify("title", "text")  # raises nothing
