"""One section per root cause: its figures and a table of its complaints, one row each.

Rows flow across pages with the table header repeated; every cell is wrapped within a fixed
number of lines and ended with an ellipsis when the text is longer. A month of more than
``COMPACT_ABOVE`` complaints lists each on one line (date, customer, product, the start of the
customer's words, follow-up), which the report says; the full texts are in its CSV and JSON.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor

from coach.report.render.flow import Flow
from coach.report.render.typeset import INK, MUTED, Line, one_line, shorten
from coach.report.summary import CauseSummary, ComplaintLine, ReportSummary
from coach.text.localise import is_rtl_text

HEADER_FILL = QColor("#e4e8ec")
TILE = QColor("#f1f3f5")
GAP = 6.0
TILE_PAD = 5.0
PAD = 3.0
WORDS_SHOWN = 200
WORDS_CUT = 240
RESOLUTION_SHOWN = 120
RESOLUTION_CUT = 160
PROGRESS_EVERY = 50
COMPACT_ABOVE = 2000
COMPACT_WORDS = 160  # characters of the customer's words measured for the one-line listing
FREE_TEXT = frozenset({"words", "resolution"})
Tile = tuple[str, str, str]
Part = tuple[list[Line], str, QColor | None, bool]
# (column, share of the content width, most lines shown)
COLUMNS: tuple[tuple[str, float, int], ...] = (
    ("date", 0.12, 2),
    ("product", 0.16, 3),
    ("words", 0.42, 8),
    ("resolution", 0.19, 5),
    ("follow_up", 0.11, 3),
)
COMPACT_COLUMNS: tuple[tuple[str, float, int], ...] = (
    ("date", 0.1, 1),
    ("customer", 0.15, 1),
    ("product", 0.15, 1),
    ("words", 0.45, 1),
    ("follow_up", 0.15, 1),
)


def add_sections(
    flow: Flow, summary: ReportSummary, progress: Callable[[int, int], None] | None
) -> None:
    """Adds the cause sections, biggest cause first, reporting rows laid out to ``progress``."""
    compact = summary.total > COMPACT_ABOVE
    table = _Table(flow, COMPACT_COLUMNS if compact else COLUMNS)
    row = table.compact_row if compact else table.row
    if compact and summary.causes:
        flow.need(flow.ts.line_height["h1"] + 60)
        number = flow.words.number(summary.total)
        flow.paragraph(flow.words("compact", count=number), "body", colour=MUTED, after=10)
    done = 0
    for cause in summary.causes:
        _section_start(flow, table, cause)
        flow.on_new_page = lambda cause=cause: _continued(flow, table, cause)
        for line in cause.lines:
            row(line)
            done += 1
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, summary.total)
        flow.on_new_page = None
        flow.y += 14
    if progress is not None:
        progress(done, summary.total)


def _section_start(flow: Flow, table: _Table, cause: CauseSummary) -> None:
    ts = flow.ts
    figures = _figures(flow, cause)
    tile_height = 2 * (3 * ts.line_height["small"] + ts.line_height["head"] + 14)
    flow.need(ts.line_height["h1"] + tile_height + table.header_height + 40)
    flow.paragraph(cause.label, "h1", max_lines=2, after=6)
    tiles(flow, figures, 5, "head")
    flow.y -= 6
    table.header()


def _continued(flow: Flow, table: _Table, cause: CauseSummary) -> None:
    flow.paragraph(flow.words("continued", cause=cause.label), "h2", max_lines=1, after=4)
    table.header()


def _figures(flow: Flow, cause: CauseSummary) -> list[tuple[str, str, str]]:
    w = flow.words
    return [
        (w("count"), w.number(cause.count), f"{w('previous')}: {w.number(cause.previous_count)}"),
        (w("share"), w.percent(cause.share), ""),
        (w("open"), w.number(cause.open), ""),
        (w("time"), w.hours(cause.median_hours_to_resolve), ""),
        (w("promises"), w.percent(cause.promises_kept_rate), ""),
        (w("follow_ups"), w.percent(cause.follow_ups_on_time_rate), ""),
        (w("csat"), w.mean(cause.mean_csat, 5), ""),
        (w("ces"), w.mean(cause.mean_ces, 7), ""),
        (w("nps"), w.nps(cause.nps), ""),
        (w("cost"), w.money(cause.total_cost), ""),
    ]


class _Table:
    """The complaints table's columns on one report's pages."""

    def __init__(self, flow: Flow, columns: tuple[tuple[str, float, int], ...]):
        self.flow = flow
        self.columns: list[tuple[str, float, float, int]] = []
        x = 0.0
        for name, share, lines in columns:
            width = flow.content_width * share
            self.columns.append((name, x, width, lines))
            x += width
        ts = flow.ts
        self.header_lines = max(
            len(ts.wrap(flow.words(name), "head", width - 2 * PAD, 2))
            for name, _, width, _ in self.columns
        )
        self.header_height = self.header_lines * ts.line_height["head"] + 2 * PAD

    def header(self) -> None:
        flow = self.flow
        flow.need(self.header_height + 30)
        top = flow.y
        flow.fill(0, top, flow.content_width, self.header_height, HEADER_FILL)
        for name, x, width, _ in self.columns:
            flow.text(flow.words(name), "head", x + PAD, width - 2 * PAD, top + PAD, 2)
        flow.y = top + self.header_height

    def row(self, line: ComplaintLine) -> None:
        flow = self.flow
        ts = flow.ts
        w = flow.words
        cells: dict[str, list[tuple[str, str, QColor | None, int]]] = {
            "date": [
                (w.date(line.created_at), "cell", MUTED, 1),
                (line.customer, "small", MUTED, 1),
            ],
            "product": [
                (one_line(line.product), "cell", None, 0),
                (_files(flow, line), "small", MUTED, 1),
            ],
            "words": [(shorten(line.description, WORDS_SHOWN, WORDS_CUT), "cell", None, 0)],
            "resolution": [
                (shorten(line.resolution, RESOLUTION_SHOWN, RESOLUTION_CUT), "cell", None, 0)
            ],
            "follow_up": [(w.follow_up(line.follow_up_result, line.status), "small", None, 0)],
        }
        laid: list[tuple[str, float, float, list[Part]]] = []
        height = 0.0
        for name, x, width, most in self.columns:
            inner = width - 2 * PAD
            parts = []
            used = 0.0
            for text, style, colour, limit in cells[name]:
                if not text:
                    continue
                rtl = is_rtl_text(text, flow.rtl)
                lines = ts.layout(text, style, inner, limit or most, rtl)
                parts.append((lines, style, colour, rtl))
                used += len(lines) * ts.line_height[style]
            laid.append((name, x, inner, parts))
            height = max(height, used)
        height += 2 * PAD
        flow.need(height)
        top = flow.y
        for name, x, inner, parts in laid:
            y = top + PAD
            left = flow.left_of(x + PAD, inner)
            for lines, style, colour, rtl in parts:
                align = flow.visual("natural" if name in FREE_TEXT else "start", rtl)
                flow.ops.extend(ts.runs(lines, style, left, inner, y, align, rtl, colour or INK))
                y += len(lines) * ts.line_height[style]
        flow.y = top + height
        flow.rule(flow.y)

    def compact_row(self, line: ComplaintLine) -> None:
        """One line: date, customer, product, the start of the customer's words, follow-up."""
        flow = self.flow
        ts = flow.ts
        w = flow.words
        texts = {
            "date": w.date(line.created_at),
            "customer": line.customer,
            "product": line.product,
            "words": line.description[:COMPACT_WORDS],
            "follow_up": " · ".join(
                part
                for part in (w.follow_up(line.follow_up_result, line.status), _files(flow, line))
                if part
            ),
        }
        height = ts.line_height["cell"] + PAD
        flow.need(height)
        top = flow.y + PAD / 2
        for name, x, width, _ in self.columns:
            text = texts[name]
            if not text:
                continue
            inner = width - 2 * PAD
            rtl = is_rtl_text(text, flow.rtl)
            fitted = ts.fit(text, "cell", inner, rtl)
            align = flow.visual("natural" if name in FREE_TEXT else "start", rtl)
            colour = MUTED if name == "date" else INK
            left = flow.left_of(x + PAD, inner)
            flow.ops.extend(ts.runs([fitted], "cell", left, inner, top, align, rtl, colour))
        flow.y += height


def _files(flow: Flow, line: ComplaintLine) -> str:
    """ "Files: 2" under the product, or "" when the complaint keeps none."""
    return flow.words("files", n=flow.words.number(line.attachments)) if line.attachments else ""


def tiles(flow: Flow, items: list[Tile], columns: int, value_style: str) -> None:
    """Label, value and note in shaded boxes, ``columns`` to a row."""
    ts = flow.ts
    width = (flow.content_width - GAP * (columns - 1)) / columns
    inner = width - 2 * TILE_PAD
    for start in range(0, len(items), columns):
        row = items[start : start + columns]
        label_lines = max(len(ts.wrap(label, "small", inner, 2)) for label, _, _ in row)
        note_lines = max(len(ts.wrap(note, "small", inner, 2)) if note else 0 for *_, note in row)
        small = ts.line_height["small"]
        value_height = ts.line_height[value_style]
        height = 2 * TILE_PAD + (label_lines + note_lines) * small + value_height + 2
        flow.need(height)
        top = flow.y
        for index, (label, value, note) in enumerate(row):
            x = index * (width + GAP)
            flow.fill(x, top, width, height, TILE)
            flow.text(label, "small", x + TILE_PAD, inner, top + TILE_PAD, 2, colour=MUTED)
            value_top = top + TILE_PAD + label_lines * small + 1
            flow.text(value, value_style, x + TILE_PAD, inner, value_top)
            if note:
                flow.text(
                    note,
                    "small",
                    x + TILE_PAD,
                    inner,
                    value_top + value_height + 1,
                    2,
                    colour=MUTED,
                )
        flow.y += height + GAP
    flow.y += GAP
