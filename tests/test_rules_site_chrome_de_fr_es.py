"""Site chrome in German, French and Spanish: button rows of consent banners, ads, push and
newsletter prompts, search boxes, press-release furniture, podcast pages, disclaimers, share rows,
comment counters. Hard negatives alongside."""

from __future__ import annotations

import pytest

from newsclean import Pipeline

from .helpers import clean, removals

STORY = {
    "de": (
        "Der Stadtrat hat am Dienstagabend den neuen Verkehrsplan für die Innenstadt beschlossen, "
        "nach monatelanger Diskussion und mehreren Änderungen am ursprünglichen Entwurf.",
        "Die Maßnahmen treten im Januar in Kraft und werden nach einem Jahr von einer "
        "unabhängigen Kommission bewertet, sagte der Bürgermeister.",
    ),
    "fr": (
        "Le conseil municipal a adopté mardi soir le nouveau plan de circulation du centre-ville, "
        "après des mois de débats et plusieurs modifications du projet initial.",
        "Les mesures entreront en vigueur en janvier et seront évaluées au bout d'un an par une "
        "commission indépendante, a précisé le maire.",
    ),
    "es": (
        "El pleno del ayuntamiento aprobó el martes por la noche el nuevo plan de tráfico para el "
        "centro, después de meses de debate y varias modificaciones del proyecto inicial.",
        "Las medidas entrarán en vigor en enero y serán evaluadas al cabo de un año por una "
        "comisión independiente, explicó el alcalde.",
    ),
}


def _clean(code: str, *lines: str):  # type: ignore[no-untyped-def]
    first, last = STORY[code]
    return clean(first, *lines, last, pipeline=Pipeline.default(language=code))


@pytest.mark.parametrize(
    ("code", "line", "removal"),
    [
        (
            "de",
            "Anzeige: Hypothekenrechner – wie viel Eigenheim können Sie sich leisten?",
            ("engagement", "page_furniture"),
        ),
        (
            "de",
            "Jeden Freitag die wichtigsten News im Postfach – jetzt kostenlos abonnieren",
            ("prompts", "newsletter_prompt"),
        ),
        ("de", "Jetzt Push-Benachrichtigungen aktivieren!", ("prompts", "notification_prompt")),
        ("de", "Suche: Marke, Modell oder Stichwort eingeben", ("navigation", "search_box")),
        ("de", "News | Tests | Elektro | Ratgeber | Magazin", ("navigation", "menu_row")),
        ("fr", "COMMUNIQUÉ DE PRESSE", ("engagement", "page_furniture")),
        ("fr", "Télécharger le communiqué (PDF, 240 Ko)", ("engagement", "page_furniture")),
        ("fr", "Notre avis : ★★★☆", ("engagement", "page_furniture")),
        ("fr", "Durée : 34 min", ("engagement", "page_furniture")),
        (
            "fr",
            "Partager sur Facebook | Partager sur X | Envoyer par e-mail | Imprimer",
            ("engagement", "share_prompt"),
        ),
        ("fr", "Réagir (23)", ("engagement", "comment_residue")),
        (
            "fr",
            "Retrouvez tous nos podcasts sur l'application, disponible sur iOS et Android.",
            ("prompts", "app_prompt"),
        ),
        ("fr", "Rechercher un article, un guide, une lettre type…", ("navigation", "search_box")),
        (
            "fr",
            "Les informations contenues dans ce communiqué relèvent de la seule "
            "responsabilité de leur émetteur.",
            ("legal", "disclosure_note"),
        ),
        (
            "es",
            "Compartir en Facebook Compartir en X Enviar por WhatsApp Copiar enlace",
            ("engagement", "share_prompt"),
        ),
        (
            "es",
            "¿Has sido testigo de un suceso? Mándanos tu aviso por WhatsApp al 611 22 33 44",
            ("engagement", "page_furniture"),
        ),
        ("es", "Inicia sesión o regístrate para comentar", ("engagement", "comment_residue")),
        ("es", "Comentarios (17)", ("engagement", "comment_residue")),
        ("es", "Buscar en El Eco de Valdemora...", ("navigation", "search_box")),
        ("es", "Suscríbete desde 1 € el primer mes", ("prompts", "paywall_prompt")),
        (
            "es",
            "La información publicada tiene carácter meramente informativo y no constituye "
            "una recomendación de compra.",
            ("legal", "disclosure_note"),
        ),
        (
            "es",
            "Las opiniones expresadas en esta columna son responsabilidad exclusiva de su autor.",
            ("legal", "disclosure_note"),
        ),
    ],
)
def test_site_chrome_goes(code: str, line: str, removal: tuple[str, str]) -> None:
    article = _clean(code, line)
    assert removals(article) == [removal]
    assert article.body == STORY[code]


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("de", "Anzeige gegen Unbekannt wurde erstattet, teilte die Polizei mit."),
        ("de", "Die Suche nach dem Vermissten wurde am Abend eingestellt."),
        (
            "fr",
            "Le communiqué de presse de la préfecture est arrivé trop tard, selon l'opposition.",
        ),
        ("fr", "La durée des travaux, 34 mois, inquiète les commerçants."),
        (
            "es",
            "Los vecinos pueden compartir en Facebook sus fotos del desfile, dijo la concejala.",
        ),
        ("es", "Las opiniones expresadas por los vecinos fueron muy críticas con el proyecto."),
    ],
)
def test_story_lines_like_site_chrome_stay(code: str, line: str) -> None:
    assert removals(_clean(code, line)) == []


@pytest.mark.parametrize(
    ("code", "banner", "buttons"),
    [
        (
            "de",
            "Wir verwenden Cookies, um unsere Website zu verbessern.",
            "Alle akzeptieren Nur notwendige Einstellungen",
        ),
        (
            "fr",
            "Nous utilisons des cookies pour mesurer l'audience.",
            "Accepter et fermer | Continuer sans accepter | Personnaliser",
        ),
        ("es", "Utilizamos cookies propias y de terceros.", "ACEPTAR TODO RECHAZAR CONFIGURAR"),
    ],
)
def test_a_row_of_consent_buttons_goes_with_its_banner(
    code: str, banner: str, buttons: str
) -> None:
    article = _clean(code, banner, buttons)
    assert [r for _, r in removals(article)] == ["cookie_prompt", "cookie_prompt"]


@pytest.mark.parametrize(
    ("code", "banner", "buttons"),
    [
        ("es", "Descarga la app del Diario y recibe las últimas noticias.", "Ahora no | Descargar"),
        ("de", "Laden Sie jetzt unsere kostenlose App herunter.", "Nicht jetzt | App öffnen"),
        ("fr", "Téléchargez notre application pour suivre l'actualité.", "Plus tard · Installer"),
    ],
)
def test_the_buttons_of_an_app_banner_go_with_it(code: str, banner: str, buttons: str) -> None:
    article = _clean(code, banner, buttons)
    assert [r for _, r in removals(article)] == ["app_prompt", "app_prompt"]


def test_a_sentence_beside_an_app_banner_stays() -> None:
    line = "Descargar la aplicación municipal será obligatorio desde marzo."
    article = _clean("es", "Descarga la app del Diario y recibe las últimas noticias.", line)
    assert line in article.body


def test_a_line_of_button_words_that_is_a_sentence_stays() -> None:
    article = _clean("es", "Utilizamos cookies propias y de terceros.", "Aceptar todo es un error.")
    assert "Aceptar todo es un error." in article.body


@pytest.mark.parametrize(
    ("code", "byline", "author"),
    [
        ("de", "Ein Beitrag von Matthias Oberländer", "Matthias Oberländer"),
        ("fr", "Présenté par Claire Vasseur", "Claire Vasseur"),
    ],
)
def test_more_byline_prefixes(code: str, byline: str, author: str) -> None:
    first, last = STORY[code]
    headline = {
        "de": "Stadtrat beschließt neuen Verkehrsplan",
        "fr": "Le plan de circulation adopté",
    }
    article = clean(headline[code], byline, first, last, pipeline=Pipeline.default(language=code))
    assert article.authors == (author,)
