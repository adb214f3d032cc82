"""``coach import`` on files as real spreadsheet programs write them: Excel's CSV flavours,
UTF-16 "Unicode text", semicolons, an openpyxl workbook, Jalali dates, partial columns."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook

from coach.store import Store

Coach = Callable[..., subprocess.CompletedProcess[str]]


def stored(folder: Path) -> list[tuple[str, str, str, str, str, str]]:
    """(created_at, customer, description, root cause, cost, resolved_at) of every complaint."""
    store = Store.open(folder)
    try:
        return [
            (
                c.created_at.isoformat(),
                c.customer.name,
                c.description,
                c.root_cause,
                "" if c.cost is None else str(c.cost),
                c.resolved_at.isoformat() if c.resolved_at else "",
            )
            for c in store.find(order="oldest")
        ]
    finally:
        store.close()


def lines(*rows: str, end: str = "\r\n") -> str:
    return end.join(rows) + end


def test_excel_csv_utf8_with_arabic_headers_and_day_first_dates(
    coach: Coach, tmp_path: Path
) -> None:
    text = lines(
        "تاريخ الشكوى,اسم العميل,الشكوى,السبب الجذري",
        "23/10/2026,علي حسن,تأخر التسليم ثلاثة أيام,تأخر التوصيل",
        "05/10/2026,سارة,الكعكة وصلت مكسورة,product_defect",
    )
    source = tmp_path / "excel-utf8.csv"
    source.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    done = coach("--data-dir", tmp_path / "d", "import", source)
    assert done.returncode == 0, done.stderr
    assert "Imported 2 complaints" in done.stdout
    assert [row[:4] for row in stored(tmp_path / "d")] == [
        ("2026-10-05T00:00:00", "سارة", "الكعكة وصلت مكسورة", "product_defect"),
        ("2026-10-23T00:00:00", "علي حسن", "تأخر التسليم ثلاثة أيام", "delivery_delay"),
    ]


def test_excel_plain_csv_on_arabic_windows_is_cp1256(coach: Coach, tmp_path: Path) -> None:
    text = lines(
        "created_at,customer_name,description",
        "2026-10-03 09:15,مريم كريمي,الطلب وصل متأخرا والقهوة باردة",
    )
    source = tmp_path / "cp1256.csv"
    source.write_bytes(text.encode("cp1256"))
    done = coach("--data-dir", tmp_path / "d", "import", source)
    assert done.returncode == 0, done.stderr
    assert stored(tmp_path / "d")[0][:3] == (
        "2026-10-03T09:15:00",
        "مريم كريمي",
        "الطلب وصل متأخرا والقهوة باردة",
    )


def test_excel_unicode_text_is_utf16_le_with_tabs(coach: Coach, tmp_path: Path) -> None:
    text = lines(
        "Date\tCustomer\tComplaint\tCost",
        '2026-10-07\tZoë Müller\tCake was dry, "very" dry\t12.50',
        "2026-10-08\tنام مشتری\tسفارش دیر رسید\t",
    )
    source = tmp_path / "unicode.txt"
    source.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    done = coach("--data-dir", tmp_path / "d", "import", source)
    assert done.returncode == 0, done.stderr
    rows = stored(tmp_path / "d")
    assert rows[0][1:3] == ("Zoë Müller", 'Cake was dry, "very" dry')
    assert rows[0][4] == "12.50"
    assert rows[1][2] == "سفارش دیر رسید"


def test_european_excel_semicolons_and_decimal_commas(coach: Coach, tmp_path: Path) -> None:
    text = lines(
        "created_at;description;cost;customer_name",
        "2026-10-03;Le gâteau était sec;12,50;Zoë",
        "2026-10-04;Livraison en retard;1.234,75;Hélène",
    )
    source = tmp_path / "semicolon.csv"
    source.write_bytes(text.encode("cp1252"))
    done = coach("--data-dir", tmp_path / "d", "import", source)
    assert done.returncode == 0, done.stderr
    rows = stored(tmp_path / "d")
    assert [(r[1], r[2], r[4]) for r in rows] == [
        ("Zoë", "Le gâteau était sec", "12.50"),
        ("Hélène", "Livraison en retard", "1234.75"),
    ]


def test_columns_in_another_order_and_only_three_of_them(coach: Coach, tmp_path: Path) -> None:
    source = tmp_path / "partial.csv"
    source.write_text(
        lines(
            "root_cause,description,created_at,Our own notes column",
            "delivery_delay,Parcel came a week late,2026-10-23T10:15,ignore me",
        ),
        encoding="utf-8",
    )
    done = coach("--data-dir", tmp_path / "d", "import", source)
    assert done.returncode == 0, done.stderr
    assert "Columns left out: Our own notes column." in done.stdout
    assert stored(tmp_path / "d")[0][:4] == (
        "2026-10-23T10:15:00",
        "",
        "Parcel came a week late",
        "delivery_delay",
    )


def test_jalali_dates_in_persian_digits_need_the_jalali_calendar(
    coach: Coach, tmp_path: Path
) -> None:
    source = tmp_path / "jalali.csv"
    source.write_text(
        lines(
            "تاریخ شکایت,نام مشتری,شکایت,تاریخ حل",
            "۱۴۰۵/۰۷/۱۲,مریم کریمی,سفارش دیر رسید,۱۴۰۵/۰۷/۱۲",
            "۱۴۰۵-۰۸-۰۱,رضا,کیک خشک بود,",
        ),
        encoding="utf-8",
    )
    refused = coach("--data-dir", tmp_path / "d", "import", source)
    assert refused.returncode == 1
    assert "has the year 1405, which is not a Gregorian year" in refused.stderr
    assert "--calendar jalali" in refused.stderr
    done = coach("--data-dir", tmp_path / "d", "import", "--calendar", "jalali", source)
    assert done.returncode == 0, done.stderr
    rows = stored(tmp_path / "d")
    assert [(r[0], r[5]) for r in rows] == [
        ("2026-10-04T00:00:00", "2026-10-04T00:00:00"),
        ("2026-10-23T00:00:00", ""),
    ]


def test_an_openpyxl_workbook_with_date_cells_and_persian_headers(
    coach: Coach, tmp_path: Path
) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Shop complaints, autumn"])
    sheet.append([])
    sheet.append(["تاریخ شکایت", "نام مشتری", "شکایت", "هزینه", "رضایت مشتری", "وضعیت"])
    sheet.append([datetime(2026, 10, 3, 9, 15), "مریم", "سفارش دیر رسید", 12.5, 4, "بسته‌شده"])
    sheet.append([date(2026, 10, 4), "Omar", "Wrong size", 0, None, ""])
    source = tmp_path / "shop.xlsx"
    book.save(source)
    done = coach("--data-dir", tmp_path / "d", "import", source)
    assert done.returncode == 0, done.stderr
    rows = stored(tmp_path / "d")
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [
        ("2026-10-03T09:15:00", "مریم", "سفارش دیر رسید", "12.5"),
        ("2026-10-04T00:00:00", "Omar", "Wrong size", "0"),
    ]


def test_importing_the_same_file_again_stores_nothing_twice(coach: Coach, tmp_path: Path) -> None:
    source = tmp_path / "again.csv"
    source.write_text(
        lines(
            "created_at,customer_name,customer_phone,description",
            "2026-10-03T09:15,Lina,0791 234 567,The cake was dry.",
            "2026-10-03T09:15,Omar,,The cake was dry.",
            "2026-10-04,Lina,0791 234 567,Late again.",
        ),
        encoding="utf-8",
    )
    first = coach("--data-dir", tmp_path / "d", "import", source)
    assert "Imported 3 complaints" in first.stdout
    again = coach("--data-dir", tmp_path / "d", "import", source)
    assert again.returncode == 0, again.stderr
    assert "Imported 0 complaints" in again.stdout
    assert "Skipped 3 complaints already in the log." in again.stdout
    assert len(stored(tmp_path / "d")) == 3


def test_placeholder_dates_and_ambiguous_days_are_refused_with_a_hint(
    coach: Coach, tmp_path: Path
) -> None:
    source = tmp_path / "dates.csv"
    source.write_text(
        lines("created_at,description", "0001-01-01,Placeholder", "05/10/2026,Which month?"),
        encoding="utf-8",
    )
    done = coach("--data-dir", tmp_path / "d", "import", source)
    assert done.returncode == 1
    assert 'row 2, column A (created_at): "0001-01-01" is too long ago' in done.stderr
    assert '"05/10/2026" could be day/month or month/day' in done.stderr
    assert "--date-format dmy or mdy" in done.stderr
    assert stored(tmp_path / "d") == []
    source.write_text(lines("created_at,description", "05/10/2026,Which month?"), "utf-8")
    done = coach("--data-dir", tmp_path / "d", "import", "--date-format", "mdy", source)
    assert done.returncode == 0, done.stderr
    assert stored(tmp_path / "d")[0][0] == "2026-05-10T00:00:00"


def test_resolved_on_the_day_it_was_made_is_compared_as_a_date(
    coach: Coach, tmp_path: Path
) -> None:
    source = tmp_path / "same-day.csv"
    source.write_text(
        lines(
            "created_at,description,resolved_at",
            "2026-10-23T10:15,Refund was late,2026-10-23",
            "2026-10-23T10:15,Before it was made,2026-10-22",
        ),
        encoding="utf-8",
    )
    done = coach("--data-dir", tmp_path / "d", "import", "--skip-bad", source)
    assert done.returncode == 0, done.stderr
    assert "row 3, column C (resolved_at): it cannot be before the complaint was made" in (
        done.stderr
    )
    assert stored(tmp_path / "d")[0][5] == "2026-10-23T10:15:00"


def test_a_saved_profile_maps_columns_and_values(coach: Coach, tmp_path: Path) -> None:
    source = tmp_path / "own.csv"
    source.write_text(
        lines("When it happened|What they said|Why", "2026-10-03|Box crushed|Late"),
        encoding="utf-8",
    )
    profile = tmp_path / "shop.json"
    profile.write_text(
        json.dumps(
            {
                "format": "complaint-coach-import-profile",
                "version": 1,
                "name": "Shop sheet",
                "delimiter": "|",
                "columns": {
                    "When it happened": "created_at",
                    "What they said": "description",
                    "Why": "root_cause",
                },
                "values": {"root_cause": {"Late": "delivery_delay"}},
            }
        ),
        encoding="utf-8",
    )
    done = coach("--data-dir", tmp_path / "d", "import", "--mapping", profile, source)
    assert done.returncode == 0, done.stderr
    assert stored(tmp_path / "d")[0][2:4] == ("Box crushed", "delivery_delay")
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    refused = coach("--data-dir", tmp_path / "d", "import", "--mapping", broken, source)
    assert refused.returncode == 1
    assert f"coach: {broken} is not an import profile" in refused.stderr


def test_a_dry_run_counts_without_storing(coach: Coach, tmp_path: Path) -> None:
    source = tmp_path / "check.csv"
    source.write_text(lines("created_at,description", "2026-10-03,One", "2026-10-04,Two"), "utf-8")
    done = coach("--data-dir", tmp_path / "d", "import", "--dry-run", source)
    assert done.returncode == 0, done.stderr
    assert "Would import 2 complaints" in done.stdout
    assert stored(tmp_path / "d") == []
