"""Customers through the widgets: the page from the log and the wizard, merging two records, and
the Listen stage offering a customer already known."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QWidget,
)

from coach.complaints.domain import Complaint, Customer
from coach.store import Store
from coach.ui.app import create_main_window
from coach.ui.log_model import ID_ROLE
from coach.ui.prompts import ScriptedPrompts

START = datetime.now().replace(microsecond=0) - timedelta(days=30)


def stored(folder: Path, complaints: list[Complaint]) -> list[Complaint]:
    store = Store.open(folder)
    try:
        return store.save_many([(c, []) for c in complaints])
    finally:
        store.close()


def complaint(customer: Customer, days: int, product: str, **fields: object) -> Complaint:
    return Complaint(
        created_at=START + timedelta(days=days),
        customer=customer,
        channel="phone",
        product=product,
        description="It went wrong.",
        **fields,  # type: ignore[arg-type]
    )


def sara_and_others(folder: Path) -> list[Complaint]:
    closed = dict(stage="follow_up", status="closed")
    return stored(
        folder,
        [
            complaint(
                Customer("Sara Ahmadi", "0912 123 4567"),
                0,
                "Birthday cake",
                cost=Decimal("12.50"),
                csat=3,
                followed_up_at=(START + timedelta(days=2)).date(),
                checklist={"customer_signs": ["late_payment"]},
                **closed,
            ),
            complaint(Customer("Omid Karimi", "0700 555 000"), 1, "Sofa"),
            complaint(Customer(phone="0912 123 4567"), 5, "Wedding cake", cost=Decimal("30")),
        ],
    )


def type_text(widget: QWidget, text: str) -> None:
    widget.setFocus()
    for char in text:
        QApplication.sendEvent(
            widget,
            QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char
            ),
        )


def open_window(qtbot, folder: Path, prompts: ScriptedPrompts | None = None):
    window = create_main_window(folder, "en", prompts or ScriptedPrompts())
    qtbot.addWidget(window)
    return window


def select_product(window, product: str) -> int:
    view = window.findChild(QTableView, "complaints_view")
    model = view.model()
    for row in range(model.rowCount()):
        if model.index(row, 2).data() == product:
            view.selectRow(row)
            return int(model.index(row, 0).data(ID_ROLE))
    raise AssertionError(product)


def page_of(window) -> QWidget:
    pages = [w for w in QApplication.topLevelWidgets() if w.objectName() == "customer_view"]
    visible = [p for p in pages if p.isVisible() and p.parent() is window]
    assert len(visible) == 1, visible
    return visible[0]


def text_of(page: QWidget, name: str) -> str:
    return page.findChild(QLabel, name).text()


def test_the_selected_row_opens_its_customers_page_with_every_complaint(qtbot, data_dir):
    sara_and_others(data_dir)
    window = open_window(qtbot, data_dir)
    window.show()  # the page's action is added once the window has been painted
    qtbot.waitUntil(lambda: window.findChild(QAction, "show_customer") is not None)
    select_product(window, "Wedding cake")
    action = window.findChild(QAction, "show_customer")
    assert action in window.customers.context_menu().actions()
    action.trigger()

    page = page_of(window)
    assert "Sara Ahmadi" in text_of(page, "customer_name")
    assert text_of(page, "customer_phone") == "0912 123 4567"
    assert text_of(page, "total_complaints") == "2" and text_of(page, "total_still_open") == "1"
    assert text_of(page, "total_cost") == "42.50" and text_of(page, "total_last_csat") == "3"
    signs = text_of(page, "customer_signs")
    assert "Pays late or not at all" in signs and (START.date().isoformat() in signs)
    table = page.findChild(QTableView, "customer_complaints")
    products = {table.model().index(row, 2).data() for row in range(table.model().rowCount())}
    assert products == {"Birthday cake", "Wedding cake"}

    table.selectRow(0)
    qtbot.mouseClick(page.findChild(QPushButton, "open_complaint"), Qt.MouseButton.LeftButton)
    (wizard,) = window.wizards()
    qtbot.addWidget(wizard)
    assert wizard.draft.complaint.product == "Wedding cake"
    wizard.close()


def test_notes_on_a_customer_are_kept(qtbot, data_dir):
    sara_and_others(data_dir)
    window = open_window(qtbot, data_dir)
    select_product(window, "Sofa")
    window.customers.show_selected()
    page = page_of(window)
    notes = page.findChild(QPlainTextEdit, "customer_notes")
    type_text(notes, "Calls after six; prefers WhatsApp.")
    page.close()
    window.customers.show_selected()
    again = page_of(window)
    notes = again.findChild(QPlainTextEdit, "customer_notes").toPlainText()
    assert notes == "Calls after six; prefers WhatsApp."


def test_two_records_of_one_customer_merge_on_the_page(qtbot, data_dir):
    stored(
        data_dir,
        [
            complaint(Customer("Sara Ahmadi", "0912 123 4567"), 0, "Birthday cake"),
            complaint(Customer("S. Ahmadi", email="sara@example.com"), 3, "Cupcakes"),
            complaint(Customer(email="sara@example.com"), 4, "Bread"),
            complaint(Customer("Omid Karimi", "0700 555 000"), 1, "Sofa"),
        ],
    )
    prompts = ScriptedPrompts()
    window = open_window(qtbot, data_dir, prompts)
    select_product(window, "Birthday cake")
    page = window.customers.show_selected()
    assert text_of(page, "total_complaints") == "1"
    dialog = page.merge()
    search = dialog.findChild(QLineEdit, "merge_search")
    qtbot.keyClicks(search, "ahmadi")
    candidates = dialog.findChild(QListWidget, "merge_candidates")
    qtbot.waitUntil(lambda: candidates.count() == 1)
    assert "sara@example.com" in candidates.item(0).text()
    candidates.setCurrentRow(0)
    dialog.accept()

    assert text_of(page, "total_complaints") == "3"
    assert text_of(page, "customer_email") == "sara@example.com"
    assert "S. Ahmadi" in page.findChild(QPlainTextEdit, "customer_notes").toPlainText()
    assert prompts.shown[0][0] == "Merge customers" and prompts.shown[-1][0] == "Customers merged"
    assert any(p.name.endswith("-merge.db") for p in (data_dir / "backups").iterdir())
    model = window.model
    qtbot.waitUntil(
        lambda: (
            {model.index(row, 1).data() for row in range(model.rowCount())}
            == {"Sara Ahmadi", "Omid Karimi"}
        )
    )
    assert model.total == 4


def test_the_listen_stage_offers_a_customer_already_known(qtbot, data_dir):
    (known, *_) = sara_and_others(data_dir)
    window = open_window(qtbot, data_dir)
    wizard = window.new_complaint()
    qtbot.addWidget(wizard)
    name = wizard.findChild(QLineEdit, "customer_name")
    type_text(name, "sara ahm")
    picker = wizard.extras.picker
    qtbot.waitUntil(lambda: picker.model.rowCount() == 1)
    popup = picker.completer.popup()
    assert popup.isVisible() and "0912 123 4567" in popup.model().index(0, 0).data()
    picker.completer.activated[type(popup.model().index(0, 0))].emit(popup.model().index(0, 0))
    assert wizard.findChild(QLineEdit, "customer_phone").text() == "0912 123 4567"
    assert name.text() == "Sara Ahmadi"
    wizard.autosave.flush()
    assert wizard.draft.complaint.customer.id == known.customer.id

    phone = wizard.findChild(QLineEdit, "customer_phone")
    phone.clear()
    type_text(phone, "۰۹۱۲ ۱۲۳")
    qtbot.waitUntil(lambda: picker.offered == [] or picker.model.rowCount() == 0)

    button = wizard.findChild(QToolButton, "customer_page_button")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "Sara Ahmadi" in text_of(page_of(window), "customer_name")
    wizard.close()


def test_the_listen_stage_matches_arabic_and_persian_spellings(qtbot, data_dir):
    stored(data_dir, [complaint(Customer("علي رضايي", "0791 234 567"), 0, "Kettle")])
    window = open_window(qtbot, data_dir)
    wizard = window.new_complaint()
    qtbot.addWidget(wizard)
    type_text(wizard.findChild(QLineEdit, "customer_name"), "علی رضا")
    qtbot.waitUntil(lambda: wizard.extras.picker.model.rowCount() == 1)
    phone = wizard.findChild(QLineEdit, "customer_phone")
    type_text(phone, "۰۷۹۱")
    qtbot.waitUntil(lambda: [c.name for c in wizard.extras.picker.offered] == ["علي رضايي"])
    wizard.close()
