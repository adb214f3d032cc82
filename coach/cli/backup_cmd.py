"""``coach backup``, ``coach backups``, ``coach restore`` and ``coach check``: the log kept safe."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from coach.cli.common import output_path
from coach.errors import EXIT_OK, CoachError, OutputError, StoreError
from coach.service import backups
from coach.system.paths import data_dir
from coach.system.settings import Settings


def register(commands: Any) -> None:
    """Adds ``backup``, ``backups``, ``restore`` and ``check`` to the parser."""
    maker = commands.add_parser(
        "backup",
        help="make a verified backup of the log now",
        description="Copies the log with SQLite's online backup (the app may stay open), checks "
        "the copy page by page and counts its complaints before keeping it. Without --out it "
        "goes into the backups folder beside the log (and the second backup folder chosen in "
        "Settings), where old backups are pruned: the 10 newest, then one a day for 7 days, one "
        "a week for 4 weeks and one a month for 12 months are kept.",
    )
    maker.add_argument("--out", metavar="FILE", help="write the backup to FILE instead")
    maker.set_defaults(run=run_backup)
    lister = commands.add_parser(
        "backups",
        help="list the backups, newest first",
        description="Lists the backups in the backups folder (and the second backup folder), "
        "newest first, with the number of complaints each holds.",
    )
    lister.set_defaults(run=run_backups)
    restorer = commands.add_parser(
        "restore",
        help="put a backup in place of the log",
        description="Puts a backup (a file, or 'latest' for the newest good one) in place of "
        "the log. The log as it was is kept first as complaints-before-restore-<time>.db in the "
        "data folder, so a restore can itself be undone.",
    )
    restorer.add_argument("backup", metavar="FILE|latest", help="the backup to restore")
    restorer.set_defaults(run=run_restore)
    checker = commands.add_parser(
        "check",
        help="check the log for damage (and repair it)",
        description="Checks every page of the log without writing to it. Exits 0 when it is "
        "healthy, else with the code of the problem found. --repair recovers every readable "
        "complaint into a fresh log (the search index rebuilt) and keeps the damaged file aside "
        "as complaints-damaged-<time>.db; 'coach restore latest' is the other way back.",
    )
    checker.add_argument(
        "--repair", action="store_true", help="recover the readable complaints of a damaged log"
    )
    checker.set_defaults(run=run_check)


def _folder(args: argparse.Namespace) -> tuple[Path, Settings]:
    folder = data_dir(args.data_dir)
    return folder, Settings.load(folder)


def _complaints(count: int) -> str:
    return f"{count} complaint" + ("" if count == 1 else "s")


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.0f} kB"


def run_backup(args: argparse.Namespace) -> int:
    folder, settings = _folder(args)
    if not backups.has_log(folder):
        raise StoreError(f"There is no log in {folder} to back up.", folder)
    if args.out:
        target = output_path(args.out)
        if target.is_dir():
            raise OutputError(f"Cannot write {target}: it is a folder. Name a file.")
        count = backups.backup_to(folder, target)
        print(f"Backed up {_complaints(count)} to {target} (checked).")
        return EXIT_OK
    made = backups.make_backup(folder, "manual", settings)
    print(
        f"Backed up {_complaints(made.info.complaints)} to {made.info.path} "
        f"({_size(made.info.size)}, checked)."
    )
    if made.second_copy is not None:
        print(f"Copied to {made.second_copy}.")
    elif made.second_problem:
        print(f"coach: not copied to the second backup folder: {made.second_problem}.")
    return EXIT_OK


def run_backups(args: argparse.Namespace) -> int:
    folder, settings = _folder(args)
    found = backups.list_backups(folder, settings)
    if not found:
        print(f"No backups yet in {folder / 'backups'}.")
        return EXIT_OK
    for info in found:
        when = info.made_at.strftime("%Y-%m-%d %H:%M:%S")
        print(
            f"{when}  {info.reason or '-':<9}  {_complaints(info.complaints):>16}  "
            f"{_size(info.size):>9}  {info.path}"
        )
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    folder, settings = _folder(args)
    if args.backup == "latest":
        latest = backups.latest_good(folder, settings)
        if latest is None:
            raise CoachError(f"There is no good backup in {folder / 'backups'} to restore.")
        source = latest.path
    else:
        source = Path(args.backup).expanduser()
        if not source.is_file():
            raise CoachError(f"Cannot restore {source}: there is no such file.")
    restored = backups.restore_folder(folder, source)
    print(
        f"Restored {_complaints(restored.complaints)} from {source}. "
        f"The log as it was is kept as {restored.kept_aside}."
    )
    return EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    folder, settings = _folder(args)
    checked = backups.check_folder(folder)
    if checked.kind == "missing":
        print(f"There is no log in {folder} yet; nothing to check.")
        return EXIT_OK
    if checked.ok:
        print(f"The log {checked.path} is healthy: {_complaints(checked.complaints or 0)}.")
        return EXIT_OK
    assert checked.error is not None
    if not args.repair or checked.kind != "damaged":
        for problem in checked.problems[:5]:
            print(f"  {problem}")
        raise checked.error
    salvaged = backups.salvage_folder(folder)
    lost = salvaged.complaints_lost
    print(
        f"Recovered {_complaints(salvaged.complaints)} into a fresh log {checked.path} "
        f"(search index rebuilt)"
        + (f"; about {_complaints(lost)} could not be read" if lost else "")
        + f". The damaged file is kept as {salvaged.kept_aside}."
    )
    latest = backups.latest_good(folder, settings)
    if latest is not None:
        print(
            f"A backup from {latest.made_at:%Y-%m-%d %H:%M} holds "
            f"{_complaints(latest.complaints)}: 'coach restore latest' puts it back instead."
        )
    return EXIT_OK
