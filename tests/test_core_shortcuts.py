"""The shortcuts of the core (reading, documents, assembly) give what the plain rule gives."""

from __future__ import annotations

import re
import sys
from itertools import pairwise

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.document import Block, Decision, Document, count_words
from newsclean.normalize import (
    _ODD_SPACE,
    MAX_ROUNDS,
    NORMALIZERS,
    _may_be_mojibake,
    run_normalizers,
    split_blocks,
    squeeze_spaces,
)
from newsclean.pipeline import DEFAULT_NORMALIZERS

_SPACES = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]


def test_every_white_space_character_but_the_space_is_unprintable() -> None:
    # What count_words relies on: a printable text has no white space but the space.
    assert len(_SPACES) > 20
    assert [c for c in _SPACES if c.isprintable()] == [" "]
    separators = [c for c in map(chr, range(sys.maxunicode + 1)) if len(f"a{c}b".split()) == 2]
    assert sorted(separators) == sorted(_SPACES)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "word",
        "By Jane Doe, Political Editor",
        " leading space",
        "trailing space ",
        "two  spaces",
        "tab\tseparated words",
        "no-break\u00a0space and\u2009thin space",
        "ideographic\u3000space",
        "line\nbreak",
        "\u2028line separator",
        "control\x1fseparator",
        "zero\u200bwidth is not a space",
        "mixed \u00a0 runs \t of  spaces ",
        "Café “quotes” and 日本語 text",
    ],
)
def test_count_words_is_split(text: str) -> None:
    assert count_words(text) == len(text.split())
    assert Block(0, text, 0).words == len(text.split())


def test_count_words_on_every_space_in_every_position() -> None:
    for space in [*_SPACES, "\u200b", "\u00ad"]:
        texts = (f"a{space}b", f"{space}a b", f"a b{space}", f"a {space}b", space, space * 2)
        for text in texts:
            assert count_words(text) == len(text.split()), repr(text)


def test_squeeze_spaces_replaces_every_white_space_character_but_the_line_break() -> None:
    # Squeezed text has no white space but spaces and line breaks (count_words' fast case).
    assert [c for c in _SPACES if not _ODD_SPACE.match(c)] == ["\n", " "]


# Text made of the characters that matter here: words, every kind of white space, line breaks
# (blank lines between paragraphs), separators, invisible and control characters.
_MARKS = ["word", "Mayor", "é", "“q”", "|", "•", "·", "-", "\u200b", "\u00ad", "\x07", "\n\n"]
_PIECES = st.sampled_from([*_MARKS, *_SPACES])
_TEXTS = st.lists(_PIECES, max_size=80).map("".join)
_LONG = " ".join(["The ferry was late again on Monday morning after the storm"] * 2)
_SAMPLES = [
    "",
    "Title\n\nFirst para.\nCredit: PA\n\nLast.",
    "\n\n\nleading blank lines\n\n\n\ntrailing\n",
    f"{_LONG}\n{_LONG}\n{_LONG}.\n\nNext paragraph.",  # hard-wrapped lines, joined
    "  padded \u00a0line \t\n\u3000ideographic\u2028 separated\x85next\r\nline  ",
    "a\n \nb\n\u00a0\nc",
]


def _words(blocks: tuple[Block, ...]) -> list[int]:
    return [b.words for b in blocks]


@pytest.mark.parametrize("mode", ["auto", "blank", "line"])
@pytest.mark.parametrize("text", _SAMPLES)
def test_split_blocks_count_words_as_split_does(text: str, mode: str) -> None:
    for source in (text, squeeze_spaces(text)):
        blocks = split_blocks(source, mode)  # type: ignore[arg-type]
        assert _words(blocks) == [len(b.text.split()) for b in blocks]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(_TEXTS, st.sampled_from(["auto", "blank", "line"]))
def test_split_blocks_count_words_as_split_does_on_any_text(text: str, mode: str) -> None:
    for source in (text, squeeze_spaces(text), run_normalizers(text, DEFAULT_NORMALIZERS)[0]):
        blocks = split_blocks(source, mode)  # type: ignore[arg-type]
        assert _words(blocks) == [len(b.text.split()) for b in blocks]


_WORD = regex.compile(r"\w")
_EDGE = re.escape(" \t|•·")
_STRIP = re.compile(f"^[{_EDGE}]+|[{_EDGE}]+$")


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(_TEXTS, min_size=1, max_size=5))
def test_a_free_blocks_segment_is_its_stripped_text(texts: list[str]) -> None:
    # The plain rule: a free block's one segment is its text stripped of white space and
    # separators, when that holds a word character.
    blocks = tuple(Block(i, t, 0) for i, t in enumerate(texts))
    doc = Document(blocks, "en")
    worded = [i for i, t in enumerate(texts) if _WORD.search(t)]
    assert doc.content_indices() == worded
    for i, text in enumerate(texts):
        stripped = _STRIP.sub("", text)
        segments = doc.segments(i)
        if _WORD.search(stripped) is None:
            assert segments == []
        else:
            [segment] = segments
            assert segment.text == stripped == text[segment.start : segment.end]


def _plain_normalizers(text: str, names: tuple[str, ...]) -> tuple[str, bool]:
    # run_normalizers as it reads without its shortcut: each step from NORMALIZERS, in order.
    repaired = False
    for _ in range(MAX_ROUNDS):
        start = text
        for name in names:
            out = NORMALIZERS[name](text)
            repaired |= name == "fix_mojibake" and out != text
            text = out
        if text == start or "fix_mojibake" not in names or not _may_be_mojibake(text):
            break
    return text, repaired


_ORDERS = [
    DEFAULT_NORMALIZERS,
    ("squeeze_spaces", "clean_characters"),
    ("clean_characters", "fix_mojibake", "squeeze_spaces", "to_nfc"),
    ("squeeze_spaces",),
]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    st.lists(st.sampled_from([*_MARKS, *_SPACES, "doesnâ€™t", "Ã©", "e\u0301", "\x00"])).map(
        "".join
    )
)
def test_run_normalizers_asks_the_printable_question_once_with_the_same_result(text: str) -> None:
    for names in _ORDERS:
        assert run_normalizers(text, names) == _plain_normalizers(text, names)


def _plain_segments(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, str]]:
    # The unclaimed runs between the spans, stripped of white space and separators, with a word.
    out, pos = [], 0
    for start, end in [*sorted(spans), (len(text), len(text))]:
        piece = text[pos:start]
        stripped = _STRIP.sub("", piece)
        if _WORD.search(stripped):
            out.append((pos + piece.index(stripped), stripped))
        pos = max(pos, end)
    return out


@settings(max_examples=300, deadline=None, derandomize=True)
@given(_TEXTS.filter(len), st.lists(st.integers(0, 80), max_size=6), st.sampled_from([0, 1, None]))
def test_a_claimed_blocks_segments_are_its_unclaimed_runs(
    text: str, cuts: list[int], first: int | None
) -> None:
    # Spans between sorted cut points (every other gap, from the first or the second), or one
    # span over the whole block.
    points = sorted({min(c, len(text)) for c in cuts} | {0, len(text)})
    pairs = [(0, len(text))] if first is None else list(pairwise(points))[first::2]
    doc = Document((Block(0, text, 0),), "en")
    claimed = doc.with_decisions("f", [Decision(0, "r", a, b) for a, b in pairs if a < b])
    spans = [(s.start, s.end) for s in claimed.spans(0)]
    expected = _plain_segments(text, spans)
    assert [(s.start, s.text) for s in claimed.segments(0)] == expected
    assert claimed.is_content(0) == bool(expected)
    fresh = Document(claimed.blocks, "en", (claimed.spans(0),))  # content found, not carried
    assert fresh.content_indices() == ([0] if expected else [])


@settings(max_examples=200, deadline=None, derandomize=True)
@given(
    st.lists(_TEXTS.filter(len), min_size=1, max_size=6),
    st.lists(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 40)), max_size=3), max_size=4),
)
def test_content_carried_through_decisions_is_content_found_afresh(
    texts: list[str], steps: list[list[tuple[int, int]]]
) -> None:
    # Each step claims, in some blocks, the text from an offset to the end (whole when 0).
    doc = Document(tuple(Block(i, t, 0) for i, t in enumerate(texts)), "en")
    history = [(doc, doc.content_indices())]
    for n, step in enumerate(steps):
        decisions = {}
        for block, start in step:
            if block < len(texts) and doc.is_free(block) and start < len(texts[block]):
                decisions[block] = Decision(block, "r", start)
        doc = doc.with_decisions(f"f{n}", list(decisions.values()))
        fresh = Document(doc.blocks, "en", tuple(doc.spans(i) for i in range(len(doc))))
        assert doc.content_indices() == fresh.content_indices()
        history.append((doc, doc.content_indices()))
    for earlier, content in history:  # no document's list was changed by a later one
        assert earlier.content_indices() == content
