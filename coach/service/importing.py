"""Importing an owner's spreadsheet (no Qt): look at the file, decide how to read it, check every
row (a dry run), then store the complaints in one transaction.

The file is read a row at a time and each row checked once; new complaints go to the database in
batches inside one transaction (``coach.store.bulk.bulk_import``, written on a second thread
with their search index), so all of them are stored or none. A complaint already in the log (the
same moment made, description and customer) is not stored again.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from coach.complaints.domain import Complaint
from coach.complaints.rules import recorded_events
from coach.errors import CoachError
from coach.spreadsheet.dates import DateGuess, DateStyle, guess_style
from coach.spreadsheet.encodings import encoding
from coach.spreadsheet.headers import FIELD_KEYS, IGNORED_NAMES, REQUIRED, guess_columns, recognised
from coach.spreadsheet.profile import ImportProfile
from coach.spreadsheet.reasons import BROKEN_QUOTES, NOT_ENCODED, NOT_UTF8, reason
from coach.spreadsheet.records import ImportProblem, RowReader, Vocabulary
from coach.spreadsheet.rejected import write_rejected
from coach.spreadsheet.sources import (
    PREVIEW_ROWS,
    SourceError,
    SourceRow,
    TableFormat,
    bad_byte_at,
    byte_offset,
    read_rows,
    sniff_format,
)
from coach.store import Store
from coach.store.bulk import BulkWriter, bulk_import, complaint_fingerprint, stored_fingerprints
from coach.system.files import atomic_write

SAMPLE_ROWS = 500
"""Rows read to find the header and guess the date style."""
HEADER_SEARCH = 20
DATE_FIELDS = tuple(key for key in FIELD_KEYS if key in ("created_at", "resolved_at")) + (
    "promised_by",
    "follow_up_due",
    "followed_up_at",
)
PROGRESS_EVERY = 2000

Progress = Callable[[int, int], None]


class ImportCancelled(CoachError):
    """The owner cancelled the import; nothing was stored."""


@dataclass
class Inspection:
    """What a file looks like: how it is read, its first rows, the header row chosen, the field
    of each column and the date style its dates seem to have."""

    path: Path
    fmt: TableFormat
    preview: list[list[str]]
    header_row: int
    fields: list[str]
    dates: DateGuess

    @property
    def header(self) -> list[str]:
        if 0 < self.header_row <= len(self.preview):
            return self.preview[self.header_row - 1]
        return []

    def data_rows(self) -> list[list[str]]:
        return [row for row in self.preview[self.header_row :] if any(row)]


@dataclass
class ImportPlan:
    """Everything needed to read the rows: the file, its format and header row, the field of
    each column, the date style, and how vocabulary values are recognised."""

    path: Path
    fmt: TableFormat
    header_row: int
    header: list[str]
    fields: list[str]
    style: DateStyle
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    new_causes: dict[str, str] = field(default_factory=dict)
    add_causes: bool = False

    def missing(self) -> list[str]:
        """The required fields no column is read into."""
        return [name for name in REQUIRED if name not in self.fields]

    def left_out(self) -> list[str]:
        """The names of the columns not imported."""
        return [
            name or f"#{index + 1}"
            for index, (name, found) in enumerate(zip(self.header, self.fields, strict=False))
            if not found and (name or "").strip()
        ]


@dataclass
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    rows: int = 0
    added: int = 0
    duplicates: int = 0
    problems: list[ImportProblem] = field(default_factory=list)
    rejected: list[tuple[int, list[str], list[ImportProblem]]] = field(default_factory=list)
    new_causes: dict[str, str] = field(default_factory=dict)
    unknown: dict[str, Counter[str]] = field(default_factory=dict)
    stored: bool = False

    @property
    def bad(self) -> int:
        return len(self.rejected)


def inspect(path: Path, profile: ImportProfile | None = None) -> Inspection:
    """Reads the first rows of ``path`` and works out how to read it (``profile`` decides what
    it sets). SourceError in words when it is no table at all."""
    profile = profile or ImportProfile()
    fmt = sniff_format(path, profile.encoding, profile.delimiter)
    preview = [row.fields or [] for row in itertools.islice(read_rows(path, fmt), SAMPLE_ROWS)]
    if not any(any(row) for row in preview):
        raise SourceError("the file is empty: it has no rows to import.")
    header_row = profile.header_row or _header_row(preview)
    header = preview[header_row - 1] if header_row <= len(preview) else []
    if profile.columns:
        fields = _profile_fields(header, profile.columns)
    else:
        fields = guess_columns(header)
    date_values = [
        row[index]
        for row in preview[header_row:]
        for index, name in enumerate(fields)
        if name in DATE_FIELDS and index < len(row)
    ]
    guess = guess_style(date_values, profile.calendar)
    if profile.date_order != "auto":
        guess = DateGuess(DateStyle(profile.date_order, guess.style.calendar), True, guess.examples)
    return Inspection(path, fmt, preview[: PREVIEW_ROWS + header_row], header_row, fields, guess)


def _header_row(rows: list[list[str]]) -> int:
    """The first of the top rows that names the most fields (row 1 when none names any)."""
    best, best_count = 1, 0
    for number, row in enumerate(rows[:HEADER_SEARCH], 1):
        count = recognised(row)
        if count > best_count:
            best, best_count = number, count
    return best


def _profile_fields(header: list[str], columns: dict[str, str]) -> list[str]:
    known = {name.strip().casefold(): key for name, key in columns.items()}
    fields: list[str] = []
    for name in header:
        key = known.get(name.strip().casefold(), "")
        fields.append("" if key in fields else key)
    return fields


def plan(
    inspection: Inspection,
    profile: ImportProfile | None = None,
    *,
    style: DateStyle | None = None,
    add_causes: bool = False,
) -> ImportPlan:
    """The plan of reading ``inspection``'s file as it stands (``style``: its guessed one)."""
    profile = profile or ImportProfile()
    header = list(inspection.header)
    fields = list(inspection.fields) + [""] * (len(header) - len(inspection.fields))
    return ImportPlan(
        inspection.path,
        inspection.fmt,
        inspection.header_row,
        header,
        fields[: len(header)],
        style or inspection.dates.style,
        dict(profile.values),
        dict(profile.new_causes),
        add_causes,
    )


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while rows are read: a row makes no cycles (100,000 rows
    leave about 100 objects to collect), and its passes over the objects kept (customers,
    fingerprints) cost 2 s of the 8 s of reading 100,000 rows (docs/benchmarks.md)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@_collector_paused()
def run(
    store: Store,
    plan: ImportPlan,
    *,
    write: bool,
    all_or_nothing: bool = True,
    source: str = "",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ImportReport:
    """Checks every row of ``plan``'s file; with ``write``, stores the new complaints (none of
    them, when ``all_or_nothing`` and any row has a problem). ImportCancelled when ``cancelled``
    says so: then nothing is stored."""
    missing = plan.missing()
    if missing:
        raise SourceError(_missing_message(missing))
    report = ImportReport()
    with store.reader() as stored:
        causes = stored.root_causes()
        seen = stored_fingerprints(stored)
    reader = RowReader(
        plan.header,
        plan.fields,
        plan.style,
        Vocabulary(causes, plan.values, plan.new_causes, plan.add_causes),
    )
    total = _size(plan)
    source = source or plan.path.name
    if not write:
        _check_rows(plan, reader, report, seen, None, progress, cancelled, total)
        report.new_causes = dict(reader.added_causes)
        return report
    try:
        with bulk_import(store) as writer:
            detail = f"Imported from {source}"
            _check_rows(
                plan,
                reader,
                report,
                seen,
                (writer, detail),
                progress,
                cancelled,
                total,
                all_or_nothing,
            )
            report.new_causes = dict(reader.added_causes)
            if report.rejected and all_or_nothing:
                raise _Refused
            writer.finish()
            for key, label in report.new_causes.items():
                store.add_root_cause(key, label)
    except _Refused:
        return report
    report.stored = True
    return report


class _Refused(Exception):
    """Rolls the transaction back when an all-or-nothing import found a bad row."""


def _check_rows(
    plan: ImportPlan,
    reader: RowReader,
    report: ImportReport,
    seen: set[int],
    writing: tuple[BulkWriter, str] | None,
    progress: Progress | None,
    cancelled: Callable[[], bool],
    total: int,
    stop_on_bad: bool = True,
) -> None:
    codec = encoding(plan.fmt.encoding).codec if plan.fmt.kind == "csv" else ""
    for row in _data_rows(plan):
        if row.number % PROGRESS_EVERY == 0:
            if cancelled():
                raise ImportCancelled("The import was cancelled; nothing was stored.")
            if progress is not None:
                progress(row.offset if total else row.number, total or row.number)
        report.rows += 1
        complaint, problems = _read(row, reader, plan, codec)
        if complaint is None:
            report.rejected.append((row.number, _cells(row, plan), problems))
            report.problems.extend(problems)
            continue
        fingerprint = complaint_fingerprint(complaint)
        if fingerprint in seen:
            report.duplicates += 1
            continue
        seen.add(fingerprint)
        report.added += 1
        if writing is not None and not (report.rejected and stop_on_bad):
            writer, detail = writing
            writer.add(complaint, recorded_events(complaint, detail))
    report.unknown = reader.unknown
    if progress is not None:
        progress(total, total)


def _data_rows(plan: ImportPlan) -> Iterator[SourceRow]:
    """The non-empty rows after the header."""
    for row in read_rows(plan.path, plan.fmt):
        if row.number <= plan.header_row:
            if row.number == plan.header_row and bad_byte_at(row.raw) >= 0:
                raise SourceError(
                    f"the header (row {row.number}) is not {_encoding_name(plan)} text; "
                    "choose the file's encoding (--encoding) and try again."
                )
            continue
        if row.fields is None or any(row.fields):
            yield row


def _read(
    row: SourceRow, reader: RowReader, plan: ImportPlan, codec: str
) -> tuple[Complaint | None, list[ImportProblem]]:
    if codec:
        index = bad_byte_at(row.raw)
        if index >= 0:
            at, line = byte_offset(row, index, codec)
            if plan.fmt.encoding == "utf-8":
                why = reason(NOT_UTF8, offset=at, line=line)
            else:
                why = reason(NOT_ENCODED, encoding=_encoding_name(plan), offset=at, line=line)
            return None, [ImportProblem(row.number, -1, "", why)]
    if row.fields is None:
        return None, [ImportProblem(row.number, -1, "", reason(BROKEN_QUOTES))]
    return reader.read(row.number, row.fields)


def _cells(row: SourceRow, plan: ImportPlan) -> list[str]:
    cells = row.fields if row.fields is not None else [row.raw.rstrip("\r\n")]
    if plan.header and plan.header[-1].strip().casefold() in IGNORED_NAMES:
        return cells[: len(plan.header) - 1]
    return cells


def rejected_header(plan: ImportPlan) -> list[str]:
    """The columns of the rejected-rows file: the source's own (without its reason column)."""
    if plan.header and plan.header[-1].strip().casefold() in IGNORED_NAMES:
        return plan.header[:-1]
    return list(plan.header)


def _size(plan: ImportPlan) -> int:
    if plan.fmt.kind != "csv":
        return 0
    try:
        return plan.path.stat().st_size
    except OSError:
        return 0


def _encoding_name(plan: ImportPlan) -> str:
    return encoding(plan.fmt.encoding).label


def _missing_message(missing: list[str]) -> str:
    what = {
        "created_at": "created_at (when the complaint was made)",
        "description": "description (the complaint in the customer's words)",
    }
    names = " and ".join(what[name] for name in missing)
    return (
        f"no column is read as {names}; every complaint needs them. Name the columns "
        "created_at and description (or Date and Complaint), or map them with --mapping."
    )


def rejected_path(plan: ImportPlan) -> Path:
    """Where the rows an import sets aside are written: beside the file, named after it."""
    return plan.path.with_name(f"{plan.path.stem}.rejected.csv")


def save_rejected(plan: ImportPlan, report: ImportReport) -> Path:
    """Writes the refused rows as they were read, with a last ``reason`` column, beside the file
    (whole or not at all, readable only by the owner); OSError if it cannot be written."""
    path = rejected_path(plan)
    with atomic_write(path, encoding="utf-8", errors="surrogateescape", newline="") as stream:
        write_rejected(stream, rejected_header(plan), report.rejected, plan.path.name)
    return path
