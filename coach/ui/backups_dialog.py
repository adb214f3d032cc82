"""File → Backups…: the verified backups, newest first, with a way back to any of them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
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

from coach.errors import StoreError
from coach.service import Coach
from coach.service.backups import BackupInfo
from coach.text.localise import format_number
from coach.text.translatable import QT_TRANSLATE_NOOP
from coach.ui.direction import isolate
from coach.ui.prompts import Prompts
from coach.ui.recovery import when_text
from coach.ui.store_problems import problem_text

_CONTEXT = "BackupsDialog"
REASON_LABELS: dict[str, str] = {
    "daily": QT_TRANSLATE_NOOP("BackupsDialog", "Start of the day"),
    "editing": QT_TRANSLATE_NOOP("BackupsDialog", "After editing"),
    "import": QT_TRANSLATE_NOOP("BackupsDialog", "Before an import"),
    "restore": QT_TRANSLATE_NOOP("BackupsDialog", "Before a restore"),
    "upgrade": QT_TRANSLATE_NOOP("BackupsDialog", "Before an upgrade"),
    "merge": QT_TRANSLATE_NOOP("BackupsDialog", "Before merging customers"),
    "bulk": QT_TRANSLATE_NOOP("BackupsDialog", "Before a bulk change"),
    "anonymise": QT_TRANSLATE_NOOP("BackupsDialog", "Before anonymising"),
    "manual": QT_TRANSLATE_NOOP("BackupsDialog", "Made by you"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("BackupsDialog", "Date"),
    QT_TRANSLATE_NOOP("BackupsDialog", "Complaints"),
    QT_TRANSLATE_NOOP("BackupsDialog", "Why"),
    QT_TRANSLATE_NOOP("BackupsDialog", "Size"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class BackupsDialog(QDialog):
    """Lists ``coach``'s backups; Restore puts the chosen one in place of the log (the log as
    it was kept aside first) and sends ``restored``."""

    restored = Signal()

    def __init__(self, coach: Coach, parent: QWidget | None = None, prompts: Prompts | None = None):
        super().__init__(parent)
        self.coach = coach
        self.prompts = prompts or Prompts()
        self.backups: list[BackupInfo] = []
        self.setObjectName("backups_dialog")
        self.setWindowTitle(self.tr("Backups"))
        self.intro = QLabel(
            self.tr(
                "Complaint Coach backs up the log every day you open it, after every half hour "
                "of editing and before every import or restore. Each backup is checked before it "
                "is kept: the newest 10, then one a day for a week, one a week for a month and "
                "one a month for a year."
            )
        )
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("backups_table")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels([_tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("backup_now")
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setObjectName("restore_backup")
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.folder_label)
        layout.addWidget(buttons)
        self.backup_button.setEnabled(not coach.read_only)
        self.resize(640, 420)
        self.refresh()

    def refresh(self) -> None:
        """Reads the list of backups again."""
        settings, digits = self.coach.settings, self.coach.digits
        self.backups = self.coach.safekeeping.backups()
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            size = f"{format_number(round(info.size / 1_000_000, 1), digits, 1)} MB"
            cells = (
                when_text(info.made_at, settings),
                format_number(info.complaints, digits),
                _tr(REASON_LABELS.get(info.reason, REASON_LABELS["manual"])),
                size,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        folder = str(self.coach.data_dir / "backups")
        text = self.tr("Backups are kept in {folder}.").replace("{folder}", isolate(folder))
        second = settings.backup_folder.strip()
        if second:
            more = self.tr("A copy of each goes to {folder}.").replace("{folder}", isolate(second))
            text = f"{text} {more}"
        else:
            text += " " + self.tr("A second folder (a USB stick) can be chosen in Settings.")
        self.folder_label.setText(text)
        if self.backups:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None and not self.coach.read_only)

    def backup_now(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.coach.safekeeping.backup("manual")
        except StoreError as error:
            QGuiApplication.restoreOverrideCursor()
            self.prompts.error(self, self.tr("No backup was made"), problem_text(error))
            return
        QGuiApplication.restoreOverrideCursor()
        self.refresh()

    def restore_selected(self) -> bool:
        """Asks, then puts the selected backup in place of the log; True when it was done."""
        info = self.selected()
        if info is None:
            return False
        settings, digits = self.coach.settings, self.coach.digits
        question = self.tr(
            "Put the backup of {date} ({count} complaints) in place of the log? The log as it "
            "is now is kept first, as a file in the data folder."
        )
        question = question.replace("{date}", when_text(info.made_at, settings))
        question = question.replace("{count}", format_number(info.complaints, digits))
        if not self.prompts.confirm(self, self.tr("Restore a backup"), question):
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = self.coach.safekeeping.restore(info.path)
        except StoreError as error:
            QGuiApplication.restoreOverrideCursor()
            self.prompts.error(self, self.tr("The backup was not restored"), problem_text(error))
            return False
        QGuiApplication.restoreOverrideCursor()
        message = self.tr(
            "The log now holds {count} complaints. The log as it was is kept as {path}."
        )
        message = message.replace("{count}", format_number(done.complaints, digits))
        self.prompts.inform(
            self,
            self.tr("Backup restored"),
            message.replace("{path}", isolate(str(done.kept_aside))),
        )
        self.restored.emit()
        self.refresh()
        return True
