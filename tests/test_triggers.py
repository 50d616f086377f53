"""The trigger index and the fast checks that stand in front of slower patterns.

Each fast path must give exactly what the slow check it skips would: these tests compare the two.
"""

from __future__ import annotations

import importlib
import pickle
import sys
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsclean import detect
from newsclean.language import LanguagePack, shipped_languages
from newsclean.triggers import TriggerIndex

TABLES = {
    ("prompts", "app"): ("app", "download"),
    ("prompts", "newsletter"): ("newsletter", "sign up", "inbox"),
    ("legal", "wire"): ("reuters", " ap ", "reporting by"),
    ("credits", "labels"): ("photo", "photograph", "credit"),
}


def _slow(tables: dict[tuple[str, str], tuple[str, ...]], lowered: str) -> set[tuple[str, str]]:
    """What the index replaces: every trigger word looked for one by one."""
    return {key for key, words in tables.items() if any(w in lowered for w in words)}


@pytest.mark.parametrize(
    "text, expected",
    [
        (" download our app ", {("prompts", "app")}),
        (" (reporting by jane doe) ", {("legal", "wire")}),
        (" the ap reported ", {("legal", "wire")}),
        (" a mapped route ", {("prompts", "app")}),  # substrings, as the word-by-word check had
        (" the apex court ", set()),
        (" photograph: reuters ", {("credits", "labels"), ("legal", "wire")}),
        (" the mayor spoke on monday. ", set()),
        ("", set()),
    ],
)
def test_keys_are_the_tables_with_a_trigger_word(text: str, expected: set[tuple[str, str]]) -> None:
    index = TriggerIndex(TABLES)
    assert index.keys(text) == expected == _slow(TABLES, text)


def test_overlapping_words_each_count() -> None:
    # "photograph" contains "photo": both belong to a table, and a word of another table inside.
    index = TriggerIndex(
        {("a", "x"): ("photograph",), ("b", "y"): ("photo",), ("c", "z"): ("graph",)}
    )
    assert index.keys(" photograph ") == {("a", "x"), ("b", "y"), ("c", "z")}


def test_a_table_with_an_empty_word_is_always_reported() -> None:
    index = TriggerIndex({("a", "x"): ("",), ("b", "y"): ("cookie",)})
    assert index.keys(" nothing here ") == {("a", "x")}
    assert index.any(" nothing here ", [("a", "x")])
    assert not index.any(" nothing here ", [("b", "y")])


def test_an_index_without_words_reports_nothing() -> None:
    assert TriggerIndex({}).keys(" anything ") == frozenset()


def test_the_last_answer_is_not_given_for_another_text() -> None:
    index = TriggerIndex(TABLES)
    assert index.keys(" download our app ") == {("prompts", "app")}
    assert index.keys(" download our app!") == {("prompts", "app")}
    assert index.keys(" sign up today ") == {("prompts", "newsletter")}
    assert index.keys(" download our app ") == {("prompts", "app")}


def test_an_index_pickles_and_still_works() -> None:
    index = pickle.loads(pickle.dumps(TriggerIndex(TABLES)))
    assert index.keys(" sign up for our newsletter ") == {("prompts", "newsletter")}


_WORDS = st.text(alphabet="abc ", min_size=0, max_size=4)


@given(
    tables=st.dictionaries(
        st.tuples(st.sampled_from("st"), st.sampled_from("uvw")),
        st.lists(_WORDS, min_size=1, max_size=4).map(tuple),
        max_size=5,
    ),
    text=st.text(alphabet="abc ", max_size=40),
)
def test_the_index_agrees_with_the_word_by_word_check(
    tables: dict[tuple[str, str], tuple[str, ...]], text: str
) -> None:
    index = TriggerIndex(tables)
    assert index.keys(text) == _slow(tables, text)


@given(
    tables=st.dictionaries(
        st.tuples(st.sampled_from("st"), st.sampled_from("uvw")),
        st.lists(_WORDS, min_size=1, max_size=4).map(tuple),
        max_size=5,
    ),
    texts=st.lists(st.text(alphabet="abc \x00", max_size=12), max_size=5),
)
def test_one_scan_of_several_texts_agrees_with_each_alone(
    tables: dict[tuple[str, str], tuple[str, ...]], texts: list[str]
) -> None:
    # The texts are scanned joined by a NUL character, which no word holds; a text may hold one.
    index = TriggerIndex(tables, wildcards="c", wildcard_tables=list(tables)[:1])
    assert index.keys_of_each(texts) == [index.keys(text) for text in texts]


@pytest.mark.parametrize("code", shipped_languages())
def test_every_shipped_pack_indexes_its_trigger_words(code: str) -> None:
    pack = LanguagePack.load(code)
    tables = {
        (section, key): words
        for section, table in pack.data.items()
        if isinstance(table, dict)
        for key, words in table.get("triggers", {}).items()
    }
    assert tables, f"{code}: no trigger words"
    for key, words in tables.items():
        for word in words:
            if word:
                assert key in pack.trigger_index.keys(f" x {word} y "), (code, key, word)


# --- the printable-text shortcuts --------------------------------------------------------------
# (the package exports a function called normalize, which hides the module's name)
normalize = importlib.import_module("newsclean.normalize")


def _printable_matches(search: Callable[[str], object], skip: str = "") -> list[str]:
    """The printable characters that ``search`` (a pattern's search) matches, but ``skip``."""
    return [
        c
        for c in map(chr, range(sys.maxunicode + 1))
        if c not in skip and search(c) is not None and c.isprintable()
    ]


def test_every_odd_character_the_normalisers_replace_is_unprintable() -> None:
    # clean_characters and squeeze_spaces skip their patterns on printable text (line breaks
    # aside): that is only right if no character they act on is printable.
    assert _printable_matches(normalize._ANY_ODD_CHARACTER.search, "\n") == []
    assert _printable_matches(normalize._ODD_SPACE.search, "\n") == []


def test_every_character_cld2_rejects_is_unprintable() -> None:
    assert _printable_matches(detect._UNREADABLE.search, "\n") == []


# The plain statement of a mojibake sequence, which normalize._MOJIBAKE finds faster.
_MOJIBAKE_PLAIN = normalize.re.compile(
    f"[\u00c2-\u00df]{normalize._CONTINUATION}|[\u00e0-\u00ef]{normalize._CONTINUATION}{{2}}"
    f"|[\u00f0-\u00f4]{normalize._CONTINUATION}{{3}}"
)


@given(st.text(alphabet="aé Ã©â€™ð\u0178\u2122\u00c2\u00df\u00f4\u00bf\u0080", max_size=30))
def test_the_mojibake_pattern_finds_what_the_plain_one_does(text: str) -> None:
    fast, plain = normalize._MOJIBAKE.search(text), _MOJIBAKE_PLAIN.search(text)
    assert (fast and fast.span()) == (plain and plain.span())
