"""Each language starts; Arabic and Persian run mirrored, translated, with their own playbook."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from coach.complaints.domain import Complaint, Customer
from coach.service import Coach
from coach.store import Store
from coach.ui.app import create_main_window
from coach.ui.labels import relative_day
from coach.ui.prompts import ScriptedPrompts
from coach.ui.wizard import WizardWindow

NEW_COMPLAINT = {"en": "New complaint", "ar": "شكوى جديدة", "fa": "شکایت جدید"}


def visible_texts(window: QWidget) -> str:
    texts = [label.text() for label in window.findChildren(QLabel) if label.isVisibleTo(window)]
    texts += [b.text() for b in window.findChildren(QPushButton) if b.isVisibleTo(window)]
    return "\n".join(texts)


def left_edge(widget: QWidget, window: QWidget) -> int:
    return widget.mapTo(window, QPoint(0, 0)).x()


@pytest.mark.parametrize("lang", ["en", "ar", "fa"])
def test_each_language_starts_in_its_direction(
    qtbot, qapp: QApplication, ui_language: Callable[[str], None], data_dir: Path, lang: str
) -> None:
    ui_language(lang)
    store = Store.open(data_dir)
    store.save(
        Complaint(created_at=datetime(2026, 10, 3, 9, 0), customer=Customer("Ali"), description="x")
    )
    store.close()
    window = create_main_window(data_dir, lang)
    qtbot.addWidget(window)
    window.show()
    rtl = lang != "en"
    expected = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    assert qapp.layoutDirection() == expected
    assert window.layoutDirection() == expected
    new = window.findChild(QPushButton, "new_complaint")
    assert new.text().replace("&", "") == NEW_COMPLAINT[lang]
    assert new.accessibleName() == NEW_COMPLAINT[lang]
    view = window.findChild(QWidget, "complaints_view")
    date_column_x = view.visualRect(view.model().index(0, 0)).x()
    if rtl:
        assert date_column_x > view.viewport().width() // 2
    else:
        assert date_column_x < view.viewport().width() // 2


@pytest.mark.parametrize("lang", ["ar", "fa"])
def test_wizard_is_mirrored_translated_and_coached_in_the_language(
    qtbot, ui_language: Callable[[str], None], data_dir: Path, lang: str
) -> None:
    ui_language(lang)
    context = Coach.open(data_dir, lang)
    window = WizardWindow(context, prompts=ScriptedPrompts())
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    back = window.findChild(QPushButton, "back_button")
    after = window.findChild(QPushButton, "next_button")
    assert left_edge(after, window) < left_edge(back, window)
    texts = visible_texts(window)
    assert "Customer name" not in texts and "Save and close" not in texts
    assert context.playbook.lang == lang
    goal = context.playbook.stage("listen").goal
    assert goal in texts or any(
        goal in w.toPlainText() for w in window.findChildren(QWidget) if hasattr(w, "toPlainText")
    )
    name = window.findChild(QWidget, "customer_name")
    assert name.accessibleName() not in ("", "Customer name")
    window.close()
    context.close()


def test_english_wizard_keeps_next_on_the_right(qtbot, data_dir: Path) -> None:
    context = Coach.open(data_dir, "en")
    window = WizardWindow(context, prompts=ScriptedPrompts())
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    back = window.findChild(QPushButton, "back_button")
    after = window.findChild(QPushButton, "next_button")
    assert left_edge(after, window) > left_edge(back, window)
    window.close()
    context.close()


@pytest.mark.parametrize(
    ("lang", "digits", "in_twelve", "overdue_two"),
    [
        ("en", "latin", "in 12 days", "overdue by 2 days"),
        ("ar", "arabic", "بعد ١٢ يومًا", "متأخر يومين"),
        ("fa", "persian", "۱۲ روز دیگر", "۲ روز از موعد گذشته"),
    ],
)
def test_relative_days_read_in_the_language_with_its_plurals(
    ui_language: Callable[[str], None], lang: str, digits: str, in_twelve: str, overdue_two: str
) -> None:
    ui_language(lang)
    today = date(2026, 1, 10)
    assert relative_day(date(2026, 1, 22), today, digits) == in_twelve
    assert relative_day(date(2026, 1, 8), today, digits) == overdue_two
