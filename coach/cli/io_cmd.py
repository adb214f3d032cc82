"""``coach import`` and ``coach export``: complaints in and out as CSV (or JSON out)."""

from __future__ import annotations

import argparse
import contextlib
import os
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from coach.cli.common import open_store, output_path
from coach.complaints.domain import Complaint
from coach.errors import EXIT_BAD_INPUT, EXIT_OK, CoachError, OutputError, StoreError
from coach.spreadsheet.csv_file import (
    CsvFormatError,
    CsvImport,
    import_events,
    read_complaints,
    write_csv,
    write_json,
    write_rejected,
)
from coach.store import Store
from coach.system.files import DiskFullError, atomic_write

FORMAT_DOC = "See docs/csv-format.md for the columns, the row numbers and every error message."
PAGE = 2000


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
    store = open_store(args)
    try:
        try:
            result = read_complaints(data, _known_causes(store), add_causes=args.add_causes)
        except CsvFormatError as error:
            raise CsvFormatError(f"{path} was not imported: {error.message}") from None
        bad = result.bad
        if bad and not args.skip_bad:
            _report_refused(path, result)
            return EXIT_BAD_INPUT
        rejected = _write_rejected(path, result) if bad else None
        good = [row.complaint for row in result.good if row.complaint is not None]
        _store(store, good, result.new_causes, path.name)
    finally:
        store.close()
    print(f"Imported {_complaints(len(good))} from {path} into {store.path.parent}.")
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
    write = write_json if kind == "json" else write_csv
    store = open_store(args)
    try:
        if target == "-":
            return _export_to_stdout(store, write)
        path = output_path(target)
        with _output(path) as stream:
            count = write(_all_complaints(store), stream)
    finally:
        store.close()
    print(f"Exported {_complaints(count)} to {path}.")
    return EXIT_OK


def _export_to_stdout(store: Store, write: Callable[[Iterable[Complaint], IO[str]], int]) -> int:
    stream = open(sys.stdout.fileno(), "w", encoding="utf-8", newline="", closefd=False)
    try:
        with stream:
            count = write(_all_complaints(store), stream)
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


def _all_complaints(store: Store) -> Iterator[Complaint]:
    """Every complaint, oldest first (ties by id), read a page at a time."""
    offset = 0
    while True:
        try:
            page = store.find(limit=PAGE, offset=offset, order="oldest")
        except sqlite3.Error as error:
            raise StoreError(f"Cannot read the database {store.path}: {error}.") from None
        yield from page
        if len(page) < PAGE:
            return
        offset += PAGE


def _known_causes(store: Store) -> list[str]:
    try:
        return list(store.root_causes())
    except sqlite3.Error as error:
        raise StoreError(f"Cannot read the database {store.path}: {error}.") from None


def _store(store: Store, complaints: list[Complaint], new_causes: list[str], source: str) -> None:
    """Adds the causes and the complaints in one transaction: all of them or none."""
    try:
        with store.bulk_load():
            for key in new_causes:
                store.add_root_cause(key)
            store.save_many((c, import_events(c, source)) for c in complaints)
    except sqlite3.Error as error:
        raise StoreError(
            f"Nothing was imported: the database {store.path} could not be written ({error})."
        ) from None


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
