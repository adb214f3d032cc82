"""The coaching content (stages, causes, signs, decisions, safety, library) per language."""

from coach.playbooks.loader import (
    LANGUAGES,
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
    Playbook,
    PlaybookError,
    RootCause,
    Safety,
    Stage,
)

__all__ = [
    "CHANNEL_TIPS",
    "DECISIONS",
    "LANGUAGES",
    "Article",
    "Avoid",
    "ChannelTip",
    "ChecklistItem",
    "CustomerSign",
    "Decision",
    "Entry",
    "Playbook",
    "PlaybookError",
    "RootCause",
    "Safety",
    "Stage",
    "available_languages",
    "load_playbook",
    "load_principles",
]
