"""The navigation filter: menu and footer link rows and search boxes go; rows of names, bylines
with their outlet and headlines with a bar in them stay."""

from __future__ import annotations

import pytest

from newsclean import Pipeline

from .helpers import CLOSING, MIDDLE, OPENING, clean, inside, removals, removed_texts

HEADLINE = "Council keeps Mill Lane library open after four-year campaign"

NAV = Pipeline.default().only("navigation")


@pytest.mark.parametrize(
    "line",
    [
        "Home | News | Sport | Business | Contact us",
        "About us | Contact | Advertise | Terms & conditions | Privacy notice",
        "Terms of Use | Privacy Policy | Cookie Settings",
        "Home | Send a Release | Browse News | Industries | Contact Us",  # two of five are enough
        "Privacy policy · Cookie policy",  # two items, both navigation
        "News • Opinion • Sport • Weather • Obituaries",
        "Translate | Select Language",  # a translation widget
        "The Courier — About us — Privacy policy — Contact — © 2023",  # a footer with dashes
    ],
)
def test_menu_and_footer_rows_go(line: str) -> None:
    article = clean(*inside(line), pipeline=NAV)
    assert removals(article) == [("navigation", "menu_row")]
    assert line not in article.body


def test_a_navigation_label_may_end_with_a_question_mark() -> None:
    line = "La Scène | Qui sommes-nous ? | Mentions légales | Contact | © 2023"
    first = "Le conseil municipal a voté mardi soir le maintien de la bibliothèque du Moulin."
    nav = Pipeline.default(language="fr").only("navigation")
    article = clean(first, line, first, pipeline=nav)
    assert removals(article) == [("navigation", "menu_row")]


@pytest.mark.parametrize("line", ["Search", "Search releases", "Search the archive", "Search…"])
def test_search_box_labels_go(line: str) -> None:
    assert removed_texts(clean(*inside(line), pipeline=NAV)) == [("navigation", "search_box", line)]


@pytest.mark.parametrize(
    "line",
    [
        "Arsenal | Chelsea | Spurs | West Ham",  # names, not link labels
        "Kellsbury | Northfield | Harlow Bay",
        "By Jane Doe | News | 3 March 2021",  # a byline line: one navigation word
        "Council keeps Mill Lane library open | Kellsbury Courier",  # a headline and its site
        "Home | Away",  # two items, one of them a navigation word
        "Language | Literature | History",  # school subjects: one navigation word of three
        "4 March 2021 — Council approves the wall — Work starts",  # a timeline entry
        "Home — Away — Neutral",  # dashes: a row needs navigation words
        "Will it rain? | Will it snow? | Ask the forecaster",  # questions that are no labels
        "Sport: the season starts | Business: rates rise | Home: prices fall",  # not labels
        "Search continues for missing hiker on Kellsbury Fell",  # a headline
        "Search teams returned to the fell at first light on Sunday.",
        "Privacy, the minister said, is not a luxury | it is a right.",
    ],
)
def test_rows_that_are_not_navigation_stay(line: str) -> None:
    article = clean(*inside(line), pipeline=NAV)
    assert removals(article) == []
    assert line in article.body


def test_a_page_with_its_menu_and_footer_printed_reads_as_the_article() -> None:
    article = clean(
        "Home | News | Sport | Opinion | Contact us",
        "Search",
        "Council keeps Mill Lane library open",
        OPENING,
        MIDDLE,
        CLOSING,
        "About us | Advertise | Privacy policy | Terms of use",
    )
    assert article.title == "Council keeps Mill Lane library open"
    assert article.body == (OPENING, MIDDLE, CLOSING)


def test_the_filter_can_be_switched_off() -> None:
    row = "Home | News | Sport | Contact us"
    assert row in clean(*inside(row), pipeline=Pipeline.default().disable("navigation")).body


@pytest.mark.parametrize(
    ("code", "row"),
    [
        ("de", "Startseite | Politik | Wirtschaft | Kontakt | Impressum"),
        ("fr", "Accueil | Politique | Économie | Mentions légales"),
        ("es", "Portada | Política | Deportes | Aviso legal"),
        ("it", "Home | Politica | Cronaca | Contatti"),
        ("pt", "Início | Política | Desporto | Contacto"),
    ],
)
def test_every_language_knows_its_menus(code: str, row: str) -> None:
    pipeline = Pipeline.default(language=code).only("navigation")
    assert removals(clean(*inside(row), pipeline=pipeline)) == [("navigation", "menu_row")]


def test_the_site_name_above_the_menu_is_not_the_headline() -> None:
    # Without the menu row between them, the site's name would read as a headline over a
    # standfirst; the headline comes after the menu.
    article = clean(
        "The Kellsbury Courier",
        "News | Sport | Business | Opinion | Contact us",
        HEADLINE,
        OPENING,
        MIDDLE,
        CLOSING,
    )
    assert article.title == HEADLINE
    assert article.subtitle is None
    assert removals(article)[:2] == [("title", "section_label"), ("navigation", "menu_row")]
    assert article.body == (OPENING, MIDDLE, CLOSING)


def test_a_sentence_above_the_menu_is_not_taken_for_the_site_name() -> None:
    lead = "The council met on Tuesday to discuss the library."
    article = clean(lead, "News | Sport | Business | Opinion | Contact us", OPENING, CLOSING)
    assert lead in article.body


@pytest.mark.parametrize(
    "line",
    [
        "Home About Toddlers School years Family recipes Contact",
        "News Reviews Electric Buying guides Used cars Car finance",
        "Shows Episodes About Support us",
    ],
)
def test_menus_printed_with_spaces_only_go(line: str) -> None:
    """In the footer, below the story's last paragraph."""
    assert removals(clean(OPENING, MIDDLE, CLOSING, line, pipeline=NAV)) == [
        ("navigation", "menu_row")
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Local Business Owners Fear Rising Travel Costs",
        "Health Science Funding Cuts Hit Local Labs",
        "World Health Experts Warn Over Travel",
    ],
)
def test_a_title_case_line_over_a_paragraph_is_no_spaced_menu(line: str) -> None:
    """Words of a menu, but straight over a paragraph of the story: a headline or subheading."""
    as_headline = clean(line, OPENING, MIDDLE, CLOSING, pipeline=NAV)
    assert ("navigation", "menu_row") not in removals(as_headline)
    assert as_headline.title == line or line in as_headline.body
    as_subheading = clean(OPENING, line, MIDDLE, CLOSING, pipeline=NAV)
    assert as_subheading.body == (OPENING, line, MIDDLE, CLOSING)


@pytest.mark.parametrize(
    "line",
    [
        "Home Office confirms new visa rules for care workers",  # joining words: a headline
        "News Corp shares slide",  # one navigation word
        "World News Tonight",  # too short to tell from a programme's name
        "Home sales fall as rates rise",
        "Home Secretary Jane Doe Resigns",
        "Sport England 2024 review",  # a digit
        "About Us, Toddlers and Schools",
    ],
)
def test_lines_that_only_start_like_a_menu_stay(line: str) -> None:
    assert removals(clean(*inside(line), pipeline=NAV)) == []


def test_a_blog_name_above_a_spaced_menu_is_not_the_headline() -> None:
    article = clean(
        "Small Feet, Big Days",  # reads as two names, but stands above the menu
        "Home About Toddlers School years Family recipes Contact",
        HEADLINE,
        "Posted on 9 October 2023 by Hannah Okoro",
        OPENING,
        MIDDLE,
        CLOSING,
    )
    assert article.title == HEADLINE
    assert article.body == (OPENING, MIDDLE, CLOSING)


def test_a_spaced_menu_of_the_site_s_own_sections_needs_three_labels() -> None:
    line = "Line-up Tickets Info Camping News FAQ"
    assert removals(clean(OPENING, MIDDLE, CLOSING, line, pipeline=NAV)) == [
        ("navigation", "menu_row")
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Search engines will drive people to your information",  # a subheading: a sentence
        "Camping Tickets Sell Out",  # one label
    ],
)
def test_sentences_of_capitalised_words_are_not_menus(line: str) -> None:
    assert removals(clean(*inside(line), pipeline=NAV)) == []


def test_a_row_of_the_site_s_own_sections_at_the_top_is_a_menu() -> None:
    article = clean(
        "HomeSafe Consumer News",
        "Recalls | Safety Alerts | Product Reviews | Ask HomeSafe",
        HEADLINE,
        OPENING,
        MIDDLE,
        CLOSING,
    )
    assert ("navigation", "menu_row") in removals(article)
    assert article.title == HEADLINE


def test_the_same_row_inside_the_story_stays() -> None:
    row = "Recalls | Safety Alerts | Product Reviews | Ask HomeSafe"
    assert row in clean(HEADLINE, OPENING, row, CLOSING, pipeline=NAV).body


@pytest.mark.parametrize(
    "line",
    [
        "← Issue 141    All issues    Issue 143 →",
        "← Issue 141: The harbour rules, explained    Issue 143: What the budget means →",
        "← Older posts",
        "Next episode: The ferry that never came →",
        "◀ Previous gallery",
    ],
)
def test_previous_and_next_links_marked_with_arrows_go(line: str) -> None:
    article = clean(*inside(line), pipeline=NAV)
    assert removals(article) == [("navigation", "pager_link")]
    assert " ".join(line.split()) not in article.body


@pytest.mark.parametrize(
    "line",
    [
        "→ Council tax will rise by 4.9% from April.",  # a bullet of the story
        "Temperatures climbed from 12C at dawn → 21C by noon.",  # an arrow inside a sentence
        "The route runs Kellsbury → Northfield → Harlow Bay, and takes an hour",
        "← Back in 1921, when the bakery opened, Mill Lane was a dirt track lined with cottages "
        "and the river flooded every winter without fail.",  # longer than a link line
    ],
)
def test_arrows_in_story_lines_stay(line: str) -> None:
    article = clean(*inside(line), pipeline=NAV)
    assert removals(article) == []
    assert line in article.body


def test_the_headline_is_looked_for_below_a_previous_and_next_line() -> None:
    # A bulletin's archive page: its name and tagline, then the issue links, then the headline.
    article = clean(
        "The Harbour Letter",
        "Port news, every other Friday",
        "← Issue 41    All issues    Issue 43 →",
        HEADLINE,
        OPENING,
        MIDDLE,
        CLOSING,
    )
    assert article.title == HEADLINE
    assert ("navigation", "pager_link") in removals(article)
    assert article.body == (OPENING, MIDDLE, CLOSING)
