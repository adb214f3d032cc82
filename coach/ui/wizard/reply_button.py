"""The wizard's "Write reply" button: shown at the Apologise and Resolve stages, it opens the reply
composer on the complaint as the form describes it now."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QPushButton, QStackedWidget, QWidget

from coach.complaints.domain import Complaint
from coach.complaints.vocabulary import STAGES
from coach.service import Coach
from coach.ui.wizard.timeline import TimelineView

if TYPE_CHECKING:
    from coach.ui.reply_dialog import ReplyDialog

REPLY_STAGES = ("apologise", "resolve")


class Wizard(Protocol):
    """What the button needs of the wizard window."""

    context: Coach
    stack: QStackedWidget
    timeline: TimelineView

    def complaint(self) -> Complaint: ...


class WriteReplyButton(QPushButton):
    """Opens the composer; ``stored`` returns the complaint as stored (written first if new)."""

    def __init__(self, wizard: Wizard, stored: Callable[[], Complaint], parent: QWidget):
        super().__init__(self.tr("Write reply"), parent)
        self.wizard = wizard
        self.stored = stored
        self.dialog: ReplyDialog | None = None
        self.setObjectName("write_reply")
        self.setAccessibleName(self.text())
        self.setToolTip(self.tr("Write the message to the customer with the coach"))
        self.setAutoDefault(False)
        self.clicked.connect(self.open_composer)
        wizard.stack.currentChanged.connect(self._stage_shown)
        self._stage_shown(wizard.stack.currentIndex())

    def _stage_shown(self, index: int) -> None:
        self.setVisible(0 <= index < len(STAGES) and STAGES[index] in REPLY_STAGES)

    def open_composer(self) -> ReplyDialog:
        """Opens the composer beside the wizard (not blocking it) and returns it."""
        from coach.ui.reply_dialog import ReplyDialog  # it uses the wizard's fields

        dialog = ReplyDialog(
            self.wizard.context, self.wizard.complaint(), self.stored, self.window()
        )
        dialog.noted.connect(self.wizard.timeline.show_complaint)
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog
