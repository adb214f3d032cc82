"""Reading owners' files: encodings found from the bytes, separators sniffed, column names in
three languages, dates in every style, saved profiles."""

from __future__ import annotations

import stat
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import pytest

from coach.complaints.fields import CSV_FIELDS
from coach.service import importing
from coach.spreadsheet.dates import DateError, DateStyle, guess_style, parse_moment
from coach.spreadsheet.encodings import detect
from coach.spreadsheet.header_names import HEADER_NAMES
from coach.spreadsheet.headers import guess_columns, name_key
from coach.spreadsheet.profile import ImportProfile, load_profile, save_profile, saved_profiles
from coach.spreadsheet.sources import sniff_delimiter
from coach.system.resources import translations_dir
from coach.text.languages import TRANSLATED_LANGUAGES

HEADER = "تاريخ الشكوى,اسم العميل,الشكوى\r\n"
ROW = "2026-10-05,علي حسن,تأخر التسليم ثلاثة أيام\r\n"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ((HEADER + ROW).encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + (HEADER + ROW).encode("utf-8"), "utf-8"),
        (b"\xff\xfe" + (HEADER + ROW).encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + (HEADER + ROW).encode("utf-16-be"), "utf-16-be"),
        ("created_at\tdescription\r\n2026-10-05\tlate\r\n".encode("utf-16-le"), "utf-16-le"),
        ((HEADER + ROW).encode("cp1256"), "cp1256"),
        ("date,client\r\n2026-10-05,Zoë Müller a été déçue\r\n".encode("cp1252"), "cp1252"),
    ],
)
def test_the_encoding_is_found_from_the_bytes(data: bytes, expected: str) -> None:
    assert detect(data).key == expected


def test_a_utf8_file_with_one_stray_byte_stays_utf8() -> None:
    data = (HEADER + ROW * 20).encode("utf-8") + b"2026-10-06,caf\xe9,x\r\n"
    assert detect(data).key == "utf-8"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a,b,c\r\n1,2,3\r\n", ","),
        ("a;b;c\r\n1;2,5;3\r\n4;5,5;6\r\n", ";"),
        ("a\tb\tc\r\n1\t2, 3\t4\r\n", "\t"),
        ('a|b\r\n"x, y"|2\r\n', "|"),
    ],
)
def test_the_separator_is_sniffed(text: str, expected: str) -> None:
    assert sniff_delimiter(text) == expected


def test_column_names_in_three_languages_and_our_own_are_recognised() -> None:
    assert guess_columns(["تاريخ الشكوى", "نام مشتری", "Customer", "الشكوى", "Notes"]) == [
        "created_at",
        "customer_name",
        "",
        "description",
        "notes",
    ]
    keys = [spec.key for spec in CSV_FIELDS]
    assert guess_columns(keys) == keys
    assert guess_columns([spec.label.upper() for spec in CSV_FIELDS]) == keys
    assert guess_columns(["تاريخ الشكوي", "نام مشتري", "reason"]) == [
        "created_at",
        "customer_name",
        "",
    ]


def test_each_name_belongs_to_one_field_only() -> None:
    owners: dict[str, str] = {}
    for table in HEADER_NAMES.values():
        for field_key, names in table.items():
            for name in names:
                assert owners.setdefault(name_key(name), field_key) == field_key, name


@pytest.mark.parametrize("lang", TRANSLATED_LANGUAGES)
def test_the_label_the_app_shows_is_a_recognised_column_name(lang: str) -> None:
    catalogue = ET.parse(translations_dir() / f"coach_{lang}.ts").getroot()
    shown = {
        message.findtext("source"): message.findtext("translation")
        for context in catalogue
        if context.findtext("name") == "WizardText"
        for message in context.findall("message")
    }
    for spec in CSV_FIELDS:
        label = shown[spec.label]
        assert label and guess_columns([label]) == [spec.key], (lang, spec.key, label)


@pytest.mark.parametrize(
    ("text", "style", "expected"),
    [
        ("2026-10-23T10:15", DateStyle(), datetime(2026, 10, 23, 10, 15)),
        ("2026/10/05", DateStyle(), datetime(2026, 10, 5)),
        ("05/10/2026", DateStyle("dmy"), datetime(2026, 10, 5)),
        ("05/10/2026", DateStyle("mdy"), datetime(2026, 5, 10)),
        ("23.10.2026 14:05", DateStyle(), datetime(2026, 10, 23, 14, 5)),
        ("10/23/2026 2:05 PM", DateStyle(), datetime(2026, 10, 23, 14, 5)),
        ("٢٠٢٦-١٠-٠٥", DateStyle(), datetime(2026, 10, 5)),
        ("۱۴۰۵/۰۷/۱۲", DateStyle(calendar="jalali"), datetime(2026, 10, 4)),
        ("12/07/1405", DateStyle("dmy", "jalali"), datetime(2026, 10, 4)),
        ("2026-10-05", DateStyle(calendar="jalali"), datetime(2026, 10, 5)),
    ],
)
def test_dates_in_every_style(text: str, style: DateStyle, expected: datetime) -> None:
    assert parse_moment(text, style)[0] == expected


@pytest.mark.parametrize(
    ("text", "style", "reason"),
    [
        ("1405-07-12", DateStyle(), "which is not a Gregorian year"),
        ("0001-01-01", DateStyle(), "too long ago"),
        ("0001-01-01", DateStyle(calendar="jalali"), "too long ago"),
        ("1405-12-31", DateStyle(calendar="jalali"), "not a date in the Jalali calendar"),
        ("05/10/26", DateStyle("dmy"), "no full year"),
        ("2026-02-30", DateStyle(), "is not a date"),
        ("yesterday", DateStyle(), "is not a date"),
    ],
)
def test_dates_that_are_refused(text: str, style: DateStyle, reason: str) -> None:
    with pytest.raises(DateError, match=reason):
        parse_moment(text, style)


def test_the_date_style_is_guessed_from_a_column() -> None:
    assert guess_style(["05/10/2026", "23/10/2026"]).style == DateStyle("dmy")
    assert guess_style(["10/23/2026", "10/05/2026"]).style == DateStyle("mdy")
    assert guess_style(["۱۴۰۵/۰۷/۱۲"]).style == DateStyle("ymd", "jalali")
    assert not guess_style(["05/10/2026"]).settled


def test_a_profile_is_saved_privately_and_read_back(tmp_path: Path) -> None:
    profile = ImportProfile(
        name="Shop sheet / 2026",
        encoding="cp1256",
        delimiter=";",
        header_row=3,
        columns={"تاريخ": "created_at", "Notes": ""},
        date_order="dmy",
        calendar="jalali",
        values={"root_cause": {"Late": "late_pickup"}},
        new_causes={"late_pickup": "Late pickup"},
    )
    folder = tmp_path / "profiles"
    path = save_profile(folder, profile)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert load_profile(path) == profile
    assert saved_profiles(folder) == [profile]


def test_the_header_row_is_found_below_a_title(tmp_path: Path) -> None:
    source = tmp_path / "titled.csv"
    source.write_text(
        "Complaints of my shop,,\r\n,,\r\nDate,Customer name,Complaint\r\n05/10/2026,Ali,Late\r\n",
        encoding="utf-8",
    )
    found = importing.inspect(source)
    assert found.header_row == 3
    assert found.fields == ["created_at", "customer_name", "description"]
    assert found.data_rows() == [["05/10/2026", "Ali", "Late"]]
