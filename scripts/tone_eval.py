"""Precision and recall of the tone check on the labelled drafts in tests/tone/labelled_<lang>.toml.

Scored per rule key: for each draft, the set of rules the check raises against the labelled set
(a true positive is a labelled rule that is raised). Held-out drafts are scored on their own.
The set says what each rule was written to find, so it scores the rules alone; the whole check
(rules and sentence model, whose veto may drop a rule's finding) is printed beside it.

    .venv/bin/python scripts/tone_eval.py            # every language
    .venv/bin/python scripts/tone_eval.py fa -v      # one language, with each mistake

Exits 1 when the rules' precision or recall on the main set is below the 0.9 target for a
language.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from coach.text.languages import LANGUAGES
from coach.tone.checker import check

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tone_corpus_eval import rules_only  # noqa: E402

LABELLED = Path(__file__).resolve().parent.parent / "tests" / "tone"
TARGET = 0.9


@dataclass(frozen=True)
class Draft:
    id: str
    text: str
    field: str | None
    expect: frozenset[str]
    heldout: bool


@dataclass
class Score:
    drafts: int = 0
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    mistakes: list[str] = field(default_factory=list)
    per_rule: Counter[str] = field(default_factory=Counter)

    @property
    def precision(self) -> float:
        raised = self.true_positive + self.false_positive
        return self.true_positive / raised if raised else 1.0

    @property
    def recall(self) -> float:
        labelled = self.true_positive + self.false_negative
        return self.true_positive / labelled if labelled else 1.0


def load_drafts(lang: str) -> list[Draft]:
    """The labelled drafts for ``lang``."""
    path = LABELLED / f"labelled_{lang}.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return [
        Draft(
            id=entry["id"],
            text=entry["text"],
            field=entry.get("field"),
            expect=frozenset(entry["expect"]),
            heldout=entry.get("heldout", False),
        )
        for entry in data["draft"]
    ]


def score(lang: str, heldout: bool = False, rules_alone: bool = True) -> Score:
    """Scores the main set of ``lang`` (or its held-out drafts) with the rules alone, or with
    the whole check."""
    result = Score()
    for draft in load_drafts(lang):
        if draft.heldout != heldout:
            continue
        with rules_only() if rules_alone else contextlib.nullcontext():
            raised = {f.rule for f in check(draft.text, lang, draft.field)}
        result.drafts += 1
        for rule in raised & draft.expect:
            result.true_positive += 1
            result.per_rule[f"{rule} tp"] += 1
        for rule in raised - draft.expect:
            result.false_positive += 1
            result.per_rule[f"{rule} fp"] += 1
        for rule in draft.expect - raised:
            result.false_negative += 1
            result.per_rule[f"{rule} fn"] += 1
        if raised != draft.expect:
            extra = ", ".join(sorted(raised - draft.expect)) or "-"
            missed = ", ".join(sorted(draft.expect - raised)) or "-"
            result.mistakes.append(f"{draft.id}: extra {extra}; missed {missed}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "langs", nargs="*", metavar="lang", help=f"{', '.join(LANGUAGES)} (default: all)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="list every mistake")
    args = parser.parse_args(argv)
    unknown = [lang for lang in args.langs if lang not in LANGUAGES]
    if unknown:
        parser.error(f"unknown language {unknown[0]!r}; choose from {', '.join(LANGUAGES)}")
    ok = True
    for lang in args.langs or LANGUAGES:
        main_set, held_out = score(lang), score(lang, heldout=True)
        whole = score(lang, rules_alone=False)
        ok = ok and main_set.precision >= TARGET and main_set.recall >= TARGET
        print(
            f"{lang}: precision {main_set.precision:.3f}  recall {main_set.recall:.3f}  "
            f"({main_set.drafts} drafts, {main_set.true_positive} tp, "
            f"{main_set.false_positive} fp, {main_set.false_negative} fn)   "
            f"held-out: precision {held_out.precision:.3f}  recall {held_out.recall:.3f}  "
            f"({held_out.drafts} drafts, {len(held_out.mistakes)} not exact)   "
            f"with the sentence model: precision {whole.precision:.3f}  "
            f"recall {whole.recall:.3f}"
        )
        if args.verbose:
            for line in main_set.mistakes + [f"held-out {m}" for m in held_out.mistakes]:
                print(f"    {line}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
