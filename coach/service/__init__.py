"""The operations the screens and the CLI share, on one open data folder (no Qt).

``Coach`` is the data folder opened: its settings, playbook and every operation on complaints.
``ComplaintQuery`` says which complaints a screen asks for; ``LogRow`` is one line of the log.
"""

from coach.complaints.rules import StageIncomplete
from coach.service.coach import Coach
from coach.service.customers import CustomerHistory
from coach.store import ComplaintQuery
from coach.store.log_rows import LogRow

__all__ = ["Coach", "ComplaintQuery", "CustomerHistory", "LogRow", "StageIncomplete"]
