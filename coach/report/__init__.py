"""The monthly report: its numbers (``summary``, no Qt), exports and page rendering (Qt)."""

from coach.report.summary import (
    CauseSummary,
    ComplaintLine,
    Recommendation,
    ReportSummary,
    TrendSeries,
    build_summary,
)

__all__ = [
    "CauseSummary",
    "ComplaintLine",
    "Recommendation",
    "ReportSummary",
    "TrendSeries",
    "build_summary",
]
