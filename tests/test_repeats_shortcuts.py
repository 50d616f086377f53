"""The repeats filter reads a paragraph's first and last characters only when another paragraph
has its word count: it finds what the plain rule (every paragraph looked at) finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.document import Decision, Document
from newsclean.filters.repeats import Repeats
from newsclean.language import LanguagePack
from newsclean.normalize import split_blocks
from newsclean.text import has_quote

# fmt: off
LINES = (
    "The council approved the new footbridge on Monday evening.",
    "the council approved the new  footbridge on Monday evening.",
    "Why did the council approve the footbridge so late?",
    "“We will build it again,” she said, as the crowd went quiet.",
    "— Jane Doe (@jdoe) March 3, 2021 at the harbour",
    "Short line.", "Yes.", "Six words in this one, really.", "Six words in this one, truly.",
    "Ferry crews walked out for a second day on Tuesday.",
)
# fmt: on


def _plain(doc: Document, min_words: int) -> list[int]:
    places: dict[str, list[int]] = {}
    for block in doc.blocks:
        text = block.text
        if block.words < min_words or not doc.is_free(block.index):
            continue
        if text.endswith("?") or has_quote(text[:1]) or text[:1] in "—–":
            continue
        places.setdefault(" ".join(text.casefold().split()), []).append(block.index)
    return [indices[1] for indices in sorted(places.values()) if len(indices) == 2]


@settings(max_examples=300, deadline=None)
@given(
    lines=st.lists(st.sampled_from(LINES), max_size=12),
    claimed=st.lists(st.integers(0, 11), max_size=3),
)
def test_repeats_finds_what_the_plain_rule_finds(lines: list[str], claimed: list[int]) -> None:
    doc = Document(split_blocks("\n\n".join(lines)), "en")
    decisions = {i: Decision(i, "x") for i in claimed if i < len(doc) and doc.blocks[i].text}
    doc = doc.with_decisions("f", list(decisions.values()))
    found = [d.block for d in Repeats().label(doc, LanguagePack.load("en"))]
    assert found == _plain(doc, Repeats().min_words)
