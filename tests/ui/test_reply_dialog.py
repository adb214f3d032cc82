"""The reply composer through its widgets: opened from the wizard, filled from the complaint in the
chosen language, asking for what is missing, checked as it is edited, copied or opened as an
e-mail or a WhatsApp message, and kept in the timeline."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
)

from coach.complaints.domain import Complaint, Customer
from coach.service import Coach
from coach.service.reply import mailto_url, whatsapp_url
from coach.ui.prompts import ScriptedPrompts
from coach.ui.wizard import WizardWindow

APOLOGY = "I'm sorry, the cake was late. That was our mistake."
RESOLUTION = "A new cake with the right writing, free of charge."
PERSIAN_APOLOGY = "ببخشید، کیک دیر رسید. اشتباه از ما بود."
PERSIAN_RESOLUTION = "یک کیک تازه با نوشتهٔ درست، بدون هزینه."


@pytest.fixture
def context(data_dir: Path):
    opened = Coach.open(data_dir, "en")
    opened.settings.set("business_name", "Corner Bakery")
    yield opened
    opened.close()


def stored_complaint(context: Coach, name: str = "Sara Ahmadi", **values: object) -> int:
    complaint = Complaint(
        created_at=datetime(2026, 10, 3, 9, 15),
        customer=Customer(name, "+98 912 345 6789", "sara@example.com"),
        channel="phone",
        description="The cake was late.",
        root_cause="delivery_delay",
        severity="medium",
        fault="ours",
        apology=APOLOGY,
        resolution=RESOLUTION,
        steps="Bake it today and deliver it tomorrow morning.",
        promised_by=date(2026, 10, 9),
        stage="resolve",
        status="in_progress",
    ).replace(**values)
    saved = context.save(complaint)
    assert saved.id is not None
    return saved.id


def open_composer(qtbot, context: Coach, complaint_id: int) -> tuple[WizardWindow, QDialog]:
    window = WizardWindow(context, complaint_id, prompts=ScriptedPrompts(answer=True))
    qtbot.addWidget(window)
    window.show()
    button = window.findChild(QPushButton, "write_reply")
    assert button is not None and button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(QDialog, "reply_dialog")
    assert dialog is not None and dialog.isVisible()
    return window, dialog


def message(dialog: QDialog) -> str:
    return dialog.findChild(QPlainTextEdit, "reply_text").toPlainText()


def click(qtbot, dialog: QDialog, name: str) -> None:
    button = dialog.findChild(QPushButton, name)
    assert button is not None and button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot, dialog: QDialog, name: str, text: str) -> None:
    field = dialog.findChild(QLineEdit, name)
    field.setFocus()
    qtbot.keyClicks(field, text)


def test_the_button_is_there_at_apologise_and_resolve_only(qtbot, context):
    listen = stored_complaint(context, stage="listen", status="draft")
    window = WizardWindow(context, listen, prompts=ScriptedPrompts(answer=True))
    qtbot.addWidget(window)
    window.show()
    assert not window.findChild(QPushButton, "write_reply").isVisible()
    apologise = stored_complaint(context, stage="apologise")
    _window, dialog = open_composer(qtbot, context, apologise)
    assert dialog.windowTitle() == "Reply to the customer"


def test_the_english_message_is_filled_from_the_complaint(qtbot, context):
    _window, dialog = open_composer(qtbot, context, stored_complaint(context))
    text = message(dialog)
    assert text.startswith("Hello Sara Ahmadi,\n\nThank you for telling us what went wrong.")
    assert APOLOGY in text
    assert f"Here is what we agreed: {RESOLUTION}" in text
    assert "What we will do: Bake it today and deliver it tomorrow morning." in text
    assert "It will be done by 9 October 2026." in text
    assert "Two days after it is done, we will call you" in text
    assert text.endswith("Thank you for your patience,\nCorner Bakery")
    assert "{" not in text
    assert not dialog.findChild(QLabel, "reply_missing").isVisible()


def test_the_persian_message_uses_the_jalali_date_and_persian_digits(qtbot, data_dir, ui_language):
    ui_language("fa")
    with Coach.open(data_dir, "fa") as context:
        context.settings.set("business_name", "شیرینی‌فروشی سر کوچه")
        complaint_id = stored_complaint(
            context, "سارا احمدی", apology=PERSIAN_APOLOGY, resolution=PERSIAN_RESOLUTION, steps=""
        )
        _window, dialog = open_composer(qtbot, context, complaint_id)
        assert dialog.windowTitle() == "پاسخ به مشتری"
        text = message(dialog)
        assert text.startswith("سلام سارا احمدی گرامی،\n\n")
        assert PERSIAN_APOLOGY in text
        assert f"قرارمان این شد: {PERSIAN_RESOLUTION}" in text
        assert "حداکثر تا ۱۷ مهر ۱۴۰۵ انجام می‌شود" in text
        assert "کارهایی که انجام می‌دهیم" not in text  # no steps written: that part is left out
        assert text.endswith("شیرینی‌فروشی سر کوچه")
        assert dialog.findChild(QListWidget, "reply_findings").item(0).text() == "لحن متن خوب است."


def test_another_language_can_be_chosen_for_the_message(qtbot, context):
    _window, dialog = open_composer(qtbot, context, stored_complaint(context))
    combo = dialog.findChild(QComboBox, "reply_language")
    combo.setCurrentIndex(combo.findData("ar"))
    text = message(dialog)
    assert text.startswith("مرحبًا Sara Ahmadi،")
    assert "سننتهي من ذلك في موعد أقصاه 9 أكتوبر 2026" in text
    assert dialog.watcher.lang == "ar"


def test_a_missing_value_is_asked_for_never_left_as_a_placeholder(qtbot, context):
    _window, dialog = open_composer(qtbot, context, stored_complaint(context, name=""))
    row = dialog.findChild(QFrame, "reply_row_name")
    banner = dialog.findChild(QLabel, "reply_missing")
    assert row.property("missing") is True
    assert "#d93025" in row.styleSheet()
    assert banner.isVisible()
    assert banner.text() == "Fill in the highlighted fields to finish the message: Customer name."
    assert not dialog.findChild(QPushButton, "reply_copy").isEnabled()
    text = message(dialog)
    assert "{" not in text and "Hello" not in text
    assert text.startswith("Thank you for telling us")
    type_into(qtbot, dialog, "reply_name", "Sara")
    assert message(dialog).startswith("Hello Sara,\n\n")
    assert row.property("missing") is False and row.styleSheet() == ""
    assert not banner.isVisible()
    assert dialog.findChild(QPushButton, "reply_copy").isEnabled()


def test_the_live_check_flags_a_bad_phrase_typed_in(qtbot, context):
    _window, dialog = open_composer(qtbot, context, stored_complaint(context))
    findings = dialog.findChild(QListWidget, "reply_findings")
    assert [findings.item(i).text() for i in range(findings.count())] == ["The wording reads well."]
    editor = dialog.findChild(QPlainTextEdit, "reply_text")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.setFocus()
    qtbot.keyClicks(editor, " According to company policy, we can't refund it.")
    qtbot.waitUntil(lambda: findings.item(0).data(Qt.ItemDataRole.UserRole) is True)
    lines = [findings.item(i).text() for i in range(findings.count())]
    assert any("policy" in line.lower() for line in lines), lines
    assert editor.extraSelections()
    assert dialog.edited()


def test_a_hand_edit_survives_a_value_change_until_rebuilt(qtbot, context):
    _window, dialog = open_composer(qtbot, context, stored_complaint(context))
    editor = dialog.findChild(QPlainTextEdit, "reply_text")
    editor.setPlainText("Hi Sara, it is sorted.")
    type_into(qtbot, dialog, "reply_signature", " (Reza)")
    assert message(dialog) == "Hi Sara, it is sorted."
    click(qtbot, dialog, "reply_rebuild")
    assert message(dialog).endswith("Corner Bakery (Reza)")


def notes(context: Coach, complaint_id: int) -> list[str]:
    return [e.detail for e in context.events(complaint_id) if e.kind == "note"]


def test_copy_puts_the_message_on_the_clipboard_and_in_the_timeline(qtbot, context):
    complaint_id = stored_complaint(context)
    window, dialog = open_composer(qtbot, context, complaint_id)
    click(qtbot, dialog, "reply_copy")
    text = message(dialog)
    assert QGuiApplication.clipboard().text() == text
    assert notes(context, complaint_id) == [f"Reply (copied):\n{text}"]
    timeline = window.findChild(QListWidget, "timeline_list")
    last = timeline.item(timeline.count() - 1).text()
    assert "Note: \u2068Reply (copied):\nHello Sara Ahmadi," in last
    status = dialog.findChild(QLabel, "reply_status")
    assert (
        status.text() == "Copied. Paste it where you talk to the customer. It is in the timeline."
    )
    click(qtbot, dialog, "reply_copy")
    assert len(notes(context, complaint_id)) == 1  # the same text is noted once


class UrlCatcher(QObject):
    """Receives the addresses QDesktopServices would give the e-mail program or the browser."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def catch(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def catcher(qapp):
    caught = UrlCatcher()
    for scheme in ("mailto", "https"):
        QDesktopServices.setUrlHandler(scheme, caught, "catch")
    yield caught
    for scheme in ("mailto", "https"):
        QDesktopServices.unsetUrlHandler(scheme)


def test_e_mail_and_whatsapp_open_through_the_desktop(qtbot, context, catcher):
    complaint_id = stored_complaint(context)
    _window, dialog = open_composer(qtbot, context, complaint_id)
    text = message(dialog)
    click(qtbot, dialog, "reply_email_button")
    click(qtbot, dialog, "reply_whatsapp")
    email, whatsapp = (
        url.toString(QUrl.ComponentFormattingOption.FullyEncoded) for url in catcher.urls
    )
    assert email == mailto_url("sara@example.com", "Your complaint: what we will do", text)
    assert email.startswith("mailto:sara@example.com?subject=Your%20complaint%3A%20what")
    assert "&body=Hello%20Sara%20Ahmadi%2C%0D%0A%0D%0AThank%20you" in email
    assert whatsapp == whatsapp_url("+98 912 345 6789", text)
    assert whatsapp.startswith("https://wa.me/989123456789?text=Hello%20Sara%20Ahmadi%2C%0A%0A")
    assert notes(context, complaint_id) == [f"Reply (e-mail):\n{text}"]


def test_a_local_phone_number_asks_for_the_country_code(qtbot, context, catcher):
    _window, dialog = open_composer(qtbot, context, stored_complaint(context))
    hint = dialog.findChild(QLabel, "reply_phone_hint")
    assert not hint.isVisible()
    phone = dialog.findChild(QLineEdit, "reply_phone")
    phone.setText("0912 345 6789")
    assert hint.isVisible() and "country code" in hint.text()
    phone.setText("00971 50 123 4567")
    assert not hint.isVisible()
    click(qtbot, dialog, "reply_whatsapp")
    assert catcher.urls[0].toString().startswith("https://wa.me/971501234567?text=")
