"""Required runs and item-by-item matching: the shortcuts must answer exactly as the patterns do.

A table is skipped when a text holds none of its required runs, and a whole-line match tries only
the items whose runs a block holds. Each test compares the shortcut with the plain pattern.
"""

from __future__ import annotations

import sys
from functools import cache

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from newsclean.itemwise import ItemPlan, ItemwiseTable, LineMatcher, plan_items
from newsclean.language import _FLAGS, RUNS, LanguagePack, either_apostrophe, shipped_languages
from newsclean.literals import CASE_ALIASES, LATIN_LETTERS, item_runs, required_runs
from newsclean.normalize import normalize, split_blocks

from .conftest import CORPUS


@pytest.mark.parametrize(
    "item, runs",
    [
        ("all rights reserved\\W*$", {"all rights reserved"}),
        ("Photos?: ", {"photo"}),  # lower case; the optional "s" ends the run
        ("\\d+ min(?:ute)?s? read", {" read"}),  # of two runs, the longer
        ("(?:media|press) (?:contacts?|inquiries)", {"contact", "inquiries"}),
        ("(?:never|don['’]t) miss", {" miss"}),  # the set breaks "don't"; " miss" is longer
        ("(?P<name>about us) page", {"about us"}),
        ("(?-i:Copyright) \\d{4}", {"copyright"}),
        ("(?=image caption)\\w+ credit", {" credit"}),  # a look-ahead holds no text of the match
        ("sign up\\.", {"sign up."}),  # an escaped mark is a plain character
        ("abc{2}defg", {"defg"}),  # "abc" once at least, but "c" need not touch "defg"
    ],
)
def test_runs_of_an_item(item: str, runs: set[str]) -> None:
    assert item_runs(item) == runs


@pytest.mark.parametrize(
    "item",
    [
        "ad",  # too short to be worth looking for
        "(?:foo|ba)r",  # a branch with no run of three characters
        "(?:cookie )?banner|x",  # an item that is itself an alternation with a short branch
        "(?x) cookie banner",  # verbose mode: the spaces are not text
        "(?:cookie){e<=1} banner",  # a fuzzy match may hold neither word exactly
        "(cookie)\\1",  # a back-reference
        "\\x41pple",  # a coded character
        "(?(1)yes|no)",  # a conditional
        "[abc",  # unbalanced
    ],
)
def test_items_the_reader_does_not_follow_give_no_runs(item: str) -> None:
    assert item_runs(item) is None
    assert required_runs(["cookie banner", item]) is None


def test_every_character_a_run_letter_matches_lowers_to_it_or_shows_an_alias() -> None:
    everything = _everything()
    letters = "abcdefghijklmnopqrstuvwxyz" + "".join(sorted(LATIN_LETTERS))
    odd = set()
    for found in set(regex.findall(f"[{letters}]", everything, _FLAGS)):
        for letter in letters:
            if regex.fullmatch(regex.escape(letter), found, _FLAGS) and found.lower() != letter:
                odd.add(found)
                assert any(alias in found.lower() for alias in CASE_ALIASES), (letter, found)
    assert odd == {"ſ", "İ"}
    assert all(not any(a in letter for a in CASE_ALIASES) for letter in letters)


def test_a_symbol_that_stands_as_a_run_matches_only_itself() -> None:
    symbols = {
        run
        for code in shipped_languages()
        for runs in LanguagePack.load(code).pattern_runs.values()
        for run in runs
        if len(run) == 1
    }
    assert {"©", "»", "@"} <= symbols  # "©" and "»" stand alone; "@" is a rare ASCII symbol
    everything = _everything()
    for symbol in symbols:  # its case-ignoring matches, and what lower-cases to it
        assert regex.findall(regex.escape(symbol), everything, _FLAGS) == [symbol]
        assert [c for c in everything if c.lower() == symbol] == [symbol]


def test_a_dotted_capital_i_makes_every_run_table_be_searched() -> None:
    pack = LanguagePack.from_data(
        "xx", {"language": {"code": "xx"}, "prompts": {"patterns": {"newsletter": ["sign up now"]}}}
    )
    text = "SİGN UP NOW"  # "İ" matches "i", but lower-cases to "i" and a combining dot
    assert pack.pattern("prompts", "newsletter").search(text) is not None
    assert "sign up now" not in text.lower()
    assert pack.search("prompts", "newsletter", text) is not None


@cache
def _everything() -> str:
    """Every code point but the surrogates."""
    return "".join(map(chr, (c for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)))


def _corpus_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted(CORPUS.glob("*.txt")):
        lines.extend(b.text for b in split_blocks(normalize(path.read_text(encoding="utf-8"))))
    return lines


LINES = _corpus_lines()


@pytest.mark.parametrize("code", shipped_languages())
def test_a_table_matches_only_lines_that_hold_one_of_its_runs(code: str) -> None:
    pack = LanguagePack.load(code)
    assert pack.pattern_runs, f"{code}: no table has runs"
    matched = 0
    for line in LINES:
        keys = pack.trigger_index.keys(f" {line.lower()} ")
        for (section, key), runs in pack.pattern_runs.items():
            if pack.pattern(section, key).search(line) is not None:
                matched += 1
                assert any(run in line.lower() for run in runs), (section, key, line)
                assert (section, key, RUNS) in keys
                assert pack.may_match(section, key, keys)
    assert matched > 0  # the corpus does exercise the tables


@pytest.mark.parametrize("code", shipped_languages())
def test_itemwise_whole_line_matches_agree_with_the_table(code: str) -> None:
    pack = LanguagePack.load(code)
    assert pack.item_plans, f"{code}: no table is tried item by item"
    for line in LINES:
        keys = pack.trigger_index.keys(f" {line.lower()} ")
        for section, key in pack.item_plans:
            matches = pack.line_matcher(section, key)
            assert matches.split is not None
            for part in (line, line.strip(" .:;!|-–—•·>»«<"), line[: len(line) // 2]):
                whole = pack.pattern(section, key).fullmatch(part) is not None
                assert matches(part, keys) == whole, (section, key, part)
                assert pack.fullmatches(section, key, part, keys) == whole


@pytest.mark.parametrize("code", shipped_languages())
def test_itemwise_searches_find_the_tables_first_match(code: str) -> None:
    pack = LanguagePack.load(code)
    found = 0
    for line in LINES:
        keys = pack.trigger_index.keys(f" {line.lower()} ")
        for (section, key), plan in pack.item_plans.items():
            matches = pack.line_matcher(section, key)
            assert matches.split is not None
            rest = matches.split.rest
            if keys.isdisjoint(k for k, _ in plan.runs) and (rest is None or not rest.search(line)):
                # No item with runs can match (the runs test checks that), nor any without.
                assert matches.search(line, keys) is None
                continue
            for part in (line, line[len(line) // 3 :]):
                whole = pack.pattern(section, key).search(part)
                item = matches.search(part, keys)
                assert (item and item.span()) == (whole and whole.span()), (section, key, part)
                found += whole is not None
    assert found > 0  # the corpus does exercise the tables


@pytest.mark.parametrize(
    "items, text, span",
    [
        (["sign up", "sign up for free"], "Do sign up for free today", (3, 10)),
        (["sign up for free", "sign up"], "Do sign up for free today", (3, 19)),
        (["free today", "sign up", "sign up for free"], "Do sign up for free today", (3, 10)),
        (["ad", "ad banner"], "An ad banner", (3, 5)),  # "ad" has no runs: it is always tried
        (["ad banner", "ad"], "An ad banner", (3, 12)),
        (["^sign up", "sign up"], "Then sign up", (5, 12)),  # "^" is the text's start only
        (["(?<=then )sign up", "up now"], "Then sign up now", (5, 12)),
    ],
)
def test_items_that_match_at_the_same_place_are_taken_in_the_tables_order(
    items: list[str], text: str, span: tuple[int, int]
) -> None:
    plan = _plan(items)
    assert plan is not None
    whole = regex.compile("|".join(f"(?:{i})" for i in items), _FLAGS)
    matcher = LineMatcher(whole, ItemwiseTable.build(plan, _FLAGS))
    every = frozenset(key for key, _ in plan.runs)
    found = matcher.search(text, every)
    assert found is not None and found.span() == span == whole.search(text).span()  # type: ignore[union-attr]
    assert matcher.search(text, frozenset()) is None or plan.rest  # without keys only the rest


@pytest.mark.parametrize("code", ["en", "fr"])
def test_a_search_that_finds_something_had_every_key_the_table_needs(code: str) -> None:
    pack = LanguagePack.load(code)
    tables = sorted({*pack.pattern_runs, *((s, k) for s, k in pack.item_plans)})
    assert any(pack.needs(*table) for table in tables)
    found = 0
    for line in LINES[::3]:
        keys = pack.trigger_index.keys(f" {line.lower()} ")
        for section, key in tables:
            match = pack.search(section, key, line, keys=keys)
            if match is not None:
                found += 1
                assert pack.needs(section, key) <= keys, (section, key, line)
            if pack.pattern(section, key).search(line) is not None:
                assert match is not None, (section, key, line)  # searching keys loses nothing
    assert found > 0


_PIECES = st.sampled_from(
    ["all rights ", "reserved", "Photo", " by ", "ſ", "SIGN UP", " miss ", "—", "İ", "K", "x", " "]
)


@given(st.lists(_PIECES, max_size=8).map("".join))
def test_a_text_with_none_of_the_runs_never_matches(text: str) -> None:
    items = ["all rights reserved\\W*$", "photos? by \\w+", "(?:never|don't) miss out", "sign up"]
    runs = required_runs([either_apostrophe(i) for i in items])
    assert runs is not None
    pattern = regex.compile("|".join(f"(?:{either_apostrophe(i)})" for i in items), _FLAGS)
    lowered = text.lower()
    if not any(run in lowered for run in runs) and not any(c in lowered for c in CASE_ALIASES):
        assert pattern.search(text) is None


def test_a_long_s_makes_every_run_table_be_searched() -> None:
    pack = LanguagePack.from_data(
        "xx", {"language": {"code": "xx"}, "prompts": {"patterns": {"newsletter": ["sign up now"]}}}
    )
    text = "ſign up now"  # the long s matches "s" when case is ignored, but lowers to itself
    assert pack.pattern("prompts", "newsletter").search(text) is not None
    keys = pack.trigger_index.keys(f" {text.lower()} ")
    assert all((*table, RUNS) in keys for table in pack.pattern_runs)
    assert pack.search("prompts", "newsletter", text) is not None
    assert pack.fullmatches("prompts", "newsletter", text, keys)


def _plan(items: list[str]) -> ItemPlan | None:
    return plan_items(("a", "b"), items, regex.compile("|".join(f"(?:{i})" for i in items), _FLAGS))


def test_tables_with_groups_or_global_flags_are_not_split() -> None:
    assert _plan(["(?P<name>about) us", "cookie banner"]) is None
    assert _plan(["(?i)cookie", "banner here"]) is None
    assert _plan(["ad", "(?:a|b)c"]) is None  # no item has runs
    plan = _plan(["cookie banner", "ad"])
    assert plan is not None and plan.rest == ("ad",)
    split = ItemwiseTable.build(plan, _FLAGS)
    assert split.fullmatch("Ad", frozenset())  # the item without runs is always tried
    assert not split.fullmatch("Cookie banner", frozenset())  # its runs are not in the keys
    assert split.fullmatch("Cookie banner", frozenset(split.items))
    whole = regex.compile("(?:cookie banner)|(?:ad)", _FLAGS)
    assert LineMatcher(whole, split).keyless  # "ad" is tried on every line
    assert LineMatcher(whole, None).keyless and not LineMatcher(whole, None).keys
    keyed = _plan(["cookie banner", "sign up now"])
    assert keyed is not None
    matcher = LineMatcher(whole, ItemwiseTable.build(keyed, _FLAGS))
    assert not matcher.keyless and matcher.keys == frozenset(k for k, _ in keyed.runs)
