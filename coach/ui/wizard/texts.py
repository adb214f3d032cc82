"""The wizard's field labels and stage-rule messages, translatable (English mirrors coach.complaints.rules)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from coach.complaints.rules import Problem

_CONTEXT = "WizardText"

FIELD_LABELS: dict[str, str] = {
    "customer_name": QT_TRANSLATE_NOOP("WizardText", "Customer name"),
    "customer_phone": QT_TRANSLATE_NOOP("WizardText", "Customer phone"),
    "customer_email": QT_TRANSLATE_NOOP("WizardText", "Customer email"),
    "order_ref": QT_TRANSLATE_NOOP("WizardText", "Order or account reference"),
    "channel": QT_TRANSLATE_NOOP("WizardText", "Channel"),
    "product": QT_TRANSLATE_NOOP("WizardText", "Product or service"),
    "description": QT_TRANSLATE_NOOP("WizardText", "Complaint in the customer's words"),
    "key_points": QT_TRANSLATE_NOOP("WizardText", "Key points repeated back"),
    "mood": QT_TRANSLATE_NOOP("WizardText", "Customer mood"),
    "questions": QT_TRANSLATE_NOOP("WizardText", "Clarifying questions and answers"),
    "what_went_wrong": QT_TRANSLATE_NOOP("WizardText", "What went wrong"),
    "staff_involved": QT_TRANSLATE_NOOP("WizardText", "Staff involved"),
    "root_cause": QT_TRANSLATE_NOOP("WizardText", "Root cause"),
    "severity": QT_TRANSLATE_NOOP("WizardText", "Severity"),
    "handover": QT_TRANSLATE_NOOP("WizardText", "Hand-over"),
    "fault": QT_TRANSLATE_NOOP("WizardText", "Whose fault"),
    "apology": QT_TRANSLATE_NOOP("WizardText", "Apology"),
    "wanted_outcome": QT_TRANSLATE_NOOP("WizardText", "Outcome the customer wants"),
    "resolution": QT_TRANSLATE_NOOP("WizardText", "Agreed resolution"),
    "steps": QT_TRANSLATE_NOOP("WizardText", "Steps we will take"),
    "cost": QT_TRANSLATE_NOOP("WizardText", "Cost"),
    "promised_by": QT_TRANSLATE_NOOP("WizardText", "Promised by"),
    "thanked": QT_TRANSLATE_NOOP("WizardText", "Customer thanked"),
    "follow_up_due": QT_TRANSLATE_NOOP("WizardText", "Follow-up due"),
    "followed_up_at": QT_TRANSLATE_NOOP("WizardText", "Follow-up done on"),
    "follow_up_result": QT_TRANSLATE_NOOP("WizardText", "Follow-up result"),
    "csat": QT_TRANSLATE_NOOP("WizardText", "Satisfaction (CSAT)"),
    "ces": QT_TRANSLATE_NOOP("WizardText", "Effort (CES)"),
    "nps": QT_TRANSLATE_NOOP("WizardText", "Would recommend (NPS)"),
    "lesson": QT_TRANSLATE_NOOP("WizardText", "Lesson"),
}

REQUIRED_MESSAGES: dict[str, str] = {
    "customer_name": QT_TRANSLATE_NOOP(
        "WizardText", "Ask for the customer's name, so you can reach them again."
    ),
    "channel": QT_TRANSLATE_NOOP("WizardText", "Choose how the complaint reached you."),
    "description": QT_TRANSLATE_NOOP(
        "WizardText", "Write down the complaint in the customer's own words before moving on."
    ),
    "root_cause": QT_TRANSLATE_NOOP(
        "WizardText", "Pick the most likely root cause; you can change it later."
    ),
    "severity": QT_TRANSLATE_NOOP("WizardText", "Say how serious this is for the customer."),
    "fault": QT_TRANSLATE_NOOP(
        "WizardText", "Say whose fault it looks like, or 'not yet clear' until you have checked."
    ),
    "apology": QT_TRANSLATE_NOOP("WizardText", "Write the apology as you said or sent it."),
    "wanted_outcome": QT_TRANSLATE_NOOP("WizardText", "Ask the customer what outcome they want."),
    "resolution": QT_TRANSLATE_NOOP("WizardText", "Write down the resolution you agreed."),
    "promised_by": QT_TRANSLATE_NOOP("WizardText", "Give the customer a date, and keep it."),
    "followed_up_at": QT_TRANSLATE_NOOP(
        "WizardText", "Enter the day you followed up with the customer."
    ),
    "follow_up_result": QT_TRANSLATE_NOOP(
        "WizardText", "Record whether the problem is now fully resolved."
    ),
}

INVALID_MESSAGES: dict[str, str] = {
    "customer_email": QT_TRANSLATE_NOOP("WizardText", "This does not look like an e-mail address."),
    "cost": QT_TRANSLATE_NOOP("WizardText", "Cost cannot be negative."),
    "promised_by": QT_TRANSLATE_NOOP(
        "WizardText", "Promised by cannot be before the complaint was made."
    ),
    "followed_up_at": QT_TRANSLATE_NOOP(
        "WizardText", "Follow-up done on cannot be before the complaint was made."
    ),
    "csat": QT_TRANSLATE_NOOP("WizardText", "Satisfaction (CSAT) must be from 1 to 5."),
    "ces": QT_TRANSLATE_NOOP("WizardText", "Effort (CES) must be from 1 to 7."),
    "nps": QT_TRANSLATE_NOOP("WizardText", "Would recommend (NPS) must be from 0 to 10."),
}


def _translate(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def field_label(name: str) -> str:
    """The visible (and accessible) label of a field in the interface language."""
    return _translate(FIELD_LABELS[name])


def problem_text(problem: Problem) -> str:
    """The core's reason in the interface language (its English words when no translation)."""
    table = REQUIRED_MESSAGES if problem.code == "required" else INVALID_MESSAGES
    english = table.get(problem.field)
    if english is None:
        return problem.message
    return _translate(english)
