"""The complaints log on the main window: the table, the words shown when it is empty, and the
count in the status bar, kept in step with the log model's background reads. Its words keep
the main window's translation context, where they were first written."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QWidget,
)

from coach.service import ComplaintQuery
from coach.text.localise import format_number
from coach.ui.direction import follow_content_direction
from coach.ui.log_model import COLUMNS, ID_ROLE, LogModel

COLUMN_WIDTHS = {"date": 110, "customer": 190, "root_cause": 190, "status": 150, "next_date": 210}


class LogPane(QStackedWidget):
    """Shows ``model``'s rows, or why there are none; ``count_label`` (for the status bar) is
    where the window says how many match."""

    def __init__(
        self,
        model: LogModel,
        open_complaint: Callable[[int], object],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.model = model
        self._open_complaint = open_complaint
        self._reselect: int | None = None
        self.view = QTableView()
        self.view.setObjectName("complaints_view")
        self.view.setAccessibleName(QCoreApplication.translate("MainWindow", "Complaints"))
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        for column, name in enumerate(COLUMNS):
            if name in COLUMN_WIDTHS:
                header.resizeSection(column, COLUMN_WIDTHS[name])
        header.setSectionResizeMode(COLUMNS.index("product"), QHeaderView.ResizeMode.Stretch)
        follow_content_direction(self.view)
        self.view.activated.connect(self._row_activated)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("empty_log")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.addWidget(self.view)
        self.addWidget(self.empty_label)

        self.count_label = QLabel()
        self.count_label.setObjectName("complaint_count")
        self.count_label.setContentsMargins(6, 0, 6, 0)
        model.modelReset.connect(self._shown)
        model.failed.connect(self.count_label.setText)

    def reload(self) -> None:
        """Reads the log again, keeping the selected complaint selected when it is still there."""
        self._reselect = self.current_complaint_id()
        self.model.reload()

    def current_complaint_id(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def filtered(self) -> bool:
        """True when the log shows a search or filter, not every complaint."""
        return self.model.query != ComplaintQuery()

    def _shown(self) -> None:
        chosen, self._reselect = self._reselect, None
        if not self.model.is_counted:  # the count follows in the background
            digits = self.model.context.settings.digits
            text = QCoreApplication.translate("LogPane", "Counting… (more than {count})")
            shown = format_number(self.model.rowCount(), digits)
            self.count_label.setText(text.replace("{count}", shown))
        if self.model.rowCount():
            self.setCurrentWidget(self.view)
            if chosen is not None and (row := self.model.row_of(chosen)) is not None:
                self.view.selectRow(row)
        elif self.filtered():
            self.empty_label.setText(
                QCoreApplication.translate(
                    "MainWindow", "No complaint matches this search or filter."
                )
            )
            self.setCurrentWidget(self.empty_label)
        else:
            self.empty_label.setText(
                QCoreApplication.translate(
                    "MainWindow",
                    "No complaints yet. When a customer is unhappy, press New complaint "
                    "and the coach walks you through it.",
                )
            )
            self.setCurrentWidget(self.empty_label)

    def _row_activated(self, index: QModelIndex) -> None:
        complaint_id = index.data(ID_ROLE)
        if complaint_id is not None:
            self._open_complaint(int(complaint_id))
