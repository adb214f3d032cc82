"""``coach import``: complaints from a CSV, TSV or .xlsx file, in any column order and encoding."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from coach.cli.common import open_coach
from coach.errors import EXIT_BAD_INPUT, EXIT_OK, CoachError, OutputError
from coach.service import importing
from coach.spreadsheet.dates import DateStyle, normal_order
from coach.spreadsheet.encodings import ENCODINGS, UnknownEncoding, encoding
from coach.spreadsheet.profile import ImportProfile, load_profile
from coach.spreadsheet.sources import SourceError, read_head
from coach.system.files import DiskFullError
from coach.text.periods import CALENDARS

DELIMITER_NAMES = {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";", "pipe": "|"}


def add_arguments(importer: Any) -> None:
    """The options of ``coach import`` beyond --add-causes and --skip-bad."""
    importer.add_argument(
        "--encoding",
        metavar="ENC",
        help="the file's text encoding (default: found from the file): "
        + ", ".join(e.key for e in ENCODINGS),
    )
    importer.add_argument(
        "--delimiter",
        metavar="SEP",
        help="the separator between fields (default: found from the file): , ; tab |",
    )
    importer.add_argument(
        "--date-format",
        metavar="FORMAT",
        help="how dates are written (default: found from the file): "
        "iso (the same as ymd), ymd, dmy or mdy",
    )
    importer.add_argument(
        "--calendar",
        choices=CALENDARS,
        help="the calendar of the file's dates (default: gregorian; years before 1700 need jalali)",
    )
    importer.add_argument(
        "--mapping",
        metavar="PROFILE.json",
        help="an import profile saved by the app: which column is which field, the encoding, "
        "the date format and how values map to keys",
    )
    importer.add_argument(
        "--dry-run",
        action="store_true",
        help="check every row and say what would be imported, without storing anything",
    )


def run_import(args: argparse.Namespace) -> int:
    path = Path(args.file).expanduser()
    try:
        read_head(path, 1)
        profile = _profile(args)
    except SourceError as error:
        raise CoachError(error.message) from None
    with open_coach(args) as coach:
        try:
            inspection = importing.inspect(path, profile)
            calendar = args.calendar or profile.calendar or "gregorian"
            order = profile.date_order
            if order == "auto" and inspection.dates.settled:
                order = inspection.dates.style.order
            plan = importing.plan(
                inspection, profile, style=DateStyle(order, calendar), add_causes=args.add_causes
            )
            report = coach.import_file(
                plan,
                write=not args.dry_run,
                all_or_nothing=not args.skip_bad,
                source=path.name,
            )
        except SourceError as error:
            raise CoachError(f"{path} was not imported: {error.message}") from None
        data_dir = coach.data_dir
    return _report(args, path, plan, report, data_dir)


def _profile(args: argparse.Namespace) -> ImportProfile:
    profile = load_profile(Path(args.mapping).expanduser()) if args.mapping else ImportProfile()
    try:
        if args.encoding:
            profile.encoding = encoding(args.encoding).key
        if args.date_format:
            profile.date_order = normal_order(args.date_format)
    except (UnknownEncoding, ValueError) as error:
        raise CoachError(f"{error}.") from None
    if args.delimiter:
        delimiter = DELIMITER_NAMES.get(args.delimiter.lower(), args.delimiter)
        if len(delimiter) != 1:
            raise CoachError(f"{args.delimiter!r} is not a separator; use , ; tab or |.")
        profile.delimiter = delimiter
    if args.calendar:
        profile.calendar = args.calendar
    return profile


def _report(
    args: argparse.Namespace,
    path: Path,
    plan: importing.ImportPlan,
    report: importing.ImportReport,
    data_dir: Path,
) -> int:
    bad = report.bad
    first = plan.header_row + 1
    if bad and not args.skip_bad:
        outcome = "would not be imported" if args.dry_run else "nothing was imported from"
        print(
            f"coach: {outcome} {path}: {_rows(bad)} of {report.rows} "
            f"{'has' if bad == 1 else 'have'} problems (row {plan.header_row} is the header, "
            f"so the first complaint is row {first}):",
            file=sys.stderr,
        )
        _problems(report)
        print(
            "Correct these rows and import again, or add --skip-bad to import the good rows and "
            f"set the bad ones aside in {path.stem}.rejected.csv.",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    verb = "Would import" if args.dry_run else "Imported"
    print(f"{verb} {_complaints(report.added)} from {path} into {data_dir}.")
    if report.duplicates:
        print(f"Skipped {_complaints(report.duplicates)} already in the log.")
    if report.new_causes:
        print(
            f"{'Would add' if args.dry_run else 'Added'} root causes: {', '.join(report.new_causes)}."
        )
    left_out = plan.left_out()
    if left_out:
        print(f"Columns left out: {', '.join(left_out)}.")
    if not bad:
        return EXIT_OK
    _problems(report)
    if args.dry_run:
        print(f"{_rows(bad)} with problems would be set aside.")
        return EXIT_BAD_INPUT
    rejected = importing.rejected_path(plan)
    if rejected.is_dir():
        raise OutputError(f"Cannot write {rejected}: it is a folder. Name a file.")
    try:
        importing.save_rejected(plan, report)
    except DiskFullError:
        raise
    except OSError as error:
        raise OutputError(f"Cannot write {rejected}: {error.strerror or error}.") from None
    print(
        f"Set aside {_rows(bad)} with problems in {rejected}; "
        "the last column of each says why. Correct them there and import that file."
    )
    return EXIT_BAD_INPUT if not report.added else EXIT_OK


def _problems(report: importing.ImportReport) -> None:
    for problem in report.problems:
        print(f"  {problem}", file=sys.stderr)


def _complaints(count: int) -> str:
    return f"{count} complaint" + ("" if count == 1 else "s")


def _rows(count: int) -> str:
    return f"{count} row" + ("" if count == 1 else "s")
