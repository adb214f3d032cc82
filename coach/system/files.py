"""Writing a file whole or not at all: the one way the app replaces a file on disk (no Qt).

The new content goes to a temporary file in the same folder (so the rename cannot cross file
systems), created readable only by the owner; it is flushed and synced to the disk, renamed over
the target, and the folder is synced so the rename itself survives a power cut. On any failure,
an interrupt (Ctrl+C) included, the temporary file is removed and the old file is left exactly
as it was.

    with atomic_write(path, encoding="utf-8", newline="") as stream:
        stream.write(text)

A full disk raises :class:`DiskFullError`; any other ``OSError`` is raised as it came, for the
caller to put in its own words.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from coach.errors import EXIT_DISK_FULL, OutputError
from coach.system.platforms import sync_folder

DISK_FULL = frozenset(
    code for code in (errno.ENOSPC, getattr(errno, "EDQUOT", None)) if code is not None
)
OWNER_ONLY = 0o600


class DiskFullError(OutputError, OSError):
    """The disk (or the owner's quota) is full; nothing was changed.

    An ``OutputError`` for the CLI's plain-words message and exit code, and an ``OSError``
    (``errno`` ENOSPC, ``strerror`` the same message) for code that handles file errors.
    """

    exit_code = EXIT_DISK_FULL

    def __init__(self, path: Path):
        super().__init__(
            f"The disk is full: {path} could not be written. Nothing was changed; "
            "free some space on the disk and try again."
        )
        self.errno = errno.ENOSPC
        self.strerror = self.message

    def __str__(self) -> str:
        return self.message


def is_disk_full(error: BaseException) -> bool:
    return isinstance(error, OSError) and error.errno in DISK_FULL


@contextlib.contextmanager
def atomic_write(
    path: str | os.PathLike[str],
    mode: str = "w",
    *,
    encoding: str | None = None,
    newline: str | None = None,
    errors: str | None = None,
    permissions: int = OWNER_ONLY,
) -> Iterator[IO[Any]]:
    """Yields a stream ("w" text, UTF-8 unless told, or "wb") whose content replaces ``path``.

    ``path`` is replaced only when the ``with`` block ends without an exception.
    """
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_write writes whole files: mode must be 'w' or 'wb', not {mode!r}")
    if mode == "w" and encoding is None:
        encoding = "utf-8"
    target = Path(path)
    with _replacing(target, permissions) as (handle, _temporary):
        try:
            stream = open(handle, mode, encoding=encoding, newline=newline, errors=errors)
        except BaseException:
            os.close(handle)
            raise
        with stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike[str], *, permissions: int = OWNER_ONLY) -> Iterator[Path]:
    """Yields the path of an empty temporary file that replaces ``path`` when the block ends.

    For writers that take a file name rather than a stream (QPdfWriter): write it and close it
    inside the block; it is synced to the disk and renamed over ``path`` afterwards.
    """
    target = Path(path)
    with _replacing(target, permissions) as (handle, temporary):
        os.close(handle)
        yield temporary
        _sync_file(temporary)


def make_private(path: str | os.PathLike[str], mode: int = OWNER_ONLY) -> None:
    """Makes a file another library wrote (window state, a lock) readable only by the owner."""
    with contextlib.suppress(OSError):
        os.chmod(path, mode)


def write_bytes_atomic(
    path: str | os.PathLike[str], data: bytes, *, permissions: int = OWNER_ONLY
) -> None:
    with atomic_write(path, "wb", permissions=permissions) as stream:
        stream.write(data)


def write_text_atomic(
    path: str | os.PathLike[str],
    text: str,
    *,
    encoding: str = "utf-8",
    newline: str | None = "",
    permissions: int = OWNER_ONLY,
) -> None:
    """Writes ``text`` as it is (``newline=""`` leaves line endings alone)."""
    with atomic_write(
        path, "w", encoding=encoding, newline=newline, permissions=permissions
    ) as stream:
        stream.write(text)


@contextlib.contextmanager
def _replacing(target: Path, permissions: int) -> Iterator[tuple[int, Path]]:
    """A temporary file beside ``target`` (open handle, path), renamed over it on success."""
    folder = target.parent
    try:
        handle, name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as error:
        if is_disk_full(error):
            raise DiskFullError(target) from None
        raise
    temporary = Path(name)
    try:
        if permissions != OWNER_ONLY:
            os.chmod(temporary, permissions)
        yield handle, temporary
        os.replace(temporary, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        if is_disk_full(error) and not isinstance(error, DiskFullError):
            raise DiskFullError(target) from None
        raise
    _sync_folder(folder)


def _sync_file(path: Path) -> None:
    handle = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _sync_folder(folder: Path) -> None:
    """Makes the rename durable where the system allows syncing a folder (not on Windows)."""
    sync_folder(folder)
