"""One page of a laid-out report, painted on screen: the report screen's preview."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from coach.report.render import ReportDocument

PAGE_GAP = 12


class PagePreview(QWidget):
    """One page of a laid-out report, fitted into the widget."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.document: ReportDocument | None = None
        self.page = 0
        self.message = ""
        self.setMinimumSize(320, 420)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_document(self, document: ReportDocument | None, message: str = "") -> None:
        self.document = document
        self.page = 0
        self.message = message
        self.update()

    def page_rect(self) -> QRectF:
        """Where the page sits in the widget, as large as fits."""
        size = self.document.size if self.document is not None else QSizeF(595, 842)
        room = QSizeF(self.width() - 2 * PAGE_GAP, self.height() - 2 * PAGE_GAP)
        scale = min(room.width() / size.width(), room.height() / size.height())
        width, height = size.width() * scale, size.height() * scale
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#d9dde1"))
        page = self.page_rect()
        painter.fillRect(page, QColor("white"))
        if self.document is None:
            painter.drawText(
                page, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.message
            )
        else:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.translate(page.topLeft())
            painter.scale(
                page.width() / self.document.size.width(), page.width() / self.document.size.width()
            )
            painter.setClipRect(
                QRectF(0, 0, self.document.size.width(), self.document.size.height())
            )
            self.document.paint_page(painter, self.page)
        painter.end()
