"""The main window's way in and out: File → Import… and File → Export…."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QPushButton

from coach.service import Coach, ComplaintQuery
from coach.ui.prompts import Prompts


class TransferMenu(QObject):
    """The actions to add to the File menu and a button for the log; ``log_changed`` runs after
    an import stored complaints, ``shown`` gives the log's current filter for an export."""

    def __init__(
        self,
        window: QMainWindow,
        coach: Coach,
        prompts: Prompts,
        log_changed: Callable[[], None],
        shown: Callable[[], ComplaintQuery],
    ):
        super().__init__(window)
        self.window = window
        self.coach = coach
        self.prompts = prompts
        self.log_changed = log_changed
        self.shown = shown
        self.import_action = self._action(self.tr("&Import…"), "import_action", "Ctrl+I")
        self.import_action.triggered.connect(lambda _checked=False: self.show_import())
        self.import_action.setEnabled(not getattr(coach, "read_only", False))
        self.export_action = self._action(self.tr("&Export…"), "export_action", "Ctrl+E")
        self.export_action.triggered.connect(lambda _checked=False: self.show_export())
        self.actions = [self.import_action, self.export_action]

    def _action(self, text: str, name: str, keys: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        return action

    def button(self) -> QPushButton:
        """An "Import…" button for the log's button row."""
        button = QPushButton(self.tr("Import…"))
        button.setObjectName("import_button")
        button.setAccessibleName(button.text())
        button.setToolTip(
            self.import_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        )
        button.clicked.connect(self.import_action.trigger)
        button.setEnabled(self.import_action.isEnabled())
        return button

    def show_import(self) -> QObject:
        from coach.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.coach, self.window, self.prompts)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda _count: self.log_changed())
        dialog.open()
        return dialog

    def show_export(self) -> QObject:
        from coach.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.coach, self.shown(), self.window, self.prompts)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
