"""The coaching content (stages, causes, signs, decisions, safety, library), the labels of every
vocabulary key and the monthly report's own words, per language."""

from coach.playbooks.loader import (
    available_languages,
    load_playbook,
    load_principles,
)
from coach.playbooks.model import (
    CHANNEL_TIPS,
    DECISIONS,
    Article,
    Avoid,
    ChannelTip,
    ChecklistItem,
    CustomerSign,
    Decision,
    Entry,
    LabelGroup,
    Months,
    Playbook,
    PlaybookError,
    ReportWords,
    RootCause,
    Safety,
    Stage,
)

__all__ = [
    "CHANNEL_TIPS",
    "DECISIONS",
    "Article",
    "Avoid",
    "ChannelTip",
    "ChecklistItem",
    "CustomerSign",
    "Decision",
    "Entry",
    "LabelGroup",
    "Months",
    "Playbook",
    "PlaybookError",
    "ReportWords",
    "RootCause",
    "Safety",
    "Stage",
    "available_languages",
    "load_playbook",
    "load_principles",
]
