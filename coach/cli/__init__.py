"""The ``coach`` command: opens the app, or runs one job headless (import, export, demo, report)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from coach import __version__
from coach.errors import (
    EXIT_BAD_INPUT,
    EXIT_DATA_FOLDER,
    EXIT_OK,
    EXIT_OUTPUT,
    EXIT_USAGE,
    CoachError,
)
from coach.text.languages import LANGUAGES

EPILOG = f"""exit codes:
  {EXIT_OK}  done
  {EXIT_BAD_INPUT}  the input was refused (a bad CSV row, an unknown key, a bad month); nothing was stored
  {EXIT_USAGE}  the command line was not understood
  {EXIT_DATA_FOLDER}  the data folder or its database cannot be used
  {EXIT_OUTPUT}  the output file cannot be written

The data folder is --data-dir, else $COACH_DATA_DIR, else the platform's user data folder."""


def build_parser() -> argparse.ArgumentParser:
    from coach.cli import demo_cmd, io_cmd, report_cmd

    parser = argparse.ArgumentParser(
        prog="coach",
        description="Complaint Coach: guides you through each customer complaint and reports on them.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"Complaint Coach {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="the folder holding complaints.db")
    parser.add_argument(
        "--lang", dest="ui_lang", choices=LANGUAGES, help="interface language of the app"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in (io_cmd, demo_cmd, report_cmd):
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from coach.ui.app import run_app

            return run_app(args.data_dir, args.ui_lang)
        return int(args.run(args))
    except CoachError as error:
        print(f"coach: {error.message}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("coach: stopped.", file=sys.stderr)
        return EXIT_USAGE
