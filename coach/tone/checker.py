r"""The tone check: flags what the seeds warn against in a reply to a customer, and notes what is missing.

``check(text, lang, field)`` returns a list of ``Finding``. Rules are data, one file per language:
``coach/playbooks/<lang>/tone.toml``. Each ``[[rule]]`` has ``key``, ``severity``, ``message``,
``suggestion`` (a better way to say it), ``sources`` (principle IDs) and:

- ``family`` (optional): the kind of wording the rule finds, shared by rules that find the same
  kind (e.g. "manager_handoff" finds "handoff_refusal"); default the key. Findings carry it.
- ``patterns`` ("avoid" rules): regexes; every match is a finding at its place in the text.
- ``clauses`` ("avoid" rules, with or instead of ``patterns``): groups of regexes, each group a
  finding where all of its regexes match inside one clause (between . ! ? ; and their Arabic
  forms), in any order with any words between; the finding spans from the first part to the last.
- ``clause_unless`` (optional, "avoid"): regexes that silence the rule in a clause where they
  match (negation, a request, a remedy), for its ``patterns`` and its ``clauses`` alike.
- ``yields_to`` (optional, "avoid"): rule keys; a finding of this rule is dropped when one of
  theirs is in the same clause (a generic "not our fault" next to the courier it blames).
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

import bisect
import dataclasses
import functools
import os
import re
import unicodedata
from dataclasses import dataclass

from coach.text.languages import DEFAULT_LANGUAGE, LANGUAGES
from coach.tone import compiled
from coach.tone.model import SentenceModel, clauses, model, word_count
from coach.tone.patterns import HERE, Matcher, Words, normalised_with_offsets
from coach.tone.rulefile import FIELDS, SEVERITIES, Rule, ToneRulesError, parse_rules

__all__ = [
    "FIELDS",
    "SEVERITIES",
    "Finding",
    "Rule",
    "ToneRulesError",
    "check",
    "language",
    "parse_rules",
    "prepare",
    "rules",
]

_APOSTROPHE_MARKS = "’‘ʼ`´"
_APOSTROPHES = str.maketrans(_APOSTROPHE_MARKS, "'" * len(_APOSTROPHE_MARKS))
_CLAUSE_END = re.compile(r"[!?؟;؛…]|\.(?!\d)")
_LANGUAGE_END = re.compile(r"[-_.@]")


@dataclass(frozen=True)
class Finding:
    """Something the coach points out: ``text[start:end]`` is the phrase ("avoid"), or
    ``start == end == len(text)`` for something missing ("suggest"). ``family`` is the kind of
    wording it is (several rules may share one); a finding of the sentence model speaks with the
    words of its family's rule."""

    rule: str
    severity: str
    start: int
    end: int
    message: str
    suggestion: str
    sources: tuple[str, ...]
    family: str = ""
    modelled: bool = False
    """Found by the sentence model (its span is the whole clause) rather than by a rule."""


class _Draft:
    """One normalised draft and what has been searched in it so far."""

    def __init__(self, normalised: str):
        self.text = normalised
        self.words = Words(normalised)
        self._spans: dict[Matcher, list[tuple[int, int]]] = {}
        self._ends: list[int] | None = None

    def spans(self, matcher: Matcher) -> list[tuple[int, int]]:
        if matcher not in self._spans:
            self._spans[matcher] = matcher.spans(self.text, self.words)
        return self._spans[matcher]

    def present(self, matchers: tuple[Matcher, ...]) -> bool:
        return any(self.spans(matcher) for matcher in matchers)

    def clause(self, position: int) -> int:
        if self._ends is None:
            self._ends = [m.start() for m in _CLAUSE_END.finditer(self.text)]
        return bisect.bisect_right(self._ends, position)

    def clause_spans(self, rule: Rule) -> list[tuple[int, int]]:
        """Spans where every part of a ``clauses`` group matches inside one clause."""
        found: list[tuple[int, int]] = []
        for group in rule.clauses:
            parts: list[dict[int, tuple[int, int]]] = []
            for matcher in group:
                by_clause: dict[int, tuple[int, int]] = {}
                for span in self.spans(matcher):
                    by_clause.setdefault(self.clause(span[0]), span)
                if not by_clause:
                    break
                parts.append(by_clause)
            else:
                for index in set.intersection(*(set(part) for part in parts)):
                    spans = [part[index] for part in parts]
                    found.append((min(s for s, _ in spans), max(e for _, e in spans)))
        return found

    def unsilenced(self, rule: Rule, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """``spans`` without those in a clause where one of ``rule.clause_unless`` matches."""
        if not spans or not rule.clause_unless:
            return spans
        silenced = {
            self.clause(start) for matcher in rule.clause_unless for start, _ in self.spans(matcher)
        }
        return [span for span in spans if self.clause(span[0]) not in silenced]


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
    draft = _Draft(normalised)
    findings: list[Finding] = []
    found: dict[str, list[tuple[int, int]]] = {}
    for rule in rules(lang):
        if where not in rule.fields:
            continue
        if rule.severity == "avoid":
            spans = draft.spans(rule.patterns) if rule.patterns is not None else []
            if rule.clauses:
                spans = _merged(spans + draft.clause_spans(rule))
            spans = draft.unsilenced(rule, spans)
            if len(spans) >= rule.min_count and not draft.present(rule.unless):
                found[rule.key] = spans[rule.min_count - 1 :]
        elif normalised.count(" ") + 1 >= rule.min_words:
            if not draft.present(rule.unless) and not draft.present(rule.expects):
                findings.append(_finding(rule, len(text), len(text)))
    for rule in rules(lang):
        spans = found.get(rule.key, [])
        if spans and rule.yields_to:
            taken = {draft.clause(s) for key in rule.yields_to for s, _ in found.get(key, [])}
            spans = [span for span in spans if draft.clause(span[0]) not in taken]
        for span in spans:
            start, end = _trimmed(normalised, *span)
            end = _end_after_marks(text, origin[end - 1] + 1)
            findings.append(_finding(rule, origin[start], end))
    sentence_model = model(language(lang))
    if sentence_model is not None:
        scored = _scored_clauses(text, draft, origin, sentence_model)
        findings = [f for f in findings if not _vetoed(f, scored, sentence_model)]
        findings += _modelled(draft, lang, where, findings, scored, sentence_model)
    findings.sort(key=lambda f: (f.start, f.end))
    return findings


_Scored = list[tuple[int, int, int, int, "list[float] | tuple[float, ...]", int]]


def _scored_clauses(text: str, draft: _Draft, origin: list[int], scorer: SentenceModel) -> _Scored:
    """Each clause of the draft as (start, end) in the text, (start, end) in the normalised
    text, the model's score of each family in it and its number of words."""
    normalised = draft.text
    scored: _Scored = []
    for start, end in clauses(normalised):
        start, end = _trimmed(normalised, start, end)
        first, last = origin[start], _end_after_marks(text, origin[end - 1] + 1)
        clause = normalised[start:end]
        scored.append((first, last, start, end, scorer.totals(clause), word_count(clause)))
    return scored


def _vetoed(finding: Finding, scored: _Scored, scorer: SentenceModel) -> bool:
    """Whether a rule's "avoid" finding is dropped: the words of every clause it touches speak
    against its family."""
    if finding.severity != "avoid" or finding.modelled:
        return False
    touched = [
        (totals, words)
        for first, last, _, _, totals, words in scored
        if first < finding.end and last > finding.start
    ]
    return bool(touched) and all(scorer.vetoed(finding.family, *each) for each in touched)


def _modelled(
    draft: _Draft,
    lang: str,
    where: str,
    found: list[Finding],
    scored: _Scored,
    scorer: SentenceModel,
) -> list[Finding]:
    """The sentence model's findings: a clause whose score passes a family's threshold, unless a
    rule already found that family in it or what silences that family's rules (``unless``,
    ``clause_unless``: a remedy, a negation, a request) is there. Each speaks with the words of
    its family's rule."""
    speakers = _speakers(language(lang))
    added: list[Finding] = []
    for first, last, start, end, totals, _ in scored:
        for family in scorer.passed(totals):
            rule = speakers.get(family)
            if rule is None or where not in rule.fields:
                continue
            if any(f.family == family and f.start < last and f.end > first for f in found):
                continue
            if _silenced(draft, _family_rules(language(lang))[family], start, end):
                continue
            added.append(dataclasses.replace(_finding(rule, first, last), modelled=True))
    return added


def _silenced(draft: _Draft, family: tuple[Rule, ...], start: int, end: int) -> bool:
    """Whether a rule of the family is kept quiet in the clause ``start:end`` of the draft."""
    for rule in family:
        if draft.present(rule.unless):
            return True
        for matcher in rule.clause_unless:
            if any(s < end and e > start for s, e in draft.spans(matcher)):
                return True
    return False


@functools.cache
def _family_rules(lang: str) -> dict[str, tuple[Rule, ...]]:
    """The "avoid" rules of each family."""
    grouped: dict[str, tuple[Rule, ...]] = {}
    for rule in _load(lang):
        if rule.severity == "avoid":
            family = rule.family or rule.key
            grouped[family] = (*grouped.get(family, ()), rule)
    return grouped


@functools.cache
def _speakers(lang: str) -> dict[str, Rule]:
    """For each family, the rule whose message, suggestion and sources its model findings use:
    the rule named after it, else the first of its rules."""
    return {
        family: next((rule for rule in rules if rule.key == family), rules[0])
        for family, rules in _family_rules(lang).items()
    }


def language(lang: str) -> str:
    """The rules language used for ``lang``: its two-letter code if known, else English."""
    code = _LANGUAGE_END.split(lang.strip().lower(), maxsplit=1)[0]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def rules(lang: str) -> tuple[Rule, ...]:
    """The compiled rules for ``lang``, loaded and cached on first use.

    Compiling takes a noticeable fraction of a second, so an app may call this at start-up.
    """
    return _load(language(lang))


def prepare(lang: str) -> tuple[Rule, ...]:
    """``rules(lang)`` with every pattern compiled and the sentence model read, for a background
    task at start-up: both are otherwise done when a check first needs them."""
    sentence_model = model(language(lang))
    if sentence_model is not None:
        sentence_model.weights.update(sentence_model.rows())
    loaded = rules(lang)
    for rule in loaded:
        matchers = [rule.patterns] if rule.patterns is not None else []
        matchers += [m for group in rule.clauses for m in group]
        for matcher in [*matchers, *rule.expects, *rule.unless, *rule.clause_unless]:
            matcher.compile()
    return loaded


def rules_file(lang: str) -> str:
    """The path of ``coach/playbooks/<lang>/tone.toml``."""
    return os.path.join(os.path.dirname(HERE), "playbooks", lang, "tone.toml")


@functools.cache
def _load(lang: str) -> tuple[Rule, ...]:
    """The rules as scripts/tone_index.py compiled them if it ran since tone.toml last changed,
    else parsed from tone.toml."""
    source = f"coach/playbooks/{lang}/tone.toml"
    try:
        with open(rules_file(lang), encoding="utf-8") as file:
            text = file.read()
    except OSError as exc:
        raise ToneRulesError(f"{source}: cannot be read ({exc.strerror or exc}).") from exc
    ready = compiled.load(lang, text)
    return ready if ready is not None else parse_rules(text, source)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans in order, without the ones that overlap an earlier (or longer) one."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda span: (span[0], -span[1])):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


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
        family=rule.family or rule.key,
    )
