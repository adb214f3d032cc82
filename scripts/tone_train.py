"""Trains the wording check's sentence model (coach/tone/model.py) from the corpus's train split.

Each draft of the train split (tests/tone/corpus, everything not held out) is cut into clauses;
a clause is labelled with every family whose labelled span it overlaps, the other clauses of
every draft are examples of nothing. One logistic model per family is fitted by scikit-learn
(liblinear), so the same corpus always gives the same file; training needs the ``train`` extra
(``pip install -e '.[train]'``), the app only reads the file.

Two numbers per language decide what the checker raises: the model's threshold, and the veto
margin: how far a clause's words must pull a family's score under the model's bias for a rule's
finding of that family there to be dropped. Both are chosen by
five-fold cross-validation inside the train split, on the drafts the rules were never tuned on
(``RULES_FRESH_FROM``): the pair whose findings, rules and model together, were right at least
``--precision`` of the time with the highest recall.

    .venv/bin/python scripts/tone_train.py [LANG ...]          # writes coach/tone/model_<lang>.json
    .venv/bin/python scripts/tone_train.py --cv [LANG ...]     # cross-validated figures only
    .venv/bin/python scripts/tone_train.py --out DIR [LANG ...]  # writes DIR/model_<lang>.json
"""

from __future__ import annotations

import argparse
import hashlib
import math
import runpy
import sys
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tone_corpus_eval import CORPUS, Draft, load, rules_only  # noqa: E402

from coach.text.languages import LANGUAGES  # noqa: E402
from coach.tone import checker  # noqa: E402
from coach.tone.model import (  # noqa: E402
    VETO_MIN_WORDS,
    SentenceModel,
    clauses,
    features,
    word_count,
)
from coach.tone.patterns import normalised_with_offsets  # noqa: E402

MODELS = Path(__file__).resolve().parent.parent / "coach" / "tone"
POSITIVE_WEIGHT = 4.0
REGULARISATION = 1.0
FOLDS = 5
MIN_WEIGHT = 0.12

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


def family_model(seed: int = 1) -> Any:
    """The logistic model fitted per family: L2-regularised, liblinear, positives weighted."""
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(
        C=REGULARISATION,
        solver="liblinear",
        class_weight={0: 1.0, 1: POSITIVE_WEIGHT},
        max_iter=500,
        random_state=seed,
    )


def fit(examples: list[Example], size: int, seed: int = 1) -> SentenceModel:
    """One L2-regularised logistic model per family over the examples' features (present or
    not), fitted by scikit-learn's liblinear, which gives the same weights for the same
    examples; weights under ``MIN_WEIGHT`` are dropped."""
    try:
        import numpy as np
        import sklearn  # noqa: F401
        from scipy.sparse import csr_matrix
    except ImportError:
        raise SystemExit(
            "Training needs scikit-learn: .venv/bin/pip install -e '.[train]'"
        ) from None
    numbers: dict[str, int] = {}
    starts, columns = [0], []
    for feats, _ in examples:
        columns += sorted(numbers.setdefault(f, len(numbers)) for f in sorted(feats))
        starts.append(len(columns))
    matrix = csr_matrix(
        (np.ones(len(columns)), columns, starts), shape=(len(examples), len(numbers))
    )
    names = sorted(numbers, key=numbers.__getitem__)
    bias: list[float] = []
    rows: dict[str, list[tuple[int, float]]] = {}
    for k in range(size):
        wanted = np.array([k in labels for _, labels in examples], dtype=np.int8)
        if not wanted.any():
            bias.append(-30.0)
            continue
        family = family_model(seed).fit(matrix, wanted)
        bias.append(float(family.intercept_[0]))
        weights = family.coef_[0]
        for j in np.flatnonzero(np.abs(weights) >= MIN_WEIGHT):
            rows.setdefault(names[j], []).append((k, float(weights[j])))
    return SentenceModel((), tuple(bias), (), rows)


LabelledText = tuple[str, set[int]]


def labelled_texts(drafts: list[Draft], families: list[str]) -> list[LabelledText]:
    """Every clause of the drafts with its families, then every labelled span as its family."""
    found = [
        (clause, labels) for draft in drafts for clause, labels in labelled_clauses(draft, families)
    ]
    for draft in drafts:
        for family, span in draft.marked:
            if family in families:
                found.append((normalised_with_offsets(span)[0], {families.index(family)}))
    return found


def examples_of(drafts: list[Draft], families: list[str]) -> list[Example]:
    return [(features(text), labels) for text, labels in labelled_texts(drafts, families)]


def good_texts(lang: str) -> list[LabelledText]:
    """The clauses of the good drafts of the labelled set (tests/tone/labelled_<lang>.toml)
    outside its own held-out part: more replies that mention a courier, a policy or a manager
    helpfully, as examples of nothing."""
    drafts = runpy.run_path(str(Path(__file__).with_name("tone_eval.py")))["load_drafts"](lang)
    found: list[LabelledText] = []
    for draft in drafts:
        if not draft.expect and not draft.heldout:
            normalised = normalised_with_offsets(draft.text)[0]
            found += [(normalised[s:e], set()) for s, e in clauses(normalised)]
    return found


def good_examples(lang: str) -> list[Example]:
    return [(features(text), labels) for text, labels in good_texts(lang)]


Scored = list[tuple[Draft, list[list[float]], list[list[float]]]]
"""Each draft with, for each clause, the probability of each family and how far the clause's
words move each family's score from the bias (``SentenceModel.veto_margins``)."""
Evidence = tuple[Draft, dict[str, float], dict[str, float]]
"""A rules-fresh draft, the model's best probability of each family over its clauses, and for
each family a rule found, the most the words of the clauses its findings touch pull that
family's score from the bias (infinite where a touched clause is too short to be vetoed)."""


def fold_of(draft: Draft) -> int:
    """The cross-validation fold of a draft, fixed by its id."""
    return int(hashlib.sha256(draft.id.encode()).hexdigest(), 16) % FOLDS


def rules_fresh(draft: Draft) -> bool:
    """Whether the draft's batch was written after the rules' last change."""
    return int(draft.id.split("-b")[1].split("-")[0]) >= RULES_FRESH_FROM


def cross_scores(drafts: list[Draft], families: list[str], extra: list[Example]) -> Scored:
    """For every draft, its clauses' scores from a model that did not see it."""
    folds = [[d for d in drafts if fold_of(d) == f] for f in range(FOLDS)]
    scored: Scored = []
    for f, fold in enumerate(folds):
        rest = [d for g, other in enumerate(folds) if g != f for d in other]
        fitted = fit(examples_of(rest, families) + extra, len(families))
        named = SentenceModel(tuple(families), fitted.bias, (), fitted.weights)
        for draft in fold:
            texts = [c for c, _ in labelled_clauses(draft, families)]
            pulls = [
                [total - bias for total, bias in zip(named.totals(c), fitted.bias, strict=True)]
                for c in texts
            ]
            scored.append((draft, [named.scores(c) for c in texts], pulls))
    return scored


STEPS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99)
MARGINS = (None, 3.0, 2.0, 1.0, 0.5, 0.0, -0.5, -1.0, -2.0, -3.0, -4.0, -5.0)
"""Veto margins tried (None: no veto); see ``SentenceModel.veto_margins``."""
RULES_FRESH_FROM = 15
"""Batches from this number on were written after the rules' last change (b4d7934): what the
rules raise on them is what they raise on drafts nobody tuned them on."""


def _counts(scored: Scored, families: list[str], limit: float) -> tuple[float, float, int, int]:
    """The model alone: precision, recall, good drafts flagged and good drafts."""
    return _tally(
        (draft, {families[k] for s in clause_scores for k, p in enumerate(s) if p >= limit})
        for draft, clause_scores, _ in scored
    )


def _tally(raised: Iterable[tuple[Draft, set[str]]]) -> tuple[float, float, int, int]:
    tp = fp = fn = good_flagged = good = 0
    for draft, families in raised:
        tp += len(families & draft.families)
        fp += len(families - draft.families)
        fn += len(draft.families - families)
        if draft.label == "good":
            good += 1
            good_flagged += bool(families)
    return (
        tp / (tp + fp) if tp + fp else 1.0,
        tp / (tp + fn) if tp + fn else 1.0,
        good_flagged,
        good,
    )


def report(scored: Scored, families: list[str], limit: float) -> str:
    p, r, flagged, good = _counts(scored, families, limit)
    return (
        f"threshold {limit:.2f}, model alone, cross-validated: precision {p:.2f} "
        f"recall {r:.2f} good drafts flagged {flagged}/{good}"
    )


def phrases(lang: str) -> list[tuple[str, str]]:
    """The phrase bank of ``lang`` (tests/tone/corpus/<lang>/phrases/*.toml), train data only:
    (clause, family) pairs, family "" for a near miss that shows none."""
    found: list[tuple[str, str]] = []
    for path in sorted((CORPUS / lang / "phrases").glob("*.toml")):
        for entry in tomllib.loads(path.read_text(encoding="utf-8"))["clause"]:
            found.append((entry["text"], entry["family"]))
    return found


def phrase_texts(lang: str, families: list[str]) -> list[LabelledText]:
    """The phrase bank as labelled texts: each clause of the family it shows, a near miss of
    none."""
    return [
        (
            normalised_with_offsets(text)[0],
            {families.index(family)} if family in families else set(),
        )
        for text, family in phrases(lang)
    ]


def phrase_examples(lang: str, families: list[str]) -> list[Example]:
    return [(features(text), labels) for text, labels in phrase_texts(lang, families)]


def corpus_digest(drafts: list[Draft], lang: str) -> str:
    """The SHA-256 of the drafts and phrases a model was trained on, so a stale model can be
    told."""
    digest = hashlib.sha256()
    for draft in sorted(drafts, key=lambda d: d.id):
        digest.update(repr((draft.id, draft.text, draft.label, draft.marked)).encode())
    for phrase in phrases(lang):
        digest.update(repr(phrase).encode())
    return digest.hexdigest()


def with_rules(scored: Scored, lang: str, families: list[str]) -> list[Evidence]:
    """The rules-fresh drafts of ``scored`` with what the model and the rules say of them."""
    evidence: list[Evidence] = []
    with rules_only():
        for draft, clause_scores, pulls in scored:
            if not rules_fresh(draft):
                continue
            normalised, origin = normalised_with_offsets(draft.text)
            places = [
                (origin[s], origin[e - 1] + 1, word_count(normalised[s:e]))
                for s, e in clauses(normalised)
            ]
            model_best: dict[str, float] = {}
            for probabilities in clause_scores:
                for family, p in zip(families, probabilities, strict=True):
                    model_best[family] = max(p, model_best.get(family, 0.0))
            rule_best: dict[str, float] = {}
            for finding in checker.check(draft.text, lang):
                if finding.severity != "avoid":
                    continue
                family = finding.family
                k = families.index(family) if family in families else -1
                touched = [
                    math.inf if k < 0 or words < VETO_MIN_WORDS else pull[k]
                    for pull, (a, b, words) in zip(pulls, places, strict=True)
                    if a < finding.end and b > finding.start
                ]
                best = max(touched, default=math.inf)
                rule_best[family] = max(best, rule_best.get(family, -math.inf))
            evidence.append((draft, model_best, rule_best))
    return evidence


def raised(item: Evidence, limit: float, margins: dict[str, float | None]) -> set[str]:
    """The families rules and model raise together: the model's where a clause reaches
    ``limit``, the rules' unless every clause their findings touch pulls the family's score
    more than its margin under the bias (its silencers left out, so slightly fewer right
    findings than the checker's)."""
    _, model_best, rule_best = item
    found = {family for family, p in model_best.items() if p >= limit}
    for family, pull in rule_best.items():
        margin = margins.get(family)
        if margin is None or pull >= -margin:
            found.add(family)
    return found


def veto_margins(
    evidence: list[Evidence], families: list[str], limit: float, precision: float
) -> dict[str, float | None]:
    """For each family, the margin under which its rules' findings are dropped that keeps the
    most right findings of it less ``precision / (1 - precision)`` times the wrong ones: a
    finding is worth raising when it is right at least ``precision`` of the time."""
    weight = precision / (1.0 - precision)
    chosen: dict[str, float | None] = {}
    for family in families:

        def worth(margin: float | None, family: str = family) -> float:
            right = wrong = 0
            for item in evidence:
                if family in raised(item, limit, {family: margin}):
                    right += family in item[0].families
                    wrong += family not in item[0].families
            return right - weight * wrong

        chosen[family] = max(MARGINS, key=worth)
    return chosen


def operating_point(
    evidence: list[Evidence], families: list[str], precision: float
) -> tuple[float, dict[str, float | None], tuple[float, float, int, int]]:
    """The model's threshold, with each family's veto margin chosen for it, whose
    cross-validated findings on the rules-fresh drafts were right at least ``precision`` of the
    time with the highest recall (the most precise if none was)."""
    grid = []
    for limit in STEPS:
        margins = veto_margins(evidence, families, limit, precision)
        counts = _tally((item[0], raised(item, limit, margins)) for item in evidence)
        grid.append((limit, margins, counts))
    meeting = [g for g in grid if g[2][0] >= precision]
    if meeting:
        return max(meeting, key=lambda g: (g[2][1], g[2][0]))
    return max(grid, key=lambda g: (g[2][0], g[2][1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("langs", nargs="*")
    parser.add_argument("--cv", action="store_true", help="print cross-validated figures only")
    parser.add_argument(
        "--precision",
        type=float,
        default=0.95,
        help="precision the rules and the model must reach together on the rules-fresh drafts",
    )
    parser.add_argument("--out", type=Path, default=MODELS, help="folder for model_<lang>.json")
    args = parser.parse_args(argv)
    for lang in args.langs or LANGUAGES:
        drafts = load(lang, "train")
        families = sorted({f for d in drafts for f in d.families})
        extra = good_examples(lang) + phrase_examples(lang, families)
        scored = cross_scores(drafts, families, extra)
        evidence = with_rules(scored, lang, families)
        limit, margins, counts = operating_point(evidence, families, args.precision)
        print(
            f"{lang}: {len(drafts)} train drafts, {len(evidence)} rules-fresh; threshold "
            f"{limit:.2f}: rules and model, cross-validated on the rules-fresh drafts: precision "
            f"{counts[0]:.3f} recall {counts[1]:.3f} good drafts flagged {counts[2]}/{counts[3]}"
        )
        print("    veto margins: " + ", ".join(f"{f} {m}" for f, m in margins.items()))
        if args.cv:
            for step in STEPS:
                chosen = veto_margins(evidence, families, step, args.precision)
                p, r, flagged, good = _tally((e[0], raised(e, step, chosen)) for e in evidence)
                print(f"    {report(scored, families, step)}")
                print(f"        with the rules: P {p:.3f} R {r:.3f} good {flagged}/{good}")
            continue
        fitted = fit(examples_of(drafts, families) + extra, len(families))
        shipped = SentenceModel(
            tuple(families),
            fitted.bias,
            tuple(limit for _ in families),
            fitted.weights,
            veto_margins=tuple(margins[f] for f in families),
        )
        path = args.out / f"model_{lang}.json"
        text = shipped.to_json()
        text = '{"corpus":"' + corpus_digest(drafts, lang) + '",' + text.removeprefix("{")
        path.write_text(text + "\n", encoding="utf-8")
        print(
            f"    wrote {path} ({path.stat().st_size // 1024} KiB, {len(fitted.weights)} features)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
