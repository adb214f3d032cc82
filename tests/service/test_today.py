"""The owner's day through the service: what is due, and the actions that clear it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from coach.complaints.domain import Complaint, Customer
from coach.service import Coach, StageIncomplete

NOW = datetime(2026, 10, 15, 11, 0)
TODAY = NOW.date()


@pytest.fixture
def coach(data_dir: Path) -> Iterator[Coach]:
    with Coach.open(data_dir, "en") as opened:
        yield opened


def made(coach: Coach, name: str, days_ago: int = 5, **fields: object) -> Complaint:
    created = NOW - timedelta(days=days_ago)
    complaint = Complaint(
        created_at=created,
        customer=Customer(name),
        channel="phone",
        description=f"{name}'s complaint",
        **fields,  # type: ignore[arg-type]
    )
    return coach.save(complaint, now=fields.get("updated_at") or created)  # type: ignore[arg-type]


def awaiting(**fields: object) -> dict[str, object]:
    return dict(stage="follow_up", status="awaiting_follow_up", **fields)


def test_the_day_lists_broken_promises_due_follow_ups_and_old_drafts_once(coach: Coach) -> None:
    broken = made(coach, "Broken", **awaiting(promised_by=TODAY - timedelta(days=2)))
    promised_today = made(coach, "Today", stage="resolve", status="in_progress", promised_by=TODAY)
    made(coach, "Later", **awaiting(promised_by=TODAY + timedelta(days=3)))
    overdue = made(
        coach,
        "Overdue",
        **awaiting(resolved_at=NOW - timedelta(days=3), follow_up_due=TODAY - timedelta(days=2)),
    )
    due_today = made(
        coach, "Due", **awaiting(resolved_at=NOW - timedelta(days=1), follow_up_due=TODAY)
    )
    made(
        coach,
        "Tomorrow",
        **awaiting(resolved_at=NOW, follow_up_due=TODAY + timedelta(days=1)),
    )
    old_draft = made(coach, "Old draft", days_ago=3)
    made(coach, "Fresh draft", days_ago=0)
    made(coach, "Closed", stage="follow_up", status="closed", promised_by=TODAY - timedelta(9))

    day = coach.day.agenda(NOW)

    assert day.counts == {"promise": 2, "follow_up": 2, "draft": 1} and day.total == 5
    names = {
        kind: [line.complaint.customer.name for line in day.of_kind(kind)] for kind in day.counts
    }
    assert names == {
        "promise": ["Broken", "Today"],
        "follow_up": ["Overdue", "Due"],
        "draft": ["Old draft"],
    }
    first = day.lines[0]
    assert first.complaint.id == broken.id and first.overdue and first.day == broken.promised_by
    assert not next(x for x in day.lines if x.complaint.id == promised_today.id).overdue
    assert {line.complaint.id for line in day.lines} >= {overdue.id, due_today.id, old_draft.id}


def test_fix_done_turns_a_promise_into_a_follow_up_tomorrow(coach: Coach) -> None:
    broken = made(coach, "Broken", **awaiting(promised_by=TODAY - timedelta(days=2)))
    fixed = coach.day.fix_done(broken.id or 0, NOW)
    assert fixed.resolved_at == NOW and fixed.follow_up_due == TODAY + timedelta(days=1)
    assert coach.day.agenda(NOW).total == 0
    tomorrow = coach.day.agenda(NOW + timedelta(days=1))
    assert [line.kind for line in tomorrow.lines] == ["follow_up"]
    assert coach.events(broken.id or 0)[-1].kind == "fix_done"


def test_reschedule_and_follow_up_done_clear_the_line(coach: Coach) -> None:
    due = made(coach, "Due", **awaiting(resolved_at=NOW, follow_up_due=TODAY))
    assert due.id is not None
    moved = coach.day.reschedule_follow_up(due.id, TODAY + timedelta(days=2), NOW)
    assert (moved.follow_up_due, moved.status) == (TODAY + timedelta(2), "awaiting_follow_up")
    assert coach.day.agenda(NOW).total == 0
    assert coach.day.agenda(NOW + timedelta(days=2)).counts["follow_up"] == 1
    with pytest.raises(ValueError):
        coach.day.reschedule_follow_up(due.id, date(2020, 1, 1), NOW)

    with pytest.raises(StageIncomplete):
        coach.day.record_follow_up(due.id, "", {}, NOW)
    done = coach.day.record_follow_up(due.id, "resolved", {"csat": 5, "nps": 9}, NOW)
    assert (done.status, done.followed_up_at, done.csat, done.nps) == ("closed", TODAY, 5, 9)
    assert coach.day.agenda(NOW + timedelta(days=2)).total == 0


def test_many_due_are_counted_but_only_the_most_overdue_are_read(coach: Coach) -> None:
    for days in range(60):
        made(
            coach,
            f"C{days}",
            days_ago=days + 2,
            **awaiting(resolved_at=NOW - timedelta(days=40), follow_up_due=TODAY - timedelta(days)),
        )
    day = coach.day.agenda(NOW)
    assert day.counts["follow_up"] == 60 and len(day.lines) == 50
    assert day.lines[0].complaint.customer.name == "C59"
