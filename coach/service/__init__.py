"""The operations the screens and the CLI share, on one open data folder (no Qt).

``Coach`` is the data folder opened: its settings, playbook and every operation on complaints.
``ComplaintQuery`` says which complaints a screen asks for; ``LogRow`` is one line of the log.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.complaints.rules import StageIncomplete
from coach.service.coach import Coach
from coach.store import ComplaintQuery
from coach.store.log_rows import LogRow

if TYPE_CHECKING:
    from coach.service.customers import CustomerHistory

__all__ = ["Coach", "ComplaintQuery", "CustomerHistory", "LogRow", "StageIncomplete"]


def __getattr__(name: str) -> object:
    """``CustomerHistory`` loads on first use (the wizard's), not with the first screen."""
    if name == "CustomerHistory":
        from coach.service.customers import CustomerHistory

        return CustomerHistory
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
