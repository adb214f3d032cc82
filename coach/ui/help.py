"""The Help menu's own windows: the user guide, opened in the system's browser, and About."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from coach.system.desktop import guide_file
from coach.text.languages import SOURCE_LANGUAGE
from coach.ui.prompts import Prompts


def guide_for(lang: str) -> Path:
    """The guide page in ``lang``, else the English one."""
    page = guide_file(lang)
    return page if page.is_file() else guide_file(SOURCE_LANGUAGE)


def open_guide(lang: str, parent: QWidget, prompts: Prompts) -> QUrl:
    """Opens the guide in ``lang`` with the system's browser; says so when it cannot."""
    page = guide_for(lang)
    url = QUrl.fromLocalFile(str(page))
    if not page.is_file() or not QDesktopServices.openUrl(url):
        title = QCoreApplication.translate("Help", "User guide")
        message = QCoreApplication.translate(
            "Help", "The user guide cannot be opened. It should be at {path}."
        )
        prompts.error(parent, title, message.replace("{path}", str(page)))
    return url


def show_about(parent: QWidget) -> QWidget:
    """Opens the About dialog (window-modal, deleted when closed)."""
    from coach.ui.about_dialog import AboutDialog

    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
