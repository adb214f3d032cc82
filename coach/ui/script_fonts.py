"""The bundled fonts offered to the screens, so Arabic and Persian text never shows as boxes.

A computer without an Arabic-script font (or with one that has no italic) would draw customer
names, playbook text and the coach's italic suggestions as empty boxes; with the bundled families
added to Qt's font database, Qt falls back to them for any script the system fonts lack.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from coach.system.resources import FONT_FILES, fonts_dir


def offer_bundled_fonts() -> None:
    """Adds the bundled fonts to the application's font database (a few ms; harmless twice)."""
    for name in FONT_FILES:
        QFontDatabase.addApplicationFont(str(fonts_dir() / name))
