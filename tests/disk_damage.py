"""Damage as a failing disk does it, shared by the tests of damaged logs and backups."""

from __future__ import annotations

from pathlib import Path


def damage(path: Path, size: int = 8192) -> None:
    """Overwrites ``size`` bytes in the middle of ``path``."""
    length = path.stat().st_size
    with open(path, "r+b") as stream:
        stream.seek(length // 2)
        stream.write(b"\x5a" * size)
