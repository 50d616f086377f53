"""Site chrome in Italian and Portuguese: share rows, recipe widgets, ratings, tip lines, alert and
WhatsApp prompts, comment counters, notes under an article. Hard negatives alongside."""

from __future__ import annotations

import pytest

from newsclean import Pipeline

from .helpers import clean, removals

IT = Pipeline.default(language="it")
PT = Pipeline.default(language="pt")

IT_STORY = (
    "Il consiglio comunale ha approvato ieri sera il nuovo piano per i trasporti, dopo mesi di "
    "discussione pubblica e numerose modifiche al progetto iniziale.",
    "La misura entrerà in vigore a gennaio e sarà valutata dopo un anno da una commissione "
    "indipendente, ha spiegato il sindaco ai giornalisti.",
)
PT_STORY = (
    "O município aprovou ontem o novo plano de transportes para a região, depois de meses de "
    "discussão pública e de várias alterações ao projeto inicial.",
    "A medida entra em vigor em janeiro e será avaliada ao fim de um ano por uma comissão "
    "independente, disse o presidente da câmara aos jornalistas.",
)


@pytest.mark.parametrize(
    ("line", "removal"),
    [
        ("Condividi su Facebook | Condividi su X | WhatsApp | Email | Stampa", "share_prompt"),
        ("Stampa la ricetta | Salva nel ricettario | Condividi", "page_furniture"),
        ("Voto medio: 4,7 su 5 (128 voti)", "page_furniture"),
        ("Hai provato questa ricetta? Raccontaci nei commenti com'è venuta!", "page_furniture"),
        ("Questa guida ti è stata utile? Sì | No", "page_furniture"),
        (
            "Hai una segnalazione? Scrivi alla redazione su WhatsApp al 348 555 0199",
            "page_furniture",
        ),
    ],
)
def test_italian_site_chrome_goes(line: str, removal: str) -> None:
    article = clean(IT_STORY[0], line, IT_STORY[1], pipeline=IT)
    assert removals(article) == [("engagement", removal)]
    assert article.body == IT_STORY


def test_an_italian_newsletter_prompt_goes() -> None:
    line = "Ricevi ogni mattina prima dell'apertura la newsletter Mercati Oggi. Iscriviti gratis"
    assert removals(clean(IT_STORY[0], line, IT_STORY[1], pipeline=IT)) == [
        ("prompts", "newsletter_prompt")
    ]


def test_italian_related_recipes_go() -> None:
    article = clean(
        *IT_STORY, "Ricette correlate", "Lasagne alla bolognese", "Involtini di verza", pipeline=IT
    )
    assert article.body == IT_STORY


@pytest.mark.parametrize(
    "line",
    [
        "La newsletter del comune, ha spiegato l'assessore, arriva ogni mattina ai residenti.",
        "Il voto medio degli studenti è salito a 7,2 su 10, secondo il rapporto del ministero.",
        "Hai una segnalazione? è la domanda che il comandante rivolge a ogni testimone.",
    ],
)
def test_italian_story_lines_stay(line: str) -> None:
    article = clean(IT_STORY[0], line, IT_STORY[1], pipeline=IT)
    assert removals(article) == []


@pytest.mark.parametrize(
    ("line", "removal"),
    [
        (
            "Partilhar no Facebook · Partilhar no X · Enviar por e-mail",
            ("engagement", "share_prompt"),
        ),
        ("Comentários: 37", ("engagement", "comment_residue")),
        (
            "Receba as notícias do Saúde em Dia no seu WhatsApp. Clique aqui e entre no canal",
            ("engagement", "follow_prompt"),
        ),
        (
            "Receba um alerta sempre que Helena Vasconcelos publicar um novo artigo",
            ("prompts", "notification_prompt"),
        ),
        (
            "Este conteúdo tem caráter informativo e não substitui a avaliação de um médico.",
            ("legal", "disclosure_note"),
        ),
        ("A autora escreve segundo o novo Acordo Ortográfico.", ("legal", "disclosure_note")),
        (
            "Os artigos de opinião são da exclusiva responsabilidade dos seus autores.",
            ("legal", "disclosure_note"),
        ),
    ],
)
def test_portuguese_site_chrome_goes(line: str, removal: tuple[str, str]) -> None:
    article = clean(PT_STORY[0], line, PT_STORY[1], pipeline=PT)
    assert removals(article) == [removal]
    assert article.body == PT_STORY


def test_a_portuguese_photography_credit() -> None:
    article = clean(PT_STORY[0], "Fotografia: Tiago Mendes", PT_STORY[1], pipeline=PT)
    assert article.image_credits == ("Tiago Mendes",)


def test_more_articles_by_the_columnist_go() -> None:
    article = clean(
        *PT_STORY,
        "Mais artigos de Helena Vasconcelos",
        "O interior não precisa de pena, precisa de comboios",
        "Quem tem medo dos exames nacionais?",
        pipeline=PT,
    )
    assert article.body == PT_STORY


@pytest.mark.parametrize(
    "line",
    [
        "O ministro escreve segundo o novo acordo ortográfico desde 2012, disse a assessora.",
        "A responsabilidade pelos artigos de opinião é do diretor, afirmou o provedor.",
        "Comentários do presidente irritaram a oposição durante a sessão de ontem.",
        "Os moradores recebem um alerta sempre que o rio sobe, explicou a proteção civil.",
    ],
)
def test_portuguese_story_lines_stay(line: str) -> None:
    article = clean(PT_STORY[0], line, PT_STORY[1], pipeline=PT)
    assert removals(article) == []


# --- precision: long paragraphs about cookies, words that start like a caption label ------------
def test_a_paragraph_about_cookie_rules_is_not_a_cookie_banner() -> None:
    paragraph = (
        "Le 1er avril 2021, la règle est devenue claire en France : refuser les cookies "
        "publicitaires doit être aussi simple que les accepter. Concrètement, un bouton « Tout "
        "refuser » doit figurer au même niveau que le bouton « Tout accepter », avec la même "
        "taille et la même couleur, et les sites avaient six mois pour se mettre en conformité."
    )
    story = ("Les associations de consommateurs ont publié mardi un nouveau guide pratique.",)
    article = clean(*story, paragraph, *story, pipeline=Pipeline.default(language="fr"))
    assert paragraph in article.body


def test_a_long_banner_that_opens_with_its_phrase_still_goes() -> None:
    banner = (
        "Utilizamos cookies propias y de terceros con fines analíticos y para mostrarte "
        "publicidad personalizada en base a un perfil elaborado a partir de tus hábitos de "
        "navegación. Puedes aceptar todas las cookies pulsando el botón «Aceptar» o configurarlas "
        "o rechazar su uso pulsando «Configurar»."
    )
    story = ("El ayuntamiento aprobó ayer el nuevo plan de movilidad para el centro histórico.",)
    article = clean(banner, *story, *story, pipeline=Pipeline.default(language="es"))
    assert removals(article)[0] == ("prompts", "cookie_prompt")


def test_a_word_that_starts_like_a_caption_label_is_no_caption() -> None:
    paragraph = (
        "Bildunterschriften hat er nie geschrieben, nur Ort und Jahr auf der Rückseite der "
        "Abzüge, erzählen seine Freunde."
    )
    story = ("Der Fotograf Konrad Wehling ist im Alter von 84 Jahren in Cottbus gestorben.",)
    article = clean(*story, paragraph, *story, pipeline=Pipeline.default(language="de"))
    assert paragraph in article.body
