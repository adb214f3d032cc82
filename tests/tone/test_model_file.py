"""The sentence model's file: what ``to_json`` writes, ``from_json`` reads back to the same
weights (four decimal places), reading its rows only as clauses need them."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from coach.text.languages import LANGUAGES
from coach.tone.model import SentenceModel, features, model
from coach.tone.patterns import HERE

CLAUSES = [
    "it's not our fault, the courier lost it",
    "calm down please",
    "we will refund you by friday",
    "لا تقلق سنرسل البديل غدا",
    "این تقصیر ما نیست",
]


def trained() -> SentenceModel:
    """A model with random weights over the features of ``CLAUSES`` and some others."""
    chance = random.Random(3)
    names = sorted({f for clause in CLAUSES for f in features(clause)} | {"wunused", "b a b"})
    weights = {
        name: [(family, chance.uniform(-3, 3)) for family in sorted(chance.sample(range(5), 2))]
        for name in names
    }
    families = tuple(f"family_{n}" for n in range(5))
    return SentenceModel(families, (-4.2, -3.0, -5.5, -4.0, -2.25), (0.5,) * 5, weights)


def rounded(original: SentenceModel) -> SentenceModel:
    weights = {f: [(i, round(w, 4)) for i, w in row] for f, row in original.weights.items()}
    return SentenceModel(original.families, original.bias, original.thresholds, weights)


def test_a_model_reads_back_with_the_same_weights_and_scores() -> None:
    original = trained()
    read = SentenceModel.from_json(original.to_json())
    assert read.families == original.families
    assert read.rows() == rounded(original).weights
    for clause in CLAUSES:
        assert read.scores(clause) == rounded(original).scores(clause)
        assert read.found(clause) == rounded(original).found(clause)
    assert SentenceModel.from_json(read.to_json()).rows() == read.rows()


def test_rows_are_read_as_clauses_need_them() -> None:
    read = SentenceModel.from_json(trained().to_json())
    assert read.weights == {}
    read.scores(CLAUSES[1])
    assert set(read.weights) == features(CLAUSES[1]) & set(read.rows())


def test_the_earlier_layout_is_still_read() -> None:
    original = trained()
    earlier = {
        "families": original.families,
        "bias": original.bias,
        "thresholds": original.thresholds,
        "weights": {f: [[i, round(w, 4)] for i, w in row] for f, row in original.weights.items()},
    }
    read = SentenceModel.from_json(json.dumps(earlier))
    assert read.rows() == rounded(original).weights
    assert [read.scores(c) for c in CLAUSES] == [rounded(original).scores(c) for c in CLAUSES]


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data.update(rows=data["rows"][:-8]),
        lambda data: data.update(rows="not base64 at all!"),
        lambda data: data.update(features=data["features"] + "\nwextra"),
        lambda data: data.pop("rows"),
    ],
)
def test_a_damaged_file_is_refused_with_value_or_key_error(
    damage: Callable[[dict[str, Any]], object],
) -> None:
    data = json.loads(trained().to_json())
    damage(data)
    with pytest.raises((ValueError, KeyError)):
        SentenceModel.from_json(json.dumps(data))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_shipped_model_is_in_the_compact_layout(lang: str) -> None:
    path = Path(HERE) / f"model_{lang}.json"
    if not path.exists():
        pytest.skip(f"no sentence model for {lang}")
    data = json.loads(path.read_text("utf-8"))
    assert "weights" not in data, "an earlier layout, slow to read: run scripts/tone_train.py"
    assert model(lang) is not None
