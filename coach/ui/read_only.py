"""Controls that would write, turned off in a log open for reading only, with a note saying why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget


def reason() -> str:
    """Why nothing can be written, in the interface language."""
    return QCoreApplication.translate(
        "Recovery", "The log is open for reading only, so nothing can be saved."
    )


def hold(read_only: bool, *controls: QWidget | QAction) -> bool:
    """Turns ``controls`` off with the note when ``read_only``; returns ``read_only``."""
    if read_only:
        why = reason()
        for control in controls:
            control.setEnabled(False)
            control.setToolTip(why)
    return read_only
