"""The shortcuts of the core (reading, documents, assembly) give what the plain rule gives."""

from __future__ import annotations

import sys

import pytest

from newsclean.document import Block, count_words

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
        for text in (f"a{space}b", f"{space}a b", f"a b{space}", f"a {space}b", space, f"{space}{space}"):
            assert count_words(text) == len(text.split()), repr(text)
