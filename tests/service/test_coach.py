"""One complaint driven through the service on a real data folder: every stage, the log, notes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from coach.complaints.domain import Complaint, Customer
from coach.errors import StoreError
from coach.service import Coach, ComplaintQuery, StageIncomplete
from coach.text.periods import month_period

START = datetime(2026, 10, 5, 9, 30)


@pytest.fixture
def coach(data_dir: Path) -> Iterator[Coach]:
    with Coach.open(data_dir, "en") as opened:
        yield opened


def kinds(coach: Coach, complaint: Complaint) -> list[str]:
    assert complaint.id is not None
    return [event.kind for event in coach.events(complaint.id)]


def at(minutes: int) -> datetime:
    return START + timedelta(minutes=minutes)


def test_a_complaint_goes_from_new_to_closed_and_each_step_is_stored(
    coach: Coach, data_dir: Path
) -> None:
    complaint = coach.new_complaint(START)
    assert complaint.id is None and (complaint.stage, complaint.status) == ("listen", "draft")
    with pytest.raises(StageIncomplete) as missing:
        coach.advance(complaint, at(1))
    assert {"customer_name", "channel", "description"} <= {p.field for p in missing.value.problems}
    assert coach.count() == 0

    complaint = coach.save(
        complaint.replace(customer=Customer("Sara Ahmadi", "0912 123 4567"), channel="phone"),
        now=at(1),
    )
    assert complaint.id is not None and kinds(coach, complaint) == ["created"]
    complaint = coach.advance(complaint.replace(description="The cake came late."), at(2))
    assert (complaint.stage, complaint.status) == ("clarify", "in_progress")
    complaint = coach.advance(
        complaint.replace(root_cause="delivery_delay", severity="medium"), at(3)
    )
    complaint = coach.advance(complaint.replace(fault="ours", apology="I'm sorry."), at(4))
    assert complaint.stage == "resolve"
    with pytest.raises(StageIncomplete) as unresolved:
        coach.advance(complaint, at(5))
    assert "promised_by" in {p.field for p in unresolved.value.problems}
    complaint = coach.advance(
        complaint.replace(
            wanted_outcome="refund", resolution="Refund today.", promised_by=date(2026, 10, 6)
        ),
        at(5),
    )
    assert (complaint.stage, complaint.status) == ("follow_up", "awaiting_follow_up")
    assert complaint.resolved_at is None and complaint.follow_up_due == date(2026, 10, 7)
    complaint = coach.finish(
        complaint.replace(followed_up_at=date(2026, 10, 7), follow_up_result="resolved"), at(6)
    )
    assert complaint.status == "closed"

    with Coach.open(data_dir) as again:
        stored = again.get(complaint.id or 0)
        assert (stored.stage, stored.status, stored.resolution) == (
            "follow_up",
            "closed",
            "Refund today.",
        )
        assert kinds(again, stored) == [
            "created",
            *["stage_completed"] * 3,
            "stage_completed",
            "promise_made",
            "stage_completed",
            "follow_up_done",
            "closed",
        ]
        assert again.drafts() == []


def test_going_back_keeps_what_was_typed_and_a_closed_complaint_stays(coach: Coach) -> None:
    complaint = coach.save(
        Complaint(created_at=START, description="Wrong size.", stage="apologise", apology="Sorry")
    )
    back = coach.go_back(complaint)
    assert (back.stage, back.status, back.apology) == ("clarify", "in_progress", "Sorry")
    assert coach.go_back(coach.get(back.id or 0), "listen").stage == "listen"
    assert coach.get(back.id or 0).status == "draft"
    closed = coach.save(complaint.replace(stage="follow_up", status="closed"))
    assert coach.go_back(closed, "listen").stage == "follow_up"


def test_reopen_and_a_follow_up_that_found_it_unresolved_go_back_to_resolve(coach: Coach) -> None:
    done = coach.save(
        Complaint(
            created_at=START,
            customer=Customer("Reza"),
            channel="in_person",
            description="Broken zip.",
            stage="follow_up",
            status="awaiting_follow_up",
            resolved_at=at(60),
            followed_up_at=date(2026, 10, 8),
            follow_up_result="not_resolved",
        )
    )
    again = coach.finish(done, at(90))
    assert (again.stage, again.status, again.resolved_at) == ("resolve", "in_progress", None)
    assert kinds(coach, again)[-1] == "reopened"

    closed = coach.save(again.replace(stage="follow_up", status="closed"))
    reopened = coach.reopen(closed, "The customer rang again.", at(120))
    assert (reopened.stage, reopened.status) == ("resolve", "in_progress")
    last = coach.events(reopened.id or 0)[-1]
    assert (last.kind, last.stage, last.detail) == (
        "reopened",
        "resolve",
        "The customer rang again.",
    )


def test_a_note_is_kept_at_the_complaints_stage_exactly_as_typed(coach: Coach) -> None:
    complaint = coach.save(Complaint(created_at=START, stage="clarify", status="in_progress"))
    text = "با مشتری تماس گرفتم؛ گفت\u200cوگو خوب بود \u06f2"
    note = coach.add_note(complaint.id or 0, text, at(3))
    assert (note.kind, note.stage, note.detail, note.at) == ("note", "clarify", text, at(3))
    stored = coach.events(complaint.id or 0)[-1]
    assert (stored.kind, stored.stage, stored.detail, stored.at) == ("note", "clarify", text, at(3))
    with pytest.raises(ValueError):
        coach.add_note(complaint.id or 0, "   ")
    with pytest.raises(KeyError):
        coach.add_note(999, "Nobody")
    assert kinds(coach, complaint) == ["created", "note"]


def test_the_log_is_searched_a_page_at_a_time_newest_first(coach: Coach) -> None:
    for number in range(25):
        coach.save(
            Complaint(
                created_at=START + timedelta(days=2 * number),
                customer=Customer(f"Customer {number}"),
                product="cake" if number % 5 == 0 else "bread",
                status="closed" if number % 2 else "draft",
            )
        )
    first = coach.search(limit=10)
    second = coach.search(offset=10, limit=10)
    last = coach.search(offset=20, limit=10)
    names = [c.customer.name for c in first + second + last]
    assert names == [f"Customer {n}" for n in reversed(range(25))]
    assert coach.count() == 25
    cakes = ComplaintQuery(text="cake")
    assert coach.count(cakes) == 5
    assert [c.customer.name for c in coach.search(cakes, offset=1, limit=2)] == [
        "Customer 15",
        "Customer 10",
    ]
    assert coach.count(ComplaintQuery(unfinished=True)) == 13
    assert coach.count_in(month_period(2026, 10)) == 14  # October 5th to 31st
    assert coach.first_day() == START.date()
    assert coach.search(limit=2, order="oldest")[0].customer.name == "Customer 0"


def test_root_causes_carry_their_labels_and_new_ones_appear(coach: Coach) -> None:
    causes = coach.root_causes()
    assert causes["delivery_delay"] == coach.playbook.root_cause("delivery_delay").label
    coach.add_root_cause("late_pickup", "Late pickup")
    assert coach.root_causes()["late_pickup"] == "Late pickup"
    assert coach.cause_label("late_pickup") == "Late pickup"
    assert coach.cause_label("") == ""
    with pytest.raises(ValueError):
        coach.add_root_cause("Not A Key")


def test_a_customer_is_found_by_phone_digits_and_their_signs_follow_them(coach: Coach) -> None:
    first = coach.save(
        Complaint(
            created_at=START,
            customer=Customer("Ali", "0912 123 4567"),
            checklist={"customer_signs": ["time_drain"]},
        )
    )
    customer_id = first.customer.id
    assert customer_id is not None
    assert coach.customer_id_for("09121234567", "") == customer_id
    assert coach.customer_id_for("", "nobody@example.com") is None
    second = coach.save(Complaint(created_at=at(60), customer=Customer("Ali", id=customer_id)))
    history = coach.customer_history(customer_id, second)
    assert history.signs == {"time_drain"} and history.complaints_with_signs == 1
    coach.set_customer_signs(customer_id, ["late_payment"])
    assert coach.customer(customer_id).signs == ["late_payment"]
    assert [c.name for c in coach.customers()] == ["Ali"]


def test_the_report_summary_comes_from_the_same_folder(coach: Coach) -> None:
    for number in range(3):
        coach.save(
            Complaint(created_at=START + timedelta(hours=number), root_cause="delivery_delay")
        )
    steps: list[tuple[int, int]] = []
    summary = coach.report_summary(
        month_period(2026, 10), lang="fa", progress=lambda done, total: steps.append((done, total))
    )
    assert summary.total == 3 and summary.lang == "fa"
    assert summary.causes[0].label == coach.playbook_in("fa").cause_label("delivery_delay")
    assert steps[-1][0] == steps[-1][1]


def test_a_folder_that_cannot_be_used_is_refused_in_words(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "complaints.db").write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError) as refused:
        Coach.open(folder)
    assert "not a Complaint Coach database" in refused.value.message
