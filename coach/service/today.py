"""The owner's day: the promises, follow-ups and drafts that need them now (no Qt)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from coach.complaints import rules
from coach.complaints.domain import Complaint, Event
from coach.service.transfer import reading
from coach.store import Store
from coach.store.agenda import complaints_by_id, due

KINDS: tuple[str, ...] = ("promise", "follow_up", "draft")
"""A promise due today or broken, a follow-up due today or overdue, a draft left open."""
DRAFT_LEFT_FOR = timedelta(days=1)
SHOWN_PER_KIND = 50


@dataclass(frozen=True)
class DueLine:
    """One thing to do: ``kind`` (see KINDS) for ``complaint``, due on ``day``."""

    kind: str
    complaint: Complaint
    day: date
    today: date = field(default=date.min, compare=False)

    @property
    def overdue(self) -> bool:
        """Due before ``today`` (a draft's ``day`` is the day it was last touched: never)."""
        return self.kind != "draft" and self.day < self.today


@dataclass(frozen=True)
class Agenda:
    """What is due on ``day``: ``counts`` of every kind, and the ``lines`` of the most overdue
    (at most SHOWN_PER_KIND of each kind), most overdue first."""

    day: date
    counts: dict[str, int]
    lines: tuple[DueLine, ...]

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def of_kind(self, kind: str) -> list[DueLine]:
        return [line for line in self.lines if line.kind == kind]


def agenda(store: Store, now: datetime, shown: int | Mapping[str, int] = SHOWN_PER_KIND) -> Agenda:
    """What needs the owner on ``now``'s day, with the lines of at most ``shown`` of each kind
    (one number, or one per kind)."""
    limits = shown if isinstance(shown, Mapping) else dict.fromkeys(KINDS, shown)
    day = now.date()
    counts, picked = due(store, day, now - DRAFT_LEFT_FOR, limits)
    complaints = complaints_by_id(store, [complaint_id for _, complaint_id, _ in picked])
    lines = tuple(
        DueLine(kind, complaints[complaint_id], date.fromisoformat(when), day)
        for kind, complaint_id, when in picked
        if complaint_id in complaints
    )
    return Agenda(day, counts, lines)


class Day:
    """What is due in an open store, and the actions that clear it (each one transaction)."""

    def __init__(self, store: Store):
        self._store = store

    def agenda(
        self, now: datetime | None = None, shown: int | Mapping[str, int] = SHOWN_PER_KIND
    ) -> Agenda:
        """The promises, follow-ups and drafts that need the owner on ``now``'s day (the
        lines of the ``shown`` most overdue of each kind)."""
        with reading(self._store):
            return agenda(self._store, now or datetime.now(), shown)

    def _save(self, change: tuple[Complaint, list[Event]], now: datetime) -> Complaint:
        complaint, events = change
        return self._store.save(complaint.replace(updated_at=now), events)

    def fix_done(self, complaint_id: int, now: datetime | None = None) -> Complaint:
        """Records the promised fix as delivered now; the follow-up moves to 24 hours after it."""
        now = (now or datetime.now()).replace(microsecond=0)
        return self._save(rules.fix_done(self._store.get(complaint_id), now), now)

    def reschedule_follow_up(
        self, complaint_id: int, day: date, now: datetime | None = None
    ) -> Complaint:
        """Moves the follow-up to ``day``; ValueError (in words) for a day before the complaint."""
        now = (now or datetime.now()).replace(microsecond=0)
        complaint = self._store.get(complaint_id)
        return self._save(rules.reschedule_follow_up(complaint, day, now), now)

    def record_follow_up(
        self,
        complaint_id: int,
        result: str,
        scores: dict[str, int | None],
        now: datetime | None = None,
    ) -> Complaint:
        """Stores the follow-up done now with ``result`` and ``scores`` and finishes the
        complaint (reopened when not resolved); StageIncomplete says what is missing."""
        now = (now or datetime.now()).replace(microsecond=0)
        complaint = self._store.get(complaint_id)
        return self._save(rules.record_follow_up(complaint, now, result, scores), now)
