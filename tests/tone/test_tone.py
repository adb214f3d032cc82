"""The tone check as the wizard and the owner meet it: findings, spans, languages and fields."""

from __future__ import annotations

import dataclasses
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

from coach.text.languages import LANGUAGES
from coach.tone.checker import FIELDS, Finding, check, rules

ROOT = Path(__file__).resolve().parents[2]
EVAL = runpy.run_path(str(ROOT / "scripts" / "tone_eval.py"))


def keys(text: str, lang: str, field: str | None = None) -> set[str]:
    return {f.rule for f in check(text, lang, field)}


def spans(text: str, lang: str, field: str | None = None) -> dict[str, str]:
    return {f.rule: text[f.start : f.end] for f in check(text, lang, field) if f.start < f.end}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_labelled_set_reaches_target_precision_and_recall(lang: str) -> None:
    score = EVAL["score"](lang)
    assert score.drafts >= 30
    assert score.precision >= 0.9, score.mistakes
    assert score.recall >= 0.9, score.mistakes


# language: (precision, recall) of the whole check on the labelled set, as recorded in
# docs/coaching-quality.md: the sentence model's veto drops a few of the rules' findings.
WHOLE_CHECK = {"en": (1.0, 0.914), "ar": (0.987, 0.891), "fa": (1.0, 0.942)}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_whole_check_keeps_most_of_what_the_rules_find_on_the_labelled_set(lang: str) -> None:
    precision, recall = WHOLE_CHECK[lang]
    score = EVAL["score"](lang, rules_alone=False)
    assert score.precision >= precision, score.mistakes
    assert score.recall >= recall, score.mistakes


@pytest.mark.parametrize("lang", LANGUAGES)
def test_held_out_good_drafts_raise_nothing(lang: str) -> None:
    good = [d for d in EVAL["load_drafts"](lang) if d.heldout and not d.expect]
    assert len(good) >= 5
    for draft in good:
        assert check(draft.text, lang, draft.field) == [], draft.id


@pytest.mark.parametrize("lang", LANGUAGES)
def test_labelled_set_covers_every_rule_bad_and_good(lang: str) -> None:
    drafts = EVAL["load_drafts"](lang)
    labelled = set().union(*(d.expect for d in drafts))
    assert labelled == {r.key for r in rules(lang)}
    assert sum(1 for d in drafts if not d.expect) >= 10


def test_eval_script_prints_each_language() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "tone_eval.py")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert [line.split(":")[0] for line in lines] == list(LANGUAGES)
    assert all("precision" in line and "recall" in line for line in lines)


def test_english_bad_apology_is_flagged_where_it_says_it() -> None:
    text = "I understand, but according to company policy we can't refund. The system was down."
    found = spans(text, "en", "apology")
    assert found == {
        "understand_but": "I understand, but",
        "policy_speak": "according to company policy",
        "blame_system": "system was down",
    }
    for finding in check(text, "en", "apology"):
        assert finding.severity == "avoid"
        assert finding.message and finding.suggestion and finding.sources


def test_courier_and_policy_mentions_that_help_are_not_blame() -> None:
    assert check("Thank you! A new pair is on its way by courier tomorrow.", "en") == []
    text = (
        "Thanks for asking. Our returns policy gives you 30 days, and I'll extend it for you today."
    )
    assert check(text, "en") == []


def test_arabic_matches_through_harakat_tatweel_and_letter_variants() -> None:
    plain = "حسب سياسة الشركة لا يمكننا ذلك"
    for text in (
        plain,
        "حَسَبَ سِيَاسَةِ الشَّرِكَةِ لا يُمْكِنُنَا ذلك",
        "حسـب سيـاسة الشرکة لا یمکننا ذلك",
    ):
        found = spans(text, "ar", "apology")
        assert set(found) == {"policy_speak"}
        assert found["policy_speak"].startswith("ح")
    voweled = "أنتَ مخطئٌ"
    (finding,) = check(voweled, "ar", "apology")
    assert finding.rule == "contradict"
    assert voweled[finding.start : finding.end] == voweled


def test_persian_matches_with_zwnj_space_or_neither_and_arabic_letters() -> None:
    for text in (
        "کاری از دست ما برنمی‌آید.",
        "کاری از دست ما بر نمی آید.",
        "کاری از دست ما برنمیآید.",
        "كاري از دست ما برنمي‌آيد.",
    ):
        assert keys(text, "fa", "apology") == {"manager_handoff"}, text
    text = "لطفاً آروم باشید."
    assert spans(text, "fa", "apology") == {"calm_down": "آروم باشید"}


def test_repeated_apology_needs_a_second_sorry_and_no_plan() -> None:
    assert keys("I'm so sorry.", "en", "apology") == set()
    assert keys("Sorry, so sorry, really sorry.", "en", "apology") == {"repeated_apology"}
    planned = "Sorry, so sorry. I'll bring a new cake by 4 pm today."
    assert keys(planned, "en", "apology") == set()
    text = "Sorry! I'm sorry."
    reported = [text[f.start : f.end] for f in check(text, "en", "apology")]
    assert reported == ["sorry"]


def test_missing_things_are_reported_at_the_end_and_only_where_they_belong() -> None:
    text = "We have looked at the photos of the chair you sent us."
    findings = check(text, "en", "resolution")
    assert {f.rule for f in findings} == {"no_next_step", "no_thanks"}
    assert all(f.severity == "suggest" and f.start == f.end == len(text) for f in findings)
    assert keys(text, "en") == {"no_next_step", "no_thanks"}
    assert keys(text, "en", "reply") == {"no_next_step", "no_thanks"}
    assert keys(text, "en", "steps") == {"no_next_step"}
    assert keys(text, "en", "apology") == set()
    assert keys("Refund sent.", "en", "resolution") == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Thank you for waiting. Your refund of £20 was sent to your card today."),
        ("ar", "شكرًا على صبرك. أعدنا إليك عشرين دينارًا اليوم إلى بطاقتك."),
        ("fa", "ممنون از صبرتان. مبلغ را همین امروز به کارتتان برگرداندم."),
    ],
)
def test_good_resolution_in_each_language_raises_nothing(lang: str, text: str) -> None:
    assert check(text, lang, "resolution") == []


def test_unknown_language_uses_english_and_locales_use_their_language() -> None:
    text = "Calm down, please."
    assert keys(text, "de", "apology") == {"calm_down"}
    assert keys(text, "", "apology") == {"calm_down"}
    assert keys("آروم باشید.", "fa_IR", "apology") == {"calm_down"}
    assert keys("اهدأ من فضلك.", "ar-JO", "apology") == {"calm_down"}


def test_empty_text_and_unknown_field() -> None:
    assert check("", "en") == []
    assert check("   \n", "fa") == []
    with pytest.raises(ValueError, match="Unknown field 'notes'"):
        check("text", "en", "notes")


def test_findings_are_frozen_and_in_text_order() -> None:
    text = "The courier lost it. Calm down. According to our policy, no refunds."
    findings = check(text, "en", "apology")
    assert [f.start for f in findings] == sorted(f.start for f in findings)
    assert isinstance(findings[0], Finding)
    with pytest.raises(dataclasses.FrozenInstanceError):
        findings[0].rule = "other"  # type: ignore[misc]


def test_languages_raise_the_same_families_with_the_same_severities_and_fields() -> None:
    """Each language words its rules its own way (their keys may differ), but every language
    finds the same families, each with the same severity and in the same fields."""
    shapes = {}
    for lang in LANGUAGES:
        fields: dict[tuple[str, str], set[str]] = {}
        for r in rules(lang):
            fields.setdefault((r.family or r.key, r.severity), set()).update(r.fields)
        shapes[lang] = fields
        assert len({r.key for r in rules(lang)}) == len(rules(lang))
    assert shapes["ar"] == shapes["en"] == shapes["fa"]
    assert {r.severity for r in rules("en")} == {"avoid", "suggest"}
    assert set().union(*(r.fields for r in rules("en"))) == set(FIELDS)


def test_rule_sources_are_catalogued_principles() -> None:
    catalogue = ROOT.parent / "shared" / "seeds" / "PRINCIPLES.md"
    if not catalogue.exists():
        pytest.skip("the seeds catalogue is not beside the project")
    text = catalogue.read_text(encoding="utf-8")
    for lang in LANGUAGES:
        for rule in rules(lang):
            for source in rule.sources:
                assert f"| {source} |" in text, (lang, rule.key, source)


def test_a_2000_character_draft_gets_findings_inside_it() -> None:
    drafts = [d.text for d in EVAL["load_drafts"]("fa")]
    text = " ".join(drafts)[:2000]
    findings = check(text, "fa")
    assert findings
    assert all(0 <= f.start <= f.end <= len(text) for f in findings)


def test_curly_apostrophes_match_like_straight_ones() -> None:
    for text in ("I'll pass you to the manager.", "I’ll pass you to the manager."):
        assert spans(text, "en", "apology") == {"manager_handoff": text[:-1]}
