"""The customer page: who they are, every complaint they made, what it added up to, the warning
signs seen and when, the owner's notes, and merging a second record of the same person."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach.service import Coach, ComplaintQuery
from coach.service.people import CustomerStory
from coach.text.localise import format_date, format_number
from coach.ui.buttons import named_button
from coach.ui.direction import follow_content_direction, in_ui_direction, isolate
from coach.ui.labels import label
from coach.ui.log_model import COLUMNS, ID_ROLE, LogModel
from coach.ui.prompts import Prompts
from coach.ui.read_only import hold, reason
from coach.ui.wizard.texts import field_label

NOTES_HEIGHT = 90
COLUMN_WIDTHS = {"date": 100, "root_cause": 170, "status": 160, "next_date": 200}


class CustomerView(QWidget):
    """One customer's page (a window of its own); ``open_complaint(id)`` opens the wizard.

    ``changed`` fires after another record of the customer was merged into this one.
    """

    changed = Signal()

    def __init__(
        self,
        context: Coach,
        customer_id: int,
        open_complaint: Callable[[int], object],
        prompts: Prompts | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("customer_view")
        self.context = context
        self.customer_id = customer_id
        self.open_complaint = open_complaint
        self.prompts = prompts or Prompts()
        self.story: CustomerStory | None = None
        self.name = QLabel()
        self.name.setObjectName("customer_name")
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name.setFont(font)
        self.details = QFormLayout()
        self.detail_labels: dict[str, QLabel] = {}
        for key in ("customer_phone", "customer_email", "customer_address"):
            value = QLabel()
            value.setObjectName(key)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.detail_labels[key] = value
            self.details.addRow(field_label(key), value)
        self.totals = QGridLayout()
        self.total_labels: dict[str, QLabel] = {}
        captions = {
            "complaints": self.tr("Complaints"),
            "still_open": self.tr("Still open"),
            "cost": self.tr("Cost of remedies"),
            "last_csat": self.tr("Last satisfaction (CSAT)"),
        }
        for column, (key, caption) in enumerate(captions.items()):
            value = QLabel()
            value.setObjectName(f"total_{key}")
            bold = QFont(value.font())
            bold.setPointSizeF(bold.pointSizeF() * 1.3)
            bold.setBold(True)
            value.setFont(bold)
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text = QLabel(caption)
            text.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text.setStyleSheet("color: #5f6368;")
            self.totals.addWidget(value, 0, column)
            self.totals.addWidget(text, 1, column)
            self.total_labels[key] = value
        self.signs = QLabel()
        self.signs.setObjectName("customer_signs")
        self.signs.setWordWrap(True)
        self.model = LogModel(context, self)
        self.table = self._make_table()
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("customer_notes")
        self.notes.setAccessibleName(self.tr("Notes on this customer"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(NOTES_HEIGHT)
        follow_content_direction(self.notes)
        self.notes_status = QLabel()
        self.notes_status.setObjectName("notes_status")
        self.buttons = {
            name: named_button(self, name, text, slot)
            for name, text, slot in (
                ("open_complaint", self.tr("Open complaint"), self._open_selected),
                ("save_notes", self.tr("Save notes"), self.save_notes),
                ("merge_button", self.tr("Merge with another record…"), self.merge),
            )
        }
        if hold(context.read_only, self.buttons["save_notes"], self.buttons["merge_button"]):
            self.notes.setReadOnly(True)
            self.notes.setToolTip(reason())
        self._lay_out()
        self.resize(820, 680)
        self.refresh()

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("customer_complaints")
        table.setAccessibleName(self.tr("Complaints of this customer"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.setColumnHidden(COLUMNS.index("customer"), True)
        for name, width in COLUMN_WIDTHS.items():
            table.horizontalHeader().resizeSection(COLUMNS.index(name), width)
        table.horizontalHeader().setSectionResizeMode(
            COLUMNS.index("product"), QHeaderView.ResizeMode.Stretch
        )
        follow_content_direction(table)
        table.activated.connect(self._activated)
        return table

    def _heading(self, text: str) -> QLabel:
        heading = QLabel(text)
        bold = QFont(heading.font())
        bold.setBold(True)
        heading.setFont(bold)
        return heading

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.buttons["merge_button"])
        layout.addLayout(top)
        layout.addLayout(self.details)
        layout.addLayout(self.totals)
        layout.addWidget(self._heading(self.tr("Warning signs")))
        layout.addWidget(self.signs)
        complaints = QHBoxLayout()
        complaints.addWidget(self._heading(self.tr("Complaints")), 1)
        complaints.addWidget(self.buttons["open_complaint"])
        layout.addLayout(complaints)
        layout.addWidget(self.table, 1)
        notes = QHBoxLayout()
        notes.addWidget(self._heading(self.tr("Notes on this customer")), 1)
        notes.addWidget(self.notes_status)
        notes.addWidget(self.buttons["save_notes"])
        layout.addLayout(notes)
        layout.addWidget(self.notes)

    # --- showing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reads the customer again and shows them."""
        story = self.story = self.context.people.story(self.customer_id)
        customer, digits = story.customer, self.context.digits
        name = customer.name.strip() or customer.phone.strip() or customer.email.strip()
        self.name.setText(in_ui_direction(isolate(name)))
        self.setWindowTitle(self.tr("Customer: {name}").replace("{name}", isolate(name)))
        for key, value in self.detail_labels.items():
            value.setText(getattr(customer, key.removeprefix("customer_")) or "\u2014")
        cost = format_number(story.cost, digits, 2) if story.cost else "\u2014"
        csat = "\u2014" if story.last_csat is None else format_number(story.last_csat, digits)
        values = {
            "complaints": format_number(story.complaints, digits),
            "still_open": format_number(story.still_open, digits),
            "cost": cost,
            "last_csat": csat,
        }
        for key, text in values.items():
            self.total_labels[key].setText(text)
        self.signs.setText(self._signs_text(story) or self.tr("None noted."))
        self.notes.setPlainText(story.notes)
        self.model.load(ComplaintQuery(customer_id=self.customer_id))

    def _signs_text(self, story: CustomerStory) -> str:
        context = self.context
        lines = []
        for sign, days in sorted(story.signs.items(), key=lambda item: (item[1][:1], item[0])):
            dates = ", ".join(
                isolate(format_date(day, context.calendar, context.digits)) for day in days
            )
            lines.append(f"\u2022 {label(sign)}: {dates}" if dates else f"\u2022 {label(sign)}")
        return "\n".join(lines)

    # --- acting ----------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        complaint_id = index.data(ID_ROLE)
        if complaint_id is not None:
            self.open_complaint(int(complaint_id))

    def _open_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        if index.isValid():
            self._activated(index)

    def save_notes(self) -> bool:
        """Keeps the notes as typed; False, with the reason shown, if they could not be kept."""
        text = self.notes.toPlainText()
        if self.context.read_only or (self.story is not None and text.strip() == self.story.notes):
            return True
        try:
            self.context.people.set_notes(self.customer_id, text)
        except Exception as error:  # noqa: BLE001 - shown in words; the text stays
            self.notes_status.setText(
                self.tr("Not saved: {reason}").replace("{reason}", str(error))
            )
            self.notes_status.setStyleSheet("color: #b3261e;")
            return False
        self.notes_status.setText(self.tr("Notes saved"))
        self.notes_status.setStyleSheet("color: #5f6368;")
        self.story = self.context.people.story(self.customer_id)
        return True

    def merge(self) -> QWidget:
        """Opens the dialog that finds the other record of this customer and merges it in."""
        from coach.ui.customer_merge import MergeDialog

        self.save_notes()
        dialog = MergeDialog(self.context, self.customer_id, self.prompts, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(self._merged)
        dialog.open()
        return dialog

    def _merged(self) -> None:
        self.refresh()
        self.changed.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Keeps the notes before closing; asks before losing them if they cannot be kept."""
        if not self.save_notes():
            lose = self.prompts.confirm(
                self,
                self.tr("Notes not saved"),
                self.tr("The notes could not be saved. Close anyway and lose the changes?"),
            )
            if not lose:
                event.ignore()
                return
        self.model.close()
        event.accept()
