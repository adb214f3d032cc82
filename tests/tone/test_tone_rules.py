"""Tone rules files are validated on load, with errors that name the file, the rule and the field."""

from __future__ import annotations

import pytest

from coach.errors import CoachError
from coach.tone.checker import ToneRulesError, parse_rules
from coach.tone.patterns import Words


def found(rule_patterns: object, text: str) -> bool:
    assert rule_patterns is not None
    return rule_patterns.search(text, Words(text))  # type: ignore[attr-defined, no-any-return]


GOOD = """
[terms]
sorry = "\\\\bsorry\\\\b"

[[rule]]
key = "repeated_apology"
severity = "avoid"
sources = ["002:W2"]
message = "Too many apologies."
suggestion = "Say the plan."
patterns = ["{sorry}"]
min_count = 2

[[rule]]
key = "no_thanks"
severity = "suggest"
sources = ["001:R6"]
fields = ["reply", "resolution"]
message = "No thanks."
suggestion = "Thank them."
expects = ["thank"]
"""


def broken(old: str, new: str) -> str:
    assert old in GOOD
    return GOOD.replace(old, new, 1)


def test_good_file_loads_with_terms_expanded() -> None:
    apology, thanks = parse_rules(GOOD, "my/tone.toml")
    assert apology.key == "repeated_apology" and apology.min_count == 2
    assert found(apology.patterns, "so sorry") and not found(apology.patterns, "sorrynot")
    assert thanks.fields == frozenset({"reply", "resolution"})


def test_arabic_and_persian_letters_in_patterns_are_normalised() -> None:
    text = broken('patterns = ["{sorry}"]', 'patterns = ["آسفة", "مي‌شود"]')
    (apology, _) = parse_rules(text, "ar/tone.toml")
    assert found(apology.patterns, "اسفه") and found(apology.patterns, "میشود")


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            'severity = "avoid"',
            "severity = 'never'",
            "my/tone.toml, rule 'repeated_apology', field 'severity'",
        ),
        (
            'message = "Too many apologies."',
            "",
            "rule 'repeated_apology', field 'message': missing",
        ),
        ('sources = ["002:W2"]', 'sources = ["W2"]', "field 'sources': 'W2' is not an ID"),
        ('sources = ["002:W2"]', "sources = []", "field 'sources': must be a non-empty list"),
        ('patterns = ["{sorry}"]', 'patterns = ["(sorry"]', "field 'patterns': bad regex '(sorry'"),
        (
            'patterns = ["{sorry}"]',
            'patterns = ["{apology}"]',
            "field 'patterns': unknown term {apology}",
        ),
        (
            'patterns = ["{sorry}"]',
            "",
            "rule 'repeated_apology', field 'patterns': must be a non-empty",
        ),
        (
            'patterns = ["{sorry}"]',
            'expects = ["x"]',
            "field 'expects': a 'avoid' rule uses 'patterns'",
        ),
        ("min_count = 2", "min_count = -1", "field 'min_count': must be a whole number"),
        ("min_count = 2", "colour = 2", "field 'colour': unknown field"),
        (
            'fields = ["reply", "resolution"]',
            'fields = ["notes"]',
            "rule 'no_thanks', field 'fields': 'notes'",
        ),
        ('key = "no_thanks"', 'key = "repeated_apology"', "field 'key': used twice"),
        ('key = "no_thanks"', 'key = "No Thanks"', "rule #2, field 'key'"),
        ("[terms]", "[words]", "unknown table 'words'"),
        ('sorry = "\\\\bsorry\\\\b"', 'sorry = "(("', "term 'sorry': bad regex"),
        ('[[rule]]\nkey = "repeated', '[[rule]\nkey = "repeated', "not valid TOML"),
    ],
)
def test_each_error_names_file_rule_and_field(old: str, new: str, expected: str) -> None:
    with pytest.raises(ToneRulesError) as raised:
        parse_rules(broken(old, new), "my/tone.toml")
    assert expected in raised.value.message
    assert raised.value.message.startswith("my/tone.toml")
    assert isinstance(raised.value, CoachError)


def test_file_without_rules_is_refused() -> None:
    with pytest.raises(ToneRulesError, match="has no \\[\\[rule\\]\\] entries"):
        parse_rules("[terms]\n", "empty.toml")


CLAUSES = """
[[rule]]
key = "blame_system"
severity = "avoid"
sources = ["004:E1"]
message = "Blames the system."
suggestion = "Own it."
clauses = [["\\\\bsystem\\\\b", "\\\\b(?:down|crashed)\\\\b"]]
clause_unless = ["\\\\bfixed\\\\b"]

[[rule]]
key = "not_our_fault"
family = "blame_third_party"
severity = "avoid"
sources = ["004:E1"]
message = "Not our fault."
suggestion = "Own it."
patterns = ["\\\\bnot our fault\\\\b"]
yields_to = ["blame_system"]
"""


def test_clause_rules_need_all_parts_in_one_clause_in_any_order() -> None:
    blame, disclaimer = parse_rules(CLAUSES, "clauses.toml")
    assert blame.family == "blame_system" and disclaimer.family == "blame_third_party"
    assert len(blame.clauses) == 1 and disclaimer.yields_to == {"blame_system"}


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('clauses = [["', 'clauses = [["x"], ["', "each entry must list two or more regexes"),
        ('yields_to = ["blame_system"]', 'yields_to = ["nothing"]', "no rule 'nothing'"),
        ('family = "blame_third_party"', 'family = "Third Party"', "field 'family'"),
    ],
)
def test_clause_fields_are_validated(old: str, new: str, expected: str) -> None:
    with pytest.raises(ToneRulesError) as raised:
        parse_rules(CLAUSES.replace(old, new, 1), "clauses.toml")
    assert expected in raised.value.message
