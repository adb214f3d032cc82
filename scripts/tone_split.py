"""Freezes the split of the wording-check corpus (tests/tone/corpus/<lang>/batch-*.toml).

A third of each language's drafts, stratified by label and chosen by the SHA-256 of their ids, is
held out: never read while writing or tuning rules, only scored. The split is written once to
tests/tone/corpus/split.toml and never changed afterwards; drafts added later are not in it. A
language's ``sealed`` batches (a second held-out set, whole batches) are kept as they are.

    .venv/bin/python scripts/tone_split.py LANG [LANG ...]   # adds the split of these languages
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tomllib
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "tone" / "corpus"
SPLIT = CORPUS / "split.toml"


def drafts(lang: str) -> list[dict[str, object]]:
    found: list[dict[str, object]] = []
    for path in sorted((CORPUS / lang).glob("batch-*.toml")):
        found += tomllib.loads(path.read_text(encoding="utf-8"))["draft"]
    return found


def held_out(lang: str) -> list[str]:
    """Every third draft of each label, in the order of the SHA-256 of its id."""
    chosen: list[str] = []
    for label in ("avoid", "good"):
        ids = sorted(
            (str(d["id"]) for d in drafts(lang) if d["label"] == label),
            key=lambda i: hashlib.sha256(i.encode()).hexdigest(),
        )
        chosen += ids[::3]
    return sorted(chosen)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("langs", nargs="+")
    args = parser.parse_args(argv)
    existing = tomllib.loads(SPLIT.read_text(encoding="utf-8")) if SPLIT.exists() else {}
    lines = [
        "# The held-out third of the wording-check corpus, frozen by scripts/tone_split.py.",
        "# Never read these drafts while writing or tuning rules; only score them.",
        "# `sealed` names whole batches written later as a second held-out set by writers who saw",
        "# neither the rules nor any other draft: never read, never trained on, only scored.",
        "",
    ]
    for lang in sorted(set(existing) | set(args.langs)):
        if lang in existing and lang in args.langs:
            print(f"{lang}: already split; the split is never changed", file=sys.stderr)
            return 1
        ids = existing[lang]["heldout"] if lang in existing else held_out(lang)
        lines.append(f"[{lang}]")
        lines.append("heldout = [")
        lines += [f'    "{i}",' for i in ids]
        lines.append("]")
        sealed = existing.get(lang, {}).get("sealed", [])
        if sealed:
            lines.append("sealed = [" + ", ".join(f'"{name}"' for name in sealed) + "]")
        lines.append("")
        if lang in args.langs:
            print(f"{lang}: {len(ids)} of {len(drafts(lang))} drafts held out")
    SPLIT.write_text("\n".join(lines), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
