"""File → Export…: every complaint, one month, or what the log shows now, as CSV, Excel or JSON."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coach.errors import CoachError
from coach.service import Coach, ComplaintQuery
from coach.service.exporting import KINDS, ExportCancelled, export_file
from coach.system.files import DiskFullError
from coach.text.localise import format_number, to_digits
from coach.text.periods import Period, period_containing
from coach.ui.background import run_in_background
from coach.ui.prompts import Prompts

MAX_MONTHS = 240
ChoosePath = Callable[[QWidget, str, str], Path | None]


def ask_for_path(parent: QWidget, suggested: str, kind: str) -> Path | None:
    """The file the owner names in the system's save dialog (None when cancelled)."""
    patterns = {"csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)", "json": "JSON (*.json)"}
    title = QCoreApplication.translate("ExportDialog", "Export")
    name, _filter = QFileDialog.getSaveFileName(parent, title, suggested, patterns[kind])
    return Path(name) if name else None


class ExportDialog(QDialog):
    """Chooses what to export and how, asks where to, and writes the file off the UI thread."""

    def __init__(
        self,
        coach: Coach,
        shown: ComplaintQuery | None,
        parent: QWidget | None = None,
        prompts: Prompts | None = None,
        choose_path: ChoosePath = ask_for_path,
        today: Callable[[], date] = date.today,
    ):
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(self.tr("Export complaints"))
        self.coach = coach
        self.shown = shown if shown != ComplaintQuery() else None
        self.prompts = prompts or Prompts()
        self.choose_path = choose_path
        self.today = today
        self._cancel = threading.Event()
        self.written: Path | None = None

        self.kind = QComboBox()
        self.kind.setObjectName("export_kind")
        for key, text in zip(KINDS, self._kind_names(), strict=True):
            self.kind.addItem(text, key)
        self.everything = QRadioButton(self._counted(self.tr("Every complaint"), None))
        self.everything.setObjectName("export_everything")
        self.one_month = QRadioButton(self.tr("One month:"))
        self.one_month.setObjectName("export_month")
        self.month = QComboBox()
        self.month.setObjectName("export_month_choice")
        for period in self._months():
            self.month.addItem(
                to_digits(period.name(coach.playbook.month_names), coach.digits), period
            )
        self.filtered = QRadioButton(self._counted(self.tr("What the log shows now"), self.shown))
        self.filtered.setObjectName("export_shown")
        self.filtered.setEnabled(self.shown is not None)
        self.scope = QButtonGroup(self)
        for button in (self.everything, self.one_month, self.filtered):
            self.scope.addButton(button)
        (self.filtered if self.shown is not None else self.everything).setChecked(True)
        self.month.currentIndexChanged.connect(lambda _i: self.one_month.setChecked(True))

        self.progress = QProgressBar()
        self.progress.setObjectName("export_progress")
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("export_status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("export_button")
        self.export_button.setDefault(True)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self._close_or_cancel)

        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.kind)
        month_row = QHBoxLayout()
        month_row.addWidget(self.one_month)
        month_row.addWidget(self.month, 1)
        scope = QVBoxLayout()
        scope.addWidget(self.everything)
        scope.addLayout(month_row)
        scope.addWidget(self.filtered)
        form.addRow(self.tr("Complaints:"), scope)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def _kind_names(self) -> list[str]:
        return [
            self.tr("CSV (opens in any spreadsheet, imports again)"),
            self.tr("Excel workbook (.xlsx)"),
            self.tr("JSON with each complaint's timeline"),
        ]

    def _counted(self, text: str, query: ComplaintQuery | None) -> str:
        count = format_number(self.coach.count(query), self.coach.digits)
        return self.tr("%1 (%2 complaints)").replace("%1", text).replace("%2", count)

    def _months(self) -> list[Period]:
        first = self.coach.first_day() or self.today()
        period = period_containing(max(first, self.today()), self.coach.calendar)
        periods = [period]
        while period.start > first and len(periods) < MAX_MONTHS:
            period = period.previous()
            periods.append(period)
        return periods

    def query(self) -> ComplaintQuery | None:
        """The complaints chosen (None for all of them)."""
        if self.one_month.isChecked():
            period: Period = self.month.currentData()
            return ComplaintQuery(start=period.start, end=period.end)
        if self.filtered.isChecked():
            return self.shown
        return None

    def export(self) -> None:
        """Asks where to write, then writes the file on the thread pool."""
        kind = self.kind.currentData()
        suggested = f"complaints-{self.today().isoformat()}.{kind}"
        path = self.choose_path(self, suggested, kind)
        if path is None:
            return
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(f"{path.name}.{kind}")
        query = self.query()
        self._cancel.clear()
        self._busy(True)
        self.status.setText(self.tr("Exporting…"))
        run_in_background(
            self,
            lambda report: export_file(self.coach, path, kind, query, report, self._cancel.is_set),
            lambda count: self._done(path, count),
            self._failed,
            self._progressed,
        )

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _done(self, path: Path, count: int) -> None:
        self._busy(False)
        self.written = path
        number = format_number(count, self.coach.digits)
        self.status.setText(
            self.tr("Exported %1 complaints to %2.").replace("%1", number).replace("%2", str(path))
        )

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        if isinstance(error, ExportCancelled):
            self.status.setText(self.tr("Cancelled; no file was written."))
            return
        if isinstance(error, DiskFullError):
            text = self.tr("The disk is full. Nothing was written; free some space and try again.")
        elif isinstance(error, CoachError | OSError):
            text = self.tr("The file could not be written: %1").replace("%1", str(error))
        else:
            raise error
        self.status.setText(text)
        self.prompts.error(self, self.tr("Export"), text)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setValue(0)
        self.export_button.setEnabled(not busy)
        self.close_button.setText(self.tr("Cancel") if busy else self.tr("Close"))

    def _close_or_cancel(self) -> None:
        if self.progress.isVisible():
            self._cancel.set()
        else:
            self.accept()
