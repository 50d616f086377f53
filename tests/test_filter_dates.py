"""The dates filter: date lines lift ``published`` (ISO 8601), update stamps and relative times are
removed, and dates inside the story's sentences stay."""

from __future__ import annotations

import pytest

from newsclean import Pipeline

from .helpers import clean, inside, only, removals, removed_texts

HEADLINE = "Sea Wall Holds as Storm Surge Hits Harlow Bay"
BODY = (
    "Floodwater reached the top of the sea wall in Harlow Bay on Sunday night, and forty homes "
    "were evacuated as a precaution.",
    "The coastguard said the surge was the highest it had recorded in the bay since the great "
    "storm of 1953.",
)
CLOSING = (
    "Engineers will inspect the wall on Wednesday before residents are allowed back into the "
    "seafront streets.",
)


def story(paragraph: str) -> tuple[str, ...]:
    return inside(paragraph, BODY, CLOSING)


# --- positive cases ----------------------------------------------------------------------------

PUBLISHED = [
    pytest.param("Published: 16 May 2017 10:30 BST", "2017-05-16T10:30+01:00", id="labelled-bst"),
    pytest.param("May 16, 2017 at 3:04pm ET", "2017-05-16T15:04-04:00", id="us-summer-time"),
    pytest.param("January 10, 2017 at 9:15am ET", "2017-01-10T09:15-05:00", id="us-winter-time"),
    pytest.param("Thu 4 Mar 2021 08.15 GMT", "2021-03-04T08:15+00:00", id="weekday-dotted-time"),
    pytest.param("Tuesday 4 March 2021 14:20 GMT", "2021-03-04T14:20+00:00", id="full-weekday"),
    pytest.param("date 2017-05-16", "2017-05-16", id="iso-with-label"),
    pytest.param("2017-05-16T08:30:00Z", "2017-05-16T08:30+00:00", id="iso-timestamp"),
    pytest.param("16.05.2017", "2017-05-16", id="dotted-numeric"),
    pytest.param("First published on 2 June 2022", "2022-06-02", id="first-published-on"),
    pytest.param("Posted: 21st October 2019", "2019-10-21", id="day-suffix"),
]


@pytest.mark.parametrize(("line", "iso"), PUBLISHED)
def test_date_line_at_the_top_is_lifted_into_published(line, iso):
    article = clean(line, *BODY, *CLOSING)
    assert article.published == iso
    assert article.body == (*BODY, *CLOSING)
    assert removed_texts(article) == [("dates", "published_date", line)]
    assert article.removed[0].field == "published"


REMOVED_ONLY = [
    pytest.param("Updated: 4 March 2021 09:00 GMT", "updated_date", id="updated-stamp"),
    pytest.param("Last modified on 5 April 2020", "updated_date", id="last-modified"),
    pytest.param("3 hours ago", "relative_date", id="hours-ago"),
    pytest.param("Posted 3 hours ago", "relative_date", id="posted-hours-ago"),
    pytest.param("Last updated: yesterday", "relative_date", id="updated-yesterday"),
    pytest.param("about 2 weeks ago", "relative_date", id="about-weeks-ago"),
]


@pytest.mark.parametrize(("line", "reason"), REMOVED_ONLY)
def test_update_and_relative_times_are_removed_without_a_date(line, reason):
    article = clean(line, *BODY, *CLOSING)
    assert article.published is None
    assert article.body == (*BODY, *CLOSING)
    assert removed_texts(article) == [("dates", reason, line)]
    assert article.removed[0].field is None


def test_header_with_headline_byline_and_date():
    article = clean(HEADLINE, "By Mara Quill", "Published: 16 May 2017 10:30 BST", *BODY)
    assert article.title == HEADLINE
    assert article.authors == ("Mara Quill",)
    assert article.published == "2017-05-16T10:30+01:00"
    assert article.body == BODY
    assert removals(article) == [
        ("title", "title"),
        ("byline", "byline"),
        ("dates", "published_date"),
    ]


def test_metadata_line_with_name_published_and_updated_parts():
    article = clean(HEADLINE, "Mara Quill | Published 3 March 2021 | Updated 2 hours ago", *BODY)
    assert article.title == HEADLINE
    assert article.authors == ("Mara Quill",)
    assert article.published == "2021-03-03"
    assert article.body == BODY
    assert removed_texts(article) == [
        ("title", "title", HEADLINE),
        ("byline", "byline", "Mara Quill"),
        ("dates", "published_date", "Published 3 March 2021"),
        ("dates", "relative_date", "Updated 2 hours ago"),
        *[("assemble", "separator", "|")] * 2,
    ]


def test_published_and_updated_on_one_line_keep_the_published_date():
    line = "Posted on January 5, 2017 | Updated January 6, 2017"
    article = clean(line, *BODY)
    assert article.published == "2017-01-05"
    assert article.body == BODY
    assert removed_texts(article) == [
        ("dates", "published_date", "Posted on January 5, 2017"),
        ("dates", "updated_date", "Updated January 6, 2017"),
        ("assemble", "separator", "|"),
    ]


def test_the_first_date_line_wins():
    article = clean("Published: 2 June 2022", *BODY, "Published: 9 June 2022", *CLOSING)
    assert article.published == "2022-06-02"
    assert article.body == (*BODY, *CLOSING)
    assert removals(article) == [("dates", "published_date"), ("dates", "published_date")]


def test_dates_alone_in_a_pipeline():
    article = clean("Published: 16 May 2017", *BODY, pipeline=only("dates"))
    assert article.published == "2017-05-16"
    assert article.body == BODY


@pytest.mark.parametrize(
    ("line", "iso", "tail"),
    [
        ("Published 4 March 2021, 3 hours ago", "2021-03-04", ("relative_date", "3 hours ago")),
        (
            "12 May 2024 Updated at 1:23 p.m.",
            "2024-05-12",
            ("updated_date", "Updated at 1:23 p.m."),
        ),
        (
            "May 12, 2024 Updated 2 hours ago",
            "2024-05-12",
            ("relative_date", "Updated 2 hours ago"),
        ),
    ],
)
def test_a_time_with_no_date_after_the_date_goes_with_it(line, iso, tail):
    article = clean(line, *BODY)
    assert article.published == iso
    assert article.body == BODY
    assert [(r.reason, r.text) for r in article.removed if r.filter == "dates"][1:] == [tail]


@pytest.mark.parametrize(
    "line",
    [
        "12 May 2024: three hours ago the bridge closed",
        "16 May 2024 and three hours later the dam broke.",
    ],
)
def test_a_date_with_story_after_it_stays(line):
    paragraphs = story(line)
    assert clean(*paragraphs).body == paragraphs


# --- hard negatives ------------------------------------------------------------------------------

HARD_NEGATIVES = [
    pytest.param("Yesterday was the hottest day of the year so far.", id="yesterday-in-sentence"),
    pytest.param("A year ago, the site was still a car park.", id="a-year-ago-in-sentence"),
    pytest.param("The trial is set for May 16, 2017.", id="date-at-sentence-end"),
    pytest.param("The hearing was adjourned until 14 June 2021.", id="adjourned-until"),
    pytest.param("Sunday 12 March 2023 was the coldest day of the winter.", id="date-as-subject"),
    pytest.param("12 May 2020: the first lockdown rules are eased", id="timeline-colon"),
    pytest.param("At 3:04pm the alarm sounded across the estate.", id="time-in-sentence"),
    pytest.param("Doors open at 7.30pm on Friday.", id="event-time"),
    pytest.param(
        "The wall was built between 1 March 1954 and 30 November 1956, at a cost of £2m.",
        id="date-range-in-sentence",
    ),
    pytest.param(
        "On 3 March 2021, the council voted to raise the wall by a metre.",
        id="on-date-opening-a-sentence",
    ),
    pytest.param(
        "The new lifeboat station opened on 4 June 2004.",
        id="on-date-closing-a-sentence",
    ),
    pytest.param(
        "The flood map was last updated on 4 March 2021.",
        id="last-updated-in-a-sentence",
    ),
    pytest.param(
        "4 March 2021 — Council approves the new sea wall",
        id="timeline-entry-with-dash",
    ),
    pytest.param("Dated 12 May 2020, the letter was never posted.", id="dated-in-a-sentence"),
]


@pytest.mark.parametrize("paragraph", HARD_NEGATIVES)
def test_dates_inside_story_text_stay(paragraph):
    paragraphs = story(paragraph)
    article = clean(*paragraphs)
    assert paragraph in article.body
    assert article.body == paragraphs
    assert article.published is None
    assert article.removed == ()


@pytest.mark.xfail(
    strict=True, reason="a one-word answer that is a relative time is removed as a date line"
)
def test_one_word_answer_in_an_interview_stays():
    paragraphs = (
        *BODY,
        "When did you decide to leave the seafront?",
        "Yesterday.",
        "Residents of the seafront have been told the wall will be inspected before they return.",
    )
    article = clean(*paragraphs)
    assert "Yesterday." in article.body
    assert article.body == paragraphs
    assert article.removed == ()


# --- parameters ----------------------------------------------------------------------------------

STAMPS = (
    "Published 2 June 2022 09:00 BST | Updated 2 June 2022 11:30 BST | "
    "Updated 2 June 2022 14:45 BST | Updated 3 June 2022 08:10 BST"
)


def test_max_words_lowered_leaves_a_date_line():
    line = "Published: 16 May 2017 10:30 BST"
    pipeline = Pipeline.default().configure("dates", max_words=5)
    article = clean(line, *BODY, pipeline=pipeline)
    assert article.published is None
    assert article.body == (line, *BODY)
    assert article.removed == ()


def test_max_words_default_leaves_a_long_line_of_stamps():
    article = clean(STAMPS, *BODY)
    assert article.published is None
    assert article.body == (STAMPS, *BODY)
    assert article.removed == ()


def test_max_words_raised_reads_a_long_line_of_stamps():
    pipeline = Pipeline.default().configure("dates", max_words=40)
    article = clean(STAMPS, *BODY, pipeline=pipeline)
    assert article.published == "2022-06-02T09:00+01:00"
    assert article.body == BODY
    assert removed_texts(article) == [
        ("dates", "published_date", "Published 2 June 2022 09:00 BST"),
        ("dates", "updated_date", "Updated 2 June 2022 11:30 BST"),
        ("dates", "updated_date", "Updated 2 June 2022 14:45 BST"),
        ("dates", "updated_date", "Updated 3 June 2022 08:10 BST"),
        *[("assemble", "separator", "|")] * 3,
    ]


def test_labelled_time_without_a_date_gives_no_date():
    article = clean("Updated at 1:23 p.m.", *BODY, *CLOSING)
    assert article.body == (*BODY, *CLOSING)
    assert article.published is None
    assert removals(article) == [("dates", "updated_date")]


@pytest.mark.parametrize("line", ["10:30", "At 10:30 the doors of the shelter opened again."])
def test_unlabelled_times_stay(line):
    assert clean(*story(line)).body == story(line)


@pytest.mark.parametrize(
    ("line", "iso", "reason"),
    [
        ("Published 10:02 AM EST Nov 19, 2019", "2019-11-19T10:02-05:00", "published_date"),
        ("Updated 1:39 am EST, Wednesday, November 20, 2019", None, "updated_date"),
    ],
)
def test_time_before_the_date(line, iso, reason):
    article = clean(line, *BODY, *CLOSING)
    assert article.published == iso
    assert article.body == (*BODY, *CLOSING)
    assert removals(article) == [("dates", reason)]


def test_time_opening_a_sentence_with_a_date_stays():
    line = "At 10:02 AM on Nov 19, 2019 the first boat reached the harbour wall."
    assert clean(*story(line)).body == story(line)
