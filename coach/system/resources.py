"""Bundled files (fonts, translations) found through importlib.resources."""

from __future__ import annotations

import importlib.resources
from pathlib import Path


def assets_dir() -> Path:
    """The folder holding fonts/ and translations/, installed or in a source checkout."""
    try:
        return Path(str(importlib.resources.files("coach.assets")))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parents[2] / "assets"


FONT_FILES: tuple[str, ...] = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf",
)
"""The bundled font files (OFL, licence beside them): one family for Latin, one for Arabic script."""


def fonts_dir() -> Path:
    return assets_dir() / "fonts"


def translations_dir() -> Path:
    return assets_dir() / "translations"
