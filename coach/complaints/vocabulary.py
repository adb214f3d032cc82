"""The stable vocabulary keys shared by the store, the screens and the report.

Their labels, in every language, are in the playbooks: coach/playbooks/<lang>/vocabulary.toml,
stages.toml (titles), root_causes.toml and customer_signs.toml; ``Playbook.label`` reads them.
"""

from __future__ import annotations

STAGES: tuple[str, ...] = ("listen", "clarify", "apologise", "resolve", "follow_up")
STATUSES: tuple[str, ...] = ("draft", "in_progress", "awaiting_follow_up", "closed")
CHANNELS: tuple[str, ...] = (
    "in_person",
    "phone",
    "email",
    "message",
    "social_media",
    "online_review",
    "other",
)
SEVERITIES: tuple[str, ...] = ("low", "medium", "high", "critical")
FAULTS: tuple[str, ...] = ("ours", "customer", "unclear")
OUTCOMES: tuple[str, ...] = (
    "replacement",
    "refund",
    "exchange",
    "repair",
    "credit",
    "discount",
    "apology",
    "other",
)
FOLLOW_UP_RESULTS: tuple[str, ...] = ("resolved", "partly_resolved", "not_resolved", "unreachable")
MOODS: tuple[str, ...] = ("calm", "upset", "angry", "abusive")
ROOT_CAUSES: tuple[str, ...] = (
    "expectation_gap",
    "not_heard",
    "bad_day_elsewhere",
    "product_defect",
    "delivery_delay",
    "slow_response",
    "staff_behaviour",
    "billing_error",
    "price_dispute",
    "rigid_policy",
    "passed_around",
    "unclear_requirements",
    "unreasonable_demand",
    "other",
)
CUSTOMER_SIGNS: tuple[str, ...] = (
    "late_payment",
    "disputes_value",
    "moving_goalposts",
    "time_drain",
    "unresponsive",
    "dishonest_claims",
    "abuse_or_threats",
    "unreasonable_demands",
    "public_complaining",
    "ignores_advice",
)
EVENT_KINDS: tuple[str, ...] = (
    "created",
    "stage_completed",
    "promise_made",
    "follow_up_done",
    "reopened",
    "closed",
    "note",
    "fix_done",
    "follow_up_rescheduled",
    "attachment_added",
    "attachment_removed",
)

CHOICES: dict[str, tuple[str, ...]] = {
    "channel": CHANNELS,
    "severity": SEVERITIES,
    "fault": FAULTS,
    "wanted_outcome": OUTCOMES,
    "follow_up_result": FOLLOW_UP_RESULTS,
    "mood": MOODS,
    "status": STATUSES,
    "stage": STAGES,
}

UNASSIGNED = "unassigned"
"""Stands for "no root cause yet" where complaints are grouped by cause (the report)."""


def readable_key(key: str) -> str:
    """A key made readable, for a key no playbook labels: "late_parcel" -> "Late parcel"."""
    return key.replace("_", " ").capitalize()


def is_valid_cause_key(key: str) -> bool:
    """A root-cause key is lower-case ASCII letters, digits and underscores."""
    return (
        bool(key)
        and len(key) <= 60
        and all(c.isascii() and (c.isalnum() or c == "_") for c in key)
        and key == key.lower()
    )
