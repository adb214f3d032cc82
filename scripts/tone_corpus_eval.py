"""Scores the wording check on the corpus in tests/tone/corpus (see scripts/tone_split.py).

Scored per language on one part of the split: ``train`` (everything not held out: write and tune
rules on it), ``heldout`` (the held-out third of batches 1–4, only for reporting), ``sealed``
(whole batches written later as a second held-out set, only for reporting) or ``all``. Each
draft is a whole reply.

- precision / recall of "avoid" findings, per family: a finding counts for the family its rule
  names (``family`` in tone.toml, default the rule key); it is right when the draft is labelled
  with that family.
- good drafts with a suggestion: the share of "good" drafts that get any finding at all.
- per-family recall, so a weak family shows.

    .venv/bin/python scripts/tone_corpus_eval.py --split train [-v] [LANG ...]
    .venv/bin/python scripts/tone_corpus_eval.py --split heldout            # report only
    .venv/bin/python scripts/tone_corpus_eval.py --split sealed             # report only
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tomllib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from coach.text.languages import LANGUAGES
from coach.tone import checker
from coach.tone.checker import check

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "tone" / "corpus"


@dataclass(frozen=True)
class Draft:
    id: str
    text: str
    label: str
    families: frozenset[str]
    spans: tuple[str, ...] = ()
    register: str = ""
    marked: tuple[tuple[str, str], ...] = ()
    """(family, span) pairs, as the corpus lists them."""


@dataclass
class Score:
    drafts: int = 0
    good: int = 0
    good_flagged: int = 0
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    found: Counter[str] = field(default_factory=Counter)
    missed: Counter[str] = field(default_factory=Counter)
    wrong: Counter[str] = field(default_factory=Counter)
    mistakes: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        raised = self.true_positive + self.false_positive
        return self.true_positive / raised if raised else 1.0

    @property
    def recall(self) -> float:
        labelled = self.true_positive + self.false_negative
        return self.true_positive / labelled if labelled else 1.0

    @property
    def good_flagged_share(self) -> float:
        return self.good_flagged / self.good if self.good else 0.0


@contextlib.contextmanager
def rules_only() -> Iterator[None]:
    """The checker without its sentence model: the rules alone."""
    kept = checker.model
    checker.model = lambda lang: None  # type: ignore[assignment]
    try:
        yield
    finally:
        checker.model = kept


def _split(lang: str) -> dict[str, list[str]]:
    return tomllib.loads((CORPUS / "split.toml").read_text(encoding="utf-8"))[lang]


def held_out_ids(lang: str) -> set[str]:
    """The held-out third of batches 1–4."""
    return set(_split(lang)["heldout"])


def sealed_batches(lang: str) -> set[str]:
    """The batches written as a second held-out set (file names without ``.toml``)."""
    return set(_split(lang).get("sealed", []))


def load(lang: str, part: str) -> list[Draft]:
    """The drafts of ``lang`` in ``part`` (train, heldout, sealed or all)."""
    held, sealed = held_out_ids(lang), sealed_batches(lang)
    drafts = []
    for path in sorted((CORPUS / lang).glob("batch-*.toml")):
        for entry in tomllib.loads(path.read_text(encoding="utf-8"))["draft"]:
            where = (
                "sealed" if path.stem in sealed else "heldout" if entry["id"] in held else "train"
            )
            if part in ("all", where):
                drafts.append(
                    Draft(
                        entry["id"],
                        entry["text"],
                        entry["label"],
                        frozenset(entry["families"]),
                        tuple(entry.get("spans", ())),
                        entry.get("register", ""),
                        tuple(zip(entry["families"], entry.get("spans", ()), strict=False)),
                    )
                )
    return drafts


def score(lang: str, part: str) -> Score:
    result = Score()
    for draft in load(lang, part):
        findings = check(draft.text, lang)
        raised = {f.family for f in findings if f.severity == "avoid"}
        result.drafts += 1
        if draft.label == "good":
            result.good += 1
            result.good_flagged += bool(findings)
        hits, extra, missed = (
            raised & draft.families,
            raised - draft.families,
            draft.families - raised,
        )
        result.true_positive += len(hits)
        result.false_positive += len(extra)
        result.false_negative += len(missed)
        result.found.update(hits)
        result.missed.update(missed)
        result.wrong.update(extra)
        if extra or missed or (draft.label == "good" and findings):
            shown = ", ".join(sorted({f.rule for f in findings})) or "-"
            result.mistakes.append(
                f"{draft.id}: raised {shown}; extra {', '.join(sorted(extra)) or '-'}; "
                f"missed {', '.join(sorted(missed)) or '-'}\n        {draft.text}"
                + "".join(f"\n        [{family}] {span}" for family, span in draft.marked)
            )
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("langs", nargs="*", metavar="lang")
    parser.add_argument("--split", choices=("train", "heldout", "sealed", "all"), default="train")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every mistake")
    args = parser.parse_args(argv)
    for lang in args.langs or LANGUAGES:
        result = score(lang, args.split)
        print(
            f"{lang} {args.split}: avoid precision {result.precision:.2f}  recall "
            f"{result.recall:.2f}  good drafts with a suggestion {result.good_flagged}/"
            f"{result.good} ({result.good_flagged_share:.2f})  [{result.drafts} drafts, "
            f"{result.true_positive} tp, {result.false_positive} fp, {result.false_negative} fn]"
        )
        families = sorted(set(result.found) | set(result.missed))
        print(
            "    recall by family: "
            + ", ".join(
                f"{f} {result.found[f]}/{result.found[f] + result.missed[f]}" for f in families
            )
        )
        if result.wrong:
            print(
                "    wrong findings by family: "
                + ", ".join(f"{f} {n}" for f, n in sorted(result.wrong.items()))
            )
        if args.verbose:
            if args.split != "train":
                print("    (mistakes are listed for the train split only)")
            else:
                for line in result.mistakes:
                    print(f"    {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
