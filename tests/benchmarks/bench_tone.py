"""Times one tone check of a 2,000-character draft per language (target: at most 5 ms), and the
first check after start (target: at most 50 ms, cold).

    .venv/bin/python tests/benchmarks/bench_tone.py

The draft is made of the labelled drafts (good and bad) cut to 2,000 characters and checked as a
whole reply, so every rule runs. Baselines from the same run: normalise() alone and one str.find
pass over the same text. The first check is timed in fresh Python processes (median of 7, wall
and CPU time, bytecode written by one unmeasured run first, as an installed app has it), from
importing the checker to the first result (rules and sentence model loaded on the way): cold
(nothing prepared), and after ``prepare()`` (what the app runs in the background at start-up),
for a 300- and a 2,000-character draft; its baseline is a fresh process importing ``json`` and
``coach.text.normalise`` and normalising the same draft. The precompiled rules
(coach/tone/rules_<lang>.json) must be fresh (``scripts/tone_index.py``): the figures say if not.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

from coach.text.languages import LANGUAGES
from coach.text.normalise import normalise
from coach.tone import compiled
from coach.tone.checker import check, rules, rules_file
from coach.tone.model import model

LABELLED = Path(__file__).resolve().parents[1] / "tone"
SIZE = 2000
RUNS = 300
TARGET_MS = 5.0
FIRST_TARGET_MS = 50.0
FIRST = """
import sys, time
start, cpu = time.perf_counter(), time.process_time()
if sys.argv[2] == "baseline":
    import json
    from coach.text.normalise import normalise
    normalise(sys.stdin.read())
else:
    from coach.tone.checker import check, prepare
    if sys.argv[2] == "prepared":
        prepare(sys.argv[1])
        start, cpu = time.perf_counter(), time.process_time()
    check(sys.stdin.read(), sys.argv[1])
print((time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000)
"""
PROCESSES = 7
MODES = ("cold", "prepared", "baseline")


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


def first_check_ms(lang: str, text: str, mode: str, env: dict[str, str]) -> tuple[float, float]:
    """Median wall and CPU time over fresh processes to the first check's result (after one
    unmeasured run that writes the bytecode, as an installed app has it)."""
    runs = []
    for _ in range(PROCESSES + 1):
        done = subprocess.run(
            [sys.executable, "-c", FIRST, lang, mode],
            input=text,
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        runs.append(tuple(float(figure) for figure in done.stdout.split()))
    return statistics.median(r[0] for r in runs[1:]), statistics.median(r[1] for r in runs[1:])


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
    with tempfile.TemporaryDirectory() as bytecode:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = bytecode
        for lang in LANGUAGES:
            text = draft(lang)
            figures = {
                (size, mode): first_check_ms(lang, text[:size], mode, env)
                for size in (300, SIZE)
                for mode in MODES
            }
            cold = max(figures[(size, "cold")][0] for size in (300, SIZE))
            first_ok = first_ok and cold <= FIRST_TARGET_MS
            with open(rules_file(lang), encoding="utf-8") as toml:
                fresh = compiled.load(lang, toml.read()) is not None
            shown = {key: f"{wall:.1f} ms (CPU {cpu:.1f})" for key, (wall, cpu) in figures.items()}
            print(
                f"{lang}: first check after start, cold (import + rules + model + check): "
                f"{shown[(300, 'cold')]} for 300 chars, {shown[(SIZE, 'cold')]} for {SIZE}; "
                f"after prepare(): {shown[(300, 'prepared')]}, {shown[(SIZE, 'prepared')]}; "
                f"baseline (import json + normalise): {shown[(300, 'baseline')]}, "
                f"{shown[(SIZE, 'baseline')]}  [compiled rules "
                f"{'fresh' if fresh else 'STALE: run scripts/tone_index.py'}, sentence model "
                f"{'loaded' if model(lang) is not None else 'none'}]"
            )
    print("first check ≤ 50 ms, cold:", "met" if first_ok else "NOT met")
    return 0 if ok and first_ok else 1


if __name__ == "__main__":
    sys.exit(main())
