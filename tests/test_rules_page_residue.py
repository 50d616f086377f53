"""Residue that pages leave in extracted text (print notices, issue promos, contact lines, calls for
readers' photos): each rule, and the story sentences that look like it and must stay."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Pipeline

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


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Reuse this content", ("engagement", "page_furniture")),
        ("Order Reprints", ("engagement", "page_furniture")),
        ("Media contact", ("press", "press_contact")),
        ("Copyright: Commentary Exchange, 2024.", ("legal", "copyright_notice")),
        (
            "Produced by Caleb Ortiz and Nia Barros. Edited by Tom Healy. Music by Breakwater.",
            ("legal", "wire_credit"),
        ),
    ],
)
def test_more_page_furniture_is_removed(line, rule):
    article = clean(*inside(line, LEAD, TAIL))
    assert article.body == (*LEAD, *TAIL)
    assert rule in removals(article)


@pytest.mark.parametrize(
    "sentence",
    [
        "Reprints of the 1911 map are on sale at the library for five pounds.",
        "Copyright law, the judge said, does not protect the idea of a bridge.",
        "Produced by the council in 1998, the film was shown in every school in the county.",
        "The media contact for the event, Dana Whitcomb, said tickets had sold out.",
    ],
)
def test_sentences_about_reprints_copyright_and_producers_stay(sentence):
    assert sentence in clean(*inside(sentence, LEAD, TAIL)).body


@pytest.mark.parametrize(
    "line",
    [
        "This article contains affiliate links: if you buy through them, we may earn a commission.",
        "We may earn a commission from links on this page.",
        "The writer travelled to Kellsbury as a guest of the harbour trust.",
        "Original publication: Brenner, K. et al.: Urban hedgehogs. Zoology 12 (2024),"
        " DOI: 10.5555/uzr.2024.118",
    ],
)
def test_disclosures_and_reference_lines_are_removed(line):
    article = clean(*inside(line, LEAD, TAIL))
    assert article.body == (*LEAD, *TAIL)
    assert [f for f, _ in removals(article)] == ["legal"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Affiliate links, the retailer said, earned it more than its own shop did last year.",
        "The minister travelled to Kellsbury as a guest of honour at the festival, aides said.",
        "Senator Harlan Voss stayed as a guest of the Saudi royal family during the summit.",
        "The study, published in Zoology (DOI: 10.5555/uzr.2024.118), followed 40 hedgehogs.",
    ],
)
def test_sentences_about_commissions_guests_and_studies_stay(sentence):
    assert sentence in clean(*inside(sentence, LEAD, TAIL)).body


def test_a_named_person_invited_abroad_is_news_in_spanish():
    es = Pipeline.default(language="es")
    story = (
        "El Gobierno presentó ayer el nuevo plan de transportes para la región, después de meses "
        "de debate público y de varios cambios en el proyecto inicial.",
        "La medida entrará en vigor en enero y será evaluada al cabo de un año por una comisión "
        "independiente, explicó el ministro a los periodistas.",
    )
    for line in (
        "Pedro Sánchez viajó a Rabat invitado por el rey Mohamed VI en febrero de 2023.",
        "Sánchez viajó a Rabat invitado por el rey Mohamed VI en febrero.",  # one word: a name
    ):
        assert clean(story[0], line, story[1], pipeline=es).body == (story[0], line, story[1])
    note = "La periodista viajó a Rabat invitada por la oficina de turismo de Marruecos."
    assert removals(clean(story[0], story[1], note, pipeline=es)) == [("legal", "disclosure_note")]


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        (
            "Get Motor Cycle Monthly delivered through your letterbox every month. 12 issues for"
            " £11.99. Click here for more information.",
            ("prompts", "paywall_prompt"),
        ),
        (
            "Get access to the fastest growing financial subscriptions service for as little as"
            " Rs 599 for first year.",
            ("prompts", "paywall_prompt"),
        ),
        (
            "If you enjoyed this article, we have a proposition for you: join our members' club.",
            ("prompts", "paywall_prompt"),
        ),
        (
            "Follow AP's full coverage of Brexit and British politics at https://apnews.example/brexit",
            ("engagement", "follow_prompt"),
        ),
        (
            "Email Ana Lutz at ana.lutz@echo.example or follow her @analutz.",
            ("byline", "author_contact"),
        ),
    ],
)
def test_subscription_newsletter_follow_and_contact_lines_are_removed(line, rule):
    article = clean(*inside(line, LEAD, TAIL))
    assert article.body == (*LEAD, *TAIL)
    assert rule in removals(article)


@pytest.mark.parametrize(
    "sentence",
    [
        "Twelve issues for £11.99 was the price the magazine charged in 1998, its founder said.",
        "Get access to the harbour from the north side until the bridge reopens, police advised.",
        "If you enjoyed the festival, the organisers said, you can join the volunteers next year.",
        "Follow-up coverage of the inquiry will be led by the Courier's health reporter, she said.",
        "Email from the council at 9pm told residents that the bridge would reopen on Friday.",
    ],
)
def test_sentences_about_prices_access_and_email_stay(sentence):
    assert sentence in clean(*inside(sentence, LEAD, TAIL)).body


@pytest.mark.parametrize(
    "line",
    [
        "This document is subject to copyright. Apart from any fair dealing for the purpose of"
        " private study or research, no part may be reproduced without the written permission.",
        "Citation: Bridge reopens after repairs (2024, March 8) retrieved 9 March 2024 from"
        " https://echo.example/news/2024-03-bridge.html",
    ],
)
def test_copyright_and_citation_footers_are_removed(line):
    article = clean(*inside(line, LEAD, TAIL))
    assert article.body == (*LEAD, *TAIL)
    assert [f for f, _ in removals(article)] == ["legal"]


@pytest.mark.parametrize(
    "sentence",
    [
        "This document is subject to a court order, the council's lawyer said on Friday.",
        "Citation: the council was fined £4,000 after the inspection in March, records show.",
    ],
)
def test_sentences_that_open_like_footers_stay(sentence):
    assert sentence in clean(*inside(sentence, LEAD, TAIL)).body


def test_an_outlet_invited_abroad_is_a_disclosure_only_on_its_own_page():
    story = (
        "<p>El Gobierno presentó ayer el nuevo plan de transportes para la región, después de "
        "meses de debate público y de varios cambios en el proyecto inicial.</p>"
        "<p>La medida entrará en vigor en enero y será evaluada al cabo de un año por una "
        "comisión independiente, explicó el ministro a los periodistas.</p>"
    )
    note = "Rumbos viajó a Rabat invitada por la oficina de turismo de Marruecos."
    page = (
        '<html lang="es"><head><meta property="og:site_name" content="{site}"></head>'
        "<body><article>{story}<p>{note}</p></article></body></html>"
    )
    own = newsclean.clean(page.format(site="Rumbos", story=story, note=note))
    assert note not in own.body
    other = newsclean.clean(page.format(site="El Diario", story=story, note=note))
    assert note in other.body
