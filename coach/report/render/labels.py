"""The report's own words per language, and its number and date formats.

The report's language can differ from the interface language, so its words are plain catalogues
chosen by the report's ``lang`` rather than Qt translations of the running app. The labels of
vocabulary keys (statuses, follow-up results) and the month names come from the report
language's playbook, like everywhere else; a language missing here falls back to English.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from coach.playbooks import Playbook, load_playbook
from coach.text.languages import SOURCE_LANGUAGE, is_rtl, known_or_default, language
from coach.text.localise import format_date, format_number, format_percent, to_digits
from coach.text.periods import Period

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Complaints report",
        "generated": "Made on {date}",
        "redacted": "Personal data hidden",
        "page": "Page {x} of {y}",
        "total": "Complaints",
        "change": "{change} vs {period}",
        "open_closed": "Open / closed",
        "promises": "Promises kept on time",
        "follow_ups": "Follow-ups on time",
        "csat": "Satisfaction (CSAT)",
        "ces": "Customer effort (CES)",
        "nps": "Net Promoter Score",
        "cost": "Cost of putting it right",
        "time": "Median time to resolve",
        "biggest": "Biggest cause",
        "none": "None this month",
        "hours": "{n} h",
        "days": "{n} days",
        "out_of": "{value} / {scale}",
        "by_cause": "Complaints by root cause",
        "trend": "The last six months",
        "repeat": "Customers who complained more than once",
        "products": "Most complained-about products and services",
        "fix": "What to fix",
        "looks_like": "How it shows:",
        "count": "Complaints",
        "share": "Share",
        "open": "Open",
        "previous": "Previous month",
        "date": "Date",
        "product": "Product or service",
        "words": "The customer's words",
        "resolution": "Resolution",
        "follow_up": "Follow-up",
        "continued": "{cause} (continued)",
        "empty_title": "No complaints this month",
        "empty_body": (
            "No complaints were recorded in {period}. When complaints come in, this report "
            "shows how many there were, what caused them and what to fix first."
        ),
    },
    "ar": {
        "title": "تقرير الشكاوى",
        "generated": "أُعدّ في {date}",
        "redacted": "البيانات الشخصية مخفية",
        "page": "صفحة {x} من {y}",
        "total": "الشكاوى",
        "change": "{change} مقارنةً بشهر {period}",
        "open_closed": "مفتوحة / مغلقة",
        "promises": "الوعود المنفَّذة في موعدها",
        "follow_ups": "المتابعات في موعدها",
        "csat": "رضا العملاء (CSAT)",
        "ces": "جهد العميل (CES)",
        "nps": "صافي نقاط الترويج (NPS)",
        "cost": "تكلفة إصلاح الأمور",
        "time": "الوقت الوسيط للحل",
        "biggest": "السبب الأكبر",
        "none": "لا شيء هذا الشهر",
        "hours": "{n} ساعة",
        "days": "{n} يوم",
        "out_of": "{value} من {scale}",
        "by_cause": "الشكاوى حسب السبب الجذري",
        "trend": "الأشهر الستة الأخيرة",
        "repeat": "عملاء اشتكوا أكثر من مرة",
        "products": "المنتجات والخدمات الأكثر تعرضًا للشكوى",
        "fix": "ما الذي يجب إصلاحه",
        "looks_like": "كيف يظهر:",
        "count": "الشكاوى",
        "share": "النسبة",
        "open": "مفتوحة",
        "previous": "الشهر السابق",
        "date": "التاريخ",
        "product": "المنتج أو الخدمة",
        "words": "كلمات العميل",
        "resolution": "الحل",
        "follow_up": "المتابعة",
        "continued": "{cause} (تابع)",
        "empty_title": "لا توجد شكاوى هذا الشهر",
        "empty_body": (
            "لم تُسجَّل أي شكوى في {period}. عندما تصل الشكاوى، يبيّن هذا التقرير عددها "
            "وأسبابها وما يجب إصلاحه أولًا."
        ),
    },
    "fa": {
        "title": "گزارش شکایت‌ها",
        "generated": "تهیه‌شده در {date}",
        "redacted": "اطلاعات شخصی پنهان شده است",
        "page": "صفحهٔ {x} از {y}",
        "total": "شکایت‌ها",
        "change": "{change} نسبت به {period}",
        "open_closed": "باز / بسته",
        "promises": "قول‌های به‌موقع عمل‌شده",
        "follow_ups": "پیگیری‌های به‌موقع",
        "csat": "رضایت مشتری (CSAT)",
        "ces": "تلاش مشتری (CES)",
        "nps": "شاخص خالص مروجان (NPS)",
        "cost": "هزینهٔ جبران",
        "time": "میانهٔ زمان حل",
        "biggest": "بزرگ‌ترین علت",
        "none": "این ماه موردی نبود",
        "hours": "{n} ساعت",
        "days": "{n} روز",
        "out_of": "{value} از {scale}",
        "by_cause": "شکایت‌ها بر اساس علت ریشه‌ای",
        "trend": "شش ماه اخیر",
        "repeat": "مشتریانی که بیش از یک بار شکایت کردند",
        "products": "محصولات و خدماتی که بیشترین شکایت را داشتند",
        "fix": "چه چیزی را باید درست کرد",
        "looks_like": "نشانه‌ها:",
        "count": "شکایت‌ها",
        "share": "سهم",
        "open": "باز",
        "previous": "ماه قبل",
        "date": "تاریخ",
        "product": "محصول یا خدمت",
        "words": "سخن مشتری",
        "resolution": "راه‌حل",
        "follow_up": "پیگیری",
        "continued": "{cause} (ادامه)",
        "empty_title": "این ماه شکایتی ثبت نشده است",
        "empty_body": (
            "در {period} هیچ شکایتی ثبت نشد. وقتی شکایتی برسد، این گزارش نشان می‌دهد "
            "چند شکایت بوده، علتشان چه بوده و اول چه چیزی را باید درست کرد."
        ),
    },
}
_MINUS = "\u2013"  # the en dash: neither bundled font has U+2212 MINUS SIGN
_LRO, _PDF = "\u202d", "\u202c"  # an isolate would still reverse ٢٠٢٦-١١-٢٦


@dataclass(frozen=True)
class Words:
    """Labels, numbers and dates in one report's language, digits and calendar; ``playbook``
    is the report language's, the source of vocabulary labels and month names."""

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
        text = LABELS.get(self.lang, {}).get(key) or LABELS[SOURCE_LANGUAGE].get(key, key)
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
