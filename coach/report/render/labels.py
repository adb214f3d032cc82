"""The report's words in its language, and its number and date formats.

The report's language can differ from the interface language, so its words come from the report
language's playbook rather than Qt translations of the running app: its own headings
(report.toml), the labels of vocabulary keys (statuses, follow-up results) and the month names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from coach.playbooks import Playbook, load_playbook
from coach.text.languages import is_rtl, known_or_default, language
from coach.text.localise import format_date, format_number, format_percent, to_digits
from coach.text.periods import Period

_MINUS = "\u2013"  # the en dash: neither bundled font has U+2212 MINUS SIGN
_LRO, _PDF = "\u202d", "\u202c"  # an isolate would still reverse ٢٠٢٦-١١-٢٦


@dataclass(frozen=True)
class Words:
    """Words, numbers and dates in one report's language, digits and calendar; ``playbook`` is
    the report language's (the owner's files merged in), the source of every word."""

    lang: str
    digits: str
    calendar: str
    playbook: Playbook = field(compare=False, repr=False)

    @classmethod
    def of(
        cls, lang: str, digits: str | None, calendar: str, playbook: Playbook | None = None
    ) -> Words:
        """``playbook`` defaults to the built-in playbook of ``lang``."""
        lang = known_or_default(lang)
        if playbook is None or playbook.lang != lang:
            playbook = load_playbook(lang)
        return cls(lang, digits or language(lang).digits, calendar, playbook)

    def __call__(self, key: str, **values: str) -> str:
        text = self.playbook.report_text(key)
        for name, value in values.items():
            text = text.replace("{" + name + "}", value)
        return text

    def number(self, value: int | float | Decimal, decimals: int = 0) -> str:
        return format_number(value, self.digits, decimals)

    def percent(self, fraction: float | None) -> str:
        return format_percent(fraction, self.digits)

    def ltr(self, text: str) -> str:
        """``text`` kept left to right inside right-to-left lines (dates, signed numbers)."""
        return _LRO + text + _PDF if is_rtl(self.lang) else text

    def signed(self, value: float) -> str:
        """``+3``, ``–2`` or ``0``, the sign kept before the number in every language."""
        text = self.number(abs(round(value)))
        if round(value) > 0:
            return self.ltr("+" + text)
        return self.ltr(_MINUS + text) if round(value) < 0 else text

    def mean(self, value: float | None, scale: int) -> str:
        if value is None:
            return "–"
        return self("out_of", value=self.number(value, 1), scale=self.number(scale))

    def nps(self, value: float | None) -> str:
        return "–" if value is None else self.signed(value)

    def money(self, value: Decimal) -> str:
        return self.number(value, 0 if value == value.to_integral_value() else 2)

    def hours(self, value: float | None) -> str:
        if value is None:
            return "–"
        if value < 48:
            return self("hours", n=self.number(value, 0 if value >= 10 else 1))
        return self("days", n=self.number(value / 24, 1))

    def date(self, day: date | datetime | None) -> str:
        return self.ltr(format_date(day, self.calendar, self.digits))

    def period(self, period: Period) -> str:
        return to_digits(period.name(self.playbook.month_names), self.digits)

    def month(self, period: Period) -> str:
        """A short month name for a chart axis: "Oct", "أكتوبر", "مهر"."""
        return period.month_name(self.playbook.short_month_names)

    def follow_up(self, result: str, status: str) -> str:
        """The follow-up result, or the complaint's status while there is none."""
        if result:
            return self.playbook.label(result, "follow_up_result")
        return self.playbook.label(status, "status") if status else "–"
