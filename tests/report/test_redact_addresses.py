"""--redact hides an address's house number and short words where the customer's address is
written out in free text, and leaves other numbers alone."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from coach.complaints.domain import Complaint, Customer
from coach.service import Coach


def test_address_numbers_and_short_words_are_masked_in_a_redacted_json_report(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "d"
    with Coach.open(folder, "en") as coach:
        coach.save(
            Complaint(
                created_at=datetime(2026, 5, 3, 10),
                customer=Customer(name="Sara Ahmed", address="47 Baker St, Flat 9B"),
                description="Sent 12 cakes to 47 baker st, flat 9b; the driver lost the way",
                resolution="Redelivered to 47 Baker St. the next day",
            )
        )
        coach.save(
            Complaint(
                created_at=datetime(2026, 5, 4, 10),
                customer=Customer(name="علي رضايي", address="شارع الجامعة ٨٣"),
                description="وصل الطلب إلى شارع الجامعة 83 متأخرا، 5 قطع ناقصة",
            )
        )
    out = tmp_path / "may.json"
    done = subprocess.run(
        [sys.executable, "-m", "coach", "--data-dir", str(folder), "report", "--month",
         "2026-05", "--redact", "--format", "json", "--out", str(out)],
        capture_output=True, text=True, encoding="utf-8", timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    text = json.dumps(report, ensure_ascii=False)
    for secret in ("47", "9b", "9B", "Baker", "baker", " St", " st", "83", "٨٣", "الجامعة"):
        assert secret not in text, secret
    assert "12 cakes" in text, "a number that is not part of the address stays"
    assert "5 قطع" in text
