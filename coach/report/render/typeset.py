"""Measuring, wrapping and eliding report text, and the text runs that paint it.

Sizes are in points of paper. Fonts are pixel-sized in those units, so a painter scaled by
``dpi / 72`` draws the same layout on a PDF, a printer or a screen preview.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from coach.report.render.fonts import report_font

ELLIPSIS = "\u2026"
STYLES: dict[str, tuple[int, bool]] = {
    "title": (18, True),
    "h1": (13, True),
    "h2": (10, True),
    "body": (9, False),
    "cell": (8, False),
    "head": (8, True),
    "small": (7, False),
    "figure": (15, True),
}
# Line metrics in ems: Noto Sans' ascent, and room below for Arabic descenders (Noto Sans
# Arabic's own 2.1 em line, made for stacked marks, would double-space every table row).
ASCENT = 1.08
LINE_HEIGHT = 1.55
INK = QColor("#1f2328")
MUTED = QColor("#5f6670")
_STRONG_RTL = frozenset({"R", "AL"})
_WORD_CACHE_LIMIT = 50_000
_ELIDE_LOOKAHEAD = 40


def is_rtl_text(text: str, default: bool = False) -> bool:
    """The direction of ``text`` from its first strong character (``default`` when none)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return False
        if kind in _STRONG_RTL:
            return True
    return default


def one_line(text: str) -> str:
    """``text`` with every run of whitespace (newlines included) as one space."""
    return " ".join(text.split())


def shorten(text: str, at_least: int, at_most: int) -> str:
    """The first ``at_least`` characters or more, cut at a word and ended with an ellipsis."""
    text = one_line(text[: at_most * 4])
    if len(text) <= at_most:
        return text
    cut = text.find(" ", at_least, at_most)
    return text[: cut if cut > 0 else at_most].rstrip() + ELLIPSIS


class TextRun:
    """One line of text: ``x`` is its left edge, ``y`` its baseline."""

    __slots__ = ("x", "y", "text", "style", "rtl", "color")

    def __init__(self, x: float, y: float, text: str, style: str, rtl: bool, color: QColor = INK):
        self.x = x
        self.y = y
        self.text = text
        self.style = style
        self.rtl = rtl
        self.color = color

    def paint(self, painter: QPainter, flow: Any) -> None:
        self.draw(painter, flow.ts)

    def draw(self, painter: QPainter, typesetter: Typesetter) -> None:
        painter.setFont(typesetter.fonts[self.style])
        painter.setPen(self.color)
        painter.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if self.rtl else Qt.LayoutDirection.LeftToRight
        )
        painter.drawText(QPointF(self.x, self.y), self.text)


class Typesetter:
    """Fonts and metrics of one report language; word widths are cached between rows."""

    def __init__(self, lang: str):
        self.lang = lang
        self.fonts: dict[str, QFont] = {}
        self.metrics: dict[str, QFontMetricsF] = {}
        self.ascent: dict[str, float] = {}
        self.line_height: dict[str, float] = {}
        self._space: dict[str, float] = {}
        self._words: dict[tuple[str, str], float] = {}
        for style, (size, bold) in STYLES.items():
            font = report_font(size, lang, bold)
            self.fonts[style] = font
            self.metrics[style] = QFontMetricsF(font)
            self.ascent[style] = size * ASCENT
            self.line_height[style] = size * LINE_HEIGHT
            self._space[style] = self.metrics[style].horizontalAdvance(" ")

    def word_width(self, word: str, style: str) -> float:
        key = (style, word)
        width = self._words.get(key)
        if width is None:
            width = self.metrics[style].horizontalAdvance(word)
            if len(self._words) > _WORD_CACHE_LIMIT:
                self._words.clear()
            self._words[key] = width
        return width

    def width(self, text: str, style: str) -> float:
        """The advance of a one-line ``text``, summed word by word."""
        words = text.split(" ")
        total = sum(self.word_width(word, style) for word in words)
        return total + self._space[style] * (len(words) - 1)

    def elide(self, text: str, style: str, width: float) -> str:
        """``text`` whole when it fits in ``width``, else cut with an ellipsis that fits."""
        text = one_line(text)
        if self.width(text, style) <= width:
            return text
        words = text.split(" ")
        room = width - self.word_width(ELLIPSIS, style)
        kept: list[str] = []
        used = 0.0
        for word in words:
            step = self.word_width(word, style) + (self._space[style] if kept else 0.0)
            if used + step > room:
                if not kept:
                    kept.append(self._cut_word(word, style, room))
                break
            kept.append(word)
            used += step
        return " ".join(kept).rstrip() + ELLIPSIS

    def _cut_word(self, word: str, style: str, width: float) -> str:
        """The longest start of ``word`` no wider than ``width`` (at least one character)."""
        low, high = 1, len(word)
        while low < high:
            middle = (low + high + 1) // 2
            if self.metrics[style].horizontalAdvance(word[:middle]) <= width:
                low = middle
            else:
                high = middle - 1
        return word[:low]

    def wrap(self, text: str, style: str, width: float, max_lines: int) -> list[str]:
        """``text`` broken into at most ``max_lines`` lines of ``width``; the last one elided."""
        words = one_line(text).split(" ")
        lines: list[str] = []
        current: list[str] = []
        used = 0.0
        space = self._space[style]
        index = 0
        while index < len(words):
            word = words[index]
            word_width = self.word_width(word, style)
            if current and used + space + word_width <= width:
                current.append(word)
                used += space + word_width
                index += 1
                continue
            if current:
                lines.append(" ".join(current))
                current, used = [], 0.0
                if len(lines) == max_lines:
                    break
            if word_width > width:
                head = self._cut_word(word, style, width)
                lines.append(head)
                words[index] = word[len(head) :]
                if len(lines) == max_lines:
                    break
                continue
            current, used = [word], word_width
            index += 1
        if current and len(lines) < max_lines:
            lines.append(" ".join(current))
        elif index < len(words) and lines:
            rest = " ".join([lines[-1], *words[index : index + _ELIDE_LOOKAHEAD]])
            lines[-1] = self.elide(rest, style, width)
        return [line for line in lines if line] or [""]

    def runs(
        self,
        lines: list[str],
        style: str,
        left: float,
        width: float,
        top: float,
        align: str,
        rtl: bool,
        color: QColor = INK,
    ) -> list[TextRun]:
        """Runs for ``lines`` in the box ``left``..``left + width`` from ``top`` down.

        ``align`` is visual: "left", "right" or "center".
        """
        runs = []
        height = self.line_height[style]
        baseline = top + self.ascent[style]
        for line in lines:
            line_width = self.width(line, style)
            if align == "right":
                x = left + width - line_width
            elif align == "center":
                x = left + (width - line_width) / 2
            else:
                x = left
            runs.append(TextRun(x, baseline, line, style, rtl, color))
            baseline += height
        return runs
