"""The import dialog's last page: what a dry run found (complaints to add, duplicates, rows with
problems by row, column and reason), values the file uses that are not known yet, and how to
import (all or nothing, or the good rows with the rest set aside)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach.complaints.vocabulary import CHOICES
from coach.service.importing import ImportReport
from coach.spreadsheet.reasons import IN_APP, Reason
from coach.spreadsheet.records import column_letter
from coach.spreadsheet.values import new_cause_key
from coach.text.localise import format_number, to_digits
from coach.ui.direction import follow_content_direction
from coach.ui.import_pages import field_label
from coach.ui.labels import label

NEW_CAUSE = "+new"
_NUMBERS = ("low", "high", "count", "width", "year", "line", "offset")
SHOWN_PROBLEMS = 500


class CheckPage(QWidget):
    """Shows a dry run's report; ``check_again`` asks for a new dry run with the values mapped."""

    check_again = Signal()

    def __init__(self, causes: dict[str, str], digits: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.causes = causes
        self.digits = digits
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.problems = QTableWidget(0, 3)
        self.problems.setObjectName("problems")
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.problems.verticalHeader().hide()
        follow_content_direction(self.problems)

        self.values_box = QGroupBox(self.tr("Values this log does not know yet"))
        self.values = QTableWidget(0, 3)
        self.values.setObjectName("values_table")
        self.values.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Value in your file"), self.tr("Means")]
        )
        self.values.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.values.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.values.verticalHeader().hide()
        self.values.setMinimumHeight(140)
        again = QPushButton(self.tr("Check again"))
        again.setObjectName("check_again")
        again.clicked.connect(self.check_again)
        box = QVBoxLayout(self.values_box)
        box.addWidget(self.values)
        box.addWidget(again)

        self.all_or_nothing = QRadioButton(self.tr("Import only if every row is right"))
        self.all_or_nothing.setObjectName("mode_all")
        self.all_or_nothing.setChecked(True)
        self.good_rows = QRadioButton(
            self.tr("Import the good rows and save the rest aside, with the reasons, in a file")
        )
        self.good_rows.setObjectName("mode_good")
        self.progress = QProgressBar()
        self.progress.setObjectName("import_progress")
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("import_status")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.values_box, 1)
        layout.addWidget(self.all_or_nothing)
        layout.addWidget(self.good_rows)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.clear()

    def clear(self, text: str = "") -> None:
        """Shows no report (yet), only ``text``."""
        self.summary.setText(text)
        self.problems.hide()
        self.values_box.hide()

    def number(self, count: int) -> str:
        return format_number(count, self.digits)

    def show_report(self, report: ImportReport) -> None:
        """Shows what importing would do, the problems and the unknown values."""
        self.summary.setText(
            self.tr("%1 complaints will be added, %2 duplicates skipped, %3 rows have problems.")
            .replace("%1", self.number(report.added))
            .replace("%2", self.number(report.duplicates))
            .replace("%3", self.number(report.bad))
        )
        shown = report.problems[:SHOWN_PROBLEMS]
        self.problems.setRowCount(len(shown))
        for r, problem in enumerate(shown):
            column = (
                "" if problem.column < 0 else f"{column_letter(problem.column)} ({problem.name})"
            )
            cells = (to_digits(str(problem.row), self.digits), column, self.words(problem.why))
            for c, text in enumerate(cells):
                self.problems.setItem(r, c, QTableWidgetItem(text))
        self.problems.resizeColumnToContents(0)
        self.problems.resizeColumnToContents(1)
        self.problems.setVisible(bool(shown))
        self._show_values(report)
        self.good_rows.setEnabled(report.bad > 0)
        if not report.bad:
            self.all_or_nothing.setChecked(True)

    def words(self, why: Reason) -> str:
        """A reason in the interface language, its numbers in the owner's digits."""
        template = IN_APP.get(why.template, why.template)
        args = dict(why.args)
        for name in _NUMBERS:
            if name in args:
                args[name] = to_digits(args[name], self.digits)
        if "label" in args:
            args["label"] = QCoreApplication.translate("WizardText", args["label"])
        try:
            return QCoreApplication.translate(why.context, template).format(**args)
        except (KeyError, IndexError, ValueError):
            return str(why)

    def _show_values(self, report: ImportReport) -> None:
        mapped = self.mapped()
        items = [
            (field, text, count)
            for field, counter in report.unknown.items()
            for text, count in counter.most_common()
        ]
        for field, values in mapped.items():
            items += [(field, text, 0) for text in values if (field, text) not in _keys(items)]
        self.values.setRowCount(len(items))
        for r, (field, text, _count) in enumerate(items):
            name = QTableWidgetItem(field_label(field))
            name.setData(Qt.ItemDataRole.UserRole, field)
            self.values.setItem(r, 0, name)
            self.values.setItem(r, 1, QTableWidgetItem(text))
            combo = QComboBox(self.values)
            combo.setObjectName(f"value_{r}")
            combo.addItem(self.tr("Choose…"), "")
            if field == "root_cause":
                for key, shown in self.causes.items():
                    combo.addItem(shown, key)
                combo.addItem(self.tr("Add as a new root cause"), NEW_CAUSE)
            else:
                for key in CHOICES[field]:
                    combo.addItem(label(key, field), key)
            combo.setCurrentIndex(max(0, combo.findData(mapped.get(field, {}).get(text, ""))))
            self.values.setCellWidget(r, 2, combo)
        self.values.resizeColumnToContents(0)
        self.values.resizeColumnToContents(2)
        self.values_box.setVisible(bool(items))

    def mapped(self) -> dict[str, dict[str, str]]:
        """What the owner said each unknown value means (field -> value -> key or NEW_CAUSE)."""
        found: dict[str, dict[str, str]] = {}
        for r in range(self.values.rowCount()):
            combo = self.values.cellWidget(r, 2)
            field_item, text_item = self.values.item(r, 0), self.values.item(r, 1)
            if not isinstance(combo, QComboBox) or field_item is None or text_item is None:
                continue
            key = combo.currentData()
            if key:
                found.setdefault(field_item.data(Qt.ItemDataRole.UserRole), {})[
                    text_item.text()
                ] = key
        return found

    def mappings(self, taken: list[str]) -> tuple[dict[str, dict[str, str]], dict[str, str]]:
        """The value mappings and the new root causes (key -> the owner's label) they add."""
        values = self.mapped()
        new_causes: dict[str, str] = {}
        for text, key in values.get("root_cause", {}).items():
            if key == NEW_CAUSE:
                made = new_cause_key(text, [*taken, *new_causes])
                new_causes[made] = text
                values["root_cause"][text] = made
        return values, new_causes

    def busy(self, text: str) -> None:
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(text)

    def idle(self, text: str = "") -> None:
        self.progress.hide()
        self.status.setText(text)

    def progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))


def _keys(items: list[tuple[str, str, int]]) -> set[tuple[str, str]]:
    return {(field, text) for field, text, _count in items}
