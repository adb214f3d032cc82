"""What is due on a day: promises, follow-ups and drafts left open, as the store finds them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from coach.complaints.domain import Complaint
from coach.store import codec
from coach.store.database import _SELECT, Store
from coach.store.query import ComplaintQuery

KINDS: tuple[str, ...] = ("promise", "follow_up", "draft")
_OPEN = ("draft", "in_progress", "awaiting_follow_up")
# A promise is due or broken: a date was given, it has come, and the fix is not recorded.
_PROMISE = "(c.resolved_at IS NULL AND c.promised_by IS NOT NULL AND c.promised_by <= ?)"
_FOLLOW_UP = "(c.status = 'awaiting_follow_up' AND c.follow_up_due <= ?)"
_DRAFT = "(c.status IN ('draft', 'in_progress') AND coalesce(c.updated_at, c.created_at) < ?)"


def due(
    store: Store, day: date, stale_before: datetime, limits: Mapping[str, int]
) -> tuple[dict[str, int], list[tuple[str, int, str]]]:
    """How many open complaints of each kind need the owner on ``day``, and (kind, complaint id,
    ISO date due) of the ``limits[kind]`` most overdue of each: promises first, then follow-ups,
    then drafts. Kinds: "promise", "follow_up", "draft". A complaint is counted once: a promise
    before its follow-up, either before a draft (one untouched since ``stale_before``). One pass
    over a covering index of the open complaints' dates counts them; each kind's lines are its
    first rows in date order (SQLite keeps only those while it reads, instead of ranking all)."""
    where, params = ComplaintQuery(statuses=_OPEN).where()
    today, stale = day.isoformat(), codec.format_datetime(stale_before)
    kinds = {
        "promise": (_PROMISE, "c.promised_by", [today]),
        "follow_up": (
            f"NOT {_PROMISE} AND coalesce({_FOLLOW_UP}, 0)",
            "c.follow_up_due",
            [today, today],
        ),
        "draft": (
            f"NOT {_PROMISE} AND NOT coalesce({_FOLLOW_UP}, 0) AND coalesce({_DRAFT}, 0)",
            "substr(coalesce(c.updated_at, c.created_at), 1, 10)",
            [today, today, stale],
        ),
    }
    source = f"FROM complaints c INDEXED BY idx_complaints_open_dates WHERE {where}"
    sums = ", ".join(f"coalesce(sum({test}), 0)" for test, _, _ in kinds.values())
    (totals,) = store.read(
        f"SELECT {sums} {source}", [p for _, _, a in kinds.values() for p in a] + list(params)
    )
    counts = {kind: int(total) for kind, total in zip(KINDS, totals, strict=True)}
    lines: list[tuple[str, int, str]] = []
    for kind, (test, when, args) in kinds.items():
        wanted = min(limits.get(kind, 0), counts[kind])
        if wanted <= 0:
            continue
        rows = store.read(
            f"SELECT c.id, {when} AS due {source} AND {test} ORDER BY due, c.id LIMIT ?",
            [*params, *args, wanted],
        )
        lines.extend((kind, int(complaint_id), str(due_on)) for complaint_id, due_on in rows)
    return counts, lines


def complaints_by_id(store: Store, ids: Iterable[int]) -> dict[int, Complaint]:
    """The stored complaints among ``ids``, by id (those that are gone are left out)."""
    wanted = list(ids)
    found: dict[int, Complaint] = {}
    for first in range(0, len(wanted), 500):
        chunk: list[Any] = wanted[first : first + 500]
        marks = ", ".join("?" for _ in chunk)
        for complaint in store.find_rows(f"{_SELECT} WHERE c.id IN ({marks})", chunk):
            assert complaint.id is not None
            found[complaint.id] = complaint
    return found
