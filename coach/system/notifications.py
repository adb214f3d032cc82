"""Desktop notifications without a tray icon, through the desktop's own ``notify-send`` program
(Debian's libnotify-bin) when it is installed; nothing happens when it is not (no Qt)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Sequence
from typing import Any

from coach.system.desktop import ICON_NAME

PROGRAM = "notify-send"
TIMEOUT_SECONDS = 5
Runner = Callable[..., Any]
Notify = Callable[[str, str], None]


def notify_send_command(program: str, title: str, text: str, app_name: str) -> list[str]:
    """The command line that shows ``title`` and ``text`` as a notification from ``app_name``;
    ``--`` so that a title starting with a dash is not read as an option."""
    return [program, f"--app-name={app_name}", f"--icon={ICON_NAME}", "--", title, text]


def desktop_notifier(
    app_name: Callable[[], str],
    *,
    which: Callable[[str], str | None] = shutil.which,
    runner: Runner = subprocess.run,
) -> Notify | None:
    """A ``notify(title, text)`` that runs ``notify-send``, or None when it is not on PATH.
    A failure to run it (removed since, hung, refused) is ignored: a reminder is never worth
    an error."""
    program = which(PROGRAM)
    if program is None:
        return None

    def notify(title: str, text: str) -> None:
        command: Sequence[str] = notify_send_command(program, title, text, app_name())
        try:
            runner(
                command,
                check=False,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=TIMEOUT_SECONDS,
            )
        except (OSError, subprocess.SubprocessError):
            pass

    return notify
