"""The wording check's sentence model: a linear model over the words, word pairs and character
n-grams of each clause that scores it for every family the rules look for.

It is trained from the corpus's train split by ``scripts/tone_train.py`` and shipped as data,
``coach/tone/model_<lang>.json``; scoring needs nothing but the standard library. A clause is
reported for a family when its score passes that family's threshold, which the training chose
for precision on drafts it had not been fitted to.
"""

from __future__ import annotations

import functools
import json
import math
import os
import re
import sys
import zlib
from array import array
from binascii import a2b_base64, b2a_base64
from collections.abc import Container, Iterator
from dataclasses import dataclass, field
from itertools import accumulate

from coach.tone.patterns import HERE

CLAUSE_END = re.compile(r"[!?؟;؛…\n]|\.(?!\d)")
_WORD = re.compile(r"\w+(?:'\w+)?")
GRAMS = (5,)
VETO_MIN_WORDS = 9
"""A clause shorter than this keeps the rules' findings whatever the model says: its few words,
most of them common ones, say too little against a family."""


def clauses(normalised: str) -> Iterator[tuple[int, int]]:
    """The clauses of a normalised draft as (start, end) without their closing marks."""
    start = 0
    for mark in CLAUSE_END.finditer(normalised):
        if normalised[start : mark.start()].strip():
            yield start, mark.start()
        start = mark.end()
    if normalised[start:].strip():
        yield start, len(normalised)


def word_count(clause: str) -> int:
    """The number of words in a normalised clause, as ``features`` counts them."""
    return len(_WORD.findall(clause))


def features(clause: str) -> set[str]:
    """The words (``w``), word pairs (``b``) and character n-grams (``c``) of a normalised
    clause, words padded with spaces."""
    words = _WORD.findall(clause)
    found = {"w" + word for word in words}
    found.update(
        "b" + first + " " + second for first, second in zip(words, words[1:], strict=False)
    )
    padded = " " + " ".join(words) + " "
    for size in GRAMS:
        found.update("c" + padded[i : i + size] for i in range(len(padded) - size + 1))
    return found


class PackedRows:
    """The rows of a model file, read one at a time when a clause first has their feature:
    ``numbers[feature]`` is its row; a row is (family index, weight) pairs, each weight stored
    as a whole number of ten-thousandths (``SentenceModel.to_json`` rounds to four places)."""

    __slots__ = ("numbers", "_families", "_weights", "_offsets")

    def __init__(self, features: list[str], counts: bytes, families: bytes, weights: array[int]):
        if len(counts) != len(features) or not len(weights) == len(families) == sum(counts):
            raise ValueError("the model's rows do not match its features")
        self.numbers = dict(zip(features, range(len(features)), strict=True))
        self._families = families
        self._weights = weights
        self._offsets = list(accumulate(counts, initial=0))

    def row(self, feature: str) -> list[tuple[int, float]]:
        number = self.numbers[feature]
        families, weights = self._families, self._weights
        return [
            (families[j], weights[j] / _SCALE)
            for j in range(self._offsets[number], self._offsets[number + 1])
        ]

    @classmethod
    def from_text(cls, features: str, rows: str) -> PackedRows:
        """From ``to_text``'s two strings."""
        names = features.split("\n") if features else []
        try:
            data = zlib.decompress(a2b_base64(rows))
        except zlib.error as exc:
            raise ValueError(f"the model's rows are damaged ({exc})") from exc
        count = len(names)
        size = sum(data[:count])
        weights = array("i", data[count + size :])
        if sys.byteorder == "big":
            weights.byteswap()
        return cls(names, data[:count], data[count : count + size], weights)

    @staticmethod
    def to_text(rows: dict[str, list[tuple[int, float]]]) -> tuple[str, str]:
        """The features, one a line, and the rows (base64 of zlib of the counts, the family
        indexes as bytes and the weights as little-endian int32), features in sorted order."""
        features = sorted(rows)
        if any("\n" in feature for feature in features):
            raise ValueError("a feature holds a line break")
        counts = bytes(len(rows[f]) for f in features)
        families = bytes(index for f in features for index, _ in rows[f])
        weights = array("i", (round(round(w, 4) * _SCALE) for f in features for _, w in rows[f]))
        if sys.byteorder == "big":
            weights.byteswap()
        packed = zlib.compress(counts + families + weights.tobytes(), 9)
        return "\n".join(features), b2a_base64(packed, newline=False).decode("ascii")


_SCALE = 10000


@dataclass(frozen=True)
class SentenceModel:
    """One language's weights: ``weights[feature]`` is a list of (family index, weight).

    A model read by ``from_json`` starts with no ``weights``: each row is taken from ``packed``
    the first time a clause has its feature (reading them all would take longer than a check);
    ``rows()`` has every row either way."""

    families: tuple[str, ...]
    bias: tuple[float, ...]
    thresholds: tuple[float, ...]
    weights: dict[str, list[tuple[int, float]]]
    packed: PackedRows | None = field(default=None, compare=False, repr=False)
    veto_margins: tuple[float | None, ...] = ()
    """For each family, how far a clause's words must pull its score under the model's bias for
    a rule's finding of that family in the clause to be dropped (None or empty: never)."""

    def scores(self, clause: str) -> list[float]:
        """The probability of each family in a normalised clause."""
        return [1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, t)))) for t in self.totals(clause)]

    def passed(self, totals: list[float] | tuple[float, ...]) -> list[str]:
        """The families whose score (``totals``) passes their threshold."""
        return [
            family
            for family, total, limit in zip(self.families, totals, self._limits, strict=True)
            if total >= limit
        ]

    def vetoed(self, family: str, totals: list[float] | tuple[float, ...], words: int) -> bool:
        """Whether the words of a clause of ``words`` words speak against ``family`` (its score,
        ``totals``, is more than the family's veto margin under the bias), so that a rule's
        finding of it there is dropped; never in a clause under ``VETO_MIN_WORDS`` words."""
        if not self.veto_margins or family not in self.families or words < VETO_MIN_WORDS:
            return False
        index = self.families.index(family)
        margin = self.veto_margins[index]
        return margin is not None and totals[index] - self.bias[index] < -margin

    def totals(self, clause: str) -> list[float] | tuple[float, ...]:
        """The score of each family in a normalised clause before the logistic function."""
        ready, known = self._dense_rows.get, self._known
        rows = [ready(f) or self._dense(f) for f in features(clause) if f in known]
        if not rows:
            return self.bias
        return [b + s for b, s in zip(self.bias, map(sum, zip(*rows, strict=True)), strict=True)]

    @functools.cached_property
    def _limits(self) -> list[float]:
        """Each threshold as a score before the logistic function."""
        return [_logit(t) for t in self.thresholds]

    @functools.cached_property
    def _known(self) -> Container[str]:
        """Every feature with a row (``packed`` has them all when there is one)."""
        return self.weights if self.packed is None else self.packed.numbers

    @functools.cached_property
    def _dense_rows(self) -> dict[str, list[float]]:
        return {}

    def _dense(self, feature: str) -> list[float]:
        """The weight of every family for ``feature`` (read from ``packed`` on first use)."""
        row = self._dense_rows.get(feature)
        if row is None:
            sparse = self.weights.get(feature)
            if sparse is None and self.packed is not None:
                sparse = self.weights[feature] = self.packed.row(feature)
            row = [0.0] * len(self.bias)
            for index, weight in sparse or ():
                row[index] = weight
            self._dense_rows[feature] = row
        return row

    def rows(self) -> dict[str, list[tuple[int, float]]]:
        """Every row: ``weights`` and those of ``packed`` not read yet."""
        if self.packed is None:
            return self.weights
        return {feature: self.packed.row(feature) for feature in self.packed.numbers}

    def found(self, clause: str) -> list[str]:
        """The families whose score in ``clause`` passes their threshold."""
        return self.passed(self.totals(clause))

    def to_json(self) -> str:
        features, rows = PackedRows.to_text(self.rows())
        return json.dumps(
            {
                "families": self.families,
                "bias": [round(b, 4) for b in self.bias],
                "thresholds": [round(t, 4) for t in self.thresholds],
                "veto_margins": [None if v is None else round(v, 4) for v in self.veto_margins],
                "features": features,
                "rows": rows,
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def from_json(cls, text: str) -> SentenceModel:
        """A model from ``to_json``'s text (or from the earlier layout, a "weights" table)."""
        data = json.loads(text)
        if "weights" in data:
            weights = {
                feature: [(int(i), float(w)) for i, w in row]
                for feature, row in data["weights"].items()
            }
            packed = None
        else:
            weights, packed = {}, PackedRows.from_text(data["features"], data["rows"])
        return cls(
            tuple(data["families"]),
            tuple(data["bias"]),
            tuple(data["thresholds"]),
            weights,
            packed,
            tuple(data.get("veto_margins", ())),
        )


def _logit(probability: float) -> float:
    if probability >= 1.0:
        return math.inf
    if probability <= 0.0:
        return -math.inf
    return math.log(probability / (1.0 - probability))


@functools.cache
def model(lang: str) -> SentenceModel | None:
    """The shipped model for ``lang`` (a rules language code), or None if there is none."""
    try:
        with open(os.path.join(HERE, f"model_{lang}.json"), encoding="utf-8") as file:
            return SentenceModel.from_json(file.read())
    except (OSError, ValueError, KeyError, TypeError):
        return None
