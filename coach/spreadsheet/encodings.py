"""Which text encoding a spreadsheet file is in: its byte-order mark, else a guess from its bytes.

The encodings offered are the ones shop spreadsheets are saved in: UTF-8 (Excel's "CSV UTF-8",
with a BOM, and most other programs, without), UTF-16 (Excel's "Unicode text"), and the Windows
code pages Excel's plain "CSV" uses on an Arabic or Persian (cp1256) or a Western (cp1252) system.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from coach.text.translatable import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Encoding:
    """One encoding a file may be read with; ``codec`` is Python's name, ``bom`` the bytes of
    its byte-order mark (skipped when the file starts with them)."""

    key: str
    codec: str
    label: str
    bom: bytes = b""


ENCODINGS: tuple[Encoding, ...] = (
    Encoding("utf-8", "utf-8", QT_TRANSLATE_NOOP("Encoding", "UTF-8"), codecs.BOM_UTF8),
    Encoding(
        "utf-16-le", "utf-16-le", QT_TRANSLATE_NOOP("Encoding", "UTF-16 LE"), codecs.BOM_UTF16_LE
    ),
    Encoding(
        "utf-16-be", "utf-16-be", QT_TRANSLATE_NOOP("Encoding", "UTF-16 BE"), codecs.BOM_UTF16_BE
    ),
    Encoding("cp1256", "cp1256", QT_TRANSLATE_NOOP("Encoding", "Windows Arabic (cp1256)")),
    Encoding("cp1252", "cp1252", QT_TRANSLATE_NOOP("Encoding", "Windows Western (cp1252)")),
)
BY_KEY: dict[str, Encoding] = {encoding.key: encoding for encoding in ENCODINGS}
ALIASES: dict[str, str] = {
    "utf8": "utf-8",
    "utf-8-sig": "utf-8",
    "utf_8": "utf-8",
    "utf-16": "utf-16-le",
    "utf16": "utf-16-le",
    "utf-16le": "utf-16-le",
    "utf_16_le": "utf-16-le",
    "utf-16be": "utf-16-be",
    "utf_16_be": "utf-16-be",
    "windows-1256": "cp1256",
    "windows-1252": "cp1252",
}
SAMPLE_BYTES = 256 * 1024
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")


class UnknownEncoding(ValueError):
    """A name that is none of ``ENCODINGS``."""


def encoding(name: str) -> Encoding:
    """The encoding called ``name`` (a key, or a usual spelling such as ``windows-1256``)."""
    key = name.strip().lower()
    found = BY_KEY.get(ALIASES.get(key, key))
    if found is None:
        names = ", ".join(e.key for e in ENCODINGS)
        raise UnknownEncoding(f"{name!r} is not an encoding this can read; use one of: {names}")
    return found


def has_bom(data: bytes, found: Encoding) -> bool:
    return bool(found.bom) and data.startswith(found.bom)


def detect(sample: bytes) -> Encoding:
    """The encoding the first bytes of a file are most likely in."""
    for candidate in ENCODINGS:
        if has_bom(sample, candidate):
            return candidate
    sample = sample[:SAMPLE_BYTES]
    utf16 = _utf16_without_bom(sample)
    if utf16:
        return BY_KEY[utf16]
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(sample, final=len(sample) < SAMPLE_BYTES)
    except UnicodeDecodeError:
        if _mostly_utf8(sample):
            return BY_KEY["utf-8"]
    else:
        return BY_KEY["utf-8"]
    return BY_KEY[_code_page(sample)]


def _utf16_without_bom(sample: bytes) -> str:
    """utf-16-le or -be when every other byte is mostly zero (Latin text in UTF-16), else ""."""
    even, odd = sample[0:2000:2], sample[1:2000:2]
    if len(odd) < 4:
        return ""
    if odd.count(0) > len(odd) * 0.3 and even.count(0) < len(even) * 0.05:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.3 and odd.count(0) < len(odd) * 0.05:
        return "utf-16-be"
    return ""


def _mostly_utf8(sample: bytes) -> bool:
    """UTF-8 text with a few stray bytes: far more valid multi-byte sequences than bad bytes."""
    good = sum(len(found) for found in _UTF8_MULTIBYTE.findall(sample))
    bad = len(sample.decode("utf-8", "surrogateescape").encode("utf-8", "ignore"))
    bad = len(sample) - bad
    return good > 0 and bad * 10 <= good


def _code_page(sample: bytes) -> str:
    """cp1256 or cp1252, whichever reads the bytes as more likely text."""
    from charset_normalizer import from_bytes

    best = from_bytes(sample, cp_isolation=["cp1256", "cp1252"]).best()
    return best.encoding if best is not None and best.encoding in BY_KEY else "cp1252"
