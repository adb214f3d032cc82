"""Questions and messages to the owner, behind a small service so screens are testable."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class Prompts:
    """Shows real dialogs; tests replace it with an object answering the same methods."""

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)


class ScriptedPrompts(Prompts):
    """Answers every question with ``answer`` and records what was shown (for tests and demos)."""

    def __init__(self, answer: bool = True):
        self.answer = answer
        self.shown: list[tuple[str, str]] = []

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.shown.append((title, text))
        return self.answer

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append((title, text))

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append((title, text))
