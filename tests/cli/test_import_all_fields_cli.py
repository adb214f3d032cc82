"""``coach import`` of columns beyond our export's: any field of the registry, parsed by its kind."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

from coach.store import Store

Coach = Callable[..., subprocess.CompletedProcess[str]]


def test_registry_fields_outside_the_export_are_imported(coach: Coach, tmp_path: Path) -> None:
    source = tmp_path / "owner.csv"
    source.write_text(
        "Date,Complaint,Order number,Mood,Staff,What went wrong,Steps,Thanked,Lesson learned\n"
        "2026-10-05,Cake arrived broken,A-1042,Angry,Reza,Box was crushed in the van,"
        "Pack cakes in rigid boxes,yes,Check the van shelves\n"
        "2026-10-06,Coffee was cold,B-7,calm,Sara,,,no,\n",
        encoding="utf-8",
    )
    done = coach("--data-dir", tmp_path / "d", "import", source)
    assert done.returncode == 0, done.stderr
    assert "Imported 2 complaints" in done.stdout
    store = Store.open(tmp_path / "d")
    try:
        first, second = store.find(order="oldest")
    finally:
        store.close()
    assert (first.order_ref, first.mood, first.staff_involved) == ("A-1042", "angry", "Reza")
    assert first.what_went_wrong == "Box was crushed in the van"
    assert (first.steps, first.thanked, first.lesson) == (
        "Pack cakes in rigid boxes",
        True,
        "Check the van shelves",
    )
    assert (second.order_ref, second.mood, second.thanked) == ("B-7", "calm", False)


def test_persian_headers_of_registry_fields(coach: Coach, tmp_path: Path) -> None:
    source = tmp_path / "fa.csv"
    source.write_text(
        "تاریخ,شرح شکایت,شمارهٔ سفارش,حال مشتری,از مشتری تشکر شد,درسی که گرفتیم\n"
        "1405-07-12,کیک شکسته رسید,۱۰۴۲,عصبانی,بله,جعبه محکم‌تر\n",
        encoding="utf-8",
    )
    done = coach("--data-dir", tmp_path / "d", "import", "--calendar", "jalali", source)
    assert done.returncode == 0, done.stderr
    store = Store.open(tmp_path / "d")
    try:
        (complaint,) = store.find()
    finally:
        store.close()
    assert complaint.order_ref == "۱۰۴۲"
    assert (complaint.mood, complaint.thanked, complaint.lesson) == ("angry", True, "جعبه محکم‌تر")


def test_a_bad_yes_no_value_names_row_and_column(coach: Coach, tmp_path: Path) -> None:
    source = tmp_path / "bad.csv"
    source.write_text("created_at,description,thanked\n2026-10-05,Late,maybe\n", encoding="utf-8")
    done = coach("--data-dir", tmp_path / "d", "import", source)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert "maybe" in done.stdout + done.stderr
    assert "yes or no" in done.stdout + done.stderr
