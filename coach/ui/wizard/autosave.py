"""Writes the owner's edits at most one second after the first unsaved one."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

DELAY_MS = 1000
RETRY_MS = 3000


class Autosave(QObject):
    """Calls ``save`` (returns True when written) once per burst of edits.

    The timer starts at the first unsaved edit and is not pushed back by later ones, so
    steady typing is still written every second. A failed save (a full disk) is tried again
    every RETRY_MS until it is written or ``cancel`` is called; the edits stay pending meanwhile.
    ``timings_ms`` keeps how long each save took.
    """

    def __init__(self, save: Callable[[], bool], parent: QObject | None = None):
        super().__init__(parent)
        self._save = save
        self.pending = False
        self.timings_ms: list[float] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.flush)
        self.retry = QTimer(self)
        self.retry.setSingleShot(True)
        self.retry.setInterval(RETRY_MS)
        self.retry.timeout.connect(self.flush)

    def touch(self) -> None:
        """Notes an edit; it is written within DELAY_MS."""
        self.pending = True
        if not self.timer.isActive():
            self.timer.start()

    def cancel(self) -> None:
        """Forgets the pending edits (the caller has just saved them another way)."""
        self.pending = False
        self.timer.stop()
        self.retry.stop()

    def flush(self) -> bool:
        """Writes now if anything is pending; False when the save failed (still pending)."""
        self.timer.stop()
        if not self.pending:
            return True
        started = time.perf_counter()
        ok = self._save()
        self.timings_ms.append((time.perf_counter() - started) * 1000)
        if ok:
            self.pending = False
            self.retry.stop()
        else:
            self.retry.start()
        return ok

    @property
    def failing(self) -> bool:
        """True while the last save failed and another try is waiting."""
        return self.pending and self.retry.isActive()
