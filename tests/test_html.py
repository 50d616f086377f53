"""HTML input: detection, the main content and its blocks, metadata from the markup, charsets,
and bad pages. Every page here is written for these tests."""

from __future__ import annotations

import codecs
import socket

import pytest

import newsclean
from newsclean.html import MAX_PAGE_BYTES, looks_like_html

PARAS = (
    "The harbour bridge reopened on Friday after six months of repairs, the council said, and"
    " drivers queued for an hour to be among the first to cross it.",
    "The work cost 4.2 million pounds, a third more than planned, because rust was found in the"
    " steel deck once the old surface had been lifted off in October.",
    "Engineers said the new deck should last fifty years, provided the drainage channels along"
    " both kerbs are cleared every spring by the highways team.",
    "Cyclists will have their own lane from next month, when the last barriers come down and the"
    " temporary traffic lights at the northern end are taken away.",
)


def page(
    body: str,
    *,
    head: str = "",
    title: str = "Harbour bridge reopens after repairs | Kellsbury Echo",
    charset: str = "utf-8",
) -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="{charset}"><title>{title}</title>'
        f"{head}</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article>{body}</article><footer><p>Kellsbury Echo, 1 Quay Street</p></footer>"
        "</body></html>"
    )


def paras(items: tuple[str, ...] = PARAS) -> str:
    return "".join(f"<p>{p}</p>" for p in items)


# --- detection -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "source",
    [
        "<!DOCTYPE html><html><body><p>Hi</p></body></html>",
        "  \n<html><head><title>x</title></head></html>",
        "<!-- saved page --><html><body></body></html>",
        "<div class='story'><p>Hi</p></div>",
        b"<?xml version='1.0'?><html><body><p>Hi</p></body></html>",
        "<html><body><p>Hi</p></body></html>".encode("utf-16"),
        "\ufeff<html><body><p>Hi</p></body></html>",
    ],
)
def test_pages_and_fragments_are_detected(source):
    assert looks_like_html(source)


@pytest.mark.parametrize(
    "source",
    [
        "The <p> tag starts a paragraph.",
        "Harbour bridge reopens\n\nBy Ana Lutz\n\nThe bridge reopened.",
        "<3 this story",
        "<<< back to the front page",
        "",
        b"",
    ],
)
def test_scraped_text_is_not_taken_for_html(source):
    assert not looks_like_html(source)


def test_kind_overrides_detection():
    html = page(paras())
    as_text = newsclean.clean(html, kind="text")
    assert any("<p>" in p for p in as_text.body)  # the markup is read as words
    assert newsclean.clean(html, kind="html").body == PARAS


def test_unknown_kind_is_a_config_error():
    with pytest.raises(newsclean.ConfigError, match="unknown input kind"):
        newsclean.clean("<p>x</p>", kind="pdf")  # type: ignore[arg-type]


# --- the main content and its blocks --------------------------------------------------------
def test_main_content_comes_without_navigation_or_footer():
    article = newsclean.clean(page(paras()))
    assert article.body == PARAS
    assert article.warnings == ()


def test_headings_lists_quotes_and_tables_become_blocks():
    body = (
        f"<p>{PARAS[0]}</p><h2>What changes for drivers</h2>"
        "<ul><li>The speed limit on the bridge is 30 mph.</li>"
        "<li>Lorries over 18 tonnes still need a permit.</li></ul>"
        f"<blockquote><p>“We are proud of the crews who worked through the winter,” the"
        f" council leader said.</p></blockquote><p>{PARAS[1]}</p>"
        "<table><tr><td>Lane</td><td>Opens</td></tr><tr><td>Cycle lane</td><td>April</td></tr>"
        f"</table><p>{PARAS[2]}</p>"
    )
    result = newsclean.Pipeline.default().run(page(body))
    kinds = {b.text: b.kind for b in result.document.blocks}
    assert kinds["What changes for drivers"] == "head"
    assert kinds["The speed limit on the bridge is 30 mph."] == "item"
    assert kinds["Cycle lane | April"] == "row"
    assert any(k == "quote" for k in kinds.values())
    assert "Lorries over 18 tonnes still need a permit." in result.article.body


def test_line_breaks_inside_a_paragraph_split_it():
    body = paras() + "<p>Kellsbury Echo newsroom<br>1 Quay Street<br>Kellsbury</p>"
    blocks = [b.text for b in newsclean.Pipeline.default().run(page(body)).document.blocks]
    assert {"1 Quay Street", "Kellsbury"} <= set(blocks)


def test_offsets_of_removals_point_into_the_text():
    html = page(f"<h1>Harbour bridge reopens after repairs</h1>{paras()}")
    result = newsclean.Pipeline.default().run(html)
    assert result.article.removed
    for removal in result.article.removed:
        assert result.text[removal.start : removal.end] == removal.text


# --- the headline and standfirst ------------------------------------------------------------------
def test_the_printed_headline_is_lifted_not_kept():
    html = page(f"<h1>Harbour bridge reopens after repairs</h1>{paras()}")
    article = newsclean.clean(html)
    assert article.title == "Harbour bridge reopens after repairs"
    assert article.body == PARAS
    assert [(r.filter, r.reason) for r in article.removed] == [("title", "title")]


def test_the_markup_title_is_used_when_the_headline_is_not_in_the_content():
    article = newsclean.clean(page(paras()))
    assert article.title == "Harbour bridge reopens after repairs"  # site name cut off


def test_a_headline_like_first_line_that_is_not_the_page_title_stays():
    """On a page the headline is known, so a short first line is not guessed to be one."""
    opening = "Nobody expected the bridge to open before Easter"
    article = newsclean.clean(page(f"<p>{opening}</p>{paras()}"))
    assert article.body[0] == opening


def test_the_description_printed_under_the_headline_is_the_standfirst():
    dek = "Drivers queued for an hour to cross first"
    html = page(
        f"<h1>Harbour bridge reopens after repairs</h1><p class='dek'>{dek}</p>{paras()}",
        head=f'<meta property="og:description" content="{dek}">',
    )
    article = newsclean.clean(html)
    assert article.subtitle == dek
    assert article.body == PARAS


def test_a_lede_that_is_also_the_description_stays_in_the_body():
    html = page(
        f"<h1>Harbour bridge reopens after repairs</h1>{paras()}",
        head=f'<meta name="description" content="{PARAS[0]}">',
    )
    article = newsclean.clean(html)
    assert article.subtitle is None
    assert article.body == PARAS


# --- markup filter: captions, link lists, the page's address -----------------------------------
FIGURE = (
    "<figure><img src='deck.jpg' alt=''><figcaption>Crews lift the last deck panel into place."
    " <span class='credit'>Photo: Tom Reyes/Echo</span></figcaption></figure>"
)


def test_figure_captions_are_removed_and_credits_lifted():
    body = f"<p>{PARAS[0]}</p>{FIGURE}<p>{PARAS[1]}</p><p>{PARAS[2]}</p>"
    article = newsclean.clean(page(body))
    assert article.image_credits == ("Tom Reyes/Echo",)
    assert article.body == PARAS[:3]


def test_a_paragraph_about_the_photographer_stays():
    credit_talk = (
        "Tom Reyes, the Echo's photographer, spent the night on the crane to take the picture of"
        " the last deck panel."
    )
    body = f"<p>{PARAS[0]}</p>{FIGURE}<p>{credit_talk}</p><p>{PARAS[1]}</p>"
    article = newsclean.clean(page(body))
    assert credit_talk in article.body


RELATED = (
    "<h3>Elsewhere in Kellsbury</h3><ul>"
    "<li><a href='/a'>Council approves bridge repair budget</a></li>"
    "<li><a href='/b'>Ferry timetable extended during closure</a></li>"
    "<li><a href='/c'>Rust found in the harbour bridge deck</a></li></ul>"
)


def test_a_list_of_links_and_its_heading_are_removed():
    body = paras(PARAS[:2]) + RELATED + paras(PARAS[2:])
    article = newsclean.clean(page(body))
    assert article.body == PARAS
    reasons = [r.reason for r in article.removed if r.filter == "markup"]
    assert reasons == ["link_list"] * 4


def test_a_single_linked_paragraph_stays():
    linked = "Read the council's full report on the repairs"
    body = paras(PARAS[:2]) + f"<p><a href='/report'>{linked}</a></p>" + paras(PARAS[2:])
    assert linked in newsclean.clean(page(body)).body


def test_a_list_whose_items_only_start_with_a_link_stays():
    items = (
        "Council approves budget: the vote was 31 to 4 after a two-hour debate.",
        "Ferry extended: the last boat now leaves at 11pm on weekdays.",
    )
    lis = "".join(
        f"<li><a href='/x{i}'>{t.split(':')[0]}</a>:{t.split(':', 1)[1]}</li>"
        for i, t in enumerate(items)
    )
    body = paras(PARAS[:2]) + f"<ul>{lis}</ul>" + paras(PARAS[2:])
    article = newsclean.clean(page(body))
    assert set(items) <= set(article.body)


def test_the_page_url_printed_as_a_line_is_removed_but_a_sentence_with_it_stays():
    url = "https://kellsbury-echo.example/news/bridge-reopens"
    sentence = f"The full timetable is published at {url} and at the library."
    body = paras() + f"<p>{sentence}</p><p>{url}</p>"
    article = newsclean.clean(page(body), url=url)
    assert sentence in article.body
    assert url not in article.body
    assert [r.reason for r in article.removed] == ["page_url"]


# --- metadata from the markup ----------------------------------------------------------------
JSON_LD = """<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
 {"@type": "NewsArticle", "headline": "Harbour bridge reopens after repairs",
  "datePublished": "2024-03-08T09:30:00Z",
  "author": [{"@type": "Person", "name": "Ana Lutz"}, {"@type": "Person", "name": "Tom Reyes"}],
  "publisher": {"@type": "Organization", "name": "Kellsbury Echo"}}]}</script>"""


def test_metadata_from_json_ld():
    article = newsclean.clean(page(paras(), head=JSON_LD))
    assert article.title == "Harbour bridge reopens after repairs"
    assert article.authors == ("Ana Lutz", "Tom Reyes")
    assert article.published == "2024-03-08T09:30+00:00"
    assert article.site == "Kellsbury Echo"


def test_metadata_from_meta_tags():
    head = (
        '<meta property="og:site_name" content="Kellsbury Echo">'
        '<meta name="author" content="Ana Lutz; Tom Reyes">'
        '<meta property="article:published_time" content="2024-03-08T09:30:00+01:00">'
        '<meta property="article:tag" content="Transport">'
        '<meta property="article:tag" content="Kellsbury">'
        '<link rel="canonical" href="https://kellsbury-echo.example/bridge">'
    )
    article = newsclean.clean(page(paras(), head=head))
    assert article.authors == ("Ana Lutz", "Tom Reyes")
    assert article.published == "2024-03-08T09:30+01:00"
    assert article.topics == ("Transport", "Kellsbury")
    assert article.url == "https://kellsbury-echo.example/bridge"
    assert newsclean.clean(page(paras(), head=head), url="https://x.example/a").url == (
        "https://x.example/a"
    )


def test_a_byline_in_the_text_wins_over_the_markup():
    head = '<meta name="author" content="Desk Editor Team">'
    article = newsclean.clean(page("<p>By Ana Lutz</p>" + paras(), head=head))
    assert article.authors == ("Ana Lutz",)


@pytest.mark.parametrize(
    "author",
    ["Reuters", "Kellsbury Echo", "AP National Security Writer", "https://echo.example/ana"],
)
def test_outlets_roles_and_urls_in_author_metadata_are_not_authors(author):
    head = (
        f'<meta name="author" content="{author}">'
        '<meta property="og:site_name" content="Kellsbury Echo">'
    )
    assert newsclean.clean(page(paras(), head=head)).authors == ()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-08", "2024-03-08"),
        ("2024-03-08T09:30:00.000-05:00", "2024-03-08T09:30-05:00"),
        ("2024-03-08 09:30", "2024-03-08T09:30"),
        ("0001-01-01T00:00:00Z", None),
        ("2024-02-31", None),
        ("last Tuesday", None),
    ],
)
def test_published_time_from_markup(value, expected):
    head = f'<meta property="article:published_time" content="{value}">'
    assert newsclean.clean(page(paras(), head=head)).published == expected


def test_malformed_json_ld_is_skipped():
    head = '<script type="application/ld+json">{"headline": "Broken",</script>'
    article = newsclean.clean(page(paras(), head=head))
    assert article.body == PARAS
    assert article.title == "Harbour bridge reopens after repairs"


# --- bytes and charsets ---------------------------------------------------------------------------
ACCENTED = (
    "The café’s owner, Zoë Brontë, said the “reopening” was worth €2,000 a week to her,"
    " and that the bakery next door had doubled its orders since Friday."
)


def test_windows_1252_page_decodes_by_its_meta_charset():
    data = page(paras((ACCENTED, *PARAS[1:])), charset="windows-1252").encode("cp1252")
    article = newsclean.clean(data)
    assert article.body[0] == ACCENTED
    assert article.warnings == ()


def test_iso_8859_1_label_is_read_as_windows_1252():
    data = page(paras((ACCENTED, *PARAS[1:])), charset="iso-8859-1").encode("cp1252")
    assert newsclean.clean(data).body[0] == ACCENTED


def test_a_broken_charset_falls_back_to_detection_with_a_warning():
    data = page(paras((ACCENTED, *PARAS[1:])), charset="utf-8").encode("cp1252")
    article = newsclean.clean(data)
    assert "café" in article.body[0] and "Zoë" in article.body[0]
    assert any("charset" in w for w in article.warnings)


def test_utf8_that_the_declared_charset_cannot_decode_is_read_as_utf8():
    data = page(paras((ACCENTED, *PARAS[1:])), charset="windows-1252").encode("utf-8")
    article = newsclean.clean(data)  # "”" is E2 80 9D in UTF-8, and 9D is not cp1252
    assert article.body[0] == ACCENTED
    assert article.warnings == ()


def test_utf8_read_under_a_wrong_declaration_is_repaired():
    text = "The café’s owner, Zoë Brontë, said the reopening was worth a lot to her bakery."
    data = page(paras((text, *PARAS[1:])), charset="windows-1252").encode("utf-8")
    article = newsclean.clean(data)
    assert article.body[0] == text
    assert any("mojibake" in w for w in article.warnings)


@pytest.mark.parametrize(
    "charset",
    [
        "base64",
        "rot13",
        "hex",
        "zlib",
        "punycode",
        "undefined",
        "unicode_escape",
        "utf-7",
        "utf-16",
    ],
)
def test_a_declared_codec_that_is_no_page_charset_is_ignored(charset):
    """Python knows these codec names, but no page is in them: a <meta> that names one must not
    crash the page or garble it (a <meta>-declared UTF-16 is UTF-8, as in browsers)."""
    data = page(paras((ACCENTED, *PARAS[1:])), charset=charset).encode("utf-8")
    article = newsclean.clean(data)
    assert article.body == (ACCENTED, *PARAS[1:])
    assert article.language == "en"


def test_utf16_page_with_bom():
    data = codecs.BOM_UTF16_LE + page(paras()).encode("utf-16-le")
    assert newsclean.clean(data).body == PARAS


# --- bad pages ------------------------------------------------------------------------------------
def test_truncated_page_gives_what_it_has():
    html = page(paras())
    cut = html[: html.index(PARAS[3][:20])]
    article = newsclean.clean(cut)
    assert article.body[:3] == PARAS[:3]


def test_markup_with_no_text_gives_an_empty_article_with_a_warning():
    for html in ("<html></html>", "<div><span></span></div>", "<html><body><script>x=1</script>"):
        article = newsclean.clean(html)
        assert article.body == ()
        assert article.warnings


def test_deeply_nested_page_does_not_crash():
    html = "<html><body>" + "<div>" * 100_000 + paras() + "</div>" * 100_000 + "</body></html>"
    article = newsclean.clean(html)
    assert isinstance(article.body, tuple)
    if not article.body:
        assert article.warnings


def test_text_forced_as_html_is_still_cleaned():
    article = newsclean.clean("\n\n".join(PARAS), kind="html")
    assert " ".join(article.body).startswith(PARAS[0][:40])


def test_binary_data_is_refused():
    with pytest.raises(newsclean.InputError, match="binary"):
        newsclean.clean(b"<html>" + bytes(range(256)) * 64)


def test_a_page_over_the_size_limit_is_refused_before_parsing():
    huge = "<html><body>" + "x" * (MAX_PAGE_BYTES + 1)
    with pytest.raises(newsclean.InputError, match="over newsclean's limit"):
        newsclean.clean(huge)


def test_a_20_mb_page_is_cleaned_in_linear_time():
    """trafilatura's search grows faster than the page; past MAX_ELEMENTS newsclean reads the
    plain paragraphs instead, and says so."""
    filler = paras() * (20_000_000 // len(paras()))
    article = newsclean.clean(page(filler))
    assert article.body[:4] == PARAS
    assert any("elements" in w for w in article.warnings)


def _plain(html: str) -> list[tuple[str, str]]:
    from lxml.html import document_fromstring

    from newsclean.html.extract import _plain_blocks

    return [(b.kind, b.text) for b in _plain_blocks(document_fromstring(html))]


def test_the_large_page_fallback_keeps_content_and_skips_chrome():
    html = (
        "<html><body><header><p>Sign in</p></header><nav><ul><li>Home</li></ul></nav>"
        "<div><h2>Repairs</h2><p>The bridge <b>reopened</b>.</p>"
        "<ul><li>Plain item</li><li><p>Item paragraph</p></li>"
        "<li>Outer<ul><li><p>Deep paragraph</p></li></ul></li></ul>"
        "<blockquote>A quote</blockquote><aside><p>Related</p></aside>"
        "<!-- a comment --><p>After the aside.</p><form><li>Field</li></form></div>"
        "<footer><p>Contact us</p></footer></body></html>"
    )
    assert _plain(html) == [
        ("head", "Repairs"),
        ("p", "The bridge reopened."),
        ("item", "Plain item"),
        ("p", "Item paragraph"),  # a list item with a paragraph gives the paragraph
        ("p", "Deep paragraph"),  # …also from a nested list, and its outer item is left out
        ("quote", "A quote"),
        ("p", "After the aside."),
    ]
    # the article's container is the scope; inside a skipped element, nothing is taken
    scoped = "<html><body><p>Outside</p><article><p>Inside</p></article></body></html>"
    assert _plain(scoped) == [("p", "Inside")]
    assert _plain("<html><body><aside><article><p>In</p></article></aside></body></html>") == []


def test_the_large_page_fallback_does_not_walk_each_elements_ancestors():
    """Deep nesting costs one walk, not one walk up the tree per paragraph (quadratic: 60,000
    paragraphs under 200 sections took seconds). Counted, not timed: the ancestor steps taken."""
    from lxml import etree
    from lxml.html import HtmlComment, HtmlElement, HTMLParser, document_fromstring

    from newsclean.html.extract import _plain_blocks

    steps = []

    class Counting(HtmlElement):
        def iterancestors(self, *tags):
            for ancestor in super().iterancestors(*tags):
                steps.append(ancestor)
                yield ancestor

    parser = HTMLParser()
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(element=Counting, comment=HtmlComment)
    )
    depth, count = 100, 1000
    html = "<section>" * depth + "<p>Word.</p>" * count + "</section>" * depth
    tree = document_fromstring(f"<html><body>{html}</body></html>", parser=parser)
    blocks = list(_plain_blocks(tree))
    assert len(blocks) == count
    assert len(steps) <= depth + 2  # at most the scope's own ancestors (body, html)


def test_no_network_access(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("newsclean tried to open a connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    html = page(
        f"<img src='https://cdn.example/a.jpg'>{paras()}",
        head='<link rel="canonical" href="https://kellsbury-echo.example/bridge">',
    )
    assert newsclean.clean(html, url="https://kellsbury-echo.example/bridge").body == PARAS


def test_a_heading_over_a_list_of_links_the_extractor_dropped_is_removed():
    """The markup shows the heading introduced a list of links; with the list gone from the
    content, the heading alone is furniture. A heading over real content stays."""
    links = "".join(
        f"<li><a href='/s{i}'>Story number {i} about the harbour</a></li>" for i in range(3)
    )
    body = (
        paras(PARAS[:2])
        + f"<h3>Keep exploring</h3><ul>{links}</ul><h2>What happens next</h2>"
        + paras(PARAS[2:])
    )
    result = newsclean.Pipeline.default().run(page(body))
    texts = [b.text for b in result.document.blocks]
    article = result.article
    assert "What happens next" in article.body
    assert "Keep exploring" not in article.body
    if "Keep exploring" in texts:
        assert ("markup", "link_list") in [(r.filter, r.reason) for r in article.removed]


def test_a_heading_over_a_list_of_points_stays():
    """Only a heading over a list whose every item is a link is furniture; a list of points with a
    link inside stays with its heading."""
    points = (
        "<li>Drivers: the speed limit is 30 mph.</li>"
        "<li>Cyclists: see the <a href='/lane'>new lane map</a> before Monday.</li>"
    )
    body = paras(PARAS[:2]) + f"<h3>What changes</h3><ul>{points}</ul>" + paras(PARAS[2:])
    article = newsclean.clean(page(body))
    assert "What changes" in article.body
    assert "Drivers: the speed limit is 30 mph." in article.body


CAPS_HEADLINE = "SEAN REYES ELIMINATED FROM 'DANCING ON THE QUAY' AFTER A DANCE-OFF"


def test_a_linked_headline_in_capitals_between_paragraphs_is_removed():
    linked = f"<p><strong><a href='/dance'>{CAPS_HEADLINE}</a></strong></p>"
    article = newsclean.clean(page(paras(PARAS[:2]) + linked + paras(PARAS[2:])))
    assert article.body == PARAS
    assert ("engagement", "caps_headline") in [(r.filter, r.reason) for r in article.removed]


@pytest.mark.parametrize("markup", ["<h2>{}</h2>", "<p><strong>{}</strong></p>"])
def test_a_crosshead_in_capitals_that_links_nowhere_stays(markup):
    body = paras(PARAS[:2]) + markup.format(CAPS_HEADLINE) + paras(PARAS[2:])
    assert CAPS_HEADLINE in newsclean.clean(page(body)).body
