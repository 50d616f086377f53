"""Residue that pages leave in extracted text (print notices, issue promos, contact lines, calls for
readers' photos): each rule, and the story sentences that look like it and must stay."""

from __future__ import annotations

import pytest

from .helpers import clean, inside, removals

LEAD = (
    "The harbour bridge reopened on Friday after six months of repairs, the council said.",
    "Drivers queued for an hour to be among the first to cross it, and the ferry was quiet.",
)
TAIL = ("Cyclists will have their own lane from next month, when the last barriers come down.",)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "This copy is for your personal, non-commercial use only. To order copies visit"
            " www.djreprints.example.",
            ("legal", "copyright_notice"),
        ),
        (
            "This article appears in the Spring 2024 issue of Harrow & Quill. Buy the issue",
            ("legal", "syndication_note"),
        ),
        ("Write to Ana Lutz at ana.lutz@echo.example", ("byline", "author_contact")),
        (
            "Have a photo or video of the storm? Send it to us here.",
            ("engagement", "page_furniture"),
        ),
    ],
)
def test_page_residue_is_removed(line, rule):
    article = clean(*inside(line, LEAD, TAIL))
    assert article.body == (*LEAD, *TAIL)
    assert rule in removals(article)


@pytest.mark.parametrize(
    "sentence",
    [
        "The licence is for personal, non-commercial use only, the court heard on Tuesday.",
        "This article appears to contradict what the mayor told the council in March.",
        "Write to your MP at the House of Commons, the campaign group urged its members.",
        "Have a photo of the flood? Police asked residents to send it to them, not to the council.",
        "This story appears in the first edition of the parish magazine, printed in 1911.",
    ],
)
def test_story_sentences_that_look_like_residue_stay(sentence):
    article = clean(*inside(sentence, LEAD, TAIL))
    assert sentence in article.body
