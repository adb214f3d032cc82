"""The main window's pages: Today (with how many things are due) and the complaints log."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from coach.text.localise import format_number
from coach.ui.today_view import TodayView

if TYPE_CHECKING:  # the tray icon and the notifications start after the first paint
    from coach.ui.reminders import Reminders


class Pages(QTabWidget):
    """Today and the log as tabs; Today comes first when something is due. The reminders
    (``start_reminders``, after the first paint) put the count on a tray icon and send the
    desktop notifications."""

    def __init__(self, today: TodayView, log: list[QWidget], parent: QWidget | None = None):
        """``log`` holds the widgets of the log page, top to bottom (the last one stretches)."""
        super().__init__(parent)
        self.setObjectName("pages")
        self.today = today
        self.log = QWidget()
        layout = QVBoxLayout(self.log)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in log:
            layout.addWidget(widget, 1 if widget is log[-1] else 0)
        self.addTab(today, "")
        self.addTab(self.log, self.tr("All complaints"))
        today.count_changed.connect(self._count_changed)
        self._count_changed(today.total)
        self.reminders: Reminders | None = None

    def _count_changed(self, total: int) -> None:
        text = self.tr("Today")
        if total:
            text = f"{text} ({format_number(total, self.today.context.digits)})"
        self.setTabText(self.indexOf(self.today), text)

    def show_first(self) -> None:
        """Today when something is due, else the log."""
        self.setCurrentWidget(self.today if self.today.total else self.log)

    def start_reminders(self) -> None:
        """The tray icon and the desktop notifications start (once)."""
        if self.reminders is None:
            from coach.ui.reminders import Reminders

            context = self.today.context
            self.reminders = Reminders(self.today, context.settings, self.bring_today_forward, self)
            self.reminders.start()

    def bring_today_forward(self) -> None:
        """The window forward, on Today (a click on the tray icon)."""
        window = self.window()
        window.showNormal()
        window.raise_()
        window.activateWindow()
        self.setCurrentWidget(self.today)
