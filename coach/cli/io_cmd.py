"""``coach import`` and ``coach export``: complaints in and out as CSV (or JSON out)."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from coach.cli import import_cmd
from coach.cli.common import open_coach, output_path
from coach.errors import EXIT_OK, OutputError
from coach.service import Coach
from coach.system.files import DiskFullError, atomic_write

FORMAT_DOC = "See docs/csv-format.md for the columns, the row numbers and every error message."


def register(commands: Any) -> None:
    """Adds ``import`` and ``export`` to the parser."""
    importer = commands.add_parser(
        "import",
        help="add complaints from a CSV, TSV or Excel (.xlsx) file",
        description="Adds the complaints in a CSV, TSV or .xlsx file to the data folder. Columns "
        "are found by their names, in any order; only the date each complaint was made and its "
        "description are required. If any row has a problem, nothing is stored and every problem "
        "is listed (row 1 is the header, so the first complaint is row 2). Complaints already in "
        "the log are skipped. " + FORMAT_DOC,
    )
    importer.add_argument("file", metavar="FILE", help="the file to read (.csv, .tsv, .txt, .xlsx)")
    importer.add_argument(
        "--add-causes",
        action="store_true",
        help="add root-cause keys the file uses that are not known yet, instead of refusing them",
    )
    importer.add_argument(
        "--skip-bad",
        action="store_true",
        help="store the good rows and set the bad ones aside, with the reason for each, "
        "in FILE.rejected.csv beside the input",
    )
    import_cmd.add_arguments(importer)
    importer.set_defaults(run=import_cmd.run_import)
    exporter = commands.add_parser(
        "export",
        help="write every complaint to a CSV or JSON file",
        description="Writes every complaint, oldest first, in the import format, so the file "
        "can be imported again. '-' writes to standard output. " + FORMAT_DOC,
    )
    exporter.add_argument("file", metavar="FILE", help="the file to write (.csv or .json)")
    exporter.add_argument(
        "--format", choices=("csv", "json"), help="default: json for a .json file, else csv"
    )
    exporter.set_defaults(run=run_export)


def run_export(args: argparse.Namespace) -> int:
    target = args.file
    kind = args.format or ("json" if target.lower().endswith(".json") else "csv")
    with open_coach(args, read_only=True) as coach:
        if target == "-":
            return _export_to_stdout(coach, kind)
        path = output_path(target)
        with _output(path) as stream:
            count = coach.export(stream, kind)
    print(f"Exported {_complaints(count)} to {path}.")
    return EXIT_OK


def _export_to_stdout(coach: Coach, kind: str) -> int:
    stream = open(sys.stdout.fileno(), "w", encoding="utf-8", newline="", closefd=False)
    try:
        with stream:
            count = coach.export(stream, kind)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    print(f"Exported {_complaints(count)}.", file=sys.stderr)
    return EXIT_OK


@contextlib.contextmanager
def _output(path: Path, errors: str = "strict") -> Iterator[IO[str]]:
    """A text stream that replaces ``path`` only once everything is written."""
    if path.is_dir():
        raise OutputError(f"Cannot write {path}: it is a folder. Name a file.")
    try:
        with atomic_write(path, encoding="utf-8", errors=errors, newline="") as stream:
            yield stream
    except DiskFullError:
        raise
    except OSError as error:
        raise OutputError(f"Cannot write {path}: {_why(error, path)}.") from None


def _why(error: OSError, path: Path) -> str:
    if isinstance(error, FileNotFoundError):
        return f"the folder {path.parent} does not exist"
    if isinstance(error, NotADirectoryError):
        return f"{path.parent} is not a folder"
    if isinstance(error, PermissionError):
        return "permission denied"
    return error.strerror or str(error)


def _complaints(count: int) -> str:
    return f"{count} complaint" + ("" if count == 1 else "s")


def _rows(count: int) -> str:
    return f"{count} row" + ("" if count == 1 else "s")
