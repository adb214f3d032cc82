"""The report's first pages: header, key figures, charts, lists and what to fix; and footers."""

from __future__ import annotations

from collections.abc import Callable

from coach.report.render.charts import (
    Bar,
    Series,
    Trend,
    paint_cause_bars,
    paint_trend,
)
from coach.report.render.evidence import add_evidence
from coach.report.render.flow import MARGIN, Flow, Rule
from coach.report.render.sections import GAP, Tile, add_sections, tiles
from coach.report.render.typeset import MUTED
from coach.report.summary import ReportSummary
from coach.text.localise import is_rtl_text

CHART_HEIGHT = 150.0
LIST_ROWS = 6


def compose(
    summary: ReportSummary, flow: Flow, progress: Callable[[int, int], None] | None = None
) -> None:
    """Lays out the whole report on ``flow``; an empty period gives one friendly page."""
    _header(flow, summary)
    if summary.total == 0:
        _empty(flow, summary)
        return
    tiles(flow, _key_figures(flow, summary), 5, "figure")
    _charts(flow, summary)
    _lists(flow, summary)
    _recommendations(flow, summary)
    add_sections(flow, summary, progress)
    add_evidence(flow, summary)


def _header(flow: Flow, summary: ReportSummary) -> None:
    w = flow.words
    title = summary.business_name.strip() or w("title")
    subtitle = w.period(summary.period)
    if summary.business_name.strip():
        subtitle = f"{w('title')} · {subtitle}"
    main = flow.content_width * 0.66
    top = flow.y
    height = flow.text(title, "title", 0, main, top, 2)
    height += flow.text(subtitle, "h1", 0, main, top + height, 2, colour=MUTED)
    side = flow.content_width - main
    meta = w("generated", date=w.date(summary.generated_at))
    used = flow.text(meta, "small", main, side, top + 4, 2, "end", MUTED)
    if summary.redacted:
        flow.text(w("redacted"), "small", main, side, top + 4 + used, 2, "end", MUTED)
    flow.y = top + height + 6
    flow.rule(flow.y)
    flow.y += 10


def _empty(flow: Flow, summary: ReportSummary) -> None:
    w = flow.words
    flow.y += 30
    flow.paragraph(w("empty_title"), "h1", after=10)
    flow.paragraph(w("empty_body", period=w.period(summary.period)), "body", after=10)
    if summary.previous_total:
        previous = f"{w('previous')}: {w.number(summary.previous_total)}"
        flow.paragraph(previous, "body", colour=MUTED)


def _key_figures(flow: Flow, summary: ReportSummary) -> list[Tile]:
    w = flow.words
    previous = w.period(summary.period.previous())
    change = w("change", change=w.signed(summary.total - summary.previous_total), period=previous)
    figures = [
        (w("total"), w.number(summary.total), change),
        (w("open_closed"), f"{w.number(summary.open)} / {w.number(summary.closed)}", ""),
        (w("promises"), w.percent(summary.promises_kept_rate), ""),
        (w("follow_ups"), w.percent(summary.follow_ups_on_time_rate), ""),
        (w("time"), w.hours(summary.median_hours_to_resolve), ""),
        (w("csat"), w.mean(summary.mean_csat, 5), ""),
        (w("ces"), w.mean(summary.mean_ces, 7), ""),
        (w("nps"), w.nps(summary.nps), ""),
        (w("cost"), w.money(summary.total_cost), ""),
    ]
    if summary.causes:
        biggest = summary.causes[0]
        figures.append((w("biggest"), w.percent(biggest.share), biggest.label))
    return figures


def _charts(flow: Flow, summary: ReportSummary) -> None:
    w = flow.words
    heading = flow.ts.line_height["h2"] + 4
    flow.need(heading + CHART_HEIGHT)
    half = (flow.content_width - 3 * GAP) / 2
    top = flow.y
    flow.text(w("by_cause"), "h2", 0, half, top)
    flow.text(w("trend"), "h2", half + 3 * GAP, half, top)
    bars = [Bar(c.label, c.count, c.share) for c in summary.causes]
    trend = Trend(
        tuple(w.month(p) for p in summary.trend_periods),
        tuple(Series(s.label, s.counts) for s in summary.trend),
    )
    flow.drawing(0, top + heading, half, CHART_HEIGHT, paint_cause_bars, bars)
    flow.drawing(half + 3 * GAP, top + heading, half, CHART_HEIGHT, paint_trend, trend)
    flow.y = top + heading + CHART_HEIGHT + 3 * GAP


def _lists(flow: Flow, summary: ReportSummary) -> None:
    w = flow.words
    ts = flow.ts
    columns = [
        (w("repeat"), summary.repeat_customers[:LIST_ROWS]),
        (w("products"), summary.top_products[:LIST_ROWS]),
    ]
    half = (flow.content_width - 3 * GAP) / 2
    cell = ts.line_height["cell"] + 1
    title_lines = max(len(ts.wrap(title, "h2", half, 2)) for title, _ in columns)
    title_height = title_lines * ts.line_height["h2"] + 3
    rows = max(max(len(entries), 1) for _, entries in columns)
    flow.need(title_height + rows * cell)
    top = flow.y
    count_width = ts.width(w.number(9999), "cell")
    for index, (title, entries) in enumerate(columns):
        x = index * (half + 3 * GAP)
        flow.text(title, "h2", x, half, top, 2)
        y = top + title_height
        if not entries:
            flow.text(w("none"), "cell", x, half, y, colour=MUTED)
        for name, count in entries:
            flow.text(name, "cell", x, half - count_width - GAP, y)
            flow.text(w.number(count), "cell", x + half - count_width, count_width, y, align="end")
            y += cell
    flow.y = top + title_height + rows * cell + 3 * GAP


def _recommendations(flow: Flow, summary: ReportSummary) -> None:
    if not summary.recommendations:
        return
    w = flow.words
    ts = flow.ts
    flow.need(ts.line_height["h1"] + ts.line_height["h2"] + 3 * ts.line_height["body"])
    flow.paragraph(w("fix"), "h1", after=6)
    for advice in summary.recommendations:
        flow.need(ts.line_height["h2"] + 3 * ts.line_height["body"])
        flow.paragraph(advice.label, "h2", after=2)
        if advice.looks_like:
            flow.paragraph(f"{w('looks_like')} {advice.looks_like}", "body", colour=MUTED)
        for step in advice.fix:
            flow.paragraph(f"\u2022 {step}", "body", after=2, x=8)
        flow.y += 8


def add_footers(flow: Flow, summary: ReportSummary) -> None:
    """ "Page x of y" and the report's name at the foot of every page."""
    w = flow.words
    ts = flow.ts
    name = " · ".join(
        part
        for part in (summary.business_name.strip(), w("title"), w.period(summary.period))
        if part
    )
    y = flow.height - MARGIN - ts.line_height["small"]
    total = len(flow.pages)
    half = flow.content_width / 2
    for index, ops in enumerate(flow.pages):
        page = w("page", x=w.number(index + 1), y=w.number(total))
        for text, x, align in ((name, 0.0, "start"), (page, half, "end")):
            rtl = is_rtl_text(text, flow.rtl)
            line = ts.fit(text, "small", half, rtl)
            left = flow.left_of(x, half)
            visual = flow.visual(align, rtl)
            ops.extend(ts.runs([line], "small", left, half, y, visual, rtl, MUTED))
        ops.append(Rule(flow.left, y - 4, flow.left + flow.content_width, y - 4))
