"""The way from the log and the wizard to the customer pages: the "Customer page" action on the
log's selected row (also in the row's context menu), one page per customer."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QTableView, QWidget

from coach.service import Coach
from coach.ui.log_model import ID_ROLE
from coach.ui.prompts import Prompts

if TYPE_CHECKING:  # the page loads when first opened
    from coach.ui.customer_view import CustomerView

SHORTCUT = "Ctrl+U"


class CustomerPages(QObject):
    """Opens customer pages over ``window``; ``changed()`` runs after a page changed the data."""

    def __init__(
        self,
        window: QWidget,
        context: Coach,
        prompts: Prompts,
        open_complaint: Callable[[int], object],
        changed: Callable[[], None],
    ):
        super().__init__(window)
        self.window = window
        self.context = context
        self.prompts = prompts
        self.open_complaint = open_complaint
        self.changed = changed
        self.pages: dict[int, CustomerView] = {}
        self.view: QTableView | None = None
        self.action = QAction(self.tr("Customer &page"), window)
        self.action.setObjectName("show_customer")
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(lambda _checked=False: self.show_selected())
        window.addAction(self.action)

    def attach(self, view: QTableView) -> None:
        """Acts on ``view``'s selected complaint, and gives its rows a context menu."""
        self.view = view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)

    def context_menu(self) -> QMenu:
        """The menu of the log's selected row: open the complaint, or its customer's page."""
        menu = QMenu(self.window)
        menu.setObjectName("row_menu")
        open_action = menu.addAction(self.tr("Open complaint"))
        open_action.setObjectName("open_row")
        open_action.triggered.connect(self._open_selected)
        menu.addAction(self.action)
        return menu

    def _context_menu(self, where: QPoint) -> None:
        assert self.view is not None
        index = self.view.indexAt(where)
        if not index.isValid():
            return
        self.view.selectRow(index.row())
        menu = self.context_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.view.viewport().mapToGlobal(where))

    def _selected_complaint(self) -> int | None:
        if self.view is None:
            return None
        index = self.view.currentIndex()
        value = index.data(ID_ROLE) if index.isValid() else None
        return None if value is None else int(value)

    def _open_selected(self) -> None:
        complaint_id = self._selected_complaint()
        if complaint_id is not None:
            self.open_complaint(complaint_id)

    def show_selected(self) -> CustomerView | None:
        """The page of the customer of the log's selected complaint (None, and a word why, when
        no complaint is selected or it has no customer yet)."""
        complaint_id = self._selected_complaint()
        customer_id = None
        if complaint_id is not None:
            try:
                customer_id = self.context.get(complaint_id).customer.id
            except KeyError:
                customer_id = None
        if customer_id is None:
            self.prompts.inform(
                self.window,
                self.tr("Customer page"),
                self.tr("Choose a complaint with a customer's name, phone or e-mail first."),
            )
            return None
        return self.show(customer_id)

    def show(self, customer_id: int) -> CustomerView:
        """Opens (or brings forward) the page of ``customer_id``."""
        page = self.pages.get(customer_id)
        if page is None:
            from coach.ui.customer_view import CustomerView

            page = CustomerView(
                self.context, customer_id, self.open_complaint, self.prompts, self.window
            )
            page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            page.changed.connect(self._page_changed)
            page.destroyed.connect(lambda _obj=None, key=customer_id: self.pages.pop(key, None))
            self.pages[customer_id] = page
        if page.isVisible():
            page.raise_()
        else:
            page.show()
        page.activateWindow()
        return page

    def _page_changed(self) -> None:
        for customer_id, page in list(self.pages.items()):
            try:
                page.refresh()
            except KeyError:
                page.close()
                self.pages.pop(customer_id, None)
        self.changed()

    def close_all(self) -> bool:
        """Closes every page (each keeps its notes first); False if one stayed open."""
        return all(page.close() for page in list(self.pages.values()))
