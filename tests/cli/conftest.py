"""Runs ``python -m coach`` the way a user runs ``coach``, in a separate process."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

Coach = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def coach(tmp_path: Path) -> Coach:
    """``coach(*args)`` runs the command in ``tmp_path``; it never prints a traceback."""

    def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [sys.executable, "-m", "coach", *map(str, args)],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=120,
        )
        assert "Traceback" not in done.stderr, done.stderr
        return done

    return run
