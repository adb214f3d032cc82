"""The About dialog: what the app is, its version, its licence and the credits of its fonts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coach import __version__
from coach.report.render.fonts import register_fonts
from coach.system.resources import fonts_dir
from coach.ui.app_icon import app_icon
from coach.ui.direction import isolate

ICON_SIZE = 64
FONT_LICENCE = "OFL.txt"


class AboutDialog(QDialog):
    """Shows the app's name, version and licence, and the bundled fonts with their licence."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About Complaint Coach"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        description = self._label(
            self.tr(
                "Coaches you through each customer complaint (listen, clarify, apologise, "
                "resolve, follow up) and reports each month on what keeps going wrong."
            ),
            "about_description",
        )
        layout.addWidget(description)
        layout.addWidget(
            self._label(self.tr("Free software under the MIT licence."), "about_licence")
        )
        families = " · ".join(isolate(family) for family in register_fonts())
        fonts = self.tr("Fonts: {families}, under the SIL Open Font License 1.1:")
        layout.addWidget(self._label(fonts.replace("{families}", families), "about_fonts"))
        licence = QPlainTextEdit()
        licence.setObjectName("font_licence_text")
        licence.setReadOnly(True)
        licence.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        licence.setPlainText((fonts_dir() / FONT_LICENCE).read_text(encoding="utf-8"))
        licence.setMinimumHeight(160)
        layout.addWidget(licence, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _header(self) -> QHBoxLayout:
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(ICON_SIZE, ICON_SIZE))
        name = QLabel(self.tr("Complaint Coach"))
        name.setObjectName("about_name")
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        name.setFont(font)
        version = self.tr("Version {version}").replace("{version}", isolate(__version__))
        column = QVBoxLayout()
        column.addWidget(name)
        column.addWidget(self._label(version, "about_version"))
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addLayout(column, 1)
        return row

    def _label(self, text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label
