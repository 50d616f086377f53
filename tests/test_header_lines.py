"""The header's lines, read off the document's remembered content blocks, are the first blocks that
hold content or lifted metadata, whatever the claims on them."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.document import Decision, Document
from newsclean.filters._header import header_indices
from newsclean.normalize import split_blocks

LINES = ("Headline", "* * *", "By Jane Doe", "3 May 2021", "Ad", "The story goes on.", "| |")


def _plain(doc: Document, limit: int) -> list[int]:
    return [
        i for i in range(len(doc)) if doc.is_content(i) or any(span.field for span in doc.spans(i))
    ][:limit]


@settings(max_examples=200, deadline=None)
@given(
    lines=st.lists(st.sampled_from(LINES), min_size=1, max_size=16),
    claims=st.lists(st.tuples(st.integers(0, 15), st.booleans()), max_size=10),
    limit=st.integers(0, 14),
)
def test_header_lines_are_the_first_content_or_lifted_blocks(
    lines: list[str], claims: list[tuple[int, bool]], limit: int
) -> None:
    doc = Document(split_blocks("\n\n".join(lines)), "en")
    doc.content_indices()  # remembered before the claims, as the filters leave it
    decisions = {}
    for index, lifted in claims:
        if index < len(doc) and doc.blocks[index].text:
            field = ("title", ("x",)) if lifted else (None, ())
            decisions[index] = Decision(index, "r", 0, None, field[0], field[1])
    doc = doc.with_decisions("f", list(decisions.values()))
    assert header_indices(doc, limit) == _plain(doc, limit)


def test_a_removed_banner_does_not_count_but_a_lifted_date_does() -> None:
    doc = Document(split_blocks("Ad\n\nHeadline\n\n3 May 2021\n\nThe story."), "en")
    doc = doc.with_decisions(
        "f", [Decision(0, "ad"), Decision(2, "date", 0, None, "published", ("2021-05-03",))]
    )
    assert header_indices(doc, 2) == [1, 2]
    assert header_indices(doc, 9) == [1, 2, 3]
    assert header_indices(doc, 0) == []
