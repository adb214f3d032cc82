"""Helpers shared by the CLI's subcommands."""

from __future__ import annotations

import argparse
from pathlib import Path

from coach.service import Coach
from coach.system.paths import data_dir


def open_coach(args: argparse.Namespace, *, read_only: bool = False) -> Coach:
    """The data folder named on the command line (or the default one), opened; StoreError in
    words if it cannot be used. ``--lang`` sets the language for this run. ``read_only`` for
    commands that only read (export, report): they work from a read-only folder or a full disk."""
    return Coach.open(data_dir(args.data_dir), getattr(args, "ui_lang", None), read_only=read_only)


def output_path(value: str) -> Path:
    return Path(value).expanduser()
