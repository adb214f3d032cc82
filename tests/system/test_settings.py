"""The owner's settings: natural defaults, persistence, and refusing what makes no sense."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coach.system.paths import settings_path
from coach.system.settings import SETTINGS, Settings, system_language


@pytest.fixture
def system_locale(monkeypatch: pytest.MonkeyPatch):
    def set_locale(value: str) -> None:
        for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("LANG", value)

    return set_locale


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fa_IR.UTF-8", "fa"),
        ("ar_JO.UTF-8", "ar"),
        ("en_GB.UTF-8", "en"),
        ("de_DE.UTF-8", "en"),
        ("C.UTF-8", "en"),
    ],
)
def test_system_language(system_locale, lang: str, expected: str) -> None:
    system_locale(lang)
    assert system_language() == expected


def test_lc_all_overrides_lang(system_locale, monkeypatch: pytest.MonkeyPatch) -> None:
    system_locale("de_DE.UTF-8")
    monkeypatch.setenv("LC_ALL", "ar_SA.UTF-8")
    assert system_language() == "ar"


def test_language_defaults_to_the_system_one(system_locale, data_dir: Path) -> None:
    system_locale("fa_IR.UTF-8")
    settings = Settings.load(data_dir)
    assert (settings.language, settings.calendar, settings.digits) == ("fa", "jalali", "persian")


@pytest.mark.parametrize(
    ("lang", "calendar", "digits"),
    [("en", "gregorian", "latin"), ("ar", "gregorian", "arabic"), ("fa", "jalali", "persian")],
)
def test_defaults_follow_the_language(lang: str, calendar: str, digits: str) -> None:
    settings = Settings(None, {"language": lang})
    assert (settings.calendar, settings.digits) == (calendar, digits)
    assert settings.paper_size == "a4"
    assert settings.business_name == ""


def test_an_explicit_choice_outlives_a_language_change() -> None:
    settings = Settings(None, {"language": "fa", "calendar": "gregorian"})
    settings.set("language", "ar")
    assert settings.calendar == "gregorian"
    assert settings.digits == "arabic", "unchosen digits follow the new language"
    settings.reset("calendar")
    settings.set("language", "fa")
    assert settings.calendar == "jalali"


def test_settings_survive_a_restart(data_dir: Path) -> None:
    settings = Settings.load(data_dir)
    settings.set("language", "fa")
    settings.set("business_name", "کتاب‌فروشی نو")
    settings.set("paper_size", "letter")
    settings.save()
    again = Settings.load(data_dir)
    assert again.language == "fa"
    assert again.business_name == "کتاب‌فروشی نو", "ZWNJ kept"
    assert again.paper_size == "letter"
    text = settings_path(data_dir).read_text(encoding="utf-8")
    assert "کتاب‌فروشی" in text, "readable UTF-8, not escapes"
    assert [p.name for p in data_dir.iterdir() if p.suffix == ".tmp"] == []


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("language", "de"),
        ("calendar", "hijri"),
        ("digits", "roman"),
        ("paper_size", "a3"),
        ("business_name", 42),
        ("colour", "blue"),
    ],
)
def test_invalid_values_are_refused_in_words(key: str, value: object) -> None:
    settings = Settings(None, {"language": "en"})
    with pytest.raises(ValueError, match="is not a valid value for the setting"):
        settings.set(key, value)
    if key != "colour":
        assert settings.get(key) == Settings(None, {"language": "en"}).get(key)


def test_invalid_stored_values_are_ignored(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    stored = {"language": "ar", "calendar": "hijri", "digits": 3, "paper_size": "letter", "x": 1}
    settings_path(data_dir).write_text(json.dumps(stored), encoding="utf-8")
    settings = Settings.load(data_dir)
    assert settings.language == "ar"
    assert settings.calendar == "gregorian"
    assert settings.digits == "arabic"
    assert settings.paper_size == "letter"


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", ""])
def test_an_unreadable_file_gives_the_defaults(system_locale, data_dir: Path, content: str) -> None:
    system_locale("ar_SA.UTF-8")
    data_dir.mkdir(parents=True)
    settings_path(data_dir).write_text(content, encoding="utf-8")
    settings = Settings.load(data_dir)
    assert (settings.language, settings.digits) == ("ar", "arabic")


def test_unknown_key_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        Settings().get("colour")


def test_every_setting_has_a_label_and_a_valid_default() -> None:
    settings = Settings(None, {"language": "fa"})
    for setting in SETTINGS:
        assert setting.label
        value = settings.get(setting.key)
        assert isinstance(value, setting.type)
        assert not setting.choices or value in setting.choices


def test_a_session_language_moves_the_unset_defaults_without_saving(tmp_path: Path) -> None:
    settings = Settings(tmp_path, {"language": "en"})
    settings.use_language("fa")
    assert (settings.language, settings.calendar, settings.digits) == ("fa", "jalali", "persian")
    settings.save()
    assert Settings.load(tmp_path).language == "en"
