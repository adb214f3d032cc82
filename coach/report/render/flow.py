"""Pages as lists of drawing operations, filled from the top by a cursor that breaks pages.

Positions are logical (measured from the report's reading start); ``Flow.left_of`` turns
them into page coordinates, mirrored for right-to-left reports.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from coach.report.render.labels import Words
from coach.report.render.typeset import INK, Typesetter
from coach.text.localise import is_rtl_text

MARGIN = 40.0
FOOTER = 22.0
RULE_COLOUR = QColor("#c9ced4")


class Rule:
    """A straight line between two page points."""

    __slots__ = ("x1", "y1", "x2", "y2", "colour", "width")

    def __init__(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        colour: QColor = RULE_COLOUR,
        width: float = 0.6,
    ):
        self.x1, self.y1, self.x2, self.y2 = x1, y1, x2, y2
        self.colour = colour
        self.width = width

    def paint(self, painter: QPainter, flow: Flow) -> None:
        painter.setPen(QPen(self.colour, self.width))
        painter.drawLine(QPointF(self.x1, self.y1), QPointF(self.x2, self.y2))


@dataclass(slots=True)
class Fill:
    """A filled rectangle on the page."""

    rect: QRectF
    colour: QColor

    def paint(self, painter: QPainter, flow: Flow) -> None:
        painter.fillRect(self.rect, self.colour)


@dataclass(slots=True)
class Drawing:
    """A chart (or anything else) drawn by ``draw(painter, rect, typesetter, words, rtl)``."""

    rect: QRectF
    draw: Callable[..., None]
    data: Any

    def paint(self, painter: QPainter, flow: Flow) -> None:
        self.draw(painter, self.rect, self.data, flow.ts, flow.words, flow.rtl)


class Flow:
    """The pages of one report being laid out, with a cursor ``y`` on the last page."""

    def __init__(self, width: float, height: float, ts: Typesetter, words: Words, rtl: bool):
        self.width = width
        self.height = height
        self.ts = ts
        self.words = words
        self.rtl = rtl
        self.left = MARGIN
        self.top = MARGIN
        self.content_width = width - 2 * MARGIN
        self.bottom = height - MARGIN - FOOTER
        self.pages: list[list[Any]] = [[]]
        self.y = self.top
        self.on_new_page: Callable[[], None] | None = None

    @property
    def ops(self) -> list[Any]:
        return self.pages[-1]

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top
        if self.on_new_page is not None:
            self.on_new_page()

    def need(self, height: float) -> None:
        """Starts a new page unless ``height`` fits below the cursor (or the page is fresh)."""
        if self.y + height > self.bottom and self.y > self.top:
            self.new_page()

    def left_of(self, x: float, width: float) -> float:
        """The page x of the logical span ``x``..``x + width``."""
        if self.rtl:
            return self.left + self.content_width - x - width
        return self.left + x

    def visual(self, align: str, text_rtl: bool) -> str:
        """ "start"/"end" of the report, or "natural" for the text's own start, as left/right."""
        if align == "natural":
            return "right" if text_rtl else "left"
        if align == "center":
            return "center"
        at_start = align == "start"
        return "right" if self.rtl == at_start else "left"

    def text(
        self,
        text: str,
        style: str,
        x: float,
        width: float,
        top: float,
        max_lines: int = 1,
        align: str = "start",
        colour: QColor = INK,
    ) -> float:
        """Adds ``text`` wrapped in the logical box at ``top``; returns the height used."""
        rtl = is_rtl_text(text, self.rtl)
        lines = self.ts.layout(text, style, width, max_lines, rtl)
        left = self.left_of(x, width)
        self.ops.extend(
            self.ts.runs(lines, style, left, width, top, self.visual(align, rtl), rtl, colour)
        )
        return len(lines) * self.ts.line_height[style]

    def paragraph(
        self,
        text: str,
        style: str,
        max_lines: int = 40,
        colour: QColor = INK,
        after: float = 4.0,
        x: float = 0.0,
    ) -> None:
        """Adds a paragraph across the content width at the cursor, breaking pages as needed."""
        width = self.content_width - x
        rtl = is_rtl_text(text, self.rtl)
        lines = self.ts.layout(text, style, width, max_lines, rtl)
        height = self.ts.line_height[style]
        align = self.visual("start", rtl)
        for line in lines:
            self.need(height)
            left = self.left_of(x, width)
            self.ops.extend(self.ts.runs([line], style, left, width, self.y, align, rtl, colour))
            self.y += height
        self.y += after

    def rule(self, y: float, colour: QColor = RULE_COLOUR, width: float = 0.6) -> None:
        self.ops.append(Rule(self.left, y, self.left + self.content_width, y, colour, width))

    def fill(self, x: float, top: float, width: float, height: float, colour: QColor) -> None:
        self.ops.append(Fill(QRectF(self.left_of(x, width), top, width, height), colour))

    def drawing(
        self,
        x: float,
        top: float,
        width: float,
        height: float,
        draw: Callable[..., None],
        data: Any,
    ) -> None:
        self.ops.append(Drawing(QRectF(self.left_of(x, width), top, width, height), draw, data))
