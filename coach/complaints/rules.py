"""What each stage needs before the wizard moves on, and how a complaint moves through them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from coach.complaints.domain import Complaint, Event
from coach.complaints.vocabulary import STAGES

FIELD_LABELS: dict[str, str] = {
    "customer_name": "Customer name",
    "customer_phone": "Customer phone",
    "customer_email": "Customer email",
    "order_ref": "Order or account reference",
    "channel": "Channel",
    "product": "Product or service",
    "description": "Complaint in the customer's words",
    "key_points": "Key points repeated back",
    "mood": "Customer mood",
    "questions": "Clarifying questions and answers",
    "what_went_wrong": "What went wrong",
    "staff_involved": "Staff involved",
    "root_cause": "Root cause",
    "severity": "Severity",
    "handover": "Hand-over",
    "fault": "Whose fault",
    "apology": "Apology",
    "wanted_outcome": "Outcome the customer wants",
    "resolution": "Agreed resolution",
    "steps": "Steps we will take",
    "cost": "Cost",
    "promised_by": "Promised by",
    "thanked": "Customer thanked",
    "follow_up_due": "Follow-up due",
    "followed_up_at": "Follow-up done on",
    "follow_up_result": "Follow-up result",
    "csat": "Satisfaction (CSAT)",
    "ces": "Effort (CES)",
    "nps": "Would recommend (NPS)",
    "lesson": "Lesson",
}

STAGE_FIELDS: dict[str, tuple[str, ...]] = {
    "listen": (
        "customer_name",
        "customer_phone",
        "customer_email",
        "order_ref",
        "channel",
        "product",
        "description",
        "key_points",
        "mood",
    ),
    "clarify": (
        "questions",
        "what_went_wrong",
        "staff_involved",
        "root_cause",
        "severity",
        "handover",
    ),
    "apologise": ("fault", "apology"),
    "resolve": ("wanted_outcome", "resolution", "steps", "cost", "promised_by", "thanked"),
    "follow_up": (
        "follow_up_due",
        "followed_up_at",
        "follow_up_result",
        "csat",
        "ces",
        "nps",
        "lesson",
    ),
}

REQUIRED: dict[str, tuple[tuple[str, str], ...]] = {
    "listen": (
        ("customer_name", "Ask for the customer's name, so you can reach them again."),
        ("channel", "Choose how the complaint reached you."),
        ("description", "Write down the complaint in the customer's own words before moving on."),
    ),
    "clarify": (
        ("root_cause", "Pick the most likely root cause; you can change it later."),
        ("severity", "Say how serious this is for the customer."),
    ),
    "apologise": (
        ("fault", "Say whose fault it looks like, or 'not yet clear' until you have checked."),
        ("apology", "Write the apology as you said or sent it."),
    ),
    "resolve": (
        ("wanted_outcome", "Ask the customer what outcome they want."),
        ("resolution", "Write down the resolution you agreed."),
        ("promised_by", "Give the customer a date, and keep it."),
    ),
    "follow_up": (
        ("followed_up_at", "Enter the day you followed up with the customer."),
        ("follow_up_result", "Record whether the problem is now fully resolved."),
    ),
}

SCORE_RANGES: dict[str, tuple[int, int]] = {"csat": (1, 5), "ces": (1, 7), "nps": (0, 10)}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
FOLLOW_UP_DELAY = timedelta(hours=24)


@dataclass(frozen=True)
class Problem:
    """Why a field stops the wizard: ``code`` is "required" or "invalid"."""

    field: str
    code: str
    message: str


def field_value(complaint: Complaint, name: str) -> object:
    if name.startswith("customer_"):
        return getattr(complaint.customer, name.removeprefix("customer_"))
    return getattr(complaint, name)


def _empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def value_problems(complaint: Complaint) -> list[Problem]:
    """Values that are wrong wherever they appear, whatever the stage."""
    problems: list[Problem] = []
    for name, (low, high) in SCORE_RANGES.items():
        score = getattr(complaint, name)
        if score is not None and not low <= score <= high:
            problems.append(
                Problem(name, "invalid", f"{FIELD_LABELS[name]} must be from {low} to {high}.")
            )
    if complaint.cost is not None and complaint.cost < Decimal(0):
        problems.append(Problem("cost", "invalid", "Cost cannot be negative."))
    email = complaint.customer.email.strip()
    if email and not _EMAIL.match(email):
        problems.append(
            Problem("customer_email", "invalid", "This does not look like an e-mail address.")
        )
    created = complaint.created_at.date()
    for name in ("promised_by", "followed_up_at"):
        when = getattr(complaint, name)
        if when is not None and when < created:
            problems.append(
                Problem(
                    name,
                    "invalid",
                    f"{FIELD_LABELS[name]} cannot be before the complaint was made.",
                )
            )
    return problems


def stage_problems(complaint: Complaint, stage: str) -> list[Problem]:
    """Everything that stops ``stage`` from being completed, with a reason a person understands."""
    problems = [
        Problem(name, "required", message)
        for name, message in REQUIRED[stage]
        if _empty(field_value(complaint, name))
    ]
    fields = set(STAGE_FIELDS[stage])
    return problems + [p for p in value_problems(complaint) if p.field in fields]


def status_for(stage: str) -> str:
    return {"listen": "draft", "follow_up": "awaiting_follow_up"}.get(stage, "in_progress")


class StageIncomplete(ValueError):
    """The current stage still needs something; ``problems`` says what."""

    def __init__(self, problems: list[Problem]):
        super().__init__(" ".join(p.message for p in problems))
        self.problems = problems


def advance(complaint: Complaint, now: datetime) -> tuple[Complaint, list[Event]]:
    """Completes the current stage and moves to the next one."""
    stage = complaint.stage
    problems = stage_problems(complaint, stage)
    if problems:
        raise StageIncomplete(problems)
    if stage == "follow_up":
        return finish(complaint, now)
    events = [Event("stage_completed", now, stage)]
    changes: dict[str, object] = {}
    if stage == "resolve":
        resolved_at = complaint.resolved_at or now
        changes["resolved_at"] = resolved_at
        if complaint.follow_up_due is None:
            changes["follow_up_due"] = (resolved_at + FOLLOW_UP_DELAY).date()
        events.append(Event("promise_made", now, stage, str(complaint.promised_by)))
    next_stage = STAGES[STAGES.index(stage) + 1]
    changes.update(stage=next_stage, status=status_for(next_stage))
    return complaint.replace(**changes), events


def go_back(complaint: Complaint) -> Complaint:
    """Returns to the previous stage; nothing typed is lost."""
    if complaint.stage == STAGES[0] or complaint.status == "closed":
        return complaint
    previous = STAGES[STAGES.index(complaint.stage) - 1]
    return complaint.replace(stage=previous, status=status_for(previous))


def finish(complaint: Complaint, now: datetime) -> tuple[Complaint, list[Event]]:
    """Closes a followed-up complaint; a follow-up that found it unresolved reopens it instead."""
    problems = stage_problems(complaint, "follow_up")
    if complaint.stage != "follow_up":
        problems = [Problem("stage", "invalid", "Finish the earlier stages first.")] + problems
    if problems:
        raise StageIncomplete(problems)
    events = [
        Event("stage_completed", now, "follow_up"),
        Event("follow_up_done", now, "follow_up", complaint.follow_up_result),
    ]
    if complaint.follow_up_result == "not_resolved":
        reopened, more = reopen(complaint, now, "The follow-up found the problem not resolved.")
        return reopened, events + more
    events.append(Event("closed", now, "follow_up"))
    return complaint.replace(status="closed"), events


def reopen(complaint: Complaint, now: datetime, reason: str = "") -> tuple[Complaint, list[Event]]:
    """Takes a closed or followed-up complaint back to the Resolve stage."""
    reopened = complaint.replace(stage="resolve", status="in_progress", resolved_at=None)
    return reopened, [Event("reopened", now, "resolve", reason)]
