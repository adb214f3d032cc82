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
    go_back,
    reopen,
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


def test_follow_up_defaults_to_24_hours_after_resolution() -> None:
    complaint = complete_complaint().replace(stage="resolve", status="in_progress")
    advanced, _ = advance(complaint, NOW)
    assert advanced.resolved_at == NOW
    assert advanced.follow_up_due == (NOW + timedelta(hours=24)).date()


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
