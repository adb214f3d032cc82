"""Monthly report timings: a raw SQL aggregate of the month (baseline) vs the report's steps.

Run: .venv/bin/python tests/benchmarks/bench_report_sql.py [SIZE ...]   (default 1000 10000)

Each size gets a fresh store holding that many complaints in October 2026 (plus 10% in the
five months before, for the trend). Times are the best of ``REPEATS`` runs, in seconds.
To time another output (the PDF), add a step to ``time_outputs``.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from coach.complaints.domain import Complaint, Customer
from coach.complaints.vocabulary import ROOT_CAUSES
from coach.report.export import write_csv, write_json
from coach.report.summary import ReportSummary, build_summary
from coach.store import ComplaintQuery, Store
from coach.text.periods import Period, month_period

REPEATS = 5
MONTH = month_period(2026, 10)
NOW = datetime(2026, 11, 15, 10, 0)
TEXTS = (
    "طلب رقم 12345 (iPhone 13) تأخر ثلاثة أيام — السبب شركة الشحن",
    "سفارش شماره ۱۲۳۴ (کیف چرمی) دیر رسید؛ مشتری‌ها ناراضی‌اند",
    "قیمت روی قفسه ۲۵۰ هزار تومان بود ولی ۳۰۰ هزار حساب شد (Samsung A54)",
    "The parcel came three days late and nobody answered the phone when I called.",
)
NAMES = ("Sara Ahmed", "علی رضایی", "ليلى حسن", "Omar Khalil", "مریم کریمی")

SQL_BASELINE = """
SELECT root_cause,
       count(*),
       sum(status != 'closed'),
       avg((julianday(resolved_at) - julianday(created_at)) * 24),
       avg(CASE WHEN promised_by IS NOT NULL AND resolved_at IS NOT NULL
                THEN date(resolved_at) <= promised_by END),
       avg(CASE WHEN follow_up_due IS NOT NULL AND followed_up_at IS NOT NULL
                THEN followed_up_at <= follow_up_due END),
       avg(csat), avg(ces),
       100.0 * (sum(nps >= 9) - sum(nps <= 6)) / count(nps),
       sum(CAST(cost AS REAL))
FROM complaints WHERE created_at >= ? AND created_at < ?
GROUP BY root_cause
"""


def complaint(rng: random.Random, created: datetime) -> Complaint:
    resolved = created + timedelta(hours=rng.randrange(1, 120)) if rng.random() < 0.8 else None
    followed = resolved is not None and rng.random() < 0.7
    name = rng.choice(NAMES)
    return Complaint(
        created_at=created,
        customer=Customer(f"{name} {rng.randrange(400)}", phone=f"0791{rng.randrange(400):06d}"),
        product=f"Product {rng.randrange(60)}",
        description=rng.choice(TEXTS) + " " + rng.choice(TEXTS),
        resolution="Replaced the item and apologised.",
        root_cause=rng.choice(ROOT_CAUSES),
        resolved_at=resolved,
        promised_by=created.date() + timedelta(days=rng.randrange(1, 5)),
        follow_up_due=resolved.date() + timedelta(days=1) if resolved else None,
        followed_up_at=resolved.date() + timedelta(days=rng.randrange(0, 3)) if followed else None,
        follow_up_result="resolved" if followed else "",
        csat=rng.randint(1, 5) if followed else None,
        ces=rng.randint(1, 7) if followed else None,
        nps=rng.randint(0, 10) if followed else None,
        cost=Decimal(rng.randrange(0, 5000)) / 100,
        status="closed" if followed else "in_progress",
    )


def fill(store: Store, size: int, period: Period = MONTH) -> None:
    """``size`` complaints spread over ``period`` and ``size // 10`` over the five months before."""
    rng = random.Random(size)

    def moments(start: date, end: date, count: int) -> list[datetime]:
        minutes = (end - start).days * 24 * 60
        first = datetime.combine(start, datetime.min.time())
        return [first + timedelta(minutes=rng.randrange(minutes)) for _ in range(count)]

    earlier = period.shifted(-5)
    items = [(complaint(rng, at), ()) for at in moments(period.start, period.end, size)]
    items += [(complaint(rng, at), ()) for at in moments(earlier.start, period.start, size // 10)]
    store.save_many(items)


def best_time(work: Callable[[], Any], repeats: int = REPEATS) -> float:
    """The fastest of ``repeats`` runs, in seconds (the least disturbed by other load)."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def time_sql(store: Store, period: Period = MONTH) -> float:
    params = [period.start.isoformat(), period.end.isoformat()]
    return best_time(lambda: store.db.execute(SQL_BASELINE, params).fetchall())


def time_find(store: Store, period: Period = MONTH) -> float:
    """Loading the month's complaints alone (the bulk of ``build_summary``)."""
    query = ComplaintQuery(start=period.start, end=period.end)
    return best_time(lambda: store.find(query, order="oldest"))


def time_summary(store: Store, period: Period = MONTH, redact: bool = False) -> float:
    return best_time(lambda: build_summary(store, period, now=NOW, redact=redact))


def time_outputs(summary: ReportSummary, folder: Path) -> dict[str, float]:
    """Seconds to write each output of an already built summary (extend with the PDF)."""
    return {
        "json": best_time(lambda: write_json(summary, folder / "report.json")),
        "csv": best_time(lambda: write_csv(summary, folder / "report.csv")),
    }


def run(size: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        store = Store.open(folder / "data")
        fill(store, size)
        results = {"sql": time_sql(store), "find": time_find(store)}
        results["summary"] = time_summary(store)
        results["summary_redacted"] = time_summary(store, redact=True)
        summary = build_summary(store, MONTH, now=NOW)
        assert summary.total == size
        results |= time_outputs(summary, folder)
        store.close()
    return results


def main(sizes: list[int]) -> None:
    print(f"best of {REPEATS} runs, seconds; one month ({MONTH.key})")
    for size in sizes:
        results = run(size)
        ratio = results["summary"] / results["sql"]
        cells = "  ".join(f"{key} {value:.3f}" for key, value in results.items())
        print(f"{size:>6} complaints: {cells}  summary/sql x{ratio:.0f}")


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [1000, 10000])
