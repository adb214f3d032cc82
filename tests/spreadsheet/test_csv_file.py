"""The complaints CSV: exact text, real types, and a reason with row and column for every bad row."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from coach.complaints.domain import Complaint, Customer
from coach.complaints.vocabulary import ROOT_CAUSES
from coach.playbooks import load_playbook
from coach.spreadsheet.csv_file import (
    COLUMNS,
    CsvFormatError,
    CsvImport,
    import_events,
    read_complaints,
    write_csv,
    write_json,
    write_rejected,
)
from coach.store import Store

KNOWN = set(ROOT_CAUSES)
TRICKY = (
    'Arabic "التسليم" تأخّر، Persian می‌خواهم ۱۲۳, emoji 😡👍🏽, quotes "" \'\n'
    "line two\r\nline three\rafter a lone CR\x00NUL\x01\x07\x1b\t tab  "
)


def row(**values: str) -> list[str]:
    fields = dict.fromkeys(COLUMNS, "")
    fields.update(created_at="2026-10-03T09:15:00", description="The cake was dry.")
    fields.update(values)
    return [fields[name] for name in COLUMNS]


def csv_bytes(*rows: list[str], header: list[str] | None = None, bom: bool = False) -> bytes:
    stream = io.StringIO(newline="")
    writer = csv.writer(stream, lineterminator="\r\n")
    if header != []:
        writer.writerow(header or COLUMNS)
    writer.writerows(rows)
    return (b"\xef\xbb\xbf" if bom else b"") + stream.getvalue().encode()


def read(data: bytes, add_causes: bool = False) -> CsvImport:
    return read_complaints(data, KNOWN, add_causes=add_causes)


def problems(data: bytes) -> list[str]:
    return [str(p) for r in read(data).rows for p in r.problems]


def exported(complaints: list[Complaint]) -> bytes:
    stream = io.StringIO(newline="")
    write_csv(complaints, stream)
    return stream.getvalue().encode()


def full_row() -> list[str]:
    return row(
        customer_name="مریم کریمی",
        customer_phone="۰۹۱۲ ۳۴۵ ۶۷۸۹",
        customer_email="maryam@example.com",
        channel="phone",
        product="Birthday cake, 2 kg",
        description=TRICKY,
        key_points="x" * 100_000,
        root_cause="delivery_delay",
        severity="high",
        fault="ours",
        apology="I'm sorry.",
        wanted_outcome="refund",
        resolution="Refunded.",
        cost="1234.50",
        promised_by="2026-10-04",
        resolved_at="2026-10-04T16:30:05",
        follow_up_due="2026-10-05",
        followed_up_at="2026-10-05",
        follow_up_result="resolved",
        csat="5",
        ces="1",
        nps="10",
        status="closed",
        notes=TRICKY,
    )


def test_text_and_types_survive_read_write_and_the_store(tmp_path: Path) -> None:
    data = csv_bytes(full_row())
    result = read(data)
    assert not result.bad
    complaint = result.rows[0].complaint
    assert complaint is not None
    assert complaint.description == TRICKY and complaint.notes == TRICKY
    assert complaint.cost == Decimal("1234.50")
    assert complaint.resolved_at == datetime(2026, 10, 4, 16, 30, 5)
    assert complaint.promised_by == date(2026, 10, 4)
    assert (complaint.csat, complaint.ces, complaint.nps) == (5, 1, 10)
    assert (complaint.status, complaint.stage) == ("closed", "follow_up")
    store = Store.open(tmp_path / "data")
    store.save_many([(complaint, import_events(complaint, "in.csv"))])
    again = store.find(order="oldest")
    assert [e.kind for e in store.events(again[0].id or 0)] == [
        "created",
        "promise_made",
        "follow_up_done",
        "closed",
    ]
    store.close()
    assert exported(again) == b"\xef\xbb\xbf" + data
    assert list(csv.reader(io.StringIO(exported(again).decode("utf-8-sig"), newline="")))[1][6] == (
        TRICKY
    )


def test_bom_and_no_bom_read_the_same() -> None:
    data = csv_bytes(row(description="Ça a été — تأخير"))
    plain, with_bom = read(data), read(b"\xef\xbb\xbf" + data)
    assert plain.rows[0].complaint == with_bom.rows[0].complaint
    assert plain.rows[0].complaint is not None
    assert plain.rows[0].complaint.description == "Ça a été — تأخير"


def test_dates_accept_date_or_date_time_and_persian_digits() -> None:
    result = read(
        csv_bytes(
            row(created_at="2026-10-03", promised_by="2026-10-05T18:00"),
            row(created_at="۲۰۲۶-۱۰-۰۳T۰۹:۱۵", cost="۱۲۰۰۰"),
        )
    )
    first, second = (r.complaint for r in result.rows)
    assert first is not None and second is not None
    assert first.created_at == datetime(2026, 10, 3)
    assert first.promised_by == date(2026, 10, 5)
    assert second.created_at == datetime(2026, 10, 3, 9, 15)
    assert second.cost == Decimal("12000")


def test_bad_date_on_row_2_names_row_and_column() -> None:
    assert problems(csv_bytes(row(created_at="2026-13-45"), row())) == [
        'row 2, column A (created_at): "2026-13-45" is not a date; '
        "write 2024-05-31 or 2024-05-31T14:30"
    ]


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"channel": "fax"}, 'row 2, column E (channel): "fax" is not one of the allowed keys'),
        ({"root_cause": "late_pickup"}, 'row 2, column I (root_cause): "late_pickup" is not a'),
        ({"csat": "6"}, 'row 2, column U (csat): "6" is out of range; Satisfaction (CSAT)'),
        ({"ces": "0"}, 'row 2, column V (ces): "0" is out of range'),
        ({"nps": "4.5"}, 'row 2, column W (nps): "4.5" is out of range'),
        ({"description": "  "}, "row 2, column G (description): missing"),
        ({"created_at": ""}, "row 2, column A (created_at): missing"),
        ({"cost": "abc"}, 'row 2, column O (cost): "abc" is not an amount'),
        ({"cost": "-5"}, 'row 2, column O (cost): "-5" is negative'),
        ({"status": "done"}, 'row 2, column X (status): "done" is not one of'),
        ({"customer_email": "maryam"}, "row 2, column D (customer_email): this does not look"),
        ({"promised_by": "2026-10-01"}, "row 2, column P (promised_by): promised by cannot be"),
        ({"resolved_at": "2026-10-01"}, "row 2, column Q (resolved_at): it cannot be before"),
    ],
)
def test_each_bad_value_is_explained(values: dict[str, str], expected: str) -> None:
    found = problems(csv_bytes(row(**values)))
    assert len(found) == 1 and found[0].startswith(expected), found


def test_every_bad_row_is_reported_with_its_number() -> None:
    data = csv_bytes(row(), row(csat="9"), row(), row(nps="11", channel="fax"))
    assert [(p.row, p.column) for r in read(data).bad for p in r.problems] == [
        (3, "csat"),
        (5, "channel"),
        (5, "nps"),
    ]


def test_rows_are_records_not_lines_and_blank_rows_keep_their_number() -> None:
    data = csv_bytes(row(description="two\nlines"), ["" for _ in COLUMNS], row(csat="0"))
    data += b"\r\n"
    result = read(data)
    assert [r.number for r in result.rows] == [2, 4]
    assert str(result.bad[0].problems[0]).startswith("row 4, column U (csat)")


def test_wrong_column_count() -> None:
    short, long = row()[:25], [*row(), "extra"]
    assert problems(csv_bytes(short, long)) == [
        "row 2: it has 25 columns, but the header has 26",
        "row 3: it has 27 columns, but the header has 26",
    ]


def test_not_utf8_names_row_line_and_byte_offset() -> None:
    good = csv_bytes(row(description="multi\nline"))
    data = good + csv_bytes(row(description="caf\xe9"), header=[]).replace(b"\xc3\xa9", b"\xe9")
    found = problems(data)
    offset = data.index(b"\xe9")
    line = data[:offset].count(b"\n") + 1
    assert found == [
        f"row 3: it is not UTF-8 text (at byte offset {offset} of the file, line {line}); "
        "save the file as 'CSV UTF-8' and try again"
    ]
    assert line == 4  # the header, then a row over two lines


def test_broken_quotes_are_a_bad_row_and_later_rows_still_count() -> None:
    data = csv_bytes(row()) + b'2026-10-03,"unclosed"x,' + b"," * 23 + b"\r\n"
    data += csv_bytes(row(csat="7"), header=[])
    assert problems(data)[0] == "row 3: its quotes are not closed properly"
    assert problems(data)[1].startswith("row 4, column U (csat)")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "the file is empty"),
        (b"\xef\xbb\xbf", "the file is empty"),
        (b"\xff\xfec\x00r\x00", "the file is UTF-16 text, not UTF-8"),
        (csv_bytes(row(), header=[]), "it looks like data, not a header"),
        (csv_bytes(header=["created", *COLUMNS[1:]]), "missing created_at; unknown 'created'"),
        (csv_bytes(header=list(reversed(COLUMNS))), "the columns are in the wrong order"),
        (b"created_at,d\xe9scription\r\n", "the header (row 1) is not UTF-8 text"),
    ],
)
def test_bad_header_refuses_the_file(data: bytes, expected: str) -> None:
    with pytest.raises(CsvFormatError) as refused:
        read(data)
    assert expected in refused.value.message


def test_header_names_may_differ_in_case_and_spaces_and_keys_may_be_labels() -> None:
    header = [f" {name.upper()} " for name in COLUMNS]
    result = read(csv_bytes(row(channel="In person", severity="HIGH"), header=header))
    complaint = result.rows[0].complaint
    assert complaint is not None
    assert (complaint.channel, complaint.severity) == ("in_person", "high")


def test_keys_may_be_labels_in_any_language_as_its_playbook_writes_them() -> None:
    fa, ar = load_playbook("fa"), load_playbook("ar")
    values = {
        "channel": fa.label("in_person", "channel"),
        "wanted_outcome": ar.label("other", "wanted_outcome"),
        "follow_up_result": fa.label("unreachable", "follow_up_result"),
        "status": ar.label("awaiting_follow_up", "status"),
    }
    complaint = read(csv_bytes(row(**values))).rows[0].complaint
    assert complaint is not None
    assert (complaint.channel, complaint.wanted_outcome) == ("in_person", "other")
    assert (complaint.follow_up_result, complaint.status) == ("unreachable", "awaiting_follow_up")


def test_add_causes_accepts_new_valid_keys_only() -> None:
    data = csv_bytes(row(root_cause="late_pickup"), row(root_cause="Late pickup!"))
    result = read(data, add_causes=True)
    assert result.new_causes == ["late_pickup"]
    assert [str(p) for p in result.bad[0].problems] == [
        'row 3, column I (root_cause): "Late pickup!" cannot be a root-cause key; '
        "use lower-case letters, digits and _ only (like late_pickup)"
    ]


@pytest.mark.parametrize(
    ("values", "status", "stage"),
    [
        ({}, "draft", "listen"),
        ({"root_cause": "other"}, "in_progress", "clarify"),
        ({"root_cause": "other", "severity": "low"}, "in_progress", "apologise"),
        ({"root_cause": "other", "severity": "low", "fault": "ours", "apology": "Sorry."},)
        + ("in_progress", "resolve"),
        ({"resolved_at": "2026-10-04"}, "awaiting_follow_up", "follow_up"),
        ({"followed_up_at": "2026-10-05", "follow_up_result": "partly_resolved"},)
        + ("closed", "follow_up"),
        ({"followed_up_at": "2026-10-05", "follow_up_result": "not_resolved"},)
        + ("in_progress", "clarify"),
        ({"status": "closed"}, "closed", "follow_up"),
        ({"status": "Awaiting follow-up"}, "awaiting_follow_up", "follow_up"),
        ({"status": "draft", "root_cause": "other"}, "draft", "listen"),
    ],
)
def test_status_is_kept_or_derived_and_the_stage_follows(
    values: dict[str, str], status: str, stage: str
) -> None:
    complaint = read(csv_bytes(row(**values))).rows[0].complaint
    assert complaint is not None
    assert (complaint.status, complaint.stage) == (status, stage)


def test_rejected_file_keeps_the_rows_with_reasons_and_imports_again() -> None:
    bad_short = row(description="short")[:3]
    data = csv_bytes(row(), row(csat="9", notes="keep\r\nme"), bad_short)
    result = read(data)
    stream = io.StringIO(newline="")
    assert write_rejected(result, stream, "old.csv") == 2
    text = stream.getvalue()
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:], newline="")))
    assert rows[0] == [*COLUMNS, "reason"]
    assert rows[1][:-1] == row(csat="9", notes="keep\r\nme")
    assert rows[1][-1].startswith('row 3 of old.csv: csat: "9" is out of range')
    assert rows[2] == [
        *bad_short,
        *[""] * 23,
        "row 4 of old.csv: it has 3 columns, but the header has 26",
    ]
    rows[1][COLUMNS.index("csat")] = "4"
    again = read(csv_bytes(*rows[1:], header=rows[0]))
    assert len(again.good) == 1 and again.good[0].complaint is not None
    assert again.good[0].complaint.notes == "keep\r\nme"
    assert [r.number for r in again.bad] == [3]


def test_json_has_the_same_keys_and_real_types() -> None:
    complaint = read(csv_bytes(full_row())).rows[0].complaint
    draft = read(csv_bytes(row())).rows[0].complaint
    assert complaint is not None and draft is not None
    stream = io.StringIO()
    assert write_json([complaint, draft], stream) == 2
    loaded = json.loads(stream.getvalue())
    assert [list(item) for item in loaded] == [list(COLUMNS)] * 2
    assert loaded[0]["cost"] == 1234.5 and loaded[0]["csat"] == 5
    assert loaded[0]["description"] == TRICKY
    assert loaded[0]["resolved_at"] == "2026-10-04T16:30:05"
    assert loaded[1]["cost"] is None and loaded[1]["promised_by"] is None
    assert loaded[1]["customer_name"] == ""
    assert "مریم" in stream.getvalue()


@pytest.mark.parametrize("amount", ["0.0000001", "1200000", "-0", "0.50"])
def test_amounts_are_written_as_plain_digits(amount: str) -> None:
    complaint = read(csv_bytes(row(cost=amount))).rows[0].complaint
    assert complaint is not None
    written = exported([complaint]).decode("utf-8-sig").splitlines()[1].split(",")
    assert written[COLUMNS.index("cost")] == amount


def test_export_writes_whole_seconds_and_the_customer() -> None:
    complaint = Complaint(
        created_at=datetime(2026, 10, 3, 9, 15, 7, 999),
        customer=Customer("Sara", "0791", "s@example.com"),
        description="Late",
    )
    text = exported([complaint]).decode("utf-8-sig")
    assert text.splitlines()[1].startswith("2026-10-03T09:15:07,Sara,0791,s@example.com,")
    assert text.endswith(",draft,,\r\n")
