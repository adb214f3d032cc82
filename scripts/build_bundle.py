"""Builds the one-folder bundle with PyInstaller (build.spec) and smoke-runs it offscreen.

    .venv/bin/python scripts/build_bundle.py [--skip-build]

Installs PyInstaller into the running environment when missing, compiles the translations,
builds dist/complaint-coach-<version>/, then fills a temporary data folder with the frozen
app's ``demo`` command, opens it in English and in Arabic (COACH_SMOKE_TEST=1 closes the main
window once shown) and runs its --version. Prints the time each step took and the bundle's size; exits non-zero on failure.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coach import __version__  # noqa: E402
from coach.text.languages import LANGUAGES  # noqa: E402

BUNDLE = ROOT / "dist" / f"complaint-coach-{__version__}"
EXECUTABLE = BUNDLE / ("complaint-coach.exe" if sys.platform == "win32" else "complaint-coach")
SMOKE_TIMEOUT = 60


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


def smoke_test() -> list[str]:
    """Problems found running the frozen app; empty when it started and closed cleanly."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="coach-smoke-") as folder:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COACH_SMOKE_TEST="1")
        env.pop("COACH_DATA_DIR", None)
        demo = [str(EXECUTABLE), "--data-dir", folder, "demo", "--complaints", "50"]
        if run(demo, env=env, timeout=SMOKE_TIMEOUT).returncode != 0:
            problems.append("coach demo failed")
        for lang in LANGUAGES:
            command = [str(EXECUTABLE), "--data-dir", folder, "--lang", lang]
            result = run(command, capture_output=True, env=env, timeout=SMOKE_TIMEOUT)
            print(result.stdout + result.stderr, end="")
            if result.returncode != 0 or "main window shown with 50" not in result.stdout:
                problems.append(f"{lang}: exit code {result.returncode}, no main window")
            if "Traceback" in result.stderr or "translations for" in result.stderr:
                problems.append(f"{lang}: errors while starting")
        version = run([str(EXECUTABLE), "--version"], capture_output=True, timeout=SMOKE_TIMEOUT)
        if __version__ not in version.stdout:
            problems.append(f"--version printed {version.stdout!r}")
    return problems


def size_mb(folder: Path) -> float:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files) / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-build", action="store_true", help="smoke-test the existing bundle")
    args = parser.parse_args()
    started = time.perf_counter()
    if not args.skip_build:
        ensure_pyinstaller()
        build()
    built = time.perf_counter()
    problems = smoke_test()
    finished = time.perf_counter()
    print(
        f"bundle {BUNDLE.relative_to(ROOT)}: {size_mb(BUNDLE):.0f} MB; "
        f"build {built - started:.1f} s, smoke test {finished - built:.1f} s, "
        f"total {finished - started:.1f} s"
    )
    for problem in problems:
        print(f"smoke test failed: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
