"""Monthly report to PDF: timings next to the raw SQL aggregate of the same month.

Run: .venv/bin/python tests/benchmarks/bench_report_pdf.py [SIZE ...]   (default 1000 10000)

Uses bench_report_sql's store filler (that many complaints in October 2026 with mixed Arabic,
Persian and English texts). Each time is the median of ``REPEATS`` runs: wall seconds and, in
brackets, this process's CPU seconds (the machine is shared, so wall time varies with load).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_report_sql import MONTH, NOW, SQL_BASELINE, fill  # noqa: E402

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


def run(size: int, lang: str = "en") -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        store = Store.open(folder / "data")
        fill(store, size)
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
        }
        store.close()
    return results


def main(sizes: list[int]) -> None:
    print(f"median of {REPEATS} runs: wall s [cpu s]; one month ({MONTH.key}), A4, English")
    for size in sizes:
        r = run(size)
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
            f"  total/sql x{r['total'][0] / r['sql'][0]:.0f}{verdict}"
        )


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [1000, 10000])
