"""The wizard window's changing words: its title, the Resolve stage's follow-up hint and the
note on a read-only complaint.

They are translated in the "WizardWindow" catalogue context, where they were written first.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from coach.complaints import rules
from coach.complaints.domain import Complaint
from coach.service import Coach
from coach.text.localise import format_date
from coach.ui.direction import isolate
from coach.ui.labels import label


def follow_up_hint(complaint: Complaint, context: Coach, now: datetime) -> str:
    """What going on from Resolve will set the follow-up to; "" once the complaint has one."""
    if complaint.follow_up_due is not None:
        return ""
    if complaint.resolved_at is None:
        return QCoreApplication.translate(
            "WizardWindow",
            "When you go on, the follow-up is set for one day after the fix: tomorrow if the "
            "fix is given today, else the day after the promised-by date. You can change it at "
            "the Follow-up stage.",
        )
    due = rules.follow_up_due_for(complaint)
    when = format_date(
        due, context.calendar, context.digits, month_names=context.playbook.month_names
    )
    return QCoreApplication.translate(
        "WizardWindow",
        "When you go on, the follow-up is set for one day after the fix: {date}. You can "
        "change it at the Follow-up stage.",
    ).replace("{date}", isolate(when))


def window_title(complaint: Complaint, stage: str) -> str:
    """ "Complaint from {name} · {stage}" ("New complaint" until it is first saved)."""
    name = complaint.customer.name.strip()
    if complaint.id is None:
        title = QCoreApplication.translate("WizardWindow", "New complaint")
    elif name:
        title = QCoreApplication.translate("WizardWindow", "Complaint from {name}")
        title = title.replace("{name}", isolate(name))
    else:
        title = QCoreApplication.translate("WizardWindow", "Complaint")
    return f"{title} \u00b7 {label(stage)}"


def review_note(read_only_log: bool) -> str:
    """Why the wizard shows the complaint read-only: the log is open for reading only, or the
    complaint is closed."""
    if read_only_log:
        return QCoreApplication.translate(
            "Recovery", "The log is open for reading only, so nothing can be saved."
        )
    return QCoreApplication.translate(
        "WizardWindow", "This complaint is closed. Reopen it to change it."
    )
