"""The bundled report fonts, registered once with Qt and used as a family list."""

from __future__ import annotations

import os
import threading

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase

from coach.errors import CoachError
from coach.system.resources import FONT_FILES, fonts_dir
from coach.text.languages import fonts_for_direction

_lock = threading.Lock()
_registered: list[str] = []
_app: QCoreApplication | None = None


def ensure_app() -> None:
    """Creates a headless application when the caller (the CLI) has none.

    It is a QApplication, not a bare QGuiApplication, so that widgets (and pytest-qt) can
    still start in the same process afterwards.
    """
    global _app
    if QCoreApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        _app = QApplication([])


def register_fonts() -> tuple[str, ...]:
    """Adds the bundled fonts to Qt's database (once); returns their family names."""
    with _lock:
        if _registered:
            return tuple(_registered)
        families: list[str] = []
        for name in FONT_FILES:
            path = fonts_dir() / name
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                raise CoachError(f"The report font {path} is missing or unreadable.")
            for family in QFontDatabase.applicationFontFamilies(font_id):
                if family not in families:
                    families.append(family)
        _registered.extend(families)
        return tuple(families)


def report_font(size: int, rtl: bool = False, bold: bool = False) -> QFont:
    """A font ``size`` units (points on paper) high for text written right to left or left to
    right, its families from the language registry; pixel-sized so any painter scale fits."""
    font = QFont()
    font.setFamilies(list(fonts_for_direction(rtl)))
    font.setPixelSize(size)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(True)
    return font
