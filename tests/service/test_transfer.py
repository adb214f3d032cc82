"""Complaints in and out through the service: a CSV import whose stages come from the rules, an
export that imports again, sample complaints, and the CLI doing all three through the service."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from coach.cli import main
from coach.demo import demo_complaints
from coach.service import Coach, importing
from coach.spreadsheet.csv_file import COLUMNS

TODAY = date(2026, 11, 26)


@pytest.fixture
def coach(data_dir: Path) -> Iterator[Coach]:
    with Coach.open(data_dir, "en") as opened:
        yield opened


def csv_bytes(*rows: dict[str, str]) -> bytes:
    stream = io.StringIO(newline="")
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for values in rows:
        fields = dict.fromkeys(COLUMNS, "")
        fields.update(created_at="2026-10-03T09:15:00", description="The cake was dry.")
        fields.update(values)
        writer.writerow([fields[name] for name in COLUMNS])
    return stream.getvalue().encode()


def plan_of(path: Path, data: bytes, add_causes: bool = False) -> importing.ImportPlan:
    path.write_bytes(data)
    return importing.plan(importing.inspect(path), add_causes=add_causes)


def test_an_import_takes_its_statuses_stages_and_timelines_from_the_rules(
    coach: Coach, tmp_path: Path
) -> None:
    data = csv_bytes(
        {"customer_name": "Draft only"},
        {"customer_name": "Cause known", "root_cause": "product_defect", "severity": "low"},
        {"customer_name": "Resolved", "promised_by": "2026-10-04", "resolved_at": "2026-10-04"},
        {
            "customer_name": "Followed up",
            "resolved_at": "2026-10-04T10:00:00",
            "followed_up_at": "2026-10-06",
            "follow_up_result": "resolved",
        },
        {"customer_name": "Said in progress", "status": "in_progress"},
        {"customer_name": "Bad cause", "root_cause": "no_such_cause"},
    )
    plan = plan_of(tmp_path / "old.csv", data)
    checked = coach.import_file(plan, write=False)
    assert [number for number, _cells, _problems in checked.rejected] == [7]
    assert coach.count() == 0
    stored = coach.import_file(plan, write=True, all_or_nothing=False)
    found = {c.customer.name: c for c in coach.search(order="oldest")}
    assert stored.added == len(found) == 5
    assert {name: (c.status, c.stage) for name, c in found.items()} == {
        "Draft only": ("draft", "listen"),
        "Cause known": ("in_progress", "apologise"),
        "Resolved": ("awaiting_follow_up", "follow_up"),
        "Followed up": ("closed", "follow_up"),
        "Said in progress": ("in_progress", "clarify"),
    }
    timelines = {
        name: [(e.kind, e.detail) for e in coach.events(c.id or 0)] for name, c in found.items()
    }
    assert timelines["Draft only"] == [("created", "Imported from old.csv")]
    assert timelines["Resolved"] == [
        ("created", "Imported from old.csv"),
        ("promise_made", "2026-10-04"),
    ]
    assert [kind for kind, _ in timelines["Followed up"]] == [
        "created",
        "follow_up_done",
        "closed",
    ]


def test_new_causes_are_added_with_the_complaints_only_when_asked(
    coach: Coach, tmp_path: Path
) -> None:
    data = csv_bytes({"customer_name": "Lina", "root_cause": "late_pickup"})
    refused = coach.import_file(plan_of(tmp_path / "pickup.csv", data), write=True)
    assert refused.bad and not refused.stored and coach.count() == 0
    result = coach.import_file(plan_of(tmp_path / "pickup.csv", data, True), write=True)
    assert list(result.new_causes) == ["late_pickup"]
    assert "late_pickup" in coach.root_causes()
    assert coach.search()[0].root_cause == "late_pickup"


def test_an_export_imports_again_into_the_same_complaints(coach: Coach, tmp_path: Path) -> None:
    assert coach.add_demo(60, 3, "mixed", seed=3, today=TODAY) == 60
    stream = io.StringIO(newline="")
    assert coach.export(stream, "csv") == 60
    with Coach.open(tmp_path / "again") as again:
        plan = plan_of(tmp_path / "export.csv", stream.getvalue().encode("utf-8"))
        assert again.import_file(plan, write=True).added == 60
        second = io.StringIO(newline="")
        again.export(second)
        assert second.getvalue() == stream.getvalue()
    as_json = io.StringIO()
    assert coach.export(as_json, "json") == 60
    with pytest.raises(ValueError):
        coach.export(io.StringIO(), "xml")


def test_sample_complaints_are_stored_as_the_generator_made_them(coach: Coach) -> None:
    made = list(demo_complaints(40, 3, "en", seed=4, today=TODAY))
    assert coach.add_demo(40, 3, "en", seed=4, today=TODAY) == 40
    stored = coach.search(order="oldest")
    assert [(c.stage, c.status, c.description) for c in stored] == [
        (c.stage, c.status, c.description) for c, _ in made
    ]
    first = coach.events(stored[-1].id or 0)
    assert [(e.kind, e.stage) for e in first] == [(e.kind, e.stage) for e in made[-1][1]]


Spy = dict[str, int]


def spy_on(monkeypatch: pytest.MonkeyPatch, *names: str) -> Spy:
    """Counts calls of ``Coach.<name>`` while still running them."""
    calls: Spy = dict.fromkeys(names, 0)
    for name in names:
        original: Callable[..., Any] = getattr(Coach, name)

        def counted(self: Coach, *args: Any, _name: str = name, _run: Any = original, **kw: Any):
            calls[_name] += 1
            return _run(self, *args, **kw)

        monkeypatch.setattr(Coach, name, counted)
    return calls


def test_the_cli_does_its_work_through_the_same_service(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    calls = spy_on(monkeypatch, "add_demo", "export", "import_file", "report_summary")
    first, second = tmp_path / "first", tmp_path / "second"
    exported = tmp_path / "all.csv"
    assert main(["--data-dir", str(first), "demo", "--complaints", "25", "--seed", "8"]) == 0
    assert main(["--data-dir", str(first), "export", str(exported)]) == 0
    assert main(["--data-dir", str(second), "import", str(exported)]) == 0
    month = date.today().strftime("%Y-%m")
    report = ["report", "--month", month, "--format", "json", "--out", str(tmp_path / "r.json")]
    assert main(["--data-dir", str(second), *report]) == 0
    assert calls == dict.fromkeys(calls, 1)
    out = capsys.readouterr().out
    assert "Added 25 sample complaints" in out and "Imported 25 complaints" in out
    with Coach.open(first) as one, Coach.open(second) as two:
        assert one.count() == two.count() == 25
        assert [c.description for c in one.search()] == [c.description for c in two.search()]
