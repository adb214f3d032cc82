"""The complaints log as a table model that pages rows from the store as the view scrolls."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from coach.complaints.domain import Complaint
from coach.service import Coach, ComplaintQuery
from coach.text.localise import format_date
from coach.text.translatable import QT_TRANSLATE_NOOP
from coach.ui.direction import start_edge, text_direction
from coach.ui.labels import label, relative_day

_CONTEXT = "LogModel"
PAGE_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_COLOUR = QColor("#b3261e")
COLUMNS: tuple[str, ...] = ("date", "customer", "product", "root_cause", "status", "next_date")
_HEADERS: dict[str, str] = {
    "date": QT_TRANSLATE_NOOP("LogModel", "Date"),
    "customer": QT_TRANSLATE_NOOP("LogModel", "Customer"),
    "product": QT_TRANSLATE_NOOP("LogModel", "Product or service"),
    "root_cause": QT_TRANSLATE_NOOP("LogModel", "Root cause"),
    "status": QT_TRANSLATE_NOOP("LogModel", "Status"),
    "next_date": QT_TRANSLATE_NOOP("LogModel", "Next date"),
}

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def content_alignment(text: str) -> Qt.AlignmentFlag:
    """Right for Arabic/Persian text and left for Latin, whatever the interface direction."""
    return start_edge(text_direction(text)) | Qt.AlignmentFlag.AlignVCenter


class LogModel(QAbstractTableModel):
    """Complaints matching ``query``, newest first, fetched ``PAGE_SIZE`` rows at a time."""

    def __init__(
        self,
        context: Coach,
        parent: QObject | None = None,
        today: Callable[[], date] = date.today,
        page_size: int = PAGE_SIZE,
    ):
        super().__init__(parent)
        self.context = context
        self.today = today
        self.page_size = page_size
        self.query = ComplaintQuery()
        self.total = 0
        self._rows: list[Complaint] = []
        self._cells: dict[int, list[tuple[str, Qt.AlignmentFlag]]] = {}
        self._closed = False

    # --- loading -------------------------------------------------------------------------

    def set_query(self, query: ComplaintQuery) -> None:
        """Shows the complaints matching ``query`` from the first page."""
        self.query = query
        self.reload()

    def reload(self) -> None:
        """Reads the count and the first page again (after a save, a settings change)."""
        if self._closed:
            return
        self.context.root_causes()  # causes added since are named too
        total = self.context.count(self.query)
        rows = self.context.search(self.query, limit=self.page_size)
        self.beginResetModel()
        self._cells.clear()
        self.total, self._rows = total, rows
        self.endResetModel()

    def close(self) -> None:
        """Stops reading from the store (it is about to close); loaded rows stay shown."""
        self._closed = True

    def canFetchMore(self, parent: ModelIndex = _ROOT) -> bool:
        return not self._closed and not parent.isValid() and len(self._rows) < self.total

    def fetchMore(self, parent: ModelIndex = _ROOT) -> None:
        if parent.isValid() or self._closed:
            return
        page = self.context.search(self.query, offset=len(self._rows), limit=self.page_size)
        known = {c.id for c in self._rows}
        page = [c for c in page if c.id not in known]
        if not page:
            self.total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def refresh_complaint(self, complaint_id: int) -> bool:
        """Re-reads one loaded complaint in place; False when it is not among the loaded rows."""
        if self._closed:
            return False
        for row, complaint in enumerate(self._rows):
            if complaint.id == complaint_id:
                try:
                    self._rows[row] = self.context.get(complaint_id)
                except KeyError:
                    return False
                self._cells.pop(row, None)
                last = self.index(row, len(COLUMNS) - 1)
                self.dataChanged.emit(self.index(row, 0), last)
                return True
        return False

    # --- reading -------------------------------------------------------------------------

    def row_of(self, complaint_id: int) -> int | None:
        for row, complaint in enumerate(self._rows):
            if complaint.id == complaint_id:
                return row
        return None

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(_CONTEXT, _HEADERS[COLUMNS[section]])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = index.row()
        complaint = self._rows[row]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole):
            cells = self._cells.get(row)
            if cells is None:
                texts = [self.text(complaint, name) for name in COLUMNS]
                cells = self._cells[row] = [(text, content_alignment(text)) for text in texts]
            text, alignment = cells[index.column()]
            return text if role == Qt.ItemDataRole.DisplayRole else alignment
        if role == ID_ROLE:
            return complaint.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(complaint, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == "next_date":
            day = complaint.next_date
            if day is not None and day < self.today():
                return OVERDUE_COLOUR
        return None

    def text(self, complaint: Complaint, column: str) -> str:
        """What the cell of ``column`` shows for ``complaint``."""
        settings = self.context.settings
        if column == "date":
            return self._date(complaint.created_at.date())
        if column == "customer":
            customer = complaint.customer
            return customer.name or customer.phone or customer.email
        if column == "product":
            return complaint.product
        if column == "root_cause":
            return self.cause_label(complaint.root_cause)
        if column == "status":
            return label(complaint.status)
        day = complaint.next_date
        if day is None:
            return ""
        return f"{self._date(day)} ({relative_day(day, self.today(), settings.digits)})"

    def cause_label(self, key: str) -> str:
        """The playbook's label of a root cause, else the owner's own label, else the key."""
        return self.context.cause_label(key)

    def _date(self, day: date) -> str:
        settings = self.context.settings
        return format_date(day, settings.calendar, settings.digits)

    def _tooltip(self, complaint: Complaint, column: str) -> str | None:
        if column == "status":
            stage = QCoreApplication.translate("LogModel", "Stage: {stage}")
            return stage.replace("{stage}", label(complaint.stage))
        if column == "next_date" and complaint.next_date is not None:
            if complaint.status == "awaiting_follow_up":
                return QCoreApplication.translate("LogModel", "Follow-up due")
            return QCoreApplication.translate("LogModel", "Promised by")
        text = self.text(complaint, column)
        return text or None
