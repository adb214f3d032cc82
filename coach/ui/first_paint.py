"""Work started once a window has been painted for the first time, so it never delays that paint.

A zero-delay timer set at ``show()`` fires before the window is painted (its paint waits for the
window system's expose), so the first Paint event is what marks it here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

UNPAINTED_MS = 2000
"""A window not painted by then (shown minimised, say) gets the work all the same."""


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, work: Callable[[], None]):
        super().__init__(widget)
        self._widget = widget
        self._work: Callable[[], None] | None = work
        widget.installEventFilter(self)
        QTimer.singleShot(UNPAINTED_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # once the whole window is painted
        return False

    def _run(self) -> None:
        work, self._work = self._work, None
        if work is None:
            return
        self._widget.removeEventFilter(self)
        self.deleteLater()
        work()


def when_painted(widget: QWidget, work: Callable[[], None]) -> None:
    """Runs ``work`` on the UI thread just after ``widget`` is first painted (or UNPAINTED_MS
    after this call); never once ``widget`` has been deleted."""
    _FirstPaint(widget, work)
