"""Retention of backups, the editing clock, and restoring into an open log."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from coach.complaints.domain import Complaint, Customer
from coach.service import Coach
from coach.service.backups import BackupClock, make_backup
from coach.store.backup import KEEP_NEWEST, backups_in, kept, prune


def test_retention_keeps_newest_daily_weekly_and_monthly(tmp_path: Path) -> None:
    start = datetime(2026, 1, 1, 9)
    made = [start + timedelta(days=d, hours=h) for d in range(400) for h in (0, 4)]
    keep = kept(made)
    newest = sorted(made, reverse=True)
    assert set(newest[:KEEP_NEWEST]) <= keep
    days = {d.date() for d in keep}
    assert all(newest[0].date() - timedelta(days=i) in days for i in range(7))
    months = {(d.year, d.month) for d in keep}
    assert len(months) == 12
    assert len(keep) <= KEEP_NEWEST + 7 + 4 + 12
    folder = tmp_path / "b"
    folder.mkdir()
    for when in made[-40:]:
        (folder / f"complaints-{when:%Y-%m-%d-%H%M%S}-daily.db").write_bytes(b"")
    (folder / "notes.txt").write_text("not a backup")
    deleted = prune(folder)
    assert len(backups_in(folder)) == len(kept(made[-40:])) == 40 - len(deleted)
    assert (folder / "notes.txt").exists()


def test_the_clock_waits_for_half_an_hour_of_editing_and_a_pause() -> None:
    clock = BackupClock(0)
    now = datetime(2026, 5, 1, 10)
    assert not clock.due(now)
    for minute in range(0, 31):
        clock.note(minute + 1, now + timedelta(minutes=minute))
    assert not clock.due(now + timedelta(minutes=30, seconds=30)), "still typing"
    assert clock.due(now + timedelta(minutes=31, seconds=30))
    clock.done()
    assert not clock.due(now + timedelta(hours=2))


def test_restore_in_the_open_app_keeps_the_log_usable(tmp_path: Path) -> None:
    coach = Coach.open(tmp_path / "d", "en")
    try:
        first = coach.save(Complaint(created_at=datetime(2026, 5, 1), description="cold coffee"))
        made = coach.safekeeping.backup("manual")
        assert made.info.complaints == 1
        coach.save(
            Complaint(
                created_at=datetime(2026, 5, 2),
                description="late cake",
                customer=Customer(name="Sara"),
            )
        )
        assert coach.safekeeping.editing_due(datetime.now()) is False
        restored = coach.safekeeping.restore(made.info.path)
        assert restored.complaints == 1 and coach.count() == 1
        assert restored.kept_aside.name.startswith("complaints-before-restore-")
        assert coach.get(first.id or 0).description == "cold coffee"
        coach.save(Complaint(created_at=datetime(2026, 5, 3), description="after the restore"))
        assert coach.count() == 2
        assert [i.complaints for i in coach.safekeeping.backups()] == [1]
    finally:
        coach.close()
    assert make_backup(tmp_path / "d", "daily").info.complaints == 2
