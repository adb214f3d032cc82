"""The language registry is the one list of languages, and each language has what it needs."""

from __future__ import annotations

import ast
from importlib.resources import files
from pathlib import Path

import pytest

from coach.playbooks import load_playbook
from coach.text.languages import (
    LANGUAGES,
    SOURCE_LANGUAGE,
    TRANSLATED_LANGUAGES,
    fonts_for_direction,
    is_rtl,
    known_or_default,
    language,
    languages,
)
from coach.text.localise import DIGIT_SETS
from coach.text.periods import CALENDARS

ROOT = Path(__file__).resolve().parents[2]
REGISTRY = ROOT / "coach" / "text" / "languages.py"
BUNDLED_FAMILIES = {"Noto Sans", "Noto Sans Arabic"}


def test_each_language_once_with_its_name_direction_digits_calendar_and_fonts() -> None:
    assert LANGUAGES == ("en", "ar", "fa")
    assert [lang.name for lang in languages()] == ["English", "العربية", "فارسی"]
    assert [lang.direction for lang in languages()] == ["ltr", "rtl", "rtl"]
    assert [lang.digits for lang in languages()] == ["latin", "arabic", "persian"]
    assert [lang.calendar for lang in languages()] == ["gregorian", "gregorian", "jalali"]
    assert language("fa").fonts[0] == "Noto Sans Arabic"
    assert language("en").fonts[0] == "Noto Sans"
    for lang in languages():
        assert lang.digits in DIGIT_SETS and lang.calendar in CALENDARS
        assert set(lang.fonts) <= BUNDLED_FAMILIES and lang.fonts
        assert lang.locale.startswith(lang.code + "_")


def test_font_order_of_each_direction_comes_from_the_registry() -> None:
    assert fonts_for_direction(False) == ("Noto Sans", "Noto Sans Arabic")
    assert fonts_for_direction(True) == ("Noto Sans Arabic", "Noto Sans")
    for lang in languages():
        assert fonts_for_direction(lang.rtl)[0] == lang.fonts[0]
        assert set(lang.fonts) <= set(fonts_for_direction(not lang.rtl))


def test_right_to_left_and_unknown_codes() -> None:
    assert is_rtl("ar") and is_rtl("fa") and not is_rtl("en") and not is_rtl("de")
    assert language("de") is language(SOURCE_LANGUAGE)
    assert known_or_default("fa") == "fa" and known_or_default("de") == SOURCE_LANGUAGE
    assert known_or_default(None) == SOURCE_LANGUAGE
    assert language("ar").locale_for("latin") == "ar_AE"
    assert language("ar").locale_for(None) == "ar_SA"


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_has_a_playbook_tone_rules_and_a_catalogue(code: str) -> None:
    """What the registry's docstring says adding a language takes."""
    playbooks = Path(str(files("coach.playbooks")))
    names = sorted(path.name for path in (playbooks / code).glob("*.toml"))
    assert names == sorted(path.name for path in (playbooks / SOURCE_LANGUAGE).glob("*.toml"))
    assert {"vocabulary.toml", "report.toml", "tone.toml"} <= set(names)
    assert load_playbook(code).lang == code
    catalogue = ROOT / "assets" / "translations" / f"coach_{code}.ts"
    assert catalogue.is_file() == (code in TRANSLATED_LANGUAGES)


def literal_code_lists(path: Path) -> list[str]:
    """Tuples, lists and sets written out in ``path`` that name both "ar" and "fa"."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Tuple | ast.List | ast.Set):
            codes = {
                item.value
                for item in node.elts
                if isinstance(item, ast.Constant) and isinstance(item.value, str)
            }
            if {"ar", "fa"} <= codes:
                where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
                found.append(f"{where}:{node.lineno}")
    return found


def test_the_registry_is_the_only_list_of_languages() -> None:
    sources = [*(ROOT / "coach").rglob("*.py"), *(ROOT / "scripts").rglob("*.py")]
    sources.append(ROOT / "build.spec")
    offenders = [
        where for path in sorted(sources) if path != REGISTRY for where in literal_code_lists(path)
    ]
    assert offenders == []


def test_the_check_sees_a_written_out_list(tmp_path: Path) -> None:
    module = tmp_path / "languages_again.py"
    module.write_text(
        'LANGS = ("en", "ar", "fa")\nRTL = {"ar", "fa"}\nPAIR = ("en", "fa")\n', encoding="utf-8"
    )
    assert literal_code_lists(module) == [f"{module}:1", f"{module}:2"]
