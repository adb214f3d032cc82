"""The ``coach`` command: opens the app, or runs one job headless (import, export, demo, report)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from coach import __version__
from coach.errors import (
    EXIT_BAD_INPUT,
    EXIT_DAMAGED,
    EXIT_DATA_FOLDER,
    EXIT_DISK_FULL,
    EXIT_LOCKED,
    EXIT_NEWER_VERSION,
    EXIT_NOT_A_DATABASE,
    EXIT_OK,
    EXIT_OUTPUT,
    EXIT_READ_ONLY,
    EXIT_USAGE,
    CoachError,
)
from coach.text.languages import LANGUAGES

EPILOG = f"""exit codes:
  {EXIT_OK:>2}  done
  {EXIT_BAD_INPUT:>2}  the input was refused (a bad CSV row, an unknown key, a bad month); nothing was stored
  {EXIT_USAGE:>2}  the command line was not understood
  {EXIT_DATA_FOLDER:>2}  the data folder or its database cannot be used
  {EXIT_OUTPUT:>2}  the output file cannot be written
  {EXIT_DISK_FULL:>2}  the disk is full; nothing was changed
  {EXIT_READ_ONLY:>2}  the data folder cannot be written (reading still works)
  {EXIT_LOCKED:>2}  the log is locked by another program
  {EXIT_NOT_A_DATABASE:>2}  the log file is not a Complaint Coach database
  {EXIT_DAMAGED:>2}  the log is damaged (coach check --repair, or coach restore latest)
  {EXIT_NEWER_VERSION:>2}  the log was written by a newer version of Complaint Coach

The data folder is --data-dir, else $COACH_DATA_DIR, else the platform's user data folder."""


def _app_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", metavar="DIR", help="the folder holding complaints.db")
    parser.add_argument(
        "--lang", dest="ui_lang", choices=LANGUAGES, help="interface language of the app"
    )


def opens_the_app(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options when ``argv`` only opens the app (no command, no --help or --version), read
    without loading the commands; None otherwise."""
    parser = argparse.ArgumentParser(prog="coach", add_help=False, exit_on_error=False)
    _app_options(parser)
    try:
        args, rest = parser.parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    return None if rest else args


def build_parser() -> argparse.ArgumentParser:
    from coach.cli import backup_cmd, demo_cmd, io_cmd, privacy_cmd, report_cmd

    parser = argparse.ArgumentParser(
        prog="coach",
        description="Complaint Coach: guides you through each customer complaint and reports on them.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"Complaint Coach {__version__}")
    _app_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (io_cmd, demo_cmd, report_cmd, backup_cmd, privacy_cmd):
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Runs ``coach``; the commands' modules load only when a command is given."""
    argv = sys.argv[1:] if argv is None else list(argv)
    args = opens_the_app(argv) or build_parser().parse_args(argv)
    try:
        if getattr(args, "command", None) is None:
            from coach.ui.app import run_app

            return run_app(args.data_dir, args.ui_lang)
        return int(args.run(args))
    except CoachError as error:
        print(f"coach: {error.message}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("coach: stopped.", file=sys.stderr)
        return EXIT_USAGE
