"""The tone rules ready to use: ``coach/tone/rules_<lang>.json``, written by scripts/tone_index.py
from ``coach/playbooks/<lang>/tone.toml``.

It holds every rule with its terms expanded, its patterns split and indexed by first letters,
and each regex's compiled code for the Python that wrote it, so the first check after start
parses no TOML and compiles no regex. It names the tone.toml it was made from (size and CRC-32):
after any change to that file it is not used, and the rules are read from the TOML as before
until the script runs again. Under another Python the regexes are compiled from their text.
"""

from __future__ import annotations

import _sre
import json
import os
import re
import sys
import zlib
from array import array
from binascii import a2b_base64, b2a_base64
from functools import partial

from coach.tone.patterns import HERE, Lazy, Matcher
from coach.tone.rulefile import Rule

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

FORMAT = 1
ENGINE = f"{sys.implementation.cache_tag} sre {_sre.MAGIC} {_sre.CODESIZE}"
"""The regex engine whose compiled code the file holds; code for another one is not used."""


def path(lang: str) -> str:
    return os.path.join(HERE, f"rules_{lang}.json")


def fingerprint(toml: str) -> str:
    """What names a tone.toml text: its size in bytes and its CRC-32."""
    data = toml.encode("utf-8")
    return f"{len(data)} {zlib.crc32(data):08x}"


def load(lang: str, toml: str) -> tuple[Rule, ...] | None:
    """The rules of ``rules_<lang>.json`` if it was written from ``toml``; None if it is missing,
    was written from another version of the file, or cannot be read."""
    try:
        with open(path(lang), encoding="utf-8") as file:
            data = json.load(file)
        if data["format"] != FORMAT or data["toml"] != fingerprint(toml):
            return None
        return rules_from(data)
    except (OSError, ValueError, LookupError, TypeError):
        return None


def rules_from(data: dict[str, Any]) -> tuple[Rule, ...]:
    """The rules of a loaded file; raises LookupError, TypeError or ValueError if it is damaged."""
    coded = data["engine"] == ENGINE and array("I").itemsize == _sre.CODESIZE
    regexes = [
        Lazy(source, partial(_built, source, flags, groups, names, code) if coded else None)
        for source, flags, groups, names, code in data["regexes"]
    ]
    matchers = [
        Matcher(
            tuple((regexes[n], frozenset(firsts), skip) for n, firsts, skip in at_words),
            None if anywhere is None else regexes[anywhere],
        )
        for at_words, anywhere in data["matchers"]
    ]

    def each(numbers: list[int]) -> tuple[Matcher, ...]:
        return tuple(matchers[n] for n in numbers)

    return tuple(
        Rule(
            key=entry["key"],
            severity=entry["severity"],
            message=entry["message"],
            suggestion=entry["suggestion"],
            sources=tuple(entry["sources"]),
            fields=frozenset(entry["fields"]),
            patterns=None if entry["patterns"] is None else matchers[entry["patterns"]],
            expects=each(entry["expects"]),
            unless=each(entry["unless"]),
            min_count=entry["min_count"],
            min_words=entry["min_words"],
            family=entry["family"],
            clauses=tuple(each(group) for group in entry["clauses"]),
            clause_unless=each(entry["clause_unless"]),
            yields_to=frozenset(entry["yields_to"]),
        )
        for entry in data["rules"]
    )


def _built(
    source: str, flags: int, groups: int, names: dict[str, int], code: str
) -> re.Pattern[str]:
    """The regex from its compiled code, as ``re.compile(source)`` makes it."""
    by_number: list[str | None] = [None] * groups
    for name, number in names.items():
        by_number[number] = name
    pattern: re.Pattern[str] = _sre.compile(
        source, flags, code_words(code), groups - 1, names, tuple(by_number)
    )
    return pattern


def dump(rules: tuple[Rule, ...], toml: str) -> str:
    """The file for ``rules``, parsed from the tone.toml text ``toml`` (see scripts/tone_index.py)."""
    regexes: dict[int, int] = {}
    regex_rows: list[list[Any]] = []
    matchers: dict[int, int] = {}
    matcher_rows: list[list[Any]] = []

    def regex(lazy: Lazy) -> int:
        if id(lazy) not in regexes:
            regexes[id(lazy)] = len(regex_rows)
            regex_rows.append([lazy.source, *compiled_code(lazy.source)])
        return regexes[id(lazy)]

    def matcher(found: Matcher) -> int:
        if id(found) not in matchers:
            matchers[id(found)] = len(matcher_rows)
            at_words = [
                [regex(lazy), sorted(firsts), skip] for lazy, firsts, skip in found.at_words
            ]
            anywhere = None if found.anywhere is None else regex(found.anywhere)
            matcher_rows.append([at_words, anywhere])
        return matchers[id(found)]

    def each(found: tuple[Matcher, ...]) -> list[int]:
        return [matcher(m) for m in found]

    entries = [
        {
            "key": rule.key,
            "family": rule.family,
            "severity": rule.severity,
            "message": rule.message,
            "suggestion": rule.suggestion,
            "sources": list(rule.sources),
            "fields": sorted(rule.fields),
            "patterns": None if rule.patterns is None else matcher(rule.patterns),
            "expects": each(rule.expects),
            "unless": each(rule.unless),
            "clauses": [each(group) for group in rule.clauses],
            "clause_unless": each(rule.clause_unless),
            "yields_to": sorted(rule.yields_to),
            "min_count": rule.min_count,
            "min_words": rule.min_words,
        }
        for rule in rules
    ]
    data = {
        "format": FORMAT,
        "toml": fingerprint(toml),
        "engine": ENGINE,
        "rules": entries,
        "matchers": matcher_rows,
        "regexes": regex_rows,
    }
    return json.dumps(data, ensure_ascii=False, indent=0, separators=(",", ":")) + "\n"


def compiled_code(source: str) -> tuple[int, int, dict[str, int], str]:
    """(flags, groups, group names, packed code) of a regex, as ``re.compile`` makes them."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(source, 0)
    words = array("I", _compiler._code(parsed, 0))
    if sys.byteorder == "big":
        words.byteswap()
    code = b2a_base64(zlib.compress(words.tobytes(), 9), newline=False).decode("ascii")
    return parsed.state.flags, parsed.state.groups, dict(parsed.state.groupdict), code


def code_words(code: str) -> list[int]:
    """The code words of a packed code."""
    words = array("I", zlib.decompress(a2b_base64(code)))
    if sys.byteorder == "big":
        words.byteswap()
    return words.tolist()
