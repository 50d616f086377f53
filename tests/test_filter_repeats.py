"""The repeats filter: a paragraph printed twice (a scraper glitch) loses its second copy; short
lines, near copies and paragraphs that recur as structure stay."""

from __future__ import annotations

import pytest

from newsclean import Pipeline

from .helpers import clean, only, removals, removed_texts

OPENING = (
    "The Kellsbury choir has been invited to sing at the opening of the new concert hall in "
    "Harlow Bay next spring."
)
QUOTE = (
    "Its conductor, Ana Ruiz, said the invitation came as a complete surprise to the 40 singers."
)
CLOSING = "Rehearsals start in January, twice a week in the Corn Exchange."


# --- positive cases ----------------------------------------------------------------------------

COPIES = [
    pytest.param(QUOTE, id="exact-copy"),
    pytest.param(QUOTE.upper(), id="copy-in-capitals"),
    pytest.param(
        QUOTE.replace("Ruiz, said", "Ruiz,  said").replace("the 40", "the\t40"), id="spaces"
    ),
]


@pytest.mark.parametrize("copy", COPIES)
def test_second_copy_of_a_paragraph_is_removed(copy):
    article = clean(OPENING, QUOTE, copy, CLOSING)
    assert article.body == (OPENING, QUOTE, CLOSING)
    assert removals(article) == [("repeats", "repeated_paragraph")]
    assert article.removed[0].block == 2
    assert article.removed[0].field is None


def test_copy_far_from_the_original_is_removed():
    article = clean(OPENING, QUOTE, CLOSING, QUOTE)
    assert article.body == (OPENING, QUOTE, CLOSING)
    assert removed_texts(article) == [("repeats", "repeated_paragraph", QUOTE)]
    assert article.removed[0].block == 3


def test_every_doubled_paragraph_loses_its_copy():
    article = clean(OPENING, QUOTE, OPENING, QUOTE, CLOSING)
    assert article.body == (OPENING, QUOTE, CLOSING)
    assert removals(article) == [("repeats", "repeated_paragraph")] * 2
    assert [r.block for r in article.removed] == [2, 3]


def test_repeats_alone_in_a_pipeline():
    article = clean(OPENING, QUOTE, QUOTE, CLOSING, pipeline=only("repeats"))
    assert article.body == (OPENING, QUOTE, CLOSING)
    assert removals(article) == [("repeats", "repeated_paragraph")]


def test_a_copy_of_boilerplate_is_left_to_the_filter_that_claims_it():
    banner = "We use cookies to give you the best experience on our website."
    article = clean(banner, OPENING, QUOTE, banner, CLOSING)
    assert article.body == (OPENING, QUOTE, CLOSING)
    assert removals(article) == [("prompts", "cookie_prompt"), ("prompts", "cookie_prompt")]


# --- hard negatives ------------------------------------------------------------------------------

HARD_NEGATIVES = [
    pytest.param((OPENING, "Why?", QUOTE, "Why?", CLOSING), id="why-twice"),
    pytest.param((OPENING, "Yes.", QUOTE, "Yes.", CLOSING), id="yes-twice"),
    pytest.param(
        (OPENING, "Sopranos: 14", "Altos: 12", QUOTE, "Sopranos: 14", CLOSING),
        id="short-list-lines",
    ),
    pytest.param(
        (OPENING, "The answer was always no.", QUOTE, "The answer was always no.", CLOSING),
        id="five-word-sentence",
    ),
    pytest.param(
        (OPENING, QUOTE, QUOTE.replace("to the 40", "to all 40"), CLOSING),
        id="near-copy-one-word-changed",
    ),
    pytest.param(
        (OPENING, QUOTE, QUOTE.removesuffix(".") + "!", CLOSING), id="near-copy-punctuation"
    ),
    pytest.param(
        (
            OPENING,
            "What was the hardest part of learning the new piece?",
            "Ana Ruiz: The Latin, without a doubt.",
            "What was the hardest part of learning the new piece?",
            "Tom Barr: Counting the rests, every single bar.",
            "What was the hardest part of learning the new piece?",
            "Lena Marsh: Standing still for two hours.",
            CLOSING,
        ),
        id="question-put-to-three-singers",
    ),
    pytest.param(
        (
            OPENING,
            "Save our choir, save our hall, save our town!",
            "The chant went up from the steps of the Corn Exchange.",
            "Save our choir, save our hall, save our town!",
            "Save our choir, save our hall, save our town!",
            CLOSING,
        ),
        id="chant-three-times",
    ),
    pytest.param(
        (
            OPENING,
            "What was the hardest part of learning the new piece?",
            "Ana Ruiz: The Latin, without a doubt.",
            "What was the hardest part of learning the new piece?",
            "Tom Barr: Counting the rests, every single bar.",
            CLOSING,
        ),
        id="question-put-to-two-singers",
    ),
    pytest.param(
        (
            OPENING,
            "The choir's account posted the news first: the hall is saved.",
            "— Kellsbury Choir (@kellsburychoir) March 3, 2021",
            "An hour later it thanked everyone who had signed the petition.",
            "— Kellsbury Choir (@kellsburychoir) March 3, 2021",
            CLOSING,
        ),
        id="two-posts-from-one-account",
    ),
    pytest.param(
        (
            OPENING,
            "The choir will close with a hymn written for the town's flood victims:",
            "And still the river rises, and still we wait.",
            "The boats are drawn up on the quay, the lamps are lit.",
            "And still the river rises, and still we wait.",
            CLOSING,
        ),
        id="hymn-refrain-twice",
        marks=pytest.mark.xfail(
            strict=True, reason="a refrain quoted twice is removed as a scraper copy"
        ),
    ),
]


@pytest.mark.parametrize("paragraphs", HARD_NEGATIVES)
def test_repeated_text_that_belongs_to_the_story_stays(paragraphs):
    article = clean(*paragraphs)
    assert article.body == paragraphs
    assert article.removed == ()


# --- parameters ----------------------------------------------------------------------------------


def test_min_words_lowered_takes_short_copies():
    paragraphs = (OPENING, "No comment.", QUOTE, "No comment.", CLOSING)
    pipeline = Pipeline.default().configure("repeats", min_words=1)
    article = clean(*paragraphs, pipeline=pipeline)
    assert article.body == (OPENING, "No comment.", QUOTE, CLOSING)
    assert removed_texts(article) == [("repeats", "repeated_paragraph", "No comment.")]


def test_min_words_raised_keeps_long_copies():
    pipeline = Pipeline.default().configure("repeats", min_words=30)
    article = clean(OPENING, QUOTE, QUOTE, CLOSING, pipeline=pipeline)
    assert article.body == (OPENING, QUOTE, QUOTE, CLOSING)
    assert article.removed == ()


def test_min_words_boundary():
    six = "The hall seats exactly 900 people."
    assert len(six.split()) == 6
    assert clean(OPENING, six, QUOTE, six).body == (OPENING, six, QUOTE)
    pipeline = Pipeline.default().configure("repeats", min_words=7)
    assert clean(OPENING, six, QUOTE, six, pipeline=pipeline).body == (OPENING, six, QUOTE, six)
