"""The legal filter: copyright footers, syndication notes and wire credits are removed; story
sentences about rights, copyright and publishing stay."""

from __future__ import annotations

import pytest

from newsclean import Pipeline

from .helpers import clean, inside, only, removals, removed_texts

LEAD = (
    "A Kellsbury folk band has won back the rights to its own songs after a four-year dispute "
    "with the label that signed it in 1979.",
    "The band's first album, recorded in a church hall on the edge of town, sold more than "
    "200,000 copies across Europe.",
)
TAIL = (
    "The band plans to reissue the album on vinyl in the autumn, with three songs that were left "
    "off the original record.",
)
ARTICLE = (*LEAD, *TAIL)


def story(paragraph: str) -> tuple[str, ...]:
    return inside(paragraph, LEAD, TAIL)


# --- positive cases ----------------------------------------------------------------------------

LEGAL_LINES = [
    pytest.param(
        "© 2024 Kellsbury Courier. All rights reserved.", "copyright_notice", id="copyright-sign"
    ),
    pytest.param("Copyright 2023 Northfield Media Ltd", "copyright_notice", id="copyright-word"),
    pytest.param("(c) Harlow Bay Press 2022", "copyright_notice", id="copyright-c"),
    pytest.param("All rights reserved.", "copyright_notice", id="all-rights-reserved"),
    pytest.param(
        "This material may not be published, broadcast, rewritten or redistributed.",
        "copyright_notice",
        id="wire-rights",
    ),
    pytest.param(
        "This article originally appeared on The Harlow Bay Post.",
        "syndication_note",
        id="originally-appeared",
    ),
    pytest.param(
        "This story was first published by the Northfield Gazette.",
        "syndication_note",
        id="first-published-by",
    ),
    pytest.param(
        "Originally published on Kellsbury Today", "syndication_note", id="originally-published"
    ),
    pytest.param(
        "Republished with permission from the Northfield Gazette.",
        "syndication_note",
        id="republished-with-permission",
    ),
    pytest.param(
        "Read the original article on The Conversation.",
        "syndication_note",
        id="read-the-original",
    ),
    pytest.param(
        "(Reporting by Ana Ruiz; Editing by Tom Reyes)", "wire_credit", id="wire-credit-boxed"
    ),
    pytest.param(
        "Additional reporting by Lena Marsh; writing by Ruth Okafor",
        "wire_credit",
        id="additional-reporting",
    ),
]


@pytest.mark.parametrize(("line", "reason"), LEGAL_LINES)
def test_legal_line_is_removed(line, reason):
    article = clean(*story(line))
    assert article.body == ARTICLE
    assert removed_texts(article) == [("legal", reason, line)]
    assert article.removed[0].field is None


def test_footer_of_several_legal_lines():
    article = clean(
        *ARTICLE,
        "(Reporting by Ana Ruiz; Editing by Tom Reyes)",
        "This article originally appeared on The Harlow Bay Post.",
        "© 2024 Harlow Bay Post. All rights reserved.",
    )
    assert article.body == ARTICLE
    assert removals(article) == [
        ("legal", "wire_credit"),
        ("legal", "syndication_note"),
        ("legal", "copyright_notice"),
    ]


def test_legal_alone_in_a_pipeline():
    article = clean(*story("All rights reserved."), pipeline=only("legal"))
    assert article.body == ARTICLE
    assert removals(article) == [("legal", "copyright_notice")]


# --- hard negatives ------------------------------------------------------------------------------

HARD_NEGATIVES = [
    pytest.param(
        "All rights reserved, the contract said, belonged to the label until 2030.",
        id="all-rights-reserved-the-contract-said",
    ),
    pytest.param(
        "Copyright lawyers say the ruling could help hundreds of other musicians.",
        id="copyright-lawyers-say",
    ),
    pytest.param(
        "Correction: An earlier version of this article gave the wrong year for the band's first "
        "album.",
        id="correction-note",
    ),
    pytest.param(
        "The label's lawyer added that the band could not reproduce the artwork.",
        id="could-not-reproduce",
    ),
    pytest.param(
        "The original article, published in 1981, called them the best band in the county.",
        id="the-original-article",
    ),
    pytest.param(
        "Distributed by volunteers, the leaflets urged fans to boycott the label.",
        id="distributed-by-volunteers-reported",
    ),
    pytest.param(
        "Reporting by the Courier in 2019 first exposed the contract, and the label later "
        "apologised.",
        id="reporting-by-the-courier",
    ),
    pytest.param(
        "Copyright in the songs passed to the label in 1979, and for decades the band received "
        "nothing when they were played on the radio, used in adverts or sold abroad, even though "
        "the singer wrote every word and the guitarist wrote every tune, and the judge said the "
        "terms would never be allowed today.",
        id="long-copyright-paragraph",
    ),
    pytest.param(
        "All rights reserved under the 1979 contract passed to the label's new owner.",
        id="all-rights-reserved-under-the-contract",
    ),
    pytest.param(
        "Copyright law has not kept pace with the way music is streamed.",
        id="copyright-law-sentence",
    ),
    pytest.param(
        "(c) a duty to pay royalties twice a year;",
        id="contract-clause-c",
    ),
    pytest.param(
        "Originally published in 1962, the songbook has been out of print for decades.",
        id="originally-published-in-1962",
    ),
    pytest.param(
        "Syndicated by more than 40 radio stations, the band's live show reached millions.",
        id="syndicated-by-radio-stations",
    ),
    pytest.param(
        "Reporting by the Courier in 2019 first exposed the contract; the label later apologised.",
        id="reporting-by-with-semicolon",
    ),
    pytest.param(
        "Copyright Tribunal judges will hear the band's appeal in May.",
        id="copyright-tribunal",
    ),
    pytest.param(
        "Originally published on vinyl, the album sold 200,000 copies.",
        id="originally-published-on-vinyl",
    ),
    pytest.param(
        "Syndicated by Northfield Radio since 1985, the band's Sunday show reached a million "
        "listeners.",
        id="syndicated-by-a-named-station",
    ),
]


@pytest.mark.parametrize("paragraph", HARD_NEGATIVES)
def test_story_text_about_rights_stays(paragraph):
    paragraphs = story(paragraph)
    article = clean(*paragraphs)
    assert paragraph in article.body
    assert article.body == paragraphs
    assert article.removed == ()


# --- parameters ----------------------------------------------------------------------------------

LONG_FOOTER = (
    "© 2024 The Kellsbury Courier Ltd. All rights reserved. No part of this site may be copied, "
    "sold, lent, hired out or sent on in any form or by any means, in print or on the web, in full "
    "or in part, for any use, by any person, at any time, without our written consent, and we may "
    "take action if you do so."
)


def test_max_words_default_leaves_a_long_footer():
    article = clean(*ARTICLE, LONG_FOOTER)
    assert article.body == (*ARTICLE, LONG_FOOTER)
    assert article.removed == ()


def test_max_words_raised_removes_a_long_footer():
    pipeline = Pipeline.default().configure("legal", max_words=80)
    article = clean(*ARTICLE, LONG_FOOTER, pipeline=pipeline)
    assert article.body == ARTICLE
    assert removed_texts(article) == [("legal", "copyright_notice", LONG_FOOTER)]


def test_max_words_lowered_leaves_a_short_footer():
    footer = "© 2024 Kellsbury Courier. All rights reserved."
    pipeline = Pipeline.default().configure("legal", max_words=3)
    article = clean(*ARTICLE, footer, pipeline=pipeline)
    assert article.body == (*ARTICLE, footer)
    assert article.removed == ()
