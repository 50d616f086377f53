"""The topics filter: tag lines and a trailing block of topics are lifted into ``topics``; sentences
and subheadings that start with the same words stay."""

from __future__ import annotations

import pytest

from newsclean import Pipeline
from newsclean.language import LanguagePack

from .helpers import clean, inside, only, removals, removed_texts, text_of

LEAD = (
    "Three candidates for mayor of Kellsbury met in the Corn Exchange on Thursday for the only "
    "public debate of the campaign.",
    "About 300 people packed the hall, and another 1,200 watched a stream on the council's "
    "website.",
)
TAIL = ("Voting takes place on 2 May, and polling stations will be open from 7am to 10pm.",)
ARTICLE = (*LEAD, *TAIL)


def story(paragraph: str) -> tuple[str, ...]:
    return inside(paragraph, LEAD, TAIL)


# --- positive cases ----------------------------------------------------------------------------

TAG_LINES = [
    pytest.param(
        "Topics: Kellsbury, Local elections, Mayor",
        ("Kellsbury", "Local elections", "Mayor"),
        id="topics-commas",
    ),
    pytest.param(
        "Tags: housing; transport; Corn Exchange",
        ("housing", "transport", "Corn Exchange"),
        id="tags-semicolons",
    ),
    pytest.param(
        "Filed under: Politics | Kellsbury", ("Politics", "Kellsbury"), id="filed-under-pipes"
    ),
    pytest.param(
        "Related topics: housing • transport", ("housing", "transport"), id="related-bullets"
    ),
    pytest.param(
        "Keywords: mayor / debate / Corn Exchange",
        ("mayor", "debate", "Corn Exchange"),
        id="keywords-slashes",
    ),
    pytest.param("Category: Local News", ("Local News",), id="single-category"),
    pytest.param(
        "Industries & Tags: Housing, Local Government, Transport",
        ("Housing", "Local Government", "Transport"),
        id="word-and-label-joined",
    ),
    pytest.param(
        "Categories and tags: Mayor | Debate", ("Mayor", "Debate"), id="label-and-word-joined"
    ),
    pytest.param(
        "Filed under: Politics | Kellsbury |", ("Politics", "Kellsbury"), id="trailing-pipe"
    ),
    pytest.param("Tags: Mayor •", ("Mayor",), id="trailing-bullet"),
]


@pytest.mark.parametrize(("line", "topics"), TAG_LINES)
def test_tag_line_is_lifted_into_topics(line, topics):
    article = clean(*story(line))
    assert article.topics == topics
    assert article.body == ARTICLE
    assert removed_texts(article) == [("topics", "topic_tags", line)]
    assert article.removed[0].field == "topics"


@pytest.mark.parametrize(
    "heading",
    [
        "Related Topics",
        "Topics",
        "Explore more on these topics",
        "Tags:",
    ],
)
def test_heading_with_one_topic_per_line_at_the_end(heading):
    article = clean(*ARTICLE, heading, "Kellsbury", "Local elections", "Housing")
    assert article.topics == ("Kellsbury", "Local elections", "Housing")
    assert article.body == ARTICLE
    assert removed_texts(article) == [
        ("topics", "topic_heading", heading),
        ("topics", "topic_tags", "Kellsbury"),
        ("topics", "topic_tags", "Local elections"),
        ("topics", "topic_tags", "Housing"),
    ]
    assert [r.field for r in article.removed] == [None, "topics", "topics", "topics"]


def test_topics_from_several_lines_are_merged_without_repeats():
    article = clean(*ARTICLE, "Tags: Mayor, Housing", "Filed under: Housing, Kellsbury")
    assert article.topics == ("Mayor", "Housing", "Kellsbury")
    assert article.body == ARTICLE
    assert removals(article) == [("topics", "topic_tags"), ("topics", "topic_tags")]


def test_topic_lines_split_out_of_a_single_line_chunk():
    # a tag line directly under the last paragraph, without a blank line in between
    text = f"{LEAD[0]}\n\n{LEAD[1]}\n\n{TAIL[0]}\nTopics: Mayor, Kellsbury"
    article = clean(text)
    assert article.topics == ("Mayor", "Kellsbury")
    assert article.body == ARTICLE


def test_topics_alone_in_a_pipeline():
    article = clean(*story("Tags: Mayor, Debate"), pipeline=only("topics"))
    assert article.topics == ("Mayor", "Debate")
    assert article.body == ARTICLE


# --- hard negatives ------------------------------------------------------------------------------

HARD_NEGATIVES = [
    pytest.param(
        "Topics on the agenda included housing, the bypass and the future of the Corn Exchange.",
        id="topics-on-the-agenda",
    ),
    pytest.param(
        "Topics: housing, schools and the new bypass.", id="topics-colon-sentence-with-stop"
    ),
    pytest.param("Topic one: housing", id="debate-subheading"),
    pytest.param("Topic: Will the bypass be finished by 2026?", id="audience-question"),
    pytest.param(
        "Tags on the released birds will send their position every hour.", id="tags-on-birds"
    ),
    pytest.param(
        "Filed under 'miscellaneous', the complaint sat unread for a year.",
        id="filed-under-sentence",
    ),
    pytest.param(
        "Keywords: the candidates kept returning to the same three words.",
        id="keywords-sentence",
    ),
    pytest.param(
        "Categories: the judges said it was the strongest field in years",
        id="categories-lowercase-sentence",
    ),
    pytest.param("More on that later.", id="more-on-that"),
    pytest.param("Tags: who pays for them?", id="question-after-label"),
    pytest.param("Tags: who pays for them? |", id="question-then-separator"),
    pytest.param("Filed under: |", id="separator-only"),
    pytest.param(
        "Category: Best Newcomer. Winner: Ada Lund",
        id="awards-result-line",
    ),
    pytest.param("Microchips and tags: what owners must know", id="joined-label-subheading"),
    pytest.param("Collars & Tags: the new rules, explained by the vet", id="joined-label-one-item"),
    pytest.param(
        "Price tags and topics: the candidates sparred over rents, buses and bins.",
        id="joined-label-sentence",
    ),
    pytest.param("Dogs & tags: collars, chips, licences", id="joined-label-lowercase-list"),
]


@pytest.mark.parametrize("paragraph", HARD_NEGATIVES)
def test_story_text_that_starts_like_a_tag_line_stays(paragraph):
    paragraphs = story(paragraph)
    article = clean(*paragraphs)
    assert paragraph in article.body
    assert article.body == paragraphs
    assert article.topics == ()
    assert article.removed == ()


def test_topics_heading_followed_by_more_story_stays():
    paragraphs = (*LEAD, "Topics", "Housing", "Transport", *TAIL)
    article = clean(*paragraphs)
    assert article.body == paragraphs
    assert article.topics == ()
    assert article.removed == ()


def test_topics_heading_followed_by_a_closing_sentence_stays():
    paragraphs = (*ARTICLE, "Topics", "Housing", "The debate ended at 9pm.")
    article = clean(*paragraphs)
    assert article.body == paragraphs
    assert article.topics == ()


# --- parameters ----------------------------------------------------------------------------------

LONG_TOPIC = "Topics: Kellsbury Town Council Budget and Spending Review 2024"


def test_max_item_words_default_refuses_a_long_item():
    article = clean(*story(LONG_TOPIC))
    assert article.topics == ()
    assert article.body == story(LONG_TOPIC)


def test_max_item_words_raised_accepts_a_long_item():
    pipeline = Pipeline.default().configure("topics", max_item_words=10)
    article = clean(*story(LONG_TOPIC), pipeline=pipeline)
    assert article.topics == ("Kellsbury Town Council Budget and Spending Review 2024",)
    assert article.body == ARTICLE


def test_max_block_items_limits_the_trailing_block():
    paragraphs = (*ARTICLE, "Related Topics", "Kellsbury", "Local elections", "Housing")
    pipeline = Pipeline.default().configure("topics", max_block_items=2)
    article = clean(*paragraphs, pipeline=pipeline)
    assert article.topics == ()
    assert article.body == paragraphs
    raised = clean(*paragraphs, pipeline=Pipeline.default().configure("topics", max_block_items=3))
    assert raised.topics == ("Kellsbury", "Local elections", "Housing")
    assert raised.body == ARTICLE


def test_tags_heading_over_one_comma_list():
    story = ("Opening paragraph of the story about the harbour and its new wall.",) * 1
    article = clean(*story, "Tags", "harbour wall, Kellsbury, storms")
    assert article.topics == ("harbour wall", "Kellsbury", "storms")
    assert article.body == story


def test_topics_heading_over_a_sentence_stays():
    line = "The council met, argued, and adjourned without a vote on Tuesday night."
    article = clean("Opening paragraph of the story about the harbour.", "Topics", line)
    assert line in article.body


# --- a language without a pack: the English tag labels that site themes print ---------------------

FALLBACK_STORY = (
    "Walikota Kellsbury meresmikan jembatan baru di pelabuhan pada hari Jumat pagi.",
    "Ratusan warga datang untuk menyeberang jembatan itu untuk pertama kalinya.",
)


@pytest.mark.parametrize(
    ("line", "topics"),
    [
        ("Filed under: Pelabuhan |", ("Pelabuhan",)),
        ("Tags: jembatan, pelabuhan, Kellsbury", ("jembatan", "pelabuhan", "Kellsbury")),
        ("Tagged: Kellsbury", ("Kellsbury",)),
    ],
    ids=["filed-under", "tags", "tagged"],
)
def test_english_tag_labels_are_read_in_a_language_without_a_pack(line, topics):
    pipeline = Pipeline.default(pack=LanguagePack.fallback("id"))
    article = pipeline.clean(text_of(*FALLBACK_STORY, line))
    assert article.body == FALLBACK_STORY
    assert article.topics == topics


@pytest.mark.parametrize(
    "line",
    [
        "Tags: warga bertanya kapan jembatan itu akan dibuka kembali.",
        "Topik: jembatan, pelabuhan",  # a label of that language: the pack it has not got
    ],
    ids=["sentence-after-label", "own-language-label"],
)
def test_other_lines_stay_in_a_language_without_a_pack(line):
    pipeline = Pipeline.default(pack=LanguagePack.fallback("id"))
    article = pipeline.clean(text_of(*FALLBACK_STORY, line))
    assert line in article.body
    assert article.topics == ()
