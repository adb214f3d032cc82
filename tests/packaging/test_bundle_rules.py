"""The rules that keep the bundle lean: which Qt plugins stay, which libraries the system gives."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bundle"))

from linux_libraries import left_to_system  # noqa: E402
from qt_plugins import plugin_kept  # noqa: E402

QT_PLUGINS = "PySide6/Qt/plugins"


@pytest.mark.parametrize(
    ("source", "folder", "kept"),
    [
        ("libqxcb.so", "platforms", True),
        ("libqwayland.so", "platforms", True),
        ("qwindows.dll", "platforms", True),
        ("libqcocoa.dylib", "platforms", True),
        ("libqoffscreen.so", "platforms", True),
        ("libqminimal.so", "platforms", False),
        ("libqgtk3.so", "platformthemes", False),
        ("libqxdgdesktopportal.so", "platformthemes", True),
        ("qjpeg.dll", "imageformats", True),
        ("libqwebp.so", "imageformats", True),
        ("libqsvg.so", "imageformats", False),
        ("libqsvgicon.so", "iconengines", False),
        ("libqxcb-glx-integration.so", "xcbglintegrations", False),
        ("libibusplatforminputcontextplugin.so", "platforminputcontexts", True),
        ("libadwaita.so", "wayland-decoration-client", False),
    ],
)
def test_only_the_plugins_the_app_loads_stay(source: str, folder: str, kept: bool) -> None:
    assert (
        plugin_kept(f"/site/PySide6/Qt/plugins/{folder}/{source}", f"{QT_PLUGINS}/{folder}") is kept
    )


def test_windows_paths_and_files_that_are_no_plugins() -> None:
    assert plugin_kept(
        "C:\\PySide6\\plugins\\platforms\\qwindows.dll", "PySide6\\plugins\\platforms"
    )
    assert plugin_kept("/site/PySide6/Qt/lib/libQt6Gui.so.6", "PySide6/Qt/lib")


def test_cups_and_what_only_it_needs_are_left_to_the_system() -> None:
    links = {
        "libcupsprintersupport.so": {"libcups.so.2", "libQt6Core.so.6"},
        "libcups.so.2": {"libgnutls.so.30", "libz.so.1"},
        "libgnutls.so.30": {"libnettle.so.8"},
        "libQt6Core.so.6": {"libz.so.1"},
    }
    binaries = [
        (f"{QT_PLUGINS}/printsupport/libcupsprintersupport.so", "plugin"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "core"),
        ("libcups.so.2", "libcups.so.2"),
        ("libgnutls.so.30", "libgnutls.so.30"),
        ("libnettle.so.8", "libnettle.so.8"),
        ("libz.so.1", "libz.so.1"),
        ("libpython3.11.so.1.0", "libpython3.11.so.1.0"),
    ]
    sources = {"plugin": "libcupsprintersupport.so", "core": "libQt6Core.so.6"}
    dropped = left_to_system(binaries, lambda source: links.get(sources.get(source, source), set()))
    assert dropped == {"libcups.so.2", "libgnutls.so.30", "libnettle.so.8"}
