"""The coach beside the wizard's form: wording check, safety, checklist, customer signs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QPushButton, QWidget

from coach.service import Coach
from coach.ui.prompts import ScriptedPrompts
from coach.ui.wizard import WizardWindow

BAD_APOLOGY = "According to company policy we cannot refund it. The system was down."
GOOD_APOLOGY = (
    "I am sorry we let you down on your day. I will bring a new cake on Saturday morning."
)


@pytest.fixture
def context(data_dir: Path):
    opened = Coach.open(data_dir, "en")
    yield opened
    opened.close()


def open_wizard(qtbot, context, complaint_id=None) -> WizardWindow:
    window = WizardWindow(context, complaint_id, prompts=ScriptedPrompts())
    qtbot.addWidget(window)
    window.show()
    return window


def control(window: QWidget, name: str) -> QWidget:
    found = window.findChild(QWidget, name)
    assert found is not None, name
    return found


def choose(window, name: str, key: str) -> None:
    combo = control(window, name)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(key))


def next_stage(qtbot, window) -> None:
    stage = window.stage
    qtbot.mouseClick(window.findChild(QPushButton, "next_button"), Qt.MouseButton.LeftButton)
    assert window.stage != stage, window.findChild(QLabel, "save_status").text()


def fill_listen(qtbot, window, phone="0791 234 567") -> None:
    qtbot.keyClicks(control(window, "customer_name"), "Sara")
    qtbot.keyClicks(control(window, "customer_phone"), phone)
    choose(window, "channel", "in_person")
    qtbot.keyClicks(control(window, "description"), "Wrong size again.")


def go_to_apologise(qtbot, window) -> None:
    fill_listen(qtbot, window)
    next_stage(qtbot, window)
    choose(window, "root_cause", "product_defect")
    choose(window, "severity", "low")
    next_stage(qtbot, window)


def findings_text(window) -> str:
    shown = window.findChild(QWidget, "tone_findings").findChildren(QLabel)
    return "\n".join(label.text() for label in shown if not label.isHidden())


def underlined(editor) -> list[str]:
    return [
        s.cursor.selectedText()
        for s in editor.extraSelections()
        if s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    ]


def test_a_bad_apology_is_underlined_and_each_finding_offers_a_better_way(qtbot, context):
    window = open_wizard(qtbot, context)
    go_to_apologise(qtbot, window)
    apology = control(window, "apology")
    qtbot.keyClicks(apology, BAD_APOLOGY)
    qtbot.waitUntil(lambda: len(underlined(apology)) == 2, timeout=2000)
    assert underlined(apology) == ["According to company policy", "system was down"]
    text = findings_text(window)
    assert window.findChild(QWidget, "tone_box").isVisible()
    assert "According to company policy" in text and "system was down" in text
    assert text.count("Better:") == 2


def test_a_good_apology_has_no_findings(qtbot, context):
    window = open_wizard(qtbot, context)
    go_to_apologise(qtbot, window)
    apology = control(window, "apology")
    qtbot.keyClicks(apology, GOOD_APOLOGY)
    qtbot.waitUntil(lambda: "reads well" in findings_text(window), timeout=2000)
    assert underlined(apology) == []
    assert "Better:" not in findings_text(window)


def test_the_safety_guidance_appears_at_once_for_an_abusive_customer(qtbot, context):
    window = open_wizard(qtbot, context)
    safety = window.findChild(QWidget, "safety_box")
    assert not safety.isVisible()
    choose(window, "mood", "abusive")
    assert safety.isVisible()
    shown = " ".join(label.text() for label in safety.findChildren(QLabel))
    assert context.playbook.safety.title in shown
    choose(window, "mood", "angry")
    assert not safety.isVisible()


def test_checklist_ticks_are_saved_with_the_complaint(qtbot, context):
    window = open_wizard(qtbot, context)
    first = context.playbook.stage("listen").checklist[0].key
    qtbot.keyClicks(control(window, "customer_name"), "Ali")
    window.findChild(QCheckBox, f"tick_{first}").click()
    window.close()
    stored = context.search()[0]
    assert stored.checklist["listen"] == [first]
    again = open_wizard(qtbot, context, stored.id)
    assert again.findChild(QCheckBox, f"tick_{first}").isChecked()


def test_signs_stay_with_the_customer_and_a_third_complaint_offers_the_decisions(qtbot, context):
    for sign in ("time_drain", "moving_goalposts"):
        window = open_wizard(qtbot, context)
        fill_listen(qtbot, window, phone="0791 234 567")
        window.findChild(QCheckBox, f"sign_{sign}").click()
        assert not window.findChild(QWidget, "decision_box").isVisible()
        window.close()
    customers = context.customers()
    assert len(customers) == 1
    assert customers[0].signs == ["moving_goalposts", "time_drain"]

    third = open_wizard(qtbot, context)
    decisions = third.findChild(QWidget, "decision_box")
    qtbot.keyClicks(control(third, "customer_name"), "Sara A.")
    qtbot.waitUntil(lambda: context.count() == 3, timeout=2000)
    assert not decisions.isVisible()
    qtbot.keyClicks(control(third, "customer_phone"), "0791234567")
    qtbot.waitUntil(decisions.isVisible, timeout=2000)
    details = decisions.findChild(QWidget, "decision_details")
    assert not details.isVisible()
    decisions.findChild(QPushButton, "decision_toggle").click()
    assert details.isVisible()
    shown = " ".join(label.text() for label in details.findChildren(QLabel))
    assert all(d.title in shown for d in context.playbook.decisions())
    third.close()
    assert len({c.customer.id for c in context.search()}) == 1
    customer = context.search()[0].customer
    assert (customer.name, customer.signs) == ("Sara A.", ["moving_goalposts", "time_drain"])


def test_unticking_a_sign_takes_it_off_the_customer(qtbot, context):
    window = open_wizard(qtbot, context)
    fill_listen(qtbot, window)
    window.findChild(QCheckBox, "sign_late_payment").click()
    window.close()
    complaint_id = context.search()[0].id
    again = open_wizard(qtbot, context, complaint_id)
    box = again.findChild(QCheckBox, "sign_late_payment")
    assert box.isChecked()
    box.click()
    again.close()
    assert context.customers()[0].signs == []


def test_the_panel_shows_each_stage_goal(qtbot, context):
    window = open_wizard(qtbot, context)
    goal = window.findChild(QLabel, "goal_listen")
    assert goal.isVisible() and goal.text() == context.playbook.stage("listen").goal
    go_to_apologise(qtbot, window)
    assert window.findChild(QLabel, "goal_apologise").isVisible()
    assert not goal.isVisible()
    assert not window.findChild(QWidget, "signs_box").isVisible()
