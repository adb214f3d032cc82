"""Memory benchmark: peak resident memory of whole processes, each next to a bare baseline
process measured in the same run.

Run: .venv/bin/python tests/benchmarks/bench_memory.py [--data-dir DIR] [--report-size 10000]

1. The log scrolled from the top to the bottom: the main window on DIR (default
   bench_log_search's ~/.cache/coach-bench/log-100000, filled once), every page fetched as the
   view reaches the bottom and painted, until the last complaint is shown. Baseline: a bare
   QMainWindow holding a QTableView, shown and painted.
2. The report of one month of ``--report-size`` complaints (bench_report_pdf's realistic
   texts) written to PDF by ``coach report``. Baseline: a bare QPdfWriter writing one page of
   text in a fresh process.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

SCROLL = """
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from coach.service import Coach
from coach.ui.main_window import MainWindow
from coach.ui.prompts import ScriptedPrompts

app = QApplication([])
window = MainWindow(Coach.open(Path(sys.argv[1]), "en"), ScriptedPrompts())
window.resize(1200, 760)
window.show()
window.pages.setCurrentWidget(window.pages.log)
model, view = window.model, window.view
started = time.perf_counter()
while True:
    model.wait()
    view.scrollToBottom()
    view.viewport().repaint()
    app.processEvents()
    if not model.canFetchMore() and not model.busy:
        break
print(f"rows {model.rowCount()} of {model.total} in {time.perf_counter() - started:.1f} s", flush=True)
window.close()
"""

BARE_TABLE = """
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
from PySide6.QtGui import QStandardItemModel
app = QApplication([])
window = QMainWindow()
view = QTableView()
view.setModel(QStandardItemModel(0, 6))
window.setCentralWidget(view)
window.resize(1200, 760)
window.show()
app.processEvents()
view.viewport().repaint()
print("shown", flush=True)
"""

BARE_PDF = """
import sys
from PySide6.QtCore import QPointF
from PySide6.QtGui import QGuiApplication, QPainter, QPdfWriter
app = QGuiApplication([])
writer = QPdfWriter(sys.argv[1])
painter = QPainter(writer)
painter.drawText(QPointF(50, 50), "The parcel came three days late.")
painter.end()
print("written", flush=True)
"""


def run(command: list[str]) -> tuple[float, float, str]:
    """Peak resident memory (MiB) of ``command`` alone, its wall seconds and its output."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(HERE))
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    assert process.stdout is not None and process.stderr is not None
    out = process.stdout.read()
    err = process.stderr.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"{command[:3]} failed: {err.decode()[-2000:]}")
    return usage.ru_maxrss / 1024, seconds, out.decode().strip()


def report_folder(folder: Path, size: int) -> None:
    code = (
        "import sys; from pathlib import Path; from bench_report_pdf import fill_realistic; "
        "from coach.store import Store; s = Store.open(Path(sys.argv[1])); "
        "fill_realistic(s, int(sys.argv[2])); s.close()"
    )
    run([sys.executable, "-c", code, str(folder), str(size)])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--report-size", type=int, default=10_000)
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    from bench_log_search import folder_for

    folder = folder_for(100_000, args.data_dir)
    bare_mib, _, _ = run([sys.executable, "-c", BARE_TABLE])
    ours_mib, seconds, out = run([sys.executable, "-c", SCROLL, str(folder)])
    print("peak resident memory of whole processes (MiB):")
    print(f"  log scrolled top to bottom ({out}): {ours_mib:.0f}")
    print(f"    bare QMainWindow with a QTableView, shown: {bare_mib:.0f}")
    with tempfile.TemporaryDirectory(prefix="coach-bench-") as temporary:
        data = Path(temporary) / "data"
        report_folder(data, args.report_size)
        pdf = Path(temporary) / "report.pdf"
        command = [sys.executable, "-m", "coach", "--data-dir", str(data), "report"]
        command += ["--month", "2026-10", "--format", "pdf", "--out", str(pdf)]
        ours_mib, seconds, _ = run(command)
        bare_mib, _, _ = run([sys.executable, "-c", BARE_PDF, str(Path(temporary) / "bare.pdf")])
        print(
            f"  coach report of a {args.report_size:,}-complaint month to PDF ({seconds:.1f} s, "
            f"{pdf.stat().st_size // 1024:,} KiB): {ours_mib:.0f}"
        )
        print(f"    bare QPdfWriter, one page: {bare_mib:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
