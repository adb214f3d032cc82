"""Cells a spreadsheet would run as a formula, written as text (no Qt).

A cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is written with a
leading apostrophe, the usual spreadsheet escape, so opening an export never runs what a customer
typed (``=HYPERLINK(…)``, ``+cmd|' /C calc'!A0``). A cell that already begins with apostrophes
before one of those characters gets one more, so ``unprotect`` (used on import) removes exactly
the one added and export → import → export gives the same bytes.
"""

from __future__ import annotations

import re

TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
ESCAPE = "'"
_ESCAPED = re.compile(r"'+[=+\-@\t\r]")


def protect(cell: str) -> str:
    """``cell`` as it is written to a CSV file."""
    if cell.startswith(TRIGGERS) or _ESCAPED.match(cell):
        return ESCAPE + cell
    return cell


def unprotect(cell: str) -> str:
    """The value a cell written by ``protect`` stood for."""
    return cell[1:] if _ESCAPED.match(cell) else cell
