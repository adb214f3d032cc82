"""The complaints CSV file: reading it with a reason for every bad row, writing it repeatably."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import IO, Any

from coach.complaints.domain import Complaint
from coach.errors import CoachError
from coach.spreadsheet.csv_row import (
    COLUMNS,
    LEGACY_WIDTH,
    TEXT_COLUMNS,
    RowProblem,
    complaint_values,
    import_events,
    parse_complaint,
)
from coach.spreadsheet.formula import protect, unprotect
from coach.spreadsheet.sources import SourceLines
from coach.text.localise import to_latin_digits

__all__ = [
    "COLUMNS",
    "CsvFormatError",
    "CsvImport",
    "RowProblem",
    "SourceRow",
    "import_events",
    "read_complaints",
    "write_csv",
    "write_json",
    "write_rejected",
]

REASON_COLUMN = "reason"
LINE_END = "\r\n"
BOM = "\ufeff"
_BAD_BYTE = re.compile("[\udc80-\udcff]")


class CsvFormatError(CoachError):
    """The file as a whole cannot be read as a complaints CSV (header, encoding, empty)."""


@dataclass
class SourceRow:
    """One data row as read: its fields, its exact source text, and what became of it."""

    number: int
    fields: list[str]
    raw: str
    complaint: Complaint | None = None
    problems: list[RowProblem] = field(default_factory=list)


@dataclass
class CsvImport:
    """Every data row of a file; ``new_causes`` are root causes it uses that the store lacks."""

    rows: list[SourceRow]
    new_causes: list[str]
    width: int = len(COLUMNS)
    data_width: int = len(COLUMNS)

    @property
    def good(self) -> list[SourceRow]:
        return [row for row in self.rows if not row.problems]

    @property
    def bad(self) -> list[SourceRow]:
        return [row for row in self.rows if row.problems]


# --- reading -------------------------------------------------------------------------------


def read_complaints(
    data: bytes, known_causes: Collection[str], *, add_causes: bool = False
) -> CsvImport:
    """Parses a complaints CSV; bad rows carry their problems, file-level faults raise."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise CsvFormatError(
            "the file is UTF-16 text, not UTF-8. In Excel use Save As > 'CSV UTF-8 (comma delimited)'."
        )
    text = data.decode("utf-8", "surrogateescape")
    offset = 0
    if text.startswith(BOM):
        text, offset = text[1:], len(BOM.encode())
    lines = SourceLines(io.StringIO(text, newline=""))
    reader = csv.reader(lines, strict=True)
    csv.field_size_limit(2**31 - 1)
    header = _next_row(reader, lines)
    if header is None:
        raise CsvFormatError("the file is empty; its first row must be the header: " + _expected())
    header_fields, header_raw = header
    width, data_width = _check_header(header_fields, header_raw)
    offset += _byte_length(header_raw)
    known = set(known_causes)
    rows: list[SourceRow] = []
    number = 1
    while (item := _next_row(reader, lines)) is not None:
        number += 1
        fields, raw = item
        if fields is None or any(fields):
            row = SourceRow(number, fields or [raw.rstrip("\r\n")], raw)
            row.problems = _encoding_problems(number, raw, offset, lines.first_line)
            if fields is None:
                row.problems.append(RowProblem(number, "", "its quotes are not closed properly"))
            elif not row.problems:
                _parse_row(row, width, data_width, known, add_causes)
            rows.append(row)
        offset += _byte_length(raw)
    new_causes: dict[str, None] = {}
    for row in rows:
        if row.complaint and row.complaint.root_cause and row.complaint.root_cause not in known:
            new_causes[row.complaint.root_cause] = None
    return CsvImport(rows, list(new_causes), width, data_width)


def _next_row(reader: Any, lines: SourceLines) -> tuple[list[str] | None, str] | None:
    """The next row's fields (None when its quoting is broken) and source text, or None at the end."""
    try:
        fields = next(reader)
    except StopIteration:
        return None
    except csv.Error:
        fields = None
    return fields, lines.take()


def _byte_length(raw: str) -> int:
    return len(raw.encode("utf-8", "surrogateescape"))


def _expected() -> str:
    return ", ".join(COLUMNS)


def _check_header(fields: list[str] | None, raw: str) -> tuple[int, int]:
    """The number of columns a data row must have and how many of them are complaint columns
    (the rest is a ``reason`` column); raises when the header is wrong."""
    if _BAD_BYTE.search(raw):
        raise CsvFormatError(
            "the header (row 1) is not UTF-8 text. Save the file as 'CSV UTF-8' and try again."
        )
    names = [name.strip().casefold() for name in fields or []]
    if names and names[-1] == REASON_COLUMN:
        names = names[:-1]
    if names in (list(COLUMNS), list(COLUMNS[:LEGACY_WIDTH])):
        return len(fields or []), len(names)
    if names and _looks_like_date(names[0]):
        problem = "it looks like data, not a header"
    else:
        missing = [name for name in COLUMNS if name not in names]
        unknown = [name for name in names if name not in COLUMNS]
        parts = []
        if missing:
            parts.append("missing " + ", ".join(missing))
        if unknown:
            parts.append("unknown " + ", ".join(repr(name) for name in unknown))
        if not parts:
            parts.append("the columns are in the wrong order")
        problem = "; ".join(parts)
    raise CsvFormatError(
        f"the first row must be the header with these {len(COLUMNS)} columns in this order: "
        f"{_expected()}. Row 1 is wrong: {problem}."
    )


def _looks_like_date(text: str) -> bool:
    try:
        datetime.fromisoformat(to_latin_digits(text))
    except ValueError:
        return False
    return True


def _encoding_problems(number: int, raw: str, offset: int, line: int) -> list[RowProblem]:
    found = _BAD_BYTE.search(raw)
    if not found:
        return []
    at = offset + _byte_length(raw[: found.start()])
    at_line = line + raw[: found.start()].count("\n")
    return [
        RowProblem(
            number,
            "",
            f"it is not UTF-8 text (at byte offset {at} of the file, line {at_line}); "
            "save the file as 'CSV UTF-8' and try again",
        )
    ]


def _parse_row(
    row: SourceRow, width: int, data_width: int, known: set[str], add_causes: bool
) -> None:
    if len(row.fields) != width:
        message = f"it has {len(row.fields)} columns, but the header has {width}"
        row.problems.append(RowProblem(row.number, "", message))
        return
    values = [unprotect(v) for v in row.fields[:data_width]] + [""] * (len(COLUMNS) - data_width)
    row.complaint, row.problems = parse_complaint(row.number, values, known, add_causes)


# --- writing -------------------------------------------------------------------------------


def csv_writer(stream: IO[str]) -> Any:
    """A writer for our files: the stream must be opened with newline=""."""
    return csv.writer(stream, lineterminator=LINE_END)


def write_csv(complaints: Iterable[Complaint], stream: IO[str]) -> int:
    """Writes a BOM, the header and one row per complaint; returns the number of rows."""
    stream.write(BOM)
    writer = csv_writer(stream)
    writer.writerow(COLUMNS)
    count = 0
    for complaint in complaints:
        values = complaint_values(complaint)
        writer.writerow([_cell(name, value) for name, value in values.items()])
        count += 1
    return count


def _cell(name: str, value: object) -> str:
    """A column's text; customer-typed text is protected from running as a formula."""
    if value is None:
        return ""
    return protect(str(value)) if name in TEXT_COLUMNS else str(value)


def write_json(
    complaints: Iterable[Complaint],
    stream: IO[str],
    extra: Callable[[Complaint], dict[str, Any]] | None = None,
) -> int:
    """Writes a JSON list with one object per complaint, one object per line; ``extra`` gives
    more keys for a complaint (its attachments)."""
    count = 0
    stream.write("[")
    for complaint in complaints:
        values: dict[str, Any] = complaint_values(complaint)
        if complaint.cost is not None:
            values["cost"] = _json_number(complaint.cost)
        if extra is not None:
            values.update(extra(complaint))
        stream.write(",\n" if count else "\n")
        stream.write(json.dumps(values, ensure_ascii=False))
        count += 1
    stream.write("\n]\n")
    return count


def _json_number(amount: Decimal) -> int | float:
    return int(amount) if amount == amount.to_integral_value() else float(amount)


def write_rejected(result: CsvImport, stream: IO[str], source: str) -> int:
    """Writes the refused rows as they were read, with the reasons in a last ``reason`` column."""
    stream.write(BOM)
    writer = csv_writer(stream)
    writer.writerow([*COLUMNS, REASON_COLUMN])
    rows = result.bad
    for row in rows:
        fields = row.fields
        if result.width > result.data_width and len(fields) == result.width:
            fields = fields[: result.data_width]
        fields = fields + [""] * (len(COLUMNS) - len(fields))
        reason = "; ".join(problem.reason for problem in row.problems)
        cells = [protect(unprotect(cell)) for cell in fields]
        writer.writerow([*cells, f"row {row.number} of {source}: {reason}"])
    return len(rows)
