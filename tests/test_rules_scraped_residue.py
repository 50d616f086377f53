"""Residue that scrapers leave in article text: membership pitches, comment policies, widget text,
company registration footers, wire notes, byline labels. Hard negatives alongside each."""

from __future__ import annotations

import pytest

from newsclean import Pipeline

from .helpers import CLOSING, OPENING, clean, inside, removals

STORY = (OPENING, CLOSING)


def _removed_alone(line: str, pipeline: Pipeline | None = None, story=STORY) -> list:
    article = clean(*inside(line, before=story[:1], after=story[1:]), pipeline=pipeline)
    assert article.body == story
    return removals(article)


# --- a membership pitch that runs to a paragraph --------------------------------------------------

PITCH = (
    "If you enjoyed this article, we have a proposition for you: join our members' club. Members "
    "get every story we publish, the magazine, no paywalls or article limits, a reader-friendly "
    "site with few adverts, and access to our writers through calls and events, all for a small "
    "monthly fee."
)


def test_a_paragraph_long_pitch_that_opens_with_its_phrase_goes():
    assert len(PITCH.split()) > 40  # longer than the short prompts
    assert _removed_alone(PITCH) == [("prompts", "paywall_prompt")]


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param(
            "Readers told the council's survey that they would pay for local news, and one said "
            "that if you enjoyed this article you should join the library's reading group, which "
            "meets every Thursday in the community room and has grown to forty members since it "
            "started in the spring.",
            id="phrase-inside-a-story-paragraph",
        ),
        pytest.param(
            "The Kellsbury Post put its website behind a paywall in March, asking readers to "
            "subscribe to continue reading after three free articles a month; the editor said "
            "the paper had lost a third of its advertising income in two years and could not "
            "keep printing without it.",
            id="a-paragraph-about-a-paywall",
        ),
    ],
)
def test_a_long_paragraph_with_a_pitch_phrase_inside_stays(paragraph):
    assert len(paragraph.split()) > 40
    article = clean(*inside(paragraph))
    assert paragraph in article.body
    assert article.removed == ()


# --- comment policies -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "Comments that are abusive or off-topic will not be published."),
        ("en", "Please note: comments are moderated and may take a while to appear."),
        (
            "pt",
            "ATENÇÃO: Comentários com textos ininteligíveis ou ofensivos não serão aprovados pelo "
            "moderador.",
        ),
        ("es", "Los comentarios ofensivos o que no respeten a otros usuarios no serán publicados."),
        ("fr", "Les commentaires injurieux ou hors sujet ne seront pas publiés."),
        ("it", "I commenti offensivi o fuori tema non saranno pubblicati."),
        ("de", "Kommentare mit beleidigendem Inhalt werden nicht veröffentlicht."),
    ],
)
def test_a_comment_policy_goes(language, line):
    pipeline = Pipeline.default(language=language)
    assert _removed_alone(line, pipeline) == [("engagement", "comment_residue")]


@pytest.mark.parametrize(
    "line",
    [
        "Comments that the minister made in private will not be published, a spokesman said.",
        "Comments made by the minister in private will not be published in the report.",
        "Comments will be reviewed by the planning committee next month.",
    ],
    ids=["reported", "not-a-policy", "comments-on-a-plan"],
)
def test_a_sentence_about_comments_stays(line):
    article = clean(*inside(line))
    assert line in article.body
    assert article.removed == ()


@pytest.mark.parametrize(
    ("language", "line"),
    [
        (
            "de",
            "Die Kommentare der Ermittler werden nicht veröffentlicht, bis das Verfahren endet.",
        ),
        ("fr", "Les commentaires du ministre ne seront pas publiés avant la fin de l'enquête."),
        ("es", "Los comentarios del juez no serán publicados hasta que termine el proceso."),
        ("it", "I commenti del ministro non saranno pubblicati prima della fine dell'indagine."),
        ("pt", "Os comentários do ministro não serão publicados antes do fim da investigação."),
    ],
)
def test_news_about_unpublished_comments_stays_in_every_language(language, line):
    # Only comments of a kind ("… with offensive content", "… that …") make a policy; a person's
    # comments that will not be published are news.
    article = Pipeline.default(language=language).clean(line)
    assert line in article.body
    assert article.removed == ()


# --- real values that read like page furniture ---------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "45 minutes",  # a recipe's or a race's time
        "£10 at the door",  # a ticket price
        "Have questions? Call our helpline on 0800 123 456.",  # an organisation's helpline
        "Donate to the Red Cross flood relief fund.",  # a story's call to give
    ],
)
def test_a_value_or_call_of_the_story_stays(line):
    article = clean(*inside(line))
    assert line in article.body
    assert article.removed == ()


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("5 min read", ("engagement", "page_furniture")),
        ("48 min", ("engagement", "page_furniture")),
        ("£449 at Amazon", ("engagement", "page_furniture")),
        ("Donate to our newsroom", ("prompts", "paywall_prompt")),
        (
            "Have questions for us? Email the newsdesk at desk@example.com",
            ("engagement", "page_furniture"),
        ),
    ],
)
def test_the_widget_forms_of_those_still_go(line, reason):
    assert _removed_alone(line) == [reason]


# --- widget text ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "An error has occurred, please try again later.",
        "Text size",
        "Image",
        "Caption",
        "1 of 8",
        "1 / 8",
        "Back to Gallery",
        "Updated",
    ],
)
def test_widget_text_goes(line):
    assert _removed_alone(line) == [("engagement", "page_furniture")]


@pytest.mark.parametrize(
    "line",
    [
        "An error occurred in the billing system, the company said, and 400 customers paid twice.",
        "1 of 8 people surveyed said they had never used the library.",
        "1/2",
        "24/7",
        "The image on the poster was updated after complaints.",
    ],
)
def test_sentences_like_widget_text_stay(line):
    article = clean(*inside(line))
    assert line in article.body
    assert article.removed == ()


def test_a_channel_subscription_prompt_goes_and_a_sentence_about_one_stays():
    line = "Subscribe to Harlow Bay Echo on YouTube for more local news:"
    assert _removed_alone(line) == [("prompts", "newsletter_prompt")]
    sentence = "Fans rushed to subscribe to the club on YouTube after the final, the club said."
    article = clean(*inside(sentence))
    assert sentence in article.body
    assert article.removed == ()


def test_a_newsletter_blurb_goes_and_a_delivery_sentence_stays():
    blurb = (
        "Let our news meet your inbox. The news and stories that matter, delivered weekday "
        "mornings."
    )
    assert _removed_alone(blurb) == [("prompts", "newsletter_prompt")]
    for line in ("Milk is delivered every morning.", "Local papers are delivered every week."):
        article = clean(*inside(line))
        assert line in article.body
        assert article.removed == ()


# --- legal footers and wire notes -----------------------------------------------------------------


def test_a_copyright_line_with_the_circled_letter_goes():
    line = "Copyright ⓒ Harlowbay-echo.example. Reproduction prohibited"
    assert _removed_alone(line) == [("legal", "copyright_notice")]


PT = Pipeline.default(language="pt")
PT_STORY = (
    "O município aprovou ontem o novo plano de transportes para a região, depois de meses de "
    "discussão pública e de várias alterações ao projeto inicial.",
    "A medida entra em vigor em janeiro e será avaliada ao fim de um ano por uma comissão "
    "independente, disse o presidente da câmara aos jornalistas.",
)


def test_a_company_registration_footer_goes():
    line = (
        "Vila Serrana - SC - CNPJ: 12.345.678/0001-90 - Rua das Flores, 100 - Centro - "
        "89000-000 - Fone: (047) 3333-0000"
    )
    assert _removed_alone(line, PT, PT_STORY) == [("legal", "copyright_notice")]


def test_a_sentence_that_gives_a_company_number_stays():
    line = (
        "A empresa, registada com o CNPJ 12.345.678/0001-90, foi multada pela agência em "
        "dois milhões de reais."
    )
    article = clean(PT_STORY[0], line, PT_STORY[1], pipeline=PT)
    assert line in article.body
    assert article.removed == ()


@pytest.mark.parametrize(
    "line",
    ["Additional reporting by Joseph Hale", "Additional reporting by Ana Ruiz and Tom Reyes."],
)
def test_an_additional_reporting_note_goes(line):
    assert _removed_alone(line) == [("legal", "wire_credit")]


def test_additional_reporting_in_a_sentence_stays():
    line = "Additional reporting by the council found that 40 more homes were at risk."
    article = clean(*inside(line))
    assert line in article.body
    assert article.removed == ()


# --- "published by" as a byline label -------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "line", "name"),
    [
        ("pt", "Publicado por: Clarissa Borba", "Clarissa Borba"),
        ("fr", "Publié par Jeanne Morel", "Jeanne Morel"),
        ("it", "Pubblicato da Marco Ferri", "Marco Ferri"),
        ("de", "Veröffentlicht von Anna Berger", "Anna Berger"),
    ],
)
def test_a_published_by_byline_gives_the_author(language, line, name):
    pipeline = Pipeline.default(language=language)
    headline = {
        "pt": "Câmara aprova novo plano de transportes",
        "fr": "Le conseil adopte le nouveau plan de transport",
        "it": "Il consiglio approva il nuovo piano dei trasporti",
        "de": "Stadtrat beschließt neuen Verkehrsplan",
    }[language]
    article = clean(headline, line, *PT_STORY, pipeline=pipeline)
    assert article.authors == (name,)


def test_published_by_in_a_sentence_stays():
    line = "Publicado por uma pequena editora de Lisboa, o livro chega às lojas em maio."
    article = clean(PT_STORY[0], line, PT_STORY[1], pipeline=PT)
    assert article.authors == ()
    assert line in article.body


# --- a charity's registration footer, a share button "by" email ----------------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Tidewatch Alliance is a registered charity in England and Wales.", "copyright_notice"),
        ("Share by email", "share_prompt"),
    ],
)
def test_a_registration_footer_or_share_button_goes(line, reason):
    assert [r for _, r in _removed_alone(line)] == [reason]


@pytest.mark.parametrize(
    "line",
    [
        "The trust is a registered charity in Scotland and relies on gifts from local families.",
        "Oxfam is a registered charity.",
        "Share by Friday, the organisers asked.",
    ],
)
def test_a_sentence_about_a_charity_or_sharing_stays(line):
    article = clean(*inside(line))
    assert line in article.body
    assert article.removed == ()
