"""Errors that carry a message meant for the shop owner, and the CLI exit code they map to."""

from __future__ import annotations

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2
EXIT_DATA_FOLDER = 3
EXIT_OUTPUT = 4
EXIT_DISK_FULL = 5
EXIT_READ_ONLY = 6
EXIT_LOCKED = 7
EXIT_NOT_A_DATABASE = 8
EXIT_DAMAGED = 9
EXIT_NEWER_VERSION = 10


class CoachError(Exception):
    """A failure explained in plain words; ``exit_code`` is what the CLI returns for it."""

    exit_code = EXIT_BAD_INPUT

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class StoreError(CoachError):
    """The data folder or database cannot be used.

    ``kind`` names the cause (a subclass each), so a screen can say it in the owner's language
    with ``path`` (the file or folder concerned) filled in; ``detail`` is SQLite's own finding.
    """

    exit_code = EXIT_DATA_FOLDER
    kind = "folder"

    def __init__(self, message: str, path: object = None, detail: object = ""):
        super().__init__(message)
        self.path = "" if path is None else str(path)
        self.detail = str(detail)


class StoreDiskFull(StoreError):
    """The disk holding the data folder is full."""

    exit_code = EXIT_DISK_FULL
    kind = "disk_full"


class StoreReadOnly(StoreError):
    """The data folder or database cannot be written (permissions, a read-only disk)."""

    exit_code = EXIT_READ_ONLY
    kind = "read_only"


class StoreLocked(StoreError):
    """Another program holds the database locked."""

    exit_code = EXIT_LOCKED
    kind = "locked"


class NotADatabase(StoreError):
    """The file where the log should be is not an SQLite database."""

    exit_code = EXIT_NOT_A_DATABASE
    kind = "not_a_database"


class DatabaseDamaged(StoreError):
    """The log is an SQLite database with damaged pages; nothing is written into it."""

    exit_code = EXIT_DAMAGED
    kind = "damaged"


class NewerDatabase(StoreError):
    """The log was written by a newer version of the app."""

    exit_code = EXIT_NEWER_VERSION
    kind = "newer"


class OutputError(CoachError):
    """A file the app should write (export, report) cannot be written."""

    exit_code = EXIT_OUTPUT
