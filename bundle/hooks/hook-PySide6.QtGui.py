"""PySide6.QtGui as PyInstaller's own hook collects it, less the Qt plugins the app never loads
(bundle/qt_plugins.py says which stay). build.spec passes this folder as hookspath, where hooks
take precedence over PyInstaller's."""

import sys
from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from qt_plugins import plugin_kept  # noqa: E402

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [entry for entry in binaries if plugin_kept(*entry[:2])]
