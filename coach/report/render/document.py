"""A laid-out report and its outputs: a PDF file, a printer, a page painted on screen."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from operator import attrgetter
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QSizeF, Qt
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrinter

from coach.errors import CoachError
from coach.playbooks import Playbook
from coach.report.export import OutputError, check_writable
from coach.report.render.flow import Flow
from coach.report.render.fonts import ensure_app, register_fonts
from coach.report.render.labels import Words
from coach.report.render.pages import add_footers, compose
from coach.report.render.typeset import TextRun, Typesetter
from coach.report.summary import ReportSummary
from coach.system.files import DiskFullError, atomic_path
from coach.text.languages import is_rtl

Progress = Callable[[int, int], None]
PAPERS: dict[str, QPageSize.PageSizeId] = {
    "a4": QPageSize.PageSizeId.A4,
    "letter": QPageSize.PageSizeId.Letter,
}
PDF_TRAILER = b"%%EOF"
MIN_PDF_BYTES = 1024
LOW_SPACE_BYTES = 1024 * 1024
PDF_RESOLUTION = 72  # points; higher values only cost time (coordinates are reals)
RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight


def paper_size(paper: str) -> QSizeF:
    """The size of ``paper`` ("a4" or "letter") in points."""
    if paper not in PAPERS:
        raise CoachError(f"Unknown paper size {paper!r}: use a4 or letter.")
    return QPageSize(PAPERS[paper]).size(QPageSize.Unit.Point)


class ReportDocument:
    """The report laid out for one page size; pages are painted in points from the top left.

    ``playbook`` is the report language's with the owner's files (``Coach.playbook_in``); the
    built-in one of ``summary.lang`` when None.
    """

    def __init__(
        self,
        summary: ReportSummary,
        size: QSizeF,
        *,
        digits: str | None = None,
        calendar: str | None = None,
        playbook: Playbook | None = None,
        progress: Progress | None = None,
    ):
        ensure_app()
        register_fonts()
        self.summary = summary
        self.size = size
        words = Words.of(summary.lang, digits, calendar or summary.period.calendar, playbook)
        self.flow = Flow(size.width(), size.height(), Typesetter(), words, is_rtl(words.lang))
        compose(summary, self.flow, progress)
        add_footers(self.flow, summary)

    @property
    def page_count(self) -> int:
        return len(self.flow.pages)

    def paint_page(self, painter: QPainter, index: int) -> None:
        """Paints page ``index`` with ``painter`` already scaled to points.

        Shapes and lines go first; then the text, grouped by font, colour and direction,
        because each change of painter state costs more than a line of text on a PDF.
        """
        runs: list[TextRun] = []
        for op in self.flow.pages[index]:
            if type(op) is TextRun:
                runs.append(op)
            else:
                op.paint(painter, self.flow)
        runs.sort(key=attrgetter("state"))
        ts = self.flow.ts
        current = None
        draw = painter.drawText
        for run in runs:
            state = run.state
            if state != current:
                painter.setFont(ts.font(run.style, run.rtl))
                painter.setPen(run.color)
                painter.setLayoutDirection(RTL if run.rtl else LTR)
                current = state
            draw(QPointF(run.x, run.y), run.text)

    def paint(
        self, device: QPagedPaintDevice, painter: QPainter, progress: Progress | None
    ) -> None:
        """Paints every page on ``device``, whose painter is active at its first page."""
        painter.scale(device.logicalDpiX() / 72, device.logicalDpiY() / 72)
        for index in range(self.page_count):
            if index:
                device.newPage()
            self.paint_page(painter, index)
            if progress is not None:
                progress(index + 1, self.page_count)


def _halves(progress: Progress | None, total: int) -> tuple[Progress | None, Progress | None]:
    """Progress for laying out (first half) and painting (second half) on one bar."""
    if progress is None:
        return None, None
    steps = max(total, 1)

    def laying_out(done: int, _total: int) -> None:
        progress(done, 2 * steps)

    def painting(done: int, pages: int) -> None:
        progress(steps + round(steps * done / max(pages, 1)), 2 * steps)

    return laying_out, painting


def check_pdf(written: Path, target: Path) -> None:
    """Raises when QPdfWriter left an incomplete file (it reports no error on a full disk):
    too small, or without the ``%%EOF`` trailer at its end. Then ``target`` is not replaced."""
    try:
        size = written.stat().st_size
        with open(written, "rb") as stream:
            stream.seek(max(0, size - 1024))
            tail = stream.read()
    except OSError as error:
        raise OutputError(f"Cannot write the report to {target}: {error.strerror}.") from None
    if size >= MIN_PDF_BYTES and tail.rstrip().endswith(PDF_TRAILER):
        return
    if shutil.disk_usage(written.parent).free < LOW_SPACE_BYTES:
        raise DiskFullError(target)
    raise OutputError(
        f"The report could not be completely written to {target}; any file there before was kept."
    )


def write_pdf(
    summary: ReportSummary,
    path: str | os.PathLike[str],
    *,
    paper: str = "a4",
    digits: str | None = None,
    calendar: str | None = None,
    playbook: Playbook | None = None,
    progress: Progress | None = None,
) -> int:
    """Writes the report to the PDF ``path`` (fonts embedded); returns the number of pages.

    ``playbook``: the report language's, with the owner's files (see ``ReportDocument``)."""
    target = Path(path)
    check_writable(target)
    laying_out, painting = _halves(progress, summary.total)
    document = ReportDocument(
        summary,
        paper_size(paper),
        digits=digits,
        calendar=calendar,
        playbook=playbook,
        progress=laying_out,
    )
    try:
        with atomic_path(target) as temporary:
            writer = QPdfWriter(str(temporary))
            writer.setPageSize(QPageSize(PAPERS[paper]))
            writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
            writer.setResolution(PDF_RESOLUTION)
            writer.setCreator("Complaint Coach")
            words = document.flow.words
            writer.setTitle(f"{words('title')} · {words.period(summary.period)}")
            painter = QPainter()
            if not painter.begin(writer):
                raise OutputError(f"Cannot write the report to {target}.")
            try:
                document.paint(writer, painter, painting)
            finally:
                finished = painter.end()
            if not finished:
                raise OutputError(f"Cannot finish writing the report to {target}.")
            del writer
            check_pdf(temporary, target)
    except DiskFullError:
        raise
    except OSError as error:
        raise OutputError(f"Cannot write the report to {target}: {error.strerror}.") from None
    return document.page_count


def print_report(
    summary: ReportSummary,
    printer: QPrinter,
    *,
    digits: str | None = None,
    calendar: str | None = None,
    playbook: Playbook | None = None,
    progress: Progress | None = None,
) -> int:
    """Lays out the report for the printer's paper and prints it; returns the number of pages."""
    printer.setFullPage(True)
    size = printer.pageLayout().fullRectPoints().size()
    laying_out, painting = _halves(progress, summary.total)
    document = ReportDocument(
        summary,
        QSizeF(size),
        digits=digits,
        calendar=calendar,
        playbook=playbook,
        progress=laying_out,
    )
    painter = QPainter()
    if not painter.begin(printer):
        raise OutputError("The printer could not be started; check that it is ready.")
    try:
        document.paint(printer, painter, painting)
    finally:
        painter.end()
    return document.page_count
