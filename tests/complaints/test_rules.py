"""Stage rules: what each stage needs, in words, and how a complaint moves through the stages."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from coach.complaints.domain import Complaint, Customer
from coach.complaints.rules import (
    FIELD_LABELS,
    REQUIRED,
    STAGE_FIELDS,
    StageIncomplete,
    advance,
    finish,
    fix_done,
    follow_up_due_for,
    go_back,
    record_follow_up,
    reopen,
    reschedule_follow_up,
    stage_problems,
)
from coach.complaints.vocabulary import STAGES

NOW = datetime(2026, 10, 5, 10, 0)


def complete_complaint() -> Complaint:
    return Complaint(
        created_at=datetime(2026, 10, 5, 9, 30),
        customer=Customer("Ali", "0791234567"),
        channel="in_person",
        description="The shoes fell apart after a week.",
        root_cause="product_defect",
        severity="medium",
        fault="ours",
        apology="That was our mistake; I'm sorry.",
        wanted_outcome="replacement",
        resolution="A new pair today.",
        promised_by=date(2026, 10, 6),
        followed_up_at=date(2026, 10, 7),
        follow_up_result="resolved",
    )


def test_every_stage_field_has_a_label() -> None:
    for stage in STAGES:
        for name in STAGE_FIELDS[stage]:
            assert FIELD_LABELS[name]


def test_an_empty_listen_stage_says_what_is_missing() -> None:
    problems = stage_problems(Complaint(created_at=NOW), "listen")
    assert {p.field for p in problems} == {name for name, _ in REQUIRED["listen"]}
    description = next(p for p in problems if p.field == "description")
    assert "customer's own words" in description.message


def test_advance_refuses_with_reasons_and_keeps_the_stage() -> None:
    complaint = Complaint(created_at=NOW, description="  ")
    with pytest.raises(StageIncomplete) as raised:
        advance(complaint, NOW)
    assert "description" in {p.field for p in raised.value.problems}
    assert complaint.stage == "listen"


def test_a_complaint_walks_all_five_stages_and_closes() -> None:
    complaint = complete_complaint()
    kinds: list[str] = []
    for expected in STAGES[1:]:
        complaint, events = advance(complaint, NOW)
        kinds += [e.kind for e in events]
        assert complaint.stage == expected
    assert complaint.status == "awaiting_follow_up"
    complaint, events = finish(complaint, NOW)
    kinds += [e.kind for e in events]
    assert complaint.status == "closed"
    assert kinds.count("stage_completed") == 5
    assert "promise_made" in kinds and "follow_up_done" in kinds and "closed" in kinds


def test_a_fix_given_on_the_day_is_followed_up_24_hours_later() -> None:
    complaint = complete_complaint().replace(
        stage="resolve", status="in_progress", promised_by=NOW.date()
    )
    advanced, _ = advance(complaint, NOW)
    assert advanced.resolved_at == NOW
    assert advanced.follow_up_due == (NOW + timedelta(hours=24)).date()


def test_a_fix_still_to_come_is_followed_up_24_hours_after_the_promised_date() -> None:
    complaint = complete_complaint().replace(
        stage="resolve", status="in_progress", promised_by=date(2026, 10, 9)
    )
    advanced, _ = advance(complaint, NOW)
    assert advanced.resolved_at is None
    assert advanced.follow_up_due == date(2026, 10, 10)
    assert (advanced.stage, advanced.status) == ("follow_up", "awaiting_follow_up")
    assert follow_up_due_for(advanced) == date(2026, 10, 10)


def test_the_fix_done_moves_the_follow_up_to_24_hours_after_it() -> None:
    waiting, _ = advance(
        complete_complaint().replace(
            stage="resolve", status="in_progress", promised_by=date(2026, 10, 9)
        ),
        NOW,
    )
    fixed_at = datetime(2026, 10, 7, 16, 0)
    fixed, events = fix_done(waiting, fixed_at)
    assert fixed.resolved_at == fixed_at and fixed.follow_up_due == date(2026, 10, 8)
    assert fixed.status == "awaiting_follow_up" and [e.kind for e in events] == ["fix_done"]
    assert fix_done(fixed, NOW) == (fixed, [])


def test_a_follow_up_date_the_owner_chose_survives_the_fix() -> None:
    chosen = complete_complaint().replace(
        stage="follow_up",
        status="awaiting_follow_up",
        promised_by=date(2026, 10, 9),
        follow_up_due=date(2026, 10, 20),
    )
    fixed, _ = fix_done(chosen, datetime(2026, 10, 7, 16, 0))
    assert fixed.follow_up_due == date(2026, 10, 20)


def test_a_rescheduled_follow_up_stays_awaiting_until_done() -> None:
    waiting = complete_complaint().replace(
        stage="follow_up",
        status="awaiting_follow_up",
        followed_up_at=None,
        follow_up_result="",
        resolved_at=NOW,
        follow_up_due=date(2026, 10, 6),
    )
    moved, events = reschedule_follow_up(waiting, date(2026, 10, 12), NOW)
    assert (moved.follow_up_due, moved.status) == (date(2026, 10, 12), "awaiting_follow_up")
    assert (events[0].kind, events[0].detail) == ("follow_up_rescheduled", "2026-10-12")
    with pytest.raises(ValueError, match="before the complaint was made"):
        reschedule_follow_up(waiting, date(2026, 9, 1), NOW)
    done, events = record_follow_up(moved, datetime(2026, 10, 12, 9), "resolved", {"csat": 4})
    assert (done.status, done.followed_up_at, done.csat) == ("closed", date(2026, 10, 12), 4)
    assert [e.kind for e in events][-1] == "closed"
    again, _ = record_follow_up(moved, datetime(2026, 10, 12, 9), "not_resolved", {})
    assert (again.status, again.stage) == ("in_progress", "resolve")


def test_an_unresolved_follow_up_reopens() -> None:
    complaint = complete_complaint().replace(
        stage="follow_up", status="awaiting_follow_up", follow_up_result="not_resolved"
    )
    reopened, events = finish(complaint, NOW)
    assert reopened.status == "in_progress" and reopened.stage == "resolve"
    assert "reopened" in [e.kind for e in events]


def test_scores_out_of_range_are_refused_in_words() -> None:
    complaint = complete_complaint().replace(stage="follow_up", csat=6, nps=11, ces=0)
    problems = stage_problems(complaint, "follow_up")
    messages = {p.field: p.message for p in problems}
    assert messages["csat"] == "Satisfaction (CSAT) must be from 1 to 5."
    assert "0 to 10" in messages["nps"] and "1 to 7" in messages["ces"]


def test_negative_cost_and_early_promise_are_refused() -> None:
    complaint = complete_complaint().replace(cost=Decimal("-1"), promised_by=date(2026, 10, 1))
    fields = {p.field for p in stage_problems(complaint, "resolve")}
    assert {"cost", "promised_by"} <= fields


def test_back_keeps_everything() -> None:
    complaint = complete_complaint().replace(stage="apologise", status="in_progress")
    back = go_back(complaint)
    assert back.stage == "clarify" and back.apology == complaint.apology


def test_reopen_returns_to_resolve() -> None:
    closed = complete_complaint().replace(stage="follow_up", status="closed")
    reopened, events = reopen(closed, NOW, "Customer called again")
    assert (reopened.stage, reopened.status) == ("resolve", "in_progress")
    assert events[0].detail == "Customer called again"
