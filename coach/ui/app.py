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
    from PySide6.QtCore import QCoreApplication, QLockFile, QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    from coach.playbooks import load_playbook
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
    folder = default_data_dir(data_dir)
    settings = Settings.load(folder)
    lang = language or settings.language
    playbook = load_playbook(lang, user_playbooks_dir(folder))
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
        from coach.ui.main_window import MainWindow
        from coach.ui.recovery import open_window

        window = open_window(folder, lang, prompts, lambda coach: MainWindow(coach, prompts))
        if isinstance(window, StoreError):
            return window.exit_code
        window.show()
        after_first_paint(window)
        if os.environ.get(SMOKE_TEST_ENV) == "1":
            QTimer.singleShot(0, lambda: _smoke_test_done(window))
        else:
            window.safety.safekeeper.start()
        code = app.exec()
        QThreadPool.globalInstance().waitForDone()  # no worker outlives the window it reports to
        return code
    finally:
        lock.unlock()


def _smoke_test_done(window: MainWindow) -> None:
    from PySide6.QtGui import QImageReader

    menus = " | ".join(action.text().replace("&", "") for action in window.menuBar().actions())
    window.model.wait()  # the count follows the first page, read in the background
    print(f"main window shown with {window.model.total} complaints", flush=True)
    print(f"window title: {window.windowTitle()}; menus: {menus}", flush=True)
    formats = sorted(bytes(name.data()).decode() for name in QImageReader.supportedImageFormats())
    print(f"image formats: {' '.join(formats)}", flush=True)
    sizes = sorted(size.width() for size in window.windowIcon().availableSizes())
    print(f"window icon sizes: {' '.join(map(str, sizes))}", flush=True)
    window.close()


def after_first_paint(window: MainWindow) -> None:
    """Work the first screen does not need, started once it is shown, in the background: the
    wording-check rules compiled so the first wizard opens at once. A window closed before it
    ends is no matter (coach.ui.background)."""
    from coach.tone import checker as tone
    from coach.ui.background import run_in_background

    lang = window.context.language
    run_in_background(window, lambda: tone.prepare(lang), lambda _rules: None, lambda _error: None)
