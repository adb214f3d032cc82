"""Start-up loads only what the first screen needs: the modules of reports, printing, CSV and
spreadsheets, sample data, imports, the wizard and the wording check load on first use;
sqlite-utils (with click, pluggy and dateutil) only when a migration or a table helper is
needed; the reminders (tray icon, notifications) once the window has been painted."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from coach.service import Coach
from coach.ui.app import SMOKE_TEST_ENV

DENIED = (
    "coach.report",  # the report's figures and its renderer
    "PySide6.QtPrintSupport",
    "coach.spreadsheet",  # CSV and .xlsx in and out
    "csv_file",
    "coach.demo",
    "coach.service.importing",
    "coach.service.exporting",
    "coach.cli.io_cmd",
    "coach.cli.demo_cmd",
    "coach.cli.report_cmd",
    "openpyxl",
    "coach.ui.wizard.window",
    "coach.ui.report_screen",
    "coach.ui.settings_dialog",
    "coach.ui.learn_screen",
    "coach.ui.customer_view",
    "coach.tone",
    "sqlite_utils",  # a log of this version opens on plain sqlite3
    "click",
    "pluggy",
    "dateutil",
    "jdatetime",  # only for the Jalali calendar
    "coach.ui.reminders",  # after the first paint
    "coach.system.notifications",
    "coach.ui.safety_menu",  # the menus' helpers: after the first paint, or when first used
    "coach.ui.safekeeping",
    "coach.ui.running_damage",
    "coach.ui.customer_pages",
    "coach.service.backups",
    "coach.service.customers",  # the wizard's and the customer page's: on first use
    "coach.service.people",
    "coach.service.attachments",
    "hashlib",  # OpenSSL, ~2 ms: the playbook cache names its file by a zlib checksum
)

# Runs the real launcher and prints the loaded modules the moment the window has been shown,
# before the work started after the first paint.
PROBE = """
import sys
from coach.ui import app

def shown(window, _started=app.after_first_paint):
    print("LOADED " + " ".join(sorted(sys.modules)), flush=True)
    _started(window)

app.after_first_paint = shown
from coach.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_the_first_screen_loads_nothing_it_does_not_show(data_dir: Path) -> None:
    with Coach.open(data_dir, "en") as coach:
        coach.add_demo(250, 2, "mixed", seed=4, today=coach.new_complaint().created_at.date())
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{SMOKE_TEST_ENV: "1"})
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "--data-dir", str(data_dir), "--lang", "ar"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "main window shown with 250 complaints" in done.stdout
    (line,) = [line for line in done.stdout.splitlines() if line.startswith("LOADED ")]
    loaded = line.split()[1:]
    assert "coach.ui.main_window" in loaded
    early = [name for name in loaded if any(denied in name for denied in DENIED)]
    assert early == [], f"loaded before the first paint: {early}"
