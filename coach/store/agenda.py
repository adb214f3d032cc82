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
    before its follow-up, either before a draft (one untouched since ``stale_before``). Counted
    and ranked inside SQLite, over one covering index of the open complaints' dates."""
    where, params = ComplaintQuery(statuses=_OPEN).where()
    today, stale = day.isoformat(), codec.format_datetime(stale_before)
    found = f"""
        SELECT CASE WHEN {_PROMISE} THEN 'promise'
                    WHEN {_FOLLOW_UP} THEN 'follow_up'
                    WHEN {_DRAFT} THEN 'draft' END AS kind,
               c.id AS id,
               CASE WHEN {_PROMISE} THEN c.promised_by
                    WHEN {_FOLLOW_UP} THEN c.follow_up_due
                    ELSE substr(coalesce(c.updated_at, c.created_at), 1, 10) END AS due
        FROM complaints c INDEXED BY idx_complaints_open_dates
        WHERE c.deleted_at IS NULL AND {where}"""
    ranked = f"""
        SELECT kind, id, due, rank, total FROM (
            SELECT kind, id, due,
                   row_number() OVER (PARTITION BY kind ORDER BY due, id) AS rank,
                   count(*) OVER (PARTITION BY kind) AS total
            FROM ({found}) WHERE kind IS NOT NULL
        ) WHERE rank <= CASE kind WHEN 'promise' THEN ? WHEN 'follow_up' THEN ? ELSE ? END
        ORDER BY CASE kind WHEN 'promise' THEN 0 WHEN 'follow_up' THEN 1 ELSE 2 END, due, id"""
    wanted = [limits.get(kind, 0) for kind in KINDS]
    rows = store.read(
        ranked, [today, today, stale, today, today, *params, *(max(n, 1) for n in wanted)]
    )
    counts = dict.fromkeys(KINDS, 0)
    lines = []
    for kind, complaint_id, when, rank, total in rows:
        counts[kind] = int(total)
        if rank <= limits.get(kind, 0):
            lines.append((str(kind), int(complaint_id), str(when)))
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
