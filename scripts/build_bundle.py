"""Builds the one-folder bundle with PyInstaller (build.spec), smoke-runs and times it offscreen.

    .venv/bin/python scripts/build_bundle.py [--skip-build] [--startup-runs N]

Installs PyInstaller into the running environment when missing, compiles the translations,
builds dist/complaint-coach-<version>/, then fills a temporary data folder with the frozen
app's ``demo`` command, opens it in every language (COACH_SMOKE_TEST=1 closes the main window
once shown), checks that its menus are in that language and runs its --version. Then times the
start of the frozen app and of the unfrozen one (``python -m coach``) on the same data,
alternating, N runs each. Prints the bundle's size, the medians and the time each step took;
exits non-zero on failure.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coach import __version__  # noqa: E402
from coach.system.platforms import executable_name, is_windows  # noqa: E402
from coach.text.languages import LANGUAGES, SOURCE_LANGUAGE  # noqa: E402

BUNDLE = ROOT / "dist" / f"complaint-coach-{__version__}"
# the program that prints: Windows' console twin of the windowed app (build.spec)
EXECUTABLE = BUNDLE / executable_name("coach" if is_windows() else "complaint-coach")
SMOKE_TIMEOUT = 60
SMOKE_COMPLAINTS = 50
IMAGE_FORMATS = {"jpeg", "png", "bmp", "gif", "webp"}  # what the evidence panel offers


def run(command: list[str], **options) -> subprocess.CompletedProcess[str]:
    print("$", " ".join(str(part) for part in command), flush=True)
    return subprocess.run(command, text=True, **options)


def ensure_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        run([sys.executable, "-m", "pip", "install", "--quiet", "pyinstaller>=6"], check=True)


def build() -> None:
    run([sys.executable, str(ROOT / "scripts" / "build_translations.py")], check=True)
    command = [sys.executable, "-m", "PyInstaller", str(ROOT / "build.spec"), "--noconfirm"]
    command += ["--log-level", "WARN", "--distpath", str(ROOT / "dist")]
    command += ["--workpath", str(ROOT / "build" / "pyinstaller")]
    run(command, check=True, cwd=ROOT)


def menu_label(lang: str) -> str:
    """The File menu's title in ``lang``, as its .ts catalogue says (without the & marker)."""
    if lang == SOURCE_LANGUAGE:
        return "File"
    catalogue = ROOT / "assets" / "translations" / f"coach_{lang}.ts"
    for message in ElementTree.parse(catalogue).getroot().iter("message"):
        if message.findtext("source") == "&File":
            return (message.findtext("translation") or "").replace("&", "")
    raise LookupError(f"no translation of &File in {catalogue}")


def image_formats(output: str) -> set[str]:
    """The image formats the app said it reads (its smoke-test line)."""
    for line in output.splitlines():
        if line.startswith("image formats:"):
            return set(line.split(":", 1)[1].split())
    return set()


def smoke_env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COACH_SMOKE_TEST="1")
    env.pop("COACH_DATA_DIR", None)
    return env


def smoke_test(folder: str) -> list[str]:
    """Problems found running the frozen app on ``folder``; empty when it started and closed
    cleanly in every language, translated."""
    problems: list[str] = []
    env = smoke_env()
    demo = [str(EXECUTABLE), "--data-dir", folder, "demo", "--complaints", str(SMOKE_COMPLAINTS)]
    if run(demo, env=env, timeout=SMOKE_TIMEOUT).returncode != 0:
        problems.append("coach demo failed")
    for lang in LANGUAGES:
        command = [str(EXECUTABLE), "--data-dir", folder, "--lang", lang]
        result = run(command, capture_output=True, env=env, timeout=SMOKE_TIMEOUT)
        print(result.stdout + result.stderr, end="")
        if (
            result.returncode != 0
            or f"main window shown with {SMOKE_COMPLAINTS}" not in result.stdout
        ):
            problems.append(f"{lang}: exit code {result.returncode}, no main window")
        elif menu_label(lang) not in result.stdout:
            problems.append(f"{lang}: the menus are not in {lang}")
        elif missing := IMAGE_FORMATS - image_formats(result.stdout):
            problems.append(f"{lang}: cannot read {', '.join(sorted(missing))} images")
        elif "window icon sizes: 16" not in result.stdout:
            problems.append(f"{lang}: the window has no icon")
        if "Traceback" in result.stderr or "translations for" in result.stderr:
            problems.append(f"{lang}: errors while starting")
    version = run([str(EXECUTABLE), "--version"], capture_output=True, timeout=SMOKE_TIMEOUT)
    if __version__ not in version.stdout:
        problems.append(f"--version printed {version.stdout!r}")
    return problems


def seconds_to_window(command: list[str]) -> float:
    """Wall time from starting ``command`` to its "main window shown" line."""
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=smoke_env())
    elapsed = time.perf_counter() - started
    if done.returncode != 0 or "main window shown" not in done.stdout:
        raise SystemExit(
            f"{command[0]} did not start ({done.returncode}): {done.stdout}{done.stderr[-500:]}"
        )
    return elapsed


def start_times(folder: str, runs: int) -> tuple[float, float]:
    """Median start times (frozen, unfrozen) in seconds over ``runs`` alternating runs each."""
    frozen = [str(EXECUTABLE), "--data-dir", folder, "--lang", SOURCE_LANGUAGE]
    unfrozen = [sys.executable, "-m", "coach", *frozen[1:]]
    seconds_to_window(frozen), seconds_to_window(unfrozen)  # warm the disk cache for both
    pairs = [(seconds_to_window(frozen), seconds_to_window(unfrozen)) for _ in range(runs)]
    return statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)


def size_mb(folder: Path) -> float:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 1e6


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-build", action="store_true", help="smoke-test the existing bundle")
    parser.add_argument("--startup-runs", type=int, default=3, metavar="N")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if not args.skip_build:
        ensure_pyinstaller()
        build()
    built = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="coach-smoke-") as folder:
        problems = smoke_test(folder)
        smoked = time.perf_counter()
        timed = (
            start_times(folder, args.startup_runs) if args.startup_runs and not problems else None
        )
    finished = time.perf_counter()
    print(
        f"bundle {BUNDLE.relative_to(ROOT)}: {size_mb(BUNDLE):.1f} MB; "
        f"build {built - started:.1f} s, smoke test {smoked - built:.1f} s, "
        f"total {finished - started:.1f} s"
    )
    if timed is not None:
        print(
            f"start to main window ({SMOKE_COMPLAINTS} complaints, offscreen, median of "
            f"{args.startup_runs}): frozen {timed[0] * 1000:.0f} ms, "
            f"unfrozen (python -m coach) {timed[1] * 1000:.0f} ms"
        )
    for problem in problems:
        print(f"smoke test failed: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
