"""Start-up benchmark: `coach` to its main window shown (1,000 complaints in the log), next to a
bare PySide6 QMainWindow shown, each in a fresh process, alternating; medians and their ratio.

Run: .venv/bin/python tests/benchmarks/bench_startup.py [--runs 7] [--complaints 1000]
     [--data-dir DIR]   (a folder already filled, e.g. bench_log_search's ~/.cache/coach-bench/log-100000)
     [--frozen dist/complaint-coach-<version>/complaint-coach]   (the bundle too, in the same run)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(0, lambda: (print("main window shown", flush=True), window.close()))
app.exec()
"""


PEAK_MIB: dict[tuple[str, ...], list[float]] = {}
"""Each command's peak resident memory (MiB), one entry per run."""
SHOWN: dict[tuple[str, ...], str] = {}
"""Each command's "main window shown" line."""


def seconds_to_window(command: list[str], env: dict[str, str]) -> float:
    """Wall time from starting ``command`` to its "main window shown" line; its peak resident
    memory goes to PEAK_MIB."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    assert process.stdout is not None
    for line in process.stdout:
        if b"main window shown" in line:
            elapsed = time.perf_counter() - started
            SHOWN[tuple(command)] = line.decode().strip()
            break
    else:
        raise SystemExit(f"{command[:3]} never showed its window")
    process.stdout.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    PEAK_MIB.setdefault(tuple(command), []).append(usage.ru_maxrss / 1024)
    if process.returncode != 0:
        raise SystemExit(f"{command[:3]} exited with {process.returncode}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--complaints", type=int, default=1000)
    parser.add_argument("--frozen", metavar="EXECUTABLE", help="the bundle's program, timed too")
    parser.add_argument("--data-dir", type=Path, help="a folder already filled (no demo made)")
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COACH_SMOKE_TEST="1")
    with tempfile.TemporaryDirectory(prefix="coach-bench-") as temporary:
        folder = args.data_dir or Path(temporary) / "data"
        if args.data_dir is None:
            demo = [sys.executable, "-m", "coach", "--data-dir", str(folder), "demo"]
            demo += ["--complaints", str(args.complaints), "--seed", "1"]
            subprocess.run(demo, check=True, stdout=subprocess.DEVNULL, env=env)
        app = [sys.executable, "-m", "coach", "--data-dir", str(folder), "--lang", "en"]
        bare = [sys.executable, "-c", BARE_WINDOW]
        frozen = [args.frozen, *app[3:]] if args.frozen else None
        seconds_to_window(app, env)  # warm the disk cache for both
        seconds_to_window(bare, env)
        if frozen:
            seconds_to_window(frozen, env)
        app_times, bare_times, frozen_times = [], [], []
        for _ in range(args.runs):
            bare_times.append(seconds_to_window(bare, env))
            app_times.append(seconds_to_window(app, env))
            if frozen:
                frozen_times.append(seconds_to_window(frozen, env))
    app_ms = statistics.median(app_times) * 1000
    bare_ms = statistics.median(bare_times) * 1000
    print(f"start-up to main window shown, median of {args.runs} fresh processes (offscreen):")
    print(f"  bare PySide6 QMainWindow              {bare_ms:7.0f} ms")
    count = int(SHOWN[tuple(app)].split(" with ")[1].split()[0])
    print(f"  coach, {count:,} complaints in the log   {app_ms:7.0f} ms")
    print(f"  ratio coach / bare                    {app_ms / bare_ms:7.2f}")
    if frozen_times:
        frozen_ms = statistics.median(frozen_times) * 1000
        print(f"  bundle (frozen coach), same data      {frozen_ms:7.0f} ms")
        print(f"  ratio bundle / coach                  {frozen_ms / app_ms:7.2f}")
    app_mib = statistics.median(PEAK_MIB[tuple(app)])
    bare_mib = statistics.median(PEAK_MIB[tuple(bare)])
    print(f"  peak memory (RSS) coach / bare        {app_mib:7.0f} / {bare_mib:.0f} MiB")
    print(f"  coach runs (ms): {', '.join(f'{t * 1000:.0f}' for t in app_times)}")
    print(f"  bare runs (ms):  {', '.join(f'{t * 1000:.0f}' for t in bare_times)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
