"""The monthly report's figures, checked on a small hand-built month and a 10,000-complaint one."""

from __future__ import annotations

import json
import time
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from coach.complaints.domain import Complaint, Customer
from coach.playbooks import load_playbook
from coach.report.export import summary_to_json
from coach.report.summary import ReportSummary, build_summary
from coach.store import Store
from coach.text.periods import month_period

OCTOBER = month_period(2026, 10)
NOW = datetime(2026, 11, 15, 10, 0)


def sara() -> Customer:
    return Customer("Sara Ahmed", phone="0791 234 567")


def ali() -> Customer:
    return Customer("علی رضایی", phone="۰۹۱۲۳۴۵۶۷۸۹", email="ali.rezaei@example.ir")


def omar() -> Customer:
    return Customer("Omar", email="omar@shop.example.com")


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def month_complaints() -> list[Complaint]:
    """Eight October complaints plus some before, after and far outside the month."""
    october = [
        Complaint(  # d1: 12 h, promise kept, follow-up on time
            created_at=at("2026-10-01T09:00"),
            customer=sara(),
            product="Leather bag",
            description="The bag came two days late.",
            resolution="Refunded the delivery fee.",
            root_cause="delivery_delay",
            resolved_at=at("2026-10-01T21:00"),
            promised_by=date(2026, 10, 2),
            follow_up_due=date(2026, 10, 2),
            followed_up_at=date(2026, 10, 2),
            follow_up_result="resolved",
            csat=5,
            ces=2,
            nps=10,
            cost=Decimal("5.00"),
            status="closed",
        ),
        Complaint(  # d2: 48 h, promise missed, follow-up late
            created_at=at("2026-10-05T10:00"),
            customer=ali(),
            product="leather  bag",
            description="سفارش شماره ۱۲۳۴ (کیف چرمی) دیر رسید. شماره من ۰۹۱۲ ۳۴۵ ۶۷۸۹ است.",
            resolution="Sent a new one by courier.",
            root_cause="delivery_delay",
            resolved_at=at("2026-10-07T10:00"),
            promised_by=date(2026, 10, 6),
            follow_up_due=date(2026, 10, 8),
            followed_up_at=date(2026, 10, 10),
            follow_up_result="partly_resolved",
            csat=3,
            ces=4,
            nps=7,
            cost=Decimal("7.50"),
            status="closed",
        ),
        Complaint(  # d3: unresolved, promise date passed
            created_at=at("2026-10-20T08:00"),
            customer=sara(),
            product="Leather bag",
            description="Still waiting. Call Sara Ahmed on +962 79 123 4567 or sara@mail.example.com",
            root_cause="delivery_delay",
            promised_by=date(2026, 10, 25),
            status="in_progress",
            stage="resolve",
        ),
        Complaint(  # d4: 6 h, kept; follow-up not due yet
            created_at=at("2026-10-28T12:00"),
            customer=omar(),
            product="Phone case",
            description="Late again.",
            root_cause="delivery_delay",
            resolved_at=at("2026-10-28T18:00"),
            promised_by=date(2026, 11, 20),
            follow_up_due=date(2026, 11, 20),
            status="awaiting_follow_up",
            stage="follow_up",
        ),
        Complaint(  # b1: 3 h, follow-up on time, detractor
            created_at=at("2026-10-10T11:00"),
            customer=ali(),
            product="Phone case",
            description="Charged twice.",
            root_cause="billing_error",
            resolved_at=at("2026-10-10T14:00"),
            follow_up_due=date(2026, 10, 11),
            followed_up_at=date(2026, 10, 11),
            follow_up_result="resolved",
            csat=2,
            ces=6,
            nps=2,
            cost=Decimal("20"),
            status="closed",
        ),
        Complaint(  # b2: the month's last minute
            created_at=at("2026-10-31T23:59"),
            customer=omar(),
            product="phone Case",
            description="Wrong price on the receipt.",
            root_cause="billing_error",
        ),
        Complaint(
            created_at=at("2026-10-15T16:00"),
            description="Could not find anywhere to park.",
            root_cause="parking",
            customer=sara(),
        ),
        Complaint(created_at=at("2026-10-16T16:00"), description="Unhappy, cause unknown."),
    ]
    others = [
        Complaint(created_at=at("2026-09-30T23:59"), root_cause="delivery_delay"),
        Complaint(created_at=at("2026-09-15T10:00"), root_cause="billing_error"),
        Complaint(created_at=at("2026-11-01T00:00"), root_cause="delivery_delay"),
        Complaint(created_at=at("2026-08-03T10:00"), root_cause="delivery_delay"),
        Complaint(created_at=at("2026-05-01T00:00"), root_cause="product_defect"),
        Complaint(created_at=at("2026-04-30T23:59"), root_cause="delivery_delay"),
    ]
    return october + others


@pytest.fixture
def store(data_dir: Path) -> Store:
    store = Store.open(data_dir)
    store.add_root_cause("parking", "No parking nearby")
    store.save_many([(c, ()) for c in month_complaints()])
    yield store
    store.close()


@pytest.fixture
def summary(store: Store) -> ReportSummary:
    return build_summary(store, OCTOBER, now=NOW, business_name="Corner Shop")


def test_totals_and_change_against_the_previous_month(summary: ReportSummary) -> None:
    assert (summary.total, summary.previous_total) == (8, 2)
    assert (summary.open, summary.closed) == (5, 3)
    assert summary.business_name == "Corner Shop"
    assert summary.generated_at == NOW


def test_overall_figures(summary: ReportSummary) -> None:
    assert summary.median_hours_to_resolve == 9.0  # 3, 6, 12, 48
    assert summary.mean_hours_to_resolve == 17.25
    assert summary.promises_kept_rate == 0.5  # d1, d4 kept; d2 late; d3 passed
    assert summary.follow_ups_on_time_rate == pytest.approx(2 / 3)  # d1, b1 yes; d2 late
    assert summary.mean_csat == pytest.approx(10 / 3)
    assert summary.mean_ces == 4.0
    assert summary.nps == 0.0  # 10 promoter, 7 passive, 2 detractor
    assert summary.total_cost == Decimal("32.50")


def test_causes_biggest_first_with_ties_by_key(summary: ReportSummary) -> None:
    assert [(c.key, c.count) for c in summary.causes] == [
        ("delivery_delay", 4),
        ("billing_error", 2),
        ("parking", 1),
        ("unassigned", 1),
    ]
    assert [c.share for c in summary.causes] == [0.5, 0.25, 0.125, 0.125]
    assert [c.label for c in summary.causes] == [
        "Late delivery",
        "Billing error",
        "No parking nearby",
        "Cause not decided yet",
    ]


def test_figures_of_one_cause(summary: ReportSummary) -> None:
    delivery = summary.causes[0]
    assert (delivery.open, delivery.closed, delivery.previous_count) == (2, 2, 1)
    assert delivery.median_hours_to_resolve == 12.0
    assert delivery.mean_hours_to_resolve == 22.0
    assert delivery.promises_kept_rate == 0.5
    assert delivery.follow_ups_on_time_rate == 0.5  # d4's is not due yet
    assert (delivery.mean_csat, delivery.mean_ces) == (4.0, 3.0)
    assert delivery.nps == 50.0
    assert delivery.total_cost == Decimal("12.50")
    billing = summary.causes[1]
    assert billing.promises_kept_rate is None
    assert billing.follow_ups_on_time_rate == 1.0
    assert (billing.nps, billing.median_hours_to_resolve) == (-100.0, 3.0)
    assert billing.total_cost == Decimal("20")


def test_lines_are_oldest_first_with_full_text(summary: ReportSummary) -> None:
    lines = summary.causes[0].lines
    assert [line.created_at.day for line in lines] == [1, 5, 20, 28]
    assert lines[0].customer == "Sara Ahmed"
    assert lines[0].phone == "0791 234 567"
    assert lines[1].description.startswith("سفارش شماره ۱۲۳۴")
    assert [line.status for line in lines] == [
        "closed",
        "closed",
        "in_progress",
        "awaiting_follow_up",
    ]
    assert lines[1].follow_up_result == "partly_resolved"
    assert summary.causes[1].lines[-1].created_at == at("2026-10-31T23:59")


def test_six_month_trend_for_the_top_causes(summary: ReportSummary) -> None:
    assert [p.key for p in summary.trend_periods] == [
        "2026-05",
        "2026-06",
        "2026-07",
        "2026-08",
        "2026-09",
        "2026-10",
    ]
    assert {s.key: s.counts for s in summary.trend} == {
        "delivery_delay": (0, 0, 0, 1, 1, 4),
        "billing_error": (0, 0, 0, 0, 1, 2),
        "parking": (0, 0, 0, 0, 0, 1),
        "unassigned": (0, 0, 0, 0, 0, 1),
    }


def test_repeat_customers_and_top_products(summary: ReportSummary) -> None:
    assert summary.repeat_customers == (("Sara Ahmed", 3), ("Omar", 2), ("علی رضایی", 2))
    assert summary.top_products == (("Leather bag", 3), ("Phone case", 3))


def test_recommendations_come_from_the_playbook(summary: ReportSummary) -> None:
    playbook = load_playbook("en")
    assert [r.key for r in summary.recommendations] == ["delivery_delay", "billing_error"]
    advice = playbook.root_cause("delivery_delay")
    assert advice is not None
    assert summary.recommendations[0].fix == tuple(advice.fix)
    assert summary.recommendations[0].sources == tuple(advice.sources)


def test_progress_runs_from_zero_to_total(store: Store) -> None:
    seen: list[tuple[int, int]] = []
    build_summary(store, OCTOBER, now=NOW, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 9)
    assert seen[-1] == (9, 9)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_redaction_hides_names_phones_and_emails_everywhere(store: Store) -> None:
    summary = build_summary(store, OCTOBER, now=NOW, redact=True)
    assert summary.redacted
    delivery = summary.causes[0].lines
    assert [line.customer for line in delivery] == ["S. A.", "ع. ر.", "S. A.", "O."]
    assert delivery[0].phone == "•••• ••• •67"
    assert delivery[1].phone == "•••••••••۸۹"
    assert delivery[1].email == "a•••@•••.ir"
    assert delivery[1].description.endswith("شماره من •••• ••• ••۸۹ است.")
    assert "(کیف چرمی)" in delivery[1].description  # order number ۱۲۳۴ is not a phone
    assert (
        delivery[2].description == "Still waiting. Call S. A. on +••• •• ••• ••67 or s•••@•••.com"
    )
    assert summary.repeat_customers == (("S. A.", 3), ("O.", 2), ("ع. ر.", 2))
    dumped = json.dumps(summary_to_json(summary), ensure_ascii=False)
    for private in (
        "Sara",
        "Ahmed",
        "رضایی",
        "علی",
        "Omar",
        "234 567",
        "۴۵۶۷",
        "@example",
        "@mail",
    ):
        assert private not in dumped


def test_report_in_another_language_takes_its_labels_from_that_playbook(store: Store) -> None:
    playbook = load_playbook("fa")
    summary = build_summary(store, OCTOBER, lang="fa", playbook=playbook, now=NOW)
    delivery = playbook.root_cause("delivery_delay")
    assert delivery is not None
    assert summary.causes[0].label == delivery.label
    assert summary.causes[-1].label == "علت هنوز مشخص نشده"


def test_empty_month_is_a_valid_summary(store: Store) -> None:
    summary = build_summary(store, month_period(2027, 3), now=NOW)
    assert (summary.total, summary.previous_total, summary.causes) == (0, 0, ())
    assert summary.median_hours_to_resolve is None and summary.nps is None
    assert summary.total_cost == Decimal(0)
    assert len(summary.trend_periods) == 6 and summary.trend == ()
    assert summary_to_json(summary)["causes"] == []


def test_jalali_month_counts_by_its_own_boundaries(data_dir: Path) -> None:
    store = Store.open(data_dir)
    store.save_many(
        [
            (Complaint(created_at=at(text), root_cause="delivery_delay"), ())
            for text in (
                "2026-09-22T23:59",  # 31 Shahrivar
                "2026-09-23T00:00",  # 1 Mehr
                "2026-10-22T23:59",  # 30 Mehr
                "2026-10-23T00:00",  # 1 Aban
            )
        ]
    )
    summary = build_summary(store, month_period(1405, 7, "jalali"), now=NOW)
    store.close()
    assert (summary.total, summary.previous_total) == (2, 1)
    assert [p.key for p in summary.trend_periods][-2:] == ["1405-06", "1405-07"]


def ten_thousand_complaints() -> list[tuple[Complaint, tuple[()]]]:
    causes = ("delivery_delay", "billing_error", "product_defect", "slow_response", "other")
    start = datetime(2026, 10, 1)
    items = []
    for i in range(10_000):
        created = start + timedelta(minutes=4 * i + 1)
        resolved = created + timedelta(hours=i % 50 + 1) if i % 3 else None
        customer = (
            Customer(f"Customer {i % 700}", phone=f"0791{i % 700:06d}")
            if i % 7 == 0
            else Customer()
        )
        complaint = Complaint(
            created_at=created,
            customer=customer,
            product=f"Product {i % 40}",
            description=f"Complaint number {i}",
            root_cause=causes[i % len(causes)],
            resolved_at=resolved,
            promised_by=created.date() + timedelta(days=2),
            csat=i % 5 + 1,
            nps=i % 11,
            cost=Decimal("2.50"),
            status="closed" if resolved else "in_progress",
        )
        items.append((complaint, ()))
    return items


def test_a_month_of_10000_complaints_completes_quickly(data_dir: Path) -> None:
    """Slowest test here (~3 s, mostly saving the 10,000 complaints)."""
    store = Store.open(data_dir)
    store.save_many(ten_thousand_complaints())
    started = time.perf_counter()
    summary = build_summary(store, OCTOBER, now=NOW, redact=True)
    elapsed = time.perf_counter() - started
    store.close()
    assert summary.total == 10_000
    assert sum(c.count for c in summary.causes) == 10_000
    assert [c.count for c in summary.causes] == [2000] * 5
    assert summary.total_cost == Decimal("25000.00")
    assert elapsed < 10  # ~1 s on the 2-core build machine
