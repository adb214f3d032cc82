"""Regression guard on the held-out third and the sealed batches of the wording corpus
(tests/tone/corpus).

The floors are the figures recorded in docs/coaching-quality.md; this only says whether a change
made the check worse on drafts nobody tuned it on. It lists no drafts and is not a tuning loop.
"""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = runpy.run_path(str(ROOT / "scripts" / "tone_corpus_eval.py"))

# language: (precision at least, recall at least, share of good drafts with a suggestion at most)
RECORDED = {
    "en": (0.950, 0.734, 0.065),
    "ar": (0.983, 0.786, 0.065),
    "fa": (0.984, 0.677, 0.0),
}
SEALED = {
    "en": (0.961, 0.765, 0.0),
    "ar": (0.942, 0.828, 0.084),
    "fa": (0.987, 0.816, 0.042),
}


@pytest.mark.parametrize(
    ("part", "lang"), [(p, lang) for p in ("heldout", "sealed") for lang in sorted(RECORDED)]
)
def test_held_out_and_sealed_figures_stay_at_the_recorded_level(part: str, lang: str) -> None:
    precision, recall, flagged = (RECORDED if part == "heldout" else SEALED)[lang]
    score = CORPUS["score"](lang, part)
    assert score.drafts >= (75 if part == "heldout" else 120)
    assert score.precision >= precision
    assert score.recall >= recall
    assert score.good_flagged_share <= flagged


def test_the_train_part_never_contains_a_held_out_draft() -> None:
    for lang in RECORDED:
        held = CORPUS["held_out_ids"](lang)
        train = {draft.id for draft in CORPUS["load"](lang, "train")}
        assert held and train and not held & train


def test_the_train_part_never_contains_a_sealed_batch() -> None:
    for lang in RECORDED:
        sealed = {draft.id for draft in CORPUS["load"](lang, "sealed")}
        train = {draft.id for draft in CORPUS["load"](lang, "train")}
        assert len(sealed) >= 100 and train and not sealed & train
