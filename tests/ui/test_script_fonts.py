"""The screens can always draw Arabic and Persian: the bundled families are in Qt's database."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF
from PySide6.QtWidgets import QApplication

from coach.ui.script_fonts import offer_bundled_fonts


def test_the_bundled_arabic_family_draws_persian_letters_upright_and_in_italic(
    qapp: QApplication,
) -> None:
    offer_bundled_fonts()
    assert "Noto Sans Arabic" in QFontDatabase.families(QFontDatabase.WritingSystem.Arabic)
    for italic in (False, True):
        font = QFont("Noto Sans Arabic")
        font.setItalic(italic)
        metrics = QFontMetricsF(font)
        assert all(metrics.inFontUcs4(ord(ch)) for ch in "پیگیری شکایت"), italic
