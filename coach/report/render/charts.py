"""The report's two charts, drawn with QPainter for paper and for the screen preview alike.

Right-to-left reports mirror both: cause labels on the right with bars growing leftwards, and
time running from right to left with the count axis on the right.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from coach.report.render.labels import Words
from coach.report.render.typeset import INK, MUTED, Typesetter
from coach.text.localise import is_rtl_text

PALETTE: tuple[QColor, ...] = tuple(
    QColor(name) for name in ("#2f6f9f", "#d9822b", "#3f9b5f", "#b5475b", "#7a5ea8")
)
OTHER_COLOUR = QColor("#9aa1a9")
GRID_COLOUR = QColor("#d5d9de")
MAX_BARS = 8
_GAP = 4.0


def colour(index: int) -> QColor:
    """The colour of the ``index``-th biggest cause, shared by both charts."""
    return PALETTE[index] if index < len(PALETTE) else OTHER_COLOUR


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    share: float


@dataclass(frozen=True)
class Series:
    label: str
    counts: tuple[int, ...]


@dataclass(frozen=True)
class Trend:
    """Short month names (oldest first) and one series per cause."""

    months: tuple[str, ...]
    series: tuple[Series, ...]


def _text(
    painter: QPainter,
    ts: Typesetter,
    text: str,
    style: str,
    box: QRectF,
    align: str,
    color: QColor,
) -> None:
    """One elided line in ``box``, vertically centred; ``align`` is visual."""
    line = ts.fit(text, style, box.width())
    top = box.top() + (box.height() - ts.line_height[style]) / 2
    rtl = is_rtl_text(line[0])
    for run in ts.runs([line], style, box.left(), box.width(), top, align, rtl, color):
        run.draw(painter, ts)


def paint_cause_bars(
    painter: QPainter, rect: QRectF, bars: list[Bar], ts: Typesetter, words: Words, rtl: bool
) -> None:
    """Horizontal bars, one per cause (biggest first): label, bar, then count and share."""
    bars = bars[:MAX_BARS]
    if not bars:
        return
    row = min(20.0, rect.height() / len(bars))
    label_width = rect.width() * 0.36
    values = [f"{words.number(b.count)} · {words.percent(b.share)}" for b in bars]
    value_width = max(ts.width(v, "small") for v in values) + _GAP
    room = max(rect.width() - label_width - value_width - 2 * _GAP, 1.0)
    biggest = max(b.count for b in bars) or 1
    start = "right" if rtl else "left"
    painter.save()
    for index, (bar, value) in enumerate(zip(bars, values, strict=True)):
        top = rect.top() + index * row
        length = room * bar.count / biggest
        if rtl:
            label_box = QRectF(rect.right() - label_width, top, label_width, row)
            bar_box = QRectF(label_box.left() - _GAP - length, top + row * 0.2, length, row * 0.6)
            value_box = QRectF(bar_box.left() - _GAP - value_width, top, value_width, row)
        else:
            label_box = QRectF(rect.left(), top, label_width, row)
            bar_box = QRectF(label_box.right() + _GAP, top + row * 0.2, length, row * 0.6)
            value_box = QRectF(bar_box.right() + _GAP, top, value_width, row)
        _text(painter, ts, bar.label, "cell", label_box, start, INK)
        painter.fillRect(bar_box, colour(index))
        _text(painter, ts, value, "small", value_box, start, MUTED)
    painter.restore()


def _axis(biggest: int) -> tuple[int, int]:
    """A whole-number tick step and top for counts up to ``biggest`` (at most 5 steps)."""
    magnitude = 1
    while True:
        for step in (1, 2, 5):
            if step * magnitude * 5 >= biggest:
                step *= magnitude
                return step, max(step * math.ceil(biggest / step), step)
        magnitude *= 10


def paint_trend(
    painter: QPainter, rect: QRectF, trend: Trend, ts: Typesetter, words: Words, rtl: bool
) -> None:
    """One line per cause over the periods; a legend underneath."""
    months, series = trend.months, list(trend.series)
    if not months:
        return
    legend_height = _legend_height(rect.width(), series, ts)
    axis_width = ts.width(words.number(9999), "small") + _GAP
    month_height = ts.line_height["small"] + _GAP
    plot = QRectF(
        rect.left() + (0 if rtl else axis_width),
        rect.top() + ts.line_height["small"] / 2,
        rect.width() - axis_width,
        rect.height() - month_height - legend_height - ts.line_height["small"] / 2,
    )
    step, top_value = _axis(max((max(s.counts, default=0) for s in series), default=0))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    small = ts.line_height["small"]
    for value in range(0, top_value + 1, step):
        y = plot.bottom() - plot.height() * value / top_value
        painter.setPen(QPen(GRID_COLOUR, 0.5))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        if rtl:
            box = QRectF(plot.right() + _GAP, y - small / 2, axis_width - _GAP, small)
        else:
            box = QRectF(rect.left(), y - small / 2, axis_width - _GAP, small)
        _text(painter, ts, words.number(value), "small", box, "left" if rtl else "right", MUTED)

    step_x = plot.width() / max(len(months) - 1, 1)

    def x_of(index: int) -> float:
        return plot.right() - index * step_x if rtl else plot.left() + index * step_x

    for index, month in enumerate(months):
        width = ts.width(month, "small") + 2
        box = QRectF(x_of(index) - width / 2, plot.bottom() + _GAP / 2, width, month_height)
        _text(painter, ts, month, "small", _clamp(box, rect), "center", MUTED)
    for index, line in enumerate(series):
        pen = QPen(colour(index), 1.6)
        painter.setPen(pen)
        points = [
            QPointF(x_of(i), plot.bottom() - plot.height() * count / top_value)
            for i, count in enumerate(line.counts[: len(months)])
        ]
        for a, b in zip(points, points[1:], strict=False):
            painter.drawLine(a, b)
        painter.setBrush(colour(index))
        for point in points:
            painter.drawEllipse(point, 1.8, 1.8)
        painter.setBrush(Qt.BrushStyle.NoBrush)
    _paint_legend(
        painter,
        QRectF(rect.left(), rect.bottom() - legend_height, rect.width(), legend_height),
        series,
        ts,
        rtl,
    )
    painter.restore()


def _clamp(box: QRectF, bounds: QRectF) -> QRectF:
    if box.left() < bounds.left():
        box.moveLeft(bounds.left())
    if box.right() > bounds.right():
        box.moveRight(bounds.right())
    return box


_SWATCH = 7.0
_LEGEND_ITEM_MAX = 0.5


def _legend_items(
    width: float, series: list[Series], ts: Typesetter
) -> list[list[tuple[int, str, float]]]:
    """Legend entries in rows: (series index, elided label, entry width)."""
    rows: list[list[tuple[int, str, float]]] = [[]]
    used = 0.0
    for index, line in enumerate(series):
        label = ts.elide(line.label, "small", width * _LEGEND_ITEM_MAX)
        entry = _SWATCH + _GAP + ts.width(label, "small") + 3 * _GAP
        if rows[-1] and used + entry > width:
            rows.append([])
            used = 0.0
        rows[-1].append((index, label, entry))
        used += entry
    return rows if rows[0] else []


def _legend_height(width: float, series: list[Series], ts: Typesetter) -> float:
    return len(_legend_items(width, series, ts)) * (ts.line_height["small"] + 2)


def _paint_legend(
    painter: QPainter, rect: QRectF, series: list[Series], ts: Typesetter, rtl: bool
) -> None:
    h = ts.line_height["small"] + 2
    for row_index, row in enumerate(_legend_items(rect.width(), series, ts)):
        top = rect.top() + row_index * h
        x = rect.right() if rtl else rect.left()
        for index, label, entry in row:
            text_width = ts.width(label, "small")
            if rtl:
                swatch = QRectF(x - _SWATCH, top + (h - _SWATCH) / 2, _SWATCH, _SWATCH)
                text_box = QRectF(swatch.left() - _GAP - text_width, top, text_width, h)
                x -= entry
            else:
                swatch = QRectF(x, top + (h - _SWATCH) / 2, _SWATCH, _SWATCH)
                text_box = QRectF(swatch.right() + _GAP, top, text_width, h)
                x += entry
            painter.fillRect(swatch, colour(index))
            _text(painter, ts, label, "small", text_box, "left", MUTED)
