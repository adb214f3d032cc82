"""The first main window, shown while the log's quick check still runs in the background.

Opening waits for no page-by-page check (a quarter of a second at 100,000 complaints): the
window is built and shown at once and saving waits for the check (coach.service.first_check).
When the check finds damage, the window closes and the owner gets exactly the offer a damaged
log gets at start (coach.ui.recovery): the newest good backup, or every readable complaint
recovered; then the log opens again, checked before anything is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from coach.errors import StoreError
from coach.service import Coach
from coach.service.first_check import CheckingCoach
from coach.ui.prompts import Prompts

if TYPE_CHECKING:
    from coach.playbooks import Playbook

Window = TypeVar("Window", bound=QMainWindow)
POLL_MS = 20


def open_first_window(
    folder: Path,
    language: str,
    prompts: Prompts,
    make: Callable[[Coach], Window],
    playbook: Playbook | None = None,
) -> Window | StoreError:
    """The main window (``make`` of the open folder, with ``playbook`` when it was loaded
    already) with the quick check left running; what opening itself finds goes the way of
    coach.ui.recovery.open_window, as at any start. The StoreError when nothing could be opened
    (already shown to the owner)."""
    try:
        coach = CheckingCoach.open_checking_later(folder, language, playbook)
    except StoreError:
        return _opened_as_ever(folder, language, prompts, make)
    try:
        window = make(coach)
    except Exception as error:
        problem = coach.check_result()
        coach.close()
        if problem is not None:
            return recover(folder, language, prompts, make, problem)
        if isinstance(error, StoreError):
            return _opened_as_ever(folder, language, prompts, make)
        raise
    problem = coach.check_result() if coach.check_done else None
    if problem is None:
        return window
    replaced = replace_damaged(window, lambda: recover(folder, language, prompts, make, problem))
    assert replaced is not None, "a window never shown has no wizard open"
    return replaced


def _opened_as_ever(
    folder: Path, language: str, prompts: Prompts, make: Callable[[Coach], Window]
) -> Window | StoreError:
    from coach.ui.recovery import open_window  # the way back loads only when it is needed

    return open_window(folder, language, prompts, make)


def recover(
    folder: Path,
    language: str,
    prompts: Prompts,
    make: Callable[[Coach], Window],
    problem: StoreError,
) -> Window | StoreError:
    """The start's way back from ``problem`` (damage): the offer, then the log opened again."""
    from coach.ui.recovery import offer_recovery

    title = QCoreApplication.translate("Recovery", "Complaint Coach cannot start")
    if offer_recovery(folder, problem, prompts, title=title):
        return _opened_as_ever(folder, language, prompts, make)
    return problem


def check_result_when_done(
    window: QMainWindow, coach: Coach, done: Callable[[StoreError | None], None]
) -> None:
    """Calls ``done`` from the event loop with the background check's result once it has ended
    (never for a log checked as it opened)."""
    if not isinstance(coach, CheckingCoach):
        return
    timer = QTimer(window)
    timer.setInterval(POLL_MS)

    def poll() -> None:
        if coach.check_done:
            timer.stop()
            timer.deleteLater()
            done(coach.check_result())

    timer.timeout.connect(poll)
    timer.start()


def replace_damaged(
    window: QMainWindow, reopen: Callable[[], Window | StoreError]
) -> Window | StoreError | None:
    """Closes ``window``, whose log the background check found damaged, and runs ``reopen`` (the
    offer and the log opened again); None when the window would not close (a wizard kept it
    open), so the damage goes the running window's way (coach.ui.running_damage)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)
    try:
        if not window.close():
            return None
        return reopen()
    finally:
        app.setQuitOnLastWindowClosed(True)
