"""Exporting complaints from the app (no Qt): everything, a period or the log's current filter,
as CSV (the import format), an Excel workbook or JSON with each complaint's timeline.

Every file is written whole or not at all (coach.system.files), readable only by the owner, and
no cell can run as a formula when a spreadsheet opens it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from coach.complaints.domain import Complaint
from coach.errors import CoachError
from coach.spreadsheet.csv_file import COLUMNS, write_csv
from coach.spreadsheet.csv_row import complaint_values
from coach.spreadsheet.formula import TRIGGERS
from coach.store import ComplaintQuery
from coach.system.files import atomic_path, atomic_write

if TYPE_CHECKING:
    from coach.service.coach import Coach

KINDS: tuple[str, ...] = ("csv", "xlsx", "json")
PAGE = 1000
Progress = Callable[[int, int], None]


class ExportCancelled(CoachError):
    """The owner cancelled the export; no file was written."""


def complaints(
    coach: Coach,
    query: ComplaintQuery | None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Iterator[Complaint]:
    """The complaints ``query`` finds (all without one), oldest first, a page at a time."""
    total = coach.count(query)
    done = 0
    while True:
        if cancelled():
            raise ExportCancelled("The export was cancelled; no file was written.")
        page = coach.search(query, offset=done, limit=PAGE, order="oldest")
        yield from page
        done += len(page)
        if progress is not None:
            progress(done, total)
        if len(page) < PAGE:
            return


def export_file(
    coach: Coach,
    path: Path,
    kind: str,
    query: ComplaintQuery | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> int:
    """Writes the complaints ``query`` finds to ``path`` as ``kind`` (csv, xlsx or json);
    returns how many. OSError (DiskFullError for a full disk) if it cannot be written."""
    if kind not in KINDS:
        raise ValueError(f"{kind!r} is not an export format: {', '.join(KINDS)}")
    found = complaints(coach, query, progress, cancelled)
    if kind == "xlsx":
        with atomic_path(path) as temporary:
            return write_xlsx(found, temporary)
    with atomic_write(path, encoding="utf-8", newline="") as stream:
        if kind == "csv":
            return write_csv(found, stream)
        return write_json_timelines(coach, found, stream)


def write_json_timelines(coach: Coach, found: Iterator[Complaint], stream: IO[str]) -> int:
    """A JSON list: each complaint's export columns and its ``timeline`` (kind, at, stage,
    detail of every event, oldest first), one complaint per line."""
    count = 0
    stream.write("[")
    for complaint in found:
        values: dict[str, Any] = complaint_values(complaint)
        if complaint.cost is not None:
            values["cost"] = _number(complaint.cost)
        values["timeline"] = [
            {"kind": e.kind, "at": e.at.isoformat(), "stage": e.stage, "detail": e.detail}
            for e in coach.events(complaint.id or 0)
        ]
        stream.write(",\n" if count else "\n")
        stream.write(json.dumps(values, ensure_ascii=False))
        count += 1
    stream.write("\n]\n")
    return count


def write_xlsx(found: Iterator[Complaint], path: Path) -> int:
    """An Excel workbook: one sheet, our column names, dates as dates, amounts and scores as
    numbers, text always as text (never a formula)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Complaints")
    sheet.append(list(COLUMNS))
    count = 0
    for complaint in found:
        row = []
        for name, value in _typed_values(complaint).items():
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str) and value.startswith((*TRIGGERS, "'")):
                cell.data_type = "s"
            elif name in _DAY_COLUMNS and value is not None:
                cell.number_format = "yyyy-mm-dd"
            elif name in _MOMENT_COLUMNS and value is not None:
                cell.number_format = "yyyy-mm-dd hh:mm:ss"
            row.append(cell)
        sheet.append(row)
        count += 1
    book.save(path)
    return count


_DAY_COLUMNS = ("promised_by", "follow_up_due", "followed_up_at")
_MOMENT_COLUMNS = ("created_at", "resolved_at")


def _typed_values(complaint: Complaint) -> dict[str, Any]:
    values: dict[str, Any] = complaint_values(complaint)
    for name in (*_DAY_COLUMNS, *_MOMENT_COLUMNS):
        values[name] = getattr(complaint, name)
    if complaint.cost is not None:
        values["cost"] = _number(complaint.cost)
    return values


def _number(amount: Decimal) -> int | float:
    return int(amount) if amount == amount.to_integral_value() else float(amount)
