"""The wizard's input controls: each reads and writes one plain value and says when it changes."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCalendar, QDate, QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QWidget,
)

from coach.localise import format_number, to_digits
from coach.ui.direction import follow_content_direction
from coach.ui.labels import label

UNSET = "\u2014"
NULL_DATE = QDate(1900, 1, 1)
_DIGITS_IN = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫", "01234567890123456789.")
_SEPARATORS = re.compile(r"[,\u066c\s\u00a0\u202f]")
_MONEY = re.compile(r"-?\d+(\.\d{1,3})?")


def parse_money(text: str) -> Decimal | None:
    """An amount typed in any digits (12.50, ١٢٫٥, 1,200); None when empty; ValueError when not a number."""
    cleaned = _SEPARATORS.sub("", text.translate(_DIGITS_IN))
    if not cleaned:
        return None
    if not _MONEY.fullmatch(cleaned):
        raise ValueError(text)
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(text) from None


def _plural(text: str, count: int) -> str:
    """English plural for untranslated "%n day(s)" strings; translations carry their own forms."""
    return text.replace("(s)", "" if count == 1 else "s")


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

    def sizeHint(self):  # noqa: N802 - Qt override
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
        self.setValue(self.minimum() if value is None else int(value))  # type: ignore[call-overload]

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


class NullableDateEdit(QDateEdit):
    """A date with a calendar pop-up that may also hold "no date" (shown in words)."""

    def __init__(self, calendar: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        if calendar == "jalali":
            system = QCalendar(QCalendar.System.Jalali)
            self.setCalendar(system)
            self.calendarWidget().setCalendar(system)
            self.setDisplayFormat("yyyy/MM/dd")
        else:
            self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NULL_DATE)
        self.setSpecialValueText(self.tr("No date"))
        self.setDate(NULL_DATE)
        self.setMinimumWidth(130)
        self.calendarWidget().installEventFilter(self)

    def is_null(self) -> bool:
        return self.date() == NULL_DATE

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt override
        if self.is_null():
            self.setDate(QDate.currentDate())
        else:
            super().stepBy(steps)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show and self.is_null():
            today = QDate.currentDate()
            system = self.calendar()
            self.calendarWidget().setCurrentPage(today.year(system), today.month(system))
        return False


class DateField(QWidget):
    """A date with "Today" and "No date" buttons and, when ``relative``, a reading like "in 2 days"."""

    changed = Signal()

    def __init__(
        self,
        calendar: str,
        digits: str,
        accessible: str,
        relative: bool = False,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.digits = digits
        self.relative = relative
        self._done = False
        self.edit = NullableDateEdit(calendar, self)
        self.today_button = QToolButton(self)
        self.today_button.setText(self.tr("Today"))
        self.today_button.setAccessibleName(
            self.tr("{field}: today").replace("{field}", accessible)
        )
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("No date"))
        self.clear_button.setAccessibleName(
            self.tr("{field}: no date").replace("{field}", accessible)
        )
        self.relative_label = QLabel(self)
        self.relative_label.setObjectName("relative")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.edit, self.today_button, self.clear_button, self.relative_label):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.today_button.clicked.connect(lambda: self.edit.setDate(QDate.currentDate()))
        self.clear_button.clicked.connect(lambda: self.edit.setDate(NULL_DATE))
        self.edit.dateChanged.connect(self._on_date)
        self._update_reading()

    def control(self) -> QWidget:
        return self.edit

    def _on_date(self) -> None:
        self._update_reading()
        self.changed.emit()

    def read(self) -> date | None:
        if self.edit.is_null():
            return None
        day = self.edit.date()
        return date(day.year(), day.month(), day.day())

    def write(self, value: object) -> None:
        if isinstance(value, date):
            self.edit.setDate(QDate(value.year, value.month, value.day))
        else:
            self.edit.setDate(NULL_DATE)
        self._update_reading()

    def set_done(self, done: bool) -> None:
        """A date already kept is no longer read as "overdue"."""
        self._done = done
        self._update_reading()

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.today_button.setVisible(not read_only)
        self.clear_button.setVisible(not read_only)

    def reading(self) -> str:
        """The date read relative to today ("today", "in 2 days", "overdue by 1 day")."""
        day = self.read()
        if not self.relative or day is None:
            return ""
        days = (day - date.today()).days
        if days == 0:
            text = self.tr("today")
        elif days == 1:
            text = self.tr("tomorrow")
        elif days > 1:
            text = _plural(self.tr("in %n day(s)", "", days), days)
        elif self._done:
            text = ""
        else:
            text = _plural(self.tr("overdue by %n day(s)", "", -days), -days)
        return to_digits(text, self.digits)

    def _update_reading(self) -> None:
        text = self.reading()
        self.relative_label.setText(text)
        overdue = bool(text) and self.read() is not None and self.read() < date.today()  # type: ignore[operator]
        colour = "#b3261e" if overdue else "#5f6368"
        weight = "bold" if overdue else "normal"
        self.relative_label.setStyleSheet(f"color: {colour}; font-weight: {weight};")
        self.relative_label.setAccessibleName(text)
