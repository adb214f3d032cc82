"""The wizard's "Fix done" button: at the Resolve and Follow-up stages of a complaint whose promised
fix is still to come, it records the fix as delivered now (``rules.fix_done``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QPushButton, QStackedWidget, QWidget

from coach.complaints import rules
from coach.complaints.domain import Complaint, Event
from coach.complaints.vocabulary import STAGES

FIX_STAGES = ("resolve", "follow_up")


def fix_pending(complaint: Complaint) -> bool:
    """A fix was promised and is not yet recorded, on a complaint still open."""
    return (
        complaint.status != "closed"
        and complaint.promised_by is not None
        and complaint.resolved_at is None
    )


class FixDoneButton(QPushButton):
    """Shown at FIX_STAGES while ``stored()`` has a pending fix; a click hands ``commit`` the
    complaint as ``current()`` describes it with the fix recorded now."""

    def __init__(
        self,
        stack: QStackedWidget,
        saved: SignalInstance,
        stored: Callable[[], Complaint],
        current: Callable[[], Complaint],
        commit: Callable[[Complaint, list[Event]], object],
        parent: QWidget,
        now: Callable[[], datetime] = datetime.now,
    ):
        super().__init__(self.tr("Fix done"), parent)
        self.stack = stack
        self.stored = stored
        self.current = current
        self.commit = commit
        self.now = now
        self.setObjectName("fix_done_button")
        self.setAccessibleName(self.text())
        self.setToolTip(
            self.tr("The promised fix was delivered today: the follow-up is due a day later")
        )
        self.setAutoDefault(False)
        self.clicked.connect(self.record)
        stack.currentChanged.connect(lambda _index: self.update_shown())
        saved.connect(lambda _id: self.update_shown())
        self.update_shown()

    def update_shown(self) -> None:
        index = self.stack.currentIndex()
        here = 0 <= index < len(STAGES) and STAGES[index] in FIX_STAGES
        self.setVisible(here and fix_pending(self.stored()))

    def record(self) -> None:
        """Records the fix as delivered now, with whatever the form holds."""
        if fix_pending(self.stored()):
            self.commit(*rules.fix_done(self.current(), self.now().replace(microsecond=0)))
        self.update_shown()
