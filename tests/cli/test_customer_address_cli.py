"""The customer's address, added through the field registry, as the owner meets it in files."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from collections.abc import Callable
from pathlib import Path

from coach.spreadsheet.csv_file import COLUMNS
from coach.store import ComplaintQuery, Store

Coach = Callable[..., subprocess.CompletedProcess[str]]
ADDRESS = "12 Baker Street, Flat 3"


def csv_file(path: Path, columns: tuple[str, ...], *rows: dict[str, str]) -> Path:
    stream = io.StringIO(newline="")
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(columns)
    for values in rows:
        fields = dict.fromkeys(columns, "")
        fields.update(created_at="2026-10-03T09:15:00", description="The cake was dry.")
        fields.update(values)
        writer.writerow([fields[name] for name in columns])
    path.write_bytes(stream.getvalue().encode())
    return path


def test_address_comes_in_goes_out_and_is_found_by_search(coach: Coach, tmp_path: Path) -> None:
    source = csv_file(
        tmp_path / "in.csv",
        COLUMNS,
        {"customer_name": "Sara Ahmed", "customer_address": ADDRESS},
    )
    done = coach("--data-dir", tmp_path / "d", "import", source)
    assert done.returncode == 0, done.stderr
    assert coach("--data-dir", tmp_path / "d", "export", "out.csv").returncode == 0
    exported = list(csv.reader(io.StringIO((tmp_path / "out.csv").read_text("utf-8-sig"))))
    assert exported[0][-1] == "customer_address"
    assert exported[1][-1] == ADDRESS
    as_json = json.loads(
        coach("--data-dir", tmp_path / "d", "export", "-", "--format", "json").stdout
    )
    assert as_json[0]["customer_address"] == ADDRESS
    store = Store.open(tmp_path / "d")
    try:
        found = store.find(ComplaintQuery(text="baker street"))
        assert [c.customer.address for c in found] == [ADDRESS]
    finally:
        store.close()


def test_a_file_from_before_the_address_column_still_imports(coach: Coach, tmp_path: Path) -> None:
    old_columns = COLUMNS[: COLUMNS.index("customer_address")]
    assert len(old_columns) == 25
    source = csv_file(tmp_path / "old.csv", old_columns, {"customer_name": "Reza"}, {})
    done = coach("--data-dir", tmp_path / "d", "import", source)
    assert done.returncode == 0, done.stderr
    assert "Imported 2 complaints" in done.stdout


def test_redacted_report_hides_the_address_also_inside_the_complaint_text(
    coach: Coach, tmp_path: Path
) -> None:
    source = csv_file(
        tmp_path / "in.csv",
        COLUMNS,
        {
            "customer_name": "Sara Ahmed",
            "customer_address": ADDRESS,
            "description": f"The parcel for {ADDRESS} came open.",
        },
    )
    assert coach("--data-dir", tmp_path / "d", "import", source).returncode == 0
    shown = coach(
        "--data-dir",
        tmp_path / "d",
        "report",
        "--month",
        "2026-10",
        "--format",
        "json",
        "--out",
        "plain.json",
    )
    assert shown.returncode == 0, shown.stderr
    hidden = coach(
        "--data-dir", tmp_path / "d", "report", "--month", "2026-10", "--format", "json",
        "--redact", "--out", "redacted.json",
    )  # fmt: skip
    assert hidden.returncode == 0, hidden.stderr
    assert ADDRESS in (tmp_path / "plain.json").read_text("utf-8")
    redacted = (tmp_path / "redacted.json").read_text("utf-8")
    assert "Baker" not in redacted and "Sara" not in redacted
    assert "came open" in redacted
