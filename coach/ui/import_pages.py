"""The first two pages of the import dialog: the file (encoding, separator, header row, preview)
and its columns (which field each one goes into, and how its dates are written)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach.complaints.fields import spec as field_spec
from coach.service.importing import DATE_FIELDS, Inspection
from coach.spreadsheet.dates import DateError, DateStyle, parse_moment
from coach.spreadsheet.encodings import ENCODINGS
from coach.spreadsheet.headers import IMPORT_FIELDS
from coach.spreadsheet.profile import ImportProfile
from coach.spreadsheet.records import column_letter
from coach.spreadsheet.sources import DELIMITERS
from coach.text.localise import format_date, to_digits
from coach.ui.direction import isolate
from coach.ui.labels import month_names

PREVIEW = 20
MAX_HEADER_ROW = 20


def field_label(key: str) -> str:
    """A field's label in the interface language (the wizard's words)."""
    label = field_spec(key).label
    return QCoreApplication.translate("WizardText", label)


class SourcePage(QWidget):
    """The file, how it is read, and its first rows; ``changed`` asks for the file to be read
    again with the chosen profile, encoding, separator and header row."""

    changed = Signal()
    profile_changed = Signal()
    choose_file = Signal()

    def __init__(self, digits: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.digits = digits
        self.file = QLineEdit()
        self.file.setObjectName("import_file")
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("A CSV, TSV or Excel (.xlsx) file"))
        choose = QPushButton(self.tr("Choose file…"))
        choose.setObjectName("choose_file_button")
        choose.clicked.connect(self.choose_file)
        self.profile = QComboBox()
        self.profile.setObjectName("profile_choice")
        self.encoding = QComboBox()
        self.encoding.setObjectName("encoding_choice")
        for found in ENCODINGS:
            self.encoding.addItem(QCoreApplication.translate("Encoding", found.label), found.key)
        self.found_encoding = QLabel()
        self.found_encoding.setObjectName("found_encoding")
        self.separator = QComboBox()
        self.separator.setObjectName("separator_choice")
        names = [self.tr("Comma ,"), self.tr("Semicolon ;"), self.tr("Tab"), self.tr("Bar |")]
        for delimiter, name in zip(DELIMITERS, names, strict=True):
            self.separator.addItem(name, delimiter)
        self.header_row = QSpinBox()
        self.header_row.setObjectName("header_row")
        self.header_row.setRange(1, MAX_HEADER_ROW)
        self.preview = QTableWidget()
        self.preview.setObjectName("preview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setAccessibleName(self.tr("The first rows of the file"))

        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(choose)
        encoding_row = QHBoxLayout()
        encoding_row.addWidget(self.encoding)
        encoding_row.addWidget(self.found_encoding, 1)
        form = QFormLayout()
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("Saved mapping:"), self.profile)
        form.addRow(self.tr("Encoding:"), encoding_row)
        form.addRow(self.tr("Separator:"), self.separator)
        form.addRow(self.tr("Column names are in row:"), self.header_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("The first rows as they will be read:")))
        layout.addWidget(self.preview, 1)
        self.profile.currentIndexChanged.connect(lambda _i: self.profile_changed.emit())
        for combo in (self.encoding, self.separator):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.header_row.valueChanged.connect(lambda _v: self.changed.emit())

    def set_profiles(self, profiles: list[ImportProfile], chosen: str = "") -> None:
        with QSignalBlocker(self.profile):
            self.profile.clear()
            self.profile.addItem(self.tr("None (find out from the file)"), None)
            for profile in profiles:
                self.profile.addItem(profile.name, profile)
            self.profile.setCurrentIndex(max(0, self.profile.findText(chosen)) if chosen else 0)

    def chosen_profile(self) -> ImportProfile | None:
        profile = self.profile.currentData()
        return profile if isinstance(profile, ImportProfile) else None

    def show_inspection(self, found: Inspection, encoding_found: str) -> None:
        """Shows how the file is read now (without asking to read it again)."""
        self.file.setText(str(found.path))
        csv = found.fmt.kind == "csv"
        blockers = [QSignalBlocker(w) for w in (self.encoding, self.separator, self.header_row)]
        if csv:
            self.encoding.setCurrentIndex(max(0, self.encoding.findData(found.fmt.encoding)))
            self.separator.setCurrentIndex(max(0, self.separator.findData(found.fmt.delimiter)))
        self.header_row.setValue(found.header_row)
        for blocker in blockers:
            blocker.unblock()
        self.encoding.setEnabled(csv)
        self.separator.setEnabled(csv)
        self.found_encoding.setText(
            self.tr("found in the file: %1").replace("%1", encoding_found) if csv else ""
        )
        rows = found.preview[:PREVIEW]
        width = max((len(row) for row in rows), default=0)
        self.preview.clear()
        self.preview.setRowCount(len(rows))
        self.preview.setColumnCount(width)
        bold = QFont()
        bold.setBold(True)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if r + 1 == found.header_row:
                    item.setFont(bold)
                self.preview.setItem(r, c, item)
        self.preview.setVerticalHeaderLabels(
            [to_digits(str(n + 1), self.digits) for n in range(len(rows))]
        )
        self.preview.setHorizontalHeaderLabels([column_letter(n) for n in range(width)])

    def overrides(self) -> tuple[str, str, int]:
        """The encoding, separator and header row the owner chose."""
        return self.encoding.currentData(), self.separator.currentData(), self.header_row.value()


class ColumnsPage(QWidget):
    """Which field each column goes into, how dates are written, and the name to save it under."""

    def __init__(self, calendar: str, digits: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.calendar = calendar
        self.digits = digits
        self.samples: list[str] = []
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("columns_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in your file"), self.tr("Example"), self.tr("Goes into")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.order = QComboBox()
        self.order.setObjectName("date_order")
        for key, text in (
            ("ymd", self.tr("year/month/day (2026-10-31)")),
            ("dmy", self.tr("day/month/year (31/10/2026)")),
            ("mdy", self.tr("month/day/year (10/31/2026)")),
        ):
            self.order.addItem(text, key)
        self.date_calendar = QComboBox()
        self.date_calendar.setObjectName("date_calendar")
        self.date_calendar.addItem(self.tr("Gregorian"), "gregorian")
        self.date_calendar.addItem(self.tr("Persian (Jalali)"), "jalali")
        self.sample = QLabel()
        self.sample.setObjectName("date_sample")
        self.sample.setWordWrap(True)
        self.remember = QCheckBox(self.tr("Save this mapping as:"))
        self.remember.setObjectName("remember_profile")
        self.profile_name = QLineEdit()
        self.profile_name.setObjectName("profile_name")
        self.profile_name.textEdited.connect(lambda _t: self.remember.setChecked(True))

        dates = QHBoxLayout()
        dates.addWidget(self.order)
        dates.addWidget(self.date_calendar)
        dates.addStretch(1)
        save = QHBoxLayout()
        save.addWidget(self.remember)
        save.addWidget(self.profile_name, 1)
        form = QFormLayout()
        form.addRow(self.tr("Dates are written:"), dates)
        form.addRow(self.tr("Read as:"), self.sample)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Choose the field each column goes into:")))
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(save)
        self.order.currentIndexChanged.connect(lambda _i: self.update_sample())
        self.date_calendar.currentIndexChanged.connect(lambda _i: self.update_sample())

    def show_inspection(self, found: Inspection) -> None:
        header = found.header
        rows = found.data_rows()
        self.table.setRowCount(len(header))
        for index, name in enumerate(header):
            item = QTableWidgetItem(name or self.tr("(no name)"))
            self.table.setItem(index, 0, item)
            example = next((row[index] for row in rows if index < len(row) and row[index]), "")
            self.table.setItem(index, 1, QTableWidgetItem(example.replace("\n", " ")[:80]))
            combo = QComboBox(self.table)
            combo.setObjectName(f"field_{index}")
            combo.addItem(self.tr("Leave out"), "")
            for spec in IMPORT_FIELDS:
                combo.addItem(field_label(spec.key), spec.key)
            field = found.fields[index] if index < len(found.fields) else ""
            combo.setCurrentIndex(max(0, combo.findData(field)))
            combo.currentIndexChanged.connect(lambda _i: self._fields_changed(found))
            self.table.setCellWidget(index, 2, combo)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        style = found.dates.style
        with QSignalBlocker(self.order), QSignalBlocker(self.date_calendar):
            self.order.setCurrentIndex(max(0, self.order.findData(style.order)))
            self.date_calendar.setCurrentIndex(self.date_calendar.findData(style.calendar))
        self._fields_changed(found)

    def combo(self, index: int) -> QComboBox:
        widget = self.table.cellWidget(index, 2)
        assert isinstance(widget, QComboBox)
        return widget

    def fields(self) -> list[str]:
        """The field of each column ("" to leave it out); a field chosen twice counts once."""
        chosen: list[str] = []
        for index in range(self.table.rowCount()):
            key = self.combo(index).currentData() or ""
            chosen.append("" if key in chosen else key)
        return chosen

    def date_style(self) -> DateStyle:
        return DateStyle(self.order.currentData(), self.date_calendar.currentData())

    def _fields_changed(self, found: Inspection) -> None:
        fields = self.fields()
        self.samples = [
            row[index]
            for row in found.data_rows()
            for index, key in enumerate(fields)
            if key in DATE_FIELDS and index < len(row) and row[index].strip()
        ]
        self.update_sample()

    def update_sample(self) -> None:
        """Shows the first date of the file as it will be read, or why it cannot be."""
        if not self.samples:
            self.sample.setText(self.tr("No column holds dates yet."))
            return
        text = self.samples[0]
        try:
            when, _timed = parse_moment(text, self.date_style())
        except DateError:
            self.sample.setText(self.tr("«%1» cannot be read this way.").replace("%1", text))
            return
        shown = format_date(when, self.calendar, self.digits, month_names=month_names())
        if self.calendar != "gregorian":
            shown += f" ({isolate(to_digits(when.date().isoformat(), self.digits))})"
        arrow = "←" if self.isRightToLeft() else "→"
        self.sample.setText(f"«{isolate(text)}» {arrow} {shown}")
