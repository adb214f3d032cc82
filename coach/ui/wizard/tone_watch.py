"""Checks a text field's wording as the owner types and underlines what the coach points out."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from coach.errors import CoachError
from coach.tone import checker as tone

DELAY_MS = 300
COLOURS = {"avoid": QColor("#d93025"), "suggest": QColor("#1a73e8")}


def utf16_offset(text: str, index: int) -> int:
    """The position Qt uses for Python string index ``index`` (characters beyond U+FFFF count twice)."""
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


class ToneWatcher(QObject):
    """Runs coach.tone.checker.check ~300 ms after the last keystroke.

    ``checked`` gives (field, findings, text); findings is None when the language has no usable
    rules, so the panel can say the check is unavailable rather than that all is well.
    """

    checked = Signal(str, object, str)

    def __init__(self, edit: QPlainTextEdit, field: str, lang: str, parent: QObject | None = None):
        super().__init__(parent or edit)
        self.edit = edit
        self.field = field
        self.lang = lang
        self.findings: list[tone.Finding] = []
        self.available = True
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.check_now)
        edit.textChanged.connect(self.timer.start)

    def check_now(self) -> None:
        self.timer.stop()
        text = self.edit.toPlainText()
        try:
            self.findings = tone.check(text, self.lang, field=self.field)
            self.available = True
        except CoachError:
            self.findings = []
            self.available = False
        self._underline(text)
        self.checked.emit(self.field, self.findings if self.available else None, text)

    def _underline(self, text: str) -> None:
        selections = []
        for finding in self.findings:
            if finding.end <= finding.start:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.edit.document())
            cursor.setPosition(utf16_offset(text, finding.start))
            cursor.setPosition(utf16_offset(text, finding.end), QTextCursor.MoveMode.KeepAnchor)
            style = QTextCharFormat()
            style.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            style.setUnderlineColor(COLOURS.get(finding.severity, COLOURS["avoid"]))
            selection.cursor = cursor
            selection.format = style
            selections.append(selection)
        self.edit.setExtraSelections(selections)
