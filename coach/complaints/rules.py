"""What each stage needs before the wizard moves on, and how a complaint moves through them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from operator import attrgetter

from coach.complaints.domain import Complaint, Event, field_value
from coach.complaints.fields import FIELDS, FieldSpec, stage_fields
from coach.complaints.vocabulary import STAGES

FIELD_LABELS: dict[str, str] = {spec.key: spec.label for spec in FIELDS if spec.stage}
STAGE_FIELDS: dict[str, tuple[str, ...]] = {
    stage: tuple(spec.key for spec in stage_fields(stage)) for stage in STAGES
}
REQUIRED: dict[str, tuple[tuple[str, str], ...]] = {
    stage: tuple((spec.key, spec.required) for spec in stage_fields(stage) if spec.required)
    for stage in STAGES
}
SCORE_RANGES: dict[str, tuple[int, int]] = {
    spec.key: spec.score_range for spec in FIELDS if spec.score_range is not None
}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
FOLLOW_UP_DELAY = timedelta(hours=24)
_ZERO = Decimal(0)


@dataclass(frozen=True)
class Problem:
    """Why a field stops the wizard: ``code`` is "required" or "invalid"."""

    field: str
    code: str
    message: str


def _empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def value_problems(complaint: Complaint) -> list[Problem]:
    """Values that are wrong wherever they appear, whatever the stage."""
    created = complaint.created_at.date()
    return [
        Problem(spec.key, "invalid", spec.invalid)
        for spec, read in _RULED
        if (value := read(complaint)) is not None and _breaks_rule(spec, value, created)
    ]


_RULED = tuple(
    (spec, attrgetter(f"customer.{spec.attribute}" if spec.on_customer else spec.key))
    for spec in FIELDS
    if spec.invalid
)


def _breaks_rule(spec: FieldSpec, value: object, created: date) -> bool:
    if value is None:
        return False
    if spec.score_range is not None and isinstance(value, int):
        low, high = spec.score_range
        return not low <= value <= high
    if spec.kind == "money" and isinstance(value, Decimal):
        return value < _ZERO
    if spec.kind == "email" and isinstance(value, str):
        return bool(value.strip()) and not _EMAIL.match(value.strip())
    if spec.not_before_created and isinstance(value, date):
        return value < created
    return False


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


def follow_up_due_for(complaint: Complaint) -> date | None:
    """When the follow-up call falls due (001:R7): 24 hours after the fix is done
    (``resolved_at``), or, while the fix is still to come, 24 hours after the promised-by date."""
    if complaint.resolved_at is not None:
        return (complaint.resolved_at + FOLLOW_UP_DELAY).date()
    if complaint.promised_by is not None:
        return (datetime.combine(complaint.promised_by, time()) + FOLLOW_UP_DELAY).date()
    return None


def _fixed_on_leaving_resolve(complaint: Complaint, now: datetime) -> datetime | None:
    promised = complaint.promised_by
    if complaint.resolved_at is None and (promised is None or promised <= now.date()):
        return now
    return complaint.resolved_at


def planned_follow_up(complaint: Complaint, now: datetime) -> date | None:
    """The follow-up date that leaving Resolve ``now`` sets: the one the owner chose, else
    ``follow_up_due_for`` the complaint as it then is."""
    if complaint.follow_up_due is not None:
        return complaint.follow_up_due
    return follow_up_due_for(
        complaint.replace(resolved_at=_fixed_on_leaving_resolve(complaint, now))
    )


def advance(complaint: Complaint, now: datetime) -> tuple[Complaint, list[Event]]:
    """Completes the current stage and moves to the next one.

    Leaving Resolve records the fix as done now when it was promised for today or earlier (a fix
    promised for later is recorded by ``fix_done``) and sets the follow-up from the fix."""
    stage = complaint.stage
    problems = stage_problems(complaint, stage)
    if problems:
        raise StageIncomplete(problems)
    if stage == "follow_up":
        return finish(complaint, now)
    events = [Event("stage_completed", now, stage)]
    changes: dict[str, object] = {}
    if stage == "resolve":
        changes["resolved_at"] = _fixed_on_leaving_resolve(complaint, now)
        changes["follow_up_due"] = planned_follow_up(complaint, now)
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


def fix_done(complaint: Complaint, now: datetime) -> tuple[Complaint, list[Event]]:
    """Records that the promised fix was delivered ``now``; a follow-up date that was set from the
    promise moves to 24 hours after the fix (one the owner chose stays)."""
    if complaint.status == "closed" or complaint.resolved_at is not None:
        return complaint, []
    fixed = complaint.replace(resolved_at=now)
    if complaint.follow_up_due in (None, follow_up_due_for(complaint)):
        fixed = fixed.replace(follow_up_due=follow_up_due_for(fixed))
    return fixed, [Event("fix_done", now, complaint.stage)]


def reschedule_follow_up(
    complaint: Complaint, day: date, now: datetime
) -> tuple[Complaint, list[Event]]:
    """Moves the follow-up to ``day``; the complaint stays awaiting its follow-up.
    ValueError (in words) for a day before the complaint was made."""
    if day < complaint.created_at.date():
        raise ValueError("The follow-up cannot be before the complaint was made.")
    moved = complaint.replace(follow_up_due=day)
    return moved, [Event("follow_up_rescheduled", now, complaint.stage, day.isoformat())]


def record_follow_up(
    complaint: Complaint,
    now: datetime,
    result: str,
    scores: dict[str, int | None],
) -> tuple[Complaint, list[Event]]:
    """The follow-up done today with ``result`` and ``scores`` (csat, ces, nps), then finished:
    closed, or reopened when it found the problem not resolved. StageIncomplete as ``finish``."""
    done = complaint.replace(
        followed_up_at=now.date(),
        follow_up_result=result,
        **{key: scores.get(key, getattr(complaint, key)) for key in SCORE_RANGES},
    )
    return finish(done, now)


def reopen(complaint: Complaint, now: datetime, reason: str = "") -> tuple[Complaint, list[Event]]:
    """Takes a closed or followed-up complaint back to the Resolve stage."""
    reopened = complaint.replace(stage="resolve", status="in_progress", resolved_at=None)
    return reopened, [Event("reopened", now, "resolve", reason)]


# --- complaints that arrive with their fields filled in (an import) --------------------------


def opened(complaint: Complaint, detail: str = "") -> Event:
    """The first entry of every complaint's timeline: it was made (``detail`` says how)."""
    return Event("created", complaint.created_at, STAGES[0], detail)


def _filled(value: object) -> bool:
    return value is not None and value != "" and value is not False


def likely_status(complaint: Complaint) -> str:
    """The status a complaint known only by its fields most likely has: closed (or reopened) once
    followed up, awaiting the follow-up once resolved, in progress once anything after Listen is
    filled in, else a draft."""
    if complaint.followed_up_at and complaint.follow_up_result:
        return "in_progress" if complaint.follow_up_result == "not_resolved" else "closed"
    if complaint.resolved_at:
        return "awaiting_follow_up"
    later = (name for stage in STAGES[1:-1] for name in STAGE_FIELDS[stage])
    if any(_filled(field_value(complaint, name)) for name in later):
        return "in_progress"
    return "draft"


def at_status(complaint: Complaint, status: str = "") -> Complaint:
    """``complaint`` at ``status`` (its likely one when empty) and the stage that status implies:
    a draft is at Listen; one in progress at the first of Clarify and Apologise it has not
    completed, else Resolve; any other at Follow-up."""
    status, stage = status_and_stage(complaint, status)
    return complaint.replace(status=status, stage=stage)


def status_and_stage(complaint: Complaint, status: str = "") -> tuple[str, str]:
    """The status and stage ``at_status`` gives ``complaint`` (for callers that set them on a
    complaint they have just made, such as an import)."""
    status = status or likely_status(complaint)
    if status == "draft":
        return status, STAGES[0]
    if status == "in_progress":
        later = (s for s in ("clarify", "apologise") if stage_problems(complaint, s))
        return status, next(later, "resolve")
    return status, STAGES[-1]


def recorded_events(complaint: Complaint, detail: str = "") -> list[Event]:
    """The timeline that a complaint's dates show it went through: opened (with ``detail``), the
    promise made, the follow-up done and, when closed, the closing."""
    start = complaint.created_at
    events = [opened(complaint, detail)]
    if complaint.promised_by:
        promised = str(complaint.promised_by)
        events.append(Event("promise_made", complaint.resolved_at or start, "resolve", promised))
    if complaint.followed_up_at:
        done = max(start, datetime.combine(complaint.followed_up_at, datetime.min.time()))
        events.append(Event("follow_up_done", done, "follow_up", complaint.follow_up_result))
        if complaint.status == "closed":
            events.append(Event("closed", done, "follow_up"))
    return events
