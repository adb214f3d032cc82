r"""The tone check: flags what the seeds warn against in a reply to a customer, and notes what is missing.

``check(text, lang, field)`` returns a list of ``Finding``. Rules are data, one file per language:
``coach/playbooks/<lang>/tone.toml``. Each ``[[rule]]`` has ``key``, ``severity``, ``message``,
``suggestion`` (a better way to say it), ``sources`` (principle IDs) and:

- ``patterns`` ("avoid" rules): regexes; every match is a finding at its place in the text.
- ``expects`` ("suggest" rules): regexes; the finding appears when none of them matches. Something
  missing has no place, so its finding sits at the end: ``start == end == len(text)``.
- ``unless`` (optional): regexes; when any of them matches anywhere, the rule stays quiet.
- ``min_count`` (optional, "avoid"): the rule speaks only when its patterns match at least this
  often, and then reports the later matches (e.g. the second "sorry" onwards).
- ``min_words`` (optional, "suggest"): drafts shorter than this are left alone.
- ``fields`` (optional): the fields the rule applies to (see ``FIELDS``); default all of them.

Patterns match the normalised text (``coach.text.normalise``): lower case, single spaces, no harakat,
tatweel or ZWNJ, ي→ی, ك→ک, ة→ه, أ/إ/آ→ا, digits 0-9, and ’ as '. Arabic and Persian letters in
a pattern are normalised when the file is loaded, so a rule may use either spelling; ASCII letters
must be lower case. ``{name}`` inserts a regex from the file's ``[terms]`` table (a term may use
the terms defined before it). A pattern that starts at a word (``\b`` or ``(?<!\w)``, optionally
followed by optional prefix letters such as ``[وف]?``) is only tried where a word starts with a
letter it can start with (``coach.tone.patterns``), which keeps a check of a long draft to a few ms.
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from coach.errors import CoachError
from coach.text.languages import DEFAULT_LANGUAGE, LANGUAGES
from coach.tone.patterns import Matcher, Words, compile_matcher, letter, normalised_with_offsets

SEVERITIES = ("avoid", "suggest")
# "reply" is a whole message to the customer (``field=None``); the others are the wizard's fields.
FIELDS = ("reply", "apology", "resolution", "steps")

_SOURCE_ID = re.compile(r"\d{3}:[A-Z]\d+")
_TERM = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
_KEY = re.compile(r"[a-z][a-z0-9_]*")
_UPPER = re.compile(r"(?<!\\)(?<!\(\?)[A-Z]")
_APOSTROPHE_MARKS = "’‘ʼ`´"
_APOSTROPHES = str.maketrans(_APOSTROPHE_MARKS, "'" * len(_APOSTROPHE_MARKS))
_RULE_FIELDS = frozenset(
    {
        "key",
        "severity",
        "message",
        "suggestion",
        "sources",
        "fields",
        "patterns",
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
    """One tone rule, compiled. ``patterns``, ``expects`` and ``unless`` match normalised text."""

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


@dataclass(frozen=True)
class Finding:
    """Something the coach points out: ``text[start:end]`` is the phrase ("avoid"), or
    ``start == end == len(text)`` for something missing ("suggest")."""

    rule: str
    severity: str
    start: int
    end: int
    message: str
    suggestion: str
    sources: tuple[str, ...]


def check(text: str, lang: str, field: str | None = None) -> list[Finding]:
    """The findings for ``text``, in order of position.

    ``lang`` picks the rules (a language code, "fa_IR" works too; anything else uses English).
    ``field`` says what the text is: ``None`` or "reply" for a whole message to the customer
    (every rule), "apology" (no "suggest" rules: thanks and the next step belong to the
    resolution), "resolution" (next step with a date, thanks) or "steps" (next step with a date).
    """
    where = _field(field)
    if not text.strip():
        return []
    normalised, origin = normalised_with_offsets(text)
    if any(mark in normalised for mark in _APOSTROPHE_MARKS):
        normalised = normalised.translate(_APOSTROPHES)
    words = Words(normalised)
    searched: dict[Matcher, bool] = {}

    def present(matchers: tuple[Matcher, ...]) -> bool:
        for matcher in matchers:
            if matcher not in searched:
                searched[matcher] = matcher.search(normalised, words)
            if searched[matcher]:
                return True
        return False

    findings: list[Finding] = []
    for rule in rules(lang):
        if where not in rule.fields:
            continue
        if rule.patterns is not None:
            spans = rule.patterns.spans(normalised, words)
            if len(spans) < rule.min_count or present(rule.unless):
                continue
            for span in spans[rule.min_count - 1 :]:
                start, end = _trimmed(normalised, *span)
                end = _end_after_marks(text, origin[end - 1] + 1)
                findings.append(_finding(rule, origin[start], end))
        elif normalised.count(" ") + 1 >= rule.min_words:
            if not present(rule.unless) and not present(rule.expects):
                findings.append(_finding(rule, len(text), len(text)))
    findings.sort(key=lambda f: (f.start, f.end))
    return findings


def language(lang: str) -> str:
    """The rules language used for ``lang``: its two-letter code if known, else English."""
    code = re.split(r"[-_.@]", lang.strip().lower(), maxsplit=1)[0]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def rules(lang: str) -> tuple[Rule, ...]:
    """The compiled rules for ``lang``, loaded and cached on first use.

    Compiling takes a noticeable fraction of a second, so an app may call this at start-up.
    """
    return _load(language(lang))


@functools.cache
def _load(lang: str) -> tuple[Rule, ...]:
    resource = files("coach.playbooks").joinpath(lang, "tone.toml")
    source = f"coach/playbooks/{lang}/tone.toml"
    try:
        text = resource.read_text(encoding="utf-8")
    except OSError as exc:
        raise ToneRulesError(f"{source}: cannot be read ({exc.strerror or exc}).") from exc
    return parse_rules(text, source)


def parse_rules(text: str, source: str) -> tuple[Rule, ...]:
    """Validates and compiles a tone rules file; ``source`` names it in error messages."""
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
    if unwanted in entry:
        raise ToneRulesError(f"{where}, field {unwanted!r}: a {severity!r} rule uses {wanted!r}.")
    found = {
        name: _regexes(entry, name, terms, where, required=name == wanted)
        for name in (wanted, "unless")
    }
    counts = {name: _count(entry, name, where) for name in ("min_count", "min_words")}
    return Rule(
        key=key,
        severity=severity,
        message=texts["message"],
        suggestion=texts["suggestion"],
        sources=tuple(sources),
        fields=frozenset(fields),
        patterns=_compile(found["patterns"], f"{where}, field 'patterns'")
        if "patterns" in found
        else None,
        expects=_each(found.get("expects", []), compiled_once, f"{where}, field 'expects'"),
        unless=_each(found["unless"], compiled_once, f"{where}, field 'unless'"),
        min_count=max(counts["min_count"], 1),
        min_words=counts["min_words"],
    )


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


def _field(field: str | None) -> str:
    if field is None:
        return "reply"
    if field not in FIELDS:
        raise ValueError(f"Unknown field {field!r}; expected None or one of {', '.join(FIELDS)}.")
    return field


def _trimmed(normalised: str, start: int, end: int) -> tuple[int, int]:
    """A match without the spaces and punctuation at its edges (at least one character)."""
    while end - start > 1 and not normalised[start].isalnum():
        start += 1
    while end - start > 1 and not normalised[end - 1].isalnum():
        end -= 1
    return start, end


def _end_after_marks(text: str, end: int) -> int:
    """Extends a span over the harakat and tatweel that belong to its last letter."""
    while end < len(text) and (
        unicodedata.category(text[end]) == "Mn" or text[end] in "\u0640\u200c"
    ):
        end += 1
    return end


def _finding(rule: Rule, start: int, end: int) -> Finding:
    return Finding(
        rule=rule.key,
        severity=rule.severity,
        start=start,
        end=end,
        message=rule.message,
        suggestion=rule.suggestion,
        sources=rule.sources,
    )
