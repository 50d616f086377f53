"""The title filter: the headline at the top is lifted into ``title`` (its second copy removed) and
the standfirst into ``subtitle``; a short first paragraph with no header around it stays."""

from __future__ import annotations

import pytest

from newsclean import Pipeline
from newsclean.text import word_count

from .helpers import clean, removals, removed_texts

HEADLINE = "Harlow Bay Lifeboat Crew Rescue Four From Capsized Yacht"
SENTENCE_CASE_HEADLINE = "Harlow Bay lifeboat crew rescue four from capsized yacht"
# Headlines of four words: too short to be sure headlines (min_sure_title_words is 5).
SHORT_HEADLINE = "Lifeboat rescues four sailors"
SHORT_TITLE_CASE_HEADLINE = "Rescue at Harlow Bay"
# A label before a colon: no sure headline either, however long.
LABELLED_HEADLINE = "Harlow Bay: lifeboat crew rescue four from capsized yacht"
STANDFIRST = "The volunteers were called out at 2am and spent three hours searching in heavy seas"
BODY = (
    "Four sailors were rescued from a capsized yacht off Harlow Bay early on Sunday after a "
    "three-hour search in heavy seas.",
    "The lifeboat's coxswain, Ruth Okafor, said the crew had found the sailors clinging to the "
    "hull about a mile from the harbour.",
)
CLOSING = ("All four were taken to hospital in Kellsbury and later released.",)
LONG_LEAD = (
    "Four sailors were rescued from a capsized yacht two miles off Harlow Bay early on Sunday "
    "after the volunteer crew of the town's lifeboat spent three hours searching for them in "
    "heavy seas and driving rain."
)


# --- positive cases ----------------------------------------------------------------------------


def test_headline_above_a_byline():
    article = clean(HEADLINE, "By Mara Quill", *BODY)
    assert article.title == HEADLINE
    assert article.subtitle is None
    assert article.authors == ("Mara Quill",)
    assert article.body == BODY
    assert removed_texts(article) == [
        ("title", "title", HEADLINE),
        ("byline", "byline", "By Mara Quill"),
    ]
    assert article.removed[0].field == "title"


@pytest.mark.parametrize(
    "copy", [HEADLINE, HEADLINE.upper(), f"  {HEADLINE}  "], ids=["same", "capitals", "spaces"]
)
def test_headline_printed_twice(copy):
    article = clean(HEADLINE, copy, *BODY, *CLOSING)
    assert article.title == HEADLINE
    assert article.body == (*BODY, *CLOSING)
    assert removals(article) == [("title", "title"), ("title", "repeated_title")]
    assert article.removed[1].field is None


@pytest.mark.parametrize(
    "site_line",
    [
        "The Harlow Bay Herald — news from Harlow Bay, Kellsbury and the coast",
        "Harlow Bay Herald | Your community paper since 1888",
    ],
)
def test_site_name_and_tagline_over_a_full_header(site_line):
    article = clean(site_line, HEADLINE, STANDFIRST, "By Mara Quill", *BODY)
    assert (article.title, article.subtitle) == (HEADLINE, STANDFIRST)
    assert article.body == BODY
    assert removals(article)[0] == ("title", "section_label")


def test_a_headline_with_a_dash_over_its_standfirst_stays_the_headline():
    headline = "Harlow Bay rescue - what we know so far"
    article = clean(headline, STANDFIRST, "By Mara Quill", *BODY)
    assert (article.title, article.subtitle) == (headline, STANDFIRST)


def test_a_site_line_over_no_header_stays():
    """Without a byline or date line confirming the header below, the first line is not taken
    for the site's tagline."""
    site_line = "The Harlow Bay Herald — news from Harlow Bay, Kellsbury and the coast"
    paragraphs = (site_line, "Lifeboat crew praised", *BODY)
    article = clean(*paragraphs)
    assert article.body == paragraphs and removals(article) == []


def test_headline_standfirst_and_byline():
    article = clean(HEADLINE, STANDFIRST, "By Mara Quill", *BODY)
    assert article.title == HEADLINE
    assert article.subtitle == STANDFIRST
    assert article.authors == ("Mara Quill",)
    assert article.body == BODY
    assert removed_texts(article) == [
        ("title", "title", HEADLINE),
        ("title", "subtitle", STANDFIRST),
        ("byline", "byline", "By Mara Quill"),
    ]


@pytest.mark.parametrize(
    ("date_line", "iso"),
    [
        ("Published: 4 March 2021", "2021-03-04"),
        ("Tuesday 4 March 2021 14:20 GMT", "2021-03-04T14:20+00:00"),
    ],
    ids=["labelled", "weekday-and-time"],
)
def test_headline_above_a_date_line(date_line, iso):
    article = clean(HEADLINE, date_line, *BODY)
    assert article.title == HEADLINE
    assert article.published == iso
    assert article.body == BODY
    assert removals(article) == [("title", "title"), ("dates", "published_date")]


def test_headline_standfirst_and_date():
    article = clean(HEADLINE, STANDFIRST, "4 March 2021", *BODY)
    assert article.title == HEADLINE
    assert article.subtitle == STANDFIRST
    assert article.published == "2021-03-04"
    assert article.body == BODY
    assert removals(article) == [
        ("title", "title"),
        ("title", "subtitle"),
        ("dates", "published_date"),
    ]


def test_headline_above_a_bare_name_and_date():
    article = clean(HEADLINE, "Mara Quill", "4 March 2021", *BODY)
    assert article.title == HEADLINE
    assert article.authors == ("Mara Quill",)
    assert article.published == "2021-03-04"
    assert article.body == BODY


def test_headline_below_a_cookie_banner():
    article = clean("We use cookies on this site.", HEADLINE, "By Mara Quill", *BODY)
    assert article.title == HEADLINE
    assert article.body == BODY
    assert removals(article) == [
        ("prompts", "cookie_prompt"),
        ("title", "title"),
        ("byline", "byline"),
    ]


def test_title_alone_in_a_pipeline_reads_the_byline_without_taking_it():
    article = clean(HEADLINE, "By Mara Quill", *BODY, pipeline=Pipeline.from_names(["title"]))
    assert article.title == HEADLINE
    assert article.authors == ()
    assert article.body == ("By Mara Quill", *BODY)
    assert removals(article) == [("title", "title")]


def test_lone_headline_straight_above_a_long_first_paragraph():
    article = clean(HEADLINE, LONG_LEAD, *CLOSING)
    assert article.title == HEADLINE
    assert article.body == (LONG_LEAD, *CLOSING)
    assert removed_texts(article) == [("title", "title", HEADLINE)]


@pytest.mark.parametrize(
    "headline",
    [
        pytest.param(
            "Lifeboat Crew Rescues Four Sailors",
        ),
        pytest.param(
            "Kellsbury Bakery Feeds Flood Volunteers for a Week",
        ),
        "Lifeboat crew rescues four sailors",
    ],
    ids=["title-case-short", "title-case-with-for", "sentence-case"],
)
def test_title_case_headline_above_a_byline(headline):
    article = clean(headline, "By Mara Quill", *BODY)
    assert article.title == headline
    assert article.authors == ("Mara Quill",)
    assert article.body == BODY


# --- hard negatives ------------------------------------------------------------------------------

HARD_NEGATIVES = [
    pytest.param(("Nobody saw it coming",), id="short-opening-line"),
    pytest.param(("Why did the yacht capsize?",), id="opening-question"),
    pytest.param(('"We thought we were going to die"',), id="opening-quote"),
    pytest.param(("Ruth Okafor",), id="a-name-is-not-a-headline"),
    pytest.param(
        ("Lifeboat rescue", "By the time the lifeboat reached them, the yacht had sunk."),
        id="by-the-time-is-not-a-byline",
    ),
    pytest.param(
        ("Running Out of Homes", "By 2030 the town will need 4,000 new homes, it says."),
        id="by-2030-is-not-a-byline",
    ),
    pytest.param(
        ("Lifeboat rescue", "Saturday 4 March 2023 will be remembered in Harlow Bay for years."),
        id="date-as-subject-is-not-a-date-line",
    ),
    pytest.param(
        ("Lifeboat rescue", "Ruth Okafor has been a lifeboat volunteer for 20 years."),
        id="name-sentence-is-not-a-byline",
    ),
    pytest.param(
        ("Four sailors. One upturned hull. Three hours in the dark.",),
        id="short-fragments-with-stops",
    ),
    pytest.param(
        ("Night on the Water", "On Tuesday 4 March 2021 the crew were called out twice."),
        id="date-opening-a-sentence-after-a-short-line",
    ),
]


@pytest.mark.parametrize("opening", HARD_NEGATIVES)
def test_short_opening_without_a_header_stays(opening):
    paragraphs = (*opening, *BODY, *CLOSING)
    article = clean(*paragraphs)
    assert opening[0] in article.body
    assert article.body == paragraphs
    assert article.title is None
    assert article.removed == ()


@pytest.mark.parametrize(
    "opening",
    [
        "Nobody saw it coming.",
        "It was 2am.",
        "Ruth Okafor",
        "Why?",
        pytest.param(
            "“We thought we were going to die.”",
        ),
    ],
    ids=["sentence-with-stop", "short-sentence", "a-name", "one-word", "quoted-sentence-lede"],
)
def test_short_opening_above_a_long_first_paragraph_stays(opening):
    paragraphs = (opening, LONG_LEAD, *CLOSING)
    article = clean(*paragraphs)
    assert opening in article.body
    assert article.body == paragraphs
    assert article.title is None
    assert article.removed == ()


def test_a_facts_line_with_a_web_address_above_the_first_paragraph_stays():
    """A review's facts line ("Tested by: … More info: www.…") is the story's, not a headline."""
    facts = "Tested by: Mara Quill RRP: £23.99 More info: www.harlowbay-books.example"
    article = clean(facts, LONG_LEAD, *CLOSING)
    assert article.title is None
    assert article.body == (facts, LONG_LEAD, *CLOSING)


def test_headline_printed_again_further_down_is_not_a_title():
    article = clean(LABELLED_HEADLINE, *BODY, LABELLED_HEADLINE, *CLOSING)
    assert article.title is None
    assert article.body[:3] == (LABELLED_HEADLINE, *BODY)
    assert removals(article) == [("repeats", "repeated_paragraph")]


def test_cleaning_a_clean_text_changes_nothing():
    once = clean(HEADLINE, "By Mara Quill", *BODY, *CLOSING)
    twice = clean(*once.body)
    assert twice.body == once.body
    assert twice.title is None
    assert twice.removed == ()


# --- parameters ----------------------------------------------------------------------------------


def test_max_title_words_lowered_leaves_the_headline():
    pipeline = Pipeline.default().configure("title", max_title_words=5)
    article = clean(HEADLINE, "By Mara Quill", *BODY, pipeline=pipeline)
    assert article.title is None
    assert article.authors == ("Mara Quill",)
    assert article.body == (HEADLINE, *BODY)


def test_max_title_words_raised_takes_a_long_headline():
    headline = (
        "Harlow Bay Lifeboat Crew Rescue Four Sailors From a Capsized Yacht After a Three-Hour "
        "Search in Heavy Seas Two Miles Off the Harbour Wall on the Stormiest Night of the Year"
    )
    assert clean(headline, "By Mara Quill", *BODY).title is None
    pipeline = Pipeline.default().configure("title", max_title_words=40)
    article = clean(headline, "By Mara Quill", *BODY, pipeline=pipeline)
    assert article.title == headline
    assert article.body == BODY


def test_max_subtitle_words_lowered_refuses_the_standfirst():
    pipeline = Pipeline.default().configure("title", max_subtitle_words=10)
    article = clean(HEADLINE, STANDFIRST, "By Mara Quill", *BODY, pipeline=pipeline)
    assert article.title is None
    assert article.subtitle is None
    assert article.authors == ("Mara Quill",)
    assert article.body == (HEADLINE, STANDFIRST, *BODY)


def test_lone_title_word_limits():
    two_words = "Lifeboat rescue"
    assert clean(two_words, LONG_LEAD).title is None
    pipeline = Pipeline.default().configure("title", min_lone_title_words=2)
    assert clean(two_words, LONG_LEAD, pipeline=pipeline).title == two_words
    pipeline = Pipeline.default().configure("title", max_lone_title_words=5)
    article = clean(HEADLINE, LONG_LEAD, pipeline=pipeline)
    assert article.title is None
    assert article.body == (HEADLINE, LONG_LEAD)


def test_min_lead_words_sets_how_long_the_first_paragraph_must_be():
    """Under a headline of four words (not yet a sure one), the first paragraph must be long."""
    assert clean(SHORT_HEADLINE, *BODY).title is None
    pipeline = Pipeline.default().configure("title", min_lead_words=15)
    article = clean(SHORT_HEADLINE, *BODY, pipeline=pipeline)
    assert article.title == SHORT_HEADLINE
    assert article.body == BODY
    raised = Pipeline.default().configure("title", min_lead_words=60)
    assert clean(SHORT_HEADLINE, LONG_LEAD, pipeline=raised).body == (SHORT_HEADLINE, LONG_LEAD)


# --- a site's name after the headline ------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "title", "site"),
    [
        (
            "Lifeboat crew rescues four sailors | Harlow Bay Echo",
            "Lifeboat crew rescues four sailors",
            "Harlow Bay Echo",
        ),
        (
            "Lifeboat crew rescues four sailors - The Courier",
            "Lifeboat crew rescues four sailors",
            "The Courier",
        ),
    ],
)
def test_site_name_after_the_headline_goes_to_site(line, title, site):
    article = clean(line, *BODY, *CLOSING)
    assert (article.title, article.site) == (title, site)
    assert article.body == (*BODY, *CLOSING)


@pytest.mark.parametrize(
    "line",
    [
        "Lifeboat review - four sailors, one yacht - Harlow Bay Echo",
        "Lifeboat review – four sailors, one yacht | Harlow Bay Echo",
    ],
    ids=["dashes", "dash-and-pipe"],
)
def test_headline_with_its_site_over_the_headline_without_it(line):
    """The page title ("… - Site") and the headline printed under it: the site's name is the part
    after the last dash, and the line below is the headline's copy."""
    headline = "Lifeboat review – four sailors, one yacht"
    article = clean(line, headline, *BODY, *CLOSING)
    assert article.site == "Harlow Bay Echo"
    assert article.title is not None and article.title.endswith("four sailors, one yacht")
    assert article.body == (*BODY, *CLOSING)
    assert [r.reason for r in article.removed] == [
        "title",
        "site_name",
        "separator",
        "repeated_title",
    ]


def test_a_different_line_under_a_headline_with_its_site_stays():
    line = "Lifeboat review - four sailors, one yacht - Harlow Bay Echo"
    article = clean(line, "Lifeboat review: the crew speaks", *BODY, *CLOSING)
    assert "Lifeboat review: the crew speaks" in article.body


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Opinion | Is the lifeboat station worth saving?", id="section-prefix"),
        pytest.param("Harbour plan - what happens next for the crew", id="lowercase-tail"),
        pytest.param("Rescue | Four Sailors Brought Home Safe At Last", id="tail-longer-than-head"),
    ],
)
def test_dash_or_pipe_in_a_first_line_is_not_always_a_site(line):
    article = clean(line, *BODY, *CLOSING)
    assert article.site is None


# --- wire datelines, sectioned page titles, headlines printed twice ------------------------------
DATELINE_LEAD = "HARLOW BAY, England (Meridian Wire) — Four sailors were rescued early on Sunday."


def test_lone_headline_above_a_wire_dateline():
    article = clean(HEADLINE, DATELINE_LEAD, *BODY)
    assert article.title == HEADLINE
    assert article.body == (DATELINE_LEAD, *BODY)


@pytest.mark.parametrize(
    "opening",
    ["Nobody saw it coming.", "Ruth Okafor", "Why?", "“We thought we were going to die.”"],
)
def test_short_opening_above_a_dateline_stays(opening):
    article = clean(opening, DATELINE_LEAD, *BODY)
    assert article.title is None
    assert article.body == (opening, DATELINE_LEAD, *BODY)


def test_capitals_and_a_dash_mid_sentence_are_no_dateline():
    """Only a capitalised place then a dash at the very start is a dateline."""
    lead = "The NHS - and the council - said the road would stay shut until the spring."
    article = clean(SHORT_HEADLINE, lead, *CLOSING)
    assert article.title is None


def test_page_title_with_its_section_over_the_headline():
    article = clean(f"Opinion | {HEADLINE}", HEADLINE, *BODY)
    assert article.title == HEADLINE
    assert article.body == BODY
    assert removals(article) == [("title", "repeated_title"), ("title", "title")]


def test_a_title_case_headline_with_a_full_stop_printed_twice():
    headline = "Lifeboat Stock Is Falling After The Rescue. Why You Shouldn't Worry."
    article = clean(headline, headline, *BODY)
    assert article.title == headline
    assert article.body == BODY


def test_a_sentence_printed_twice_at_the_top_is_not_a_headline():
    sentence = "Four sailors were rescued from a capsized yacht on Sunday."
    article = clean(sentence, sentence, *BODY)
    assert article.title is None
    assert sentence in article.body


# --- the headline printed again a few lines below ------------------------------------------------

CAPTION = (
    "Volunteers from the Harlow Bay station haul the lifeboat up the slipway after the rescue, "
    "watched by the sailors' families."
)


@pytest.mark.parametrize(
    "between",
    [
        ("Rescues",),
        ("https://www.kellsbury-echo.example/news/lifeboat-rescue-harlow-bay",),
        (CAPTION, "Lifeboat Crew Honoured At Awards"),
    ],
    ids=["category", "address", "caption-and-link"],
)
def test_headline_printed_again_below_header_lines(between):
    article = clean(HEADLINE, *between, HEADLINE, *BODY, *CLOSING)
    assert article.title == HEADLINE
    assert article.body == (*BODY, *CLOSING)
    assert [r.reason for r in article.removed if r.filter == "title"] == [
        "title",
        *["header_furniture"] * len(between),
        "repeated_title",
    ]


def test_headline_printed_again_below_keeps_the_byline_between():
    article = clean(HEADLINE, "By Mara Quill", "Rescues", HEADLINE, *BODY)
    assert article.title == HEADLINE
    assert article.authors == ("Mara Quill",)
    assert article.body == BODY


def test_headline_repeated_after_the_story_began_stays():
    """The headline quoted again under several paragraphs of the story is the story's."""
    paragraphs = [f"{p} It was the {n}th call-out this year." for n, p in enumerate(BODY * 2, 4)]
    article = clean(HEADLINE, *paragraphs, HEADLINE, *CLOSING)
    assert article.body[: len(paragraphs)] == tuple(paragraphs)
    assert HEADLINE in article.body


def test_a_short_first_line_repeated_below_stays():
    """ "Why?" asked twice is a question, not a headline printed twice."""
    article = clean("Why now?", *BODY, "Why now?", *CLOSING)
    assert article.title is None
    assert article.body == ("Why now?", *BODY, "Why now?", *CLOSING)


def test_a_sentence_repeated_below_is_no_headline():
    sentence = "Four sailors were rescued from a capsized yacht on Sunday."
    article = clean(sentence, "Rescues", sentence, *BODY)
    assert article.title is None
    assert "Rescues" in article.body


# --- a second headline-like line between the headline and the story ----------------------------

DECK = "Volunteers from Harlow Bay searched for three hours in heavy seas off the point"


@pytest.mark.parametrize(
    "deck",
    [DECK, "Why the Harlow Bay crew went out again in a force nine?", "HB-Lifeboat-Rescue, 2nd Ld"],
    ids=["standfirst", "question", "wire-slug"],
)
@pytest.mark.parametrize("lede", [LONG_LEAD, DATELINE_LEAD], ids=["long-lead", "dateline"])
def test_headline_and_a_second_headline_line_over_the_story(deck, lede):
    article = clean(HEADLINE, deck, lede, *CLOSING)
    assert article.title == HEADLINE
    assert article.body == (lede, *CLOSING)
    assert removed_texts(article) == [
        ("title", "title", HEADLINE),
        ("title", "header_furniture", deck),
    ]
    again = clean(*article.body)
    assert again.body == article.body
    assert again.removed == ()


@pytest.mark.parametrize(
    "second",
    [
        pytest.param("Nobody saw it coming.", id="sentence"),
        pytest.param("The crew searched for hours. Four sailors were found alive", id="two"),
        pytest.param("the crew were out for three hours", id="lowercase"),
        pytest.param("Rescue", id="one-word"),
        pytest.param("FOUR SAILORS SAVED OFF THE POINT", id="capitals-subheading"),
        pytest.param("“We did it for the four of them”", id="opening-quotation"),
        pytest.param("'We did it for the four of them'", id="opening-quotation-straight"),
    ],
)
def test_a_line_under_a_headline_that_is_no_second_headline_stays(second):
    article = clean(HEADLINE, second, LONG_LEAD, *CLOSING)
    assert second in article.body


def test_a_second_headline_line_over_a_short_paragraph_stays():
    """A subheading over a short first paragraph: nothing shows the two lines are a header."""
    short = "Four sailors were rescued from a capsized yacht on Sunday."
    article = clean(HEADLINE, DECK, short, *CLOSING)
    assert DECK in article.body


# --- a lone headline in title case ---------------------------------------------------------------


def test_a_title_case_headline_over_a_shorter_first_paragraph():
    """A headline in title case needs a first paragraph of min_title_case_lead_words (18), not 25:
    no story opens with a sentence written in title case."""
    assert 18 <= word_count(BODY[0]) < 25
    article = clean(SHORT_TITLE_CASE_HEADLINE, *BODY, *CLOSING)
    assert article.title == SHORT_TITLE_CASE_HEADLINE
    assert article.body == (*BODY, *CLOSING)
    sentence_case = clean(SHORT_HEADLINE, *BODY, *CLOSING)
    assert sentence_case.title is None


def test_min_title_case_lead_words_is_a_parameter():
    raised = Pipeline.default().configure("title", min_title_case_lead_words=25)
    assert clean(SHORT_TITLE_CASE_HEADLINE, *BODY, *CLOSING, pipeline=raised).title is None


def test_headline_with_its_site_printed_again_below_without_it():
    page_title = "Lifeboat crew rescues four sailors | Harlow Bay Echo"
    headline = "Lifeboat crew rescues four sailors"
    article = clean(page_title, "Rescues", headline, *BODY, *CLOSING)
    assert (article.title, article.site) == (headline, "Harlow Bay Echo")
    assert article.body == (*BODY, *CLOSING)
    assert ("title", "header_furniture", "Rescues") in removed_texts(article)


# --- a sure headline over a one-sentence first paragraph -----------------------------------------


def test_a_sure_headline_over_a_one_sentence_first_paragraph():
    """A line of five words or more that reads surely as a headline needs only a first paragraph
    of min_short_lead_words (10): a wire story often opens with one short sentence."""
    assert 10 <= word_count(BODY[0]) < 25  # too short under a headline that is not sure
    article = clean(SENTENCE_CASE_HEADLINE, *BODY, *CLOSING)
    assert article.title == SENTENCE_CASE_HEADLINE
    assert article.body == (*BODY, *CLOSING)
    assert removals(article) == [("title", "title")]
    again = clean(*article.body)  # the lede is a sentence: cleaning again finds no headline
    assert again.title is None
    assert again.removed == ()


@pytest.mark.parametrize(
    "first",
    [
        pytest.param("HARLOW BAY LIFEBOAT CREW RESCUE FOUR FROM CAPSIZED YACHT", id="capitals"),
        pytest.param("Harlow Bay Echo | Lifeboat crew rescue four from yacht", id="parts"),
        pytest.param("Lifeboat crew rescue four - Harlow Bay Echo news desk", id="dash-parts"),
        pytest.param("Photo gallery: the lifeboat crew at Harlow Bay", id="label"),
        pytest.param("The yacht after the rescue in Harlow Bay. Reuters", id="caption-credit"),
        pytest.param("Results 12 3 7 and 9 at 14:30", id="mostly-numbers"),
        pytest.param("Lifeboat rescues four sailors", id="four-words"),
        pytest.param("Four sailors were rescued on Sunday.", id="a-sentence"),
        pytest.param("Harlow Bay Lifeboat Crew Rescue Four.", id="full-stop"),
        pytest.param("Ruth Okafor", id="a-name"),
    ],
)
def test_no_headline_over_a_shorter_first_paragraph(first):
    """Over a first paragraph shorter than min_lead_words, neither a sure headline nor one in
    title case: the lines stay as they are."""
    article = clean(first, *BODY, *CLOSING)
    assert article.title is None
    assert article.body == (first, *BODY, *CLOSING)
    assert article.removed == ()


def test_min_short_lead_words_is_a_parameter():
    raised = Pipeline.default().configure("title", min_short_lead_words=25)
    assert clean(SENTENCE_CASE_HEADLINE, *BODY, *CLOSING, pipeline=raised).title is None
    lowered = Pipeline.default().configure("title", min_sure_title_words=4)
    assert clean(SHORT_HEADLINE, *BODY, *CLOSING, pipeline=lowered).title == SHORT_HEADLINE


# --- a text that is only a headline ---------------------------------------------------------------


def test_a_text_that_is_only_a_headline_has_a_title_and_no_body():
    """A scraper that kept the page's title and lost its story: the headline is the title, the
    article has no body, and a warning says so."""
    article = clean(SENTENCE_CASE_HEADLINE)
    assert article.title == SENTENCE_CASE_HEADLINE
    assert article.body == ()
    assert removed_texts(article) == [("title", "title", SENTENCE_CASE_HEADLINE)]
    assert any(w.startswith("no body") for w in article.warnings)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Sourdough toast Rye loaf", id="four-words"),
        pytest.param(
            "All four were taken to hospital in Kellsbury and later released.", id="sentence"
        ),
        pytest.param("Ruth Okafor", id="a-name"),
        pytest.param("Harlow Bay Echo | Lifeboat crew rescue four from yacht", id="parts"),
        pytest.param("Read more at www.harlowbay-echo.example/lifeboat-rescue", id="web-address"),
    ],
)
def test_a_lone_line_that_is_no_sure_headline_stays(line):
    article = clean(line)
    assert article.title is None
    assert article.body == (line,)
    assert not any(w.startswith("no body") for w in article.warnings)
