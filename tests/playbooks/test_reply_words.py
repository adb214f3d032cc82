"""The reply's templates live in each language's reply.toml, checked like the rest of the playbook."""

from __future__ import annotations

import re
import shutil
from importlib.resources import files
from pathlib import Path

import pytest

from coach.playbooks import PlaybookError, load_playbook, load_principles
from coach.playbooks.loader import read_builtin
from coach.playbooks.reply_words import REPLY_PARTS
from coach.system.paths import user_playbooks_dir
from coach.text.languages import LANGUAGES

PLAYBOOKS = Path(str(files("coach.playbooks")))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_gives_every_part_with_its_placeholders(lang: str) -> None:
    book = load_playbook(lang)
    assert set(book.reply_words.texts) == set(REPLY_PARTS)
    for part, names in REPLY_PARTS.items():
        text = book.reply_template(part)
        assert text.strip() and sorted(re.findall(r"\{(\w+)\}", text)) == sorted(names), part
    assert book.reply_words.sources
    assert set(book.reply_words.sources) <= set(load_principles())


@pytest.fixture
def broken_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "ar"
    shutil.copytree(PLAYBOOKS / "ar", folder)
    return folder


def test_a_missing_part_or_file_is_refused_naming_file_and_key(broken_copy: Path) -> None:
    path = broken_copy / "reply.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"(?m)^follow_up = .*\n", "", text), encoding="utf-8")
    with pytest.raises(PlaybookError) as raised:
        read_builtin(broken_copy, "ar")
    assert 'ar/reply.toml, entry "reply": the field "follow_up" is missing.' in str(raised.value)
    path.unlink()
    with pytest.raises(PlaybookError) as raised:
        read_builtin(broken_copy, "ar")
    assert "ar/reply.toml: missing entries: reply." in str(raised.value)


def test_a_lost_or_unknown_placeholder_is_refused(broken_copy: Path) -> None:
    path = broken_copy / "reply.toml"
    text = path.read_text(encoding="utf-8").replace("{name}", "{customer}")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PlaybookError) as raised:
        read_builtin(broken_copy, "ar")
    message = str(raised.value)
    assert (
        'ar/reply.toml, entry "reply", field "greeting": keep {name} in the text; the reply'
        in message
    )
    assert (
        '"greeting": {customer} is not something the reply fills in (it can fill in: {name})'
        in message
    )


def test_the_owner_may_reword_the_reply(data_dir: Path) -> None:
    folder = user_playbooks_dir(data_dir) / "en"
    folder.mkdir(parents=True)
    (folder / "reply.toml").write_text('[reply]\ngreeting = "Dear {name},"\n', encoding="utf-8")
    book = load_playbook("en", user_playbooks_dir(data_dir))
    assert book.errors == []
    assert book.reply_template("greeting") == "Dear {name},"
    assert book.reply_template("closing") == "Thank you for your patience,\n{signature}"


def test_a_mistake_in_the_owners_reply_is_named_and_the_built_in_kept(data_dir: Path) -> None:
    folder = user_playbooks_dir(data_dir) / "en"
    folder.mkdir(parents=True)
    path = folder / "reply.toml"
    path.write_text('[reply]\ndate = "Soon."\n', encoding="utf-8")
    book = load_playbook("en", user_playbooks_dir(data_dir))
    assert book.reply_template("date").startswith("It will be done by {date}.")
    assert book.errors == [
        f'{path}, entry "reply", field "date": keep {{date}} in the text; the reply puts its '
        "value there."
    ]
