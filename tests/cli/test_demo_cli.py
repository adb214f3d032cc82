"""``coach demo`` fills a data folder with believable, varied complaints."""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from coach.complaints.domain import Complaint, searchable_text
from coach.store import ComplaintQuery, Store
from coach.text.normalise import normalise

Coach = Callable[..., subprocess.CompletedProcess[str]]


def searchable(complaint: Complaint) -> str:
    return normalise(searchable_text(complaint))


def test_demo_fills_an_empty_folder_with_a_spread_of_complaints(
    coach: Coach, tmp_path: Path
) -> None:
    folder = tmp_path / "demo"
    done = coach(
        "--data-dir", folder, "demo", "--complaints", "300", "--months", "4", "--seed", "5"
    )
    assert done.returncode == 0, done.stderr
    assert "Added 300 sample complaints (mixed, last 4 months, seed 5)" in done.stdout
    store = Store.open(folder)
    complaints = store.find()
    customers = store.customers()
    events = store.events(complaints[0].id or 0)
    for word in ("screen", "تعمیر", "الشحن"):
        found = {c.id for c in store.find(ComplaintQuery(text=word))}
        assert found and found == {c.id for c in complaints if normalise(word) in searchable(c)}
    store.close()
    assert len(complaints) == 300
    assert set(Counter(c.status for c in complaints)) == {
        "draft",
        "in_progress",
        "awaiting_follow_up",
        "closed",
    }
    assert len({c.stage for c in complaints}) == 5
    assert len({c.root_cause for c in complaints if c.root_cause}) >= 12
    assert len({c.channel for c in complaints}) >= 6
    assert {c.severity for c in complaints} >= {"low", "medium", "high", "critical"}
    assert len({c.wanted_outcome for c in complaints if c.wanted_outcome}) >= 6
    assert {c.follow_up_result for c in complaints} >= {
        "resolved",
        "partly_resolved",
        "not_resolved",
        "unreachable",
    }
    assert sum(c.csat is not None for c in complaints) > 100
    assert sum(c.ces is not None for c in complaints) > 50
    assert sum(c.nps is not None for c in complaints) > 50
    assert sum(c.cost is not None for c in complaints) > 100
    assert all(c.description and c.customer.name for c in complaints)
    today = date.today()
    assert all(today - timedelta(days=125) <= c.created_at.date() < today for c in complaints)
    per_customer = Counter(c.customer.id for c in complaints)
    assert max(per_customer.values()) >= 3 and len(customers) < 300
    assert any(c.signs for c in customers)
    texts = " ".join(c.description for c in complaints)
    assert re.search("[a-z]{4}", texts) and re.search("[پچژگ]", texts) and "ة" in texts
    assert events[0].kind == "created" and len(events) > 1


def test_demo_refuses_a_folder_that_holds_complaints(coach: Coach, tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    assert coach("--data-dir", folder, "demo", "--complaints", "3", "--lang", "fa").returncode == 0
    again = coach("--data-dir", folder, "demo", "--complaints", "3")
    assert again.returncode == 1
    assert f"The data folder {folder} already holds 3 complaints" in again.stderr
    more = coach("--data-dir", folder, "demo", "--complaints", "3", "--append")
    assert more.returncode == 0
    wrong = coach("--data-dir", folder, "demo", "--months", "0")
    assert wrong.returncode == 2 and "from 1 to 120" in wrong.stderr
