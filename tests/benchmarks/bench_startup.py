"""Start-up benchmark: `coach` to its main window (1,000 complaints in the log), next to a bare
PySide6 QMainWindow, each in a fresh process, alternating; medians and their ratio.

Three moments of each process, from its start (COACH_SMOKE_TEST=1, offscreen):
  open     the first event-loop turn after show() ("main window open" / the bare "main window
           shown"); coach has the log's first page and its count by then
  painted  the window's first paint done ("main window painted")
  checked  coach only: the log's quick check passed too, so saving may begin
           ("main window shown with N complaints")

Run: .venv/bin/python tests/benchmarks/bench_startup.py [--runs 7] [--complaints 1000]
     [--data-dir DIR]   (a folder already filled, e.g. bench_log_search's ~/.cache/coach-bench/log-100000)
     [--frozen dist/complaint-coach-<version>/complaint-coach]   (the bundle too, in the same run)
     [--compare-source DIR]   (coach from another source tree too, e.g. `git archive HEAD coach`
                               unpacked in DIR; its "open" is its first "main window" line)
     [--floor]   (the first screen's floor too: a bare script doing only what that screen must:
                  PySide6's three modules and the Qt enums, the same SQLite file read for the
                  log's first 200 rows of its columns and the count, a QStandardItemModel in a
                  QTableView, the same menus, a status line; shown)
"""

from __future__ import annotations

import argparse
import compileall
import os
import selectors
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHOWN_AND_PAINTED = """
class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            window.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print("main window painted", flush=True), window.close()))
        return False
painted = Painted()
window.installEventFilter(painted)
window.show()
QTimer.singleShot(0, lambda: print("main window shown", flush=True))
app.exec()
"""
BARE_WINDOW = (
    """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
"""
    + SHOWN_AND_PAINTED
)
FLOOR_WINDOW = (
    """
import sqlite3, sys
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTableView
app = QApplication([])
window = QMainWindow()
connection = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
rows = connection.execute(
    "SELECT c.id, c.created_at, coalesce(nullif(u.name, ''), nullif(u.phone, ''), u.email, ''), "
    "coalesce(c.product, ''), coalesce(c.root_cause, ''), c.status, c.stage, "
    "CASE c.status WHEN 'closed' THEN NULL WHEN 'awaiting_follow_up' THEN c.follow_up_due "
    "ELSE c.promised_by END FROM complaints c LEFT JOIN customers u ON u.id = c.customer_id "
    "WHERE c.deleted_at IS NULL ORDER BY c.created_at DESC, c.id DESC LIMIT 200"
).fetchall()
total = connection.execute("SELECT count(*) FROM complaints c WHERE c.deleted_at IS NULL").fetchone()[0]
model = QStandardItemModel(0, 6, window)
model.setHorizontalHeaderLabels(["Date", "Customer", "Product", "Root cause", "Status", "Next date"])
for _id, created, customer, product, cause, status, _stage, due in rows:
    cells = [created[:10], customer, product, cause, status, due or ""]
    items = [QStandardItem(text) for text in cells]
    for item in items:
        item.setTextAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
    model.appendRow(items)
view = QTableView()
view.setModel(model)
view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
window.setCentralWidget(view)
menus = {
    "&File": [("&New complaint", "Ctrl+N"), ("&Reports…", "Ctrl+R"), ("&Settings…", "Ctrl+,"),
              ("&Import…", "Ctrl+I"), ("&Export…", "Ctrl+E"), None, ("&Quit", "Ctrl+Q")],
    "&Help": [("&Learn", "F1"), ("&User guide", ""), None, ("&About Complaint Coach", "")],
}
for title, entries in menus.items():
    menu = window.menuBar().addMenu(title)
    for entry in entries:
        if entry is None:
            menu.addSeparator()
        else:
            action = QAction(entry[0], window)
            action.setShortcut(QKeySequence(entry[1]))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            menu.addAction(action)
window.statusBar().addWidget(QLabel(f"{total} complaints"), 1)
window.resize(1100, 700)
"""
    + SHOWN_AND_PAINTED
)
MOMENTS = {
    "open": (b"main window open", b"main window shown"),
    "painted": (b"main window painted",),
}
CHECKED = b"main window shown with"
TIMEOUT_SECONDS = 60


class Run:
    """One fresh process: when each moment's line came (seconds from the start), its peak
    resident memory (MiB) and its processor time (user + system, seconds, to its end)."""

    def __init__(
        self, command: list[str], env: dict[str, str], painted: bool = True, cwd: Path | None = None
    ):
        self.at: dict[str, float] = {}
        self.lines: list[str] = []
        started = time.perf_counter()
        process = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=cwd, bufsize=0
        )
        assert process.stdout is not None
        pending = b""  # read unbuffered: each line is timed when it arrives
        with selectors.DefaultSelector() as selector:
            selector.register(process.stdout, selectors.EVENT_READ)
            while True:
                if not selector.select(max(0.0, started + TIMEOUT_SECONDS - time.perf_counter())):
                    process.kill()
                    raise SystemExit(
                        f"{command[:3]} showed nothing for {TIMEOUT_SECONDS} s (a message box?)"
                    )
                chunk = os.read(process.stdout.fileno(), 65536)
                if not chunk:
                    break
                now = time.perf_counter() - started
                *lines, pending = (pending + chunk).split(b"\n")
                for line in lines:
                    self._arrived(line, now)
        _pid, status, usage = os.wait4(process.pid, 0)
        if os.waitstatus_to_exitcode(status) != 0 or "open" not in self.at:
            raise SystemExit(f"{command[:3]} failed: {self.lines}")
        if painted and "painted" not in self.at:
            raise SystemExit(f"{command[:3]} failed: {self.lines}")
        self.peak_mib = usage.ru_maxrss / 1024
        self.cpu = usage.ru_utime + usage.ru_stime

    def _arrived(self, line: bytes, now: float) -> None:
        self.lines.append(line.decode().strip())
        for moment, starts in MOMENTS.items():
            if moment not in self.at and line.startswith(starts):
                self.at[moment] = now
        if line.startswith(CHECKED):
            self.at["checked"] = now


def median(runs: list[Run], moment: str) -> float:
    return statistics.median(run.at[moment] for run in runs) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--complaints", type=int, default=1000)
    parser.add_argument("--frozen", metavar="EXECUTABLE", help="the bundle's program, timed too")
    parser.add_argument("--data-dir", type=Path, help="a folder already filled (no demo made)")
    parser.add_argument("--compare-source", type=Path, metavar="DIR", help="another coach/ tree")
    parser.add_argument("--floor", action="store_true", help="time the first screen's floor too")
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COACH_SMOKE_TEST="1")
    # As an installed copy starts: bytecode compiled (pip and the bundle do it at install; a
    # checkout with PYTHONDONTWRITEBYTECODE=1 would otherwise compile every module each time).
    for tree in (Path(__file__).resolve().parents[2], args.compare_source):
        if tree is not None:
            compileall.compile_dir(tree / "coach", quiet=1)
    with tempfile.TemporaryDirectory(prefix="coach-bench-") as temporary:
        folder = args.data_dir or Path(temporary) / "data"
        if args.data_dir is None:
            demo = [sys.executable, "-m", "coach", "--data-dir", str(folder), "demo"]
            demo += ["--complaints", str(args.complaints), "--seed", "1"]
            subprocess.run(demo, check=True, stdout=subprocess.DEVNULL, env=env)
        app = [sys.executable, "-m", "coach", "--data-dir", str(folder), "--lang", "en"]
        bare = [sys.executable, "-c", BARE_WINDOW]
        floor = [sys.executable, "-c", FLOOR_WINDOW, str(folder / "complaints.db")]
        frozen = [args.frozen, *app[3:]] if args.frozen else None
        # Each tree keeps its own cache folder: the playbook cache's name carries the tree's
        # file times, so one shared folder would be rewritten by every other process.
        env["XDG_CACHE_HOME"] = str(Path(temporary) / "cache")
        other_env = dict(env, PYTHONPATH=str(args.compare_source or ""))
        other_env["XDG_CACHE_HOME"] = str(Path(temporary) / "cache-other")
        frozen_env = dict(env, XDG_CACHE_HOME=str(Path(temporary) / "cache-frozen"))
        Run(app, env), Run(bare, env)  # warm the disk cache for both
        if args.floor:
            Run(floor, env)
        if frozen:
            Run(frozen, frozen_env, painted=False)
        if args.compare_source:
            Run(app, other_env, painted=False, cwd=args.compare_source)
        app_runs, bare_runs, frozen_runs, other_runs, floor_runs = [], [], [], [], []
        for _ in range(args.runs):
            bare_runs.append(Run(bare, env))
            app_runs.append(Run(app, env))
            if args.floor:
                floor_runs.append(Run(floor, env))
            if frozen:
                frozen_runs.append(Run(frozen, frozen_env, painted=False))
            if args.compare_source:
                other_runs.append(Run(app, other_env, painted=False, cwd=args.compare_source))
    shown = next(line for line in app_runs[0].lines if line.startswith("main window shown with"))
    print(f"start-up, median of {args.runs} fresh processes (offscreen), coach on the log of")
    print(f"{shown.split(' with ')[1]}; ms from the process start:")
    print("                                 open  painted  checked   peak RSS   CPU")
    named = [("bare PySide6 QMainWindow", bare_runs), ("coach", app_runs)]
    if floor_runs:
        named.insert(1, ("first screen's floor", floor_runs))
    for name, runs in named:
        checked = f"{median(runs, 'checked'):6.0f} ms" if "checked" in runs[0].at else " " * 9
        print(
            f"  {name:26} {median(runs, 'open'):6.0f} ms {median(runs, 'painted'):5.0f} ms"
            f" {checked} {statistics.median(r.peak_mib for r in runs):6.0f} MiB"
            f" {statistics.median(r.cpu for r in runs) * 1000:5.0f} ms"
        )
    for moment in ("open", "painted"):
        ratio = median(app_runs, moment) / median(bare_runs, moment)
        print(f"  ratio coach / bare, {moment:8} {ratio:6.2f}")
    if floor_runs:
        ratio = median(floor_runs, "open") / median(bare_runs, "open")
        print(f"  ratio floor / bare, open        {ratio:6.2f}")
        ratio = median(app_runs, "open") / median(floor_runs, "open")
        print(f"  ratio coach / floor, open       {ratio:6.2f}")
    if other_runs:
        print(f"  coach from {args.compare_source}, open {median(other_runs, 'open'):6.0f} ms")
        ratio = median(other_runs, "open") / median(bare_runs, "open")
        print(f"  ratio it / bare, open           {ratio:6.2f}")
    if frozen_runs:
        print(f"  bundle (frozen coach), open     {median(frozen_runs, 'open'):6.0f} ms")
        ratio = median(frozen_runs, "open") / median(app_runs, "open")
        print(f"  ratio bundle / coach, open      {ratio:6.2f}")
    for name, runs in (("coach", app_runs), ("bare", bare_runs), ("floor", floor_runs)):
        if not runs:
            continue
        times = ", ".join(f"{run.at['open'] * 1000:.0f}" for run in runs)
        print(f"  {name} open (ms): {times}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
