"""The owner's own playbook files: additions, overrides and every kind of mistake in them."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.playbooks import load_playbook
from coach.system.paths import user_playbooks_dir


def write(user_dir: Path, name: str, text: str, lang: str = "en") -> Path:
    folder = user_dir / lang
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def user_dir(data_dir: Path) -> Path:
    return user_playbooks_dir(data_dir)


def test_no_user_folder_gives_builtin_content_without_errors(user_dir: Path) -> None:
    pb = load_playbook("en", user_dir)
    assert pb.errors == []
    assert pb.stage("listen").title == "Listen"


def test_owner_overrides_a_field_and_keeps_the_rest(user_dir: Path) -> None:
    builtin = load_playbook("en").stage("resolve")
    write(user_dir, "stages.toml", '[resolve]\ntips = ["Offer a free coffee while we fix it."]\n')
    pb = load_playbook("en", user_dir)
    stage = pb.stage("resolve")
    assert pb.errors == []
    assert stage.tips == ["Offer a free coffee while we fix it."]
    assert stage.checklist == builtin.checklist
    assert stage.sources == builtin.sources


def test_owner_adds_an_article_and_a_cause_of_their_own(user_dir: Path) -> None:
    write(
        user_dir,
        "library-cafe.toml",
        '[cold_coffee]\ntitle = "Cold coffee"\nsummary = "Reheat, never argue."\n'
        'body = "Make a fresh cup at once."\n',
    )
    write(
        user_dir,
        "root_causes.toml",
        '[milk_ran_out]\nlabel = "Milk ran out"\nlooks_like = "No milk for lattes."\n'
        'confirm = "Check the fridge log."\nfix = ["Order milk on Thursdays."]\n',
    )
    pb = load_playbook("en", user_dir)
    assert pb.errors == []
    assert pb.library()[-1].title == "Cold coffee"
    assert pb.root_cause("milk_ran_out").fix == ["Order milk on Thursdays."]
    assert pb.root_causes()[-1].key == "milk_ran_out"
    assert pb.root_causes()[0].key == "expectation_gap"


def test_tone_file_is_left_to_the_tone_check(user_dir: Path) -> None:
    write(user_dir, "tone.toml", "[whatever]\nanything = 1\n")
    assert load_playbook("en", user_dir).errors == []


def test_unknown_language_falls_back_to_english(user_dir: Path) -> None:
    pb = load_playbook("xx", user_dir)
    assert pb.lang == "en"
    assert pb.stage("listen").title == "Listen"


def test_broken_toml_keeps_builtin_content_and_names_file_and_line(user_dir: Path) -> None:
    path = write(user_dir, "stages.toml", '[listen]\ntitle = "Hear them out"\ngoal = \n')
    pb = load_playbook("en", user_dir)
    assert pb.stage("listen").title == "Listen"
    assert len(pb.errors) == 1
    assert str(path) in pb.errors[0]
    assert "line 3" in pb.errors[0]


def test_one_bad_entry_does_not_spoil_the_good_ones(user_dir: Path) -> None:
    write(
        user_dir,
        "stages.toml",
        '[listen]\ntitle = "Hear them out"\n\n[clarify]\ntips = 3\n',
    )
    pb = load_playbook("en", user_dir)
    assert pb.stage("listen").title == "Hear them out"
    assert pb.stage("clarify").tips == load_playbook("en").stage("clarify").tips
    assert len(pb.errors) == 1


def test_same_error_is_listed_once(user_dir: Path) -> None:
    write(user_dir, "stages.toml", "[listen]\ntips = 3\n")
    write(user_dir, "stages-more.toml", "[listen]\ntips = 3\n")
    pb = load_playbook("en", user_dir)
    assert len([e for e in pb.errors if "stages.toml" in e]) == 1


ERROR_CASES = [
    pytest.param(
        "library.toml",
        '[my_article]\ntitle = "T"\nsummary = "S"\n',
        ['entry "my_article"', '"body"', "missing"],
        id="missing-field",
    ),
    pytest.param(
        "stages.toml",
        "[clarify]\ntips = 3\n",
        ['entry "clarify"', 'field "tips"', "list of texts", "not a number"],
        id="wrong-type",
    ),
    pytest.param(
        "stages.toml",
        '[listen]\ntips = ["ok", 5]\n',
        ['field "tips"', "item 2", "not a number"],
        id="wrong-item-type",
    ),
    pytest.param(
        "tipps.toml",
        '[listen]\ntitle = "x"\n',
        ["unknown kind", "stages.toml"],
        id="unknown-kind",
    ),
    pytest.param(
        "stages.toml",
        '[listen]\ntitel = "Hear"\n',
        ['entry "listen"', 'unknown field "titel"', "title"],
        id="unknown-field",
    ),
    pytest.param(
        "stages.toml",
        '[listen]\nsources = ["009:Z9"]\n',
        ['entry "listen"', 'field "sources"', 'unknown principle ID "009:Z9"'],
        id="unknown-principle",
    ),
    pytest.param(
        "customer_signs.toml",
        '[rude]\nlabel = "Rude"\nlooks_like = "x"\nwhat_to_do = "y"\n',
        ['entry "rude"', "not a known customer sign key", "late_payment"],
        id="unknown-vocabulary-key",
    ),
    pytest.param(
        "stages.toml",
        '[listen]\n[[listen.checklist]]\nkey = "a"\ntext = "A"\n[[listen.checklist]]\nkey = "a"\ntext = "B"\n',
        ['entry "listen"', 'field "checklist"', "item 2", 'duplicate item key "a"'],
        id="duplicate-item-key",
    ),
    pytest.param(
        "stages.toml",
        '[listen]\ntitle = "A"\n[listen]\ntitle = "B"\n',
        ["written twice", "line 3"],
        id="duplicate-table",
    ),
    pytest.param(
        "stages.toml",
        '[listen]\ntitle = "unterminated\n',
        ["not valid TOML", "line 2"],
        id="syntax-error",
    ),
    pytest.param(
        "decisions.toml",
        '[part_ways]\nsteps = [{ text = "x" }]\n',
        ['entry "part_ways"', 'field "steps"', "item 1", "not a table"],
        id="table-in-text-list",
    ),
    pytest.param(
        "stages.toml",
        '[listen]\n[[listen.avoid]]\nphrase = "Calm down"\nreason = "Rude"\n',
        ['field "avoid"', "item 1", '"better"'],
        id="avoid-missing-better",
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), ERROR_CASES)
def test_each_mistake_is_named_in_words(
    user_dir: Path, name: str, text: str, expected: list[str]
) -> None:
    path = write(user_dir, name, text)
    pb = load_playbook("en", user_dir)
    assert len(pb.errors) == 1, pb.errors
    message = pb.errors[0]
    assert str(path) in message
    for part in expected:
        assert part in message
    assert pb.stage("listen").title == "Listen"
    assert len(pb.signs()) == 10


def test_duplicate_key_across_files_is_reported(user_dir: Path) -> None:
    article = '[tip]\ntitle = "T"\nsummary = "S"\nbody = "B"\n'
    write(user_dir, "library.toml", article)
    second = write(user_dir, "library-more.toml", article)
    pb = load_playbook("en", user_dir)
    assert len(pb.errors) == 1
    assert str(second) in pb.errors[0] and "duplicate key" in pb.errors[0]
    assert pb.article("tip") is not None


def test_file_not_in_utf8_is_reported(user_dir: Path) -> None:
    folder = user_dir / "en"
    folder.mkdir(parents=True)
    (folder / "stages.toml").write_bytes('[listen]\ntitle = "é"\n'.encode("utf-16"))
    pb = load_playbook("en", user_dir)
    assert "UTF-8" in pb.errors[0]
    assert pb.stage("listen").title == "Listen"
