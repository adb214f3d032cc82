"""``coach import`` and ``coach export`` as the owner runs them: round trips, refusals, --skip-bad."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from collections.abc import Callable
from pathlib import Path

from coach.spreadsheet.csv_file import COLUMNS
from coach.store import Store

Coach = Callable[..., subprocess.CompletedProcess[str]]

TRICKY = 'سفارش می‌رسد؟ "التسليم" 😡\r\nsecond line\rlone CR\x00\x07 end  '


def row(**values: str) -> list[str]:
    fields = dict.fromkeys(COLUMNS, "")
    fields.update(created_at="2026-10-03T09:15:00", description="The cake was dry.")
    fields.update(values)
    return [fields[name] for name in COLUMNS]


def write_csv(path: Path, *rows: list[str], bom: bool = False) -> Path:
    stream = io.StringIO(newline="")
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + stream.getvalue().encode())
    return path


def stored(folder: Path) -> int:
    store = Store.open(folder)
    try:
        return store.count()
    finally:
        store.close()


def test_demo_export_import_export_is_byte_identical(coach: Coach, tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    made = coach(
        "--data-dir", first, "demo", "--complaints", "300", "--months", "4", "--lang", "mixed"
    )
    assert made.returncode == 0, made.stderr
    assert coach("--data-dir", first, "export", "a.csv").returncode == 0
    imported = coach("--data-dir", second, "import", "a.csv")
    assert imported.returncode == 0, imported.stderr
    assert "Imported 300 complaints" in imported.stdout
    assert coach("--data-dir", second, "export", "b.csv").returncode == 0
    exported = (tmp_path / "a.csv").read_bytes()
    assert exported.startswith(b"\xef\xbb\xbfcreated_at,customer_name,")
    assert (tmp_path / "b.csv").read_bytes() == exported
    as_json = coach("--data-dir", second, "export", "--format", "json", "-")
    items = json.loads(as_json.stdout)
    assert len(items) == 300 and list(items[0]) == list(COLUMNS)
    assert "Exported 300 complaints." in as_json.stderr


def test_any_text_comes_back_exactly_from_a_bom_file(coach: Coach, tmp_path: Path) -> None:
    source = write_csv(
        tmp_path / "excel.csv",
        row(description=TRICKY, notes="x" * 100_000, customer_name="مریم کریمی"),
        row(created_at="2026-10-02", description="😡" * 3, cost="12.50", csat="5"),
        bom=True,
    )
    assert coach("--data-dir", tmp_path / "d", "import", source).returncode == 0
    assert coach("--data-dir", tmp_path / "d", "export", "out.csv").returncode == 0
    text = (tmp_path / "out.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert [r[COLUMNS.index("description")] for r in rows[1:]] == ["😡" * 3, TRICKY]
    assert rows[2][COLUMNS.index("notes")] == "x" * 100_000
    assert rows[1][COLUMNS.index("cost")] == "12.50"
    assert rows[1][0] == "2026-10-02T00:00:00"


def test_a_bad_date_on_row_2_refuses_the_whole_file(coach: Coach, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "in.csv", row(created_at="2026-02-30"), row(), row())
    done = coach("--data-dir", tmp_path / "d", "import", source)
    assert done.returncode == 1
    assert f"nothing was imported from {source}" in done.stderr
    assert 'row 2, column A (created_at): "2026-02-30" is not a date' in done.stderr
    assert "--skip-bad" in done.stderr
    assert stored(tmp_path / "d") == 0


def test_every_kind_of_bad_row_is_listed(coach: Coach, tmp_path: Path) -> None:
    source = write_csv(
        tmp_path / "in.csv",
        row(customer_name="مریم کریمی"),
        row(channel="fax"),
        row(csat="6"),
        row(description=""),
        row()[:20],
        row(description="caf\u00e9"),
    )
    source.write_bytes(source.read_bytes().replace("café".encode(), b"caf\xe9"))
    done = coach("--data-dir", tmp_path / "d", "import", source)
    assert done.returncode == 1
    lines = [line.strip() for line in done.stderr.splitlines()]
    assert lines[0].startswith(f"coach: nothing was imported from {source}: 5 rows of 6 have")
    assert lines[1].startswith('row 3, column E (channel): "fax" is not one of the allowed keys')
    assert lines[2].startswith('row 4, column U (csat): "6" is out of range')
    assert lines[3].startswith("row 5, column G (description): missing")
    assert lines[4] == "row 6: it has 20 columns, but the header has 26"
    assert lines[5].startswith("row 7: it is not UTF-8 text (at byte offset ")
    assert stored(tmp_path / "d") == 0


def test_a_bad_header_refuses_the_file(coach: Coach, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("when made,what happened\r\n2026-10-03,Late\r\n", encoding="utf-8")
    done = coach("--data-dir", tmp_path / "d", "import", source)
    assert done.returncode == 1
    assert f"coach: {source} was not imported: no column is read as created_at" in done.stderr
    assert "and description (the complaint in the customer's words)" in done.stderr


def test_unknown_cause_needs_add_causes(coach: Coach, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "in.csv", row(root_cause="late_pickup"))
    refused = coach("--data-dir", tmp_path / "d", "import", source)
    assert refused.returncode == 1
    assert "import with --add-causes to add it" in refused.stderr
    added = coach("--data-dir", tmp_path / "d", "import", "--add-causes", source)
    assert added.returncode == 0, added.stderr
    assert "Added root causes: late_pickup." in added.stdout
    store = Store.open(tmp_path / "d")
    assert store.root_causes()["late_pickup"] == "Late pickup"
    assert store.find()[0].root_cause == "late_pickup"
    store.close()


def test_skip_bad_stores_the_good_rows_and_sets_the_rest_aside(
    coach: Coach, tmp_path: Path
) -> None:
    source = write_csv(
        tmp_path / "in.csv",
        row(customer_name="مریم کریمی"),
        row(nps="11", notes="keep\nme"),
        row(),
        row(severity="huge"),
        row(product="caf\u00e9"),
    )
    source.write_bytes(source.read_bytes().replace("café".encode(), b"caf\xe9"))
    done = coach("--data-dir", tmp_path / "d", "import", "--skip-bad", source)
    assert done.returncode == 0, done.stderr
    rejected = tmp_path / "in.rejected.csv"
    assert f"Set aside 3 rows with problems in {rejected}" in done.stdout
    assert "Imported 2 complaints" in done.stdout
    assert "row 3, column W (nps)" in done.stderr
    assert stored(tmp_path / "d") == 2
    text = rejected.read_bytes().decode("utf-8-sig", "surrogateescape")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == [*COLUMNS, "reason"]
    assert rows[1][:-1] == row(nps="11", notes="keep\nme")
    assert rows[1][-1].startswith('row 3 of in.csv: nps: "11" is out of range')
    assert rows[2][-1].startswith('row 5 of in.csv: severity: "huge" is not one of')
    assert rows[3][-1].startswith("row 6 of in.csv: it is not UTF-8 text (at byte offset")
    assert b"caf\xe9" in rejected.read_bytes()


def test_unwritable_output_and_missing_input(coach: Coach, tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    target = tmp_path / "a-file" / "out.csv"
    done = coach("--data-dir", tmp_path / "d", "export", target)
    assert done.returncode == 4
    assert f"coach: Cannot write {target}: {tmp_path / 'a-file'} is not a folder." in done.stderr
    missing = coach("--data-dir", tmp_path / "d", "import", tmp_path / "nope.csv")
    assert missing.returncode == 1
    assert f"coach: Cannot read {tmp_path / 'nope.csv'}: there is no such file." in missing.stderr
