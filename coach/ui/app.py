"""Starts the desktop app: language, one instance per data folder, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from coach import __version__
from coach.errors import EXIT_DATA_FOLDER, StoreError
from coach.system.desktop import APP_ID
from coach.system.files import make_private
from coach.system.paths import data_dir as default_data_dir
from coach.system.paths import lock_path, user_playbooks_dir
from coach.system.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile

    from coach.playbooks import Playbook
    from coach.service import Coach
    from coach.ui.main_window import MainWindow
    from coach.ui.prompts import Prompts

SMOKE_TEST_ENV = "COACH_SMOKE_TEST"
APP_NAME = "Complaint Coach"


def create_main_window(
    data_dir: Path, language: str = "en", prompts: Prompts | None = None
) -> MainWindow:
    """The main window on ``data_dir`` (a QApplication must exist); StoreError if unusable."""
    from coach.service import Coach
    from coach.ui.main_window import MainWindow

    return MainWindow(Coach.open(data_dir, language), prompts)


def instance_lock(folder: Path) -> QLockFile:
    """The lock that keeps a second app off ``folder``; a crashed holder's lock counts as free."""
    from PySide6.QtCore import QLockFile

    lock = QLockFile(str(lock_path(folder)))
    lock.setStaleLockTime(0)
    return lock


def run_app(data_dir: str | None, language: str | None, prompts: Prompts | None = None) -> int:
    """Opens the main window on the data folder and runs until it closes; returns the exit code.

    The language is decided once: ``language`` (the command line), else the settings, else the
    system's. With $COACH_SMOKE_TEST=1 the window closes as soon as it is shown (bundle check).
    """
    # The Qt-free layers load before PySide6, which reads the source of every module imported
    # after it (for its __feature__ switches): about a fifth of a millisecond each.
    from coach.playbooks import load_playbook
    from coach.service.first_check import CheckingCoach  # noqa: F401 - loaded before Qt

    folder = default_data_dir(data_dir)
    settings = Settings.load(folder)
    lang = language or settings.language
    playbook = load_playbook(lang, user_playbooks_dir(folder))

    from PySide6.QtCore import QCoreApplication, QLockFile, QThreadPool
    from PySide6.QtWidgets import QApplication

    from coach.ui.app_icon import app_icon
    from coach.ui.i18n import install_language
    from coach.ui.prompts import Prompts
    from coach.ui.script_fonts import offer_bundled_fonts

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)
    QApplication.setWindowIcon(app_icon())
    offer_bundled_fonts()
    install_language(app, lang, settings.digits if not language else None, playbook)
    prompts = prompts or Prompts()
    title = QCoreApplication.translate("App", "Complaint Coach cannot start")

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        message = QCoreApplication.translate(
            "App", "The data folder {folder} cannot be created ({reason})."
        )
        reason = error.strerror or str(error)
        prompts.error(
            None, title, message.replace("{folder}", str(folder)).replace("{reason}", reason)
        )
        return EXIT_DATA_FOLDER
    lock = instance_lock(folder)
    locked = lock.tryLock(0)
    if locked:
        make_private(lock_path(folder))
    elif lock.error() != QLockFile.LockError.LockFailedError and not os.access(folder, os.W_OK):
        locked = True  # a read-only folder: nothing can be written, the log opens for reading
    if not locked:
        if lock.error() == QLockFile.LockError.LockFailedError:
            message = QCoreApplication.translate(
                "App",
                "Complaint Coach is already open on this data folder ({folder}). "
                "Use the window that is open, or close it first.",
            )
        else:
            message = QCoreApplication.translate(
                "App", "Complaint Coach cannot write its lock file in the data folder {folder}."
            )
        prompts.error(None, title, message.replace("{folder}", str(folder)))
        return EXIT_DATA_FOLDER
    try:
        window = _Start(folder, lang, prompts).first(playbook)
        if isinstance(window, StoreError):
            return window.exit_code
        code = app.exec()
        QThreadPool.globalInstance().waitForDone()  # no worker outlives the window it reports to
        return code
    finally:
        lock.unlock()


class _Start:
    """The first window on ``folder``, shown before the log's quick check has ended; when the
    check finds damage, the way back a damaged log gets at start (coach.ui.first_window)."""

    def __init__(self, folder: Path, lang: str, prompts: Prompts):
        self.folder, self.lang, self.prompts = folder, lang, prompts
        self.smoke_test = os.environ.get(SMOKE_TEST_ENV) == "1"

    def make(self, coach: Coach) -> MainWindow:
        from datetime import datetime

        from coach.service.first_check import CheckingCoach
        from coach.service.today import KINDS
        from coach.ui.today_view import SHOWN_FIRST

        agenda = None
        if isinstance(coach, CheckingCoach):  # read while the window's modules load
            agenda = coach.agenda_soon(datetime.now(), dict.fromkeys(KINDS, SHOWN_FIRST))
        from coach.ui.main_window import MainWindow

        return MainWindow(coach, self.prompts, first_agenda=agenda)

    def first(self, playbook: Playbook) -> MainWindow | StoreError:
        from coach.ui.first_window import open_first_window

        window = open_first_window(self.folder, self.lang, self.prompts, self.make, playbook)
        if not isinstance(window, StoreError):
            self.present(window)
        return window

    def present(self, window: MainWindow) -> None:
        from PySide6.QtCore import QTimer

        from coach.service.first_check import CheckingCoach
        from coach.ui.first_paint import when_painted
        from coach.ui.first_window import check_result_when_done

        window.show()
        after_first_paint(window)
        if self.smoke_test:
            QTimer.singleShot(0, window, lambda: _smoke_test_opened(window))
            when_painted(window, lambda: _smoke_test_done(window))
        elif not isinstance(window.context, CheckingCoach):
            window.helpers.start_backups()  # the log was checked as it opened
        check_result_when_done(window, window.context, lambda found: self.checked(window, found))

    def checked(self, window: MainWindow, problem: StoreError | None) -> None:
        """The background check has ended: when the log passed, the automatic backups start;
        else the window closes and the owner is offered the way back (or, when a wizard keeps
        the window open, the running window's way, coach.ui.running_damage)."""
        from PySide6.QtWidgets import QApplication

        from coach.ui.first_window import recover, replace_damaged

        if problem is None:
            if not self.smoke_test:
                window.helpers.start_backups()
            return
        replaced = replace_damaged(
            window,
            lambda: recover(self.folder, self.lang, self.prompts, self.make, problem),
        )
        if replaced is None:
            window.damage.handle(problem)
        elif isinstance(replaced, StoreError):
            QApplication.exit(replaced.exit_code)
        else:
            assert isinstance(replaced, type(window))
            self.present(replaced)


def _smoke_test_opened(window: MainWindow) -> None:
    """The first event-loop turn after ``show()``, once the log's first page and count are in
    (the moment a bare window's benchmark prints "main window shown")."""
    window.model.wait()  # the count follows the first page, read in the background
    print(f"main window open with {window.model.total} complaints", flush=True)


def _smoke_test_done(window: MainWindow) -> None:
    """The window painted: says so, then what it shows once the log's check has passed."""
    print("main window painted", flush=True)
    _smoke_test_checked(window)


def _smoke_test_checked(window: MainWindow) -> None:
    """Once the log's check has passed: what the window shows, then it closes. Polls instead of
    waiting, so a paint inside the "open" moment's wait for the count never holds that up."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QImageReader

    from coach.service.first_check import CheckingCoach

    coach = window.context
    if isinstance(coach, CheckingCoach) and not coach.check_done:
        QTimer.singleShot(5, window, lambda: _smoke_test_checked(window))
        return
    if isinstance(coach, CheckingCoach) and coach.check_result() is not None:
        return  # the check found damage: the way back follows (_Start.checked)
    try:  # closes even when the output is gone (a closed pipe)
        menus = " | ".join(a.text().replace("&", "") for a in window.menuBar().actions())
        window.model.wait()
        print(f"main window shown with {window.model.total} complaints", flush=True)
        print(f"window title: {window.windowTitle()}; menus: {menus}", flush=True)
        formats = [bytes(name.data()).decode() for name in QImageReader.supportedImageFormats()]
        print(f"image formats: {' '.join(sorted(formats))}", flush=True)
        sizes = sorted(size.width() for size in window.windowIcon().availableSizes())
        print(f"window icon sizes: {' '.join(map(str, sizes))}", flush=True)
    finally:
        window.close()


def after_first_paint(window: MainWindow) -> None:
    """Work the first screen does not need, started once it has been painted: the reminders
    (tray icon, notifications) and, in the background, the wording-check rules compiled so the
    first wizard opens at once. Nothing runs for a window closed before."""
    from coach.ui.first_paint import when_painted

    when_painted(window, lambda: _after_paint(window))


def _after_paint(window: MainWindow) -> None:
    if not window.isVisible():
        return
    from coach.tone import checker as tone
    from coach.ui.background import run_in_background

    window.pages.start_reminders()
    lang = window.context.language
    run_in_background(window, lambda: tone.prepare(lang), lambda _rules: None, lambda _error: None)
