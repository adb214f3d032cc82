"""Starts the desktop app."""

from __future__ import annotations

import sys


def run_app(data_dir: str | None, language: str | None) -> int:
    print(
        "The Complaint Coach window is not built yet; use 'coach --help' for the commands.",
        file=sys.stderr,
    )
    return 0
