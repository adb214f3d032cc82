"""The coaching content as plain frozen values: stages, causes, signs, decisions, safety, library."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from coach.complaints.vocabulary import (
    CHOICES,
    CUSTOMER_SIGNS,
    ROOT_CAUSES,
    UNASSIGNED,
    readable_key,
)
from coach.playbooks.reply_words import ReplyTemplates

DECISIONS: tuple[str, ...] = ("assess_value", "honest_conversation", "refer_elsewhere", "part_ways")
CHANNEL_TIPS: tuple[str, ...] = ("in_person", "phone", "messages", "online_reviews")
SAFETY_KEY = "safety"
STAGE_GROUP = "stage"
CAUSE_GROUP = "root_cause"
SIGN_GROUP = "customer_sign"
MONTHS_KEY = "months"
LABEL_GROUPS: dict[str, tuple[str, ...]] = {
    **{field: keys for field, keys in CHOICES.items() if field != STAGE_GROUP},
    CAUSE_GROUP: (UNASSIGNED,),
}
"""The vocabulary.toml tables of labels and the keys each must label. Stages are labelled by
their title in stages.toml, root causes and warning signs by their label in their own files."""
REPORT_KEY = "words"
REPORT_WORDS: dict[str, tuple[str, ...]] = {
    "title": (),
    "generated": ("date",),
    "redacted": (),
    "page": ("x", "y"),
    "total": (),
    "change": ("change", "period"),
    "open_closed": (),
    "promises": (),
    "follow_ups": (),
    "csat": (),
    "ces": (),
    "nps": (),
    "cost": (),
    "time": (),
    "biggest": (),
    "none": (),
    "hours": ("n",),
    "days": ("n",),
    "out_of": ("value", "scale"),
    "by_cause": (),
    "trend": (),
    "repeat": (),
    "products": (),
    "fix": (),
    "looks_like": (),
    "count": (),
    "share": (),
    "open": (),
    "previous": (),
    "date": (),
    "product": (),
    "words": (),
    "resolution": (),
    "follow_up": (),
    "continued": ("cause",),
    "empty_title": (),
    "empty_body": ("period",),
    "customer": (),
    "compact": ("count",),
    "files": ("n",),
    "evidence": (),
    "evidence_pdf": ("name",),
    "evidence_hidden": ("count",),
}
"""The monthly report's own words (the ``[words]`` table of report.toml), each with the
``{placeholders}`` its text must keep."""

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


@dataclass(frozen=True)
class LabelGroup:
    """The labels of one vocabulary field's keys (a table of vocabulary.toml)."""

    key: str
    labels: dict[str, str]
    kind: str = field(default="labels", init=False)


@dataclass(frozen=True)
class Months:
    """The month names of each calendar (``gregorian``, ``jalali``), twelve each; ``short``
    holds the abbreviations a language uses on chart axes, where it has them."""

    key: str
    names: dict[str, tuple[str, ...]]
    short: dict[str, tuple[str, ...]]
    kind: str = field(default="months", init=False)


@dataclass(frozen=True)
class ReportWords:
    """The monthly report's headings, column titles and phrases (report.toml)."""

    key: str
    texts: dict[str, str]
    kind: str = field(default="report", init=False)


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
    labels_by_group: dict[str, LabelGroup]
    months: Months
    report_words: ReportWords
    reply_words: ReplyTemplates
    errors: list[str] = field(default_factory=list)

    # --- labels --------------------------------------------------------------------------

    def label(self, key: str, group: str | None = None) -> str:
        """The label of vocabulary ``key`` in this language: a stage's title, a status,
        channel, severity, ... from vocabulary.toml, a root cause's or warning sign's label.

        ``group`` (a field name such as ``channel`` or ``wanted_outcome``) picks the table for
        a key that two fields share (``other``); a key nobody labels is made readable.
        """
        if group == CAUSE_GROUP:
            return self.cause_label(key)
        groups = [group] if group else [STAGE_GROUP, *self.labels_by_group, SIGN_GROUP]
        for name in groups:
            found = self._group_label(name, key)
            if found:
                return found
        return self.cause_label(key) if group is None else readable_key(key)

    def cause_label(self, key: str, stored_label: str = "") -> str:
        """The label of root cause ``key``: the playbook's (built in or the owner's file), else
        ``stored_label`` (the label the owner gave a cause they added), else the key made
        readable. ``unassigned`` is the label of complaints with no cause yet; "" stays ""."""
        if not key:
            return ""
        cause = self.root_causes_by_key.get(key)
        if cause is not None and cause.label:
            return cause.label
        if stored_label:
            return stored_label
        return self._group_label(CAUSE_GROUP, key) or readable_key(key)

    def _group_label(self, group: str, key: str) -> str:
        if group == STAGE_GROUP:
            stage = self.stages_by_key.get(key)
            return stage.title if stage is not None else ""
        if group == SIGN_GROUP:
            sign = self.signs_by_key.get(key)
            return sign.label if sign is not None else ""
        table = self.labels_by_group.get(group)
        return table.labels.get(key, "") if table is not None else ""

    def report_text(self, key: str) -> str:
        """The report's own word ``key`` (a key of ``REPORT_WORDS``); an unknown key as is."""
        return self.report_words.texts.get(key, key)

    def reply_template(self, part: str) -> str:
        """The reply's template ``part`` (a key of ``REPLY_PARTS``); "" for an unknown part."""
        return self.reply_words.texts.get(part, "")

    @property
    def month_names(self) -> dict[str, tuple[str, ...]]:
        """The twelve month names of each calendar, for ``Period.name`` and ``format_date``."""
        return self.months.names

    @property
    def short_month_names(self) -> dict[str, tuple[str, ...]]:
        """Month names for a chart axis: the abbreviations where the language has them."""
        return {
            calendar: self.months.short.get(calendar, names)
            for calendar, names in self.months.names.items()
        }

    # --- entries -------------------------------------------------------------------------

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
