"""Helpers shared by the CLI's subcommands."""

from __future__ import annotations

import argparse
from pathlib import Path

from coach.store import Store
from coach.system.paths import data_dir


def open_store(args: argparse.Namespace) -> Store:
    """The store of the data folder named on the command line (or the default one)."""
    return Store.open(data_dir(args.data_dir))


def output_path(value: str) -> Path:
    return Path(value).expanduser()
