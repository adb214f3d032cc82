"""Runs slow work off the UI thread and calls back on it (the one helper for this).

The worker never touches the owner: it emits on a messenger object that the application
keeps alive until the job has ended, and the callbacks wait on the owner's relay, a child of the
owner. When the owner (a window) is deleted first, Qt drops the relay's connections and its
queued calls, so a late result is simply not delivered: nothing is printed, nothing crashes.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot


class _Signals(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)
    progress = Signal(int, int, int)


class _Relay(QObject):
    """The owner's one relay (its child, on the UI thread): calls each job's callbacks there, and
    goes with the owner."""

    NAME = "background_relay"

    def __init__(self, owner: QObject):
        super().__init__(owner)
        self.setObjectName(self.NAME)
        self._jobs: dict[int, tuple[Callable[..., None], ...]] = {}

    @classmethod
    def of(cls, owner: QObject) -> _Relay:
        found = owner.findChild(cls, cls.NAME, Qt.FindChildOption.FindDirectChildrenOnly)
        return found if isinstance(found, _Relay) else cls(owner)

    def add(self, number: int, *callbacks: Callable[..., None]) -> None:
        self._jobs[number] = callbacks

    @Slot(int, object)
    def done(self, number: int, result: object) -> None:
        if callbacks := self._jobs.pop(number, None):
            callbacks[0](result)

    @Slot(int, object)
    def failed(self, number: int, error: object) -> None:
        if callbacks := self._jobs.pop(number, None):
            callbacks[1](error)

    @Slot(int, int, int)
    def progress(self, number: int, done: int, total: int) -> None:
        callbacks = self._jobs.get(number)
        if callbacks and len(callbacks) > 2:
            callbacks[2](done, total)


class _Job(QRunnable):
    def __init__(self, number: int, work: Callable[..., Any], signals: _Signals, progress: bool):
        super().__init__()
        self.number = number
        self.work = work
        self.signals = signals
        self.with_progress = progress

    @Slot()
    def run(self) -> None:
        signals, number = self.signals, self.number
        try:
            if self.with_progress:
                result = self.work(lambda done, total: signals.progress.emit(number, done, total))
            else:
                result = self.work()
        except Exception as error:  # noqa: BLE001 - handed to the UI thread to show in words
            signals.failed.emit(number, error)
        else:
            signals.done.emit(number, result)
        finally:
            signals.deleteLater()  # on the UI thread, after the queued calls above
            self.signals = self.work = None  # type: ignore[assignment]


_numbers = itertools.count(1)


def run_in_background(
    owner: QObject,
    work: Callable[..., Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    on_progress: Callable[[int, int], None] | None = None,
    pool: QThreadPool | None = None,
) -> None:
    """Runs ``work`` on the thread pool (``pool``, else the global one); ``on_done``/``on_error``/
    ``on_progress`` run on the UI thread, and only while ``owner`` exists.

    With ``on_progress``, ``work`` receives a ``report(done, total)`` callable. Worker code never
    touches a widget.
    """
    number = next(_numbers)
    relay = _Relay.of(owner)
    if on_progress is None:
        relay.add(number, on_done, on_error)
    else:
        relay.add(number, on_done, on_error, on_progress)
    signals = _Signals(QCoreApplication.instance())  # the application keeps it until the job ends
    signals.done.connect(relay.done)
    signals.failed.connect(relay.failed)
    if on_progress is not None:
        signals.progress.connect(relay.progress)
    job = _Job(number, work, signals, on_progress is not None)
    (pool or QThreadPool.globalInstance()).start(job)


class Superseding(QObject):
    """Runs one kind of work for its owner where only the newest request counts (a search as the
    owner types): a newer request drops the older one's result, skips it if it has not started,
    and calls ``interrupt`` to cut short the one running. Runs on its own one-thread pool."""

    def __init__(
        self,
        owner: QObject,
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
        interrupt: Callable[[], None] | None = None,
    ):
        super().__init__(owner)
        self._on_done = on_done
        self._on_error = on_error
        self._interrupt = interrupt
        self._latest = 0
        self.busy = False
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)

    def run(self, work: Callable[[Callable[[], bool]], Any]) -> None:
        """Starts ``work(stale)`` once older requests are out of the way; only the newest result
        is delivered. ``stale()`` turns True when a newer request came (to stop between steps)."""
        self._latest += 1
        ticket = self._latest

        def stale() -> bool:
            return ticket != self._latest

        def guarded() -> Any:
            return None if stale() else work(stale)

        self._cut_short()
        self.busy = True
        run_in_background(
            self,
            guarded,
            lambda result: self._deliver(ticket, result),
            lambda error: self._failed(ticket, error),
            pool=self.pool,
        )

    def drop(self) -> None:
        """Forgets every request: nothing more is delivered; a running one is cut short."""
        self._latest += 1
        self._cut_short()
        self.busy = False

    def wait(self, msecs: int = -1) -> bool:
        """Blocks until no request runs (closing); True if none does."""
        return bool(self.pool.waitForDone(msecs))

    def _cut_short(self) -> None:
        if self.busy and self._interrupt is not None:
            self._interrupt()

    def _deliver(self, ticket: int, result: Any) -> None:
        if ticket == self._latest:
            self.busy = False
            self._on_done(result)

    def _failed(self, ticket: int, error: Exception) -> None:
        if ticket == self._latest:
            self.busy = False
            self._on_error(error)
