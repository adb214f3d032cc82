"""The monthly report drawn with Qt: PDF files, printers and the in-app preview."""

from coach.report.render.document import (
    OutputError,
    ReportDocument,
    paper_size,
    print_report,
    write_pdf,
)
from coach.report.render.fonts import ensure_app, register_fonts

__all__ = [
    "OutputError",
    "ReportDocument",
    "ensure_app",
    "paper_size",
    "print_report",
    "register_fonts",
    "write_pdf",
]
