"""A line edit holding a folder, with a button that opens the system's folder chooser."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLineEdit, QStyle

FOLDER_PATH_LENGTH = 4096


def add_folder_choice(edit: QLineEdit) -> None:
    """Lets ``edit`` hold a long path, and adds a "Choose a folder…" button inside it."""
    edit.setMaxLength(FOLDER_PATH_LENGTH)
    edit.setClearButtonEnabled(True)
    icon = edit.style().standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon)
    action = edit.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
    action.setObjectName("choose_folder")
    title = QCoreApplication.translate("FolderField", "Choose a folder…")
    action.setToolTip(title)

    def choose() -> None:
        chosen = QFileDialog.getExistingDirectory(edit, title, edit.text())
        if chosen:
            edit.setText(chosen)

    action.triggered.connect(choose)
