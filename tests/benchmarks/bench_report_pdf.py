"""Monthly report to PDF: timings next to the raw SQL aggregate of the same month.

Run: .venv/bin/python tests/benchmarks/bench_report_pdf.py [SIZE ...]   (default 1000 10000)
     [--texts realistic|repeated] [--lang en|ar|fa] [--preview SIZE] [--compact-above N]

Each size is a fresh store with that many complaints in October 2026 (10% more in the five
months before). ``realistic`` (the default): the ``coach demo`` complaints of that month in
English, Arabic and Persian, each description two different sentences of its language and
every one different (about 150 characters). ``repeated``: bench_report_sql's filler, two of
four fixed sentences (the layout cache sees the same few texts again and again). Each time
is the median of ``REPEATS`` runs: wall seconds and, in brackets, this process's CPU seconds
(the machine is shared, so wall time varies with load). ``peak`` is this process's peak
resident memory after the size's runs, next to the same figure before the first.

``--preview SIZE``: the Reports screen's Preview on such a month, from the click to its first
page painted, with the longest time the UI thread was busy in one go meanwhile; next to the
bare baseline of Qt's QPrintPreviewDialog (what Print… opened before), which lays out and paints
every page on the UI thread once the summary is built.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_report_sql import MONTH, NOW, SQL_BASELINE, fill  # noqa: E402

from coach.complaints.domain import Complaint  # noqa: E402
from coach.report.render import ReportDocument, paper_size, write_pdf  # noqa: E402
from coach.report.summary import build_summary  # noqa: E402
from coach.store import Store  # noqa: E402

REPEATS = 3
TARGETS = {1000: 1.0, 10000: 3.0}


def timed(work: Callable[[], Any]) -> tuple[float, float]:
    """Median wall and CPU seconds of ``REPEATS`` runs of ``work``."""
    walls, cpus = [], []
    for _ in range(REPEATS):
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def fill_realistic(store: Store, size: int) -> None:
    """``size`` demo complaints in MONTH (a third in each language), each description two
    sentences of its language, and ``size // 10`` in the five months before."""
    from datetime import date, datetime, timedelta

    from coach.demo import demo_complaints

    def month_of(count: int, lang: str, seed: int, start: date) -> list[Complaint]:
        made = [c for c, _ in demo_complaints(count, 1, lang, seed=seed, today=date(2026, 11, 1))]
        second = [c.description for c in reversed(made)]
        return [
            c.replace(
                description=f"{c.description} {other}",
                created_at=datetime.combine(start, c.created_at.time())
                + timedelta(days=index % 28),
            )
            for index, (c, other) in enumerate(zip(made, second, strict=True))
        ]

    items: list[Complaint] = []
    for index, lang in enumerate(("en", "ar", "fa")):
        share = size // 3 + (1 if index < size % 3 else 0)
        items += month_of(share, lang, index, MONTH.start)
        items += month_of(max(share // 10, 1), lang, 10 + index, MONTH.shifted(-2).start)
    store.save_many([(c, ()) for c in items])


def peak_mib() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(size: int, lang: str = "en", texts: str = "realistic") -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        store = Store.open(folder / "data")
        (fill_realistic if texts == "realistic" else fill)(store, size)
        params = [MONTH.start.isoformat(), MONTH.end.isoformat()]
        summary = build_summary(store, MONTH, now=NOW, lang=lang)
        pdf = folder / "report.pdf"
        pages = write_pdf(summary, pdf)
        results: dict[str, Any] = {
            "sql": timed(lambda: store.db.execute(SQL_BASELINE, params).fetchall()),
            "summary": timed(lambda: build_summary(store, MONTH, now=NOW, lang=lang)),
            "layout": timed(lambda: ReportDocument(summary, paper_size("a4"))),
            "pdf": timed(lambda: write_pdf(summary, pdf)),
            "total": timed(lambda: write_pdf(build_summary(store, MONTH, now=NOW, lang=lang), pdf)),
            "pages": pages,
            "kib": pdf.stat().st_size // 1024,
            "peak": peak_mib(),
        }
        store.close()
    return results


def main(sizes: list[int], texts: str = "realistic", lang: str = "en") -> None:
    print(
        f"median of {REPEATS} runs: wall s [cpu s]; one month ({MONTH.key}), A4, report in "
        f"{lang}, {texts} texts; peak memory before: {peak_mib():.0f} MiB"
    )
    for size in sizes:
        r = run(size, lang, texts)
        cells = "  ".join(
            f"{key} {r[key][0]:.3f} [{r[key][1]:.3f}]"
            for key in ("sql", "summary", "layout", "pdf", "total")
        )
        target = TARGETS.get(size)
        verdict = ""
        if target is not None:
            verdict = f"  target < {target:g} s: {'met' if r['total'][0] < target else 'MISSED'}"
        print(
            f"{size:>6} complaints, {r['pages']} pages, {r['kib']} KiB: {cells}"
            f"  pdf/sql x{r['pdf'][0] / r['sql'][0]:.0f}"
            f"  total/sql x{r['total'][0] / r['sql'][0]:.0f}{verdict}  peak {r['peak']:.0f} MiB"
        )


def preview(size: int) -> None:
    from datetime import date

    from PySide6.QtCore import QEventLoop
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
    from PySide6.QtWidgets import QApplication

    from coach.report.render import print_report
    from coach.service import Coach
    from coach.ui.prompts import ScriptedPrompts
    from coach.ui.report_screen import ReportScreen

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name) / "data"
        store = Store.open(folder)
        fill_realistic(store, size)
        store.close()
        coach = Coach.open(folder, "en")
        screen = ReportScreen(coach, prompts=ScriptedPrompts(), today=lambda: date(2026, 11, 15))
        screen.show()
        months = [screen.month_box.itemData(i).key for i in range(screen.month_box.count())]
        screen.month_box.setCurrentIndex(months.index(MONTH.key))
        app.processEvents()
        longest = 0.0
        started = time.perf_counter()
        screen.preview_button.click()
        while screen.preview.document is None:
            if screen.prompts.shown:
                raise SystemExit(f"the preview failed: {screen.prompts.shown}")
            turn = time.perf_counter()
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
            longest = max(longest, time.perf_counter() - turn)
            time.sleep(0.0005)
        screen.preview.repaint()
        first = time.perf_counter() - started
        pages = screen.preview.document.page_count

        summary = build_summary(store_of(folder), MONTH, now=NOW, lang="en")
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer)
        dialog.paintRequested.connect(lambda device: print_report(summary, device))
        widget = dialog.findChild(QPrintPreviewWidget)
        blocked = time.perf_counter()
        widget.updatePreview()  # what showing the dialog does, on the UI thread
        blocked = time.perf_counter() - blocked
        print(
            f"preview of {size:,} complaints ({pages} pages): first page shown after "
            f"{first:.2f} s, longest UI stall {longest * 1000:.0f} ms; bare QPrintPreviewDialog: "
            f"UI thread blocked {blocked:.2f} s (after the summary)"
        )
        screen.close()
        coach.close()


def store_of(folder: Path) -> Store:
    return Store.open(folder)


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", type=int, nargs="*", default=[])
    parser.add_argument("--texts", choices=("realistic", "repeated"), default="realistic")
    parser.add_argument("--lang", choices=("en", "ar", "fa"), default="en")
    parser.add_argument("--preview", type=int, metavar="SIZE", help="time the preview too")
    parser.add_argument(
        "--compact-above", type=int, metavar="N", help="one line per complaint above N complaints"
    )
    options = parser.parse_args()
    if options.compact_above is not None:
        from coach.report.render import sections

        sections.COMPACT_ABOVE = options.compact_above
    if not options.sizes and not options.preview:
        options.sizes = [1000, 10000]
    if options.sizes:
        main(options.sizes, options.texts, options.lang)
    if options.preview:
        preview(options.preview)
