"""The English rule pack: it loads, its patterns compile, and its speed gates are consistent."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import ConfigError, LanguagePack, Pipeline
from newsclean.language import read_toml

EN = LanguagePack.load("en")
PACK_FILE = newsclean.__path__[0] + "/data/en.toml"


def gated_tables():
    data = read_toml(PACK_FILE)
    for section, table in data.items():
        for key, words in table.get("triggers", {}).items() if isinstance(table, dict) else ():
            yield section, key, words, table["patterns"][key]


@pytest.mark.parametrize(
    ("section", "key", "triggers", "patterns"),
    list(gated_tables()),
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_every_pattern_contains_one_of_its_triggers(section, key, triggers, patterns):
    """A pattern is tried only on lines with a trigger word, so each must contain one."""
    for pattern in patterns:
        assert any(t.strip() in pattern.lower() for t in triggers), (section, key, pattern)


def test_trigger_gate_skips_lines_without_triggers_and_keeps_matches():
    assert EN.search("prompts", "cookie", "We use cookies on this site") is not None
    assert EN.search("prompts", "cookie", "The harbour reopened on Friday.") is None


def test_every_pattern_table_compiles_and_matches_nothing_empty():
    data = read_toml(PACK_FILE)
    for section, table in data.items():
        for key in table.get("patterns", {}) if isinstance(table, dict) else ():
            assert EN.pattern(section, key).fullmatch("") is None, (section, key)


def test_missing_tables_match_nothing():
    assert EN.pattern("nosuch", "table").search("anything") is None
    assert EN.words("nosuch", "list") == ()


def test_a_language_is_data_only(tmp_path):
    """A new pack is a TOML file: the same filters run with its words (here: a toy language)."""
    path = tmp_path / "xx.toml"
    path.write_text(
        '[language]\ncode = "xx"\nstopwords = ["le", "la"]\n\n'
        '[prompts.triggers]\nnewsletter = ["abonnez"]\n\n'
        '[prompts.patterns]\nnewsletter = ["abonnez-vous"]\n'
    )
    pack = LanguagePack.from_file(path)
    pipeline = Pipeline.from_names(["prompts"], language="xx", pack=pack)
    article = pipeline.clean("Abonnez-vous !\n\nLe maire a inauguré la nouvelle école du village.")
    assert article.body == ("Le maire a inauguré la nouvelle école du village.",)
    assert article.removed[0].reason == "newsletter_prompt"
    assert article.language == "xx"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[language]\n", "code is missing"),
        ('[language]\ncode = "xx"\n[a.patterns]\nb = ["("]\n', "bad pattern"),
    ],
)
def test_bad_packs_fail_clearly(tmp_path, content, message):
    path = tmp_path / "bad.toml"
    path.write_text(content)
    with pytest.raises(ConfigError, match=message):
        LanguagePack.from_file(path)
