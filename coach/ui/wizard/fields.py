"""The wizard's input controls: each reads and writes one plain value and says when it changes.

Dates are in date_field.py."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import SupportsInt, cast

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from coach.text.localise import format_number, to_digits, to_latin_digits
from coach.ui.direction import follow_content_direction
from coach.ui.labels import label

UNSET = "\u2014"
_SEPARATORS = re.compile(r"[,\u066c\s\u00a0\u202f]")
_MONEY = re.compile(r"-?\d+(\.\d{1,3})?")


def parse_money(text: str) -> Decimal | None:
    """An amount typed in any digits (12.50, ١٢٫٥, 1,200); None when empty; ValueError when not a number."""
    cleaned = _SEPARATORS.sub("", to_latin_digits(text))
    if not cleaned:
        return None
    if not _MONEY.fullmatch(cleaned):
        raise ValueError(text)
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(text) from None


class LineField(QLineEdit):
    """One line of text, shown in the direction of its own content."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.textChanged.connect(self.changed)
        follow_content_direction(self)

    def control(self) -> QWidget:
        return self

    def read(self) -> str:
        return self.text()

    def write(self, value: object) -> None:
        self.setText(str(value or ""))

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)


class TextField(QPlainTextEdit):
    """Several lines of plain text; Tab moves on, so the form works from the keyboard."""

    changed = Signal()

    def __init__(self, lines: int = 4, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setMinimumHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._lines = lines
        self.textChanged.connect(self.changed)
        follow_content_direction(self)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        hint.setHeight(self.minimumHeight())
        return hint

    def control(self) -> QWidget:
        return self

    def read(self) -> str:
        return self.toPlainText()

    def write(self, value: object) -> None:
        self.setPlainText(str(value or ""))

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)


class ChoiceField(QComboBox):
    """A list of vocabulary keys shown by their labels; the first item "—" means not chosen yet."""

    changed = Signal()

    def __init__(self, choices: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.addItem(UNSET, "")
        for key, text in choices:
            self.addItem(text, key)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.currentIndexChanged.connect(self.changed)

    def control(self) -> QWidget:
        return self

    def read(self) -> str:
        return str(self.currentData() or "")

    def write(self, value: object) -> None:
        key = str(value or "")
        index = self.findData(key)
        if index < 0:
            self.addItem(label(key), key)
            index = self.count() - 1
        self.setCurrentIndex(index)

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)


class CheckField(QCheckBox):
    """Yes or no; its text is its label."""

    changed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.toggled.connect(self.changed)

    def control(self) -> QWidget:
        return self

    def read(self) -> bool:
        return self.isChecked()

    def write(self, value: object) -> None:
        self.setChecked(bool(value))

    def set_read_only(self, read_only: bool) -> None:
        self.setEnabled(not read_only)


class ScoreField(QSpinBox):
    """A score from ``low`` to ``high``; one step below ``low`` shows "—" and means not asked."""

    changed = Signal()

    def __init__(self, low: int, high: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRange(low - 1, high)
        self.setSpecialValueText(UNSET)
        self.setValue(low - 1)
        self.setMinimumWidth(90)
        self.valueChanged.connect(self.changed)

    def control(self) -> QWidget:
        return self

    def read(self) -> int | None:
        value = self.value()
        return None if value == self.minimum() else value

    def write(self, value: object) -> None:
        self.setValue(self.minimum() if value is None else int(cast("SupportsInt | str", value)))

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)
        symbols = QSpinBox.ButtonSymbols
        self.setButtonSymbols(symbols.NoButtons if read_only else symbols.UpDownArrows)


class MoneyField(QLineEdit):
    """An amount of money; what cannot be read as one is explained by ``problem``."""

    changed = Signal()
    problem_changed = Signal(str)

    def __init__(self, digits: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.digits = digits
        self._problem = ""
        self.setPlaceholderText(to_digits("0.00", digits))
        self.textChanged.connect(self._on_text)

    def control(self) -> QWidget:
        return self

    def _on_text(self) -> None:
        problem = self.problem()
        if problem != self._problem:
            self._problem = problem
            self.problem_changed.emit(problem)
        self.changed.emit()

    def problem(self) -> str:
        """Why the text is not a usable amount, in words ("" when it is)."""
        try:
            value = parse_money(self.text())
        except ValueError:
            return self.tr("Write the cost as a number, for example 12.50.")
        if value is not None and value < 0:
            return self.tr("Cost cannot be negative.")
        return ""

    def read(self) -> Decimal | None:
        try:
            return parse_money(self.text())
        except ValueError:
            return None

    def write(self, value: object) -> None:
        if value is None:
            self.setText("")
            return
        amount = Decimal(str(value))
        exponent = amount.as_tuple().exponent
        places = max(0, -exponent) if isinstance(exponent, int) else 0
        self.setText(format_number(amount, self.digits, places).replace("٬", "").replace(",", ""))

    def set_read_only(self, read_only: bool) -> None:
        self.setReadOnly(read_only)
