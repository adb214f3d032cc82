"""Writes coach/tone/prefix_index.json: the first letters of every tone rule pattern, worked out once.

The tone check tries a pattern only where a word starts with a letter it can start with. Working
those letters out means parsing every pattern, which is most of the time the first check after
start would take; the index lets the app skip it. Run after changing any tone.toml:

    .venv/bin/python scripts/tone_index.py

A pattern missing from the index is still checked correctly (its letters are worked out when the
rules load), only the first check is slower; tests/tone/test_patterns.py fails while it is stale.
"""

from __future__ import annotations

import json
import sys
from importlib.resources import files
from pathlib import Path

from coach.text.languages import LANGUAGES
from coach.tone import patterns
from coach.tone.rulefile import parse_rules

TARGET = Path(__file__).resolve().parent.parent / "coach" / "tone" / "prefix_index.json"


def bodies() -> dict[str, tuple[str, ...] | None]:
    """Index key -> sorted first letters (None: tried everywhere) of every shipped pattern."""
    found: dict[str, tuple[str, ...] | None] = {}
    original = patterns._prefixes

    def recording(body: str) -> frozenset[str] | None:
        prefixes = patterns.analysed_prefixes(body)
        found[patterns.index_key(body)] = None if prefixes is None else tuple(sorted(prefixes))
        return prefixes

    patterns._prefixes = recording
    try:
        for lang in LANGUAGES:
            text = files("coach.playbooks").joinpath(lang, "tone.toml").read_text(encoding="utf-8")
            parse_rules(text, f"coach/playbooks/{lang}/tone.toml")
    finally:
        patterns._prefixes = original
    return found


def main() -> int:
    table = bodies()
    index = {key: None if value is None else list(value) for key, value in sorted(table.items())}
    TARGET.write_text(
        json.dumps(index, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"{TARGET.name}: {len(table)} patterns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
