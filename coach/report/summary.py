"""The monthly report's numbers, per root cause, computed from the store (no Qt).

Definitions (also in docs/report-figures.md):

- A complaint belongs to the period when its ``created_at`` falls inside it.
- Resolved: ``resolved_at`` is set. Hours to resolve: ``resolved_at - created_at``.
- Promise kept on time: ``resolved_at.date() <= promised_by``, counted among complaints with a
  ``promised_by`` that are resolved or whose ``promised_by`` has passed (before ``generated_at``).
- Follow-up on time: ``followed_up_at <= follow_up_due``, counted among complaints with a
  ``follow_up_due`` that were followed up or whose due date has passed.
- Open: status is not ``closed`` (drafts included).
- NPS: % promoters (9-10) minus % detractors (0-6) among complaints with an NPS score.
- Rates are fractions 0..1 and ``None`` when nothing was counted; means and medians likewise.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from coach.complaints.domain import Complaint
from coach.complaints.vocabulary import UNASSIGNED
from coach.report.evidence import EvidenceFile, collect
from coach.report.figures import figures
from coach.report.redact import (
    Redactor,
    initials,
    mask_email,
    mask_phone,
    personal_values,
)
from coach.store import ComplaintQuery, evidence
from coach.text.normalise import normalise
from coach.text.periods import Period

if TYPE_CHECKING:
    from coach.playbooks import Playbook
    from coach.store import Store

TREND_PERIODS = 6
TREND_CAUSES = 5
TOP_PRODUCTS = 10
RECOMMENDED_CAUSES = 3
PAGE = 2000


@dataclass(frozen=True)
class ComplaintLine:
    """One complaint as a row of its cause's section; personal data masked when redacted."""

    id: int
    created_at: datetime
    customer: str
    phone: str
    email: str
    product: str
    description: str
    resolution: str
    follow_up_result: str
    status: str
    resolved_at: datetime | None = None
    address: str = ""
    attachments: int = 0


@dataclass(frozen=True)
class CauseSummary:
    """The figures of one root cause in the period; ``lines`` oldest first."""

    key: str
    label: str
    count: int
    share: float
    open: int
    closed: int
    median_hours_to_resolve: float | None
    mean_hours_to_resolve: float | None
    promises_kept_rate: float | None
    follow_ups_on_time_rate: float | None
    mean_csat: float | None
    mean_ces: float | None
    nps: float | None
    total_cost: Decimal
    previous_count: int
    lines: tuple[ComplaintLine, ...]


@dataclass(frozen=True)
class TrendSeries:
    """Complaint counts of one cause, aligned with ``ReportSummary.trend_periods``."""

    key: str
    label: str
    counts: tuple[int, ...]


@dataclass(frozen=True)
class Recommendation:
    """The playbook's "what to fix" for one of the biggest causes."""

    key: str
    label: str
    looks_like: str
    fix: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class ReportSummary:
    """Everything the report shows, in numbers and keys; renderers only lay it out."""

    period: Period
    lang: str
    business_name: str
    redacted: bool
    generated_at: datetime
    total: int
    previous_total: int
    open: int
    closed: int
    promises_kept_rate: float | None
    follow_ups_on_time_rate: float | None
    mean_csat: float | None
    mean_ces: float | None
    nps: float | None
    total_cost: Decimal
    median_hours_to_resolve: float | None
    causes: tuple[CauseSummary, ...]
    trend_periods: tuple[Period, ...]
    trend: tuple[TrendSeries, ...]
    repeat_customers: tuple[tuple[str, int], ...]
    top_products: tuple[tuple[str, int], ...]
    recommendations: tuple[Recommendation, ...]
    mean_hours_to_resolve: float | None = None
    attachments_included: bool = False
    evidence: tuple[EvidenceFile, ...] = ()
    evidence_hidden: int = 0


def build_summary(
    store: Store,
    period: Period,
    *,
    lang: str = "en",
    playbook: Playbook | None = None,
    business_name: str = "",
    redact: bool = False,
    progress: Callable[[int, int], None] | None = None,
    now: datetime | None = None,
    attachments: bool = False,
) -> ReportSummary:
    """The report's figures for ``period``; ``progress(done, total)`` is called along the way.

    The period's complaints are loaded in pages (one read transaction, progress after each);
    one SQL aggregate counts causes over the trend's six periods. ``now`` (default: the clock)
    decides which promises and follow-ups are overdue. ``attachments``: the attached files are
    included (see ``coach.report.evidence``).
    """
    generated_at = (now or datetime.now()).replace(microsecond=0)
    if playbook is None:
        from coach.playbooks import load_playbook

        playbook = load_playbook(lang)
    book = playbook
    trend_periods = tuple(period.shifted(n) for n in range(1 - TREND_PERIODS, 1))
    query = ComplaintQuery(start=period.start, end=period.end)
    complaints: list[Complaint] = []
    groups: dict[str, list[Complaint]] = {}
    lines: dict[str, list[ComplaintLine]] = {}
    with store.transaction():
        steps = store.count(query) + 1
        _report(progress, 0, steps)
        for offset in range(0, steps - 1, PAGE):
            page = store.find(query, limit=PAGE, offset=offset, order="oldest")
            for complaint in page:
                key = complaint.root_cause or UNASSIGNED
                groups.setdefault(key, []).append(complaint)
            complaints += page
            _report(progress, len(complaints), steps)
        trend_counts = _counts_by_cause(store, trend_periods)
        files = evidence.counts(store, (c.id for c in complaints if c.id is not None))
        stored_labels = store.root_causes()
        redactor = Redactor(complaints) if redact else None
        mask = redactor.text if redactor is not None else None
        attached, hidden = collect(store, complaints, files, mask) if attachments else ((), 0)
    for key, group in groups.items():
        lines[key] = [_line(complaint, redactor, files) for complaint in group]

    def label(key: str) -> str:
        return book.cause_label(key, stored_labels.get(key, ""))

    today = generated_at.date()
    previous = trend_counts[-2]
    causes = tuple(
        sorted(
            (
                _cause(
                    key, label(key), group, len(complaints), previous.get(key, 0), lines[key], today
                )
                for key, group in groups.items()
            ),
            key=lambda cause: (-cause.count, cause.key),
        )
    )
    overall = figures(complaints, today)
    summary = ReportSummary(
        period=period,
        lang=lang,
        business_name=business_name,
        redacted=redact,
        generated_at=generated_at,
        total=overall.count,
        previous_total=sum(previous.values()),
        open=overall.open,
        closed=overall.closed,
        promises_kept_rate=overall.promises_kept_rate,
        follow_ups_on_time_rate=overall.follow_ups_on_time_rate,
        mean_csat=overall.mean_csat,
        mean_ces=overall.mean_ces,
        nps=overall.nps,
        total_cost=overall.total_cost,
        median_hours_to_resolve=overall.median_hours_to_resolve,
        mean_hours_to_resolve=overall.mean_hours_to_resolve,
        causes=causes,
        trend_periods=trend_periods,
        trend=tuple(
            TrendSeries(c.key, c.label, tuple(counts.get(c.key, 0) for counts in trend_counts))
            for c in causes[:TREND_CAUSES]
        ),
        repeat_customers=_repeat_customers(complaints, redact),
        top_products=_top_products(complaints, redact),
        recommendations=_recommendations(causes, book),
        attachments_included=attachments,
        evidence=attached,
        evidence_hidden=hidden,
    )
    _report(progress, steps, steps)
    return summary


def _report(progress: Callable[[int, int], None] | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _counts_by_cause(store: Store, periods: Sequence[Period]) -> list[dict[str, int]]:
    """Complaints per cause key in each of ``periods`` (consecutive), in one store aggregate."""
    bounds = [periods[0].start, *(period.end for period in periods)]
    return store.counts_by_cause(bounds, unassigned=UNASSIGNED)


def _line(complaint: Complaint, redactor: Redactor | None, files: dict[int, int]) -> ComplaintLine:
    """One complaint's row with its number of ``files``; with a ``redactor``, every personal
    field masked, and every customer's personal data hidden from its free text too."""
    assert complaint.id is not None
    personal = personal_values(complaint, redactor is not None)

    def text(value: str) -> str:
        return redactor.text(value) if redactor is not None else value

    return ComplaintLine(
        id=complaint.id,
        created_at=complaint.created_at,
        customer=personal["customer_name"],
        phone=personal["customer_phone"],
        email=personal["customer_email"],
        address=personal["customer_address"],
        product=text(complaint.product),
        description=text(complaint.description),
        resolution=text(complaint.resolution),
        follow_up_result=complaint.follow_up_result,
        status=complaint.status,
        resolved_at=complaint.resolved_at,
        attachments=files.get(complaint.id, 0),
    )


def _cause(
    key: str,
    label: str,
    group: Sequence[Complaint],
    total: int,
    previous_count: int,
    lines: Sequence[ComplaintLine],
    today: date,
) -> CauseSummary:
    numbers = figures(group, today)
    return CauseSummary(
        key=key,
        label=label,
        count=numbers.count,
        share=numbers.count / total,
        open=numbers.open,
        closed=numbers.closed,
        median_hours_to_resolve=numbers.median_hours_to_resolve,
        mean_hours_to_resolve=numbers.mean_hours_to_resolve,
        promises_kept_rate=numbers.promises_kept_rate,
        follow_ups_on_time_rate=numbers.follow_ups_on_time_rate,
        mean_csat=numbers.mean_csat,
        mean_ces=numbers.mean_ces,
        nps=numbers.nps,
        total_cost=numbers.total_cost,
        previous_count=previous_count,
        lines=tuple(lines),
    )


def customer_display(complaint: Complaint, redact: bool) -> str:
    """The customer's name (initials when redacted), else their phone or e-mail (masked)."""
    customer = complaint.customer
    if customer.name.strip():
        return initials(customer.name) if redact else customer.name.strip()
    if customer.phone.strip():
        return mask_phone(customer.phone) if redact else customer.phone.strip()
    return mask_email(customer.email) if redact else customer.email.strip()


def _repeat_customers(complaints: Sequence[Complaint], redact: bool) -> tuple[tuple[str, int], ...]:
    counts = Counter(c.customer.id for c in complaints if c.customer.id is not None)
    first: dict[int, Complaint] = {}
    for complaint in complaints:
        key = complaint.customer.id
        if key is not None and counts[key] > 1:
            first.setdefault(key, complaint)
    repeats = [(customer_display(first[i], redact), n) for i, n in counts.items() if n > 1]
    return tuple(sorted(repeats, key=lambda item: (-item[1], item[0])))


def _top_products(complaints: Sequence[Complaint], redact: bool) -> tuple[tuple[str, int], ...]:
    """Products grouped by their normalised text, shown in their most common spelling."""
    spellings: dict[str, Counter[str]] = {}
    for product, count in Counter(c.product for c in complaints).items():
        text = " ".join(product.split())
        if text:
            spellings.setdefault(normalise(text), Counter())[text] += count
    products = [
        (spelling.most_common(1)[0][0], sum(spelling.values())) for spelling in spellings.values()
    ]
    if redact:
        redactor = Redactor(complaints)
        products = [(redactor.text(name), n) for name, n in products]
    products.sort(key=lambda item: (-item[1], normalise(item[0])))
    return tuple(products[:TOP_PRODUCTS])


def _recommendations(
    causes: Sequence[CauseSummary], playbook: Playbook
) -> tuple[Recommendation, ...]:
    """The playbook's advice for the biggest causes it has advice for."""
    found: list[Recommendation] = []
    for cause in causes:
        entry = playbook.root_cause(cause.key)
        if entry is None or not entry.fix:
            continue
        found.append(
            Recommendation(
                cause.key, entry.label, entry.looks_like, tuple(entry.fix), tuple(entry.sources)
            )
        )
        if len(found) == RECOMMENDED_CAUSES:
            break
    return tuple(found)
