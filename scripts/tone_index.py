"""Writes coach/tone/prefix_index.json (the first letters of every tone rule pattern) and
coach/tone/rules_<lang>.json (each language's rules compiled, see ``coach.tone.compiled``).

The tone check tries a pattern only where a word starts with a letter it can start with. Working
those letters out means parsing every pattern, and reading tone.toml, expanding its terms and
compiling its regexes is most of the time the first check after start would take; these files let
the app skip all of it. Run after changing any tone.toml:

    .venv/bin/python scripts/tone_index.py

While they are stale the check is still right (a changed tone.toml is read and compiled as before,
and a pattern missing from the index is analysed when the rules load), only the first check is
slower; tests/tone/test_patterns.py and tests/tone/test_compiled.py fail until the script runs.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from coach.text.languages import LANGUAGES
from coach.tone import compiled, patterns
from coach.tone.checker import rules_file
from coach.tone.rulefile import parse_rules

TARGET = Path(__file__).resolve().parent.parent / "coach" / "tone" / "prefix_index.json"


def compiled_rules(lang: str) -> str:
    """The text of coach/tone/rules_<lang>.json for the current tone.toml."""
    text = Path(rules_file(lang)).read_text(encoding="utf-8")
    return compiled.dump(parse_rules(text, f"coach/playbooks/{lang}/tone.toml"), text)


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
            text = Path(rules_file(lang)).read_text(encoding="utf-8")
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
    for lang in LANGUAGES:
        target = Path(compiled.path(lang))
        target.write_text(compiled_rules(lang), encoding="utf-8")
        print(f"{target.name}: {target.stat().st_size // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
