r"""Reads, validates and compiles a tone rules file (``coach/playbooks/<lang>/tone.toml``).

The format is described in ``coach.tone.checker``; errors name the file, the rule and the field.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from coach.errors import CoachError
from coach.tone.patterns import Matcher, compile_matcher, letter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

SEVERITIES = ("avoid", "suggest")
# "reply" is a whole message to the customer (``field=None``); the others are the wizard's fields.
FIELDS = ("reply", "apology", "resolution", "steps")

_SOURCE_ID = re.compile(r"\d{3}:[A-Z]\d+")
_TERM = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
_KEY = re.compile(r"[a-z][a-z0-9_]*")
_UPPER = re.compile(r"(?<!\\)(?<!\(\?)[A-Z]")
_RULE_FIELDS = frozenset(
    {
        "key",
        "family",
        "severity",
        "message",
        "suggestion",
        "sources",
        "fields",
        "patterns",
        "clauses",
        "clause_unless",
        "yields_to",
        "expects",
        "unless",
        "min_count",
        "min_words",
    }
)


class ToneRulesError(CoachError):
    """A tone rules file cannot be used; the message names the file, the rule and the field."""


@dataclass(frozen=True)
class Rule:
    """One tone rule, compiled. ``patterns``, ``expects`` and ``unless`` match normalised text.

    ``clauses``: each entry is a group of matchers that must all match inside one clause, in any
    order and with any words between; ``clause_unless`` silences a clause where any of them match;
    ``yields_to``: rule keys whose findings, in the same clause, silence this rule's.
    """

    key: str
    severity: str
    message: str
    suggestion: str
    sources: tuple[str, ...]
    fields: frozenset[str]
    patterns: Matcher | None = None
    expects: tuple[Matcher, ...] = ()
    unless: tuple[Matcher, ...] = ()
    min_count: int = 1
    min_words: int = 0
    family: str = ""
    clauses: tuple[tuple[Matcher, ...], ...] = ()
    clause_unless: tuple[Matcher, ...] = ()
    yields_to: frozenset[str] = frozenset()


def parse_rules(text: str, source: str) -> tuple[Rule, ...]:
    """Validates and compiles a tone rules file; ``source`` names it in error messages."""
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ToneRulesError(f"{source}: not valid TOML ({exc}).") from exc
    extra = sorted(set(data) - {"terms", "rule"})
    if extra:
        raise ToneRulesError(f"{source}: unknown table {extra[0]!r} (expected [terms], [[rule]]).")
    terms = _terms(data.get("terms", {}), source)
    compiled_once: dict[str, Matcher] = {}
    entries = data.get("rule")
    if not isinstance(entries, list) or not entries:
        raise ToneRulesError(f"{source}: has no [[rule]] entries.")
    compiled: list[Rule] = []
    for number, entry in enumerate(entries, start=1):
        rule = _rule(entry, number, terms, compiled_once, source)
        if any(r.key == rule.key for r in compiled):
            raise ToneRulesError(f"{source}, rule {rule.key!r}, field 'key': used twice.")
        compiled.append(rule)
    keys = {r.key for r in compiled}
    for rule in compiled:
        unknown = sorted(rule.yields_to - keys)
        if unknown:
            raise ToneRulesError(
                f"{source}, rule {rule.key!r}, field 'yields_to': no rule {unknown[0]!r}."
            )
    return tuple(compiled)


def _terms(table: Any, source: str) -> dict[str, str]:
    if not isinstance(table, Mapping):
        raise ToneRulesError(f"{source}: [terms] must be a table of name = regex.")
    terms: dict[str, str] = {}
    for name, value in table.items():
        where = f"{source}, term {name!r}"
        if not isinstance(value, str) or not value:
            raise ToneRulesError(f"{where}: must be a non-empty string.")
        terms[name] = _prepare(value, terms, where)
        try:
            re.compile(terms[name])
        except re.error as exc:
            raise ToneRulesError(f"{where}: bad regex {value!r} ({exc}).") from exc
    return terms


def _rule(
    entry: Any,
    number: int,
    terms: dict[str, str],
    compiled_once: dict[str, Matcher],
    source: str,
) -> Rule:
    if not isinstance(entry, Mapping):
        raise ToneRulesError(f"{source}, rule #{number}: must be a table.")
    key = entry.get("key")
    if not isinstance(key, str) or not _KEY.fullmatch(key):
        raise ToneRulesError(
            f"{source}, rule #{number}, field 'key': missing or not a lower_case_key."
        )
    where = f"{source}, rule {key!r}"
    extra = sorted(set(entry) - _RULE_FIELDS)
    if extra:
        raise ToneRulesError(f"{where}, field {extra[0]!r}: unknown field.")
    family = entry.get("family", key)
    if not isinstance(family, str) or not _KEY.fullmatch(family):
        raise ToneRulesError(f"{where}, field 'family': must be a lower_case_key.")
    severity = entry.get("severity")
    if severity not in SEVERITIES:
        raise ToneRulesError(f'{where}, field \'severity\': must be "avoid" or "suggest".')
    texts = {name: _text(entry, name, where) for name in ("message", "suggestion")}
    sources = _strings(entry, "sources", where, required=True)
    bad = [s for s in sources if not _SOURCE_ID.fullmatch(s)]
    if bad:
        raise ToneRulesError(f"{where}, field 'sources': {bad[0]!r} is not an ID like \"001:R5\".")
    fields = _strings(entry, "fields", where) or FIELDS
    unknown = [f for f in fields if f not in FIELDS]
    if unknown:
        raise ToneRulesError(
            f"{where}, field 'fields': {unknown[0]!r} is not one of {', '.join(FIELDS)}."
        )
    wanted, unwanted = ("patterns", "expects") if severity == "avoid" else ("expects", "patterns")
    for name in (unwanted, "clauses") if severity == "suggest" else (unwanted,):
        if name in entry:
            raise ToneRulesError(f"{where}, field {name!r}: a {severity!r} rule uses {wanted!r}.")
    groups = _clauses(entry, terms, compiled_once, where)
    found = {
        name: _regexes(entry, name, terms, where, required=name == wanted and not groups)
        for name in (wanted, "unless", "clause_unless")
    }
    counts = {name: _count(entry, name, where) for name in ("min_count", "min_words")}
    return Rule(
        key=key,
        family=family,
        severity=severity,
        message=texts["message"],
        suggestion=texts["suggestion"],
        sources=tuple(sources),
        fields=frozenset(fields),
        patterns=_compile(found["patterns"], f"{where}, field 'patterns'")
        if found.get("patterns")
        else None,
        expects=_each(found.get("expects", []), compiled_once, f"{where}, field 'expects'"),
        unless=_each(found["unless"], compiled_once, f"{where}, field 'unless'"),
        min_count=max(counts["min_count"], 1),
        min_words=counts["min_words"],
        clauses=groups,
        clause_unless=_each(
            found["clause_unless"], compiled_once, f"{where}, field 'clause_unless'"
        ),
        yields_to=frozenset(_strings(entry, "yields_to", where)),
    )


def _clauses(
    entry: Mapping[str, Any], terms: dict[str, str], compiled_once: dict[str, Matcher], where: str
) -> tuple[tuple[Matcher, ...], ...]:
    value = entry.get("clauses")
    if value is None:
        return ()
    here = f"{where}, field 'clauses'"
    if not isinstance(value, list) or not value:
        raise ToneRulesError(f"{here}: must be a non-empty list of lists of regexes.")
    groups = []
    for group in value:
        if (
            not isinstance(group, list)
            or len(group) < 2
            or not all(isinstance(p, str) and p for p in group)
        ):
            raise ToneRulesError(f"{here}: each entry must list two or more regexes.")
        groups.append(_each([_prepare(p, terms, here) for p in group], compiled_once, here))
    return tuple(groups)


def _text(entry: Mapping[str, Any], name: str, where: str) -> str:
    value = entry.get(name)
    if not isinstance(value, str) or not value.strip():
        raise ToneRulesError(f"{where}, field {name!r}: missing or empty.")
    return value.strip()


def _strings(entry: Mapping[str, Any], name: str, where: str, required: bool = False) -> list[str]:
    value = entry.get(name)
    if value is None and not required:
        return []
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        raise ToneRulesError(f"{where}, field {name!r}: must be a non-empty list of strings.")
    return value


def _count(entry: Mapping[str, Any], name: str, where: str) -> int:
    value = entry.get(name, 0)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ToneRulesError(f"{where}, field {name!r}: must be a whole number (0 or more).")
    return value


def _regexes(
    entry: Mapping[str, Any], name: str, terms: dict[str, str], where: str, required: bool
) -> list[str]:
    if name not in entry and not required:
        return []
    patterns = _strings(entry, name, where, required=True)
    return [_prepare(p, terms, f"{where}, field {name!r}") for p in patterns]


def _each(
    patterns: list[str], compiled_once: dict[str, Matcher], where: str
) -> tuple[Matcher, ...]:
    """Each pattern compiled on its own, once per file, so a check searches it at most once."""
    for pattern in patterns:
        if pattern not in compiled_once:
            compiled_once[pattern] = _compile([pattern], where)
    return tuple(compiled_once[p] for p in patterns)


def _prepare(pattern: str, terms: dict[str, str], where: str) -> str:
    def term(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in terms:
            raise ToneRulesError(f"{where}: unknown term {{{name}}} (add it under [terms]).")
        return f"(?:{terms[name]})"

    upper = _UPPER.search(pattern)
    if upper:
        raise ToneRulesError(
            f"{where}: {upper.group()!r} in {pattern!r}: patterns match lower-case text, "
            "so write letters in lower case."
        )
    return _TERM.sub(term, "".join(ch if ch.isascii() else letter(ch) for ch in pattern))


def _compile(patterns: list[str], where: str) -> Matcher:
    try:
        return compile_matcher(patterns)
    except re.error as joined:
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ToneRulesError(f"{where}: bad regex {pattern!r} ({exc}).") from exc
        raise ToneRulesError(f"{where}: the patterns do not combine ({joined}).") from joined
