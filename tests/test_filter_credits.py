"""The credits filter: credit lines and captions go, their credits are lifted into
``image_credits``; glued credits are cut off a paragraph; sentences about photographs stay."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Pipeline

from .helpers import clean, inside, only, removals, removed_texts

LEAD = (
    "The Harbour Gallery in Kellsbury reopened on Saturday after a two-year refit, with a show of "
    "photographs of the town's fishing fleet.",
    "Some of the prints have never been shown before, having sat in a net loft on the quay since "
    "the 1960s.",
)
TAIL = ("The exhibition runs until the end of September and entry is free for residents.",)


def story(paragraph: str) -> tuple[str, ...]:
    return inside(paragraph, LEAD, TAIL)


# --- positive cases ----------------------------------------------------------------------------

CREDIT_LINES = [
    pytest.param("Credit: PA", "PA", "image_credit", id="credit-label"),
    pytest.param("Credit: dpa", "dpa", "image_credit", id="lowercase-agency"),
    pytest.param("REX/Shutterstock", "REX/Shutterstock", "image_credit", id="agency-slash"),
    pytest.param("AFP via Getty Images", "AFP via Getty Images", "image_credit", id="agency-via"),
    pytest.param(
        "Lena Marsh/Getty Images", "Lena Marsh/Getty Images", "image_credit", id="person-agency"
    ),
    pytest.param("Photo: Getty Images", "Getty Images", "image_credit", id="photo-label"),
    pytest.param("Photograph: Tom Barr", "Tom Barr", "image_credit", id="photograph-label"),
    pytest.param(
        "Picture: Kellsbury Courier", "Kellsbury Courier", "image_credit", id="picture-label"
    ),
    pytest.param("Photo by Ellis Crane", "Ellis Crane", "image_credit", id="photo-by"),
    pytest.param("Illustration: Sam Holt", "Sam Holt", "image_credit", id="illustration"),
    pytest.param(
        "Image copyright PA Media Image caption The gallery's new glass roof lets in natural light",
        "PA Media",
        "image_caption",
        id="image-copyright-with-caption",
    ),
    pytest.param(
        "Copyright Getty Images Image caption Crowds queued along the quay",
        "Getty Images",
        "image_caption",
        id="copyright-before-caption",
    ),
    pytest.param(
        "The gallery's director, Ruth Okafor, at the opening. Photo: Lena Marsh/Alamy",
        "Lena Marsh/Alamy",
        "image_caption",
        id="caption-then-credit",
    ),
    pytest.param(
        "Ruth Okafor opens the gallery (Photo: PA)", "PA", "image_caption", id="boxed-in-caption"
    ),
]


@pytest.mark.parametrize(("line", "credit", "reason"), CREDIT_LINES)
def test_credit_line_is_removed_and_its_credit_lifted(line, credit, reason):
    article = clean(*story(line))
    assert article.image_credits == (credit,)
    assert article.body == (*LEAD, *TAIL)
    assert removed_texts(article) == [("credits", reason, line)]
    assert article.removed[0].field == "image_credits"


def test_photographs_by_line_is_a_credit():
    article = clean(*story("Photographs by Lena Marsh"))
    assert article.image_credits == ("Lena Marsh",)
    assert article.body == (*LEAD, *TAIL)
    assert removed_texts(article) == [("credits", "image_credit", "Photographs by Lena Marsh")]


def test_glued_credit_is_cut_from_the_end_of_a_paragraph():
    paragraph = (
        "The gallery's director, Ruth Okafor, said the refit had taken longer than planned because "
        "the old roof was found to be unsafe, and that the opening show honours the fishing "
        "families who kept the gallery going."
    )
    article = clean(*story(f"{paragraph} (Photo: Getty Images)"))
    assert article.image_credits == ("Getty Images",)
    assert article.body == (*LEAD, paragraph, *TAIL)
    assert removed_texts(article) == [("credits", "glued_credit", "(Photo: Getty Images)")]


def test_a_credit_repeated_under_several_pictures_is_lifted_once():
    article = clean(LEAD[0], "Credit: PA", LEAD[1], "Credit: PA", "Photo: Ellis Crane", *TAIL)
    assert article.image_credits == ("PA", "Ellis Crane")
    assert article.body == (*LEAD, *TAIL)
    assert removals(article) == [("credits", "image_credit")] * 3


def test_credit_on_its_own_line_under_a_caption_paragraph():
    # auto splitting separates a short credit line from the caption above it
    text = f"{LEAD[0]}\n\nFishermen mend nets on the quay in 1962.\nCredit: PA\n\n{TAIL[0]}"
    article = clean(text)
    assert article.image_credits == ("PA",)
    assert article.body == (LEAD[0], "Fishermen mend nets on the quay in 1962.", TAIL[0])
    assert removed_texts(article) == [("credits", "image_credit", "Credit: PA")]


def test_credits_alone_in_a_pipeline():
    article = clean(*story("REX/Shutterstock"), pipeline=only("credits"))
    assert article.image_credits == ("REX/Shutterstock",)
    assert article.body == (*LEAD, *TAIL)


# --- hard negatives ------------------------------------------------------------------------------

HARD_NEGATIVES = [
    pytest.param(
        "Photographer Lena Marsh spent three winters aboard the trawlers to make the series.",
        id="paragraph-about-a-photographer",
    ),
    pytest.param(
        "Photo editor Sam Holt chose the 40 prints from more than 3,000 negatives.",
        id="photo-editor",
    ),
    pytest.param(
        "Photos by Lena Marsh have been shown in London, Oslo and New York.",
        id="photos-by-long-sentence",
    ),
    pytest.param(
        "Credit: what changes for borrowers in April",
        id="credit-subheading-in-money-story",
    ),
    pytest.param("Credit Suisse shares fell four per cent on Monday.", id="credit-suisse"),
    pytest.param("The Getty Museum has lent two prints to the show.", id="getty-museum"),
    pytest.param("Reuters and AP both carried the story.", id="agencies-in-a-sentence"),
    pytest.param(
        "Image copyright belongs to the fishermen's families, the gallery says.",
        id="image-copyright-sentence",
    ),
    pytest.param("Pictured: the lifeboat crew in 1962.", id="pictured-lowercase"),
    pytest.param(
        "A video shows the moment the last trawler left the harbour in 1971.", id="a-video-shows"
    ),
    pytest.param(
        "Photos by Lena Marsh hang in the gallery's main room.",
        id="photos-by-short-sentence",
    ),
    pytest.param(
        "The show opens on Friday. Photos by Ward 4 patients line the walls.",
        id="photos-by-after-a-sentence",
    ),
    pytest.param("Getty, Alamy and Shutterstock all declined to comment.", id="agencies-declined"),
    pytest.param("Image: the council's drawing shows the new roof.", id="image-colon-sentence"),
]


@pytest.mark.parametrize("paragraph", HARD_NEGATIVES)
def test_story_text_about_pictures_stays(paragraph):
    paragraphs = story(paragraph)
    article = clean(*paragraphs)
    assert paragraph in article.body
    assert article.body == paragraphs
    assert article.image_credits == ()
    assert article.removed == ()


# --- parameters ----------------------------------------------------------------------------------

LONG_CAPTION = (
    "Fishermen mend their nets on the quay at dawn in the winter of 1962, a week before the "
    "storm that sank three boats of the fleet. Photo: Lena Marsh/Alamy"
)


def test_caption_words_default_cuts_the_credit_off_a_long_caption():
    caption = LONG_CAPTION.removesuffix(" Photo: Lena Marsh/Alamy")
    article = clean(*story(LONG_CAPTION))
    assert article.image_credits == ("Lena Marsh/Alamy",)
    assert article.body == (*LEAD, caption, *TAIL)
    assert removed_texts(article) == [("credits", "glued_credit", "Photo: Lena Marsh/Alamy")]


def test_caption_words_raised_takes_a_long_caption():
    pipeline = Pipeline.default().configure("credits", caption_words=40)
    article = clean(*story(LONG_CAPTION), pipeline=pipeline)
    assert article.image_credits == ("Lena Marsh/Alamy",)
    assert article.body == (*LEAD, *TAIL)
    assert removed_texts(article) == [("credits", "image_caption", LONG_CAPTION)]


def test_caption_words_lowered_makes_a_short_caption_a_paragraph():
    caption = "The gallery's director, Ruth Okafor, at the opening."
    line = f"{caption} Photo: Lena Marsh/Alamy"
    assert removals(clean(*story(line))) == [("credits", "image_caption")]
    pipeline = Pipeline.default().configure("credits", caption_words=5)
    article = clean(*story(line), pipeline=pipeline)
    # too long for a caption now, so only the glued credit is cut and the text stays
    assert article.image_credits == ("Lena Marsh/Alamy",)
    assert article.body == story(caption)
    assert removed_texts(article) == [("credits", "glued_credit", "Photo: Lena Marsh/Alamy")]


def test_credit_line_joined_with_pipes():
    article = clean(*inside("Ana Ruiz | Bloomberg | Getty Images"))
    assert article.image_credits == ("Ana Ruiz | Bloomberg | Getty Images",)
    assert "Ana Ruiz | Bloomberg | Getty Images" not in article.body


def test_pipe_joined_names_without_an_agency_stay():
    line = "Ana Ruiz | Tom Reyes"
    assert line in clean(*inside(line)).body


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        ("Crews lift the last deck panel into place on Friday. | Reuters", "Reuters"),
        (
            "The new lifeboat on its first launch from the slipway. | Harlow Bay RNLI",
            "Harlow Bay RNLI",
        ),
    ],
)
def test_a_caption_with_its_credit_after_a_bar(caption, credit):
    article = clean(*inside(caption))
    assert article.image_credits == (credit,)
    assert removed_texts(article) == [("credits", "image_caption", caption)]


def test_a_labelled_caption_with_its_credit_after_it():
    caption = "Photo: The new lifeboat on its first launch. © Harlow Bay RNLI / Jo Pemberton"
    article = clean(*inside(caption))
    assert article.image_credits == ("Harlow Bay RNLI / Jo Pemberton",)
    assert removed_texts(article) == [("credits", "image_caption", caption)]


def test_a_labelled_line_with_no_credit_after_it_stays():
    line = (
        "Photo: the archive shows the pier in 1902. Credit is due to the volunteers who scanned it."
    )
    assert line in clean(*inside(line)).body


@pytest.mark.parametrize(
    "line",
    [
        "The council voted to close the library on Tuesday. | Politics",  # a section, one word
        "“We will rebuild this town, whatever it takes.” | Ruth Okafor",  # a pull quote
        "Read the full report. | Harlow Bay Council",  # too short for a caption
        "Crews lift the last deck panel into place | Reuters",  # no sentence before the bar
    ],
)
def test_a_line_with_a_bar_that_is_no_caption_stays(line):
    assert line in clean(*inside(line)).body


# --- captions that end with a bracketed agency-and-person credit ----------------------------------
AP_CAPTION = (
    "In this Sunday, Nov. 10, 2019, photograph, a long row of unsold sports-utility vehicles sits"
    " at a dealership in Littleton, Colo., while a salesman waits for customers on the forecourt"
    " outside. (AP Photo/David Zalubowski)"
)


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (AP_CAPTION, "AP Photo/David Zalubowski"),
        (
            "Crews lift the last deck panel into place on Friday. (Jane Roe/Getty Images)",
            "Jane Roe/Getty Images",
        ),
    ],
)
def test_a_caption_ending_with_a_bracketed_slash_credit_is_removed(caption, credit):
    article = clean(*story(caption))
    assert caption not in article.body
    assert article.image_credits == (credit,)
    assert ("credits", "image_caption") in removals(article)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The museum said the painting would return to the main gallery in May. (Reuters)",
        "Prices rose 4% in the year to March (see chart, page 3/4).",
        "The exhibition was curated by Jane Roe and Tom Reyes (both of the city museum).",
    ],
)
def test_a_paragraph_ending_with_other_brackets_stays(paragraph):
    assert paragraph in clean(*story(paragraph)).body


# --- captions without a credit, and archive credits -----------------------------------------------
@pytest.mark.parametrize(
    "caption",
    [
        "Image caption Crews lift the last deck panel into place on Friday",
        "FILE PHOTO: Traders work on the floor of the Kellsbury exchange, November 18, 2019.",
        "Mayor Ana Lutz, left, and engineer Tom Reyes cross the bridge in Kellsbury on Friday,"
        " March 8, 2024.",
        "Harbour master Ruth Okafor, second from right, watches the first ferry leave the quay on"
        " Tuesday, Nov. 19, 2019.",
    ],
)
def test_captions_without_a_credit_are_removed(caption):
    article = clean(*story(caption))
    assert caption not in article.body
    assert ("credits", "image_caption") in removals(article)


def test_an_archive_credit_in_brackets():
    caption = "A ferry leaves Kellsbury quay in the winter of 2015. (AP Photo/Jane Roe, File)"
    article = clean(*story(caption))
    assert caption not in article.body
    assert article.image_credits == ("AP Photo/Jane Roe",)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The mayor, left with no choice, closed the bridge on Friday, March 8, 2024.",
        "“Stand on the right, and keep left for overtaking,” the sign on the bridge has said"
        " since 1998.",
        "Ana Lutz, left, and Tom Reyes, right, were the only two councillors to vote against it.",
        "The caption competition closes on Friday, and the winner will be announced in May 2024.",
        "File photos of the bridge from 1952 show the same rust, the engineer said.",
        "Jane Roe, left, and Tom Reyes founded the company in 2019 after leaving the bank.",
        "Kellsbury's mayor, right, and her deputy were both re-elected in 2022 by wide margins.",
    ],
    ids=["left-with", "quoted", "no-year", "caption-word", "file-photos", "year", "right-year"],
)
def test_story_sentences_with_positions_or_dates_stay(paragraph):
    assert paragraph in clean(*story(paragraph)).body


# --- a caption on the line above a photographer's credit ---------------------------------------

CAPTION = "Fishing boats moored at the quay in the winter of 1961."
PHOTOGRAPHER = "Tom Reyes/Kellsbury Echo/Getty Images"


def test_the_caption_on_the_line_above_a_photographers_credit_goes():
    article = clean(*story(f"{CAPTION}\n{PHOTOGRAPHER}"))
    assert article.body == (*LEAD, *TAIL)
    assert article.image_credits == (PHOTOGRAPHER,)
    assert removed_texts(article) == [
        ("credits", "image_caption", CAPTION),
        ("credits", "image_credit", PHOTOGRAPHER),
    ]


@pytest.mark.parametrize(
    "lines",
    [
        # A blank line between them: the line above is a paragraph of the story.
        (CAPTION, PHOTOGRAPHER),
        # A credit naming no photographer ("Getty Images", "Reuters" may credit the text).
        (f"{CAPTION}\nGetty Images",),
        # Two sentences, a quotation, a line that is no sentence, a longer paragraph.
        (f"The boats are gone. Only the quay is left.\n{PHOTOGRAPHER}",),
        (f"“We fished here for forty years,” she said.\n{PHOTOGRAPHER}",),
        (f"Fishing boats moored at the quay\n{PHOTOGRAPHER}",),
        (
            "The prints were found in a net loft on the quay by a volunteer who was clearing it "
            "out for the new owners, and they were cleaned and catalogued over two winters by "
            f"the gallery's staff.\n{PHOTOGRAPHER}",
        ),
        # Three lines: the line above the credit is no caption standing alone with it.
        (f"The gallery bought the collection in 2019.\n{CAPTION}\n{PHOTOGRAPHER}",),
    ],
    ids=[
        "blank-line-between",
        "agency-only",
        "two-sentences",
        "quotation",
        "no-sentence",
        "long-paragraph",
        "three-lines",
    ],
)
def test_the_line_above_a_credit_stays_unless_a_caption_alone_with_it(lines):
    article = clean(*LEAD, *lines, *TAIL)
    assert article.image_credits  # the credit was read, the line above it looked at
    assert ("credits", "image_caption") not in removals(article)


def test_no_caption_is_read_above_a_credit_in_text_without_blank_lines():
    article = newsclean.clean("\n".join((*LEAD, CAPTION, PHOTOGRAPHER, *TAIL)))
    assert article.image_credits == (PHOTOGRAPHER,)
    assert CAPTION in article.body
    assert ("credits", "image_caption") not in removals(article)


@pytest.mark.parametrize(
    "above",
    [
        # A line this filter claims by another rule: claimed once, not again as a caption.
        "Mayor Jane Roe, left, and engineer Tom Reyes cut the ribbon at the bridge on 8 March "
        "2024.",
        "Photo: AFP.",
    ],
    ids=["positional-caption", "credit-line"],
)
def test_a_line_above_a_credit_that_is_claimed_already_is_claimed_once(above):
    article = clean(*LEAD, f"{above}\n{PHOTOGRAPHER}", *TAIL)  # was a FilterError (overlap)
    assert article.body == (*LEAD, *TAIL)
    assert len([r for r in article.removed if r.text.startswith(above[:10])]) == 1
