"""The guided wizard window for one complaint (loaded when first opened: the package's small
modules, such as the date field, are used by other screens without it)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coach.ui.wizard.window import WizardWindow

__all__ = ["WizardWindow"]


def __getattr__(name: str) -> Any:
    if name == "WizardWindow":
        from coach.ui.wizard.window import WizardWindow

        return WizardWindow
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
