"""The sample complaints: repeatable, valid, consistent, and written properly in each language."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from coach.complaints.rules import status_for, value_problems
from coach.complaints.vocabulary import FAULTS, OUTCOMES, ROOT_CAUSES
from coach.demo import demo_complaints
from coach.demo.generator import TEXTS

TODAY = date(2026, 11, 26)


def test_the_same_seed_and_day_give_the_same_complaints() -> None:
    first = list(demo_complaints(200, 3, "mixed", seed=9, today=TODAY))
    again = list(demo_complaints(200, 3, "mixed", seed=9, today=TODAY))
    other = list(demo_complaints(200, 3, "mixed", seed=10, today=TODAY))
    assert first == again
    assert first != other


def test_complaints_are_valid_and_their_timeline_is_consistent() -> None:
    for complaint, events in demo_complaints(500, 6, "mixed", seed=1, today=TODAY):
        assert value_problems(complaint) == []
        assert complaint.created_at < datetime(2026, 11, 26)
        expected = "closed" if complaint.status == "closed" else status_for(complaint.stage)
        if complaint.follow_up_result != "not_resolved":
            assert complaint.status == expected
        assert events[0].kind == "created"
        assert [e.at for e in events] == sorted(e.at for e in events)
        assert complaint.updated_at == events[-1].at


@pytest.mark.parametrize("lang", ["en", "ar", "fa"])
def test_every_language_has_texts_for_every_key(lang: str) -> None:
    texts = TEXTS[lang]
    assert set(texts.STORIES) == set(ROOT_CAUSES) == set(texts.LESSONS)
    assert all(len(stories) >= 3 for stories in texts.STORIES.values())
    assert set(texts.APOLOGIES) == set(FAULTS)
    assert set(texts.RESOLUTIONS) == set(OUTCOMES)
    assert len(texts.FIRST_NAMES) >= 15 and len(texts.LAST_NAMES) >= 15


def all_text(lang: str) -> str:
    texts = TEXTS[lang]
    parts = [t for stories in texts.STORIES.values() for story in stories for t in story]
    parts += [
        t for group in (texts.APOLOGIES, texts.RESOLUTIONS) for v in group.values() for t in v
    ]
    parts += list(texts.LESSONS.values()) + list(texts.NOTES)
    parts += [name for name, _ in texts.FIRST_NAMES + texts.LAST_NAMES]
    return "\n".join(parts)


def test_persian_uses_persian_letters_and_zwnj_and_arabic_stays_arabic() -> None:
    persian, arabic = all_text("fa"), all_text("ar")
    assert not re.search("[\u064a\u0643]", persian)  # Arabic yeh and kaf
    assert "\u200c" in persian and "ی" in persian and "ک" in persian
    assert not re.search("[یکپچژگ]", arabic)
    assert "lorem" not in (persian + arabic + all_text("en")).lower()


def test_one_language_only() -> None:
    for complaint, _ in demo_complaints(60, 2, "ar", seed=2, today=TODAY):
        assert re.search("[\u0600-\u06ff]", complaint.description)
        assert not re.search("[یکپچژگ]", complaint.description + complaint.customer.name)
