"""The search box and the status, root-cause and month filters above the complaints log."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from coach.complaints.vocabulary import STATUSES
from coach.service import Coach, ComplaintQuery
from coach.text.localise import to_digits
from coach.text.periods import Period, period_containing
from coach.ui.direction import follow_content_direction
from coach.ui.labels import label

SEARCH_DELAY_MS = 250
MAX_MONTHS = 240
COMBO_LETTERS = 14
UNFINISHED = "unfinished"


class LogFilters(QWidget):
    """Turns what the owner typed and chose into a ComplaintQuery; typing waits for a pause."""

    query_changed = Signal(object)

    def __init__(
        self,
        context: Coach,
        cause_label: Callable[[str], str],
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ):
        super().__init__(parent)
        self.context = context
        self.cause_label = cause_label
        self.today = today
        self._periods: dict[str, Period] = {}

        self.search_box = QLineEdit()
        self.search_box.setObjectName("search_box")
        self.search_box.setPlaceholderText(self.tr("Search complaints"))
        self.search_box.setAccessibleName(self.tr("Search complaints"))
        self.search_box.setClearButtonEnabled(True)
        follow_content_direction(self.search_box)

        self.status_filter = self._combo("status_filter", self.tr("Status"))
        self.cause_filter = self._combo("cause_filter", self.tr("Root cause"))
        self.month_filter = self._combo("month_filter", self.tr("Month"))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._emit)
        self.search_box.textChanged.connect(self._timer.start)
        self.search_box.returnPressed.connect(self._emit)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_box, 1)
        for combo in (self.status_filter, self.cause_filter, self.month_filter):
            caption = QLabel(combo.accessibleName())
            caption.setBuddy(combo)
            layout.addSpacing(8)
            layout.addWidget(caption)
            layout.addWidget(combo)
        self.rebuild_choices()
        for combo in (self.status_filter, self.cause_filter, self.month_filter):
            combo.currentIndexChanged.connect(self._emit)

    def _combo(self, name: str, caption: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(caption)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(COMBO_LETTERS)
        return combo

    def widgets(self) -> list[QWidget]:
        """The controls in reading order (for the window's tab order)."""
        return [self.search_box, self.status_filter, self.cause_filter, self.month_filter]

    def rebuild_choices(self) -> None:
        """Fills the lists again (after a settings change or a new root cause), keeping choices."""
        digits, names = self.context.settings.digits, self.context.playbook.month_names
        statuses = [(self.tr("All statuses"), None), (self.tr("Not finished"), UNFINISHED)]
        statuses += [(label(key, "status"), key) for key in STATUSES]
        causes: list[tuple[str, str | None]] = [(self.tr("All root causes"), None)]
        causes += [(self.cause_label(key), key) for key in self.context.root_causes()]
        self._periods = {p.key: p for p in self._months()}
        months: list[tuple[str, str | None]] = [(self.tr("All months"), None)]
        months += [(to_digits(p.name(names), digits), key) for key, p in self._periods.items()]
        for combo, items in (
            (self.status_filter, statuses),
            (self.cause_filter, causes),
            (self.month_filter, months),
        ):
            chosen = combo.currentData()
            with QSignalBlocker(combo):
                combo.clear()
                for text, data in items:
                    combo.addItem(text, data)
                combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def _months(self) -> list[Period]:
        """Every month of the owner's calendar from this one back to the first complaint's."""
        calendar = self.context.settings.calendar
        first = self.context.first_day() or self.today()
        period = period_containing(max(first, self.today()), calendar)
        periods = [period]
        while period.start > first and len(periods) < MAX_MONTHS:
            period = period.previous()
            periods.append(period)
        return periods

    def query(self) -> ComplaintQuery:
        """The complaints the owner is asking for now."""
        status = self.status_filter.currentData()
        period = self._periods.get(self.month_filter.currentData() or "")
        return ComplaintQuery(
            statuses=(status,) if status in STATUSES else (),
            unfinished=status == UNFINISHED,
            root_cause=self.cause_filter.currentData() or None,
            start=period.start if period else None,
            end=period.end if period else None,
            text=self.search_box.text().strip(),
        )

    def is_filtered(self) -> bool:
        return self.query() != ComplaintQuery()

    def flush(self) -> None:
        """Applies typed text now instead of after the pause."""
        if self._timer.isActive():
            self._emit()

    def _emit(self) -> None:
        self._timer.stop()
        self.query_changed.emit(self.query())
