"""On the Listen stage, the customers already stored are offered as the owner types a name or a
phone, so the same person is not saved twice; a button opens the customer's page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QToolButton, QVBoxLayout, QWidget

from coach.complaints.domain import Complaint, Customer
from coach.complaints.fields import CUSTOMER_FIELDS
from coach.service import Coach
from coach.ui.customer_merge import describe
from coach.ui.wizard.draft import Draft
from coach.ui.wizard.stage_forms import StageForm

OFFERED_FOR = ("customer_name", "customer_phone")
DELAY_MS = 120
CUSTOMER_ROLE = Qt.ItemDataRole.UserRole


class CustomerPicker(QObject):
    """Offers stored customers under the name and phone fields of ``form`` (the Listen stage).

    Choosing one fills in their details and links the complaint to them through ``draft``.
    ``page_requested(customer_id)`` asks for the customer's page; ``stored()`` returns the
    complaint as stored, writing it first when it never was.
    """

    page_requested = Signal(int)

    def __init__(
        self,
        context: Coach,
        form: StageForm,
        draft: Draft,
        stored: Callable[[], Complaint],
        parent: QWidget,
    ):
        super().__init__(parent)
        self.context = context
        self.form = form
        self.draft = draft
        self.stored = stored
        self.offered: list[Customer] = []
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setObjectName("customer_completer")
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self._typing: QLineEdit | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.offer)
        for key in OFFERED_FOR:
            editor = self._line(key)
            editor.textEdited.connect(lambda _text, e=editor: self._edited(e))
        self.page_button = QToolButton(parent)
        self.page_button.setObjectName("customer_page_button")
        self.page_button.setText(self.tr("Customer page…"))
        self.page_button.setAccessibleName(self.tr("Customer page"))
        self.page_button.setToolTip(self.tr("Every complaint of this customer, and notes"))
        self.page_button.setAutoRaise(True)
        self.page_button.clicked.connect(self._page)
        row_layout = form.rows["customer_name"].layout()
        assert isinstance(row_layout, QVBoxLayout)
        row_layout.insertWidget(2, self.page_button, 0, Qt.AlignmentFlag.AlignLeading)
        name = self._line("customer_name")
        name.textChanged.connect(self._update_button)
        self._update_button()

    def _line(self, key: str) -> QLineEdit:
        editor = self.form.editor(key)
        assert isinstance(editor, QLineEdit)
        return editor

    def _edited(self, editor: QLineEdit) -> None:
        self._typing = editor
        self._timer.start()

    def offer(self) -> list[Customer]:
        """Shows the stored customers matching what is typed in the field being edited."""
        self._timer.stop()
        editor = self._typing
        if editor is None or editor.isReadOnly():
            return []
        own = self.draft.complaint.customer.id
        try:
            found = self.context.people.like(editor.text())
        except Exception:  # noqa: BLE001 - an offer that cannot be read is simply not made
            found = []
        self.offered = [c for c in found if c.id != own]
        self.model.clear()
        for customer in self.offered:
            item = QStandardItem(describe(customer))
            item.setData(customer.id, CUSTOMER_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        if self.offered:
            self.completer.setWidget(editor)
            self.completer.complete()
        else:
            self._hide_popup()
        return self.offered

    def _hide_popup(self) -> None:
        popup = self.completer.popup()
        if popup is not None:
            popup.hide()

    def _activated(self, index: QModelIndex) -> None:
        customer_id = index.data(CUSTOMER_ROLE)
        chosen = next((c for c in self.offered if c.id == customer_id), None)
        if chosen is not None:
            self.choose(chosen)

    def choose(self, customer: Customer) -> None:
        """Fills in ``customer``'s details and links the complaint to them."""
        assert customer.id is not None
        self.draft.complaint = self.draft.complaint.replace(
            customer=replace(self.draft.complaint.customer, id=customer.id)
        )
        for spec in CUSTOMER_FIELDS:
            value = getattr(customer, spec.attribute)
            if value and spec.key in self.form.rows:
                self.form.editor(spec.key).write(value)
        self._hide_popup()

    def _update_button(self) -> None:
        self.page_button.setEnabled(bool(self._line("customer_name").text().strip()))

    def _page(self) -> None:
        try:
            customer_id = self.stored().customer.id
        except Exception:  # noqa: BLE001 - the wizard shows why it could not save
            return
        if customer_id is not None:
            self.page_requested.emit(customer_id)
