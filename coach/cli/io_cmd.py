"""The ``coach io``-related subcommands."""

from __future__ import annotations

import argparse
from typing import Any


def register(commands: Any) -> None:
    """Adds this module's subcommands to the parser."""
    del commands


def _unused(args: argparse.Namespace) -> int:
    return 0
