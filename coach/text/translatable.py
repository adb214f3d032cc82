"""Marks English source text for Qt's translation catalogues without importing Qt.

pyside6-lupdate finds calls by the name ``QT_TRANSLATE_NOOP``; the screens translate the marked
text with ``QCoreApplication.translate(context, text)`` at the moment they show it.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802
    """``source`` unchanged; ``context`` is the catalogue context it is translated in."""
    del context
    return source
