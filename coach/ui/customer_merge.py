"""Merging a second record of the same customer: find it by name, phone or e-mail, confirm, and
every complaint moves to the customer whose page is open (a verified backup is made first)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach.complaints.domain import Customer
from coach.service import Coach
from coach.text.localise import format_number
from coach.ui.direction import follow_content_direction, in_ui_direction, isolate
from coach.ui.prompts import Prompts

SEARCH_DELAY_MS = 150


def describe(customer: Customer) -> str:
    """Name, phone and e-mail on one line, each in its own direction."""
    parts = (customer.name, customer.phone, customer.email)
    return in_ui_direction(" \u00b7 ".join(isolate(p.strip()) for p in parts if p.strip()))


class MergeDialog(QDialog):
    """Finds another customer record and merges it into ``customer_id``; ``merged`` fires after."""

    merged = Signal()

    def __init__(
        self,
        context: Coach,
        customer_id: int,
        prompts: Prompts,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("merge_dialog")
        self.setWindowTitle(self.tr("Merge with another record"))
        self.context = context
        self.customer_id = customer_id
        self.prompts = prompts
        intro = QLabel(
            self.tr(
                "Find the other record of this customer by name, phone or e-mail. Its complaints "
                "move to this page and its details are kept here. A backup is made first."
            )
        )
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("merge_search")
        self.search.setAccessibleName(self.tr("Name, phone or e-mail"))
        self.search.setPlaceholderText(self.tr("Name, phone or e-mail"))
        follow_content_direction(self.search)
        self.candidates = QListWidget()
        self.candidates.setObjectName("merge_candidates")
        self.candidates.setAccessibleName(self.tr("Other records"))
        follow_content_direction(self.candidates)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Merge"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.candidates, 1)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.look_up)
        self.search.textEdited.connect(lambda _text: self._timer.start())
        self.candidates.currentItemChanged.connect(
            lambda current, _previous: self.ok.setEnabled(current is not None)
        )
        self.candidates.itemActivated.connect(lambda _item: self.accept())
        self.resize(520, 420)

    def look_up(self) -> None:
        """Lists the records that match what is typed (this customer left out)."""
        self._timer.stop()
        self.candidates.clear()
        for customer in self.context.people.like(self.search.text(), limit=20):
            if customer.id == self.customer_id:
                continue
            item = QListWidgetItem(describe(customer))
            item.setData(Qt.ItemDataRole.UserRole, customer.id)
            self.candidates.addItem(item)

    def chosen(self) -> int | None:
        item = self.candidates.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def accept(self) -> None:
        other = self.chosen()
        if other is None or self.context.read_only:
            return
        item = self.candidates.currentItem()
        confirmed = self.prompts.confirm(
            self,
            self.tr("Merge customers"),
            self.tr(
                "Move every complaint of {other} to this customer and remove the second record? "
                "Its details and notes are kept on this page."
            ).replace("{other}", item.text()),
        )
        if not confirmed:
            return
        try:
            moved = self.context.people.merge(self.customer_id, other)
        except Exception as error:  # noqa: BLE001 - shown in words; nothing was changed
            self.prompts.error(
                self,
                self.tr("Not merged"),
                self.tr("The customers were not merged: {reason}").replace("{reason}", str(error)),
            )
            return
        self.prompts.inform(
            self,
            self.tr("Customers merged"),
            self.tr("Complaints moved to this customer: {n}").replace(
                "{n}", format_number(moved, self.context.digits)
            ),
        )
        self.merged.emit()
        super().accept()
