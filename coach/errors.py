"""Errors that carry a message meant for the shop owner, and the CLI exit code they map to."""

from __future__ import annotations

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2
EXIT_DATA_FOLDER = 3
EXIT_OUTPUT = 4


class CoachError(Exception):
    """A failure explained in plain words; ``exit_code`` is what the CLI returns for it."""

    exit_code = EXIT_BAD_INPUT

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class StoreError(CoachError):
    """The data folder or database cannot be used."""

    exit_code = EXIT_DATA_FOLDER


class OutputError(CoachError):
    """A file the app should write (export, report) cannot be written."""

    exit_code = EXIT_OUTPUT
