"""The owner's day: the promises, follow-ups and drafts that need them now (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from coach.complaints.domain import Complaint
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


def agenda(store: Store, now: datetime, shown: int = SHOWN_PER_KIND) -> Agenda:
    """What needs the owner on ``now``'s day."""
    day = now.date()
    found = due(store, day, now - DRAFT_LEFT_FOR)
    counts = dict.fromkeys(KINDS, 0)
    picked: list[tuple[str, int, str]] = []
    for kind, complaint_id, when in found:
        counts[kind] += 1
        if counts[kind] <= shown:
            picked.append((kind, complaint_id, when))
    complaints = complaints_by_id(store, [complaint_id for _, complaint_id, _ in picked])
    lines = tuple(
        DueLine(kind, complaints[complaint_id], date.fromisoformat(when), day)
        for kind, complaint_id, when in picked
        if complaint_id in complaints
    )
    return Agenda(day, counts, lines)
