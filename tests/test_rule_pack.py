"""The rule packs: every shipped pack loads, has the tables English has, its patterns compile and
contain their trigger words; a new language is a data file."""

from __future__ import annotations

from importlib import resources

import pytest

from newsclean import ConfigError, LanguagePack, Pipeline, shipped_languages
from newsclean.language import merge_rules, read_toml

EN = LanguagePack.load("en")
PACKS = shipped_languages()
DATA = resources.files("newsclean").joinpath("data")
COMMON = read_toml(str(DATA.joinpath("common.toml")))


def raw(code: str) -> dict:
    return read_toml(str(DATA.joinpath(f"{code}.toml")))


def keys(table: dict, prefix: str = "") -> set[str]:
    """Every key path of a pack's tables, except month and zone names (words of each language)."""
    out = set()
    for key, value in table.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict) and path not in ("dates.months", "dates.zone_names"):
            out |= keys(value, f"{path}.")
        else:
            out.add(path)
    return out


def gated_tables():
    for code in PACKS:
        data = merge_rules(COMMON, raw(code))
        for section, table in data.items():
            for key, words in table.get("triggers", {}).items() if isinstance(table, dict) else ():
                yield code, section, key, words, table["patterns"][key]


def test_the_six_languages_are_shipped():
    assert {"en", "de", "fr", "es", "it", "pt"} <= set(PACKS)


@pytest.mark.parametrize("code", PACKS)
def test_every_pack_has_the_tables_and_keys_of_the_english_pack(code):
    assert keys(raw(code)) == keys(raw("en"))
    assert raw(code)["language"]["code"] == code


@pytest.mark.parametrize("code", PACKS)
def test_every_pack_names_all_twelve_months(code):
    months = raw(code)["dates"]["months"]
    assert set(months.values()) == set(range(1, 13))
    assert all(name == name.lower() for name in months)


@pytest.mark.parametrize(
    ("code", "section", "key", "triggers", "patterns"),
    list(gated_tables()),
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_every_pattern_contains_one_of_its_triggers(code, section, key, triggers, patterns):
    """A pattern is tried only on lines with a trigger word, so each must contain one; a trigger is
    lowercase and has no apostrophe (the line's may be curly)."""
    for pattern in patterns:
        plain = pattern.lower().replace("\\", "")  # "\\(c\\)" holds the trigger "(c)"
        assert any(t.strip() in plain for t in triggers), (code, section, key, pattern)
    for trigger in triggers:
        assert trigger == trigger.lower() and "'" not in trigger, (code, trigger)


@pytest.mark.parametrize("code", PACKS)
def test_every_pattern_table_compiles_and_matches_nothing_empty(code):
    pack = LanguagePack.load(code)
    for section, table in merge_rules(COMMON, raw(code)).items():
        for key in table.get("patterns", {}) if isinstance(table, dict) else ():
            assert pack.pattern(section, key).fullmatch("") is None, (code, section, key)


def test_trigger_gate_skips_lines_without_triggers_and_keeps_matches():
    assert EN.search("prompts", "cookie", "We use cookies on this site") is not None
    assert EN.search("prompts", "cookie", "The harbour reopened on Friday.") is None


def test_missing_tables_match_nothing():
    assert EN.pattern("nosuch", "table").search("anything") is None
    assert EN.words("nosuch", "list") == ()


def test_every_pack_includes_the_common_rules():
    for code in PACKS:
        pack = LanguagePack.load(code)
        assert pack.search("legal", "copyright", "© 2021 Kellsbury Echo") is not None, code
        assert "Getty Images" in pack.words("credits", "agencies"), code
    assert LanguagePack.fallback("ru").search("legal", "copyright", "© 2021 Echo") is not None


def test_a_language_is_data_only(tmp_path):
    """A new pack is a TOML file: the same filters run with its words (here: a toy language)."""
    path = tmp_path / "xx.toml"
    path.write_text(
        '[language]\ncode = "xx"\n\n'
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
