"""Times one tone check of a 2,000-character draft per language (target: at most 5 ms).

    .venv/bin/python tests/benchmarks/bench_tone.py

The draft is made of the labelled drafts (good and bad) cut to 2,000 characters and checked as a
whole reply, so every rule runs. Baselines from the same run: normalise() alone and one str.find
pass over the same text.
"""

from __future__ import annotations

import statistics
import sys
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

from coach.text.languages import LANGUAGES
from coach.text.normalise import normalise
from coach.tone.checker import check, rules

LABELLED = Path(__file__).resolve().parents[1] / "tone"
SIZE = 2000
RUNS = 300
TARGET_MS = 5.0


def draft(lang: str) -> str:
    data = tomllib.loads((LABELLED / f"labelled_{lang}.toml").read_text(encoding="utf-8"))
    text = "\n".join(entry["text"] for entry in data["draft"])
    while len(text) < SIZE:
        text += "\n" + text
    return text[:SIZE]


def median_ms(action: Callable[[], object]) -> tuple[float, float, float]:
    """Median, fastest and 95th-percentile wall time of ``action`` in milliseconds."""
    for _ in range(20):
        action()
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[0], times[int(len(times) * 0.95)]


def main() -> int:
    print(
        f"tone check of a {SIZE}-character draft, median of {RUNS} runs (Python {sys.version.split()[0]})"
    )
    ok = True
    for lang in LANGUAGES:
        text = draft(lang)
        start = time.perf_counter()
        rules(lang)
        load_ms = (time.perf_counter() - start) * 1000
        found = len(check(text, lang))
        check_ms, check_min, check_p95 = median_ms(lambda t=text, lg=lang: check(t, lg))
        norm_ms, _, _ = median_ms(lambda t=text: normalise(t))
        find_ms, _, _ = median_ms(lambda t=text: t.find("\x00"))
        ok = ok and check_ms <= TARGET_MS
        print(
            f"{lang}: check {check_ms:.2f} ms (min {check_min:.2f}, p95 {check_p95:.2f}, "
            f"{found} findings)  "
            f"normalise {norm_ms:.2f} ms  str.find {find_ms * 1000:.1f} µs  "
            f"check/normalise {check_ms / norm_ms:.1f}x  "
            f"check/find {check_ms / find_ms:.0f}x  first load {load_ms:.0f} ms"
        )
    print("target ≤ 5 ms:", "met" if ok else "NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
