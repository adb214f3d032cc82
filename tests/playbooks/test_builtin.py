"""The built-in English content: complete, well formed, and loud when broken."""

from __future__ import annotations

import shutil
from importlib.resources import files
from pathlib import Path

import pytest

from coach.complaints.vocabulary import CUSTOMER_SIGNS, ROOT_CAUSES, STAGES
from coach.playbooks import CHANNEL_TIPS, DECISIONS, PlaybookError, load_playbook
from coach.playbooks.loader import read_builtin

EN = Path(str(files("coach.playbooks") / "en"))
LIBRARY_TOPICS = (
    "complaints_are_a_gift",
    "three_reasons",
    "measuring_service",
    "bad_service",
    "silent_majority",
    "caring_for_staff",
    "ideal_customer",
    "honest_design",
    "reach_a_human",
)


def test_every_stage_coaches_with_goal_checklist_tips_and_phrases() -> None:
    pb = load_playbook("en")
    assert [s.key for s in pb.stages()] == list(STAGES)
    for stage in pb.stages():
        assert stage.goal
        assert 3 <= len(stage.checklist) <= 6, stage.key
        assert 2 <= len(stage.tips) <= 4, stage.key
        assert stage.say
        assert stage.avoid
        for avoid in stage.avoid:
            assert avoid.reason and avoid.better and avoid.better != avoid.phrase


def test_every_vocabulary_key_has_its_entry() -> None:
    pb = load_playbook("en")
    assert [c.key for c in pb.root_causes()] == list(ROOT_CAUSES)
    assert all(c.fix for c in pb.root_causes())
    assert [s.key for s in pb.signs()] == list(CUSTOMER_SIGNS)
    assert [d.key for d in pb.decisions()] == list(DECISIONS)
    assert [c.key for c in pb.channels()] == list(CHANNEL_TIPS)
    assert pb.safety.steps
    assert pb.root_cause("nonsense") is None and pb.sign("nonsense") is None


def test_library_covers_the_promised_topics() -> None:
    keys = {a.key for a in load_playbook("en").library()}
    assert set(LIBRARY_TOPICS) <= keys


def test_seed_figures_carry_over() -> None:
    pb = load_playbook("en")
    text = " ".join(a.body for a in pb.library())
    for figure in ("26", "46%", "24–48", "CSAT", "CES", "NPS"):
        assert figure in text


def test_phone_tips_say_to_ask_for_time_and_call_back() -> None:
    tips = " ".join(load_playbook("en").channel("phone").tips).lower()
    assert "call back" in tips and "time" in tips


def test_complaint_channels_map_to_tips() -> None:
    pb = load_playbook("en")
    assert pb.channel("email").key == "messages"
    assert pb.channel("online_review").key == "online_reviews"
    assert pb.channel("other") is None


def test_loading_is_fast() -> None:
    import time

    load_playbook("en")
    start = time.perf_counter()
    for _ in range(20):
        load_playbook("en")
    assert (time.perf_counter() - start) / 20 < 0.01


@pytest.fixture
def broken_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "en"
    shutil.copytree(EN, folder)
    return folder


def test_a_broken_builtin_file_raises_naming_file_entry_and_field(broken_copy: Path) -> None:
    path = broken_copy / "decisions.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\n[part_ways2]\ntitle = 1\n")
    with pytest.raises(PlaybookError) as raised:
        read_builtin(broken_copy, "en")
    assert 'en/decisions.toml, entry "part_ways2"' in str(raised.value)


def test_builtin_entries_must_cite_principles(broken_copy: Path) -> None:
    path = broken_copy / "safety.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text("\n".join(ln for ln in text.splitlines() if not ln.startswith("sources")))
    with pytest.raises(PlaybookError, match=r'en/safety.toml, entry "safety": the field "sources"'):
        read_builtin(broken_copy, "en")


def test_a_missing_builtin_entry_raises(broken_copy: Path) -> None:
    (broken_copy / "channels.toml").unlink()
    with pytest.raises(PlaybookError, match="channels.toml: missing entries: in_person"):
        read_builtin(broken_copy, "en")


def test_the_intact_copy_loads_and_the_tone_file_is_ignored(broken_copy: Path) -> None:
    (broken_copy / "tone.toml").write_text("[[rule]]\nid = 'x'\n", encoding="utf-8")
    assert set(read_builtin(broken_copy, "en")["stages"]) == set(STAGES)
