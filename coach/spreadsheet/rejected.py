"""The rows an import set aside, written as a CSV the owner can correct and import again."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from typing import IO

from coach.spreadsheet.formula import protect, unprotect
from coach.spreadsheet.records import ImportProblem

REASON_COLUMN = "reason"
BOM = "\ufeff"


def write_rejected(
    stream: IO[str],
    header: Sequence[str],
    rows: Sequence[tuple[int, Sequence[str], Sequence[ImportProblem]]],
    source: str,
) -> int:
    """Writes ``header`` and each refused row (number, fields, problems) as it was read, with
    the reasons in a last ``reason`` column (which import leaves out); returns how many."""
    stream.write(BOM)
    writer = csv.writer(stream, lineterminator="\r\n")
    width = len(header)
    writer.writerow([*header, REASON_COLUMN])
    for number, fields, problems in rows:
        cells = [protect(unprotect(cell)) for cell in fields]
        if len(cells) < width:
            cells += [""] * (width - len(cells))
        reason = "; ".join(problem.reason for problem in problems)
        writer.writerow([*cells, f"row {number} of {source}: {reason}"])
    return len(rows)
