"""An import pauses Python's cycle collector only while it reads rows: it is on again after an
import that stored rows, one that refused the file and one that was cancelled."""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path

import pytest

from coach.service import importing
from coach.store import Store

HEADER = "created_at,description\r\n"
GOOD = HEADER + "2026-10-03T09:15:00,The cake was dry.\r\n"
BAD = GOOD + "not a date,Late again.\r\n"
MANY = HEADER + "".join(f"2026-10-03T09:15:00,Case {n}\r\n" for n in range(3000))


def run(
    store: Store, path: Path, text: str, cancelled: Callable[[], bool] = lambda: False
) -> importing.ImportReport:
    path.write_text(text, encoding="utf-8")
    plan = importing.plan(importing.inspect(path))
    return importing.run(store, plan, write=True, cancelled=cancelled)


def test_the_collector_is_back_on_after_every_kind_of_import(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "data")
    assert gc.isenabled()
    assert run(store, tmp_path / "good.csv", GOOD).stored
    assert gc.isenabled()
    assert not run(store, tmp_path / "bad.csv", BAD).stored
    assert gc.isenabled()
    with pytest.raises(importing.ImportCancelled):
        run(store, tmp_path / "many.csv", MANY, cancelled=lambda: True)
    assert gc.isenabled()
    assert store.count() == 1
    store.close()
