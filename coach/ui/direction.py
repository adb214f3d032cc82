"""Text direction taken from the text itself, so Latin and Arabic/Persian content each read right.

The application's layout direction is set once at start-up; these helpers only decide the
direction of *content* (what the owner typed) inside a field or a table cell, like HTML's
``dir="auto"``: the first strong letter wins, and text without letters follows the app.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextEdit,
    QWidget,
)

from coach.text.localise import is_rtl_text

_FSI, _PDI = "\u2068", "\u2069"


def text_direction(text: str) -> Qt.LayoutDirection:
    """RightToLeft if the first strong letter is Arabic/Persian/Hebrew, LeftToRight if Latin
    (or any other left-to-right script); the application's direction when there is none."""
    app_direction = QGuiApplication.layoutDirection()
    rtl = is_rtl_text(text, default=app_direction == Qt.LayoutDirection.RightToLeft)
    return Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight


def isolate(text: str) -> str:
    """``text`` wrapped in Unicode isolates (FSI…PDI) for embedding owner-typed text, such as a
    customer's name, inside a translated sentence without scrambling the sentence around it."""
    return f"{_FSI}{text}{_PDI}" if text else text


def in_ui_direction(text: str) -> str:
    """``text`` (owner-typed parts already isolated) led by a mark that makes it read, and
    align, in the interface's direction (a label made only of isolated parts reads left to
    right otherwise)."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return ("\u200f" if rtl else "\u200e") + text


def start_edge(direction: Qt.LayoutDirection) -> Qt.AlignmentFlag:
    """The absolute side (left or right) where text of ``direction`` starts."""
    side = (
        Qt.AlignmentFlag.AlignRight
        if direction == Qt.LayoutDirection.RightToLeft
        else Qt.AlignmentFlag.AlignLeft
    )
    return side | Qt.AlignmentFlag.AlignAbsolute


def _follow_line_edit(edit: QLineEdit) -> None:
    def update() -> None:
        direction = text_direction(edit.text() or edit.placeholderText())
        vertical = edit.alignment() & Qt.AlignmentFlag.AlignVertical_Mask
        wanted = start_edge(direction) | vertical
        if edit.alignment() != wanted:
            edit.setAlignment(wanted)

    edit.textChanged.connect(update)
    update()


def _follow_text_edit(edit: QPlainTextEdit | QTextEdit) -> None:
    def update() -> None:
        document = edit.document()
        direction = text_direction(document.toPlainText())
        option = document.defaultTextOption()
        alignment = start_edge(direction)
        if option.textDirection() != direction or option.alignment() != alignment:
            option.setTextDirection(direction)
            option.setAlignment(alignment)
            document.setDefaultTextOption(option)

    edit.textChanged.connect(update)
    update()


class ContentDirectionDelegate(QStyledItemDelegate):
    """Draws each cell's text in the direction of its own content (aligned to its start)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if option.text:
            option.direction = text_direction(option.text)


def follow_content_direction(widget: QWidget) -> None:
    """Makes ``widget`` show its content in the content's own direction, kept up to date as it
    changes: QLineEdit (alignment; placeholder decides when empty), QPlainTextEdit/QTextEdit
    (the document's direction and alignment, from its first strong letter) or an item view
    (installs ContentDirectionDelegate). Takes over the widget's horizontal text alignment."""
    if isinstance(widget, QLineEdit):
        _follow_line_edit(widget)
    elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
        _follow_text_edit(widget)
    elif isinstance(widget, QAbstractItemView):
        widget.setItemDelegate(ContentDirectionDelegate(widget))
    else:
        raise TypeError(f"follow_content_direction does not handle {type(widget).__name__}")
