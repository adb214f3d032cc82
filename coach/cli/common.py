"""Helpers shared by the CLI's subcommands."""

from __future__ import annotations

import argparse
from pathlib import Path

from coach.service import Coach
from coach.system.paths import data_dir


def open_coach(args: argparse.Namespace) -> Coach:
    """The data folder named on the command line (or the default one), opened; StoreError in
    words if it cannot be used. ``--lang`` sets the language for this run."""
    return Coach.open(data_dir(args.data_dir), getattr(args, "ui_lang", None))


def output_path(value: str) -> Path:
    return Path(value).expanduser()
