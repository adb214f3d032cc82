"""The app icon as Qt shows it: in the title bar, the task bar and the About dialog."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from coach.system.desktop import icon_pngs


def app_icon() -> QIcon:
    """The icon with every bundled PNG size, so Qt never scales a blurry one up."""
    icon = QIcon()
    for path in icon_pngs().values():
        icon.addFile(str(path))
    return icon
