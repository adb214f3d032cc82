"""The main window's helpers the first screen does not show: backups, the bin and anonymising
(File menu), the way back from damage, and the customer pages (File menu, the log's context
menu). They are built once the window has been painted, or at once when something needs them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QTableView, QWidget

from coach.service import Coach
from coach.ui.prompts import Prompts

if TYPE_CHECKING:
    from coach.ui.customer_pages import CustomerPages
    from coach.ui.running_damage import DamageHandler
    from coach.ui.safety_menu import SafetyMenu


class Built:
    """The helpers, once built."""

    def __init__(self, safety: SafetyMenu, damage: DamageHandler, customers: CustomerPages):
        self.safety, self.damage, self.customers = safety, damage, customers


class WindowHelpers:
    """Builds the helpers of ``window``: their actions go into ``menu`` before ``customers_before``
    (the customer page) and ``safety_before`` (backups, bin, delete, anonymise)."""

    def __init__(
        self,
        window: QMainWindow,
        coach: Coach,
        prompts: Prompts,
        menu: QMenu,
        places: tuple[QAction, QAction],
        calls: WindowCalls,
    ):
        self.window, self.coach, self.prompts = window, coach, prompts
        self.menu, self.places, self.calls = menu, places, calls
        self._built: Built | None = None
        self._start_backups = False

    @property
    def built(self) -> bool:
        return self._built is not None

    def get(self) -> Built:
        """The helpers, built now if they were not yet."""
        if self._built is None:
            self._built = self._build()
        return self._built

    def build(self) -> None:
        """Builds the helpers of a window still shown (not of one closed before its paint)."""
        if self.window.isVisible():
            self.get()

    def start_backups(self) -> None:
        """Starts the automatic backups now, or as soon as the helpers are built."""
        if self._built is None:
            self._start_backups = True
        else:
            self._built.safety.safekeeper.start()

    def stop(self) -> None:
        if self._built is not None:
            self._built.safety.safekeeper.stop()

    def _build(self) -> Built:
        from coach.ui.customer_pages import CustomerPages
        from coach.ui.running_damage import DamageHandler
        from coach.ui.safety_menu import SafetyMenu

        window, coach, prompts, calls = self.window, self.coach, self.prompts, self.calls
        safety = SafetyMenu(window, coach, prompts, calls.log_replaced, calls.selected)
        damage = DamageHandler(window, coach, prompts, calls.wizards)
        safety.safekeeper.on_damage = damage.handle
        customers = CustomerPages(window, coach, prompts, calls.open_complaint, calls.log_replaced)
        customers.attach(calls.view)
        self.menu.insertAction(self.places[0], customers.action)
        self.menu.insertActions(self.places[1], safety.actions)
        if self._start_backups:
            safety.safekeeper.start()
        return Built(safety, damage, customers)


class WindowCalls:
    """What the helpers call on the window."""

    def __init__(
        self,
        view: QTableView,
        log_replaced: Callable[[], None],
        selected: Callable[[], int | None],
        wizards: Callable[[], list[QWidget]],
        open_complaint: Callable[[int], object],
    ):
        self.view, self.log_replaced, self.selected = view, log_replaced, selected
        self.wizards, self.open_complaint = wizards, open_complaint
