"""An .xlsx export never turns customer text into a formula, as Excel would read the file."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import load_workbook

from coach.complaints.domain import Complaint, Customer
from coach.service import Coach
from coach.service.exporting import export_file

TRAPS = ('=HYPERLINK("http://example.com","click")', "+cmd|' /C calc'!A0", "@SUM(A1:A9)")


def test_formula_text_stays_text_in_the_workbook(data_dir: Path, tmp_path: Path) -> None:
    coach = Coach.open(data_dir, "en")
    for day, trap in enumerate(TRAPS, start=1):
        coach.save(
            Complaint(
                created_at=datetime(2026, 10, day, 9, 0),
                customer=Customer(trap),
                description=trap,
            )
        )
    target = tmp_path / "complaints.xlsx"
    assert export_file(coach, target, "xlsx") == len(TRAPS)
    coach.close()
    sheet = load_workbook(target).active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    cells = [
        row[header.index(name)]
        for row in sheet.iter_rows(min_row=2)
        for name in ("customer_name", "description")
    ]
    assert sorted({cell.value for cell in cells}) == sorted(TRAPS)
    assert all(cell.data_type == "s" for cell in cells)
