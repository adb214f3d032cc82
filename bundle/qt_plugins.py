"""Which Qt plugins the bundle keeps (bundle/hooks/hook-PySide6.QtGui.py applies it).

Dropping the others before PyInstaller follows their links also leaves out the libraries only
they need: GTK's cairo and pango (platformthemes/gtk3), OpenGL and EGL (xcbglintegrations,
wayland-graphics-integration-client, egldeviceintegrations), Qt Svg (iconengines, imageformats,
the Adwaita window frame).
"""

from __future__ import annotations

import re
from pathlib import PurePath

ALL = None
KEPT_PLUGINS: dict[str, set[str] | None] = {
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
    """Whether a collected file (``source``, going to the bundle folder ``destination``) stays:
    anything but a plugin, or a plugin of a kept kind and name (libqxcb.so, qwindows.dll)."""
    found = PLUGIN.search(PurePath(destination.replace("\\", "/")).as_posix())
    if found is None:
        return True
    kind = found.group("kind")
    if kind not in KEPT_PLUGINS:
        return False
    names = KEPT_PLUGINS[kind]
    stem = PurePath(source.replace("\\", "/")).name.split(".")[0]
    return names is ALL or stem.removeprefix("lib") in names
