"""Fast matching for the tone check: normalised text with offsets, and rule regexes that are only
tried where a word starts with one of the letters they can start with.

A rule's patterns mostly start at a word (``\\b`` or ``(?<!\\w)``, optionally followed by
optional prefix letters such as Arabic ``[وف]?``). Scanning a 2,000-character draft with every
rule from every position costs milliseconds; looking up the first letters of each word
and trying a rule only there costs a fraction of that. Patterns whose first letters cannot be
worked out (and any pattern if this Python's regex parser is not available) scan the whole
text, so the results are the same either way, only the speed differs.
"""

from __future__ import annotations

import functools
import os
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from types import ModuleType

from coach.text.normalise import normalise, normalise_with_offsets

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

PREFIX = 4  # letters at the start of a word used to pick the rules to try there
HERE = os.path.dirname(os.path.abspath(__file__))
"""The folder of the tone check's data files (prefix index, precompiled rules, models)."""

# A word boundary, optionally followed by optional prefix letters such as Arabic و/ف.
_LEAD = re.compile(r"\\b|\(\?<!\\w\)(?:\[([^\]\\^-]+)\]\?)?")
_QUANTIFIER = re.compile(r"(?:[?*+]|\{\d*,?\d*\})\??")
_WORD_START = re.compile(r"(?<!\w)\w")
_WORD_CHAR = re.compile(r"\w")


_INTERNALS: tuple[ModuleType, ModuleType] | None
try:
    from re import _constants, _parser  # type: ignore[attr-defined]

    _INTERNALS = (_parser, _constants)
except ImportError:  # another Python: every pattern scans the whole text
    _INTERNALS = None


@functools.cache
def letter(ch: str) -> str:
    """``normalise`` of one character."""
    return normalise(ch)


def normalised_with_offsets(text: str) -> tuple[str, list[int]]:
    """``normalise_with_offsets(text)``, several times faster for text already in NFKC form
    whose characters each normalise to at most one character (nearly every draft)."""
    if not unicodedata.is_normalized("NFKC", text):
        return normalise_with_offsets(text)
    letters = {ch: letter(ch) for ch in set(text)}
    if any(len(mapped) > 1 for mapped in letters.values()):
        return normalise_with_offsets(text)
    out: list[str] = []
    origin: list[int] = []
    pending_space = False
    for index, ch in enumerate(text):
        mapped = letters[ch]
        if mapped:
            if pending_space:
                out.append(" ")
                origin.append(index)
                pending_space = False
            out.append(mapped)
            origin.append(index)
        elif ch.isspace():
            pending_space = bool(out)
    return "".join(out), origin


class Words:
    """Where the words of a normalised text start, by their first one to four letters
    (also as read after an optional prefix letter, such as Arabic و)."""

    def __init__(self, text: str):
        self.text = text
        self._starts = [m.start() for m in _WORD_START.finditer(text)]
        self._index: dict[str, dict[str, list[int]]] = {}

    def positions(self, prefixes: frozenset[str], skip: str) -> list[int]:
        """Word starts where a match may begin, in order."""
        found: list[int] = []
        for letters in ("", skip) if skip else ("",):
            index = self._by_prefix(letters)
            if len(prefixes) <= len(index):
                for prefix in prefixes:
                    if prefix in index:
                        found += index[prefix]
            else:
                for prefix, starts in index.items():
                    if prefix in prefixes:
                        found += starts
        return sorted(set(found)) if len(found) > 1 else found

    def _by_prefix(self, skip: str) -> dict[str, list[int]]:
        """Word starts by their first one to ``PREFIX`` letters (after one of ``skip``'s letters
        if ``skip`` is given)."""
        index = self._index.get(skip)
        if index is None:
            text = self.text
            offset = 1 if skip else 0
            grouped: dict[str, list[int]] = defaultdict(list)
            for start in self._starts:
                if not skip or text[start] in skip:
                    begin = start + offset
                    for length in range(1, PREFIX + 1):
                        grouped[text[begin : begin + length]].append(start)
            index = self._index[skip] = dict(grouped)
        return index


class Lazy:
    """A regex compiled on first use: a check compiles only what the drafts it sees need, so the
    first check after start does not wait for every rule to compile. ``built`` (from the
    precompiled rules, ``coach.tone.compiled``) makes it without parsing ``source``; if it fails,
    ``source`` is compiled."""

    __slots__ = ("source", "_compiled", "_built")

    def __init__(self, source: str, built: Callable[[], re.Pattern[str]] | None = None):
        self.source = source
        self._compiled: re.Pattern[str] | None = None
        self._built = built

    @property
    def regex(self) -> re.Pattern[str]:
        if self._compiled is None:
            if self._built is not None:
                try:
                    self._compiled = self._built()
                except Exception:  # a damaged or foreign cache only costs the compile
                    self._compiled = None
                self._built = None
            if self._compiled is None:
                self._compiled = re.compile(self.source)
        return self._compiled

    def match(self, text: str, position: int) -> re.Match[str] | None:
        return self.regex.match(text, position)

    def finditer(self, text: str) -> Iterable[re.Match[str]]:
        return self.regex.finditer(text)

    def search(self, text: str) -> re.Match[str] | None:
        return self.regex.search(text)

    @property
    def pattern(self) -> str:
        return self.source


@dataclass(frozen=True)
class Matcher:
    """Compiled patterns: ``at_words`` are (regex, first letters, optional prefix letters),
    tried only at matching word starts; ``anywhere`` scans the whole text."""

    at_words: tuple[tuple[Lazy, frozenset[str], str], ...]
    anywhere: Lazy | None

    def spans(self, text: str, words: Words) -> list[tuple[int, int]]:
        """Non-overlapping (start, end) of the matches, in order, as ``finditer`` would give."""
        found: list[tuple[int, int]] = []
        for regex, prefixes, skip in self.at_words:
            for position in words.positions(prefixes, skip):
                match = regex.match(text, position)
                if match and match.end() > position:
                    found.append(match.span())
        if self.anywhere is not None:
            found.extend(m.span() for m in self.anywhere.finditer(text) if m.end() > m.start())
        found.sort(key=lambda span: (span[0], -span[1]))
        kept: list[tuple[int, int]] = []
        for start, end in found:
            if not kept or start >= kept[-1][1]:
                kept.append((start, end))
        return kept

    def compile(self) -> None:
        """Compiles every regex now rather than on first use."""
        for lazy, _, _ in self.at_words:
            lazy.regex  # noqa: B018
        if self.anywhere is not None:
            self.anywhere.regex  # noqa: B018

    def search(self, text: str, words: Words) -> bool:
        """Whether the patterns match anywhere."""
        for regex, prefixes, skip in self.at_words:
            if any(regex.match(text, p) for p in words.positions(prefixes, skip)):
                return True
        return self.anywhere is not None and self.anywhere.search(text) is not None


def compile_matcher(patterns: Iterable[str]) -> Matcher:
    """A Matcher for ``patterns`` (regexes over normalised text); raises ``re.error``."""
    shared: dict[tuple[str, str], tuple[list[str], set[str]]] = {}
    anywhere: list[str] = []
    for pattern in (part for whole in patterns for part in _alternatives(whole)):
        lead = _LEAD.match(pattern)
        prefixes = None
        if lead is not None and not _has_top_level_bar(pattern):
            prefixes = _prefixes(pattern[lead.end() :])
        if lead is None or index_key(pattern[lead.end() :]) not in _index():
            re.compile(pattern)  # an indexed pattern compiled when it was indexed
        if lead is None or prefixes is None:
            anywhere.append(pattern)
        else:
            bodies, firsts = shared.setdefault((lead.group(), lead.group(1) or ""), ([], set()))
            bodies.append(pattern[lead.end() :])
            firsts.update(prefixes)
    at_words = [
        (Lazy(f"{start}(?:{_join(_factored(bodies))})"), frozenset(firsts), skip)
        for (start, skip), (bodies, firsts) in shared.items()
    ]
    return Matcher(tuple(at_words), Lazy(_join(anywhere)) if anywhere else None)


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern``, each without the groups that wrap all of it, so
    that a pattern made of terms (``(?:\\b...|\\b...)``) is still tried only at word starts."""
    while pattern.startswith("(?:") and _closing(pattern) == len(pattern) - 1:
        pattern = pattern[3:-1]
    bars = [index for index, depth in _depths(pattern) if pattern[index] == "|" and depth == 0]
    if not bars:
        return [pattern]
    edges = [-1, *bars, len(pattern)]
    parts = [pattern[a + 1 : b] for a, b in zip(edges, edges[1:], strict=False)]
    return [alternative for part in parts for alternative in _alternatives(part)]


def _closing(pattern: str) -> int:
    """Where the group that opens ``pattern`` closes (-1 if it does not)."""
    for index, depth in _depths(pattern):
        if depth == 0 and pattern[index] == ")":
            return index
    return -1


def _join(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def _factored(patterns: list[str]) -> list[str]:
    """Patterns that start with the same group share it: ``(?:a|b)x|(?:a|b)y`` becomes
    ``(?:a|b)(?:x|y)``, so a long word list at their start is tried once, not once per pattern."""
    heads: dict[str, list[str]] = {}
    for pattern in patterns:
        head = _first_group(pattern)
        heads.setdefault(head, []).append(pattern[len(head) :])
    factored: list[str] = []
    for head, tails in heads.items():
        if head and len(tails) > 1:
            factored.append(f"{head}(?:{_join(tails)})")
        else:
            factored.extend(head + tail for tail in tails)
    return factored


def _first_group(pattern: str) -> str:
    """The group a pattern starts with, with its quantifier; "" if it starts otherwise."""
    if not pattern.startswith("("):
        return ""
    for index, depth in _depths(pattern):
        if depth == 0:
            quantifier = _QUANTIFIER.match(pattern, index + 1)
            return pattern[: quantifier.end() if quantifier else index + 1]
    return ""


def _has_top_level_bar(pattern: str) -> bool:
    return any(pattern[i] == "|" and depth == 0 for i, depth in _depths(pattern))


def _depths(pattern: str) -> Iterable[tuple[int, int]]:
    """(index, group depth after it) for each ``(``, ``)`` and ``|`` outside classes and escapes."""
    depth, in_class, escaped = 0, False, False
    for index, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[ch]
            yield index, depth


def _prefixes(body: str) -> frozenset[str] | None:
    """Every way a match of ``body`` can begin, up to PREFIX characters; None if not known or if
    a match could begin with something other than a word character.

    Looked up in ``coach/tone/prefix_index.json`` (written by scripts/tone_index.py) when it knows the
    pattern, which saves parsing every rule at start; worked out here otherwise."""
    if _INTERNALS is None:
        return None
    key = index_key(body)
    table = _index()
    if key not in table:
        return analysed_prefixes(body)
    known = table[key]
    return None if known is None else frozenset(known)


def index_key(body: str) -> str:
    """The key of ``body`` in the prefix index."""
    import hashlib

    return hashlib.sha1(body.encode("utf-8")).hexdigest()[:16]


@functools.cache
def _index() -> dict[str, tuple[str, ...] | None]:
    import json

    try:
        with open(os.path.join(HERE, "prefix_index.json"), encoding="utf-8") as source:
            table = json.load(source)
    except FileNotFoundError:  # not written yet: every pattern is analysed when the rules load
        return {}
    return {key: None if value is None else tuple(value) for key, value in table.items()}


def analysed_prefixes(body: str) -> frozenset[str] | None:
    """``_prefixes`` worked out from the parsed regex, without the index."""
    if _INTERNALS is None:
        return None
    try:
        firsts = _sequence(_INTERNALS[0].parse(body).data, _INTERNALS[1])
    except Exception:  # an analysis gap only costs speed
        return None
    prefixes = frozenset(prefix for prefix, _ in firsts)
    if not prefixes or not all(p and _WORD_CHAR.match(p[0]) for p in prefixes):
        return None
    return prefixes


def _sequence(items: list[tuple[Any, Any]], ops: ModuleType) -> set[tuple[str, bool]]:
    """(prefix, closed) pairs for a sequence; an open prefix may still grow."""
    growing = {""}
    closed: set[str] = set()
    for op, value in items:
        if not growing:
            break
        parts = _item(op, value, ops)
        longer: set[str] = set()
        for prefix in growing:
            for part, stops in parts:
                joined = prefix + part
                if stops or len(joined) >= PREFIX:
                    closed.add(joined[:PREFIX])
                else:
                    longer.add(joined)
        growing = longer
    return {(p, True) for p in closed} | {(p, False) for p in growing}


def _item(op: Any, value: Any, ops: ModuleType) -> set[tuple[str, bool]]:
    """(prefix, closed) pairs for one parsed regex item (see ``re._parser``)."""
    if op is ops.LITERAL:
        return {(chr(value), False)}
    if op in (ops.AT, ops.ASSERT, ops.ASSERT_NOT):
        return {("", False)}
    if op is ops.IN:
        chars: set[str] = set()
        for kind, item in value:
            if kind is not ops.LITERAL:
                return {("", True)}
            chars.add(chr(item))
        return {(ch, False) for ch in chars}
    if op is ops.BRANCH:
        return set().union(*(_sequence(branch.data, ops) for branch in value[1]))
    if op is ops.SUBPATTERN:
        return _sequence(value[3].data, ops)
    if op in (ops.MAX_REPEAT, ops.MIN_REPEAT):
        low, high, body = value
        parts = _sequence(body.data, ops)
        if high != 1:
            parts = {(part, True) for part, _ in parts}
        return parts | {("", False)} if low == 0 else parts
    return {("", True)}
