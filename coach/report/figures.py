"""The report's figures over one group of complaints (pure functions, no store, no Qt)."""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from coach.complaints.domain import Complaint

PROMOTER_MIN = 9
DETRACTOR_MAX = 6


@dataclass(frozen=True)
class Figures:
    """Counts, times, kept rates, satisfaction and cost of a group of complaints."""

    count: int
    open: int
    closed: int
    median_hours_to_resolve: float | None
    mean_hours_to_resolve: float | None
    promises_kept_rate: float | None
    follow_ups_on_time_rate: float | None
    mean_csat: float | None
    mean_ces: float | None
    nps: float | None
    total_cost: Decimal


def hours_to_resolve(complaint: Complaint) -> float | None:
    """Hours from created to resolved (never negative); None while unresolved."""
    if complaint.resolved_at is None:
        return None
    seconds = (complaint.resolved_at - complaint.created_at).total_seconds()
    return max(seconds, 0.0) / 3600


def promise_kept(complaint: Complaint, today: date) -> bool | None:
    """Whether the promised-by date was met; None when there is no promise or it is still ahead."""
    promised = complaint.promised_by
    if promised is None:
        return None
    if complaint.resolved_at is not None:
        return complaint.resolved_at.date() <= promised
    return False if promised < today else None


def follow_up_on_time(complaint: Complaint, today: date) -> bool | None:
    """Whether the follow-up was done by its due date; None when none is due yet."""
    due = complaint.follow_up_due
    if due is None:
        return None
    if complaint.followed_up_at is not None:
        return complaint.followed_up_at <= due
    return False if due < today else None


def nps_score(scores: Iterable[int]) -> float | None:
    """% promoters (9-10) minus % detractors (0-6), from -100 to 100; None without scores."""
    values = list(scores)
    if not values:
        return None
    promoters = sum(1 for v in values if v >= PROMOTER_MIN)
    detractors = sum(1 for v in values if v <= DETRACTOR_MAX)
    return 100.0 * (promoters - detractors) / len(values)


def rate(outcomes: Sequence[bool]) -> float | None:
    """The share of True among ``outcomes``; None when there are none."""
    return sum(outcomes) / len(outcomes) if outcomes else None


def mean(values: Sequence[float]) -> float | None:
    return statistics.fmean(values) if values else None


def median(values: Sequence[float]) -> float | None:
    return float(statistics.median(values)) if values else None


def figures(complaints: Sequence[Complaint], today: date) -> Figures:
    """The figures of ``complaints``; promises and follow-ups due after ``today`` are not counted."""
    hours: list[float] = []
    csat: list[int] = []
    ces: list[int] = []
    nps: list[int] = []
    promises: list[bool] = []
    follow_ups: list[bool] = []
    closed = 0
    cost = Decimal(0)
    for complaint in complaints:
        closed += complaint.status == "closed"
        if (spent := hours_to_resolve(complaint)) is not None:
            hours.append(spent)
        if (kept := promise_kept(complaint, today)) is not None:
            promises.append(kept)
        if (on_time := follow_up_on_time(complaint, today)) is not None:
            follow_ups.append(on_time)
        for scores, score in ((csat, complaint.csat), (ces, complaint.ces), (nps, complaint.nps)):
            if score is not None:
                scores.append(score)
        cost += complaint.cost or 0
    return Figures(
        count=len(complaints),
        open=len(complaints) - closed,
        closed=closed,
        median_hours_to_resolve=median(hours),
        mean_hours_to_resolve=mean(hours),
        promises_kept_rate=rate(promises),
        follow_ups_on_time_rate=rate(follow_ups),
        mean_csat=mean(csat),
        mean_ces=mean(ces),
        nps=nps_score(nps),
        total_cost=cost,
    )
