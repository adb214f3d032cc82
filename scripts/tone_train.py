"""Trains the wording check's sentence model (coach/tone/model.py) from the corpus's train split.

Each draft of the train split (tests/tone/corpus, everything not held out) is cut into clauses;
a clause is labelled with every family whose labelled span it overlaps, the other clauses of
every draft are examples of nothing. One logistic model per family is fitted by stochastic
gradient descent in a fixed order, so the same corpus always gives the same file. The threshold
is one per language, chosen by five-fold cross-validation inside the train split: the lowest
of a few steps whose findings in the left-out folds were right at least ``--precision`` of the
time.

    .venv/bin/python scripts/tone_train.py [LANG ...]          # writes coach/tone/model_<lang>.json
    .venv/bin/python scripts/tone_train.py --cv [LANG ...]     # cross-validated figures only
    .venv/bin/python scripts/tone_train.py --out DIR [LANG ...]  # writes DIR/model_<lang>.json
"""

from __future__ import annotations

import argparse
import hashlib
import math
import random
import runpy
import sys
from collections import defaultdict
from operator import add
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tone_corpus_eval import Draft, load  # noqa: E402

from coach.text.languages import LANGUAGES  # noqa: E402
from coach.tone.model import SentenceModel, clauses, features  # noqa: E402
from coach.tone.patterns import normalised_with_offsets  # noqa: E402

MODELS = Path(__file__).resolve().parent.parent / "coach" / "tone"
EPOCHS = 12
RATE = 0.5
POSITIVE_WEIGHT = 4.0
L2 = 1e-5
FOLDS = 5
MIN_WEIGHT = 0.05

Example = tuple[set[str], set[int]]


def labelled_clauses(draft: Draft, families: list[str]) -> list[tuple[str, set[int]]]:
    """The draft's normalised clauses, each with the indexes of the families it shows."""
    text = draft.text
    normalised, origin = normalised_with_offsets(text)
    marked: list[tuple[int, int, int]] = []
    for family, span in draft.marked:
        if family not in families:
            continue
        start = text.find(span)
        if start < 0:
            continue
        inside = [k for k, o in enumerate(origin) if start <= o < start + len(span)]
        if inside:
            marked.append((inside[0], inside[-1] + 1, families.index(family)))
    found = []
    for start, end in clauses(normalised):
        labels = {index for s, e, index in marked if s < end and e > start}
        found.append((normalised[start:end], labels))
    return found


def fit(examples: list[Example], size: int, seed: int = 1) -> SentenceModel:
    """One logistic model per family, by plain SGD over the examples in a seeded order."""
    weights: dict[str, list[float]] = defaultdict(lambda: [0.0] * size)
    bias = [0.0] * size
    order = list(range(len(examples)))
    shuffle = random.Random(seed)
    step = 0
    for _ in range(EPOCHS):
        shuffle.shuffle(order)
        for index in order:
            feats, labels = examples[index]
            rows = [weights[f] for f in feats]
            totals = bias
            for row in rows:
                totals = list(map(add, totals, row))
            rate = RATE / math.sqrt(1 + step / 2000)
            step += 1
            change = []
            for k, total in enumerate(totals):
                p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))
                wanted = 1.0 if k in labels else 0.0
                weight = POSITIVE_WEIGHT if wanted else 1.0
                change.append(-rate * weight * (p - wanted))
            bias = list(map(add, bias, change))
            scaled = [c / math.sqrt(len(rows) or 1) for c in change]
            for row in rows:
                row[:] = map(add, row, scaled)
    shrink = 1.0 - L2
    sparse: dict[str, list[tuple[int, float]]] = {}
    for feature, row in weights.items():
        kept = [(k, w * shrink) for k, w in enumerate(row) if abs(w) >= MIN_WEIGHT]
        if kept:
            sparse[feature] = kept
    return SentenceModel((), tuple(bias), (), sparse)


def examples_of(drafts: list[Draft], families: list[str]) -> list[Example]:
    found = [
        (features(clause), labels)
        for draft in drafts
        for clause, labels in labelled_clauses(draft, families)
    ]
    for draft in drafts:
        for family, span in draft.marked:
            if family in families:
                found.append((features(normalised_with_offsets(span)[0]), {families.index(family)}))
    return found


def good_examples(lang: str) -> list[Example]:
    """The clauses of the good drafts of the labelled set (tests/tone/labelled_<lang>.toml)
    outside its own held-out part: more replies that mention a courier, a policy or a manager
    helpfully, as examples of nothing."""
    drafts = runpy.run_path(str(Path(__file__).with_name("tone_eval.py")))["load_drafts"](lang)
    found: list[Example] = []
    for draft in drafts:
        if not draft.expect and not draft.heldout:
            normalised = normalised_with_offsets(draft.text)[0]
            found += [(features(normalised[s:e]), set()) for s, e in clauses(normalised)]
    return found


def cross_scores(
    drafts: list[Draft], families: list[str], extra: list[Example]
) -> list[tuple[Draft, list[list[float]]]]:
    """For every draft, its clauses' scores from a model that did not see it."""
    folds = [
        [d for d in drafts if int(hashlib.sha256(d.id.encode()).hexdigest(), 16) % FOLDS == f]
        for f in range(FOLDS)
    ]
    scored = []
    for f, fold in enumerate(folds):
        rest = [d for g, other in enumerate(folds) if g != f for d in other]
        fitted = fit(examples_of(rest, families) + extra, len(families))
        named = SentenceModel(tuple(families), fitted.bias, (), fitted.weights)
        for draft in fold:
            scored.append((draft, [named.scores(c) for c, _ in labelled_clauses(draft, families)]))
    return scored


STEPS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


def threshold(
    scored: list[tuple[Draft, list[list[float]]]], families: list[str], precision: float
) -> float:
    """The lowest of ``STEPS`` whose cross-validated findings were right at least ``precision``
    of the time (1.0, never, if none)."""
    for step in STEPS:
        if _counts(scored, families, [step] * len(families))[0] >= precision:
            return step
    return 1.0


def _counts(
    scored: list[tuple[Draft, list[list[float]]]], families: list[str], limits: list[float]
) -> tuple[float, float, int, int]:
    """Precision, recall, good drafts flagged and good drafts."""
    tp = fp = fn = good_flagged = good = 0
    for draft, clause_scores in scored:
        raised = {
            family
            for k, family in enumerate(families)
            if any(s[k] >= limits[k] for s in clause_scores)
        }
        tp += len(raised & draft.families)
        fp += len(raised - draft.families)
        fn += len(draft.families - raised)
        if draft.label == "good":
            good += 1
            good_flagged += bool(raised)
    return (
        tp / (tp + fp) if tp + fp else 1.0,
        tp / (tp + fn) if tp + fn else 1.0,
        good_flagged,
        good,
    )


def report(scored: list[tuple[Draft, list[list[float]]]], families: list[str], limit: float) -> str:
    p, r, flagged, good = _counts(scored, families, [limit] * len(families))
    return (
        f"threshold {limit:.2f}, model alone, cross-validated: precision {p:.2f} "
        f"recall {r:.2f} good drafts flagged {flagged}/{good}"
    )


def corpus_digest(drafts: list[Draft]) -> str:
    """The SHA-256 of the drafts a model was trained on, so a stale model can be told."""
    digest = hashlib.sha256()
    for draft in sorted(drafts, key=lambda d: d.id):
        digest.update(repr((draft.id, draft.text, draft.label, draft.marked)).encode())
    return digest.hexdigest()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("langs", nargs="*")
    parser.add_argument("--cv", action="store_true", help="print cross-validated figures only")
    parser.add_argument("--precision", type=float, default=0.92)
    parser.add_argument("--out", type=Path, default=MODELS, help="folder for model_<lang>.json")
    args = parser.parse_args(argv)
    for lang in args.langs or LANGUAGES:
        drafts = load(lang, "train")
        families = sorted({f for d in drafts for f in d.families})
        extra = good_examples(lang)
        scored = cross_scores(drafts, families, extra)
        limit = threshold(scored, families, args.precision)
        print(f"{lang}: {len(drafts)} train drafts; {report(scored, families, limit)}")
        if args.cv:
            for step in STEPS:
                print(f"    {report(scored, families, step)}")
            continue
        fitted = fit(examples_of(drafts, families) + extra, len(families))
        limits = tuple(limit for _ in families)
        shipped = SentenceModel(tuple(families), fitted.bias, limits, fitted.weights)
        path = args.out / f"model_{lang}.json"
        text = shipped.to_json()
        text = '{"corpus":"' + corpus_digest(drafts) + '",' + text.removeprefix("{")
        path.write_text(text + "\n", encoding="utf-8")
        print(
            f"    wrote {path} ({path.stat().st_size // 1024} KiB, {len(fitted.weights)} features)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
