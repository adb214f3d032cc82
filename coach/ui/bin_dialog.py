"""File → Bin…: deleted complaints, restorable for 30 days."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach.complaints.domain import Complaint
from coach.errors import StoreError
from coach.service import Coach
from coach.service.privacy import BIN_DAYS
from coach.text.localise import format_date, format_number
from coach.ui.prompts import Prompts
from coach.ui.store_problems import problem_text


class BinDialog(QDialog):
    """Lists the complaints in the bin; Restore takes the selected one back (``restored``)."""

    restored = Signal(int)

    def __init__(self, coach: Coach, parent: QWidget | None = None, prompts: Prompts | None = None):
        super().__init__(parent)
        self.coach = coach
        self.prompts = prompts or Prompts()
        self.items: list[tuple[Complaint, datetime]] = []
        self.setObjectName("bin_dialog")
        self.setWindowTitle(self.tr("Bin"))
        note = self.tr(
            "Deleted complaints wait here for {days} days, then they are deleted for good. "
            "The log, reports and exports leave them out."
        )
        self.note = QLabel(note.replace("{days}", format_number(BIN_DAYS, coach.digits)))
        self.note.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("bin_table")
        self.table.setAccessibleName(self.tr("Bin"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Deleted on"), self.tr("Made on"), self.tr("Complaint")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("restore_from_bin")
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 380)
        self.refresh()

    def refresh(self) -> None:
        settings = self.coach.settings
        self.items = self.coach.privacy.binned()
        self.table.setRowCount(len(self.items))
        for row, (complaint, deleted) in enumerate(self.items):
            customer = complaint.customer.name or complaint.customer.phone
            summary = " ".join(complaint.description.split())[:80]
            cells = (
                format_date(deleted.date(), settings.calendar, settings.digits),
                format_date(complaint.created_at.date(), settings.calendar, settings.digits),
                f"{customer}: {summary}" if customer else summary,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self.items:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(self.items) and not self.coach.read_only)

    def restore_selected(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        complaint = self.items[rows[0].row()][0]
        assert complaint.id is not None
        try:
            self.coach.privacy.restore_from_bin(complaint.id)
        except StoreError as error:
            self.prompts.error(self, self.tr("Not restored"), problem_text(error))
            return None
        self.restored.emit(complaint.id)
        self.refresh()
        return complaint.id
