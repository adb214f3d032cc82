"""The report summary written as JSON and CSV files."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from coach.complaints.domain import Complaint, Customer
from coach.playbooks import load_playbook
from coach.report.export import CSV_COLUMNS, OutputError, write_csv, write_json
from coach.report.summary import ReportSummary, build_summary
from coach.store import Store
from coach.text.periods import month_period

NOW = datetime(2026, 11, 15, 10, 0)


def complaints() -> list[Complaint]:
    layla = Customer("ليلى حسن", phone="٠٧٩١٢٣٤٥٦٧")
    return [
        Complaint(
            created_at=datetime(2026, 10, 2, 9, 0),
            customer=layla,
            product="iPhone 13",
            description="طلب رقم 12345 (iPhone 13) تأخر ثلاثة أيام — السبب شركة الشحن",
            resolution="Refunded shipping.",
            root_cause="delivery_delay",
            resolved_at=datetime(2026, 10, 3, 9, 0),
            promised_by=date(2026, 10, 3),
            csat=4,
            ces=3,
            nps=9,
            cost=Decimal("5.25"),
            status="closed",
        ),
        Complaint(
            created_at=datetime(2026, 10, 9, 9, 0),
            customer=layla,
            product="iPhone 13",
            description="Still no reply.",
            root_cause="delivery_delay",
            cost=Decimal("7.25"),
        ),
        Complaint(
            created_at=datetime(2026, 10, 20, 9, 0),
            product="Samsung A54",
            description="قیمت روی قفسه ۲۵۰ هزار تومان بود ولی ۳۰۰ هزار حساب شد (Samsung A54)",
            root_cause="price_dispute",
        ),
        Complaint(created_at=datetime(2026, 9, 20, 9, 0), root_cause="price_dispute"),
    ]


def summary_of(data_dir: Path, month: int = 10, **options: object) -> ReportSummary:
    store = Store.open(data_dir)
    store.save_many([(c, ()) for c in complaints()])
    summary = build_summary(store, month_period(2026, month), now=NOW, **options)  # type: ignore[arg-type]
    store.close()
    return summary


def test_json_has_the_period_totals_and_causes_with_keys(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "october.json"
    write_json(summary_of(data_dir, business_name="Corner Shop"), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["period"] == {
        "start": "2026-10-01",
        "end": "2026-10-31",
        "calendar": "gregorian",
        "key": "2026-10",
        "name": "October 2026",
    }
    assert (data["total"], data["previous_total"], data["change"]) == (3, 1, 2)
    assert data["business_name"] == "Corner Shop"
    assert data["total_cost"] == "12.50"
    assert [c["key"] for c in data["causes"]] == ["delivery_delay", "price_dispute"]
    delivery = data["causes"][0]
    assert set(CSV_COLUMNS) <= set(delivery)
    assert delivery["count"] == 2 and delivery["share"] == pytest.approx(2 / 3, abs=1e-4)
    assert delivery["total_cost"] == "12.50"
    assert delivery["median_hours_to_resolve"] == 24.0
    assert delivery["promises_kept_rate"] == 1.0
    assert delivery["follow_ups_on_time_rate"] is None
    assert delivery["nps"] == 100.0
    assert delivery["complaints"][0]["description"].startswith("طلب رقم 12345 (iPhone 13)")
    assert delivery["complaints"][0]["customer"] == "ليلى حسن"
    assert data["causes"][1]["previous_count"] == 1
    assert [p["key"] for p in data["trend"]["periods"]] == [
        "2026-05",
        "2026-06",
        "2026-07",
        "2026-08",
        "2026-09",
        "2026-10",
    ]
    assert data["trend"]["series"][1] == {
        "key": "price_dispute",
        "label": "Price dispute",
        "counts": [0, 0, 0, 0, 1, 1],
    }
    assert data["repeat_customers"] == [{"customer": "ليلى حسن", "count": 2}]
    assert data["top_products"] == [
        {"product": "iPhone 13", "count": 2},
        {"product": "Samsung A54", "count": 1},
    ]
    assert data["recommendations"][0]["key"] == "delivery_delay"
    assert data["recommendations"][0]["fix"]


def test_redacted_json_keeps_no_names_or_phones(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "october.json"
    write_json(summary_of(data_dir, redact=True), path)
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    line = data["causes"][0]["complaints"][0]
    assert (line["customer"], line["phone"]) == ("ل. ح.", "••••••••٦٧")
    assert data["repeat_customers"] == [{"customer": "ل. ح.", "count": 2}]
    assert "ليلى" not in text and "٠٧٩١" not in text
    assert "طلب رقم 12345 (iPhone 13)" in text


def test_csv_is_the_per_cause_table(data_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "october.csv"
    playbook = load_playbook("fa")
    write_csv(summary_of(data_dir, lang="fa", playbook=playbook), path)
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert [(r["key"], r["count"], r["total_cost"]) for r in rows] == [
        ("delivery_delay", "2", "12.50"),
        ("price_dispute", "1", "0"),
    ]
    cause = playbook.root_cause("price_dispute")
    assert cause is not None and rows[1]["label"] == cause.label
    assert (rows[1]["previous_count"], rows[1]["change"]) == ("1", "0")
    assert rows[1]["median_hours_to_resolve"] == "" and rows[1]["nps"] == ""
    assert rows[0]["mean_csat"] == "4.0"


def test_empty_month_writes_a_header_only_csv_and_a_valid_json(
    data_dir: Path, tmp_path: Path
) -> None:
    summary = summary_of(data_dir, month=12)
    write_csv(summary, tmp_path / "empty.csv")
    write_json(summary, tmp_path / "empty.json")
    lines = (tmp_path / "empty.csv").read_text(encoding="utf-8-sig").splitlines()
    assert lines == [",".join(CSV_COLUMNS)]
    data = json.loads((tmp_path / "empty.json").read_text(encoding="utf-8"))
    assert (data["total"], data["causes"], data["total_cost"]) == (0, [], "0")


def test_a_file_that_cannot_be_written_is_an_output_error(data_dir: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(OutputError, match="not-a-folder"):
        write_json(summary_of(data_dir), blocker / "report.json")
    assert blocker.read_text() == "x"
