"""The title filter's shortcuts give what the plain rules give: two lines are compared word by word
only when their word counts agree (``same_text`` never holds for lines of different counts)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.filters._header import same_text
from newsclean.text import word_count

# fmt: off
PIECES = (
    "Headline", "HEADLINE", "headline", "Straße", "STRASSE", "strasse", "İstanbul", "istanbul",
    "ﬁnal", "final", "ΣΊΣΥΦΟΣ", "σίσυφος", " ", "  ", "\u00a0", "\u2009", "\u3000", "\n", "\t", "-",
    " | ", "’", "'", ".",
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
