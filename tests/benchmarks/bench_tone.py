"""Times one tone check of a 2,000-character draft per language (target: at most 5 ms), and the
first check after start (target: at most 50 ms).

    .venv/bin/python tests/benchmarks/bench_tone.py

The draft is made of the labelled drafts (good and bad) cut to 2,000 characters and checked as a
whole reply, so every rule runs. Baselines from the same run: normalise() alone and one str.find
pass over the same text. The first check is timed in a fresh Python process, from importing the
checker to the first result: cold (nothing prepared), and after ``prepare()`` (what the app runs
in the background at start-up), for a 300- and a 2,000-character draft.
"""

from __future__ import annotations

import statistics
import subprocess
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
FIRST_TARGET_MS = 50.0
FIRST = """
import sys, time
start = time.perf_counter()
from coach.tone.checker import check, prepare
if sys.argv[2] == "prepared":
    prepare(sys.argv[1])
    start = time.perf_counter()
check(sys.stdin.read(), sys.argv[1])
print((time.perf_counter() - start) * 1000)
"""


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


def first_check_ms(lang: str, text: str, mode: str) -> float:
    """Median over 5 fresh processes of the time to the first check's result."""
    runs = []
    for _ in range(5):
        done = subprocess.run(
            [sys.executable, "-c", FIRST, lang, mode],
            input=text,
            capture_output=True,
            text=True,
            check=True,
        )
        runs.append(float(done.stdout))
    return statistics.median(runs)


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
    first_ok = True
    for lang in LANGUAGES:
        text = draft(lang)
        figures = {
            (size, mode): first_check_ms(lang, text[:size], mode)
            for size in (300, SIZE)
            for mode in ("cold", "prepared")
        }
        first_ok = first_ok and figures[(SIZE, "prepared")] <= FIRST_TARGET_MS
        print(
            f"{lang}: first check after start, cold (import + rules + check): "
            f"{figures[(300, 'cold')]:.0f} ms (300 chars), {figures[(SIZE, 'cold')]:.0f} ms "
            f"({SIZE} chars); after prepare(): {figures[(300, 'prepared')]:.1f} ms, "
            f"{figures[(SIZE, 'prepared')]:.1f} ms"
        )
    print(
        "first check ≤ 50 ms once prepared:",
        "met" if first_ok else "NOT met",
        "(cold start: see the figures above)",
    )
    return 0 if ok and first_ok else 1


if __name__ == "__main__":
    sys.exit(main())
