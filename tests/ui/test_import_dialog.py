"""File → Import… and File → Export… through their widgets, on real files and a real database."""

from __future__ import annotations

import csv
import io
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtWidgets import QComboBox, QWidget

from coach.service import Coach, ComplaintQuery
from coach.ui.export_dialog import ExportDialog
from coach.ui.import_dialog import ImportDialog
from coach.ui.prompts import ScriptedPrompts

SHEET = (
    "When;Customer;What they said;Why;Amount\r\n"
    "23/10/2026;Ali;Parcel came a week late;Late;12,50\r\n"
    "05/10/2026;Sara;Cake arrived broken;Faulty product;\r\n"
)


@pytest.fixture
def coach(data_dir: Path) -> Iterator[Coach]:
    with Coach.open(data_dir, "en") as opened:
        yield opened


def dialog_for(qtbot, coach: Coach, path: Path) -> ImportDialog:
    dialog = ImportDialog(coach, prompts=ScriptedPrompts(), choose_file=lambda _parent: path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.findChild(QWidget, "choose_file_button").click()
    return dialog


def choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def wait_for_report(qtbot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog._running and dialog.check_page.progress.isHidden())


def test_the_mapping_flow_imports_an_owners_sheet_and_offers_it_next_time(
    qtbot, coach: Coach, tmp_path: Path
) -> None:
    source = tmp_path / "shop.csv"
    source.write_bytes(SHEET.encode("cp1252"))
    dialog = dialog_for(qtbot, coach, source)
    page = dialog.source
    assert page.separator.currentData() == ";"
    assert page.encoding.currentData() in ("utf-8", "cp1252")
    assert page.header_row.value() == 1 and page.preview.rowCount() == 3
    assert page.preview.item(1, 2).text() == "Parcel came a week late"

    dialog.findChild(QWidget, "next_button").click()
    columns = dialog.columns
    assert [columns.combo(i).currentData() for i in range(5)] == [
        "created_at",
        "customer_name",
        "",
        "",
        "cost",
    ]
    choose(columns.combo(2), "description")
    choose(columns.combo(3), "root_cause")
    assert columns.order.currentData() == "dmy"
    assert columns.sample.text() == "«\u206823/10/2026\u2069» → 23 October 2026"
    choose(columns.order, "mdy")
    assert "cannot be read this way" in columns.sample.text()
    choose(columns.order, "dmy")

    dialog.findChild(QWidget, "next_button").click()
    wait_for_report(qtbot, dialog)
    check = dialog.check_page
    assert check.summary.text() == (
        "1 complaints will be added, 0 duplicates skipped, 1 rows have problems."
    )
    assert check.problems.item(0, 0).text() == "2"
    assert check.problems.item(0, 1).text() == "D (Why)"
    assert check.problems.item(0, 2).text() == (
        '"Late" is not a known root cause; say below what it means, or add it as a new root cause'
    )
    assert check.values.item(0, 1).text() == "Late"
    choose(check.values.cellWidget(0, 2), "delivery_delay")
    check.findChild(QWidget, "check_again").click()
    wait_for_report(qtbot, dialog)
    assert check.summary.text().startswith("2 complaints will be added, 0 duplicates")

    columns.profile_name.setText("Shop sheet")
    columns.remember.setChecked(True)
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as imported:
        dialog.findChild(QWidget, "import_button").click()
    assert imported.args == [2]
    assert "Imported 2 complaints." in check.status.text()
    stored = {c.customer.name: c for c in coach.search()}
    assert stored["Ali"].root_cause == "delivery_delay"
    assert str(stored["Ali"].cost) == "12.50"
    assert stored["Sara"].created_at.date() == date(2026, 10, 5)
    assert stored["Sara"].root_cause == "product_defect"
    (saved,) = (coach.data_dir / "import-profiles").iterdir()
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600

    again = dialog_for(qtbot, coach, source)
    assert again.source.profile.currentText() == "Shop sheet"
    again.findChild(QWidget, "next_button").click()
    assert again.columns.combo(3).currentData() == "root_cause"
    again.findChild(QWidget, "next_button").click()
    wait_for_report(qtbot, again)
    assert again.check_page.summary.text() == (
        "0 complaints will be added, 2 duplicates skipped, 0 rows have problems."
    )
    assert not again.findChild(QWidget, "import_button").isEnabled()


def test_a_new_root_cause_good_rows_only_and_the_rest_set_aside(
    qtbot, coach: Coach, tmp_path: Path
) -> None:
    source = tmp_path / "causes.csv"
    source.write_text(
        "created_at,description,root_cause,csat\r\n"
        "2026-10-01,Waited at the counter,Late pickup,4\r\n"
        "2026-10-02,Rude on the phone,,9\r\n",
        encoding="utf-8",
    )
    dialog = dialog_for(qtbot, coach, source)
    dialog.findChild(QWidget, "next_button").click()
    dialog.findChild(QWidget, "next_button").click()
    wait_for_report(qtbot, dialog)
    check = dialog.check_page
    choose(check.values.cellWidget(0, 2), "+new")
    check.findChild(QWidget, "check_again").click()
    wait_for_report(qtbot, dialog)
    assert check.summary.text().startswith("1 complaints will be added")
    check.findChild(QWidget, "mode_good").click()
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog.findChild(QWidget, "import_button").click()
    assert coach.search()[0].root_cause == "late_pickup"
    assert coach.root_causes()["late_pickup"] == "Late pickup"
    aside = tmp_path / "causes.rejected.csv"
    rows = list(csv.reader(io.StringIO(aside.read_text("utf-8-sig"), newline="")))
    assert rows[0] == ["created_at", "description", "root_cause", "csat", "reason"]
    assert rows[1][-1].startswith('row 3 of causes.csv: csat: "9" is out of range')


def test_an_xlsx_workbook_and_cancel_leaves_nothing(qtbot, coach: Coach, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["تاريخ الشكوى", "اسم العميل", "الشكوى"])
    for day in range(30_000):
        sheet.append([date(2026, 1, 1 + day % 28), f"عميل {day}", f"شكوى رقم {day}"])
    source = tmp_path / "big.xlsx"
    book.save(source)
    dialog = dialog_for(qtbot, coach, source)
    assert not dialog.source.encoding.isEnabled()
    assert dialog.inspection is not None and dialog.inspection.fields == [
        "created_at",
        "customer_name",
        "description",
    ]
    dialog.findChild(QWidget, "next_button").click()
    dialog.findChild(QWidget, "next_button").click()
    wait_for_report(qtbot, dialog)
    assert dialog.check_page.summary.text().startswith("30,000 complaints will be added")
    dialog.findChild(QWidget, "import_button").click()
    assert dialog.close_button.text() == "Cancel"
    dialog.close_button.click()
    wait_for_report(qtbot, dialog)
    assert dialog.check_page.status.text() == "Cancelled; nothing was imported."
    assert coach.count() == 0 and dialog.isVisible()


def test_export_writes_a_month_as_a_workbook_and_the_filter_as_csv(
    qtbot, coach: Coach, tmp_path: Path
) -> None:
    coach.add_demo(80, 3, "mixed", seed=2, today=date.today())
    shown = ComplaintQuery(statuses=("closed",))
    targets = iter([tmp_path / "month.xlsx", tmp_path / "shown"])
    dialog = ExportDialog(
        coach, shown, prompts=ScriptedPrompts(), choose_path=lambda *_args: next(targets)
    )
    qtbot.addWidget(dialog)
    assert dialog.filtered.isChecked()
    choose(dialog.kind, "xlsx")
    dialog.month.setCurrentIndex(1)
    assert dialog.one_month.isChecked()
    period = dialog.month.currentData()
    dialog.findChild(QWidget, "export_button").click()
    qtbot.waitUntil(lambda: dialog.written is not None)
    rows = list(load_workbook(tmp_path / "month.xlsx").active.iter_rows(values_only=True))
    in_month = coach.count(ComplaintQuery(start=period.start, end=period.end))
    assert len(rows) == in_month + 1 and rows[0][0] == "created_at"
    dialog.written = None
    choose(dialog.kind, "csv")
    dialog.filtered.setChecked(True)
    dialog.findChild(QWidget, "export_button").click()
    qtbot.waitUntil(lambda: dialog.written is not None)
    assert dialog.written == tmp_path / "shown.csv"
    text = (tmp_path / "shown.csv").read_bytes().decode("utf-8-sig")
    lines = list(csv.reader(io.StringIO(text, newline="")))
    assert len(lines) == coach.count(shown) + 1
    assert {line[23] for line in lines[1:]} == {"closed"}
    assert stat.S_IMODE((tmp_path / "shown.csv").stat().st_mode) == 0o600


def test_the_main_window_offers_import_and_export(qtbot, data_dir: Path) -> None:
    from coach.ui.app import create_main_window

    window = create_main_window(data_dir, "en", ScriptedPrompts())
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    names = [action.objectName() for action in file_menu.actions()]
    assert "import_action" in names and "export_action" in names
    window.findChild(QWidget, "import_button").click()
    assert isinstance(window.findChild(ImportDialog), ImportDialog)
    window.transfer.export_action.trigger()
    assert isinstance(window.findChild(ExportDialog), ExportDialog)
