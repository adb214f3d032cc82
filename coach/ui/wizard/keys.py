"""The wizard's keyboard shortcuts; Alt+arrows follow the reading direction."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def add_shortcut(window: QWidget, keys: str, slot: Callable[[], object]) -> None:
    shortcut = QShortcut(QKeySequence(keys), window)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(slot)


def install_shortcuts(
    window: QWidget,
    next_or_finish: Callable[[], object],
    forward: Callable[[], object],
    back: Callable[[], object],
    save: Callable[[], object],
) -> str:
    """Adds the wizard's shortcuts to ``window``; returns the key sequence that goes back."""
    for keys in ("Ctrl+Return", "Ctrl+Enter"):
        add_shortcut(window, keys, next_or_finish)
    arrows = ("Alt+Left", "Alt+Right") if window.isRightToLeft() else ("Alt+Right", "Alt+Left")
    add_shortcut(window, arrows[0], forward)
    add_shortcut(window, arrows[1], back)
    add_shortcut(window, "Ctrl+S", save)
    add_shortcut(window, "Escape", window.close)
    return arrows[1]
