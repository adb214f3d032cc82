"""The wording check's sentence model (coach/tone/model.py): shipped for every language, trained on
the current train split, and its findings speak as the rules' do: a family, principle IDs and a
better wording in the draft's language, with the clause as span."""

from __future__ import annotations

import json
import runpy
from dataclasses import replace
from pathlib import Path

import pytest

from coach.text.languages import LANGUAGES
from coach.tone import checker
from coach.tone.checker import check
from coach.tone.model import SentenceModel, model

ROOT = Path(__file__).resolve().parents[2]
TRAIN = runpy.run_path(str(ROOT / "scripts" / "tone_train.py"))


def train_drafts(lang: str) -> list:  # type: ignore[type-arg]
    return TRAIN["load"](lang, "train")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_language_ships_a_model_of_the_current_train_split(lang: str) -> None:
    shipped = json.loads((ROOT / "coach" / "tone" / f"model_{lang}.json").read_text("utf-8"))
    drafts = train_drafts(lang)
    assert shipped["corpus"] == TRAIN["corpus_digest"](drafts, lang), (
        f"the corpus changed: run .venv/bin/python scripts/tone_train.py {lang}"
    )
    loaded = model(lang)
    assert loaded is not None
    assert set(loaded.families) == {family for d in drafts for family in d.families}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_model_findings_speak_as_the_rules_of_their_family_do(lang: str) -> None:
    families = {rule.family or rule.key for rule in checker.rules(lang)}
    right = 0
    for draft in train_drafts(lang):
        findings = check(draft.text, lang)
        for finding in (f for f in findings if f.modelled):
            assert finding.severity == "avoid"
            assert finding.sources and finding.suggestion and finding.message
            assert finding.family in families
            assert finding.suggestion in {
                r.suggestion for r in checker.rules(lang) if (r.family or r.key) == finding.family
            }
            clause = draft.text[finding.start : finding.end]
            assert clause == clause.strip() and clause
            assert not any(
                other.family == finding.family
                and not other.modelled
                and other.start < finding.end
                and other.end > finding.start
                for other in findings
            )
            right += finding.family in draft.families
    assert right >= 3


def test_without_a_model_the_rules_alone_speak(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Hi Jo, sorry about that. It's only a tiny scratch, honestly, nobody will notice it."
    monkeypatch.setattr(checker, "model", lambda lang: None)
    assert not any(f.modelled for f in check(text, "en"))


def _one_family_model(words: dict[str, float], margin: float) -> SentenceModel:
    """A model of one family, calm_down, whose only features are whole words."""
    return SentenceModel(
        ("calm_down",),
        (-4.0,),
        (0.99,),
        {"w" + word: [(0, weight)] for word, weight in words.items()},
        veto_margins=(margin,),
    )


def test_a_rule_finding_is_dropped_where_the_clause_speaks_against_its_family(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "Please calm down, the fridge will be back with you before Friday noon. Thank you."
    assert "calm_down" in {f.family for f in check(text, "en")}
    against = _one_family_model({"fridge": -2.5, "friday": -1.0}, margin=3.0)
    monkeypatch.setattr(checker, "model", lambda lang: against)
    assert "calm_down" not in {f.family for f in check(text, "en")}
    barely = _one_family_model({"fridge": -2.5}, margin=3.0)
    monkeypatch.setattr(checker, "model", lambda lang: barely)
    assert "calm_down" in {f.family for f in check(text, "en")}


def test_a_short_clause_or_a_model_without_vetoes_keeps_the_rule_finding(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    short = "Please calm down, the fridge is coming. Thank you."
    against = _one_family_model({"fridge": -9.0}, margin=0.0)
    monkeypatch.setattr(checker, "model", lambda lang: against)
    assert "calm_down" in {f.family for f in check(short, "en")}
    text = "Please calm down, the fridge will be back with you before Friday noon. Thank you."
    assert "calm_down" not in {f.family for f in check(text, "en")}
    monkeypatch.setattr(checker, "model", lambda lang: replace(against, veto_margins=()))
    assert "calm_down" in {f.family for f in check(text, "en")}
