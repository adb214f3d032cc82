"""What the wizard offers beside the stage forms: the Listen stage's customer picker and the
complaint's evidence."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

from coach.complaints.domain import Complaint
from coach.service import Coach
from coach.ui.prompts import Prompts
from coach.ui.wizard.customer_picker import CustomerPicker
from coach.ui.wizard.draft import Draft
from coach.ui.wizard.evidence_panel import EvidencePanel
from coach.ui.wizard.stage_forms import StageForm


class WizardExtras:
    """The customer picker on ``listen`` and the evidence panel, both following ``saved(id)``;
    ``stored()`` returns the complaint as stored, writing it first when it never was."""

    def __init__(
        self,
        context: Coach,
        listen: StageForm,
        draft: Draft,
        stored: Callable[[], Complaint],
        saved: SignalInstance,
        prompts: Prompts,
        parent: QWidget,
    ):
        self.picker = CustomerPicker(context, listen, draft, stored, parent)
        self.evidence = EvidencePanel(context, draft.complaint.id, stored, prompts, parent)
        saved.connect(self.evidence.show_complaint)
