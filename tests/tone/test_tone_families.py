"""The wording families an owner meets: each is flagged with its family, its principles and a better
wording in the owner's language; careful replies that only look alike are left alone."""

from __future__ import annotations

import re

import pytest

from coach.tone import checker
from coach.tone.checker import Finding, check

ARABIC_LETTERS = re.compile(r"[\u0600-\u06ff]")

# (language, family, draft): written for these tests, not taken from the corpus.
FLAGGED = [
    ("en", "minimising", "Honestly it's only a tiny chip on the rim, nobody would notice."),
    ("en", "unkeepable_promise", "From now on every delivery will arrive perfectly on time."),
    ("en", "impersonal_accusation", "The kettle has obviously been dropped at some point."),
    ("en", "blame_by_origin", "That wobble is a known fault with this model from the maker."),
    ("en", "customer_fault", "If you'd checked the size guide you wouldn't have this problem."),
    ("en", "understand_but", "While we appreciate the wait was long, the kitchen has rules."),
    ("en", "handoff_refusal", "I only handle the bookings, you'll have to call head office."),
    ("ar", "minimising", "يا أستاذ الموضوع بسيط، فرق بسيط في اللون ما يستاهل."),
    ("ar", "unkeepable_promise", "أوعدك من اليوم ورايح ما راح يتأخر أي طلب أبدًا."),
    ("ar", "impersonal_accusation", "واضح إن الساعة انفتحت عند محل ثاني قبل ما ترجع."),
    ("ar", "blame_by_origin", "هذا عيب تصنيع من الشركة المصنعة، مو من عندنا."),
    ("ar", "customer_fault", "كان لازم تقرأ التعليمات قبل ما تشغل الجهاز."),
    ("ar", "understand_but", "شكرا على ملاحظتك، بس الطلب وصل في موعده."),
    ("ar", "handoff_refusal", "هذا مش شغلي، روح للإدارة وهم يشوفوا."),
    ("fa", "minimising", "حالا یه لکه‌ی کوچیکه، اصلاً دیده نمی‌شه."),
    ("fa", "unkeepable_promise", "قول می‌دم از این به بعد هیچ‌وقت سفارشتون دیر نرسه."),
    ("fa", "impersonal_accusation", "معلومه که گوشی آب خورده، علائم رطوبت روی برد هست."),
    ("fa", "blame_by_origin", "این ایراد مربوط به کارخانه‌ی سازنده است، نه ما."),
    ("fa", "customer_fault", "باید قبل از شستن برچسب رو می‌خوندید."),
    ("fa", "understand_but", "ممنون که خبر دادید، با این حال سفارش درست ارسال شده بود."),
    ("fa", "handoff_refusal", "از دست من کاری برنمیاد، باید با مدیر فروشگاه صحبت کنید."),
]

# Careful replies that mention a courier, a policy, a manager, a "but" or a date.
CAREFUL = [
    ("en", "Thanks for telling me, but could you send a photo of the label? I'll reply by 3 pm."),
    ("en", "I've spoken to the courier myself and your parcel will be with you by Thursday noon."),
    ("en", "Our policy is 30 days, but I'll happily refund you today since the zip failed."),
    (
        "en",
        "I'm sorry the lamp arrived cracked. A new one goes out tomorrow and reaches you Friday.",
    ),
    ("ar", "شكرًا لأنك أخبرتنا، بس ممكن ترسل صورة الفاتورة؟ سأرد عليك اليوم قبل الخامسة."),
    ("ar", "آسف على التأخير. كلمت شركة الشحن بنفسي، والطرد يصلك بكرة قبل الساعة ١٢."),
    ("ar", "معك حق، الغلط منا. أرجعت لك المبلغ اليوم وستراه في حسابك خلال يومين."),
    ("fa", "ممنون که خبر دادید، ولی لطفاً یه عکس از فاکتور بفرستید؛ تا ساعت ۵ امروز جواب می‌دم."),
    ("fa", "حق با شماست، اشتباه از ما بود. مبلغ امروز به کارتتان برگشت و تا آخر هفته می‌نشیند."),
    ("fa", "با پیک خودم تماس گرفتم؛ بسته فردا ساعت ۱۰ به دستتان می‌رسد. ببخشید بابت تأخیر."),
]


def in_language(lang: str, words: str) -> bool:
    return bool(ARABIC_LETTERS.search(words)) == (lang != "en")


@pytest.mark.parametrize(("lang", "family", "text"), FLAGGED)
def test_each_family_is_flagged_with_a_better_wording_in_the_same_language(
    lang: str, family: str, text: str
) -> None:
    found = [f for f in check(text, lang) if f.family == family]
    assert found, [(f.family, text[f.start : f.end]) for f in check(text, lang)]
    finding: Finding = found[0]
    assert finding.severity == "avoid"
    assert 0 <= finding.start < finding.end <= len(text)
    assert finding.sources and all(re.fullmatch(r"\d{3}:[A-Z]\d+", s) for s in finding.sources)
    assert in_language(lang, finding.suggestion) and in_language(lang, finding.message)


@pytest.mark.parametrize(("lang", "text"), CAREFUL)
def test_careful_replies_that_only_look_alike_raise_nothing(lang: str, text: str) -> None:
    assert [(f.rule, text[f.start : f.end]) for f in check(text, lang)] == []


def test_a_hand_over_with_a_name_a_reason_and_a_time_is_not_a_refusal() -> None:
    text = (
        "I've passed this to Maya, our manager, because she signs off refunds over £100; "
        "she'll call you at 11 tomorrow."
    )
    assert [f.rule for f in check(text, "en") if f.severity == "avoid"] == []


def test_a_generic_not_our_fault_gives_way_to_the_blame_it_explains() -> None:
    text = "The crack comes from the factory, it's not our fault."
    assert {f.family for f in check(text, "en") if f.severity == "avoid"} == {"blame_by_origin"}
    alone = check("Sorry, but that is not our fault.", "en")
    assert "blame_third_party" in {f.family for f in alone}


def test_a_family_is_found_with_words_between_and_in_either_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(checker, "model", lambda lang: None)
    for text in (
        "The till in the back office has been freezing all morning.",
        "Freezing all morning, that till in the back office.",
    ):
        assert "blame_system" in {f.family for f in check(text, "en")}, text


def test_a_date_counts_as_the_next_step_and_an_apology_as_acknowledgement() -> None:
    text = "I'm sorry the order was wrong; the right one will be with you by the end of the week."
    assert check(text, "en") == []
    text = "ببخشید که سفارش اشتباه رسید؛ سفارش درست تا آخر هفته به دستتان می‌رسد."
    assert check(text, "fa") == []
