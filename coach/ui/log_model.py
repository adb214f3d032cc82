"""The complaints log as a table model: light rows read off the UI thread, a page at a time.

A new query (typing, a filter) is read in the background; a newer one cuts the older one short
and its result is dropped. The first page is shown as soon as it is read; the count follows.
Pages are read by key (after the last row shown), so scrolling far costs what the top does.
"""

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
    Signal,
)
from PySide6.QtGui import QColor

from coach.service import Coach, ComplaintQuery, LogRow
from coach.text.localise import format_date
from coach.text.translatable import QT_TRANSLATE_NOOP
from coach.ui.background import Superseding, run_in_background
from coach.ui.direction import start_edge, text_direction
from coach.ui.labels import label, relative_day

_CONTEXT = "LogModel"
PAGE_SIZE = 200
CACHED_ROWS = 2000
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
Page = tuple[ComplaintQuery, list[LogRow], bool]


def content_alignment(text: str) -> Qt.AlignmentFlag:
    """Right for Arabic/Persian text and left for Latin, whatever the interface direction."""
    return start_edge(text_direction(text)) | Qt.AlignmentFlag.AlignVCenter


class LogModel(QAbstractTableModel):
    """Complaints matching ``query``, newest first, fetched ``PAGE_SIZE`` rows at a time.

    ``total`` is the number of matches once counted (``counted`` is emitted then); until then
    it is the number of rows read. ``failed`` carries the words of a read that failed.
    """

    counted = Signal(int)
    failed = Signal(str)

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
        self.is_counted = True
        self._rows: list[LogRow] = []
        self._more = False
        self._cells: dict[int, list[tuple[str, Qt.AlignmentFlag]]] = {}
        self._closed = False
        interrupt = self._interrupt
        self._pages = Superseding(self, self._page_read, self._read_failed, interrupt)
        self._counts = Superseding(self, self._count_read, self._read_failed, interrupt)

    # --- loading -------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """True while a page or the count of the current query is being read."""
        return self._pages.busy or self._counts.busy

    def load(self, query: ComplaintQuery) -> None:
        """Shows the first page of ``query`` read now, on this thread (a window's first paint, a
        short listing); the count follows in the background when there are more rows."""
        self._counts.drop()
        self._pages.drop()
        if self._closed:
            return
        self.context.root_causes()  # causes added since are named too
        try:
            rows = self.context.log.page(query, limit=self.page_size + 1)
        except Exception as error:  # noqa: BLE001 - shown in words, the log stays as it was
            self._read_failed(error)
            return
        self._page_read((query, rows, True))

    def set_query(self, query: ComplaintQuery) -> None:
        """Shows the complaints matching ``query`` from the first page, read in the background;
        a newer query supersedes this one."""
        self._counts.drop()
        if self._closed:
            return
        self.query = query
        log, limit = self.context.log, self.page_size + 1
        self._pages.run(lambda _stale: (query, log.page(query, limit=limit), True))

    def reload(self) -> None:
        """Reads the current query again in the background (after a save, a settings change)."""
        if self._closed:
            return
        self.context.root_causes()
        self.set_query(self.query)

    def wait(self, msecs: int = 5000) -> None:
        """Blocks until the pending reads are shown (tests and benchmarks)."""
        from PySide6.QtCore import QDeadlineTimer, QEventLoop

        deadline = QDeadlineTimer(msecs)
        while self.busy and not deadline.hasExpired():
            self._pages.wait(10)
            self._counts.wait(10)
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)

    def close(self) -> None:
        """Stops reading from the store (it is about to close); loaded rows stay shown."""
        self._closed = True
        self._counts.drop()
        self._pages.drop()
        self._pages.wait()
        self._counts.wait()

    def _interrupt(self) -> None:
        self.context.log.interrupt()

    def _page_read(self, result: Page | None) -> None:
        if result is None or self._closed:
            return
        query, rows, first = result
        more = len(rows) > self.page_size
        rows = rows[: self.page_size]
        if first:
            self.beginResetModel()
            self._cells.clear()
            self.query, self._rows, self._more = query, rows, more
            self.is_counted = not more
            self.total = len(rows)
            self.endResetModel()
            if more:
                log = self.context.log
                self._counts.run(lambda _stale: log.count(query))
            else:
                self.counted.emit(self.total)
            return
        known = {row.id for row in self._rows}
        rows = [row for row in rows if row.id not in known]
        self._more = more and bool(rows)
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            if not self.is_counted:
                self.total = max(self.total, len(self._rows))
            self.endInsertRows()

    def _count_read(self, total: int | None) -> None:
        if total is None or self._closed:
            return
        self.total, self.is_counted = max(total, len(self._rows)), True
        self.counted.emit(self.total)

    def _read_failed(self, error: Exception) -> None:
        if not self._closed:
            self.failed.emit(str(getattr(error, "message", "") or error))

    def canFetchMore(self, parent: ModelIndex = _ROOT) -> bool:
        return not (self._closed or parent.isValid() or self._pages.busy) and self._more

    def fetchMore(self, parent: ModelIndex = _ROOT) -> None:
        if not self.canFetchMore(parent) or not self._rows:
            return
        query, after = self.query, self._rows[-1]
        log, limit = self.context.log, self.page_size + 1
        self._pages.run(lambda _stale: (query, log.page(query, after, limit), False))

    def refresh_complaint(self, complaint_id: int) -> bool:
        """Reads one loaded complaint again (in the background); False when it is not among the
        loaded rows."""
        if self._closed or self.row_of(complaint_id) is None:
            return False
        log = self.context.log
        run_in_background(
            self,
            lambda: log.row(complaint_id),
            lambda row: self._replace_row(complaint_id, row),
            self._read_failed,
        )
        return True

    def _replace_row(self, complaint_id: int, row: LogRow | None) -> None:
        at = self.row_of(complaint_id)
        if at is None or self._closed:
            return
        if row is None:
            self.reload()
            return
        self._rows[at] = row
        self._cells.pop(at, None)
        self.dataChanged.emit(self.index(at, 0), self.index(at, len(COLUMNS) - 1))

    # --- reading -------------------------------------------------------------------------

    def row_of(self, complaint_id: int) -> int | None:
        for at, row in enumerate(self._rows):
            if row.id == complaint_id:
                return at
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
        at = index.row()
        row = self._rows[at]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole):
            cells = self._cells.get(at)
            if cells is None:
                if len(self._cells) >= CACHED_ROWS:
                    self._cells.clear()
                texts = [self.text(row, name) for name in COLUMNS]
                cells = self._cells[at] = [(text, content_alignment(text)) for text in texts]
            text, alignment = cells[index.column()]
            return text if role == Qt.ItemDataRole.DisplayRole else alignment
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == "next_date":
            day = row.next_date
            if day is not None and day < self.today():
                return OVERDUE_COLOUR
        return None

    def text(self, row: LogRow, column: str) -> str:
        """What the cell of ``column`` shows for ``row``."""
        settings = self.context.settings
        if column == "date":
            return self._date(row.day)
        if column == "customer":
            return row.customer
        if column == "product":
            return row.product
        if column == "root_cause":
            return self.cause_label(row.root_cause)
        if column == "status":
            return label(row.status)
        day = row.next_date
        if day is None:
            return ""
        return f"{self._date(day)} ({relative_day(day, self.today(), settings.digits)})"

    def cause_label(self, key: str) -> str:
        """The playbook's label of a root cause, else the owner's own label, else the key."""
        return self.context.cause_label(key)

    def _date(self, day: date) -> str:
        settings = self.context.settings
        return format_date(day, settings.calendar, settings.digits)

    def _tooltip(self, row: LogRow, column: str) -> str | None:
        if column == "status":
            stage = QCoreApplication.translate("LogModel", "Stage: {stage}")
            return stage.replace("{stage}", label(row.stage))
        if column == "next_date" and row.next_date is not None:
            if row.status == "awaiting_follow_up":
                return QCoreApplication.translate("LogModel", "Follow-up due")
            return QCoreApplication.translate("LogModel", "Promised by")
        text = self.text(row, column)
        return text or None
