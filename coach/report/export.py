"""The report summary as JSON and CSV, with vocabulary keys so its numbers can be reused (no Qt)."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from coach.errors import OutputError
from coach.playbooks import load_playbook
from coach.report.summary import CauseSummary, ComplaintLine, ReportSummary
from coach.spreadsheet.formula import protect
from coach.system.files import DiskFullError, write_text_atomic
from coach.text.languages import SOURCE_LANGUAGE
from coach.text.periods import Period

CSV_COLUMNS: tuple[str, ...] = (
    "key",
    "label",
    "count",
    "share",
    "previous_count",
    "change",
    "open",
    "closed",
    "median_hours_to_resolve",
    "mean_hours_to_resolve",
    "promises_kept_rate",
    "follow_ups_on_time_rate",
    "mean_csat",
    "mean_ces",
    "nps",
    "total_cost",
)
DECIMALS = 4


def _number(value: float | None) -> float | None:
    return None if value is None else round(value, DECIMALS)


def _money(value: Decimal) -> str:
    """A Decimal as exact plain text ("12.50", never "1.25E+1")."""
    return format(value, "f")


def period_to_json(period: Period) -> dict[str, Any]:
    """``end`` is the period's LAST day (inclusive)."""
    return {
        "start": period.start.isoformat(),
        "end": (period.end - timedelta(days=1)).isoformat(),
        "calendar": period.calendar,
        "key": period.key,
        "name": period.name(load_playbook(SOURCE_LANGUAGE).month_names),
    }


def _line_to_json(line: ComplaintLine) -> dict[str, Any]:
    return {
        "id": line.id,
        "created_at": line.created_at.isoformat(timespec="seconds"),
        "resolved_at": line.resolved_at.isoformat(timespec="seconds") if line.resolved_at else None,
        "customer": line.customer,
        "phone": line.phone,
        "email": line.email,
        "address": line.address,
        "product": line.product,
        "description": line.description,
        "resolution": line.resolution,
        "follow_up_result": line.follow_up_result,
        "status": line.status,
        "attachments": line.attachments,
    }


def _cause_row(cause: CauseSummary) -> dict[str, Any]:
    return {
        "key": cause.key,
        "label": cause.label,
        "count": cause.count,
        "share": _number(cause.share),
        "previous_count": cause.previous_count,
        "change": cause.count - cause.previous_count,
        "open": cause.open,
        "closed": cause.closed,
        "median_hours_to_resolve": _number(cause.median_hours_to_resolve),
        "mean_hours_to_resolve": _number(cause.mean_hours_to_resolve),
        "promises_kept_rate": _number(cause.promises_kept_rate),
        "follow_ups_on_time_rate": _number(cause.follow_ups_on_time_rate),
        "mean_csat": _number(cause.mean_csat),
        "mean_ces": _number(cause.mean_ces),
        "nps": _number(cause.nps),
        "total_cost": _money(cause.total_cost),
    }


def summary_to_json(summary: ReportSummary, *, complaints: bool = True) -> dict[str, Any]:
    """The summary as plain JSON values; rates are fractions, money is a string, None is null."""
    return {
        "period": period_to_json(summary.period),
        "lang": summary.lang,
        "business_name": summary.business_name,
        "redacted": summary.redacted,
        "generated_at": summary.generated_at.isoformat(timespec="seconds"),
        "total": summary.total,
        "previous_total": summary.previous_total,
        "change": summary.total - summary.previous_total,
        "open": summary.open,
        "closed": summary.closed,
        "median_hours_to_resolve": _number(summary.median_hours_to_resolve),
        "mean_hours_to_resolve": _number(summary.mean_hours_to_resolve),
        "promises_kept_rate": _number(summary.promises_kept_rate),
        "follow_ups_on_time_rate": _number(summary.follow_ups_on_time_rate),
        "mean_csat": _number(summary.mean_csat),
        "mean_ces": _number(summary.mean_ces),
        "nps": _number(summary.nps),
        "total_cost": _money(summary.total_cost),
        "causes": [
            _cause_row(cause)
            | ({"complaints": [_line_to_json(line) for line in cause.lines]} if complaints else {})
            for cause in summary.causes
        ],
        "trend": {
            "periods": [period_to_json(p) for p in summary.trend_periods],
            "series": [
                {"key": s.key, "label": s.label, "counts": list(s.counts)} for s in summary.trend
            ],
        },
        "repeat_customers": [
            {"customer": name, "count": count} for name, count in summary.repeat_customers
        ],
        "top_products": [{"product": name, "count": count} for name, count in summary.top_products],
        "recommendations": [
            {
                "key": r.key,
                "label": r.label,
                "looks_like": r.looks_like,
                "fix": list(r.fix),
                "sources": list(r.sources),
            }
            for r in summary.recommendations
        ],
    }


def summary_to_csv(summary: ReportSummary) -> str:
    """The per-cause table: a header of keys, then one row per cause, biggest first."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for cause in summary.causes:
        row = _cause_row(cause)
        writer.writerow({k: "" if v is None else protect(str(v)) for k, v in row.items()})
    return out.getvalue()


def check_writable(path: Path) -> None:
    """Raises OutputError in words when ``path`` cannot be written (before the slow work)."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise OutputError(f"Cannot write the report to {path}: it is a folder. Name a file.")
    if not folder.is_dir():
        raise OutputError(f"Cannot write the report to {path}: the folder {folder} does not exist.")
    if path.exists() and not os.access(path, os.W_OK):
        raise OutputError(f"Cannot write the report to {path}: permission denied.")
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        reason = "permission denied" if isinstance(error, PermissionError) else error.strerror
        raise OutputError(f"Cannot write the report to {path}: {reason}.") from None


def write_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Writes ``text`` whole or not at all (a temporary file renamed over ``path``)."""
    try:
        write_text_atomic(path, text, encoding=encoding)
    except DiskFullError:
        raise
    except OSError as error:
        raise OutputError(
            f"Cannot write the report to {path}: {error.strerror or error}."
        ) from None


def write_json(summary: ReportSummary, path: Path) -> None:
    text = json.dumps(summary_to_json(summary), ensure_ascii=False, indent=2) + "\n"
    write_text(path, text)


def write_csv(summary: ReportSummary, path: Path) -> None:
    """UTF-8 with a byte-order mark, so spreadsheet programs show Arabic and Persian labels."""
    write_text(path, summary_to_csv(summary), encoding="utf-8-sig")
