"""What went wrong with the log, said in the interface language: one message per cause."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coach.errors import StoreError
from coach.text.translatable import QT_TRANSLATE_NOOP
from coach.ui.direction import isolate

_CONTEXT = "StoreProblems"
MESSAGES: dict[str, str] = {
    "disk_full": QT_TRANSLATE_NOOP(
        "StoreProblems",
        "The disk is full, so Complaint Coach cannot write to {path}. Nothing was lost. "
        "Free some space on the disk and try again; meanwhile you can read, export and print.",
    ),
    "read_only": QT_TRANSLATE_NOOP(
        "StoreProblems",
        "Complaint Coach cannot write to the data folder {path}. Nothing was lost. You can "
        "read, export and print; to save, ask for write permission or choose another folder.",
    ),
    "locked": QT_TRANSLATE_NOOP(
        "StoreProblems",
        "The log {path} is locked by another program. Nothing was changed. Close the other "
        "program and try again.",
    ),
    "not_a_database": QT_TRANSLATE_NOOP(
        "StoreProblems",
        "The file {path} is not a Complaint Coach log. Nothing was changed. You can go back to "
        "a backup, or move the file aside to start a new log.",
    ),
    "damaged": QT_TRANSLATE_NOOP(
        "StoreProblems",
        "The log {path} is damaged. Nothing more is written into it. You can go back to the "
        "newest backup, or recover every complaint that can still be read into a new log "
        "(the damaged file is kept aside).",
    ),
    "newer": QT_TRANSLATE_NOOP(
        "StoreProblems",
        "The log {path} was saved by a newer version of Complaint Coach. Nothing was changed. "
        "Install the newer version to open it.",
    ),
    "folder": QT_TRANSLATE_NOOP(
        "StoreProblems", "Complaint Coach cannot use {path}. Nothing was changed."
    ),
}


def problem_text(error: StoreError) -> str:
    """The owner's-language message for ``error``, naming its file or folder."""
    template = QCoreApplication.translate(_CONTEXT, MESSAGES.get(error.kind, MESSAGES["folder"]))
    return template.replace("{path}", isolate(error.path) if error.path else "")
