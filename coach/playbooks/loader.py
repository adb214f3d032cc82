"""Reads the built-in playbook files and the owner's own, validates them and merges them."""

from __future__ import annotations

import functools
import importlib.resources
import re
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from coach.playbooks import cache
from coach.playbooks.model import (
    MONTHS_KEY,
    REPORT_KEY,
    SAFETY_KEY,
    LabelGroup,
    Months,
    Playbook,
    PlaybookError,
    ReportWords,
)
from coach.playbooks.reply_words import REPLY_KEY, ReplyTemplates
from coach.playbooks.schema import SPECS, KindSpec, Raw, check_entry, spec_for_file
from coach.text.languages import DEFAULT_LANGUAGE, LANGUAGES

IGNORED_FILES = frozenset({"tone.toml"})
PRINCIPLES_FILE = "principles.toml"

Source = Path | Traversable


class FileProblem(Exception):
    """A file that cannot be read as TOML at all."""


@dataclass(frozen=True)
class FileEntries:
    """The valid entries of one file, by kind file name, and the problems found."""

    spec: KindSpec | None
    entries: dict[str, Raw]
    problems: list[str]


def _package_root() -> Traversable:
    return importlib.resources.files("coach.playbooks")


def _parse(source: Source, label: str) -> dict[str, Any]:
    import tomllib  # only when a file is read: the built-in ones come from coach.playbooks.cache

    try:
        text = source.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileProblem(f"{label} is not saved as UTF-8 text, so it cannot be read.") from exc
    except OSError as exc:
        raise FileProblem(f"{label} cannot be opened ({exc.strerror or exc}).") from exc
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        if re.match(r"Cannot (declare|overwrite)", message):
            line = re.search(r"\(at (line \d+)", message)
            where = f" ({line.group(1)})" if line else ""
            raise FileProblem(f"{label}: an entry or field is written twice{where}.") from exc
        found = re.match(r"(.*?) \(at (line \d+, column \d+)\)$", message)
        if found:
            message = f"{found.group(2)}: {found.group(1)}"
        raise FileProblem(f"{label} is not valid TOML ({message}).") from exc


@functools.cache
def load_principles() -> dict[str, str]:
    """The seed principle IDs and our one-line English summary of each."""
    source = _package_root() / PRINCIPLES_FILE
    try:
        data = _parse(source, PRINCIPLES_FILE)
    except FileProblem as exc:
        raise PlaybookError(str(exc)) from exc
    table = data.get("principles")
    if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
        raise PlaybookError(
            f'{PRINCIPLES_FILE}: expected a [principles] table of "ID" = "summary".'
        )
    return dict(table)


def read_file(
    source: Source, label: str, *, builtin: bool, known: dict[str, dict[str, Raw]]
) -> FileEntries:
    """Reads one kind file; ``known`` holds the entries it may override (by kind file name)."""
    name = source.name
    spec = spec_for_file(name.removesuffix(".toml"))
    if spec is None:
        files = ", ".join(f"{s.file}.toml" for s in SPECS)
        return FileEntries(None, {}, [f"{label}: unknown kind of file; name it one of: {files}."])
    try:
        data = _parse(source, label)
    except FileProblem as exc:
        return FileEntries(spec, {}, [str(exc)])
    principles = load_principles()
    entries: dict[str, Raw] = {}
    problems: list[str] = []
    for key, value in data.items():
        found = check_entry(
            spec,
            key,
            value,
            label,
            principles,
            builtin=builtin,
            overrides=key in known.get(spec.file, {}),
        )
        if found:
            problems.extend(found)
        else:
            entries[key] = value
    return FileEntries(spec, entries, problems)


def _kind_files(folder: Source) -> list[Source]:
    if not folder.is_dir():
        return []
    files = [
        f for f in folder.iterdir() if f.name.endswith(".toml") and f.name not in IGNORED_FILES
    ]
    return sorted((f for f in files if f.is_file()), key=lambda f: f.name)


def read_builtin(folder: Source, lang: str) -> dict[str, dict[str, Raw]]:
    """Validated entries of a built-in language folder; any problem raises PlaybookError."""
    merged: dict[str, dict[str, Raw]] = {s.file: {} for s in SPECS}
    problems: list[str] = []
    for source in _kind_files(folder):
        label = f"{lang}/{source.name}"
        result = read_file(source, label, builtin=True, known={})
        problems.extend(result.problems)
        if result.spec is not None:
            problems.extend(_merge_new(merged[result.spec.file], result.entries, label))
    for spec in SPECS:
        missing = [k for k in spec.keys if k not in merged[spec.file]]
        if missing:
            problems.append(f"{lang}/{spec.file}.toml: missing entries: {', '.join(missing)}.")
    if problems:
        raise PlaybookError("Built-in playbook is broken:\n" + "\n".join(problems))
    return merged


@functools.cache
def builtin_entries(lang: str) -> dict[str, dict[str, Raw]]:
    """The validated built-in entries of one language: kind file name -> key -> fields."""
    folder = _package_root() / lang
    return cache.builtin_entries(lang, folder, lambda: read_builtin(folder, lang))


def _merge_new(target: dict[str, Raw], entries: dict[str, Raw], label: str) -> list[str]:
    problems = []
    for key, value in entries.items():
        if key in target:
            problems.append(
                f'{label}, entry "{key}": duplicate key, already given in another file.'
            )
        else:
            target[key] = value
    return problems


def _merge_user(
    base: dict[str, dict[str, Raw]], folder: Path, errors: list[str]
) -> dict[str, dict[str, Raw]]:
    merged = {kind: dict(entries) for kind, entries in base.items()}
    seen: dict[str, dict[str, str]] = {s.file: {} for s in SPECS}
    for source in _kind_files(folder):
        label = str(source)
        result = read_file(source, label, builtin=False, known=base)
        errors.extend(result.problems)
        if result.spec is None:
            continue
        for key, value in result.entries.items():
            earlier = seen[result.spec.file].get(key)
            if earlier:
                errors.append(f'{label}, entry "{key}": duplicate key, already given in {earlier}.')
                continue
            seen[result.spec.file][key] = label
            merged[result.spec.file][key] = {**merged[result.spec.file].get(key, {}), **value}
    return merged


def _build(lang: str, raw: dict[str, dict[str, Raw]], errors: list[str]) -> Playbook:
    built = {s.file: {k: s.build(k, v) for k, v in raw[s.file].items()} for s in SPECS}
    vocabulary = built["vocabulary"]
    months = vocabulary[MONTHS_KEY]
    assert isinstance(months, Months)
    report_words = built["report"][REPORT_KEY]
    assert isinstance(report_words, ReportWords)
    reply_words = built["reply"][REPLY_KEY]
    assert isinstance(reply_words, ReplyTemplates)
    return Playbook(
        lang=lang,
        stages_by_key=built["stages"],  # type: ignore[arg-type]
        root_causes_by_key=built["root_causes"],  # type: ignore[arg-type]
        signs_by_key=built["customer_signs"],  # type: ignore[arg-type]
        decisions_by_key=built["decisions"],  # type: ignore[arg-type]
        safety=built["safety"][SAFETY_KEY],  # type: ignore[arg-type]
        channels_by_key=built["channels"],  # type: ignore[arg-type]
        articles_by_key=built["library"],  # type: ignore[arg-type]
        labels_by_group={k: v for k, v in vocabulary.items() if isinstance(v, LabelGroup)},
        months=months,
        report_words=report_words,
        reply_words=reply_words,
        errors=errors,
    )


def available_languages() -> list[str]:
    """The languages whose built-in folder exists."""
    return [lang for lang in LANGUAGES if (_package_root() / lang).is_dir()]


def load_playbook(lang: str, user_dir: Path | None = None) -> Playbook:
    """The playbook for ``lang`` (unknown or missing -> English), with the owner's files merged in.

    The owner's files live in ``user_dir/<lang>/*.toml``; problems in them are listed in
    ``errors`` in plain words and the built-in content is used for what they broke.
    """
    if lang not in available_languages():
        lang = DEFAULT_LANGUAGE
    base = builtin_entries(lang)
    errors: list[str] = []
    raw = base
    if user_dir is not None:
        folder = Path(user_dir) / lang
        try:
            raw = _merge_user(base, folder, errors)
        except OSError as exc:
            errors.append(
                f"{folder} cannot be read ({exc.strerror or exc}); using the built-in coaching."
            )
    unique = list(dict.fromkeys(errors))
    try:
        return _build(lang, raw, unique)
    except (KeyError, TypeError) as exc:
        unique.append(
            f"The playbook files in {user_dir} could not be combined ({exc}); using the built-in coaching."
        )
        return _build(lang, base, unique)
