"""The automatic backups of the open app, off the UI thread.

The day's first backup is made when the app starts (or runs past midnight); checking that copy
page by page is the day's full integrity check of the log. Another follows every 30 minutes of
editing, once the owner pauses (coach.service.backups.BackupClock). A damaged log found this way
is explained at once, with the way back (coach.ui.recovery); any other failure (a full disk, a
missing USB stick) is a note in the status bar and is tried again later.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from coach.errors import StoreError
from coach.service import Coach
from coach.service.backups import Made
from coach.text.localise import to_digits
from coach.ui.background import run_in_background
from coach.ui.prompts import Prompts
from coach.ui.recovery import RECOVERABLE, offer_recovery
from coach.ui.store_problems import problem_text

_CONTEXT = "Safekeeping"
TICK_MS = 60_000


class Safekeeper(QObject):
    """Makes ``coach``'s automatic backups while ``window`` is open; ``log_replaced`` is sent
    after the owner went back to a backup or recovered a damaged log. ``on_damage``, when set,
    runs the way back instead (coach.ui.running_damage, which also closes the open wizards)."""

    log_replaced = Signal()
    backed_up = Signal(object)

    def __init__(
        self,
        coach: Coach,
        window: QMainWindow,
        prompts: Prompts,
        now: Callable[[], datetime] = datetime.now,
    ):
        super().__init__(window)
        self.coach = coach
        self.window = window
        self.prompts = prompts
        self.now = now
        self.on_damage: Callable[[StoreError], bool] | None = None
        self.running = False
        self.note = QLabel()
        self.note.setObjectName("backup_note")
        window.statusBar().addPermanentWidget(self.note)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        """Makes the day's backup if none was made today, then looks every minute."""
        self.timer.start()
        if not self.coach.read_only:
            self.coach.privacy.purge_bin(self.now())
        self.tick()

    def stop(self) -> None:
        self.timer.stop()

    def tick(self) -> None:
        if self.running or self.coach.read_only:
            return
        now = self.now()
        keeper = self.coach.safekeeping
        if keeper.daily_due(now):
            self.backup("daily")
        elif keeper.editing_due(now):
            self.backup("editing")

    def backup(self, reason: str) -> None:
        """Makes a backup for ``reason`` in the background."""
        self.running = True
        keeper = self.coach.safekeeping
        now = self.now()
        run_in_background(self, lambda: keeper.backup(reason, now), self._done, self._failed)

    def _done(self, made: Made) -> None:
        self.running = False
        clock = to_digits(made.info.made_at.strftime("%H:%M"), self.coach.digits)
        text = QCoreApplication.translate("Safekeeping", "Backed up at {time}").replace(
            "{time}", clock
        )
        if made.second_problem:
            text += " · " + QCoreApplication.translate(
                "Safekeeping", "not copied to the second backup folder"
            )
            self.note.setToolTip(made.second_problem)
        self.note.setText(text)
        self.note.setStyleSheet("")
        self.backed_up.emit(made)

    def _failed(self, error: Exception) -> None:
        self.running = False
        if not isinstance(error, StoreError):
            self.note.setText(
                QCoreApplication.translate("Safekeeping", "Backup failed: {reason}").replace(
                    "{reason}", str(error)
                )
            )
            return
        if error.kind not in RECOVERABLE:
            self.note.setText(
                QCoreApplication.translate("Safekeeping", "Backup failed: {reason}").replace(
                    "{reason}", problem_text(error)
                )
            )
            self.note.setStyleSheet("color: #b3261e;")
            return
        self.stop()
        if self.on_damage is not None:
            replaced = self.on_damage(error)
        else:
            replaced = offer_recovery(
                self.coach.data_dir, error, self.prompts, self.window, self.coach.replace_log
            )
        if replaced:
            self.log_replaced.emit()
            self.timer.start()
