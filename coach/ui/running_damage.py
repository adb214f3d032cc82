"""Damage found while the app runs (the day's full check, or a save that met a damaged file).

The owner is told in their language and offered the way back (coach.ui.recovery). Before the
log is swapped every open wizard is closed without writing: edits not yet saved are never
written into the damaged file, but into a private text file in the data folder
(``unsaved-changes-<time>.txt``) whose place the owner is told, so nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMainWindow, QWidget

from coach.errors import StoreError
from coach.service import Coach
from coach.system.files import write_text_atomic
from coach.ui.direction import isolate
from coach.ui.prompts import Prompts
from coach.ui.recovery import RECOVERABLE, offer_recovery


class DamageHandler(QObject):
    """Runs the way back from damage found while ``window`` is open; ``wizards`` lists the
    wizard windows open now."""

    def __init__(
        self,
        window: QMainWindow,
        coach: Coach,
        prompts: Prompts,
        wizards: Callable[[], list[QWidget]],
    ):
        super().__init__(window)
        self.window = window
        self.coach = coach
        self.prompts = prompts
        self.wizards = wizards
        self.busy = False

    def handle(self, error: object) -> bool:
        """Explains ``error`` (a StoreError) when it is damage and offers the way back; True when
        the log was restored or recovered (the caller shows it anew)."""
        if self.busy or not isinstance(error, StoreError) or error.kind not in RECOVERABLE:
            return False
        self.busy = True
        try:
            kept = self.close_wizards()
            replaced = offer_recovery(
                self.coach.data_dir, error, self.prompts, self.window, self.coach.replace_log
            )
            if kept is not None:
                self.prompts.inform(
                    self.window,
                    QCoreApplication.translate("Recovery", "Changes not saved"),
                    QCoreApplication.translate(
                        "Recovery",
                        "The changes not yet saved in the open complaints were not written into "
                        "the damaged log. They are kept in {path}: copy them back by hand.",
                    ).replace("{path}", isolate(str(kept))),
                )
            return replaced
        finally:
            self.busy = False

    def close_wizards(self) -> Path | None:
        """Closes every open wizard without writing; the unsaved edits go to a text file (0600)
        in the data folder, whose path is returned (None when nothing was unsaved)."""
        from coach.ui.wizard import WizardWindow

        unsaved: list[str] = []
        for wizard in self.wizards():
            if not isinstance(wizard, WizardWindow):
                continue
            if wizard.autosave.pending:
                unsaved.append(unsaved_text(wizard))
            wizard.autosave.cancel()
            wizard.close()
        if not unsaved:
            return None
        path = self.coach.data_dir / f"unsaved-changes-{datetime.now():%Y-%m-%d-%H%M%S}.txt"
        write_text_atomic(path, "\n\n".join(unsaved) + "\n", newline=None)
        return path


def unsaved_text(wizard: QWidget) -> str:
    """The title and every filled field of ``wizard`` (a WizardWindow) as plain text."""
    from coach.ui.wizard import WizardWindow
    from coach.ui.wizard.texts import field_label

    assert isinstance(wizard, WizardWindow)
    lines = [wizard.windowTitle()]
    for form in wizard.forms.values():
        for name, value in form.values().items():
            if value not in (None, "", False):
                lines.append(f"{field_label(name)}: {value}")
    return "\n".join(lines)
