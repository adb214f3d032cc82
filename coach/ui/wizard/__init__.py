"""The guided wizard window for one complaint."""

from coach.ui.wizard.window import WizardWindow

__all__ = ["WizardWindow"]
