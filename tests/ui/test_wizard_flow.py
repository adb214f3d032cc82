"""The wizard through its widgets: five stages, drafts that resume, reasons, autosave, review."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPushButton, QWidget

from coach.complaints.domain import Complaint
from coach.complaints.rules import FIELD_LABELS, STAGE_FIELDS
from coach.service import Coach
from coach.ui.prompts import ScriptedPrompts
from coach.ui.wizard import WizardWindow


@pytest.fixture
def context(data_dir: Path):
    opened = Coach.open(data_dir, "en")
    yield opened
    opened.close()


def open_wizard(qtbot, context, complaint_id=None, prompts=None) -> WizardWindow:
    window = WizardWindow(context, complaint_id, prompts=prompts or ScriptedPrompts())
    qtbot.addWidget(window)
    window.show()
    return window


def control(window: QWidget, name: str) -> QWidget:
    found = window.findChild(QWidget, name)
    assert found is not None, name
    return found


def type_into(qtbot, window, name: str, text: str) -> None:
    widget = control(window, name)
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    for char in text:
        event = QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char
        )
        QApplication.sendEvent(widget, event)


def choose(window, name: str, key: str) -> None:
    combo = control(window, name)
    assert isinstance(combo, QComboBox)
    index = combo.findData(key)
    assert index > 0, (name, key)
    combo.setCurrentIndex(index)


def set_date(window, name: str, day: date) -> None:
    control(window, name).setDate(QDate(day.year, day.month, day.day))


def click(qtbot, window, name: str) -> None:
    button = window.findChild(QPushButton, name)
    assert button is not None and button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def problem(window, name: str) -> str:
    label = window.findChild(QLabel, f"problem_{name}")
    return label.text() if label.isVisible() else ""


def saved_id(context) -> int:
    """The one complaint the test wrote."""
    (only,) = context.search()
    return only.id


def fill_listen(qtbot, window, name="Sara Ahmadi", phone="0791 234 567") -> None:
    type_into(qtbot, window, "customer_name", name)
    type_into(qtbot, window, "customer_phone", phone)
    choose(window, "channel", "phone")
    type_into(qtbot, window, "description", "The cake came a day late and the writing was wrong.")


def fill_to_follow_up(qtbot, window) -> None:
    fill_listen(qtbot, window)
    click(qtbot, window, "next_button")
    choose(window, "root_cause", "delivery_delay")
    choose(window, "severity", "high")
    click(qtbot, window, "next_button")
    choose(window, "fault", "ours")
    type_into(qtbot, window, "apology", "I am sorry we let you down on your day.")
    click(qtbot, window, "next_button")
    choose(window, "wanted_outcome", "refund")
    type_into(qtbot, window, "resolution", "Full refund today, and a new cake on Saturday.")
    set_date(window, "promised_by", date.today() + timedelta(days=2))
    click(qtbot, window, "next_button")
    assert window.stage == "follow_up"


def test_a_complaint_completed_through_five_stages_is_closed_in_the_store_and_log(
    qtbot, context, data_dir
):
    window = open_wizard(qtbot, context)
    finished = []
    window.finished.connect(finished.append)
    fill_to_follow_up(qtbot, window)
    assert control(window, "follow_up_due").date() == QDate.currentDate().addDays(3)
    set_date(window, "followed_up_at", date.today())
    choose(window, "follow_up_result", "resolved")
    control(window, "csat").setValue(5)
    click(qtbot, window, "finish_button")
    assert not window.isVisible()
    stored = context.get(finished[0])
    assert stored.status == "closed"
    assert stored.customer.name == "Sara Ahmadi"
    assert stored.csat == 5 and stored.follow_up_due == date.today() + timedelta(days=3)
    kinds = [e.kind for e in context.events(stored.id)]
    assert kinds[0] == "created" and kinds[-1] == "closed" and "promise_made" in kinds

    from coach.ui.app import create_main_window

    main = create_main_window(data_dir, "en", ScriptedPrompts())
    qtbot.addWidget(main)
    view = main.findChild(QWidget, "complaints_view")
    model = view.model()
    texts = [
        str(model.index(row, column).data())
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]
    assert "Sara Ahmadi" in texts and "Closed" in texts


def test_a_half_filled_complaint_resumes_at_its_stage_with_every_field(qtbot, context):
    window = open_wizard(qtbot, context)
    fill_listen(qtbot, window, name="Reza Karimi")
    type_into(qtbot, window, "customer_email", "reza@example.com")
    type_into(qtbot, window, "order_ref", "A-1042")
    type_into(qtbot, window, "key_points", "Late by a day; wrong name on the cake.")
    choose(window, "mood", "upset")
    click(qtbot, window, "next_button")
    type_into(qtbot, window, "questions", "Which shop? The Abdali branch.")
    type_into(qtbot, window, "what_went_wrong", "Courier left it with a neighbour.")
    choose(window, "severity", "medium")
    before = window.complaint()
    window.close()
    complaint_id = saved_id(context)

    again = open_wizard(qtbot, context, complaint_id)
    assert again.stage == "clarify"
    assert control(again, "what_went_wrong").toPlainText() == "Courier left it with a neighbour."
    assert control(again, "severity").currentData() == "medium"
    assert control(again, "customer_email").text() == "reza@example.com"
    after = again.complaint()
    for stage_fields in STAGE_FIELDS.values():
        for name in stage_fields:
            key = name.removeprefix("customer_")
            source_before = before.customer if name.startswith("customer_") else before
            source_after = after.customer if name.startswith("customer_") else after
            assert getattr(source_after, key) == getattr(source_before, key), name


def test_a_missing_required_field_says_why_and_the_draft_is_still_kept(qtbot, context):
    window = open_wizard(qtbot, context)
    type_into(qtbot, window, "customer_name", "Omar")
    click(qtbot, window, "next_button")
    assert window.stage == "listen"
    assert problem(window, "channel") == "Choose how the complaint reached you."
    assert "customer's own words" in problem(window, "description")
    assert problem(window, "customer_name") == ""
    assert window.findChild(QWidget, "row_channel").styleSheet()
    assert window.focusWidget() is control(window, "channel")
    choose(window, "channel", "in_person")
    assert problem(window, "channel") == ""
    click(qtbot, window, "save_close_button")
    drafts = context.drafts()
    assert [(d.customer.name, d.channel, d.stage) for d in drafts] == [
        ("Omar", "in_person", "listen")
    ]


def test_later_stages_block_next_with_their_reasons(qtbot, context):
    window = open_wizard(qtbot, context)
    fill_listen(qtbot, window)
    click(qtbot, window, "next_button")
    click(qtbot, window, "next_button")
    assert window.stage == "clarify"
    assert "root cause" in problem(window, "root_cause")
    assert problem(window, "severity") == "Say how serious this is for the customer."
    status = window.findChild(QLabel, "save_status").text()
    assert "still needs something" in status


def test_an_untouched_new_window_leaves_nothing_behind(qtbot, context):
    window = open_wizard(qtbot, context)
    window.close()
    assert context.count() == 0


def test_a_100000_character_description_saves_and_reloads(qtbot, context):
    text = ("The order was wrong again. " * 4000)[:100_000]
    window = open_wizard(qtbot, context)
    type_into(qtbot, window, "customer_name", "Long story")
    editor = control(window, "description")
    editor.setFocus()
    QApplication.clipboard().setText(text)
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(editor.toPlainText()) == 100_000
    window.close()
    stored = context.search()[0]
    assert stored.description == text
    again = open_wizard(qtbot, context, stored.id)
    assert control(again, "description").toPlainText() == text


def test_persian_typed_text_is_kept_and_reads_right_to_left(qtbot, context):
    window = open_wizard(qtbot, context)
    type_into(qtbot, window, "customer_name", "سارا احمدی")
    type_into(qtbot, window, "description", "کیک یک روز دیر رسید")
    editor = control(window, "description")
    assert editor.toPlainText() == "کیک یک روز دیر رسید"
    option = editor.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    assert control(window, "customer_name").alignment() & Qt.AlignmentFlag.AlignRight
    window.close()
    assert context.search()[0].customer.name == "سارا احمدی"


def test_every_control_is_named_as_its_label_and_tab_follows_reading_order(qtbot, context):
    window = open_wizard(qtbot, context)
    for name, text in FIELD_LABELS.items():
        assert control(window, name).accessibleName() == text, name
    for name, text in {
        "back_button": "Back",
        "next_button": "Next",
        "save_close_button": "Save and close",
        "finish_button": "Finish",
    }.items():
        assert window.findChild(QPushButton, name).accessibleName() == text
    for stage, names in STAGE_FIELDS.items():
        stored = context.save(Complaint(created_at=datetime.now(), stage=stage))
        at_stage = open_wizard(qtbot, context, stored.id)
        focused = at_stage.focusWidget()
        assert focused.objectName() == names[0]
        order = [names[0]]
        while len(order) < len(names):
            qtbot.keyClick(focused, Qt.Key.Key_Tab)
            focused = at_stage.focusWidget()
            if focused.objectName() in FIELD_LABELS:
                order.append(focused.objectName())
        assert tuple(order) == names
        at_stage.close()


def test_the_whole_flow_works_from_the_keyboard(qtbot, context):
    window = open_wizard(qtbot, context)
    with qtbot.waitActive(window):
        window.activateWindow()
    fill_listen(qtbot, window)
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.stage == "clarify"
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.stage == "listen"
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert context.drafts()[0].stage == "listen"


def test_a_closed_complaint_opens_for_review_and_can_be_reopened(qtbot, context):
    window = open_wizard(qtbot, context)
    fill_to_follow_up(qtbot, window)
    set_date(window, "followed_up_at", date.today())
    choose(window, "follow_up_result", "resolved")
    click(qtbot, window, "finish_button")
    complaint_id = saved_id(context)

    prompts = ScriptedPrompts(answer=True)
    review = open_wizard(qtbot, context, complaint_id, prompts)
    assert review.stage == "follow_up"
    assert control(review, "lesson").isReadOnly()
    assert not control(review, "follow_up_result").isEnabled()
    assert not review.findChild(QPushButton, "finish_button").isVisible()
    review.findChild(QPushButton, "rail_listen").click()
    assert review.stage == "listen" and control(review, "customer_name").isReadOnly()
    click(qtbot, review, "reopen_button")
    assert prompts.shown and review.stage == "resolve"
    assert not control(review, "resolution").isReadOnly()
    stored = context.get(complaint_id)
    assert (stored.status, stored.stage) == ("in_progress", "resolve")
    assert context.events(complaint_id)[-1].kind == "reopened"


def test_a_follow_up_that_found_it_unresolved_reopens_and_tells_the_owner(qtbot, context):
    prompts = ScriptedPrompts()
    window = open_wizard(qtbot, context, prompts=prompts)
    fill_to_follow_up(qtbot, window)
    set_date(window, "followed_up_at", date.today())
    choose(window, "follow_up_result", "not_resolved")
    click(qtbot, window, "finish_button")
    assert window.isVisible() and window.stage == "resolve"
    assert "not resolved" in prompts.shown[-1][1]
    assert context.get(saved_id(context)).status == "in_progress"


def test_going_back_keeps_what_was_typed(qtbot, context):
    window = open_wizard(qtbot, context)
    fill_listen(qtbot, window)
    click(qtbot, window, "next_button")
    type_into(qtbot, window, "staff_involved", "Hamid")
    click(qtbot, window, "back_button")
    assert window.stage == "listen"
    assert control(window, "customer_name").text() == "Sara Ahmadi"
    window.findChild(QPushButton, "rail_clarify").click()
    assert window.stage == "listen"
    click(qtbot, window, "next_button")
    assert control(window, "staff_involved").text() == "Hamid"


def test_the_customer_address_sits_on_listen_under_the_contact_row_and_is_saved(qtbot, context):
    window = open_wizard(qtbot, context)
    address = control(window, "customer_address")
    assert address.accessibleName() == "Customer address"
    name_row = window.findChild(QWidget, "row_customer_name")
    address_row = window.findChild(QWidget, "row_customer_address")
    assert address_row.isVisible() and address_row.y() > name_row.y()
    assert address_row.width() > 2 * name_row.width()
    fill_listen(qtbot, window)
    type_into(qtbot, window, "customer_address", "شیراز، خیابان زند، پلاک ۱۲")
    click(qtbot, window, "next_button")
    stored = context.get(saved_id(context))
    assert stored.customer.address == "شیراز، خیابان زند، پلاک ۱۲"
