"""``coach report`` writing JSON and CSV, and its errors, as the owner runs it."""

from __future__ import annotations

import csv
import json
from datetime import datetime
from pathlib import Path

import pytest

from coach.cli import main
from coach.complaints.domain import Complaint, Customer
from coach.store import Store
from coach.system.settings import Settings


@pytest.fixture
def filled(data_dir: Path) -> Path:
    """A data folder with complaints around the Gregorian October and the Jalali Mehr 1405."""
    store = Store.open(data_dir)
    times = [
        ("2026-09-22T23:59", "billing_error"),  # 31 Shahrivar 1405
        ("2026-09-23T00:00", "delivery_delay"),  # 1 Mehr
        ("2026-09-30T12:00", "delivery_delay"),
        ("2026-10-01T00:00", "delivery_delay"),
        ("2026-10-22T23:59", "billing_error"),  # 30 Mehr
        ("2026-10-23T00:00", "billing_error"),  # 1 Aban
        ("2026-10-31T23:59", "delivery_delay"),
        ("2026-11-01T00:00", "delivery_delay"),
    ]
    store.save_many(
        [
            (
                Complaint(
                    created_at=datetime.fromisoformat(text),
                    root_cause=cause,
                    customer=Customer("مریم کریمی", phone="0912 345 6789"),
                    description="Call me on 0912 345 6789",
                ),
                (),
            )
            for text, cause in times
        ]
    )
    store.close()
    return data_dir


def run(*args: str) -> int:
    return main(list(args))


def test_json_for_a_gregorian_month(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "october.json"
    code = run("--data-dir", str(filled), "report", "--month", "2026-10", "--out", str(out))
    assert code == 0
    assert "October 2026" in capsys.readouterr().out
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["period"]["start"] == "2026-10-01" and data["period"]["end"] == "2026-10-31"
    assert (data["total"], data["previous_total"]) == (4, 3)
    assert [(c["key"], c["count"]) for c in data["causes"]] == [
        ("billing_error", 2),
        ("delivery_delay", 2),
    ]


def test_jalali_month_mehr_1405(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "mehr.json"
    code = run(
        "--data-dir", str(filled), "report", "--month", "1405-07", "--calendar", "jalali",
        "--lang", "fa", "--format", "json", "--out", str(out),
    )  # fmt: skip
    assert code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["period"] == {
        "start": "2026-09-23",
        "end": "2026-10-22",
        "calendar": "jalali",
        "key": "1405-07",
        "name": "Mehr 1405",
    }
    assert (data["total"], data["previous_total"], data["lang"]) == (4, 1, "fa")
    assert data["trend"]["periods"][0]["key"] == "1405-02"


@pytest.mark.parametrize(
    ("month", "start", "end"),
    [
        ("1403-12", "2025-02-19", "2025-03-20"),  # Esfand of a leap year: 30 days
        ("1404-12", "2026-02-20", "2026-03-20"),  # Esfand of a common year: 29 days
        ("۱۴۰۵-۰۷", "2026-09-23", "2026-10-22"),  # Persian digits
    ],
)
def test_jalali_month_boundaries(
    data_dir: Path, tmp_path: Path, month: str, start: str, end: str
) -> None:
    out = tmp_path / "month.json"
    code = run(
        "--data-dir", str(data_dir), "report", "--month", month, "--calendar", "jalali",
        "--out", str(out),
    )  # fmt: skip
    assert code == 0
    period = json.loads(out.read_text(encoding="utf-8"))["period"]
    assert (period["start"], period["end"]) == (start, end)


def test_defaults_come_from_the_settings(filled: Path, tmp_path: Path) -> None:
    settings = Settings.load(filled)
    settings.set("language", "fa")
    settings.set("business_name", "فروشگاه نگین")
    settings.save()
    out = tmp_path / "mehr.json"
    assert run("--data-dir", str(filled), "report", "--month", "1405-07", "--out", str(out)) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert (data["period"]["calendar"], data["lang"]) == ("jalali", "fa")
    assert data["business_name"] == "فروشگاه نگین"
    out2 = tmp_path / "named.json"
    code = run(
        "--data-dir", str(filled), "report", "--month", "1405-07", "--business-name", "Negin",
        "--out", str(out2),
    )  # fmt: skip
    assert code == 0
    assert json.loads(out2.read_text(encoding="utf-8"))["business_name"] == "Negin"


def test_csv_from_the_file_extension_and_redacted(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "october.csv"
    code = run(
        "--data-dir", str(filled), "report", "--month", "2026-10", "--redact", "--out", str(out)
    )
    assert code == 0
    with out.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [(r["key"], r["count"], r["previous_count"]) for r in rows] == [
        ("billing_error", "2", "1"),
        ("delivery_delay", "2", "2"),
    ]


def test_redacted_json_masks_the_customer(filled: Path, tmp_path: Path) -> None:
    out = tmp_path / "october.json"
    code = run(
        "--data-dir", str(filled), "report", "--month", "2026-10", "--redact",
        "--format", "json", "--out", str(out),
    )  # fmt: skip
    assert code == 0
    text = out.read_text(encoding="utf-8")
    assert "کریمی" not in text and "345 6789" not in text
    line = json.loads(text)["causes"][0]["complaints"][0]
    assert line == line | {"customer": "م. ک.", "description": "Call me on •••• ••• ••89"}


def test_empty_data_folder_gives_an_empty_report(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "empty.json"
    assert run("--data-dir", str(data_dir), "report", "--month", "2026-10", "--out", str(out)) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert (data["total"], data["causes"]) == (0, [])


@pytest.mark.parametrize(
    ("month", "words"),
    [
        ("October", "YYYY-MM"),
        ("2026-13", "no month 13"),
        ("10-2026", "YYYY-MM"),
        ("99-10", "YYYY-MM"),
    ],
)
def test_a_bad_month_is_refused_in_words(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], month: str, words: str
) -> None:
    out = tmp_path / "r.json"
    code = run("--data-dir", str(data_dir), "report", "--month", month, "--out", str(out))
    assert code == 1
    error = capsys.readouterr().err
    assert error.startswith("coach: ") and words in error
    assert "Traceback" not in error
    assert not out.exists()


def test_an_output_that_cannot_be_written_names_the_path(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "no-such-folder" / "r.json"
    code = run("--data-dir", str(filled), "report", "--month", "2026-10", "--out", str(missing))
    assert code == 4
    assert str(missing) in capsys.readouterr().err
    folder = tmp_path / "a-folder"
    folder.mkdir()
    code = run("--data-dir", str(filled), "report", "--month", "2026-10", "--out", str(folder))
    assert code == 4
    assert str(folder) in capsys.readouterr().err
