"""The playbooks teach the seed principles they cite, as the seeds say them, and name things the
way the screens do (fixes from the native review of issue 10)."""

from __future__ import annotations

import pytest

from coach.playbooks import load_playbook
from coach.text.languages import LANGUAGES
from coach.text.localise import to_latin_digits

BAD_EXPERIENCE = {"en": "bad experience", "ar": "بتجارب سيئة", "fa": "تجربهٔ بدی"}
ADDRESS = {"en": "address", "ar": "عنوانه", "fa": "نشانی"}
AFTER_THE_FIX = {"en": "after the fix", "ar": "من تنفيذ الحل", "fa": "بعد از اجرای راه‌حل"}
ASK_FIRST_CAVEAT = {
    "en": "good opinion you value",
    "ar": "يهمّك رأيها",
    "fa": "نظرش برایتان مهم است",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_s6_and_w3_are_cited_only_at_stages_that_teach_them(lang: str) -> None:
    book = load_playbook(lang)
    for stage in book.stages():
        assert "000:S6" not in stage.sources, stage.key
        if "002:W3" in stage.sources:
            assert "46" in to_latin_digits(" ".join(stage.tips)), stage.key
    assert [s.key for s in book.stages() if "002:W3" in s.sources] == ["resolve"]
    assert "000:S6" in book.sign("dishonest_claims").sources


@pytest.mark.parametrize("lang", LANGUAGES)
def test_w3_says_the_survey_asked_people_after_a_bad_experience(lang: str) -> None:
    article = load_playbook(lang).article("feeling_valued")
    assert article is not None and "002:W3" in article.sources
    assert BAD_EXPERIENCE[lang] in article.body
    assert BAD_EXPERIENCE[lang].split()[-1] in article.summary


@pytest.mark.parametrize("lang", LANGUAGES)
def test_u1_r7_and_a3_keep_what_the_seeds_say(lang: str) -> None:
    book = load_playbook(lang)
    listen = {item.key: item.text for item in book.stage("listen").checklist}
    assert ADDRESS[lang] in listen["contact_details"]
    follow_up = book.stage("follow_up")
    contacted = {item.key: item.text for item in follow_up.checklist}["contacted"]
    assert AFTER_THE_FIX[lang] in contacted and AFTER_THE_FIX[lang] in follow_up.tips[0]
    assert AFTER_THE_FIX[lang] in follow_up.goal
    refer = book.decision("refer_elsewhere")
    assert refer is not None and any(ASK_FIRST_CAVEAT[lang] in step for step in refer.steps)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_resolve_stage_names_outcomes_as_the_screens_do(lang: str) -> None:
    book = load_playbook(lang)
    tip = book.stage("resolve").tips[0].casefold()
    for key in ("replacement", "refund", "exchange", "repair"):
        assert book.label(key, "wanted_outcome").casefold() in tip, key
