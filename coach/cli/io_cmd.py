"""``coach import`` and ``coach export``: complaints in and out as CSV (or JSON out)."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from coach.cli.common import open_coach, output_path
from coach.errors import EXIT_BAD_INPUT, EXIT_OK, CoachError, OutputError
from coach.service import Coach
from coach.spreadsheet.csv_file import (
    CsvFormatError,
    CsvImport,
    write_rejected,
)
from coach.system.files import DiskFullError, atomic_write

FORMAT_DOC = "See docs/csv-format.md for the columns, the row numbers and every error message."


def register(commands: Any) -> None:
    """Adds ``import`` and ``export`` to the parser."""
    importer = commands.add_parser(
        "import",
        help="add complaints from a CSV file",
        description="Adds the complaints in a CSV file to the data folder. If any row has a "
        "problem, nothing is stored and every problem is listed (row 1 is the header, so the "
        "first complaint is row 2). " + FORMAT_DOC,
    )
    importer.add_argument("file", metavar="FILE.csv", help="the CSV file to read")
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
    importer.set_defaults(run=run_import)
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


def run_import(args: argparse.Namespace) -> int:
    path = Path(args.file).expanduser()
    data = _read_input(path)
    with open_coach(args) as coach:
        try:
            result = coach.read_csv(data, add_causes=args.add_causes)
        except CsvFormatError as error:
            raise CsvFormatError(f"{path} was not imported: {error.message}") from None
        bad = result.bad
        if bad and not args.skip_bad:
            _report_refused(path, result)
            return EXIT_BAD_INPUT
        rejected = _write_rejected(path, result) if bad else None
        good = coach.import_rows(result, path.name)
    print(f"Imported {_complaints(len(good))} from {path} into {coach.data_dir}.")
    if result.new_causes:
        print(f"Added root causes: {', '.join(result.new_causes)}.")
    if rejected is not None:
        _report_problems(result)
        print(
            f"Set aside {_rows(len(bad))} with problems in {rejected}; "
            "the last column of each says why. Correct them there and import that file."
        )
        return EXIT_BAD_INPUT if not good else EXIT_OK
    return EXIT_OK


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


def _read_input(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        reason = "there is no such file"
    except IsADirectoryError:
        reason = "it is a folder, not a file"
    except PermissionError:
        reason = "permission denied"
    except OSError as error:
        reason = error.strerror or str(error)
    raise CoachError(f"Cannot read {path}: {reason}.")


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


def _write_rejected(path: Path, result: CsvImport) -> Path:
    rejected = path.with_name(f"{path.stem}.rejected.csv")
    with _output(rejected, errors="surrogateescape") as stream:
        write_rejected(result, stream, path.name)
    return rejected


def _report_problems(result: CsvImport) -> None:
    for row in result.bad:
        for problem in row.problems:
            print(f"  {problem}", file=sys.stderr)


def _report_refused(path: Path, result: CsvImport) -> None:
    print(
        f"coach: nothing was imported from {path}: {_rows(len(result.bad))} of "
        f"{len(result.rows)} {'has' if len(result.bad) == 1 else 'have'} problems "
        "(row 1 is the header, so the first complaint is row 2):",
        file=sys.stderr,
    )
    _report_problems(result)
    print(
        "Correct these rows and import again, or add --skip-bad to import the good rows and set "
        f"the bad ones aside in {path.stem}.rejected.csv.",
        file=sys.stderr,
    )


def _complaints(count: int) -> str:
    return f"{count} complaint" + ("" if count == 1 else "s")


def _rows(count: int) -> str:
    return f"{count} row" + ("" if count == 1 else "s")
