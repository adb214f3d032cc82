"""Push buttons named for tests and screen readers, the one way every screen makes them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton, QWidget


def named_button(parent: QWidget, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
    """A button with objectName ``name`` and its text as accessible name; Enter in a dialog
    does not press it; a click calls ``slot()``."""
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.setAccessibleName(text)
    button.setAutoDefault(False)
    button.clicked.connect(lambda _checked=False: slot())
    return button
