"""The main window's complaints log, through its widgets, on a real database in a temp folder."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QTableView, QWidget

from coach.complaints.domain import Complaint, Customer
from coach.playbooks import load_playbook
from coach.store import Store
from coach.text.localise import format_date
from coach.text.periods import period_containing
from coach.ui.app import create_main_window
from coach.ui.log_model import ID_ROLE, PAGE_SIZE
from coach.ui.prompts import ScriptedPrompts
from coach.ui.settings_dialog import SettingsDialog

TODAY = date.today()
EN_MONTHS = load_playbook("en").month_names


def complaint(days_ago: int = 0, **fields: object) -> Complaint:
    created = datetime.combine(TODAY - timedelta(days=days_ago), datetime.min.time())
    return Complaint(created_at=created.replace(hour=10), **fields)  # type: ignore[arg-type]


def store_complaints(folder: Path, complaints: list[Complaint]) -> list[Complaint]:
    store = Store.open(folder)
    try:
        return store.save_many([(c, []) for c in complaints])
    finally:
        store.close()


def open_window(qtbot, folder: Path, language: str = "en"):
    window = create_main_window(folder, language, ScriptedPrompts())
    qtbot.addWidget(window)
    return window


def view_of(window) -> QTableView:
    return window.findChild(QTableView, "complaints_view")


def cells(window, row: int) -> list[str]:
    model = view_of(window).model()
    return [model.index(row, column).data() for column in range(model.columnCount())]


def column_texts(window, column: int) -> list[str]:
    model = view_of(window).model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def type_text(widget: QWidget, text: str) -> None:
    """Types ``text`` key by key (non-ASCII safe; keyClicks aborts on Arabic)."""
    for char in text:
        QApplication.sendEvent(
            widget,
            QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char
            ),
        )


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)
    settled(combo.window())


def settled(window) -> None:
    """Waits for the log's background reads (a search, a filter, the count) to be shown."""
    window.model.wait()
    assert not window.model.busy


def test_log_shows_complaints_newest_first_with_readable_cells(qtbot, data_dir):
    store_complaints(
        data_dir,
        [
            complaint(
                3,
                customer=Customer(name="Sara Jones"),
                product="Blue kettle",
                root_cause="delivery_delay",
                status="in_progress",
                stage="resolve",
                promised_by=TODAY + timedelta(days=2),
            ),
            complaint(
                1,
                customer=Customer(name="مریم احمدی"),
                product="میز تحریر",
                root_cause="product_defect",
                status="awaiting_follow_up",
                stage="follow_up",
                follow_up_due=TODAY - timedelta(days=1),
            ),
        ],
    )
    window = open_window(qtbot, data_dir)

    assert view_of(window).model().rowCount() == 2
    assert cells(window, 0) == [
        (TODAY - timedelta(days=1)).isoformat(),
        "مریم احمدی",
        "میز تحریر",
        "Faulty product",
        "Awaiting follow-up",
        f"{(TODAY - timedelta(days=1)).isoformat()} (overdue by 1 day)",
    ]
    assert cells(window, 1)[1:] == [
        "Sara Jones",
        "Blue kettle",
        "Late delivery",
        "In progress",
        f"{(TODAY + timedelta(days=2)).isoformat()} (in 2 days)",
    ]
    assert window.findChild(QWidget, "complaint_count").text() == "2 complaints"


def test_each_cell_is_aligned_by_its_own_text_in_both_directions(qtbot, data_dir):
    store_complaints(
        data_dir,
        [
            complaint(1, customer=Customer(name="John Smith"), product="آیفون ۱۲"),
            complaint(0, customer=Customer(name="علی رضایی"), product="iPhone 12"),
        ],
    )
    window = open_window(qtbot, data_dir)
    model = view_of(window).model()
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        QApplication.setLayoutDirection(direction)
        try:
            align = [
                Qt.AlignmentFlag(model.index(row, column).data(Qt.ItemDataRole.TextAlignmentRole))
                for row, column in ((0, 1), (0, 2), (1, 1), (1, 2))
            ]
        finally:
            QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        assert [a & right == right for a in align] == [True, False, False, True]
        assert [a & left == left for a in align] == [False, True, True, False]


def test_search_with_arabic_ye_finds_a_name_stored_with_persian_ye(qtbot, data_dir):
    store_complaints(
        data_dir,
        [
            complaint(2, customer=Customer(name="علی رضایی"), product="Kettle"),
            complaint(1, customer=Customer(name="John Smith"), product="Toaster"),
        ],
    )
    window = open_window(qtbot, data_dir)
    search = window.findChild(QLineEdit, "search_box")

    type_text(search, "علي")

    assert search.text() == "علي"
    qtbot.waitUntil(lambda: view_of(window).model().rowCount() == 1, timeout=2000)
    assert cells(window, 0)[1] == "علی رضایی"
    assert window.findChild(QWidget, "complaint_count").text() == "1 complaint found"


def test_search_waits_for_a_pause_in_typing(qtbot, data_dir):
    store_complaints(data_dir, [complaint(1, product="Kettle"), complaint(0, product="Toaster")])
    window = open_window(qtbot, data_dir)
    search = window.findChild(QLineEdit, "search_box")

    qtbot.keyClicks(search, "toast")

    assert view_of(window).model().rowCount() == 2
    qtbot.waitUntil(lambda: view_of(window).model().rowCount() == 1, timeout=2000)
    assert column_texts(window, 2) == ["Toaster"]


def test_a_search_that_finds_nothing_says_so(qtbot, data_dir):
    store_complaints(data_dir, [complaint(1, product="Kettle")])
    window = open_window(qtbot, data_dir)
    search = window.findChild(QLineEdit, "search_box")
    qtbot.keyClicks(search, "zzz")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    settled(window)

    empty = window.findChild(QWidget, "empty_log")
    assert window.log_stack.currentWidget() is empty
    assert empty.text() == "No complaint matches this search or filter."


def test_filters_by_status_root_cause_and_month(qtbot, data_dir):
    earlier = period_containing(TODAY).previous()
    store_complaints(
        data_dir,
        [
            complaint(0, product="Open kettle", root_cause="delivery_delay", status="in_progress"),
            complaint(0, product="Closed kettle", root_cause="delivery_delay", status="closed"),
            complaint(0, product="Wrong bill", root_cause="billing_error", status="closed"),
            complaint((TODAY - earlier.start).days, product="Old toaster", status="draft"),
        ],
    )
    window = open_window(qtbot, data_dir)
    status = window.findChild(QComboBox, "status_filter")
    cause = window.findChild(QComboBox, "cause_filter")
    month = window.findChild(QComboBox, "month_filter")

    choose(status, "Closed")
    assert sorted(column_texts(window, 2)) == ["Closed kettle", "Wrong bill"]
    choose(cause, "Late delivery")
    assert column_texts(window, 2) == ["Closed kettle"]
    choose(status, "Not finished")
    assert column_texts(window, 2) == ["Open kettle"]
    choose(status, "All statuses")
    choose(cause, "All root causes")
    choose(month, earlier.name(EN_MONTHS))
    assert column_texts(window, 2) == ["Old toaster"]
    choose(month, "All months")
    assert view_of(window).model().rowCount() == 4


def test_month_filter_lists_jalali_months_when_the_calendar_is_jalali(qtbot, data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / "settings.json").write_text(json.dumps({"calendar": "jalali"}), encoding="utf-8")
    store_complaints(data_dir, [complaint(40, product="Kettle"), complaint(0, product="Toaster")])
    window = open_window(qtbot, data_dir)
    month = window.findChild(QComboBox, "month_filter")
    names = [month.itemText(i) for i in range(month.count())]

    this_month = period_containing(TODAY, "jalali")
    assert names[:2] == ["All months", this_month.name(EN_MONTHS)]
    assert period_containing(TODAY - timedelta(days=40), "jalali").name(EN_MONTHS) in names
    choose(month, this_month.name(EN_MONTHS))
    assert column_texts(window, 2) == ["Toaster"]
    assert cells(window, 0)[0].count("/") == 2  # Jalali dates read 1405/07/11


def test_log_pages_rows_instead_of_loading_them_all(qtbot, data_dir):
    total = 2500
    store_complaints(data_dir, [complaint(i // 100, product=f"Item {i}") for i in range(total)])
    window = open_window(qtbot, data_dir)
    window.show()
    qtbot.waitExposed(window)
    view = view_of(window)
    model = view.model()

    assert model.rowCount() == PAGE_SIZE
    settled(window)
    assert window.findChild(QWidget, "complaint_count").text() == "2,500 complaints"
    assert model.canFetchMore()
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE, timeout=2000)
    assert model.rowCount() < total
    while model.canFetchMore():
        model.fetchMore()
        settled(window)
    ids = [model.index(row, 0).data(ID_ROLE) for row in range(model.rowCount())]
    assert len(ids) == len(set(ids)) == total


def test_window_size_and_columns_are_remembered(qtbot, data_dir):
    first = open_window(qtbot, data_dir)
    first.show()
    qtbot.waitExposed(first)
    first.resize(760, 540)
    view_of(first).horizontalHeader().resizeSection(1, 321)
    first.close()

    second = open_window(qtbot, data_dir)
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (760, 540)
    assert view_of(second).horizontalHeader().sectionSize(1) == 321


def test_controls_are_named_and_tab_in_reading_order(qtbot, data_dir):
    store_complaints(data_dir, [complaint(0, product="Kettle")])
    window = open_window(qtbot, data_dir)
    names = {
        "new_complaint": "New complaint",
        "search_box": "Search complaints",
        "status_filter": "Status",
        "cause_filter": "Root cause",
        "month_filter": "Month",
        "complaints_view": "Complaints",
    }
    for name, accessible in names.items():
        assert window.findChild(QWidget, name).accessibleName() == accessible

    order, widget = [], window.findChild(QWidget, "new_complaint")
    while widget.objectName() != "complaints_view" and len(order) < 50:
        if widget.objectName():
            order.append(widget.objectName())
        widget = widget.nextInFocusChain()
    assert [n for n in order if n in names] == list(names)[:-1]


def test_ctrl_n_opens_a_new_complaint_in_the_wizard(qtbot, data_dir):
    window = open_window(qtbot, data_dir)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(lambda: len(window.wizards()) == 1, timeout=2000)
    wizard = window.wizards()[0]
    assert wizard.isWindow() and wizard.isVisible()
    assert wizard.stage == "listen"
    wizard.close()


def test_enter_on_a_row_opens_that_complaint_and_its_saves_refresh_the_log(qtbot, data_dir):
    stored = store_complaints(
        data_dir,
        [
            complaint(
                1,
                customer=Customer(name="Sara"),
                product="Kettle",
                stage="clarify",
                status="in_progress",
            ),
            complaint(0, customer=Customer(name="John"), product="Toaster"),
        ],
    )
    window = open_window(qtbot, data_dir)
    window.show()
    qtbot.waitExposed(window)
    view = view_of(window)
    view.setFocus()
    view.setCurrentIndex(view.model().index(1, 0))

    qtbot.keyClick(view, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: len(window.wizards()) == 1, timeout=2000)
    wizard = window.wizards()[0]
    assert wizard.stage == "clarify"
    product = next(
        w for w in wizard.findChildren(QLineEdit) if w.accessibleName() == "Product or service"
    )
    product.setText("Kettle, blue")
    with qtbot.waitSignal(wizard.finished, timeout=3000):
        wizard.findChild(QWidget, "save_close_button").click()
    qtbot.waitUntil(lambda: column_texts(window, 2) == ["Toaster", "Kettle, blue"], timeout=2000)
    assert stored[0].id == view.model().index(1, 0).data(ID_ROLE)


def test_playbook_problems_are_shown_once_in_the_status_bar(qtbot, data_dir):
    broken = data_dir / "playbooks" / "en"
    broken.mkdir(parents=True)
    (broken / "stages.toml").write_text("this is [not toml", encoding="utf-8")
    window = open_window(qtbot, data_dir)

    problems = window.findChild(QWidget, "playbook_problems")
    assert problems is not None and "playbook" in problems.text()
    problems.click()
    assert window.prompts.shown and "stages.toml" in window.prompts.shown[0][1]


@pytest.mark.parametrize("language", ["ar", "fa"])
def test_rtl_language_shows_local_digits(qtbot, data_dir, language):
    data_dir.mkdir(parents=True)
    (data_dir / "settings.json").write_text(json.dumps({"language": language}), encoding="utf-8")
    store_complaints(data_dir, [complaint(0, product="Kettle", promised_by=TODAY)])
    window = open_window(qtbot, data_dir, language)

    first = cells(window, 0)[0]
    assert not any(ch.isascii() and ch.isdigit() for ch in first)


@pytest.mark.parametrize(
    ("button", "window_class"),
    [("learn_button", "LearnScreen"), ("reports_button", "ReportScreen")],
)
def test_learn_and_reports_open_in_their_own_window_once(qtbot, data_dir, button, window_class):
    window = open_window(qtbot, data_dir)
    window.show()
    qtbot.waitExposed(window)

    window.findChild(QWidget, button).click()

    opened = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == window_class]
    assert len(opened) == 1 and opened[0].isVisible()
    opened[0].close()
    window.findChild(QWidget, button).click()
    again = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == window_class]
    assert again == opened and opened[0].isVisible()


def test_choosing_the_jalali_calendar_in_settings_redraws_the_log(qtbot, data_dir):
    store_complaints(data_dir, [complaint(0, product="Kettle")])
    window = open_window(qtbot, data_dir)
    assert cells(window, 0)[0] == TODAY.isoformat()

    window.findChild(QWidget, "settings_button").click()
    dialog = window.findChild(SettingsDialog)
    calendar = dialog.editor("calendar")
    calendar.setCurrentIndex(calendar.findData("jalali"))
    dialog.accept()
    settled(window)

    assert cells(window, 0)[0] == format_date(TODAY, "jalali")
    assert (
        json.loads((data_dir / "settings.json").read_text(encoding="utf-8"))["calendar"] == "jalali"
    )
    month = window.findChild(QComboBox, "month_filter")
    assert month.itemText(1) == period_containing(TODAY, "jalali").name(EN_MONTHS)
