"""The byline filter: bylines near the top are lifted into ``authors`` as bare names, a repeated
byline and an author bio at the end are removed; sentences that start with "By" or with a name
stay."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Pipeline

from .helpers import clean, removals, removed_texts, text_of

HEADLINE = "Mill Lane bakery feeds flood volunteers for a week"
BODY = (
    "A bakery on Mill Lane has given away more than 2,000 loaves to volunteers clearing homes "
    "after last week's floods in Kellsbury.",
    "Its owner, Helen Ostrova, opened the shop at 4am every day so that the first shift could "
    "collect bread on the way to the river.",
)
CLOSING = ("The bakery reopens to paying customers on Monday.",)
ARTICLE = (*BODY, *CLOSING)


# --- positive cases ----------------------------------------------------------------------------

BYLINES = [
    pytest.param("By Mara Quill", ("Mara Quill",), id="by-name"),
    pytest.param("By Mara Quill and Tom Reyes", ("Mara Quill", "Tom Reyes"), id="two-names"),
    pytest.param("By Mara Quill & Tom Reyes", ("Mara Quill", "Tom Reyes"), id="ampersand"),
    pytest.param("By Mara Quill / Tom Reyes", ("Mara Quill", "Tom Reyes"), id="slash"),
    pytest.param("Mara Quill / Tom Reyes", ("Mara Quill", "Tom Reyes"), id="bare-names-slash"),
    pytest.param(
        "Written by Mara Quill, Tom Reyes and Lena Marsh",
        ("Mara Quill", "Tom Reyes", "Lena Marsh"),
        id="three-names",
    ),
    pytest.param("By Mara Quill, Political Editor", ("Mara Quill",), id="job-title"),
    pytest.param("By Mara Quill, Reuters", ("Mara Quill",), id="outlet-after-comma"),
    pytest.param("By Mara Quill for the Kellsbury Courier", ("Mara Quill",), id="for-outlet"),
    pytest.param("By Mara Quill in Kellsbury", ("Mara Quill",), id="in-place"),
    pytest.param("Words by Mara Quill", ("Mara Quill",), id="words-by"),
    pytest.param("Author: Mara Quill", ("Mara Quill",), id="author-label"),
    pytest.param("BY Mara Quill", ("Mara Quill",), id="prefix-in-capitals"),
    pytest.param("By MARA QUILL", ("MARA QUILL",), id="name-in-capitals"),
    pytest.param("By Ana de la Cruz", ("Ana de la Cruz",), id="particles"),
    pytest.param("By J. R. Holt", ("J. R. Holt",), id="initials"),
]


@pytest.mark.parametrize(("line", "authors"), BYLINES)
def test_byline_under_the_headline(line, authors):
    article = clean(HEADLINE, line, *ARTICLE)
    assert article.authors == authors
    assert article.title == HEADLINE
    assert article.body == ARTICLE
    assert removed_texts(article) == [("title", "title", HEADLINE), ("byline", "byline", line)]
    assert article.removed[1].field == "authors"


@pytest.mark.parametrize("line", ["Mara Quill / Getty Images", "Photo: Mara Quill / AFP"])
def test_a_slashed_photo_credit_under_the_headline_is_no_byline(line):
    article = clean(HEADLINE, line, *ARTICLE)
    assert article.authors == ()
    assert removals(article)[-1] == ("credits", "image_credit")


def test_byline_that_names_only_the_outlet_is_removed_without_an_author():
    article = clean(HEADLINE, "By Kellsbury Courier Staff", *ARTICLE)
    assert article.authors == ()
    assert article.body == ARTICLE
    assert removed_texts(article) == [
        ("title", "title", HEADLINE),
        ("byline", "byline", "By Kellsbury Courier Staff"),
    ]
    assert article.removed[1].field is None


def test_name_and_date_on_one_line():
    article = clean(HEADLINE, "Mara Quill | Published 3 March 2021", *ARTICLE)
    assert article.authors == ("Mara Quill",)
    assert article.published == "2021-03-03"
    assert article.body == ARTICLE
    assert removed_texts(article) == [
        ("title", "title", HEADLINE),
        ("byline", "byline", "Mara Quill"),
        ("dates", "published_date", "Published 3 March 2021"),
        ("assemble", "separator", "|"),
    ]


@pytest.mark.parametrize(
    "header",
    [(HEADLINE, "Mara Quill"), ("Mara Quill", "4 March 2021"), ("4 March 2021", "Mara Quill")],
    ids=["under-headline", "above-date", "under-date"],
)
def test_bare_name_beside_the_header(header):
    article = clean(*header, *ARTICLE)
    assert article.authors == ("Mara Quill",)
    assert article.body == ARTICLE
    assert ("byline", "byline") in removals(article)


def test_byline_printed_twice_in_the_header():
    article = clean(HEADLINE, "By Mara Quill", "By Mara Quill", *ARTICLE)
    assert article.authors == ("Mara Quill",)
    assert article.body == ARTICLE
    assert removals(article) == [
        ("title", "title"),
        ("byline", "byline"),
        ("byline", "repeated_byline"),
    ]


@pytest.mark.parametrize(
    "bio",
    [
        "Mara Quill is a senior reporter at the Kellsbury Courier.",
        "Mara Quill covers local government and can be reached at the newsroom on Dock Road.",
        "Mara Quill has written about Kellsbury's floods since 2007.",
        "Mara Quill, a former editor of the Harlow Bay Gazette, is the Courier's chief reporter.",
        "About the author: Mara Quill is a senior reporter at the Kellsbury Courier.",
    ],
    ids=["is-a", "covers", "has-written", "apposition", "labelled"],
)
def test_author_bio_at_the_end_is_removed(bio):
    article = clean(HEADLINE, "By Mara Quill", *ARTICLE, bio)
    assert article.authors == ("Mara Quill",)
    assert article.body == ARTICLE
    assert removed_texts(article)[-1] == ("byline", "author_bio", bio)


def test_a_sentence_about_the_author_with_commas_stays():
    """An apposition is skipped only when a bio verb follows it."""
    line = "Mara Quill, the council said, had asked for the minutes twice before the meeting."
    article = clean(HEADLINE, "By Mara Quill", *ARTICLE, line)
    assert line in article.body


@pytest.mark.parametrize(
    "line",
    [
        "About the author: the book's real subject is the town, Mara Quill is told by its mayor.",
        "About the author Mara Quill is a question her readers often ask.",
    ],
)
def test_a_labelled_line_that_is_no_bio_stays(line):
    """After the label ("About the author:"), the line must open with the author and a bio verb,
    as an unlabelled bio does."""
    article = clean(HEADLINE, "By Mara Quill", *ARTICLE, line)
    assert line in article.body


def test_bio_of_an_author_named_only_in_the_page_markup():
    page = (
        '<html><head><meta name="author" content="Mara Quill"></head><body><article>'
        + "".join(f"<p>{p}</p>" for p in ARTICLE)
        + "<p>Mara Quill, a former editor of the Harlow Bay Gazette, writes about planning.</p>"
        "</article></body></html>"
    )
    article = newsclean.clean(page)
    assert article.authors == ("Mara Quill",)
    assert article.body == ARTICLE


def test_byline_alone_in_a_pipeline():
    article = clean(HEADLINE, "By Mara Quill", *ARTICLE, pipeline=Pipeline.from_names(["byline"]))
    assert article.authors == ("Mara Quill",)
    assert article.title is None
    assert article.body == (HEADLINE, *ARTICLE)


def test_byline_printed_again_at_the_end_is_removed():
    article = clean(HEADLINE, "By Mara Quill", *ARTICLE, "By Mara Quill")
    assert article.authors == ("Mara Quill",)
    assert article.body == ARTICLE
    assert removals(article)[-1] == ("byline", "repeated_byline")


def test_title_case_headline_is_not_taken_for_an_author():
    headline = "Kellsbury Bakery Feeds Flood Volunteers for a Week"
    article = clean(headline, "Mara Quill | Published 3 March 2021", *ARTICLE)
    assert article.authors == ("Mara Quill",)
    assert article.title == headline
    assert article.body == ARTICLE


# --- hard negatives ------------------------------------------------------------------------------

HEADER_NEGATIVES = [
    pytest.param(
        "By the end of the week the bakery had run out of flour", id="by-the-end-of-the-week"
    ),
    pytest.param("Written by hand, the thank-you notes filled a wall", id="written-by-hand"),
    pytest.param(
        "Words by the children of Mill Lane primary school cover one wall",
        id="words-by-the-children",
    ),
    pytest.param("By Tuesday, floodwater had reached the bakery's door.", id="by-tuesday"),
    pytest.param(
        "By 2030 the town will need a flood wall, the Environment Agency says.", id="by-2030"
    ),
]


@pytest.mark.parametrize("line", HEADER_NEGATIVES)
def test_sentence_starting_with_by_under_the_headline_stays(line):
    paragraphs = (HEADLINE, line, *ARTICLE)
    article = clean(*paragraphs)
    assert article.authors == ()
    # The headline may be lifted (over a sentence with its full stop it reads as one); the line
    # under it is the story's either way.
    assert article.body in (paragraphs, paragraphs[1:])
    assert {r.filter for r in article.removed} <= {"title"}


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the week, the bakery had given away 2,000 loaves.",
        "By Tuesday, floodwater had reached the bakery's door.",
    ],
    ids=["by-the-end", "by-tuesday"],
)
def test_first_paragraph_starting_with_by_stays(line):
    paragraphs = (line, *ARTICLE)
    article = clean(*paragraphs)
    assert article.authors == ()
    assert article.body == paragraphs
    assert article.removed == ()


ENDING_NEGATIVES = [
    pytest.param(
        "Helen Ostrova is a baker who moved to Kellsbury from Odesa in 2014.",
        id="someone-else-is-a",
    ),
    pytest.param("Tom Quill was the bakery's first owner, in 1921.", id="same-surname-was"),
    pytest.param(
        "Tom Reyes, a volunteer from Harlow Bay, has eaten nothing but bread for a week.",
        id="other-name-has",
    ),
    pytest.param("Mara Quill's grandmother ran the bakery until 1970.", id="authors-grandmother"),
]


@pytest.mark.parametrize("line", ENDING_NEGATIVES)
def test_paragraph_about_someone_else_at_the_end_stays(line):
    article = clean(HEADLINE, "By Mara Quill", *ARTICLE, line)
    assert line in article.body
    assert article.authors == ("Mara Quill",)
    assert article.body == (*ARTICLE, line)
    assert removals(article) == [("title", "title"), ("byline", "byline")]


def test_names_listed_in_the_story_stay():
    names = ("Volunteers on the first shift:", "Helen Ostrova", "Tom Barr", "Ana Ruiz")
    article = clean(HEADLINE, "By Mara Quill", *BODY, *names, *CLOSING)
    assert article.authors == ("Mara Quill",)
    assert article.body == (*BODY, *names, *CLOSING)


def test_name_line_without_a_header_beside_it_stays():
    paragraphs = (*BODY, "Helen Ostrova", *CLOSING)
    article = clean(*paragraphs)
    assert article.authors == ()
    assert article.body == paragraphs
    assert article.removed == ()


# --- parameters ----------------------------------------------------------------------------------


def test_header_blocks_limits_where_bylines_are_looked_for():
    standfirst = "Residents were told to stay indoors overnight"
    paragraphs = (HEADLINE, standfirst, "By Mara Quill", *ARTICLE)
    assert clean(*paragraphs).authors == ("Mara Quill",)
    pipeline = Pipeline.default().configure("byline", header_blocks=2)
    article = clean(*paragraphs, pipeline=pipeline)
    assert article.authors == ()
    assert "By Mara Quill" in article.body


def test_removed_banners_do_not_use_up_the_header():
    banners = ("Advertisement",) * 3
    paragraphs = (HEADLINE, *banners, "By Mara Quill", *ARTICLE)
    pipeline = Pipeline.default().configure("byline", header_blocks=2)
    assert clean(*paragraphs, pipeline=pipeline).authors == ("Mara Quill",)


def test_bio_blocks_limits_how_far_back_bios_are_looked_for():
    bio = "Mara Quill is a senior reporter at the Kellsbury Courier."
    paragraphs = (HEADLINE, "By Mara Quill", *BODY, bio, *CLOSING)
    assert clean(*paragraphs).body == ARTICLE
    pipeline = Pipeline.default().configure("byline", bio_blocks=1)
    article = clean(*paragraphs, pipeline=pipeline)
    assert article.body == (*BODY, bio, *CLOSING)
    assert removals(article) == [("title", "title"), ("byline", "byline")]


# --- contact lines at the end ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(
            "Have a tip? Mara Quill may be reached at mq@courier.example.", id="reached-at"
        ),
        pytest.param("mquill@courier.example", id="bare-email"),
        pytest.param("twitter.com/maraquill", id="bare-profile"),
    ],
)
def test_contact_lines_at_the_end_are_removed(line):
    article = clean(*ARTICLE, line)
    assert article.body == ARTICLE
    assert removals(article) == [("byline", "author_contact")]


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param(
            "The helpline can be reached at 0800 123 456 from Monday, the council said.",
            id="helpline-reached-at",
        ),
        pytest.param(
            "Follow the signs for the car park; the library entrance is on the left.",
            id="follow-the-signs",
        ),
    ],
)
def test_contact_like_story_text_at_the_end_stays(paragraph):
    article = clean(*ARTICLE, paragraph)
    assert article.body == (*ARTICLE, paragraph)
    assert article.removed == ()


def test_contact_line_in_the_middle_stays():
    line = "Residents may be reached at the reception desk by the library staff."
    paragraphs = (ARTICLE[0], line, *ARTICLE[1:], "Another closing line of the story here.")
    assert line in clean(*paragraphs, "A last paragraph.", "And one more.").body


# --- a columnist's note at the end ---------------------------------------------------------------

PT_COLUMN = (
    "A proibição dos telemóveis nas escolas tem a seu favor o bom senso e, cada vez mais, a "
    "evidência recolhida pelos investigadores.",
    "Mas a escola resolve o problema das oito horas em que manda; as outras dezasseis continuam "
    "por conta das famílias.",
)


@pytest.mark.parametrize(
    "note",
    [
        pytest.param("Professor of history at Kellsbury College. Writes every Thursday.", id="en"),
        pytest.param("Her column appears every other Monday.", id="en-column-appears"),
    ],
)
def test_a_columnists_note_at_the_end_is_removed(note):
    article = clean(*ARTICLE, note)
    assert article.body == ARTICLE
    assert removed_texts(article) == [("byline", "author_bio", note)]


@pytest.mark.parametrize(
    "note",
    [
        pytest.param(
            "Professora de Sociologia na Universidade de Alvarim. Escreve às quintas-feiras.",
            id="weekday",
        ),
        pytest.param("Escreve quinzenalmente, ao domingo.", id="fortnightly-sunday"),
    ],
)
def test_a_portuguese_columnists_note_at_the_end_is_removed(note):
    article = newsclean.clean(text_of(*PT_COLUMN, note), language="pt")
    assert article.body == PT_COLUMN
    assert removals(article) == [("byline", "author_bio")]


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param(
            "Her grandson is in Australia now. She writes every Sunday.", id="subject-habit"
        ),
        pytest.param(
            "Writes every Thursday, the club secretary said, are what keep the members coming.",
            id="no-schedule-at-the-end",
        ),
        pytest.param(
            "The poet, who lives above the bakery, sends a new verse to the Courier and her "
            "editor says the whole town waits for the paper because her column appears every "
            "Thursday and sells out by noon; nobody else in Kellsbury has ever managed that, "
            "least of all the council. Her column appears every Thursday.",
            id="long-paragraph",
        ),
    ],
)
def test_a_story_line_about_writing_on_a_day_stays(paragraph):
    article = clean(*ARTICLE, paragraph)
    assert article.body == (*ARTICLE, paragraph)
    assert article.removed == ()


@pytest.mark.parametrize(
    ("code", "story", "line"),
    [
        ("pt", PT_COLUMN, "A avó mora em Braga. Escreve aos domingos."),
        ("en", ARTICLE, "Her grandson lives in Perth. Writes every Sunday."),
    ],
    ids=["pt-narration", "en-narration"],
)
def test_a_schedule_after_narration_stays(code, story, line):
    """Languages that drop the subject ("Escreve aos domingos.") read a narrated habit like a
    columnist's schedule: a verb in what comes before it tells them apart."""
    article = newsclean.clean(text_of(*story, line), language=code)
    assert line in article.body


def test_a_columnists_note_in_the_middle_stays():
    note = "Writes every Thursday."
    paragraphs = (BODY[0], note, BODY[1], *CLOSING, "A last paragraph.", "And one more line.")
    assert note in clean(*paragraphs).body
