"""Writes one screenshot per wizard stage and language to docs/screenshots/wizard-<stage>-<lang>.png.

    .venv/bin/python scripts/wizard_screenshots.py [--out docs/screenshots] [--size 1200x800]

Each language is drawn in its own process (the language is decided once per process), offscreen,
on a temporary data folder holding one sample complaint per stage that shows the coach at work:
the safety guidance, warning signs, the wording check and relative dates.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from coach.text import languages

ROOT = Path(__file__).resolve().parent.parent

SAMPLES = {
    "en": {
        "name": "Sara Jones",
        "product": "Birthday cake, chocolate, 2 kg",
        "description": "I ordered the cake for Saturday. It came on Sunday, the day after the party, "
        "and the name on it was wrong. Nobody called to say it would be late.",
        "key_points": "Delivered a day late; wrong name on the cake; no call about the delay.",
        "questions": "When was it ordered? Tuesday, in the shop.\nWho took the order? Hamid.",
        "what_went_wrong": "The order slip had Sunday on it, and the name was copied wrongly.",
        "apology": "According to company policy we cannot refund cakes. The system was down "
        "that day. I'm sorry we let you down on your daughter's birthday.",
        "resolution": "Full refund today, and a new cake with the right name on Saturday.",
        "steps": "Refund at the till today. Hamid bakes the new cake on Friday; "
        "I deliver it myself on Saturday by 10:00.",
        "lesson": "Read the order slip back to the customer before they leave.",
    },
    "fa": {
        "name": "سارا احمدی",
        "product": "کیک تولد شکلاتی، ۲ کیلو",
        "description": "کیک را برای شنبه سفارش دادم. یکشنبه رسید، یک روز بعد از جشن، و اسم روی آن "
        "اشتباه بود. هیچ‌کس زنگ نزد که بگوید دیر می‌شود.",
        "key_points": "یک روز دیر رسید؛ اسم اشتباه بود؛ کسی خبر نداد.",
        "questions": "کی سفارش داده شد؟ سه‌شنبه، در مغازه.\nچه کسی سفارش را گرفت؟ حمید.",
        "what_went_wrong": "در برگه سفارش یکشنبه نوشته شده بود و اسم اشتباه رونویسی شد.",
        "apology": "طبق قوانین شرکت نمی‌توانیم پول کیک را برگردانیم. سیستم آن روز قطع بود. "
        "متأسفم که روز تولد دخترتان را خراب کردیم.",
        "resolution": "امروز کل مبلغ برگردانده می‌شود و شنبه یک کیک تازه با اسم درست می‌آوریم.",
        "steps": "بازپرداخت امروز سر صندوق. حمید جمعه کیک را می‌پزد؛ شنبه تا ساعت ۱۰ خودم می‌آورم.",
        "lesson": "پیش از رفتن مشتری، برگه سفارش را برایش بخوانیم.",
    },
    "ar": {
        "name": "فاطمة الزهراء",
        "product": "كعكة عيد ميلاد بالشوكولاتة، ٢ كغ",
        "description": "طلبت الكعكة ليوم السبت، فوصلت يوم الأحد بعد الحفلة بيوم، والاسم المكتوب "
        "عليها خطأ. لم يتصل بي أحد ليخبرني بالتأخير.",
        "key_points": "وصلت متأخرة يومًا؛ الاسم خطأ؛ لم يبلغها أحد.",
        "questions": "متى طُلبت؟ يوم الثلاثاء في المحل.\nمن أخذ الطلب؟ حامد.",
        "what_went_wrong": "كُتب يوم الأحد في ورقة الطلب ونُسخ الاسم خطأً.",
        "apology": "حسب سياسة الشركة لا نستطيع إرجاع ثمن الكعك. النظام كان معطلًا ذلك اليوم. "
        "آسفون لأننا أفسدنا عيد ميلاد ابنتك.",
        "resolution": "نعيد المبلغ كاملًا اليوم، ونوصل كعكة جديدة بالاسم الصحيح يوم السبت.",
        "steps": "الاسترداد اليوم عند الصندوق. يخبز حامد الكعكة الجمعة، وأوصلها بنفسي السبت قبل العاشرة.",
        "lesson": "نقرأ ورقة الطلب على الزبون قبل أن يغادر.",
    },
}
LANGUAGES = tuple(code for code in languages.LANGUAGES if code in SAMPLES)
"""The languages with sample texts below."""
STAGE_MOODS = {"listen": "abusive", "clarify": "upset"}


def sample(lang: str, stage: str, phone: str):
    """One complaint filled as far as ``stage``, in ``lang``, from the customer with ``phone``."""
    from coach.complaints.domain import Complaint, Customer
    from coach.complaints.rules import status_for
    from coach.complaints.vocabulary import STAGES

    text = SAMPLES[lang]
    now = datetime.now().replace(microsecond=0)
    reached = STAGES.index(stage)
    values: dict[str, object] = dict(
        customer=Customer(text["name"], phone),
        order_ref="A-1042",
        channel="in_person",
        product=text["product"],
        description=text["description"],
        key_points=text["key_points"],
        mood=STAGE_MOODS.get(stage, "angry"),
        checklist={"listen": ["contact_details", "let_them_finish"]},
    )
    if stage in ("listen", "clarify"):
        values["checklist"] = {**values["checklist"], "customer_signs": ["time_drain"]}
    if reached >= 1:
        values.update(
            questions=text["questions"],
            what_went_wrong=text["what_went_wrong"],
            staff_involved="Hamid",
            root_cause="delivery_delay",
            severity="high",
        )
    if reached >= 2:
        values.update(fault="ours", apology=text["apology"])
    if reached >= 3:
        values.update(
            wanted_outcome="refund",
            resolution=text["resolution"],
            steps=text["steps"],
            cost=Decimal("18.50"),
            promised_by=date.today() + timedelta(days=2),
            thanked=True,
        )
    if reached >= 4:
        values.update(
            resolved_at=now - timedelta(days=2),
            follow_up_due=date.today() - timedelta(days=1),
            csat=4,
            lesson=text["lesson"],
        )
    return Complaint(
        created_at=now - timedelta(days=reached),
        stage=stage,
        status=status_for(stage),
        **values,  # type: ignore[arg-type]
    )


NOTES = {
    "en": "Rang her back; she would like the refund in cash.",
    "fa": "با مشتری تماس گرفتم؛ بازپرداخت را نقدی می‌خواهد.",
    "ar": "اتصلت بها؛ تفضّل استرداد المبلغ نقدًا.",
}


def sample_events(lang: str, complaint):
    """The timeline ``complaint`` would have: opened, each stage completed, and one note."""
    from coach.complaints.domain import Event
    from coach.complaints.vocabulary import STAGES

    at = complaint.created_at
    events = [Event("created", at, STAGES[0])]
    for number, stage in enumerate(STAGES[: STAGES.index(complaint.stage)]):
        events.append(Event("stage_completed", at + timedelta(hours=number + 1), stage))
        if number == 0:
            events.append(Event("note", at + timedelta(minutes=70), stage, NOTES[lang]))
    return events


def shoot(lang: str, folder: Path, out: Path, size: tuple[int, int]) -> list[Path]:
    """Draws one wizard per stage in ``lang`` (run in a fresh process)."""
    from PySide6.QtWidgets import QApplication

    from coach.complaints.vocabulary import STAGES
    from coach.service import Coach
    from coach.system.settings import Settings
    from coach.ui.i18n import install_language
    from coach.ui.prompts import ScriptedPrompts
    from coach.ui.wizard import WizardWindow

    settings = Settings.load(folder)
    settings.set("language", lang)
    settings.save()
    app = QApplication([])
    install_language(app, lang)
    context = Coach.open(folder, lang)
    for earlier in range(2):
        past = sample(lang, "follow_up", "0791 000 111")
        signs = {"customer_signs": ["time_drain" if earlier else "moving_goalposts"]}
        context.save(past.replace(status="closed", checklist=signs))
    written = []
    for number, stage in enumerate(STAGES):
        phone = "0791 000 111" if stage == "clarify" else f"0791 234 56{number}"
        complaint = sample(lang, stage, phone)
        saved = context.save(complaint, sample_events(lang, complaint))
        window = WizardWindow(context, saved.id, prompts=ScriptedPrompts())
        window.resize(*size)
        window.show()
        deadline = time.monotonic() + 0.6
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        path = out / f"wizard-{stage}-{lang}.png"
        window.grab().save(str(path))
        written.append(path)
        window.close()
    context.close()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", default="1200x800", help="width x height, default 1200x800")
    parser.add_argument("--lang", choices=LANGUAGES, action="append", help="default: all")
    parser.add_argument("--one", choices=LANGUAGES, help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.lower().split("x"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.out.mkdir(parents=True, exist_ok=True)
    if args.one:
        for path in shoot(args.one, args.data_dir, args.out, (width, height)):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        return 0
    for lang in args.lang or LANGUAGES:
        with tempfile.TemporaryDirectory(prefix="coach-wizard-shots-") as temporary:
            command = [sys.executable, __file__, "--one", lang, "--data-dir", temporary]
            command += ["--out", str(args.out), "--size", args.size]
            if subprocess.run(command).returncode != 0:
                return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
