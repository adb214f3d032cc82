"""The app's identity on the desktop (no Qt): its id, icon files and user guide."""

from __future__ import annotations

import importlib.resources
from pathlib import Path

from coach.system.resources import assets_dir

APP_ID = "org.complaintcoach.ComplaintCoach"
"""Reverse-DNS id of the Linux desktop entry and AppStream metainfo (desktop/), the Wayland app
id and the macOS bundle; it must never change once released."""
ICON_NAME = "complaint-coach"


def icons_dir() -> Path:
    return assets_dir() / "icons"


def icon_pngs() -> dict[int, Path]:
    """The app icon's PNG renderings by size in pixels, smallest first."""
    found = {
        int(path.stem.rsplit("-", 1)[1]): path
        for path in icons_dir().glob(f"{ICON_NAME}-*.png")
        if path.stem.rsplit("-", 1)[1].isdigit()
    }
    return dict(sorted(found.items()))


def icon_file(suffix: str) -> Path:
    """The app icon as one file: ``.svg`` (source), ``.ico`` (Windows) or ``.icns`` (macOS)."""
    return icons_dir() / f"{ICON_NAME}{suffix}"


def guide_dir() -> Path:
    """The user guide's folder (docs/guide in a checkout, coach.guide once installed)."""
    try:
        return Path(str(importlib.resources.files("coach.guide")))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[2] / "docs" / "guide"


def guide_file(lang: str) -> Path:
    """The user guide page in ``lang`` (the file may be missing if the install is broken)."""
    return guide_dir() / f"{lang}.html"
