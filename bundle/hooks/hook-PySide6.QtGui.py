"""PySide6.QtGui as PyInstaller's own hook collects it, less the Qt plugins the app never loads.

Dropping them here, before PyInstaller follows their links, also leaves out the libraries only
they need: GTK's cairo and pango (platformthemes/gtk3), OpenGL and EGL (xcbglintegrations,
wayland-graphics-integration-client, egldeviceintegrations), Qt Svg (iconengines, imageformats,
the Adwaita window frame).
build.spec passes this folder as hookspath, where hooks take precedence over PyInstaller's.
"""

import re
from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

ALL = None
KEPT_PLUGINS = {
    # windowing: X11, Wayland, Windows, macOS, and offscreen for the smoke test and CLI reports
    "platforms": {"qxcb", "qwayland", "qwindows", "qcocoa", "qoffscreen"},
    "platforms/darwin": ALL,
    "platforminputcontexts": ALL,  # compose keys and IBus: how many type Arabic and Persian
    "platformthemes": {"qxdgdesktopportal"},  # the desktop's own file dialogs through a portal
    "wayland-shell-integration": {"xdg-shell"},
    # Qt's own window frame under Wayland compositors that leave it to the app (GNOME); the
    # Adwaita-style one would bring Qt Svg (0.7 MB) for its buttons
    "wayland-decoration-client": {"bradient"},
    # the evidence panel takes JPEG, PNG, BMP, GIF and WebP photos (PNG and BMP are built in)
    "imageformats": {"qjpeg", "qgif", "qwebp"},
    "accessiblebridge": ALL,
}
PLUGIN = re.compile(r"plugins/(?P<kind>.+)$")


def plugin_kept(source: str, destination: str) -> bool:
    """Whether a collected file (not a plugin, or a plugin of a kept kind and name) stays."""
    found = PLUGIN.search(PurePath(destination).as_posix())
    if found is None:
        return True
    kind = found.group("kind")
    if kind not in KEPT_PLUGINS:
        return False
    names = KEPT_PLUGINS[kind]
    stem = PurePath(source).name.split(".")[0]
    return names is ALL or stem.removeprefix("lib") in names


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [entry for entry in binaries if plugin_kept(*entry[:2])]
