"""The Linux desktop entry, the AppStream metainfo and the icon files the platforms want."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtGui import QImageReader

from coach import __version__
from coach.system.desktop import APP_ID, icon_file, icon_pngs
from coach.text.languages import TRANSLATED_LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "desktop" / f"{APP_ID}.desktop"
METAINFO = ROOT / "desktop" / f"{APP_ID}.metainfo.xml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def validator(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (./dev test installs it on Debian/Ubuntu)")
    return found


def title_in(lang: str) -> str:
    """The window title's translation in the app's catalogue for ``lang``."""
    catalogue = ROOT / "assets" / "translations" / f"coach_{lang}.ts"
    for message in ElementTree.parse(catalogue).getroot().iter("message"):
        if message.findtext("source") == "Complaint Coach":
            return message.findtext("translation") or ""
    raise LookupError(lang)


def sizes_in(path: Path) -> set[int]:
    """The square sizes of the images in a multi-image file, as Qt reads them."""
    reader = QImageReader(str(path))
    sizes = set()
    for index in range(reader.imageCount()):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert image.width() == image.height(), path
        sizes.add(image.width())
    return sizes


def test_the_desktop_entry_validates() -> None:
    done = subprocess.run(
        [validator("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_metainfo_validates() -> None:
    done = subprocess.run(
        [validator("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_desktop_entry_and_metainfo_name_the_app_as_it_names_itself() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Icon"] == APP_ID and section["Exec"].split()[0] == "coach"
    metainfo = ElementTree.parse(METAINFO).getroot()
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("launchable") == DESKTOP.name
    assert metainfo.find("releases/release").get("version") == __version__  # type: ignore[union-attr]
    names = {name.get(XML_LANG): name.text for name in metainfo.iter("name")}
    for lang in TRANSLATED_LANGUAGES:
        assert section[f"Name[{lang}]"] == names[lang] == title_in(lang)


def test_the_icon_comes_in_every_size_and_format() -> None:
    assert list(icon_pngs()) == [16, 24, 32, 48, 64, 128, 256, 512]
    for size, path in icon_pngs().items():
        assert QImageReader(str(path)).size().width() == size
    assert sizes_in(icon_file(".ico")) == {16, 24, 32, 48, 64, 128, 256}
    assert sizes_in(icon_file(".icns")) == {16, 32, 64, 128, 256, 512, 1024}
    assert icon_file(".svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
