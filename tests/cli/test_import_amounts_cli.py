"""Amounts as owners write them come in as the same numbers; a negative one, written plainly or
with a currency, refuses the file with the row and column named."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from collections.abc import Callable
from pathlib import Path

from coach.spreadsheet.csv_file import COLUMNS

Coach = Callable[..., subprocess.CompletedProcess[str]]


def write_costs(path: Path, costs: list[str]) -> Path:
    stream = io.StringIO(newline="")
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for number, cost in enumerate(costs, 1):
        fields = dict.fromkeys(COLUMNS, "")
        fields.update(
            created_at=f"2026-10-03T09:{number:02d}:00", description=f"Case {number}", cost=cost
        )
        writer.writerow([fields[name] for name in COLUMNS])
    path.write_text(stream.getvalue(), encoding="utf-8")
    return path


def test_amounts_in_every_form_are_stored_as_their_numbers(coach: Coach, tmp_path: Path) -> None:
    costs = ["12", "12.50", "+3", "٣٤٫٥", "۱۲۰", "$ 7", "1,234", "1.234,5", "12 SAR", ".5", ""]
    write_costs(tmp_path / "costs.csv", costs)
    done = coach("--data-dir", tmp_path / "data", "import", "costs.csv")
    assert done.returncode == 0, done.stderr
    exported = coach("--data-dir", tmp_path / "data", "export", "--format", "json", "-")
    stored = {item["description"]: item["cost"] for item in json.loads(exported.stdout)}
    found = [stored[f"Case {n}"] for n in range(1, len(costs) + 1)]
    assert found == [12, 12.5, 3, 34.5, 120, 7, 1234, 1234.5, 12, 0.5, None]


def test_a_negative_amount_refuses_the_file_however_it_is_written(
    coach: Coach, tmp_path: Path
) -> None:
    write_costs(tmp_path / "costs.csv", ["5", "-5", "-٥", "-$ 5", "abc"])
    done = coach("--data-dir", tmp_path / "data", "import", "costs.csv")
    assert done.returncode != 0
    assert 'row 3, column O (cost): "-5" is negative' in done.stderr
    assert 'row 4, column O (cost): "-5" is negative' in done.stderr
    assert "row 5, column O (cost)" in done.stderr
    assert 'row 6, column O (cost): "abc" is not an amount' in done.stderr
    assert "nothing was imported" in done.stderr
