"""The coaching content as plain frozen values: stages, causes, signs, decisions, safety, library."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from coach.complaints.vocabulary import CUSTOMER_SIGNS, ROOT_CAUSES

DECISIONS: tuple[str, ...] = ("assess_value", "honest_conversation", "refer_elsewhere", "part_ways")
CHANNEL_TIPS: tuple[str, ...] = ("in_person", "phone", "messages", "online_reviews")
SAFETY_KEY = "safety"

CHANNEL_TIP_FOR: dict[str, str] = {
    "in_person": "in_person",
    "phone": "phone",
    "email": "messages",
    "message": "messages",
    "social_media": "online_reviews",
    "online_review": "online_reviews",
}


class PlaybookError(Exception):
    """The built-in playbook content is broken (a developer error, never the owner's)."""


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    text: str


@dataclass(frozen=True)
class Avoid:
    phrase: str
    reason: str
    better: str


@dataclass(frozen=True)
class Stage:
    key: str
    title: str
    goal: str
    checklist: list[ChecklistItem]
    tips: list[str]
    say: list[str]
    avoid: list[Avoid]
    sources: list[str]
    kind: str = field(default="stage", init=False)


@dataclass(frozen=True)
class RootCause:
    key: str
    label: str
    looks_like: str
    confirm: str
    fix: list[str]
    sources: list[str]
    kind: str = field(default="root_cause", init=False)


@dataclass(frozen=True)
class CustomerSign:
    key: str
    label: str
    looks_like: str
    what_to_do: str
    sources: list[str]
    kind: str = field(default="customer_sign", init=False)


@dataclass(frozen=True)
class Decision:
    key: str
    title: str
    summary: str
    steps: list[str]
    sources: list[str]
    kind: str = field(default="decision", init=False)


@dataclass(frozen=True)
class Safety:
    key: str
    title: str
    summary: str
    steps: list[str]
    sources: list[str]
    kind: str = field(default="safety", init=False)


@dataclass(frozen=True)
class ChannelTip:
    key: str
    title: str
    tips: list[str]
    sources: list[str]
    kind: str = field(default="channel", init=False)


@dataclass(frozen=True)
class Article:
    key: str
    title: str
    summary: str
    body: str
    sources: list[str]
    kind: str = field(default="article", init=False)

    def paragraphs(self) -> list[str]:
        """The body split at blank lines."""
        return [p.strip() for p in self.body.split("\n\n") if p.strip()]


Entry = Stage | RootCause | CustomerSign | Decision | Safety | ChannelTip | Article


@dataclass(frozen=True)
class Playbook:
    """One language's coaching content, built-in entries with the owner's own merged over them."""

    lang: str
    stages_by_key: dict[str, Stage]
    root_causes_by_key: dict[str, RootCause]
    signs_by_key: dict[str, CustomerSign]
    decisions_by_key: dict[str, Decision]
    safety: Safety
    channels_by_key: dict[str, ChannelTip]
    articles_by_key: dict[str, Article]
    errors: list[str] = field(default_factory=list)

    def stage(self, key: str) -> Stage:
        """The stage's coaching; raises KeyError for a key that is not a stage."""
        return self.stages_by_key[key]

    def stages(self) -> list[Stage]:
        return list(self.stages_by_key.values())

    def root_cause(self, key: str) -> RootCause | None:
        return self.root_causes_by_key.get(key)

    def root_causes(self) -> list[RootCause]:
        """The built-in causes in vocabulary order, then any the owner added."""
        known = [self.root_causes_by_key[k] for k in ROOT_CAUSES if k in self.root_causes_by_key]
        extra = [c for k, c in self.root_causes_by_key.items() if k not in ROOT_CAUSES]
        return known + extra

    def sign(self, key: str) -> CustomerSign | None:
        return self.signs_by_key.get(key)

    def signs(self) -> list[CustomerSign]:
        return [self.signs_by_key[k] for k in CUSTOMER_SIGNS if k in self.signs_by_key]

    def decision(self, key: str) -> Decision | None:
        return self.decisions_by_key.get(key)

    def decisions(self) -> list[Decision]:
        return [self.decisions_by_key[k] for k in DECISIONS if k in self.decisions_by_key]

    def channel(self, key: str) -> ChannelTip | None:
        """Tips for a tip key (``messages``) or a complaint channel key (``email``)."""
        return self.channels_by_key.get(CHANNEL_TIP_FOR.get(key, key))

    def channels(self) -> list[ChannelTip]:
        return [self.channels_by_key[k] for k in CHANNEL_TIPS if k in self.channels_by_key]

    def article(self, key: str) -> Article | None:
        return self.articles_by_key.get(key)

    def library(self) -> list[Article]:
        return list(self.articles_by_key.values())

    def entries(self) -> list[Entry]:
        """Every entry, for coverage checks and browsing."""
        return list(self._iter_entries())

    def _iter_entries(self) -> Iterator[Entry]:
        yield from self.stages()
        yield from self.root_causes()
        yield from self.signs()
        yield from self.decisions()
        yield self.safety
        yield from self.channels()
        yield from self.library()
