"""The title filter's shortcuts give what the plain rules give: two lines are compared word by word
only when their word counts agree (``same_text`` never holds for lines of different counts); a line
is taken for the headline's copy only when it holds the headline's first word; the separator
pattern runs only on a line holding a separator's mark."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.document import Block, Document
from newsclean.filters._header import has_separator, same_text
from newsclean.filters._parts import SEPARATOR
from newsclean.filters.title import Title, _key
from newsclean.text import word_count

# fmt: off
PIECES = (
    "Headline", "HEADLINE", "headline", "Straße", "STRASSE", "strasse", "İstanbul", "istanbul",
    "ﬁnal", "final", "ΣΊΣΥΦΟΣ", "σίσυφος", " ", "  ", "\u00a0", "\u2009", "\u3000", "\n", "\t", "-",
    " | ", "’", "'", ".", "•", "·", "|", " • ", "«", "»", "İ", "ǅ",
)
# fmt: on


def lines() -> st.SearchStrategy[str]:
    word = st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), max_size=5)
    return st.lists(st.sampled_from(PIECES) | word, max_size=10).map("".join)


def _variants(a: str) -> list[str]:
    """Lines that may be ``a`` printed again: other case, other spacing."""
    return [a.upper(), a.casefold(), a.title(), "\u00a0".join(a.split()), f" {a}\n"]


@settings(max_examples=400, deadline=None)
@given(a=lines(), b=lines())
def test_the_word_count_gate_keeps_same_text(a: str, b: str) -> None:
    for other in (b, *_variants(a)):
        gated = word_count(a) == word_count(other) and same_text(a, other)
        assert gated == same_text(a, other)
    # The variants that surely are the same text (the gate is tried on true pairs too).
    assert same_text(a, a.casefold()) and same_text(a, f" {a}\n")


def _plain_copy_of(doc: Document, headline: str, distance: int) -> int | None:
    """The first free block below the first with the headline's words, every block compared."""
    for j in range(1, min(len(doc), 1 + distance)):
        text = doc.blocks[j].text
        near = abs(len(text) - len(headline)) <= len(headline) // 2
        if near and doc.is_free(j) and _key(text) == _key(headline):
            return j
    return None


@settings(max_examples=300, deadline=None)
@given(a=lines(), rest=st.lists(lines(), max_size=6), picks=st.lists(st.integers(0, 5), max_size=3))
def test_the_headlines_copy_is_found_as_by_the_plain_rule(
    a: str, rest: list[str], picks: list[int]
) -> None:
    """Lines below the headline: random ones and variants of it (the gate skips lines without
    the headline's first word, and must skip no copy)."""
    below = [*rest, *(_variants(a)[k % 5] for k in picks)]
    doc = Document(tuple(Block(i, t, 0) for i, t in enumerate([a, *below])), "en")
    title = Title()
    assert title._copy_of(doc, 0, a) == _plain_copy_of(doc, a, title.max_copy_distance)
    for other in below:
        assert has_separator(other) == (SEPARATOR.search(other) is not None)
