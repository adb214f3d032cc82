"""Questions and messages to the owner, behind a small service so screens are testable."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # QMessageBox (~1.4 ms) loads with the first message, not at start
    from PySide6.QtWidgets import QMessageBox, QWidget


def _box() -> type[QMessageBox]:
    from PySide6.QtWidgets import QMessageBox

    return QMessageBox


class Prompts:
    """Shows real dialogs; tests replace it with an object answering the same methods."""

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        box = _box()
        return box.question(parent, title, text) == box.StandardButton.Yes

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        _box().information(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        _box().warning(parent, title, text)

    def choose(self, parent: QWidget | None, title: str, text: str, options: list[str]) -> int:
        """Which of ``options`` (button texts) the owner picked; -1 for Cancel."""
        message_box = _box()
        box = message_box(message_box.Icon.Warning, title, text, parent=parent)
        role = message_box.ButtonRole.AcceptRole
        buttons = [box.addButton(option, role) for option in options]
        box.addButton(message_box.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else -1


class ScriptedPrompts(Prompts):
    """Answers every question with ``answer`` and records what was shown (for tests and demos)."""

    def __init__(self, answer: bool = True, choice: int = 0):
        self.answer = answer
        self.choice = choice
        self.shown: list[tuple[str, str]] = []
        self.options: list[list[str]] = []

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.shown.append((title, text))
        return self.answer

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append((title, text))

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append((title, text))

    def choose(self, parent: QWidget | None, title: str, text: str, options: list[str]) -> int:
        self.shown.append((title, text))
        self.options.append(list(options))
        return self.choice if self.choice < len(options) else -1
