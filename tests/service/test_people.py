"""Customers through the service: their story, notes, matches while typing, and merging."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from coach.complaints.domain import Complaint, Customer
from coach.service import Coach, ComplaintQuery

START = datetime(2026, 9, 1, 10, 0)


@pytest.fixture
def coach(data_dir: Path) -> Iterator[Coach]:
    with Coach.open(data_dir, "en") as opened:
        yield opened


def made(coach: Coach, customer: Customer, days: int, **fields: object) -> Complaint:
    complaint = Complaint(
        created_at=START + timedelta(days=days),
        customer=customer,
        channel="phone",
        description="The order was wrong.",
        **fields,  # type: ignore[arg-type]
    )
    return coach.save(complaint)


def test_a_customer_story_adds_up_their_complaints(coach: Coach) -> None:
    sara = Customer("Sara Ahmadi", "0912 123 4567")
    first = made(
        coach,
        sara,
        0,
        status="closed",
        stage="follow_up",
        cost=Decimal("12.50"),
        csat=2,
        followed_up_at=date(2026, 9, 3),
        checklist={"customer_signs": ["late_payment"]},
    )
    assert first.customer.id is not None
    made(
        coach,
        Customer(phone="09121234567"),
        10,
        status="closed",
        stage="follow_up",
        cost=Decimal("7.25"),
        csat=4,
        followed_up_at=date(2026, 9, 12),
        checklist={"customer_signs": ["late_payment", "time_drain"]},
    )
    made(coach, Customer(phone="0912-123-4567"), 20)
    made(coach, Customer("Someone else", "0700 000 000"), 5, cost=Decimal("100"))

    story = coach.people.story(first.customer.id)
    assert story.customer.name == "Sara Ahmadi"
    assert (story.complaints, story.still_open) == (3, 1)
    assert story.cost == Decimal("19.75") and story.last_csat == 4
    assert story.signs == {
        "late_payment": [date(2026, 9, 1), date(2026, 9, 11)],
        "time_drain": [date(2026, 9, 11)],
    }
    coach.people.set_notes(first.customer.id, "Prefers WhatsApp.  ")
    assert coach.people.story(first.customer.id).notes == "Prefers WhatsApp."
    with pytest.raises(KeyError):
        coach.people.story(9999)


def test_customers_are_offered_by_name_or_phone_in_any_script(coach: Coach) -> None:
    ali = made(coach, Customer("علي رضايي", "0791 234 567"), 0).customer
    made(coach, Customer("علی کریمی", "0700 111 222"), 1)
    made(coach, Customer("Sara", "0912 000 111", "sara@example.com"), 2)

    assert [c.name for c in coach.people.like("علی رضا")] == ["علي رضايي"]
    assert {c.name for c in coach.people.like("علي")} == {"علي رضايي", "علی کریمی"}
    assert [c.id for c in coach.people.like("۰۷۹۱ ۲۳۴")] == [ali.id]
    assert [c.name for c in coach.people.like("SARA@EXAMPLE")] == ["Sara"]
    assert coach.people.like("z") == [] and coach.people.like("nobody") == []


def test_two_records_of_one_person_merge_with_nothing_lost(coach: Coach, data_dir: Path) -> None:
    by_phone = made(coach, Customer("Sara Ahmadi", "0912 123 4567", signs=["late_payment"]), 0)
    by_mail = made(coach, Customer("S. Ahmadi", email="sara@example.com", signs=["time_drain"]), 3)
    made(coach, Customer(email="sara@example.com"), 4)
    keep, other = by_phone.customer.id, by_mail.customer.id
    assert keep is not None and other is not None and keep != other
    coach.people.set_notes(other, "Comes on Fridays.")

    assert coach.people.merge(keep, other) == 2

    story = coach.people.story(keep)
    assert story.complaints == 3
    assert (story.customer.phone, story.customer.email) == ("0912 123 4567", "sara@example.com")
    assert story.customer.signs == ["late_payment", "time_drain"]
    assert "Comes on Fridays." in story.notes and "S. Ahmadi" in story.notes
    assert all(c.id != other for c in coach.customers())
    assert {c.customer.id for c in coach.search()} == {keep}
    assert len(coach.search(ComplaintQuery(text="Sara Ahmadi"))) == 3
    assert coach.customer_id_for("", "sara@example.com") == keep
    assert [p.name for p in (data_dir / "backups").iterdir() if p.name.endswith("-merge.db")]
    with pytest.raises(ValueError):
        coach.people.merge(keep, keep)
    with pytest.raises(KeyError):
        coach.people.merge(keep, other)
