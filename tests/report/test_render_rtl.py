"""Right-to-left correctness of the PDF report, read back with poppler, qpdf and fontTools."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from coach.playbooks import load_playbook
from coach.report.render import paper_size, write_pdf
from coach.report.render.flow import MARGIN
from coach.report.render.labels import Words
from coach.report.render.sections import COLUMNS
from coach.report.summary import (
    CauseSummary,
    ComplaintLine,
    Recommendation,
    ReportSummary,
    TrendSeries,
)
from coach.system.resources import FONT_FILES, fonts_dir
from coach.text.languages import LANGUAGES
from coach.text.periods import month_period

LINES = (
    "طلب رقم 12345 (iPhone 13) تأخر ثلاثة أيام — السبب شركة الشحن",
    "سفارش شماره ۱۲۳۴ (کیف چرمی) دیر رسید؛ مشتری‌ها ناراضی‌اند",
    "قیمت روی قفسه ۲۵۰ هزار تومان بود ولی ۳۰۰ هزار حساب شد (Samsung A54)",
)
WORDS_INDEX = [name for name, _, _ in COLUMNS].index("words")
CAUSE = {"en": "Late delivery", "ar": "تأخر التوصيل", "fa": "تأخیر در ارسال"}
BUSINESS = {"en": "Corner Café", "ar": "مقهى الزاوية", "fa": "کافه سر کوچه"}
FIX = {
    "en": "Promise only delivery times you can keep.",
    "ar": "لا تعِد إلا بمواعيد توصيل تلتزم بها.",
    "fa": "فقط زمان ارسالی را قول بده که می‌توانی رعایت کنی.",
}
# Direction marks and the ZWNJ (which pdftotext drops with the glyphs it joins) are not words.
MARKS = re.compile("[\u200c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
pytestmark = pytest.mark.usefixtures("qapp")  # the application pytest-qt shares with UI tests
needs_poppler = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdftotext", "pdffonts", "qpdf")),
    reason="poppler-utils and qpdf are installed by ./dev test",
)


def report_summary(lang: str) -> ReportSummary:
    period = month_period(2026, 10)
    lines = tuple(
        ComplaintLine(
            id=index,
            created_at=datetime(2026, 10, 3 + index, 10, 30),
            customer="ليلى حسن" if index % 2 else "Omar Khalil",
            phone="",
            email="",
            product="Samsung A54" if index == 2 else "کیف چرمی",
            description=text,
            resolution="",
            follow_up_result="resolved",
            status="closed",
        )
        for index, text in enumerate(LINES)
    )
    cause = CauseSummary(
        key="delivery_delay",
        label=CAUSE[lang],
        count=3,
        share=1.0,
        open=0,
        closed=3,
        median_hours_to_resolve=20.0,
        mean_hours_to_resolve=22.5,
        promises_kept_rate=2 / 3,
        follow_ups_on_time_rate=1.0,
        mean_csat=4.3,
        mean_ces=2.0,
        nps=-12.0,
        total_cost=Decimal("250000"),
        previous_count=5,
        lines=lines,
    )
    return ReportSummary(
        period=period,
        lang=lang,
        business_name=BUSINESS[lang],
        redacted=False,
        generated_at=datetime(2026, 11, 2, 9, 0),
        total=3,
        previous_total=5,
        open=0,
        closed=3,
        promises_kept_rate=2 / 3,
        follow_ups_on_time_rate=1.0,
        mean_csat=4.3,
        mean_ces=2.0,
        nps=-12.0,
        total_cost=Decimal("250000"),
        median_hours_to_resolve=20.0,
        causes=(cause,),
        trend_periods=tuple(period.shifted(n) for n in range(-5, 1)),
        trend=(TrendSeries("delivery_delay", CAUSE[lang], (1, 4, 2, 0, 5, 3)),),
        repeat_customers=(("ليلى حسن", 2),),
        top_products=(("کیف چرمی", 2), ("Samsung A54", 1)),
        recommendations=(
            Recommendation("delivery_delay", CAUSE[lang], "", (FIX[lang],), ("001:R3",)),
        ),
    )


def normalised(text: str) -> str:
    return MARKS.sub("", unicodedata.normalize("NFKC", text))


def extracted_text(pdf: Path, *options: str) -> str:
    """pdftotext's text, NFKC-normalised and without direction marks."""
    out = subprocess.run(
        ["pdftotext", *options, str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return normalised(out.stdout)


def table_column_text(pdf: Path, lang: str) -> str:
    """The customer's words column of every page, read below the table header when pdftotext
    finds its first label as a word (it splits Arabic-script words into glyphs here).

    pdftotext guesses one reading direction per page, so a right-to-left line on a mostly
    English page comes out in visual order; read on its own, the column is mostly its text.
    """
    width = paper_size("a4").width()
    content = width - 2 * MARGIN
    start = sum(content * share for name, share, _ in COLUMNS[:WORDS_INDEX])
    band = content * COLUMNS[WORDS_INDEX][1]
    left = MARGIN + start if lang == "en" else width - MARGIN - start - band
    boxes = extracted_text(pdf, "-bbox")
    header = normalised(load_playbook(lang).report_text("date"))
    texts = []
    for number, page in enumerate(boxes.split("<page ")[1:], start=1):
        tops = [
            float(top)
            for top, word in re.findall(r'yMin="([\d.]+)"[^>]*>([^<]*)</word>', page)
            if word in (header, header[::-1])
        ]
        top = int(min(tops) - 1) if tops else 0
        options = ["-f", str(number), "-l", str(number), "-x", str(int(left)), "-y", str(top)]
        options += ["-W", str(int(band)), "-H", "2000"]
        texts.append(extracted_text(pdf, *options))
    return "\n".join(texts)


def words(text: str) -> list[str]:
    """The letter runs of ``text``, without harakat and other combining marks."""
    text = MARKS.sub("", unicodedata.normalize("NFKC", text))
    text = "".join(char for char in text if unicodedata.category(char) != "Mn")
    return re.findall(r"[^\W\d_]+", text)


def in_order(needle: list[str], haystack: list[str]) -> bool:
    """Whether ``needle``'s words appear in ``haystack`` in the same order."""
    position = 0
    for word in needle:
        try:
            position = haystack.index(word, position) + 1
        except ValueError:
            return False
    return True


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "ar", "fa"])
def test_complaint_texts_read_back_in_logical_order(tmp_path: Path, lang: str) -> None:
    pdf = tmp_path / f"report-{lang}.pdf"
    write_pdf(report_summary(lang), pdf)
    column = table_column_text(pdf, lang)
    found = words(column)
    for line in LINES:
        assert in_order(words(line), found), f"{line!r} not in order in:\n{column}"
        for number in re.findall(r"\d+", unicodedata.normalize("NFKC", line)):
            assert number in column
    page = words(extracted_text(pdf))
    assert in_order(words(CAUSE[lang]), page)
    assert in_order(words(FIX[lang]), page)


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "ar", "fa"])
def test_pdf_embeds_only_bundled_fonts_and_passes_qpdf(tmp_path: Path, lang: str) -> None:
    pdf = tmp_path / f"report-{lang}.pdf"
    write_pdf(report_summary(lang), pdf)
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    fonts = [row.split() for row in listing.stdout.splitlines()[2:] if row.strip()]
    assert fonts
    for row in fonts:
        assert row[0].split("+")[-1].startswith(("NotoSans-", "NotoSansArabic-")), row
        assert "yes" == row[-5], f"not embedded: {row}"
    check = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


def test_every_character_of_the_report_is_in_the_bundled_fonts() -> None:
    covered: set[int] = set()
    for name in FONT_FILES:
        covered |= set(TTFont(fonts_dir() / name).getBestCmap())
    texts = [*LINES, *CAUSE.values(), *BUSINESS.values(), *FIX.values(), "\u2026\u2022·–"]
    for lang in LANGUAGES:
        book = load_playbook(lang)
        texts += list(book.report_words.texts.values())
        texts += [text for group in book.labels_by_group.values() for text in group.labels.values()]
        texts += [cause.label for cause in book.root_causes()]
        texts += [name for names in book.month_names.values() for name in names]
        words_of = Words.of(lang, None, "jalali" if lang == "fa" else "gregorian")
        texts += [words_of.signed(-3), words_of.percent(0.5), words_of.number(1234.5, 1)]
        texts += [words_of.date(datetime(2026, 10, 3)), words_of.month(month_period(2026, 10))]
        texts += [words_of.period(month_period(1405, 7, "jalali"))]
    missing = {char for text in texts for char in text if ord(char) not in covered}
    assert not missing, sorted(f"U+{ord(c):04X}" for c in missing)


@needs_poppler
def test_a_persian_report_takes_status_words_and_month_names_from_the_persian_playbook(
    tmp_path: Path,
) -> None:
    book = load_playbook("fa")
    summary = report_summary("fa")
    cause = summary.causes[0]
    open_line = replace(cause.lines[0], follow_up_result="", status="awaiting_follow_up")
    unreachable = replace(cause.lines[1], follow_up_result="unreachable")
    lines = (open_line, unreachable, *cause.lines[2:])
    period = month_period(1405, 7, "jalali")
    summary = replace(
        summary,
        period=period,
        trend_periods=tuple(period.shifted(n) for n in range(-5, 1)),
        causes=(replace(cause, lines=lines),),
    )
    pdf = tmp_path / "report-fa.pdf"
    write_pdf(summary, pdf)
    page = words(extracted_text(pdf))
    for text in (
        book.label("awaiting_follow_up", "status"),
        book.label("unreachable", "follow_up_result"),
        book.label("resolved", "follow_up_result"),
        book.month_names["jalali"][6],  # the report's month, in its title
        book.month_names["jalali"][1],  # Ordibehesht, five months back on the trend chart
    ):
        assert in_order(words(text), page), f"{text!r} not in the Persian report"
    assert book.month_names["jalali"][6] == "مهر"
    assert book.label("unreachable", "follow_up_result") == "به مشتری دسترسی پیدا نکردیم"
