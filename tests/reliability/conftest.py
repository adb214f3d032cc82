"""A bad day on purpose: real small disks, read-only folders, killed processes.

Mounting needs root (as on this project's machines and CI); where it is not allowed the tests
that need it are skipped. ``COACH_KILL_CYCLES`` sets how many kill -9 cycles each kill test
runs (20 by default, 200 for the long run).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]
KILL_CYCLES = int(os.environ.get("COACH_KILL_CYCLES", "20"))


def _mount(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["mount", *args], capture_output=True, text=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 2 MB file system (tmpfs); skipped where it cannot be mounted."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    folder = tmp_path / "small-disk"
    folder.mkdir()
    done = _mount(["-t", "tmpfs", "-o", "size=2m", "tmpfs", str(folder)])
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture
def read_only_view(tmp_path: Path) -> Iterator[Callable[[Path], Path]]:
    """``view(folder)``: the same folder seen through a read-only bind mount (root ignores
    chmod, not a read-only mount); skipped where it cannot be mounted."""
    if os.geteuid() != 0:
        pytest.skip("a read-only bind mount needs root")
    mounted: list[Path] = []

    def view(folder: Path) -> Path:
        target = tmp_path / f"read-only-{len(mounted)}"
        target.mkdir()
        if _mount(["--bind", str(folder), str(target)]).returncode != 0:
            pytest.skip("cannot bind-mount here")
        mounted.append(target)
        done = _mount(["-o", "remount,bind,ro", str(target)])
        if done.returncode != 0:
            pytest.skip(f"cannot make a bind mount read-only: {done.stderr.strip()}")
        return target

    try:
        yield view
    finally:
        for target in reversed(mounted):
            subprocess.run(["umount", "-l", str(target)], check=False)


def fill_disk(folder: Path) -> Path:
    """Writes a file until the disk is full; returns it (delete it to free the space)."""
    filler = folder / "filler"
    with pytest.raises(OSError), filler.open("wb") as stream:
        while True:
            stream.write(b"x" * 4096)
            stream.flush()
    return filler


@pytest.fixture
def coach(tmp_path: Path) -> Run:
    """``coach(*args)`` runs ``python -m coach`` in ``tmp_path``; it never prints a traceback."""

    def run(
        *args: str | Path, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [sys.executable, "-m", "coach", *map(str, args)],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=180,
            env=env,
        )
        assert "Traceback" not in done.stderr, done.stderr
        return done

    return run
