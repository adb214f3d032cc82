"""Fields and table cells take their direction from what the owner typed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTextEdit,
    QWidget,
)

from coach.ui.direction import follow_content_direction, isolate, text_direction

RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight


@pytest.fixture
def rtl_app(qapp: QApplication) -> Iterator[QApplication]:
    qapp.setLayoutDirection(RTL)
    yield qapp
    qapp.setLayoutDirection(LTR)


def type_text(widget: QLineEdit | QPlainTextEdit | QTextEdit, text: str) -> None:
    for char in text:
        QApplication.sendEvent(
            widget,
            QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char
            ),
        )


def show(qtbot, widget: QWidget) -> None:
    widget.show()
    qtbot.waitExposed(widget)


def cursor_on_right(widget: QLineEdit | QPlainTextEdit | QTextEdit) -> bool:
    QApplication.processEvents()
    return widget.cursorRect().center().x() > widget.width() // 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سلام Samsung", RTL),
        ("Samsung سلام", LTR),
        ("۱۲۳ می‌شود", RTL),
        ("(55) iPhone", LTR),
        ("שלום", RTL),
    ],
)
def test_first_strong_letter_decides(text: str, expected: Qt.LayoutDirection) -> None:
    assert text_direction(text) == expected


def test_text_without_letters_follows_the_app(rtl_app: QApplication) -> None:
    assert text_direction("") == RTL
    assert text_direction("۱۲۳ - 45") == RTL
    rtl_app.setLayoutDirection(LTR)
    assert text_direction("123") == LTR


def test_isolate_wraps_only_real_text() -> None:
    assert isolate("Ali") == "\u2068Ali\u2069"
    assert isolate("") == ""


def test_line_edit_follows_what_is_typed(qtbot, rtl_app: QApplication) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    follow_content_direction(edit)
    edit.resize(300, 30)
    show(qtbot, edit)
    assert cursor_on_right(edit), "an empty field in an RTL app starts typing on the right"
    type_text(edit, "iPhone 15")
    assert not cursor_on_right(edit)
    assert edit.text() == "iPhone 15"
    edit.clear()
    type_text(edit, "گوشی می‌خواهم")
    assert cursor_on_right(edit)
    assert edit.text() == "گوشی می‌خواهم"
    assert edit.alignment() & Qt.AlignmentFlag.AlignVCenter


def test_line_edit_set_from_code_follows_too(qtbot) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    follow_content_direction(edit)
    edit.resize(300, 30)
    show(qtbot, edit)
    edit.setText("علي أحمد")
    edit.end(False)
    assert cursor_on_right(edit)


@pytest.mark.parametrize("kind", [QPlainTextEdit, QTextEdit])
def test_text_edit_follows_its_first_letter(qtbot, rtl_app: QApplication, kind: type) -> None:
    edit = kind()
    qtbot.addWidget(edit)
    follow_content_direction(edit)
    edit.resize(300, 200)
    show(qtbot, edit)
    assert cursor_on_right(edit)
    type_text(edit, "Order #123 arrived late")
    assert not cursor_on_right(edit)
    edit.setPlainText("")
    type_text(edit, "الطلب وصل متأخراً")
    assert cursor_on_right(edit)
    assert edit.toPlainText() == "الطلب وصل متأخراً"


def _ink_columns(view: QTableView, row: int) -> tuple[int, int]:
    rect = view.visualRect(view.model().index(row, 0))
    image = view.viewport().grab().toImage()
    background = image.pixelColor(rect.left() + 1, rect.top() + 1).lightness()
    columns = [
        x
        for x in range(rect.left(), rect.right())
        if any(
            abs(image.pixelColor(x, y).lightness() - background) > 60
            for y in range(rect.top() + 2, rect.bottom() - 1)
        )
    ]
    return columns[0] - rect.left(), rect.right() - columns[-1]


def test_table_cells_follow_their_own_text(qtbot, rtl_app: QApplication) -> None:
    model = QStandardItemModel()
    for text in ("Samsung TV", "تلفزيون"):
        model.appendRow(QStandardItem(text))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    follow_content_direction(view)
    view.setColumnWidth(0, 260)
    view.resize(320, 200)
    show(qtbot, view)
    latin_left, latin_right = _ink_columns(view, 0)
    arabic_left, arabic_right = _ink_columns(view, 1)
    assert latin_left < latin_right, "a Latin cell starts on the left even in an RTL table"
    assert arabic_right < arabic_left


def test_other_widgets_are_refused(qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    qtbot.addWidget(label)
    with pytest.raises(TypeError):
        follow_content_direction(label)
