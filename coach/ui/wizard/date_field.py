"""A date that may be empty, with a calendar pop-up (Gregorian or Jalali) and a relative reading."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCalendar, QDate, QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QToolButton,
    QWidget,
)

from coach.ui.labels import relative_day

NULL_DATE = QDate(1900, 1, 1)


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

    def open_calendar(self) -> None:
        """Opens the calendar pop-up, as a click on the arrow does."""
        option = QStyleOptionComboBox()
        option.initFrom(self)
        option.editable = True
        option.subControls = QStyle.SubControl.SC_All
        arrow = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, self
        )
        where = QPointF(arrow.center())
        for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            click = QMouseEvent(
                kind,
                where,
                self.mapToGlobal(where),
                Qt.MouseButton.LeftButton,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
            )
            QApplication.sendEvent(self, click)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        alt_down = event.key() == Qt.Key.Key_Down and bool(
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if event.key() == Qt.Key.Key_F4 or alt_down:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt override
        """Tab leaves the field (Left and Right still move between day, month and year)."""
        return QWidget.focusNextPrevChild(self, forward)

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
        if self._done and day < date.today():
            return ""
        return relative_day(day, date.today(), self.digits)

    def _update_reading(self) -> None:
        text = self.reading()
        self.relative_label.setText(text)
        day = self.read()
        overdue = bool(text) and day is not None and day < date.today()
        colour = "#b3261e" if overdue else "#5f6368"
        weight = "bold" if overdue else "normal"
        self.relative_label.setStyleSheet(f"color: {colour}; font-weight: {weight};")
        self.relative_label.setAccessibleName(text)
