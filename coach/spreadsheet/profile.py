"""An import profile: how one owner's spreadsheet is read, saved as a small JSON file so the next
file of the same shape comes in the same way (in the app, or ``coach import --mapping``)."""

from __future__ import annotations

import contextlib
import json
import os
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from coach.complaints.vocabulary import CHOICES, is_valid_cause_key
from coach.errors import CoachError
from coach.spreadsheet.dates import normal_order
from coach.spreadsheet.encodings import UnknownEncoding, encoding
from coach.spreadsheet.headers import FIELD_KEYS
from coach.system.files import write_text_atomic
from coach.text.periods import CALENDARS

FORMAT = "complaint-coach-import-profile"
VERSION = 1
SUFFIX = ".json"
VALUE_FIELDS: tuple[str, ...] = (*(k for k in CHOICES if k in FIELD_KEYS), "root_cause")
"""Fields whose values are vocabulary keys, so a value may be mapped to a key."""


class ProfileError(CoachError):
    """A profile file that cannot be used, in words naming the file."""


@dataclass
class ImportProfile:
    """How to read a file. Empty ``encoding``, ``delimiter``, ``calendar`` and a 0 ``header_row``
    mean "find out from the file"; ``columns`` maps a column name to a field key ("" leaves the
    column out), ``values`` maps a field's values to keys, and ``new_causes`` are root causes to
    add (key -> the owner's label) that ``values`` may map to."""

    name: str = ""
    encoding: str = ""
    delimiter: str = ""
    header_row: int = 0
    columns: dict[str, str] = field(default_factory=dict)
    date_order: str = "auto"
    calendar: str = ""
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    new_causes: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> str:
        data = {"format": FORMAT, "version": VERSION, **asdict(self)}
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def profile_from_json(text: str, source: str) -> ImportProfile:
    """The profile written in ``text``; ProfileError naming ``source`` and what is wrong."""
    try:
        data = json.loads(text)
    except ValueError as error:
        raise ProfileError(f"{source} is not an import profile: {error}.") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ProfileError(f"{source} is not an import profile saved by Complaint Coach.")
    if data.get("version") != VERSION:
        raise ProfileError(
            f"{source} was saved by another version (profile {data.get('version')})."
        )
    try:
        return _checked(data)
    except (ValueError, TypeError) as error:
        raise ProfileError(f"{source} cannot be used: {error}.") from None


def _checked(data: dict[str, Any]) -> ImportProfile:
    profile = ImportProfile(
        name=str(data.get("name", "")),
        encoding=str(data.get("encoding", "")),
        delimiter=str(data.get("delimiter", "")),
        header_row=int(data.get("header_row", 0)),
        columns={str(k): str(v) for k, v in dict(data.get("columns", {})).items()},
        date_order=normal_order(str(data.get("date_order", "auto"))),
        calendar=str(data.get("calendar", "")),
        values={
            str(f): {str(k): str(v) for k, v in dict(m).items()}
            for f, m in dict(data.get("values", {})).items()
        },
        new_causes={str(k): str(v) for k, v in dict(data.get("new_causes", {})).items()},
    )
    if profile.encoding:
        try:
            encoding(profile.encoding)
        except UnknownEncoding as error:
            raise ValueError(str(error)) from None
    if len(profile.delimiter) > 1:
        raise ValueError(f"the separator {profile.delimiter!r} is not one character")
    if profile.header_row < 0:
        raise ValueError("the header row cannot be negative")
    unknown = sorted({v for v in profile.columns.values() if v and v not in FIELD_KEYS})
    if unknown:
        raise ValueError(f"unknown fields {', '.join(unknown)}")
    if profile.calendar and profile.calendar not in CALENDARS:
        raise ValueError(f"unknown calendar {profile.calendar!r}")
    wrong = sorted(set(profile.values) - set(VALUE_FIELDS))
    if wrong:
        raise ValueError(f"values cannot be mapped for {', '.join(wrong)}")
    bad_keys = [k for k in profile.new_causes if not is_valid_cause_key(k)]
    if bad_keys:
        raise ValueError(f"{bad_keys[0]!r} cannot be a root-cause key")
    return profile


def load_profile(path: Path) -> ImportProfile:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ProfileError(f"Cannot read {path}: {error.strerror or error}.") from None
    except UnicodeDecodeError:
        raise ProfileError(f"{path} is not an import profile saved by Complaint Coach.") from None
    return profile_from_json(text, str(path))


def profile_file(folder: Path, name: str) -> Path:
    """The file a profile called ``name`` is kept in, inside ``folder``."""
    slug = re.sub(r"[^\w-]+", "-", name.strip(), flags=re.UNICODE).strip("-") or "profile"
    return folder / f"{slug[:80]}{SUFFIX}"


def save_profile(folder: Path, profile: ImportProfile) -> Path:
    """Writes ``profile`` into ``folder`` (made 0700; the file 0600), replacing one of the same
    name; returns its path."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        os.chmod(folder, 0o700)
    path = profile_file(folder, profile.name)
    write_text_atomic(path, profile.to_json())
    return path


def saved_profiles(folder: Path) -> list[ImportProfile]:
    """The profiles saved in ``folder``, by name; files that cannot be read are left out."""
    found: list[ImportProfile] = []
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        with contextlib.suppress(ProfileError):
            found.append(load_profile(path))
    return sorted(found, key=lambda p: p.name.casefold())
