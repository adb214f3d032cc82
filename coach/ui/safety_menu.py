"""The main window's "nothing lost" part: File → Backups…, the bin, anonymising a customer, and
the automatic backups."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from coach.errors import StoreError
from coach.service import Coach
from coach.text.localise import format_number
from coach.ui.direction import isolate
from coach.ui.prompts import Prompts
from coach.ui.safekeeping import Safekeeper
from coach.ui.store_problems import problem_text


class SafetyMenu(QObject):
    """The actions to add to the File menu and the window's Safekeeper; ``log_replaced`` runs
    after a restore or a recovery replaced the log, so the window shows it again."""

    def __init__(
        self,
        window: QMainWindow,
        coach: Coach,
        prompts: Prompts,
        log_replaced: Callable[[], None],
        selected: Callable[[], int | None] = lambda: None,
    ):
        super().__init__(window)
        self.window = window
        self.coach = coach
        self.prompts = prompts
        self.log_replaced = log_replaced
        self.selected = selected
        self.backups_action = self._action(
            self.tr("&Backups…"), "backups_action", self.show_backups
        )
        self.bin_action = self._action(self.tr("B&in…"), "bin_action", self.show_bin)
        self.delete_action = self._action(
            self.tr("&Move complaint to the bin"), "delete_action", self.move_to_bin
        )
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.anonymise_action = self._action(
            self.tr("&Anonymise customer…"), "anonymise_action", self.anonymise
        )
        self.actions = [
            self.backups_action,
            self.bin_action,
            self.delete_action,
            self.anonymise_action,
        ]
        for action in self.actions[2:]:
            action.setEnabled(not coach.read_only)
        self.safekeeper = Safekeeper(coach, window, prompts)
        self.safekeeper.log_replaced.connect(log_replaced)

    def _action(self, text: str, name: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def show_bin(self) -> QWidget:
        from coach.ui.bin_dialog import BinDialog

        self.coach.privacy.purge_bin()
        dialog = BinDialog(self.coach, self.window, self.prompts)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(lambda _id: self.log_replaced())
        dialog.open()
        return dialog

    def move_to_bin(self) -> bool:
        """Moves the complaint selected in the log to the bin."""
        complaint_id = self.selected()
        if complaint_id is None:
            return False
        try:
            moved = self.coach.privacy.move_to_bin(complaint_id)
        except StoreError as error:
            self.prompts.error(self.window, self.tr("Not moved to the bin"), problem_text(error))
            return False
        self.log_replaced()
        return moved

    def anonymise(self) -> bool:
        """Asks, then anonymises the customer of the complaint selected in the log."""
        complaint_id = self.selected()
        customer = self.coach.get(complaint_id).customer if complaint_id is not None else None
        if customer is None or customer.id is None:
            self.prompts.inform(
                self.window,
                self.tr("Anonymise customer"),
                self.tr("Select a complaint of the customer in the log first."),
            )
            return False
        question = self.tr(
            "Remove {name}'s name, phone, e-mail and address from every complaint, the search "
            "and the timeline? The complaints and their figures stay. Every backup is rewritten "
            "the same way. This cannot be undone."
        ).replace("{name}", isolate(customer.name or customer.phone or customer.email))
        if not self.prompts.confirm(self.window, self.tr("Anonymise customer"), question):
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = self.coach.privacy.anonymise_customer(customer.id)
        except StoreError as error:
            QGuiApplication.restoreOverrideCursor()
            self.prompts.error(self.window, self.tr("Not anonymised"), problem_text(error))
            return False
        QGuiApplication.restoreOverrideCursor()
        message = self.tr(
            "Done: {count} complaints and {backups} backups no longer hold this customer's details."
        )
        message = message.replace("{count}", format_number(done.complaints, self.coach.digits))
        message = message.replace("{backups}", format_number(done.backups, self.coach.digits))
        if done.not_rewritten:
            message += "\n\n" + self.tr("These backups could not be rewritten; delete them:")
            message += "\n" + "\n".join(str(path) for path, _why in done.not_rewritten)
        self.prompts.inform(self.window, self.tr("Anonymise customer"), message)
        self.log_replaced()
        return True

    def show_backups(self) -> QWidget:
        from coach.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.coach, self.window, self.prompts)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self.log_replaced)
        dialog.open()
        return dialog
