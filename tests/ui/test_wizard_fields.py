"""The wizard's fields: dates that may be empty and read relatively, money, scores, choices."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCalendar, QDate, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from coach.service import Coach
from coach.system.settings import Settings
from coach.ui.prompts import ScriptedPrompts
from coach.ui.wizard import WizardWindow
from coach.ui.wizard.fields import parse_money


def open_wizard(qtbot, data_dir: Path, complaint_id=None) -> tuple[WizardWindow, Coach]:
    context = Coach.open(data_dir, "en")
    window = WizardWindow(context, complaint_id, prompts=ScriptedPrompts())
    qtbot.addWidget(window)
    window.show()
    return window, context


def control(window: QWidget, name: str) -> QWidget:
    found = window.findChild(QWidget, name)
    assert found is not None, name
    return found


def reading(window, name: str) -> str:
    return control(window, f"{name}_field").findChild(QLabel, "relative").text()


def problem(window, name: str) -> str:
    label = window.findChild(QLabel, f"problem_{name}")
    return label.text() if label.isVisible() else ""


def reach_resolve(qtbot, window) -> None:
    qtbot.keyClicks(control(window, "customer_name"), "Nadia")
    control(window, "channel").setCurrentIndex(1)
    qtbot.keyClicks(control(window, "description"), "Late.")
    for key, combo in (("", None), ("root_cause", 1), ("fault", 1)):
        next_button = window.findChild(QPushButton, "next_button")
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
        if key == "root_cause":
            control(window, "root_cause").setCurrentIndex(combo)
            control(window, "severity").setCurrentIndex(1)
        elif key == "fault":
            control(window, "fault").setCurrentIndex(combo)
            qtbot.keyClicks(control(window, "apology"), "Sorry.")
    qtbot.mouseClick(window.findChild(QPushButton, "next_button"), Qt.MouseButton.LeftButton)
    assert window.stage == "resolve"


def test_dates_start_empty_take_today_and_read_relatively(qtbot, data_dir):
    window, context = open_wizard(qtbot, data_dir)
    reach_resolve(qtbot, window)
    promised = control(window, "promised_by")
    assert promised.text() == "No date" and window.complaint().promised_by is None
    field = control(window, "promised_by_field")
    qtbot.mouseClick(field.today_button, Qt.MouseButton.LeftButton)
    assert window.complaint().promised_by == date.today()
    assert reading(window, "promised_by") == "today"
    promised.setDate(QDate.currentDate().addDays(2))
    assert reading(window, "promised_by") == "in 2 days"
    qtbot.mouseClick(field.clear_button, Qt.MouseButton.LeftButton)
    assert window.complaint().promised_by is None and reading(window, "promised_by") == ""
    assert field.today_button.accessibleName() == "Promised by: today"


def test_stepping_an_empty_date_starts_from_today(qtbot, data_dir):
    window, _ = open_wizard(qtbot, data_dir)
    reach_resolve(qtbot, window)
    promised = control(window, "promised_by")
    promised.setFocus()
    qtbot.keyClick(promised, Qt.Key.Key_Up)
    assert window.complaint().promised_by == date.today()


def test_an_overdue_follow_up_says_so(qtbot, data_dir):
    window, context = open_wizard(qtbot, data_dir)
    reach_resolve(qtbot, window)
    control(window, "wanted_outcome").setCurrentIndex(1)
    qtbot.keyClicks(control(window, "resolution"), "Refund on Monday.")
    control(window, "promised_by").setDate(QDate.currentDate())
    hint = window.findChild(QLabel, "hint_resolve")
    assert hint.isVisible() and "one day after" in hint.text()
    qtbot.mouseClick(window.findChild(QPushButton, "next_button"), Qt.MouseButton.LeftButton)
    assert window.stage == "follow_up"
    assert reading(window, "follow_up_due") == "tomorrow"
    control(window, "follow_up_due").setDate(QDate.currentDate().addDays(-1))
    assert reading(window, "follow_up_due") == "overdue by 1 day"
    control(window, "followed_up_at").setDate(QDate.currentDate())
    assert reading(window, "follow_up_due") == ""


def test_cost_takes_any_digits_and_explains_what_is_not_a_number(qtbot, data_dir):
    window, context = open_wizard(qtbot, data_dir)
    reach_resolve(qtbot, window)
    cost = control(window, "cost")
    qtbot.keyClicks(cost, "12.5x")
    assert problem(window, "cost") == "Write the cost as a number, for example 12.50."
    qtbot.mouseClick(window.findChild(QPushButton, "next_button"), Qt.MouseButton.LeftButton)
    assert window.stage == "resolve" and problem(window, "cost")
    cost.clear()
    qtbot.keyClicks(cost, "1,200.50")
    assert problem(window, "cost") == ""
    assert window.complaint().cost == Decimal("1200.50")
    assert parse_money("١٢٫٥") == Decimal("12.5")
    assert parse_money("۱۲۰۰") == Decimal("1200")
    assert parse_money("  ") is None
    with pytest.raises(ValueError):
        parse_money("twelve")
    window.close()
    again, _ = open_wizard(qtbot, data_dir, context.search()[0].id)
    assert control(again, "cost").text() == "1200.50"


def test_scores_start_unset_and_keep_their_ranges(qtbot, data_dir):
    window, _ = open_wizard(qtbot, data_dir)
    for name, low, high in (("csat", 1, 5), ("ces", 1, 7), ("nps", 0, 10)):
        spin = control(window, name)
        assert spin.text() == "\u2014" and getattr(window.complaint(), name) is None
        assert (spin.minimum() + 1, spin.maximum()) == (low, high)
        spin.stepUp()
        assert getattr(window.complaint(), name) == low


def test_choices_show_labels_and_carry_keys(qtbot, data_dir):
    window, context = open_wizard(qtbot, data_dir)
    channel = control(window, "channel")
    assert isinstance(channel, QComboBox)
    assert channel.itemText(0) == "\u2014" and channel.itemData(0) == ""
    assert channel.itemText(channel.findData("in_person")) == "In person"
    causes = control(window, "root_cause")
    assert causes.count() == len(context.root_causes()) + 1
    cause = context.playbook.root_cause("delivery_delay")
    assert causes.itemText(causes.findData("delivery_delay")) == cause.label


def test_a_jalali_calendar_shows_jalali_dates(qtbot, data_dir):
    settings = Settings.load(data_dir)
    settings.set("calendar", "jalali")
    settings.save()
    window, _ = open_wizard(qtbot, data_dir)
    edit = control(window, "promised_by")
    edit.setDate(QDate(2026, 10, 3))
    assert edit.calendar().name() == QCalendar(QCalendar.System.Jalali).name()
    assert edit.text() == "1405/07/11"
    assert window.complaint().promised_by == date(2026, 10, 3)
    assert edit.calendarWidget().calendar().name() == edit.calendar().name()


def test_a_date_before_the_complaint_is_refused_in_words(qtbot, data_dir):
    window, _ = open_wizard(qtbot, data_dir)
    reach_resolve(qtbot, window)
    control(window, "wanted_outcome").setCurrentIndex(1)
    qtbot.keyClicks(control(window, "resolution"), "Refund.")
    control(window, "promised_by").setDate(QDate.currentDate().addDays(-3))
    qtbot.mouseClick(window.findChild(QPushButton, "next_button"), Qt.MouseButton.LeftButton)
    assert window.stage == "resolve"
    assert problem(window, "promised_by") == "Promised by cannot be before the complaint was made."
    assert window.complaint().promised_by == date.today() - timedelta(days=3)


@pytest.mark.qt_log_ignore("does not support raise", "grabbing the keyboard")
def test_f4_opens_the_calendar_on_this_month_without_setting_a_date(qtbot, data_dir):
    window, _ = open_wizard(qtbot, data_dir)
    reach_resolve(qtbot, window)
    promised = control(window, "promised_by")
    promised.setFocus()
    calendar = promised.calendarWidget()
    qtbot.keyClick(promised, Qt.Key.Key_F4)
    try:
        assert calendar.isVisible()
        today = QDate.currentDate()
        assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
        assert window.complaint().promised_by is None
    finally:
        calendar.window().hide()
