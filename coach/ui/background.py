"""Runs slow work off the UI thread and calls back on it (the one helper for this)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, work: Callable[..., Any], signals: _Signals, with_progress: bool):
        super().__init__()
        self.work = work
        self.signals = signals
        self.with_progress = with_progress

    @Slot()
    def run(self) -> None:
        try:
            if self.with_progress:
                result = self.work(self.signals.progress.emit)
            else:
                result = self.work()
        except Exception as error:  # noqa: BLE001 - handed to the UI thread to show in words
            self._emit(self.signals.failed, error)
        else:
            self._emit(self.signals.done, result)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the owner was deleted (a window closed): nobody waits for it
            pass


def run_in_background(
    owner: QObject,
    work: Callable[..., Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> _Signals:
    """Runs ``work`` on the thread pool; ``on_done``/``on_error``/``on_progress`` run on the UI thread.

    With ``on_progress``, ``work`` receives a ``report(done, total)`` callable. Worker code never
    touches a widget. The returned signals object lives as long as ``owner``.
    """
    signals = _Signals(owner)
    signals.done.connect(on_done)
    signals.failed.connect(on_error)
    if on_progress is not None:
        signals.progress.connect(on_progress)
    job = _Job(work, signals, on_progress is not None)
    QThreadPool.globalInstance().start(job)
    return signals
