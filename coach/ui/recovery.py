"""Opening the log at start-up, and the way back when it cannot be opened.

A damaged log (or a file that is no log) is never a traceback: the owner is told what happened
in their language and offered the newest good backup, or the recovery of every readable
complaint into a fresh log (the damaged file kept aside). A read-only folder or a full disk
opens the log for reading, with a note saying why nothing can be saved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from coach.errors import StoreError
from coach.service import Coach, backups
from coach.system.settings import Settings
from coach.text.localise import format_date, format_number, to_digits
from coach.ui.direction import isolate
from coach.ui.prompts import Prompts
from coach.ui.store_problems import problem_text

_CONTEXT = "Recovery"
READABLE_ONLY = ("read_only", "disk_full")
RECOVERABLE = ("damaged", "not_a_database")
Window = TypeVar("Window", bound=QMainWindow)


def when_text(made_at: datetime, settings: Settings) -> str:
    """A backup's date and time in the owner's calendar and digits."""
    day = format_date(made_at.date(), settings.calendar, settings.digits)
    return f"{day} {to_digits(made_at.strftime('%H:%M'), settings.digits)}"


def _directly(work: Callable[[], object]) -> object:
    return work()


def offer_recovery(
    folder: Path,
    error: StoreError,
    prompts: Prompts,
    parent: QWidget | None = None,
    around: Callable[[Callable[[], object]], object] = _directly,
    title: str = "",
) -> bool:
    """Explains ``error`` (a damaged log, or no log at all) and offers the way back; True when
    the owner took one and it worked, so the log can be opened again. ``around`` runs the
    restore or recovery (``Coach.replace_log`` when the log is open)."""
    settings = Settings.load(folder)
    title = title or QCoreApplication.translate("Recovery", "The complaints log needs attention")
    latest = backups.latest_good(folder, settings)
    options: list[tuple[str, str]] = []
    if latest is not None:
        text = QCoreApplication.translate(
            "Recovery", "Go back to the backup of {date} ({count} complaints)"
        )
        text = text.replace("{date}", when_text(latest.made_at, settings))
        options.append(
            ("restore", text.replace("{count}", format_number(latest.complaints, settings.digits)))
        )
    if error.kind == "damaged":
        options.append(
            (
                "salvage",
                QCoreApplication.translate("Recovery", "Recover every complaint that can be read"),
            )
        )
    if not options:
        prompts.error(parent, title, problem_text(error))
        return False
    choice = prompts.choose(parent, title, problem_text(error), [text for _key, text in options])
    if choice < 0:
        return False
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        if options[choice][0] == "restore":
            assert latest is not None
            source = latest.path
            restored = around(lambda: backups.restore_folder(folder, source))
            assert isinstance(restored, backups.Restored)
            done = QCoreApplication.translate(
                "Recovery",
                "The log is back as it was on {date}: {count} complaints. The file as it was "
                "is kept as {path}.",
            ).replace("{date}", when_text(latest.made_at, settings))
            count, kept = restored.complaints, restored.kept_aside
        else:
            salvaged = around(lambda: backups.salvage_folder(folder))
            assert isinstance(salvaged, backups.Salvaged)
            done = QCoreApplication.translate(
                "Recovery",
                "{count} complaints were recovered into a new log. The damaged file is kept "
                "as {path}.",
            )
            count, kept = salvaged.complaints, salvaged.kept_aside
    except StoreError as failed:
        QGuiApplication.restoreOverrideCursor()
        prompts.error(parent, title, problem_text(failed))
        return False
    QGuiApplication.restoreOverrideCursor()
    done = done.replace("{count}", format_number(count, settings.digits))
    prompts.inform(parent, title, done.replace("{path}", isolate(str(kept))))
    return True


def open_window(
    folder: Path, language: str, prompts: Prompts, make: Callable[[Coach], Window]
) -> Window | StoreError:
    """The main window (``make`` of the open folder) on ``folder``, after the way back from
    damage if needed; a folder that cannot be written opens for reading. The StoreError when
    nothing could be opened (already shown to the owner)."""
    title = QCoreApplication.translate("Recovery", "Complaint Coach cannot start")
    for attempt in range(2):
        try:
            return make(Coach.open(folder, language))
        except StoreError as error:
            problem = error
        if problem.kind in READABLE_ONLY:
            try:
                window = make(Coach.open(folder, language, read_only=True))
            except StoreError as second:
                problem = second
            else:
                show_read_only(window, problem)
                return window
        if problem.kind in RECOVERABLE and attempt == 0:
            if offer_recovery(folder, problem, prompts, title=title):
                continue
            return problem
        break
    prompts.error(None, title, problem_text(problem))
    return problem


def show_read_only(window: QMainWindow, problem: StoreError) -> None:
    """A note in the window's status bar: the log is open for reading only, and why."""
    note = QLabel(
        QCoreApplication.translate("Recovery", "Read only: {reason}").replace(
            "{reason}", problem_text(problem)
        )
    )
    note.setObjectName("read_only_note")
    note.setWordWrap(True)
    note.setStyleSheet("color: #b3261e;")
    window.statusBar().addPermanentWidget(note, 2)
    disable_writing(window)


def disable_writing(window: QMainWindow) -> None:
    """Turns off the window's actions that would write a new complaint, with a note saying why
    (deleting, anonymising and importing are already off in a read-only log)."""
    why = QCoreApplication.translate(
        "Recovery", "The log is open for reading only, so nothing can be saved."
    )
    for name in ("new_action", "new_button"):
        control = getattr(window, name, None)
        if isinstance(control, QAction | QWidget):
            control.setEnabled(False)
            control.setToolTip(why)
