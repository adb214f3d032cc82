"""The attached files after the listing: each photo scaled to fit the page and captioned with
its complaint's date and file name; PDFs named; with personal data hidden, photos counted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from coach.report.evidence import EvidenceFile
from coach.report.render.flow import Flow
from coach.report.render.typeset import MUTED
from coach.report.summary import ReportSummary

PHOTO_SHARE = 0.6  # of the page's content height, so two photos share a page when they can
CAPTION_GAP = 4.0
AFTER_PHOTO = 14.0


def add_evidence(flow: Flow, summary: ReportSummary) -> None:
    """The "Attached files" pages, when the report was asked to include them and has any."""
    if not summary.attachments_included or not (summary.evidence or summary.evidence_hidden):
        return
    w = flow.words
    flow.new_page()
    flow.paragraph(w("evidence"), "h1", max_lines=2, after=8)
    if summary.evidence_hidden:
        count = w.number(summary.evidence_hidden)
        flow.paragraph(w("evidence_hidden", count=count), "body", colour=MUTED, after=10)
    for item in summary.evidence:
        if not item.is_image:
            flow.paragraph(_caption(flow, item, w("evidence_pdf", name=item.name)), "body")
    flow.y += 6
    for item in summary.evidence:
        if item.is_image:
            _photo(flow, item)


def _caption(flow: Flow, item: EvidenceFile, name: str) -> str:
    return f"{flow.words.date(item.created_at)} · {name}"


def _photo(flow: Flow, item: EvidenceFile) -> None:
    caption_height = flow.ts.line_height["small"] * 2 + CAPTION_GAP
    box_width = flow.content_width
    box_height = (flow.bottom - flow.top) * PHOTO_SHARE
    width, height = item.width, item.height
    if not width or not height:
        image = QImage.fromData(item.data or b"")
        width, height = image.width(), image.height()
    if not width or not height:
        return
    scale = min(box_width / width, box_height / height, 1.0)
    shown_width, shown_height = width * scale, height * scale
    flow.need(shown_height + caption_height + AFTER_PHOTO)
    top = flow.y
    flow.drawing((box_width - shown_width) / 2, top, shown_width, shown_height, _draw, item.data)
    flow.y = top + shown_height + CAPTION_GAP
    flow.text(_caption(flow, item, item.name), "small", 0, box_width, flow.y, 2, colour=MUTED)
    flow.y += caption_height + AFTER_PHOTO


def _draw(painter: QPainter, rect: QRectF, data: Any, *_rest: Any) -> None:
    image = QImage.fromData(data or b"")
    if not image.isNull():
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(rect, image, QRectF(image.rect()), Qt.ImageConversionFlag.AutoColor)
