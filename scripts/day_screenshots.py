"""Writes screenshots of Today, a customer's page and the wizard with evidence, in each language.

    .venv/bin/python scripts/day_screenshots.py [--out /tmp/shots] [--size 1200x760]

Each language is drawn in its own process (the language is decided once per process), offscreen,
from a temporary data folder filled with a few complaints in that language: promises and
follow-ups due, a draft left open, a customer who came back, and three files kept with one
complaint. Writes today-<lang>.png, customer-<lang>.png and wizard-evidence-<lang>.png.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

from coach.text.languages import LANGUAGES

NAMES = {
    "en": ("Sara Jones", "John Smith", "Priya Patel", "Tom Baker", "Nadia Khan"),
    "ar": ("فاطمة الزهراء", "أحمد خليل", "ليلى حسن", "عمر سعيد", "نادية خان"),
    "fa": ("مریم احمدی", "علی رضایی", "رضا کریمی", "نرگس موسوی", "نادیا خان"),
}
PRODUCTS = {
    "en": ("Birthday cake", "Espresso machine repair", "Blue kettle", "Wedding flowers", "Sofa"),
    "ar": ("كعكة عيد ميلاد", "إصلاح آلة القهوة", "غلاية زرقاء", "ورود الزفاف", "أريكة"),
    "fa": ("کیک تولد", "تعمیر دستگاه قهوه", "کتری آبی", "گل عروسی", "مبل"),
}
STORY = {
    "en": "The box arrived crushed and the cake was broken.",
    "ar": "وصل الصندوق مهروسًا وكانت الكعكة مكسورة.",
    "fa": "جعبه له شده رسید و کیک شکسته بود.",
}
MINIMAL_PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def fill(folder: Path, lang: str) -> tuple[int, int]:
    """A few complaints in ``lang``; returns (the complaint with evidence, its customer)."""
    from coach.complaints.domain import Complaint, Customer
    from coach.service import Coach

    now = datetime.now().replace(microsecond=0)
    today = now.date()
    names, products = NAMES[lang], PRODUCTS[lang]
    people = [Customer(name, f"0791 23{i} 45{i}") for i, name in enumerate(names)]
    closed = dict(stage="follow_up", status="closed")
    waiting = dict(stage="follow_up", status="awaiting_follow_up")
    rows = [
        (
            people[0],
            40,
            products[0],
            dict(
                cost=Decimal("15"),
                csat=3,
                **closed,
                followed_up_at=today - timedelta(days=37),
                checklist={"customer_signs": ["time_drain"]},
            ),
        ),
        (
            people[0],
            6,
            products[0],
            dict(
                promised_by=today - timedelta(days=2),
                follow_up_due=today - timedelta(days=1),
                **waiting,
            ),
        ),
        (
            people[1],
            5,
            products[1],
            dict(
                resolved_at=now - timedelta(days=3),
                cost=Decimal("40"),
                follow_up_due=today - timedelta(days=2),
                **waiting,
            ),
        ),
        (
            people[2],
            3,
            products[2],
            dict(resolved_at=now - timedelta(days=1), follow_up_due=today, **waiting),
        ),
        (people[3], 2, products[3], dict(stage="resolve", status="in_progress", promised_by=today)),
        (people[4], 4, products[4], dict()),
    ]
    with Coach.open(folder, lang) as coach:
        saved = [
            coach.save(
                Complaint(
                    created_at=now - timedelta(days=days),
                    customer=customer,
                    channel="phone",
                    product=product,
                    description=STORY[lang],
                    root_cause="delivery_delay",
                    **fields,  # type: ignore[arg-type]
                ),
                now=now - timedelta(days=days),
            )
            for customer, days, product, fields in rows
        ]
        evidence_id = saved[1].id
        assert evidence_id is not None and saved[1].customer.id is not None
        add_evidence(coach, evidence_id)
        coach.people.set_notes(
            saved[1].customer.id,
            {
                "en": "Prefers WhatsApp; collects on Fridays.",
                "ar": "تفضّل واتساب؛ تستلم أيام الجمعة.",
                "fa": "واتس‌اپ را ترجیح می‌دهد؛ جمعه‌ها تحویل می‌گیرد.",
            }[lang],
        )
        return evidence_id, saved[1].customer.id


def pictures() -> list[tuple[str, object]]:
    """A photo of a crushed box, a receipt and a screenshot of a message, drawn with QPainter."""
    from PySide6.QtCore import QPoint, QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPolygon

    box = QImage(2400, 1800, QImage.Format.Format_RGB32)
    box.fill(QColor("#d9cbb0"))
    painter = QPainter(box)
    painter.setBrush(QColor("#a0703c"))
    painter.drawPolygon(
        QPolygon(
            [
                QPoint(500, 600),
                QPoint(1800, 450),
                QPoint(1950, 1300),
                QPoint(700, 1500),
                QPoint(900, 1050),
            ]
        )
    )
    painter.setPen(QColor("#5a3a1a"))
    painter.drawLine(900, 1050, 1600, 800)
    painter.end()
    receipt = QImage(600, 900, QImage.Format.Format_RGB32)
    receipt.fill(QColor("white"))
    painter = QPainter(receipt)
    painter.setFont(QFont("DejaVu Sans", 22))
    for row, text in enumerate(("RECEIPT", "Cake  25.00", "Box    2.00", "TOTAL 27.00")):
        painter.drawText(QRect(40, 60 + row * 90, 520, 60), Qt.AlignmentFlag.AlignLeft, text)
    painter.end()
    chat = QImage(540, 960, QImage.Format.Format_ARGB32)
    chat.fill(QColor("#ece5dd"))
    painter = QPainter(chat)
    painter.setBrush(QColor("#dcf8c6"))
    painter.setPen(Qt.PenStyle.NoPen)
    for row in range(4):
        painter.drawRoundedRect(60 + (row % 2) * 120, 80 + row * 200, 340, 120, 20, 20)
    painter.end()
    return [("crushed-box.jpg", box), ("receipt.png", receipt), ("message.png", chat)]


def add_evidence(coach, complaint_id: int) -> None:
    from coach.ui.evidence_files import prepare_image

    for name, image in pictures():
        ready = prepare_image(image, name)  # type: ignore[arg-type]
        coach.evidence.add(
            complaint_id, ready.name, ready.data, thumbnail=ready.thumbnail, size=ready.size
        )
    coach.evidence.add(complaint_id, "invoice.pdf", MINIMAL_PDF)


def settle(app, widget, size: tuple[int, int] | None = None) -> None:
    if size is not None:
        widget.resize(*size)
    widget.show()
    for _ in range(8):
        app.processEvents()


def shoot(lang: str, folder: Path, out: Path, size: tuple[int, int]) -> None:
    """Draws the three screens in ``lang`` (a fresh process: the language is set once)."""
    from PySide6.QtWidgets import QApplication

    from coach.system.settings import Settings
    from coach.ui.app import create_main_window
    from coach.ui.i18n import install_language
    from coach.ui.prompts import ScriptedPrompts

    app = QApplication([])
    install_language(app, lang)
    evidence_id, customer_id = fill(folder, lang)
    settings = Settings.load(folder)
    settings.set("language", lang)
    settings.save()
    window = create_main_window(folder, lang, ScriptedPrompts())
    settle(app, window, size)
    window.grab().save(str(out / f"today-{lang}.png"))
    page = window.customers.show(customer_id)
    settle(app, page, (900, 720))
    page.grab().save(str(out / f"customer-{lang}.png"))
    wizard = window.open_complaint(evidence_id)
    settle(app, wizard, size)
    wizard.grab().save(str(out / f"wizard-evidence-{lang}.png"))
    for shown in (wizard, page, window):
        shown.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--size", default="1200x760", help="width x height, default 1200x760")
    parser.add_argument("--one", choices=LANGUAGES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.lower().split("x"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    args.out.mkdir(parents=True, exist_ok=True)
    if args.one:
        with tempfile.TemporaryDirectory(prefix="coach-day-") as temporary:
            shoot(args.one, Path(temporary) / "data", args.out, (width, height))
        return 0
    for lang in LANGUAGES:
        command = [sys.executable, __file__, "--one", lang, "--out", str(args.out)]
        if subprocess.run([*command, "--size", args.size]).returncode != 0:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
