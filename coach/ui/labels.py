"""Translated labels for vocabulary keys (channel, severity, status, ...) shown in the screens."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject

from coach.complaints.vocabulary import english_label
from coach.text.localise import format_number
from coach.text.translatable import QT_TRANSLATE_NOOP

_CONTEXT = "Vocabulary"
_LABELS: dict[str, str] = {
    "listen": QT_TRANSLATE_NOOP("Vocabulary", "Listen"),
    "clarify": QT_TRANSLATE_NOOP("Vocabulary", "Clarify"),
    "apologise": QT_TRANSLATE_NOOP("Vocabulary", "Apologise"),
    "resolve": QT_TRANSLATE_NOOP("Vocabulary", "Resolve"),
    "follow_up": QT_TRANSLATE_NOOP("Vocabulary", "Follow-up"),
    "draft": QT_TRANSLATE_NOOP("Vocabulary", "Draft"),
    "in_progress": QT_TRANSLATE_NOOP("Vocabulary", "In progress"),
    "awaiting_follow_up": QT_TRANSLATE_NOOP("Vocabulary", "Awaiting follow-up"),
    "closed": QT_TRANSLATE_NOOP("Vocabulary", "Closed"),
    "in_person": QT_TRANSLATE_NOOP("Vocabulary", "In person"),
    "phone": QT_TRANSLATE_NOOP("Vocabulary", "Phone"),
    "email": QT_TRANSLATE_NOOP("Vocabulary", "E-mail"),
    "message": QT_TRANSLATE_NOOP("Vocabulary", "Message"),
    "social_media": QT_TRANSLATE_NOOP("Vocabulary", "Social media"),
    "online_review": QT_TRANSLATE_NOOP("Vocabulary", "Online review"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
    "low": QT_TRANSLATE_NOOP("Vocabulary", "Low"),
    "medium": QT_TRANSLATE_NOOP("Vocabulary", "Medium"),
    "high": QT_TRANSLATE_NOOP("Vocabulary", "High"),
    "critical": QT_TRANSLATE_NOOP("Vocabulary", "Critical"),
    "ours": QT_TRANSLATE_NOOP("Vocabulary", "Ours"),
    "customer": QT_TRANSLATE_NOOP("Vocabulary", "The customer's"),
    "unclear": QT_TRANSLATE_NOOP("Vocabulary", "Not yet clear"),
    "replacement": QT_TRANSLATE_NOOP("Vocabulary", "Replacement"),
    "refund": QT_TRANSLATE_NOOP("Vocabulary", "Refund"),
    "exchange": QT_TRANSLATE_NOOP("Vocabulary", "Exchange"),
    "repair": QT_TRANSLATE_NOOP("Vocabulary", "Repair"),
    "credit": QT_TRANSLATE_NOOP("Vocabulary", "Store credit or points"),
    "discount": QT_TRANSLATE_NOOP("Vocabulary", "Price reduction"),
    "apology": QT_TRANSLATE_NOOP("Vocabulary", "An apology"),
    "resolved": QT_TRANSLATE_NOOP("Vocabulary", "Fully resolved"),
    "partly_resolved": QT_TRANSLATE_NOOP("Vocabulary", "Partly resolved"),
    "not_resolved": QT_TRANSLATE_NOOP("Vocabulary", "Not resolved"),
    "unreachable": QT_TRANSLATE_NOOP("Vocabulary", "Could not reach the customer"),
    "calm": QT_TRANSLATE_NOOP("Vocabulary", "Calm"),
    "upset": QT_TRANSLATE_NOOP("Vocabulary", "Upset"),
    "angry": QT_TRANSLATE_NOOP("Vocabulary", "Angry"),
    "abusive": QT_TRANSLATE_NOOP("Vocabulary", "Abusive or threatening"),
    "expectation_gap": QT_TRANSLATE_NOOP("Vocabulary", "Not what was promised"),
    "not_heard": QT_TRANSLATE_NOOP("Vocabulary", "Felt unheard or unvalued"),
    "bad_day_elsewhere": QT_TRANSLATE_NOOP("Vocabulary", "Upset from elsewhere"),
    "product_defect": QT_TRANSLATE_NOOP("Vocabulary", "Faulty product"),
    "delivery_delay": QT_TRANSLATE_NOOP("Vocabulary", "Late delivery"),
    "slow_response": QT_TRANSLATE_NOOP("Vocabulary", "Slow response"),
    "staff_behaviour": QT_TRANSLATE_NOOP("Vocabulary", "Staff behaviour"),
    "billing_error": QT_TRANSLATE_NOOP("Vocabulary", "Billing error"),
    "price_dispute": QT_TRANSLATE_NOOP("Vocabulary", "Price dispute"),
    "rigid_policy": QT_TRANSLATE_NOOP("Vocabulary", "Rigid policy"),
    "passed_around": QT_TRANSLATE_NOOP("Vocabulary", "Passed around"),
    "unclear_requirements": QT_TRANSLATE_NOOP("Vocabulary", "Unclear or changing requirements"),
    "unreasonable_demand": QT_TRANSLATE_NOOP("Vocabulary", "Unreasonable demand"),
    "late_payment": QT_TRANSLATE_NOOP("Vocabulary", "Pays late or not at all"),
    "disputes_value": QT_TRANSLATE_NOOP("Vocabulary", "Disputes your value"),
    "moving_goalposts": QT_TRANSLATE_NOOP("Vocabulary", "Keeps changing what they want"),
    "time_drain": QT_TRANSLATE_NOOP("Vocabulary", "Takes a disproportionate share of time"),
    "unresponsive": QT_TRANSLATE_NOOP("Vocabulary", "Unresponsive or does not show up"),
    "dishonest_claims": QT_TRANSLATE_NOOP("Vocabulary", "Dishonest claims"),
    "abuse_or_threats": QT_TRANSLATE_NOOP("Vocabulary", "Abuse or threats"),
    "unreasonable_demands": QT_TRANSLATE_NOOP("Vocabulary", "Unreasonable demands"),
    "public_complaining": QT_TRANSLATE_NOOP("Vocabulary", "Complains in public"),
    "ignores_advice": QT_TRANSLATE_NOOP("Vocabulary", "Ignores your advice"),
}


def label(key: str) -> str:
    """The label of ``key`` in the interface language (English for keys the owner added)."""
    english = _LABELS.get(key)
    if english is None:
        return english_label(key)
    return QCoreApplication.translate(_CONTEXT, english)


def plural_text(text: str, n: int, digits: str = "latin") -> str:
    """A translated "%n ...(s)" string with ``n`` in the owner's digits.

    English has no catalogue for its plural forms, so its "(s)" is resolved here.
    """
    if "(s)" in text:
        text = text.replace("(s)", "" if n == 1 else "s")
    return text.replace(str(n), format_number(n, digits), 1)


class RelativeDay(QObject):
    """The translation context of relative dates (``tr`` here is extracted with plural forms)."""


def relative_day(day: date, today: date, digits: str = "latin") -> str:
    """How far ``day`` is from ``today`` in words: "today", "tomorrow", "in 2 days", "overdue by 1 day"."""
    days = (day - today).days
    # PySide6's stubs type QObject.tr as an instance method; at run time it is also callable on
    # the class (context: the class name), hence the ignores below.
    if days == 0:
        return RelativeDay.tr("today")  # type: ignore[call-arg, arg-type]
    if days == 1:
        return RelativeDay.tr("tomorrow")  # type: ignore[call-arg, arg-type]
    if days > 1:
        return plural_text(RelativeDay.tr("in %n day(s)", "", days), days, digits)  # type: ignore[arg-type]
    return plural_text(RelativeDay.tr("overdue by %n day(s)", "", -days), -days, digits)  # type: ignore[arg-type]
