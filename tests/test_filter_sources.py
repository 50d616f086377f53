"""The sources filter: "Source: A, B" lines are lifted into ``sources``; story sentences about
sources stay."""

from __future__ import annotations

import pytest

from newsclean import Pipeline

from .helpers import clean, inside, only, removals, removed_texts

LEAD = (
    "House prices in Kellsbury rose by 7% last year, more than twice the regional average, "
    "according to figures published on Monday.",
    "The steepest rises were in the streets around the new railway station, where a terraced "
    "house now costs about £310,000.",
)
TAIL = ("Estate agents expect the rise to slow this year as mortgage rates stay high.",)
ARTICLE = (*LEAD, *TAIL)


def story(paragraph: str) -> tuple[str, ...]:
    return inside(paragraph, LEAD, TAIL)


# --- positive cases ----------------------------------------------------------------------------

SOURCE_LINES = [
    pytest.param(
        "Source: Land Registry, Kellsbury Council",
        ("Land Registry", "Kellsbury Council"),
        id="two-names",
    ),
    pytest.param(
        "Sources: ONS; Halden Building Society",
        ("ONS", "Halden Building Society"),
        id="semicolon",
    ),
    pytest.param("Source(s): Land Registry", ("Land Registry",), id="source-s"),
    pytest.param(
        "Sources used: Census 2021, Land Registry",
        ("Census 2021", "Land Registry"),
        id="sources-used-with-digit-item",
    ),
    pytest.param("SOURCE: Halden Building Society", ("Halden Building Society",), id="capitals"),
]


@pytest.mark.parametrize(("line", "sources"), SOURCE_LINES)
def test_source_line_is_lifted_into_sources(line, sources):
    article = clean(*story(line))
    assert article.sources == sources
    assert article.body == ARTICLE
    assert removed_texts(article) == [("sources", "source_line", line)]
    assert article.removed[0].field == "sources"


def test_source_under_a_chart_at_the_end():
    article = clean(*ARTICLE, "Average price by street, 2023", "Source: Land Registry")
    assert article.sources == ("Land Registry",)
    assert article.body == (*ARTICLE, "Average price by street, 2023")
    assert removals(article) == [("sources", "source_line")]


def test_sources_from_several_lines_are_merged_without_repeats():
    article = clean(LEAD[0], "Source: Land Registry", LEAD[1], "Sources: Land Registry, ONS", *TAIL)
    assert article.sources == ("Land Registry", "ONS")
    assert article.body == ARTICLE
    assert removals(article) == [("sources", "source_line"), ("sources", "source_line")]


def test_sources_alone_in_a_pipeline():
    article = clean(*story("Source: Land Registry"), pipeline=only("sources"))
    assert article.sources == ("Land Registry",)
    assert article.body == ARTICLE


# --- hard negatives ------------------------------------------------------------------------------

HARD_NEGATIVES = [
    pytest.param(
        "Sources close to the minister said the figures would be revised.",
        id="sources-close-to-the-minister",
    ),
    pytest.param(
        "Source: a spokesperson for the council told us the figures were provisional.",
        id="source-colon-spokesperson",
    ),
    pytest.param("Source: The council's own figures show a 12% rise.", id="source-colon-sentence"),
    pytest.param("Source: It was never about the money.", id="interview-transcript-answer"),
    pytest.param("The source of the leak has not been found.", id="the-source-of"),
    pytest.param(
        "Sources: none of the estate agents we contacted would comment",
        id="sources-colon-lowercase",
    ),
    pytest.param("Source? He would not say.", id="one-word-question"),
    pytest.param("Sources say the survey will be repeated next year.", id="sources-say"),
    pytest.param(
        "Source material for the report came from 40 estate agents.", id="source-material"
    ),
    pytest.param(
        "Source: I can't tell you that",
        id="interview-transcript-refusal",
    ),
    pytest.param("Source: Never. Not once.", id="transcript-answer-two-sentences"),
    pytest.param(
        "Source: Yes.",
        id="transcript-answer-yes",
    ),
]


@pytest.mark.parametrize("paragraph", HARD_NEGATIVES)
def test_story_text_about_sources_stays(paragraph):
    paragraphs = story(paragraph)
    article = clean(*paragraphs)
    assert paragraph in article.body
    assert article.body == paragraphs
    assert article.sources == ()
    assert article.removed == ()


# --- parameters ----------------------------------------------------------------------------------

LONG_SOURCE = "Source: Halden Building Society House Price Index Quarterly Report"


def test_max_item_words_default_refuses_a_long_item():
    article = clean(*story(LONG_SOURCE))
    assert article.sources == ()
    assert article.body == story(LONG_SOURCE)


def test_max_item_words_raised_accepts_a_long_item():
    pipeline = Pipeline.default().configure("sources", max_item_words=10)
    article = clean(*story(LONG_SOURCE), pipeline=pipeline)
    assert article.sources == ("Halden Building Society House Price Index Quarterly Report",)
    assert article.body == ARTICLE


def test_max_item_words_lowered_refuses_a_short_item():
    line = "Source: Halden Building Society"
    pipeline = Pipeline.default().configure("sources", max_item_words=2)
    article = clean(*story(line), pipeline=pipeline)
    assert article.sources == ()
    assert article.body == story(line)
