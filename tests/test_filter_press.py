"""The press filter: a press release's media-contact block and 'About <organisation>' section go;
a story's 'About the study' section and contact details inside sentences stay."""

from __future__ import annotations

import pytest

from .helpers import clean, removals

RELEASE = (
    "The city will open three new flood shelters before the spring storms, the mayor announced on"
    " Tuesday.",
    "The shelters, in the library, the leisure centre and the old fire station, will hold 400"
    " people between them.",
    "Residents can sign up for text alerts on the city website from next week.",
)
CONTACT = ("Media contact", "Dana Whitcomb, Communications Manager", "555-0142 · dw@city.example")
ABOUT = (
    "About the Office of Emergency Management",
    "The Marlow Ridge Office of Emergency Management coordinates the city's planning for and"
    " response to disasters.",
)


def test_media_contact_block_is_removed():
    article = clean(*RELEASE, *CONTACT)
    assert article.body == RELEASE
    assert removals(article) == [("press", "press_contact")] * 3


def test_about_section_is_removed():
    article = clean(*RELEASE, *ABOUT)
    assert article.body == RELEASE
    assert removals(article) == [("press", "about_section")] * 2


def test_about_section_named_by_the_last_words_of_the_organisation():
    about = (
        "About the City of Marlow Ridge",
        "Marlow Ridge is a city of 48,000 people on the Calder estuary, home to the county's"
        " largest port.",
    )
    article = clean(*RELEASE, *about)
    assert article.body == RELEASE
    assert removals(article) == [("press", "about_section")] * 2


def test_contact_block_and_about_section_together():
    article = clean(*RELEASE, *CONTACT, *ABOUT)
    assert article.body == RELEASE


@pytest.mark.parametrize(
    "section",
    [
        (
            "About the study",
            "The study followed 400 households in three towns for two years, the authors said.",
        ),
        (
            "About Kellsbury",
            "Most of the town's 12,000 residents live within a mile of the river, records show.",
        ),
        (
            "About the Friends of Mill Lane Library",
            "Residents of Mill Lane set up the group in 2019, and it now has 300 members.",
        ),
    ],
    ids=["lowercase-topic", "paragraph-not-about-the-name", "name-further-in"],
)
def test_about_sections_of_the_story_stay(section):
    article = clean(*RELEASE, *section)
    assert article.body == (*RELEASE, *section)


def test_an_about_heading_early_in_the_story_stays():
    heading = "About the Harbour Trust"
    paragraph = "The Harbour Trust owns the quay and has run the ferry since 1952, records show."
    article = clean(RELEASE[0], heading, paragraph, *RELEASE[1:], *RELEASE)
    assert heading in article.body


def test_contact_details_inside_a_sentence_stay():
    sentence = "Media contact details were left off the release, so reporters called 555-0142."
    article = clean(*RELEASE, sentence)
    assert sentence in article.body


def test_lines_under_a_contact_heading_that_are_story_stay():
    tail = "The shelters will open at 6pm on the first night of any storm warning, she added."
    article = clean(*RELEASE, "Media contact", tail)
    assert tail in article.body
