"""The stable vocabulary keys shared by the store, the screens and the report."""

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

ENGLISH_LABELS: dict[str, str] = {
    "listen": "Listen",
    "clarify": "Clarify",
    "apologise": "Apologise",
    "resolve": "Resolve",
    "follow_up": "Follow-up",
    "draft": "Draft",
    "in_progress": "In progress",
    "awaiting_follow_up": "Awaiting follow-up",
    "closed": "Closed",
    "in_person": "In person",
    "phone": "Phone",
    "email": "E-mail",
    "message": "Message",
    "social_media": "Social media",
    "online_review": "Online review",
    "other": "Other",
    "low": "Low",
    "medium": "Medium",
    "high": "High",
    "critical": "Critical",
    "ours": "Ours",
    "customer": "The customer's",
    "unclear": "Not yet clear",
    "replacement": "Replacement",
    "refund": "Refund",
    "exchange": "Exchange",
    "repair": "Repair",
    "credit": "Store credit or points",
    "discount": "Price reduction",
    "apology": "An apology",
    "resolved": "Fully resolved",
    "partly_resolved": "Partly resolved",
    "not_resolved": "Not resolved",
    "unreachable": "Could not reach the customer",
    "calm": "Calm",
    "upset": "Upset",
    "angry": "Angry",
    "abusive": "Abusive or threatening",
    "expectation_gap": "Not what was promised",
    "not_heard": "Felt unheard or unvalued",
    "bad_day_elsewhere": "Upset from elsewhere",
    "product_defect": "Faulty product",
    "delivery_delay": "Late delivery",
    "slow_response": "Slow response",
    "staff_behaviour": "Staff behaviour",
    "billing_error": "Billing error",
    "price_dispute": "Price dispute",
    "rigid_policy": "Rigid policy",
    "passed_around": "Passed around",
    "unclear_requirements": "Unclear or changing requirements",
    "unreasonable_demand": "Unreasonable demand",
    "late_payment": "Pays late or not at all",
    "disputes_value": "Disputes your value",
    "moving_goalposts": "Keeps changing what they want",
    "time_drain": "Takes a disproportionate share of time",
    "unresponsive": "Unresponsive or does not show up",
    "dishonest_claims": "Dishonest claims",
    "abuse_or_threats": "Abuse or threats",
    "unreasonable_demands": "Unreasonable demands",
    "public_complaining": "Complains in public",
    "ignores_advice": "Ignores your advice",
}


def english_label(key: str) -> str:
    """A readable English label for a vocabulary key (falls back to the key itself)."""
    return ENGLISH_LABELS.get(key, key.replace("_", " ").capitalize())


def is_valid_cause_key(key: str) -> bool:
    """A root-cause key is lower-case ASCII letters, digits and underscores."""
    return (
        bool(key)
        and len(key) <= 60
        and all(c.isascii() and (c.isalnum() or c == "_") for c in key)
        and key == key.lower()
    )
