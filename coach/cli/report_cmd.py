"""``coach report``: the monthly report as PDF, JSON or CSV, headless."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coach.cli.common import open_coach, output_path
from coach.errors import CoachError
from coach.system.paths import data_dir
from coach.system.settings import PAPER_SIZES, Settings
from coach.text.languages import LANGUAGES, SOURCE_LANGUAGE
from coach.text.periods import CALENDARS, parse_month

if TYPE_CHECKING:
    from coach.playbooks import Playbook

FORMATS: tuple[str, ...] = ("pdf", "json", "csv")

DESCRIPTION = """Writes the monthly complaints report, grouped by root cause.

examples:
  coach report --month 2026-10 --out october.pdf
  coach report --month 1405-07 --calendar jalali --lang fa --out mehr.pdf
  coach report --month 2026-10 --redact --format json --out october.json
  coach report --month 2026-10 --attachments --out october-with-photos.pdf

Calendar, language, business name and paper size default to the app's settings.
JSON holds every figure with vocabulary keys; CSV holds the per-cause table."""


def register(commands: Any) -> None:
    """Adds ``report`` to the parser."""
    parser = commands.add_parser(
        "report",
        help="write the monthly report (PDF, JSON or CSV)",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--month", required=True, metavar="YYYY-MM", help="the month, e.g. 2026-10 or 1405-07"
    )
    parser.add_argument("--calendar", choices=CALENDARS, help="the calendar --month is in")
    parser.add_argument("--lang", dest="report_lang", choices=LANGUAGES, help="report language")
    parser.add_argument(
        "--redact", action="store_true", help="initials instead of names; phones and e-mails masked"
    )
    parser.add_argument(
        "--attachments",
        action="store_true",
        help="add the attached photos after the listing (PDFs named); with --redact only counted",
    )
    parser.add_argument(
        "--format", dest="format", choices=FORMATS, help="default: from --out's extension, else pdf"
    )
    parser.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    parser.add_argument("--paper", choices=PAPER_SIZES, help="paper size of the PDF")
    parser.add_argument("--business-name", metavar="NAME", help="name in the report header")
    parser.set_defaults(run=run_report)


def output_format(args: argparse.Namespace, path: Path) -> str:
    if args.format:
        return str(args.format)
    suffix = path.suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else "pdf"


def run_report(args: argparse.Namespace) -> int:
    """Builds the summary for the month and writes it in the chosen format."""
    from coach.playbooks import load_playbook
    from coach.report.export import check_writable, write_csv, write_json

    folder = data_dir(args.data_dir)
    settings = Settings.load(folder)
    calendar = args.calendar or settings.calendar
    lang = args.report_lang or getattr(args, "ui_lang", None) or settings.language
    try:
        period = parse_month(args.month, calendar)
    except ValueError as error:
        raise CoachError(str(error)) from None
    path = output_path(args.out)
    kind = output_format(args, path)
    check_writable(path)

    with open_coach(args, read_only=True) as coach:
        summary = coach.report_summary(
            period,
            lang=lang,
            business_name=args.business_name,
            redact=args.redact,
            attachments=args.attachments,
        )
        playbook = coach.playbook_in(lang)

    if kind == "json":
        write_json(summary, path)
        pages = ""
    elif kind == "csv":
        write_csv(summary, path)
        pages = ""
    else:
        paper = args.paper or settings.paper_size
        count = _write_pdf(summary, path, paper, settings, lang, playbook)
        pages = f", {count} page{'s' if count != 1 else ''}"
    complaints = f"{summary.total} complaint{'s' if summary.total != 1 else ''}"
    month = period.name(load_playbook(SOURCE_LANGUAGE).month_names)
    print(f"Wrote the {month} report ({complaints}{pages}) to {path}.")
    return 0


def _write_pdf(
    summary: Any, path: Path, paper: str, settings: Settings, lang: str, playbook: Playbook
) -> int:
    from coach.report.export import OutputError
    from coach.report.render import write_pdf
    from coach.system.files import DiskFullError

    digits = settings.digits if lang == settings.language else None
    try:
        return int(
            write_pdf(
                summary,
                path,
                paper=paper,
                digits=digits,
                calendar=summary.period.calendar,
                playbook=playbook,
            )
        )
    except DiskFullError:
        raise
    except OSError as error:
        raise OutputError(
            f"Cannot write the report to {path}: {error.strerror or error}."
        ) from None
