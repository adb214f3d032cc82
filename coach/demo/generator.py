"""Sample complaints with believable spreads of causes, stages, outcomes, scores and customers."""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from itertools import accumulate
from types import ModuleType
from typing import TypeVar

from coach.complaints.domain import Complaint, Customer, Event
from coach.complaints.rules import advance, finish, opened
from coach.complaints.vocabulary import CUSTOMER_SIGNS
from coach.demo import texts_ar, texts_en, texts_fa
from coach.text.languages import LANGUAGES as ALL_LANGUAGES

TEXTS: dict[str, ModuleType] = {
    module.__name__.rsplit("_", 1)[1]: module for module in (texts_en, texts_ar, texts_fa)
}
"""The sample texts of each language, by code: module ``texts_<code>``."""
LANGUAGES: tuple[str, ...] = tuple(code for code in ALL_LANGUAGES if code in TEXTS)
"""The languages ``coach demo`` writes, in the registry's order."""

Weights = Mapping[str, float]
T = TypeVar("T")

CAUSES: Weights = {
    "product_defect": 16,
    "delivery_delay": 14,
    "slow_response": 12,
    "expectation_gap": 10,
    "billing_error": 8,
    "staff_behaviour": 7,
    "not_heard": 7,
    "price_dispute": 6,
    "rigid_policy": 5,
    "passed_around": 4,
    "unclear_requirements": 4,
    "bad_day_elsewhere": 3,
    "unreasonable_demand": 2,
    "other": 2,
}
CHANNELS: Weights = {
    "in_person": 30,
    "phone": 18,
    "message": 20,
    "email": 10,
    "social_media": 9,
    "online_review": 8,
    "other": 5,
}
SEVERITIES: Weights = {"low": 30, "medium": 40, "high": 22, "critical": 8}
MOODS: dict[str, Weights] = {
    "low": {"calm": 7, "upset": 3},
    "medium": {"calm": 4, "upset": 5, "angry": 1},
    "high": {"calm": 1, "upset": 5, "angry": 4},
    "critical": {"upset": 3, "angry": 6, "abusive": 1},
}
FAULTS: Weights = {"ours": 70, "unclear": 25, "customer": 5}
FAULTS_BY_CAUSE: dict[str, Weights] = {
    "unreasonable_demand": {"customer": 8, "unclear": 2},
    "bad_day_elsewhere": {"customer": 4, "unclear": 4, "ours": 2},
    "price_dispute": {"unclear": 5, "customer": 3, "ours": 2},
    "unclear_requirements": {"unclear": 5, "ours": 4, "customer": 1},
}
OUTCOMES: dict[str, Weights] = {
    "product_defect": {"replacement": 4, "refund": 3, "repair": 3, "exchange": 1},
    "delivery_delay": {"refund": 2, "discount": 3, "credit": 2, "apology": 2},
    "expectation_gap": {"refund": 3, "discount": 2, "exchange": 2, "credit": 1},
    "slow_response": {"apology": 3, "discount": 1, "credit": 1, "other": 1},
    "staff_behaviour": {"apology": 5, "credit": 1},
    "not_heard": {"repair": 2, "apology": 3, "discount": 1},
    "billing_error": {"refund": 5, "credit": 1},
    "price_dispute": {"discount": 2, "apology": 1, "other": 2},
    "rigid_policy": {"exchange": 2, "refund": 2, "repair": 1, "other": 1},
    "passed_around": {"refund": 2, "apology": 2, "other": 1},
    "unclear_requirements": {"exchange": 2, "repair": 2, "discount": 2},
    "unreasonable_demand": {"other": 2, "apology": 1, "credit": 1, "refund": 1},
    "bad_day_elsewhere": {"apology": 3, "replacement": 1, "credit": 1},
    "other": {"other": 3, "apology": 2},
}
COST_RANGES: dict[str, tuple[float, float]] = {
    "refund": (5, 90),
    "replacement": (3, 60),
    "exchange": (0, 8),
    "repair": (5, 60),
    "credit": (5, 25),
    "discount": (2, 20),
    "apology": (0, 0),
    "other": (0, 15),
}
RESOLVE_HOURS: dict[str, Weights] = {
    "low": {"1": 10, "4": 15, "24": 30, "48": 25, "96": 15, "240": 5},
    "medium": {"1": 10, "4": 20, "24": 35, "48": 20, "96": 10, "240": 5},
    "high": {"1": 20, "4": 30, "24": 30, "48": 12, "96": 8},
    "critical": {"1": 35, "4": 35, "24": 20, "48": 10},
}
FOLLOW_UP_DELAYS: Weights = {"0": 60, "1": 25, "2": 10, "4": 5}
# How far a complaint gets before someone stops working on it.
FATES: Weights = {"draft": 3, "stuck": 4, "unfollowed": 8, "followed": 85}
RESULTS: Weights = {"resolved": 68, "partly_resolved": 14, "not_resolved": 6, "unreachable": 12}
# Per follow-up result: CSAT (1-5), CES (1 = very easy ... 7 = very hard), NPS (0-10).
SCORES: dict[str, tuple[Weights, Weights, Weights]] = {
    "resolved": (
        {"5": 50, "4": 35, "3": 10, "2": 4, "1": 1},
        {"1": 30, "2": 35, "3": 20, "4": 10, "5": 5},
        {"10": 30, "9": 30, "8": 20, "7": 12, "6": 5, "5": 3},
    ),
    "partly_resolved": (
        {"4": 25, "3": 40, "2": 25, "1": 10},
        {"2": 15, "3": 30, "4": 30, "5": 20, "6": 5},
        {"8": 15, "7": 25, "6": 25, "5": 20, "4": 10, "3": 5},
    ),
    "not_resolved": (
        {"1": 40, "2": 40, "3": 20},
        {"5": 25, "6": 40, "7": 35},
        {"0": 15, "1": 15, "2": 20, "3": 20, "4": 15, "5": 15},
    ),
}
SHOP_HOURS: Weights = {
    str(h): w for h, w in zip(range(8, 21), (2, 5, 8, 9, 10, 9, 7, 6, 7, 8, 7, 5, 3), strict=True)
}
EMAIL_DOMAINS = ("example.com", "example.net", "example.org")


def demo_complaints(
    count: int, months: int, lang: str, *, seed: int | None, today: date
) -> Iterator[tuple[Complaint, list[Event]]]:
    """``count`` complaints (oldest first) made over the ``months`` before ``today``.

    ``lang`` is one of ``LANGUAGES`` or "mixed"; the same seed and day give the same complaints.
    """
    rng = random.Random(seed)
    end = datetime.combine(today, time())
    days = max(1, round(months * 30.44))
    people = _People(rng, count)
    languages = LANGUAGES if lang == "mixed" else (lang,)
    for created in sorted(_moment(rng, end, days) for _ in range(count)):
        language = _one(rng, languages)
        texts = TEXTS[language]
        yield _Story(rng, texts, people.pick(language, texts), created, end).play()


_TABLES: dict[int, tuple[tuple[str, ...], list[float]]] = {}


def _pick(rng: random.Random, weights: Weights) -> str:
    """A key of ``weights`` drawn in proportion to its weight."""
    table = _TABLES.get(id(weights))
    if table is None:
        table = _TABLES[id(weights)] = (tuple(weights), list(accumulate(weights.values())))
    keys, cumulative = table
    return keys[bisect(cumulative, rng.random() * cumulative[-1])]


def _between(rng: random.Random, low: int, high: int) -> int:
    """A whole number from ``low`` to ``high``, both included (faster than ``randint``)."""
    return low + int(rng.random() * (high - low + 1))


def _one(rng: random.Random, items: Sequence[T]) -> T:
    return items[int(rng.random() * len(items))]


def _moment(rng: random.Random, end: datetime, days: int) -> datetime:
    day = end - timedelta(days=_between(rng, 1, days))
    return day.replace(hour=int(_pick(rng, SHOP_HOURS)), minute=_between(rng, 0, 59))


def _in_shop_hours(rng: random.Random, when: datetime) -> datetime:
    """``when`` moved into opening hours (8:00 to 20:00), to whole minutes."""
    if when.hour >= 20:
        when = when + timedelta(days=1)
    if not 8 <= when.hour < 20:
        when = when.replace(hour=_between(rng, 9, 11))
    return when.replace(second=0, microsecond=0)


class _People:
    """Customers: most come once, some regulars come back; a few show warning signs."""

    def __init__(self, rng: random.Random, count: int):
        self.rng = rng
        self.serial = 0
        self.regulars_per_language = max(3, count // 30)
        self.regulars: dict[str, list[Customer]] = {}

    def pick(self, language: str, texts: ModuleType) -> Customer:
        regulars = self.regulars.setdefault(language, [])
        if self.rng.random() >= 0.25:
            return self.new(texts, regular=False)
        if len(regulars) < self.regulars_per_language:
            regulars.append(self.new(texts, regular=True))
            return regulars[-1]
        return _one(self.rng, regulars)

    def new(self, texts: ModuleType, regular: bool) -> Customer:
        rng = self.rng
        self.serial += 1
        first, first_latin = _one(rng, texts.FIRST_NAMES)
        last, last_latin = _one(rng, texts.LAST_NAMES)
        width = texts.PHONE.count("{")
        # A different number for every customer: multiplying by a number prime to 10 permutes.
        number = (self.serial * 7_919_113 + 48_390_217) % 10**width
        phone = texts.PHONE.format(*f"{number:0{width}d}")
        if texts.NATIVE_DIGITS and rng.random() < 0.3:
            phone = phone.translate(str.maketrans("0123456789", texts.NATIVE_DIGITS))
        email = f"{first_latin}.{last_latin}{self.serial}@{_one(rng, EMAIL_DOMAINS)}"
        has_email = rng.random() < (0.4 if regular else 0.3)
        if not regular and rng.random() < 0.1:
            phone, has_email = "", True
        signs: list[str] = []
        if rng.random() < (0.3 if regular else 0.03):
            signs = sorted(rng.sample(CUSTOMER_SIGNS, _between(rng, 1, 2)))
        return Customer(f"{first} {last}", phone, email if has_email else "", signs)


class _Story:
    """One complaint taken through the wizard's stages as far as its fate and the calendar allow."""

    def __init__(
        self,
        rng: random.Random,
        texts: ModuleType,
        customer: Customer,
        created: datetime,
        end: datetime,
    ):
        self.rng = rng
        self.texts = texts
        self.end = end
        self.cause = _pick(rng, CAUSES)
        self.severity = _pick(rng, SEVERITIES)
        product, description, key_points = _one(rng, texts.STORIES[self.cause])
        self.complaint = Complaint(
            created_at=created,
            customer=customer,
            channel=_pick(rng, CHANNELS),
            product=product,
            description=description,
            key_points=key_points,
            mood=_pick(rng, MOODS[self.severity]),
            notes=_one(rng, texts.NOTES) if rng.random() < 0.2 else "",
        )
        self.events = [opened(self.complaint)]
        self.now = created

    def play(self) -> tuple[Complaint, list[Event]]:
        """Fills in each stage and completes it through the rules, as the owner would."""
        rng, c = self.rng, self.complaint
        fate = _pick(rng, FATES)
        stuck_at = _one(rng, ("clarify", "apologise", "resolve")) if fate == "stuck" else ""
        if fate == "draft":
            c.key_points = c.key_points if rng.random() < 0.5 else ""
            return self.done()
        if not self.complete(_between(rng, 2, 20)) or stuck_at == "clarify":
            return self.done()
        c = self.complaint
        c.root_cause, c.severity = self.cause, self.severity
        if not self.complete(_between(rng, 3, 60)) or stuck_at == "apologise":
            return self.done()
        c = self.complaint
        c.fault = _pick(rng, FAULTS_BY_CAUSE.get(self.cause, FAULTS))
        c.apology = _one(rng, self.texts.APOLOGIES[c.fault])
        if not self.complete(_between(rng, 1, 15)):
            return self.done()
        self.resolve(stuck=stuck_at == "resolve")
        if self.complaint.stage == "follow_up" and fate == "followed":
            self.follow_up()
        return self.done()

    def complete(self, minutes: int = 0, when: datetime | None = None) -> bool:
        """Completes the current stage ``minutes`` (or at ``when``) later, unless past the end."""
        when = when or self.now + timedelta(minutes=minutes)
        if when > self.end:
            return False
        self.now = when
        self.complaint, events = advance(self.complaint, when)
        self.events += events
        return True

    def resolve(self, stuck: bool) -> None:
        rng, c = self.rng, self.complaint
        c.wanted_outcome = _pick(rng, OUTCOMES[self.cause])
        hours = float(_pick(rng, RESOLVE_HOURS[self.severity])) * (0.5 + rng.random())
        resolved_at = _in_shop_hours(self.rng, self.now + timedelta(hours=hours))
        late = rng.random() < 0.2
        days = -_between(rng, 1, 3) if late else _between(rng, 0, 2)
        c.promised_by = max(resolved_at.date() + timedelta(days=days), c.created_at.date())
        if stuck or resolved_at > self.end:
            return
        c.resolution = _one(rng, self.texts.RESOLUTIONS[c.wanted_outcome])
        c.cost = self.cost(c.wanted_outcome) if rng.random() < 0.85 else None
        c.thanked = rng.random() < 0.85
        c.resolved_at = resolved_at
        self.complete(when=resolved_at)

    def cost(self, outcome: str) -> Decimal:
        low, high = COST_RANGES[outcome]
        step = Decimal(self.texts.COST_STEP)
        amount = (low + self.rng.random() * (high - low)) * float(self.texts.COST_FACTOR)
        return step * int(amount / float(step))

    def follow_up(self) -> None:
        rng, c = self.rng, self.complaint
        due = c.follow_up_due or self.now.date()
        day = due + timedelta(days=int(_pick(rng, FOLLOW_UP_DELAYS)))
        when = max(
            self.now, datetime.combine(day, time(_between(rng, 9, 17), _between(rng, 0, 59)))
        )
        if when > self.end:
            return
        c.followed_up_at = when.date()
        c.follow_up_result = result = _pick(rng, RESULTS)
        if result in SCORES:
            csat, ces, nps = SCORES[result]
            c.csat = int(_pick(rng, csat)) if rng.random() < 0.85 else None
            c.ces = int(_pick(rng, ces)) if rng.random() < 0.55 else None
            c.nps = int(_pick(rng, nps)) if rng.random() < 0.5 else None
        c.lesson = self.texts.LESSONS[self.cause] if rng.random() < 0.6 else ""
        self.now = when
        self.complaint, events = finish(c, when)
        self.events += events

    def done(self) -> tuple[Complaint, list[Event]]:
        self.complaint.updated_at = self.now
        return self.complaint, self.events
