"""The fast paths of the tone check give the same results as the plain ones."""

from __future__ import annotations

import json
import random
import runpy
from importlib.resources import files
from pathlib import Path

import pytest

from coach.text.languages import LANGUAGES
from coach.text.normalise import normalise_with_offsets
from coach.tone import patterns as tone_match
from coach.tone.checker import parse_rules

ROOT = Path(__file__).resolve().parents[2]
EVAL = runpy.run_path(str(ROOT / "scripts" / "tone_eval.py"))


def test_fast_normalising_gives_the_same_text_and_offsets() -> None:
    texts = [d.text for lang in LANGUAGES for d in EVAL["load_drafts"](lang)]
    texts += ["", " ", "  lead and trail  ", "x\n\n\ty", "a\u0301b", "ﻻ ﷲ ß İ ﬁ", "ا\u0653"]
    letters = "abc ABC\u064b\u064e\u0651 ی ي ك ک\u200c\u200f\t\n۱٢3ةۀأإآؤئ؟.,'’\u00ad\ufeff"
    chance = random.Random(7)
    texts += ["".join(chance.choices(letters, k=chance.randint(0, 60))) for _ in range(2000)]
    for text in texts:
        assert tone_match.normalised_with_offsets(text) == normalise_with_offsets(text), text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_word_index_finds_what_a_full_scan_finds(
    lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = files("coach.playbooks").joinpath(lang, "tone.toml").read_text(encoding="utf-8")
    indexed = parse_rules(source, "indexed")
    monkeypatch.setattr(tone_match, "_INTERNALS", None)
    scanned = parse_rules(source, "scanned")
    assert all(r.patterns.at_words for r in indexed if r.patterns is not None)
    assert all(not r.patterns.at_words for r in scanned if r.patterns is not None)
    for draft in EVAL["load_drafts"](lang):
        text = tone_match.normalised_with_offsets(draft.text)[0]
        words = tone_match.Words(text)
        for fast, slow in zip(indexed, scanned, strict=True):
            if fast.patterns is not None and slow.patterns is not None:
                fast_starts = [start for start, _ in fast.patterns.spans(text, words)]
                slow_starts = [start for start, _ in slow.patterns.spans(text, words)]
                assert fast_starts == slow_starts, (draft.id, fast.key)
            pairs = zip(fast.unless + fast.expects, slow.unless + slow.expects, strict=True)
            for quick, plain in pairs:
                assert quick.search(text, words) == plain.search(text, words), (draft.id, fast.key)


def test_prefix_index_knows_every_shipped_pattern() -> None:
    index_script = runpy.run_path(str(ROOT / "scripts" / "tone_index.py"))
    shipped = json.loads((ROOT / "coach" / "tone" / "prefix_index.json").read_text("utf-8"))
    assert index_script["bodies"]().keys() <= shipped.keys(), "run scripts/tone_index.py"


def test_a_pattern_made_of_terms_is_still_tried_only_at_word_starts() -> None:
    matcher = tone_match.compile_matcher([r"(?:(?:\bcourier|\bdriver)|(?<!\w)van\b)"])
    assert matcher.anywhere is None and matcher.at_words
    text = "the driver and the van"
    assert [text[a:b] for a, b in matcher.spans(text, tone_match.Words(text))] == ["driver", "van"]
