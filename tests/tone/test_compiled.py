"""The precompiled tone rules (coach/tone/rules_<lang>.json) are the rules of tone.toml, and the
check falls back to tone.toml whenever they are not."""

from __future__ import annotations

import json
import re
import runpy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from coach.text.languages import LANGUAGES
from coach.tone import checker, compiled
from coach.tone.patterns import Lazy, Matcher
from coach.tone.rulefile import Rule, parse_rules

ROOT = Path(__file__).resolve().parents[2]
EVAL = runpy.run_path(str(ROOT / "scripts" / "tone_eval.py"))
INDEX = runpy.run_path(str(ROOT / "scripts" / "tone_index.py"))


def toml(lang: str) -> str:
    return Path(checker.rules_file(lang)).read_text(encoding="utf-8")


def decoded(text: str) -> dict[str, Any]:
    """A rules file with each regex's code unpacked (packing may differ between zlib builds)."""
    data = json.loads(text)
    for row in data["regexes"]:
        row[-1] = compiled.code_words(row[-1])
    return data


def regexes(rules: tuple[Rule, ...]) -> list[Lazy]:
    found: dict[int, Lazy] = {}
    for rule in rules:
        matchers: list[Matcher] = [rule.patterns] if rule.patterns is not None else []
        matchers += [*rule.expects, *rule.unless, *rule.clause_unless]
        matchers += [m for group in rule.clauses for m in group]
        for matcher in matchers:
            lazies = [lazy for lazy, _, _ in matcher.at_words]
            lazies += [matcher.anywhere] if matcher.anywhere is not None else []
            found.update((id(lazy), lazy) for lazy in lazies)
    return list(found.values())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_shipped_file_is_the_compiled_tone_toml(lang: str) -> None:
    shipped = Path(compiled.path(lang)).read_text(encoding="utf-8")
    stale = "tone.toml changed: run scripts/tone_index.py"
    assert json.loads(shipped)["toml"] == compiled.fingerprint(toml(lang)), stale
    assert decoded(shipped) == decoded(INDEX["compiled_rules"](lang)), stale
    assert compiled.load(lang, toml(lang)) is not None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_compiled_rules_find_what_the_toml_rules_find(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = toml(lang)
    parsed = parse_rules(text, "toml")
    ready = compiled.rules_from(json.loads(compiled.dump(parsed, text)))
    assert [r.key for r in ready] == [r.key for r in parsed]
    for lazy in regexes(ready):
        assert lazy.regex == re.compile(lazy.source)  # same code, flags and groups
    drafts = [d.text for d in EVAL["load_drafts"](lang)]
    results = []
    for rules in (parsed, ready):
        monkeypatch.setattr(checker, "_load", lambda _lang, rules=rules: rules)
        checker._speakers.cache_clear()
        results.append([checker.check(draft, lang) for draft in drafts])
    checker._speakers.cache_clear()
    assert results[0] == results[1]


def test_a_changed_tone_toml_is_read_from_the_toml() -> None:
    assert compiled.load("en", toml("en") + "\n# an edit\n") is None
    assert compiled.load("en", toml("en")) is not None


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],
        lambda text: text.replace('"rules":', '"rulez":', 1),
        lambda text: "[]",
    ],
)
def test_a_damaged_file_is_not_used(
    damage: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    damaged = tmp_path / "rules_en.json"
    damaged.write_text(damage(Path(compiled.path("en")).read_text("utf-8")), "utf-8")
    monkeypatch.setattr(compiled, "path", lambda lang: str(damaged))
    assert compiled.load("en", toml("en")) is None
    monkeypatch.setattr(compiled, "path", lambda lang: str(tmp_path / "missing.json"))
    assert compiled.load("en", toml("en")) is None


def test_code_for_another_python_is_not_used() -> None:
    text = toml("en")
    data = json.loads(compiled.dump(parse_rules(text, "toml"), text))
    data["engine"] = "another-python sre 1 4"
    ready = compiled.rules_from(data)
    for lazy in regexes(ready):
        assert lazy._built is None
        assert lazy.regex == re.compile(lazy.source)


def test_a_regex_whose_code_fails_is_compiled_from_its_text() -> None:
    def broken() -> re.Pattern[str]:
        raise RuntimeError("invalid SRE code")

    lazy = Lazy(r"\bsorry\b", broken)
    assert lazy.match("so sorry", 3) is not None


def test_the_first_check_reads_no_toml_and_parses_no_regex() -> None:
    script = (
        "import sys\n"
        "from re import _parser\n"
        "from coach.tone.checker import check\n"
        "parsed = []\n"
        "parse = _parser.parse\n"
        "_parser.parse = lambda *a, **k: parsed.append(a[0]) or parse(*a, **k)\n"
        "for lang in sys.argv[1:]:\n"
        "    check('Calm down, it is not our fault. Sorry, sorry, sorry.', lang)\n"
        "print(len(parsed), sorted(m for m in ('tomllib', 'coach.playbooks', 'importlib.resources')"
        " if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, *LANGUAGES], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "0 []", "stale rules files? run scripts/tone_index.py"
