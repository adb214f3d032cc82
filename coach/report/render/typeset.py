"""Measuring, wrapping and eliding report text, and the text runs that paint it.

Sizes are in points of paper. Fonts are pixel-sized in those units, so a painter scaled by
``dpi / 72`` draws the same layout on a PDF, a printer or a screen preview.

Each text gets the direction of its first strong character, and with it its font family
order: Arabic first for right-to-left text, Latin first otherwise, so Qt rarely falls back
(falling back costs more than shaping).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from coach.report.render.fonts import report_font
from coach.text.localise import is_rtl_text

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
_WORD_CACHE_LIMIT = 50_000
_ELIDE_LOOKAHEAD = 40
_LAYOUT_CACHE_LIMIT = 20_000
Line = tuple[str, float]


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
    """One line of text: ``x`` is its left edge, ``y`` its baseline, ``rtl`` its direction."""

    __slots__ = ("x", "y", "text", "style", "rtl", "color", "state")

    def __init__(
        self,
        x: float,
        y: float,
        text: str,
        style: str,
        rtl: bool,
        color: QColor = INK,
        state: tuple[str, bool, int] | None = None,
    ):
        self.x = x
        self.y = y
        self.text = text
        self.style = style
        self.rtl = rtl
        self.color = color
        self.state = state or (style, rtl, color.rgba())

    def paint(self, painter: QPainter, flow: Any) -> None:
        self.draw(painter, flow.ts)

    def draw(self, painter: QPainter, typesetter: Typesetter) -> None:
        painter.setFont(typesetter.font(self.style, self.rtl))
        painter.setPen(self.color)
        painter.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if self.rtl else Qt.LayoutDirection.LeftToRight
        )
        painter.drawText(QPointF(self.x, self.y), self.text)


class _Face:
    """One style in one family order: its font, metrics and cached word widths."""

    __slots__ = ("font", "metrics", "space", "words", "ellipsis")

    def __init__(self, size: int, bold: bool, rtl: bool):
        self.font = report_font(size, rtl, bold)
        self.metrics = QFontMetricsF(self.font)
        self.space = self.metrics.horizontalAdvance(" ")
        self.ellipsis = self.metrics.horizontalAdvance(ELLIPSIS)
        self.words: dict[str, float] = {}

    def width(self, word: str) -> float:
        width = self.words.get(word)
        if width is None:
            if len(self.words) > _WORD_CACHE_LIMIT:
                self.words.clear()
            width = self.words[word] = self.metrics.horizontalAdvance(word)
        return width

    def cut(self, word: str, width: float) -> str:
        """The longest start of ``word`` no wider than ``width`` (at least one character)."""
        low, high = 1, len(word)
        while low < high:
            middle = (low + high + 1) // 2
            if self.metrics.horizontalAdvance(word[:middle]) <= width:
                low = middle
            else:
                high = middle - 1
        return word[:low]


class Typesetter:
    """The report's fonts and text measures; word widths are cached between rows."""

    def __init__(self) -> None:
        self._faces = {
            (style, rtl): _Face(size, bold, rtl)
            for style, (size, bold) in STYLES.items()
            for rtl in (False, True)
        }
        self._layouts: dict[tuple[str, str, float, int, bool], list[Line]] = {}
        self.ascent = {style: size * ASCENT for style, (size, _) in STYLES.items()}
        self.line_height = {style: size * LINE_HEIGHT for style, (size, _) in STYLES.items()}

    def font(self, style: str, rtl: bool) -> QFont:
        return self._faces[style, rtl].font

    def width(self, text: str, style: str, rtl: bool | None = None) -> float:
        """The advance of a one-line ``text``, summed word by word."""
        face = self._faces[style, is_rtl_text(text) if rtl is None else rtl]
        words = text.split(" ")
        return sum(face.width(word) for word in words) + face.space * (len(words) - 1)

    def elide(self, text: str, style: str, width: float) -> str:
        """``text`` whole when it fits in ``width``, else cut with an ellipsis that fits."""
        return self.fit(text, style, width)[0]

    def fit(self, text: str, style: str, width: float, rtl: bool | None = None) -> Line:
        """``elide`` with the width of the line it gives."""
        face = self._faces[style, is_rtl_text(text) if rtl is None else rtl]
        return self._elide(face, one_line(text).split(" "), width)

    @staticmethod
    def _elide(face: _Face, words: list[str], width: float) -> Line:
        widths = [face.width(word) for word in words]
        total = sum(widths) + face.space * (len(words) - 1)
        if total <= width:
            return " ".join(words), total
        room = width - face.ellipsis
        kept: list[str] = []
        used = 0.0
        for word, word_width in zip(words, widths, strict=True):
            step = word_width + (face.space if kept else 0.0)
            if used + step > room:
                if not kept:
                    head = face.cut(word, room)
                    return head + ELLIPSIS, face.metrics.horizontalAdvance(head) + face.ellipsis
                break
            kept.append(word)
            used += step
        return " ".join(kept) + ELLIPSIS, used + face.ellipsis

    def wrap(self, text: str, style: str, width: float, max_lines: int) -> list[str]:
        """``text`` broken into at most ``max_lines`` lines of ``width``; the last one elided."""
        return [line for line, _ in self.layout(text, style, width, max_lines)]

    def layout(
        self, text: str, style: str, width: float, max_lines: int, rtl: bool | None = None
    ) -> list[Line]:
        """Like ``wrap``, with each line's width; ``rtl`` defaults to the text's direction.

        Results are remembered: dates, names, products and labels repeat from row to row.
        """
        rtl = is_rtl_text(text) if rtl is None else rtl
        key = (text, style, width, max_lines, rtl)
        lines = self._layouts.get(key)
        if lines is None:
            if len(self._layouts) > _LAYOUT_CACHE_LIMIT:
                self._layouts.clear()
            lines = self._layouts[key] = self._layout(text, style, width, max_lines, rtl)
        return lines

    def _layout(self, text: str, style: str, width: float, max_lines: int, rtl: bool) -> list[Line]:
        words = text.split()
        if not words:
            return [("", 0.0)]
        face = self._faces[style, rtl]
        cache = face.words
        space = face.space
        lines: list[Line] = []
        current: list[str] = []
        used = 0.0
        index = 0
        count = len(words)
        while index < count:
            word = words[index]
            word_width = cache.get(word)
            if word_width is None:
                word_width = face.width(word)
            if current and used + space + word_width <= width:
                current.append(word)
                used += space + word_width
                index += 1
                continue
            if current:
                lines.append((" ".join(current), used))
                current, used = [], 0.0
                if len(lines) == max_lines:
                    break
            if word_width > width:
                head = face.cut(word, width)
                lines.append((head, face.width(head)))
                words[index] = word[len(head) :]
                if len(lines) == max_lines:
                    break
                continue
            current, used = [word], word_width
            index += 1
        if current:
            lines.append((" ".join(current), used))
        elif index < count:
            rest = " ".join([lines[-1][0], *words[index : index + _ELIDE_LOOKAHEAD]])
            lines[-1] = self._elide(face, rest.split(" "), width)
        return lines

    def runs(
        self,
        lines: list[Line],
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
        state = (style, rtl, color.rgba())
        for line, line_width in lines:
            if align == "right":
                x = left + width - line_width
            elif align == "center":
                x = left + (width - line_width) / 2
            else:
                x = left
            runs.append(TextRun(x, baseline, line, style, rtl, color, state))
            baseline += height
        return runs
