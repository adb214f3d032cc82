"""A spreadsheet file as rows of text: a CSV or TSV file in any encoding and separator, or the
first sheet of an Excel ``.xlsx`` workbook (openpyxl), read a row at a time.

Rows are numbered as a spreadsheet numbers them: row 1 is the first record of the file, and a
record holding line breaks inside quotes is still one row.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import IO, Any

from coach.errors import CoachError
from coach.spreadsheet.encodings import SAMPLE_BYTES, Encoding, detect, encoding, has_bom

DELIMITERS: tuple[str, ...] = (",", ";", "\t", "|")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
SNIFF_ROWS = 50
PREVIEW_ROWS = 20
_BAD_BYTE = re.compile("[\udc80-\udcff]")


class SourceError(CoachError):
    """The file as a whole cannot be read as a table (missing, not a spreadsheet, empty)."""


@dataclass
class SourceRow:
    """One record as read: its fields (None when its quotes are broken), where it starts in the
    file (``offset`` in bytes, ``line`` counted from 1; CSV only) and its exact source text."""

    number: int
    fields: list[str] | None
    raw: str = ""
    offset: int = 0
    line: int = 0


@dataclass
class TableFormat:
    """How a file is read: ``kind`` csv or xlsx; a CSV's encoding key and separator."""

    kind: str = "csv"
    encoding: str = ""
    delimiter: str = ","
    bom: bool = False
    notes: list[str] = field(default_factory=list)


def is_xlsx(path: Path) -> bool:
    return path.suffix.lower() in XLSX_SUFFIXES


def read_head(path: Path, size: int = SAMPLE_BYTES) -> bytes:
    """The first ``size`` bytes of ``path``; SourceError in words when it cannot be read."""
    try:
        with path.open("rb") as stream:
            return stream.read(size)
    except FileNotFoundError:
        reason = "there is no such file"
    except IsADirectoryError:
        reason = "it is a folder, not a file"
    except PermissionError:
        reason = "permission denied"
    except OSError as error:
        reason = error.strerror or str(error)
    raise SourceError(f"Cannot read {path}: {reason}.")


def sniff_format(path: Path, encoding_key: str = "", delimiter: str = "") -> TableFormat:
    """The file's format: xlsx by its name, else CSV with its encoding and separator found
    from its first bytes (``encoding_key`` and ``delimiter`` when given)."""
    if is_xlsx(path):
        return TableFormat("xlsx")
    head = read_head(path)
    if head.startswith(b"PK\x03\x04"):
        return TableFormat("xlsx")
    found = encoding(encoding_key) if encoding_key else detect(head)
    text = head.decode(found.codec, "surrogateescape")
    if has_bom(head, found):
        text = text[1:]
    if len(head) == SAMPLE_BYTES:
        text = text[: text.rfind("\n") + 1] or text
    return TableFormat("csv", found.key, delimiter or sniff_delimiter(text), has_bom(head, found))


def sniff_delimiter(text: str) -> str:
    """The separator that splits the first rows of ``text`` into the same number of fields
    most often (ties: the one giving more fields, then the usual order)."""
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        widths: Counter[int] = Counter()
        try:
            for number, fields in enumerate(reader):
                if number >= SNIFF_ROWS:
                    break
                if any(fields):
                    widths[len(fields)] += 1
        except csv.Error:
            pass
        if not widths:
            continue
        width, count = widths.most_common(1)[0]
        score = (count if width > 1 else 0, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_rows(path: Path, fmt: TableFormat) -> Iterator[SourceRow]:
    """Every record of the file (empty ones included), in order."""
    if fmt.kind == "xlsx":
        return _xlsx_rows(path)
    return _csv_rows(path, fmt)


def _csv_rows(path: Path, fmt: TableFormat) -> Iterator[SourceRow]:
    """Rows read straight through the csv module when the whole file decodes cleanly; from the
    first row with broken quotes (or in a file with bytes the encoding cannot read) on, rows are
    read line by line, keeping each row's source text and place for the messages."""
    found = encoding(fmt.encoding or "utf-8")
    done = 0
    if _decodes_cleanly(path, found):
        try:
            for row in _fast_rows(path, fmt, found):
                done = row.number
                yield row
            return
        except csv.Error:
            pass
    for row in _exact_rows(path, fmt, found):
        if row.number > done:
            yield row


def _open_text(path: Path, found: Encoding) -> tuple[IO[bytes], IO[str], int]:
    binary = path.open("rb")
    offset = 0
    if found.bom and binary.read(len(found.bom)) == found.bom:
        offset = len(found.bom)
    else:
        binary.seek(0)
    csv.field_size_limit(2**31 - 1)
    text = io.TextIOWrapper(binary, encoding=found.codec, errors="surrogateescape", newline="")
    return binary, text, offset


def _decodes_cleanly(path: Path, found: Encoding) -> bool:
    """Whether every byte of the file is text in ``found`` (read in chunks, in C)."""
    decoder = codecs.getincrementaldecoder(found.codec)("strict")
    try:
        with path.open("rb") as stream:
            while chunk := stream.read(1 << 20):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except (UnicodeDecodeError, OSError):
        return False
    return True


def _fast_rows(path: Path, fmt: TableFormat, found: Encoding) -> Iterator[SourceRow]:
    binary, text, offset = _open_text(path, found)
    with text:
        reader = csv.reader(text, delimiter=fmt.delimiter or ",", strict=True)
        for number, fields in enumerate(reader, 1):
            if number % 512 == 0:
                offset = binary.tell()
            yield SourceRow(number, fields, "", offset)


def _exact_rows(path: Path, fmt: TableFormat, found: Encoding) -> Iterator[SourceRow]:
    binary, text, offset = _open_text(path, found)
    width = _byte_width(found.codec)
    with text:
        lines = SourceLines(text)
        reader = csv.reader(lines, delimiter=fmt.delimiter or ",", strict=True)
        number = 0
        while True:
            try:
                fields: list[str] | None = next(reader)
            except StopIteration:
                return
            except csv.Error:
                fields = None
            raw = lines.take()
            number += 1
            yield SourceRow(number, fields, raw, offset, lines.first_line)
            offset += width(raw)


def _byte_width(codec: str) -> Any:
    """How many bytes a piece of decoded text took in the file."""
    if codec.startswith("cp"):
        return len
    return lambda raw: len(raw) if raw.isascii() and codec == "utf-8" else _encoded(raw, codec)


def _encoded(raw: str, codec: str) -> int:
    return len(raw.encode(codec, "surrogateescape"))


class SourceLines:
    """Feeds a csv reader line by line and remembers the source text of the current record."""

    def __init__(self, stream: IO[str]):
        self._lines = iter(stream)
        self.taken: list[str] = []
        self.count = 0
        self.first_line = 1

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self.taken.append(line)
        return line

    def take(self) -> str:
        raw = "".join(self.taken)
        self.first_line = self.count + 1
        self.count += len(self.taken)
        self.taken.clear()
        return raw


def _xlsx_rows(path: Path) -> Iterator[SourceRow]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds for a bad file
        raise SourceError(
            f"Cannot read {path} as an Excel workbook (.xlsx): {error or type(error).__name__}."
        ) from None
    try:
        sheet = book.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), 1):
            yield SourceRow(number, [cell_text(value) for value in values])
    finally:
        book.close()


def cell_text(value: object) -> str:
    """An Excel cell's value as text: dates as ISO dates (with the time when it has one),
    whole numbers without a decimal point."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        if value.time() == time():
            return value.date().isoformat()
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def bad_byte_at(raw: str) -> int:
    """The index of the first byte the encoding could not read in ``raw``, or -1."""
    found = _BAD_BYTE.search(raw)
    return found.start() if found else -1


def byte_offset(row: SourceRow, index: int, codec: str) -> tuple[int, int]:
    """The file's byte offset and line of character ``index`` of ``row.raw``."""
    before = row.raw[:index]
    size = len(before) if codec.startswith("cp") else len(before.encode(codec, "surrogateescape"))
    return row.offset + size, row.line + before.count("\n")
