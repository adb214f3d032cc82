"""What each playbook file may hold, and the checks that name file, entry and field."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from coach.complaints.vocabulary import (
    CUSTOMER_SIGNS,
    ROOT_CAUSES,
    STAGES,
    is_valid_cause_key,
)
from coach.playbooks.model import (
    CHANNEL_TIPS,
    DECISIONS,
    LABEL_GROUPS,
    MONTHS_KEY,
    REPORT_KEY,
    REPORT_WORDS,
    SAFETY_KEY,
    Article,
    Avoid,
    ChannelTip,
    ChecklistItem,
    CustomerSign,
    Decision,
    Entry,
    LabelGroup,
    Months,
    ReportWords,
    RootCause,
    Safety,
    Stage,
)
from coach.playbooks.reply_words import REPLY_KEY, REPLY_PARTS, ReplyTemplates, build_reply

TEXT = "text"
TEXTS = "texts"
CHECKLIST = "checklist"
AVOID = "avoid"
SOURCES = "sources"
MONTHS = "months"
MONTH_COUNT = 12

TYPE_WORDS = {
    TEXT: 'a text in quotes, like "…"',
    TEXTS: 'a list of texts, like ["…", "…"]',
    MONTHS: 'a list of the twelve month names, like ["…", "…", …]',
    CHECKLIST: "a list of items, each with a key and a text",
    AVOID: "a list of items, each with a phrase, a reason and a better way to say it",
    SOURCES: 'a list of principle IDs, like ["001:R3"]',
}
ITEM_FIELDS = {CHECKLIST: ("key", "text"), AVOID: ("phrase", "reason", "better")}
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")

Raw = dict[str, Any]


@dataclass(frozen=True)
class KindSpec:
    """One kind of entry: the file it lives in, its fields and which keys it may use."""

    kind: str
    file: str
    fields: dict[str, str]
    keys: tuple[str, ...]
    owner_may_add: bool
    build: Callable[[str, Raw], Entry | LabelGroup | Months | ReportWords | ReplyTemplates]
    entry_fields: Mapping[str, Mapping[str, str]] | None = None
    """Fields per entry key, for a kind whose entries differ (the vocabulary's groups)."""
    optional: frozenset[str] = frozenset()
    """Fields the built-in files may leave out too."""
    placeholders: Mapping[str, tuple[str, ...]] | None = None
    """The ``{names}`` each text field must keep, for a kind whose texts are filled in."""
    filler: str = "report"  # what fills the placeholders in, named in the messages about them

    def fields_of(self, key: str) -> Mapping[str, str]:
        """The fields entry ``key`` has."""
        if self.entry_fields is not None and key in self.entry_fields:
            return self.entry_fields[key]
        return self.fields


def _texts(raw: Raw, name: str) -> list[str]:
    return list(raw.get(name, []))


def _build_stage(key: str, raw: Raw) -> Stage:
    return Stage(
        key=key,
        title=raw["title"],
        goal=raw["goal"],
        checklist=[ChecklistItem(i["key"], i["text"]) for i in raw.get("checklist", [])],
        tips=_texts(raw, "tips"),
        say=_texts(raw, "say"),
        avoid=[Avoid(a["phrase"], a["reason"], a["better"]) for a in raw.get("avoid", [])],
        sources=_texts(raw, "sources"),
    )


def _build_root_cause(key: str, raw: Raw) -> RootCause:
    return RootCause(
        key,
        raw["label"],
        raw["looks_like"],
        raw["confirm"],
        _texts(raw, "fix"),
        _texts(raw, SOURCES),
    )


def _build_sign(key: str, raw: Raw) -> CustomerSign:
    return CustomerSign(
        key, raw["label"], raw["looks_like"], raw["what_to_do"], _texts(raw, SOURCES)
    )


def _build_decision(key: str, raw: Raw) -> Decision:
    return Decision(key, raw["title"], raw["summary"], _texts(raw, "steps"), _texts(raw, SOURCES))


def _build_safety(key: str, raw: Raw) -> Safety:
    return Safety(key, raw["title"], raw["summary"], _texts(raw, "steps"), _texts(raw, SOURCES))


def _build_channel(key: str, raw: Raw) -> ChannelTip:
    return ChannelTip(key, raw["title"], _texts(raw, "tips"), _texts(raw, SOURCES))


def _build_article(key: str, raw: Raw) -> Article:
    return Article(key, raw["title"], raw["summary"], raw["body"], _texts(raw, SOURCES))


def _build_labels(key: str, raw: Raw) -> LabelGroup:
    return LabelGroup(key, {name: text for name, text in raw.items() if isinstance(text, str)})


def _build_months(key: str, raw: Raw) -> Months:
    return Months(
        key,
        {name: tuple(names) for name, names in raw.items() if name in MONTH_FIELDS},
        {
            name.removesuffix("_short"): tuple(names)
            for name, names in raw.items()
            if name in SHORT_MONTH_FIELDS
        },
    )


def _build_report(key: str, raw: Raw) -> ReportWords:
    return ReportWords(key, {name: text for name, text in raw.items() if isinstance(text, str)})


def _build_vocabulary(key: str, raw: Raw) -> LabelGroup | Months:
    return _build_months(key, raw) if key == MONTHS_KEY else _build_labels(key, raw)


CALENDAR_FIELDS = ("gregorian", "jalali")
MONTH_FIELDS: dict[str, str] = {name: MONTHS for name in CALENDAR_FIELDS}
SHORT_MONTH_FIELDS: dict[str, str] = {f"{name}_short": MONTHS for name in CALENDAR_FIELDS}
VOCABULARY_FIELDS: dict[str, dict[str, str]] = {
    group: dict.fromkeys(keys, TEXT) for group, keys in LABEL_GROUPS.items()
}
VOCABULARY_FIELDS[MONTHS_KEY] = MONTH_FIELDS | SHORT_MONTH_FIELDS


SPECS: tuple[KindSpec, ...] = (
    KindSpec(
        "stage",
        "stages",
        {
            "title": TEXT,
            "goal": TEXT,
            "checklist": CHECKLIST,
            "tips": TEXTS,
            "say": TEXTS,
            "avoid": AVOID,
            "sources": SOURCES,
        },
        STAGES,
        False,
        _build_stage,
    ),
    KindSpec(
        "root_cause",
        "root_causes",
        {"label": TEXT, "looks_like": TEXT, "confirm": TEXT, "fix": TEXTS, "sources": SOURCES},
        ROOT_CAUSES,
        True,
        _build_root_cause,
    ),
    KindSpec(
        "customer_sign",
        "customer_signs",
        {"label": TEXT, "looks_like": TEXT, "what_to_do": TEXT, "sources": SOURCES},
        CUSTOMER_SIGNS,
        False,
        _build_sign,
    ),
    KindSpec(
        "decision",
        "decisions",
        {"title": TEXT, "summary": TEXT, "steps": TEXTS, "sources": SOURCES},
        DECISIONS,
        False,
        _build_decision,
    ),
    KindSpec(
        "safety",
        "safety",
        {"title": TEXT, "summary": TEXT, "steps": TEXTS, "sources": SOURCES},
        (SAFETY_KEY,),
        False,
        _build_safety,
    ),
    KindSpec(
        "channel",
        "channels",
        {"title": TEXT, "tips": TEXTS, "sources": SOURCES},
        CHANNEL_TIPS,
        False,
        _build_channel,
    ),
    KindSpec(
        "article",
        "library",
        {"title": TEXT, "summary": TEXT, "body": TEXT, "sources": SOURCES},
        (),
        True,
        _build_article,
    ),
    KindSpec(
        "vocabulary",
        "vocabulary",
        {},
        tuple(VOCABULARY_FIELDS),
        False,
        _build_vocabulary,
        entry_fields=VOCABULARY_FIELDS,
        optional=frozenset(SHORT_MONTH_FIELDS),
    ),
    KindSpec(
        "report",
        "report",
        dict.fromkeys(REPORT_WORDS, TEXT),
        (REPORT_KEY,),
        False,
        _build_report,
        placeholders=REPORT_WORDS,
    ),
    KindSpec(
        "reply",
        "reply",
        {**dict.fromkeys(REPLY_PARTS, TEXT), SOURCES: SOURCES},
        (REPLY_KEY,),
        False,
        build_reply,
        placeholders=REPLY_PARTS,
        filler="reply",
    ),
)
SPEC_BY_FILE: dict[str, KindSpec] = {s.file: s for s in SPECS}


def spec_for_file(stem: str) -> KindSpec | None:
    """The kind a file holds, from its name: ``library.toml`` or ``library-cafe.toml``."""
    return SPEC_BY_FILE.get(stem.split("-", 1)[0])


def _describe(value: object) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return "a date or time"


def check_entry(
    spec: KindSpec,
    key: str,
    value: object,
    where: str,
    principles: Mapping[str, str],
    *,
    builtin: bool,
    overrides: bool,
) -> list[str]:
    """Problems with one entry, each naming ``where`` (the file), the entry and the field."""
    entry = f'{where}, entry "{key}"'
    if not isinstance(value, dict):
        return [
            f'{entry}: should be a table of fields ([{key}] then lines like title = "…"), not {_describe(value)}.'
        ]
    if spec.keys and key not in spec.keys and not (spec.owner_may_add and not builtin):
        kind = spec.kind.replace("_", " ")
        return [f'{entry}: "{key}" is not a known {kind} key; use one of: {", ".join(spec.keys)}.']
    if not is_valid_cause_key(key):
        return [f"{entry}: the key may use only lower-case letters a-z, digits and _."]
    problems: list[str] = []
    fields = spec.fields_of(key)
    for name in value:
        if name not in fields:
            problems.append(
                f'{entry}: unknown field "{name}"; a {spec.kind.replace("_", " ")} has: '
                + ", ".join(fields)
                + "."
            )
    for name, kind in fields.items():
        if name not in value:
            if name in spec.optional:
                continue
            if builtin or (not overrides and name != SOURCES):
                problems.append(f'{entry}: the field "{name}" is missing.')
            continue
        label = f'{entry}, field "{name}"'
        found = _check_field(label, kind, value[name], principles)
        if not found and spec.placeholders is not None and name in spec.placeholders:
            found = _check_placeholders(label, value[name], spec.placeholders[name], spec.filler)
        problems.extend(found)
    return problems


def _check_placeholders(label: str, text: str, names: tuple[str, ...], filler: str) -> list[str]:
    """A text the app fills in must keep each of its ``{names}`` and add no other."""
    used = PLACEHOLDER.findall(text)
    problems = [
        f"{label}: keep {{{name}}} in the text; the {filler} puts its value there."
        for name in names
        if name not in used
    ]
    for name in dict.fromkeys(used):
        if name not in names:
            allowed = ", ".join(f"{{{n}}}" for n in names) if names else "none"
            problems.append(
                f"{label}: {{{name}}} is not something the {filler} fills in (it can fill in: {allowed})."
            )
    return problems


def _check_field(label: str, kind: str, value: object, principles: Mapping[str, str]) -> list[str]:
    wrong = f"{label}: should be {TYPE_WORDS[kind]}, not {_describe(value)}."
    if kind == TEXT:
        if not isinstance(value, str):
            return [wrong]
        return [] if value.strip() else [f"{label}: is empty."]
    if not isinstance(value, list):
        return [wrong]
    if kind == MONTHS and len(value) != MONTH_COUNT:
        return [f"{label}: should name the {MONTH_COUNT} months, not {len(value)}."]
    if kind in ITEM_FIELDS:
        return _check_items(label, kind, value)
    problems: list[str] = []
    for n, item in enumerate(value, 1):
        if not isinstance(item, str) or not item.strip():
            what = "empty" if isinstance(item, str) else _describe(item)
            problems.append(f"{label}: item {n} should be a text, not {what}.")
        elif kind == SOURCES and item not in principles:
            problems.append(
                f'{label}: unknown principle ID "{item}"; use IDs like "001:R3", or leave it out.'
            )
    if kind == SOURCES and not value:
        problems.append(f"{label}: name at least one principle ID.")
    return problems


def _check_items(label: str, kind: str, items: list[object]) -> list[str]:
    names = ITEM_FIELDS[kind]
    problems: list[str] = []
    seen: set[str] = set()
    for n, item in enumerate(items, 1):
        where = f"{label}, item {n}"
        if not isinstance(item, dict):
            problems.append(
                f"{where}: should be a table with {', '.join(names)}, not {_describe(item)}."
            )
            continue
        for name in item:
            if name not in names:
                problems.append(f'{where}: unknown field "{name}"; use {", ".join(names)}.')
        for name in names:
            text = item.get(name)
            if not isinstance(text, str) or not text.strip():
                problems.append(f'{where}: "{name}" should be a text that is not empty.')
        item_key = item.get("key")
        if kind == CHECKLIST and isinstance(item_key, str):
            if not is_valid_cause_key(item_key):
                problems.append(f'{where}: the key "{item_key}" may use only a-z, 0-9 and _.')
            elif item_key in seen:
                problems.append(f'{where}: duplicate item key "{item_key}".')
            seen.add(item_key)
    return problems
