"""What a page's markup says about its article: ``<meta>`` tags, JSON-LD, ``<h1>``, figures."""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml import etree
from lxml.html import HtmlElement

from ..document import Hints
from ..language import common_words

_SPACE = re.compile(r"\s+")
_ISO = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})"
    r"(?:[T ](?P<time>\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?\s*(?P<zone>Z|[+-]\d{2}:?\d{2})?)?"
)
_CLASS_SPLIT = re.compile(r"[\s_-]+")
_STANDFIRST_CLASSES = frozenset(
    {
        "dek",
        "standfirst",
        "subheadline",
        "subtitle",
        "subhead",
        "excerpt",
        "chapo",
        "chapeau",
        "teaser",
        "deck",
        "strapline",
    }
)
_BYLINE_CLASSES = frozenset({"byline", "author", "authors", "authorname"})
_TAG_CLASSES = frozenset({"tags", "tag", "keywords", "topics", "tagged"})
_CREDIT_STEMS = ("credit", "copyright", "imagecredit", "photocredit", "credito", "crédit")
_LEAD_CLASSES = frozenset({"lead", "intro", "summary", "standfirst"})
_IMAGE_CLASSES = frozenset({"image", "img", "photo", "picture", "media"})
_MARKED_WORDS = _STANDFIRST_CLASSES | _LEAD_CLASSES | _BYLINE_CLASSES | _TAG_CLASSES
_MARKED_STEMS = ("caption", "credit", "copyright", "crédit")
# One C call per class attribute picks the few elements worth a closer look.
_MAYBE_MARKED = re.compile(
    "|".join(sorted({*_MARKED_WORDS, *_MARKED_STEMS}, key=len, reverse=True))
)
_CLASSED = etree.XPath("//*[@class]")
# The article's own container: <article>, else schema.org markup of an article.
_ARTICLE = etree.XPath("//article | //*[contains(@itemtype, 'Article')]")
_ATTRIBUTED = etree.XPath(
    "//*[@itemprop='author' or @rel='author' or @itemprop='copyrightHolder'"
    " or @itemprop='creditText' or @itemprop='description' or @itemprop='alternativeHeadline']"
)
_MIN_LINK_ITEMS = 2
_MAX_STANDFIRST_WORDS = 80
_MAX_BYLINE_WORDS = 15
_MAX_TAG_WORDS = 6
_TITLE_SEPARATOR = re.compile(r"\s+[|–—:·-]\s+")
_NAME_SPLIT = re.compile(r"\s*(?:;|,|\band\b|&|\|)\s*")
_MAX_NAME_WORDS = 5
_JSON_LD = "//script[@type='application/ld+json']"
_FIRST_YEAR, _LAST_YEAR = 1900, 2200
_MAX_JSON_LD = 200_000  # characters of one JSON-LD script read; more is not metadata
_LABELS = "|".join(re.escape(w) for w in common_words("markup", "credit_labels"))
_LABEL_PREFIXES = "|".join(re.escape(w) for w in common_words("markup", "credit_label_prefixes"))
_LABEL_BY = "|".join(re.escape(w) for w in common_words("markup", "credit_by"))
# "Archive photo: Jane Roe", "© dpa", "Foto di Luca Neri": the label before a credited name.
_CREDIT_LABEL = re.compile(
    rf"^(?:(?:(?:{_LABEL_PREFIXES}) )?(?:{_LABELS})(?:\s+(?:{_LABEL_BY}))?\s*[:©]?\s*)+", re.I
)
# "… sierra. Foto: Turismo de Valdecuervo": a credit label and name ending a caption.
_CAPTION_CREDIT = re.compile(
    rf"(?:^|[.!?)]\s+)(?:{_LABELS})\s*:\s*(?P<credit>[^.:]{{2,60}}?)\.?$", re.I
)
_CREDIT_EDGE = " .…()[]|"


def squeeze(text: str) -> str:
    """White space squeezed to single spaces, ends stripped.

    >>> squeeze("  Harbour\\n  bridge ")
    'Harbour bridge'
    """
    return _SPACE.sub(" ", text).strip()


def iso_date(value: str) -> str | None:
    """An ISO 8601 timestamp from markup, cut to the gold format: ``YYYY-MM-DD``, with
    ``THH:MM`` when it has a time and ``±HH:MM`` when it has a zone.

    >>> iso_date("2019-11-18T14:30:05.000Z")
    '2019-11-18T14:30+00:00'
    >>> iso_date("2019-11-18")
    '2019-11-18'
    >>> iso_date("18 November") is None, iso_date("0001-01-01T00:00:00Z") is None
    (True, True)
    """
    match = _ISO.search(value)
    if match is None or not _plausible(match["date"]):
        return None
    out = match["date"]
    if match["time"]:
        out += "T" + match["time"]
        zone = match["zone"]
        if zone == "Z":
            out += "+00:00"
        elif zone:
            digits = zone[1:].replace(":", "")
            out += f"{zone[0]}{digits[:2]}:{digits[2:]}"
    return out


def _plausible(day: str) -> bool:
    """A real calendar day in the age of the web's news ("0001-01-01" is a CMS's empty date)."""
    try:
        return _FIRST_YEAR <= datetime.date.fromisoformat(day).year <= _LAST_YEAR
    except ValueError:
        return False


def read_hints(tree: HtmlElement, url: str | None) -> Hints:
    """Everything :class:`~newsclean.document.Hints` holds, read from the parsed page."""
    metas = _metas(tree)
    ld = list(_json_ld(tree))
    site = _first(metas.get("og:site_name"), _ld_values(ld, "publisher", "name"))
    headings = [squeeze(h.text_content()) for h in tree.xpath("//h1")[:3]]
    page_title = _first(tree.xpath("//title/text()"))
    titles = [
        t
        for t in (
            *_ld_values(ld, "headline"),
            *metas.get("og:title", ()),
            *metas.get("twitter:title", ()),
            *headings,
            page_title and squeeze(page_title),
        )
        if t
    ]
    description = _first(metas.get("og:description"), metas.get("description"))
    scope = article_scope(tree)
    marked = _marked(tree, scope, description)
    return Hints(
        title=_best_title(titles, headings, site),
        titles=tuple(dict.fromkeys(_with_and_without_site(titles))),
        description=description,
        standfirst=marked.standfirst,
        standfirsts=frozenset(marked.standfirsts),
        authors=_authors([*metas.get("author", ()), *_ld_values(ld, "author", "name")]),
        bylines=tuple(dict.fromkeys(marked.bylines)),
        published=_published(tree, scope, metas, ld),
        site=site,
        topics=tuple(dict.fromkeys(metas.get("article:tag", ()) or marked.tags)),
        image_credits=_credits(marked.credits),
        captions=frozenset(marked.captions),
        link_headings=frozenset(_link_headings(tree)),
        language=_language(tree),
        url=url or _first(tree.xpath("//link[@rel='canonical']/@href"), metas.get("og:url")),
    )


@dataclass
class _Marked:
    """Texts of the elements the page's class names and attributes mark, gathered in one pass."""

    standfirsts: set[str] = field(default_factory=set)
    standfirst: str | None = None
    bylines: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    captions: set[str] = field(default_factory=set)
    credits: list[str] = field(default_factory=list)


def article_scope(tree: HtmlElement) -> HtmlElement:
    """The article's own container: the first ``<article>`` or element with schema.org article
    markup, else the whole page."""
    found: list[HtmlElement] = _ARTICLE(tree)
    return found[0] if found else tree


def _marked(tree: HtmlElement, scope: HtmlElement, description: str | None) -> _Marked:
    out = _Marked()
    heading = next(tree.iter("h1"), None)
    # Where the article's own standfirst may stand: its container, or the headline's block.
    homes = [e for e in (scope if scope is not tree else None, _parent(heading)) if e is not None]
    described = (description or "").casefold()
    for element in tree.iter("figcaption"):
        text = squeeze(element.text_content())
        out.captions.add(text.casefold())
        cited = [squeeze(c.text_content()) for c in element.iter("cite")]
        labelled = _CAPTION_CREDIT.search(text)
        out.credits.extend(cited or ([labelled["credit"]] if labelled else []))
    for element in _ATTRIBUTED(tree):
        text = squeeze(element.text_content())
        if element.get("itemprop") in ("description", "alternativeHeadline"):
            _standfirst(out, element, text, homes)
        elif element.get("itemprop") in ("copyrightHolder", "creditText"):
            out.captions.add(text.casefold())
            out.credits.append(text)
        elif len(text.split()) <= _MAX_BYLINE_WORDS:
            out.bylines.append(text)
    for element in _CLASSED(tree):
        low = element.get("class").lower()
        if _MAYBE_MARKED.search(low) is None:
            continue
        words = set(_CLASS_SPLIT.split(low))
        if words.isdisjoint(_MARKED_WORDS) and not any(stem in low for stem in _MARKED_STEMS):
            continue
        text = squeeze(element.text_content())
        if not text:
            continue
        if _STANDFIRST_CLASSES & words or (
            _LEAD_CLASSES & words and text.casefold() == described
        ):  # "lead"/"intro" mark a standfirst only when it is the page's description too
            _standfirst(out, element, text, homes)
        if _BYLINE_CLASSES & words and len(text.split()) <= _MAX_BYLINE_WORDS:
            out.bylines.append(text)
        if _TAG_CLASSES & words and not out.tags and _inside(element, scope):
            out.tags = [squeeze(a.text_content()) for a in element.iter("a")]
        credit = any(w.startswith(_CREDIT_STEMS) for w in words)
        if (credit and _IMAGE_CLASSES & words) or (
            (credit or "caption" in words) and _inside_figure(element)
        ):
            out.captions.add(text.casefold())
            if credit:
                out.credits.append(text)
    tagged = [squeeze(a.text_content()) for a in scope.xpath(".//a[@rel='tag']")]
    out.tags = [t for t in tagged or out.tags if t and len(t.split()) <= _MAX_TAG_WORDS]
    out.captions.discard("")
    return out


def _standfirst(out: _Marked, element: HtmlElement, text: str, homes: list[HtmlElement]) -> None:
    if text and len(text.split()) <= _MAX_STANDFIRST_WORDS:
        out.standfirsts.add(text.casefold())
        if out.standfirst is None and any(_inside(element, home) for home in homes):
            out.standfirst = text  # the article's own, not a teaser of another story


def _parent(element: HtmlElement | None) -> HtmlElement | None:
    return None if element is None else element.getparent()


def _link_headings(tree: HtmlElement) -> Iterator[str]:
    """Headings whose next element is a list of links: every item's text is its link's text."""
    for heading in tree.iter("h2", "h3", "h4", "h5", "h6"):
        following = heading.getnext()
        if following is None or following.tag not in ("ul", "ol"):
            continue
        items = list(following.iter("li"))
        if len(items) >= _MIN_LINK_ITEMS and all(
            squeeze(li.text_content()) == " ".join(squeeze(a.text_content()) for a in li.iter("a"))
            for li in items
        ):
            yield squeeze(heading.text_content()).casefold()


def _inside(element: HtmlElement, scope: HtmlElement) -> bool:
    return element is scope or any(a is scope for a in element.iterancestors())


def _inside_figure(element: HtmlElement) -> bool:
    return any(a.tag in ("figure", "figcaption") for a in element.iterancestors())


def _metas(tree: HtmlElement) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for meta in tree.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        value = squeeze(meta.get("content") or "")
        if key and value:
            out.setdefault(key, []).append(value)
    return out


def _json_ld(tree: HtmlElement) -> Iterator[dict[str, Any]]:
    """The JSON-LD objects of the page (``@graph`` members too); malformed scripts are skipped."""
    for script in tree.xpath(_JSON_LD):
        raw = (script.text or "")[:_MAX_JSON_LD]
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                yield item
                if isinstance(item.get("@graph"), list):
                    stack.extend(reversed(item["@graph"]))


def _ld_values(objects: Iterable[dict[str, Any]], key: str, sub: str | None = None) -> list[str]:
    out: list[str] = []
    for obj in objects:
        value = obj.get(key)
        for item in value if isinstance(value, list) else [value]:
            if sub is not None and isinstance(item, dict):
                item = item.get(sub)
            if isinstance(item, str) and item.strip():
                out.append(squeeze(item))
    return out


def _first(*candidates: Iterable[str] | str | None) -> str | None:
    for candidate in candidates:
        if isinstance(candidate, str):
            if candidate.strip():
                return squeeze(candidate)
        elif candidate:
            for value in candidate:
                if isinstance(value, str) and value.strip():
                    return squeeze(value)
    return None


def _strip_site(title: str, site: str | None) -> str:
    """ "Harbour bridge reopens | The Courier" -> "Harbour bridge reopens" (the last part goes
    when it is the site's name, or a short name after a longer headline)."""
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    tail = parts[-1]
    if (site and tail.casefold() == site.casefold()) or (
        len(tail.split()) <= 4 and len(tail.split()) < len(" ".join(parts[:-1]).split())
    ):
        return title[: title.rfind(tail)].rstrip(" |–—:·-")
    return title


def _with_and_without_site(titles: list[str]) -> Iterator[str]:
    for title in titles:
        yield title
        short = _strip_site(title, None)
        if short != title:
            yield short


def _best_title(titles: list[str], headings: list[str], site: str | None) -> str | None:
    """The headline as printed: an ``<h1>`` that agrees with the page's titles, else the first
    title (the site's name cut off)."""
    folded = {_strip_site(t, site).casefold() for t in titles}
    for heading in headings:
        if heading and heading.casefold() in folded:
            return heading
    return _strip_site(titles[0], site) if titles else None


def _authors(raw: list[str]) -> tuple[str, ...]:
    """Bare names from author metadata: split on ";", ",", "and"; URLs and long phrases dropped."""
    names: list[str] = []
    for value in raw:
        if "://" in value or value.startswith("@"):
            continue
        for part in _NAME_SPLIT.split(value):
            part = part.strip()
            if part.lower().startswith("by "):
                part = part[3:].strip()
            words = part.split()
            if 2 <= len(words) <= _MAX_NAME_WORDS and all(w[:1].isupper() for w in words):
                names.append(part)
    return tuple(dict.fromkeys(names))


def _published(
    tree: HtmlElement, scope: HtmlElement, metas: dict[str, list[str]], ld: list[dict[str, Any]]
) -> str | None:
    candidates = [
        *metas.get("article:published_time", ()),
        *_ld_values(ld, "datePublished"),
        *metas.get("datepublished", ()),
        *metas.get("og:published_time", ()),
        *tree.xpath("//time[@itemprop='datePublished']/@datetime"),
        *tree.xpath("//time[@pubdate]/@datetime"),
    ]
    declared = next((d for d in map(iso_date, candidates) if d is not None), None)
    printed = next((d for d in map(iso_date, scope.xpath(".//time/@datetime")) if d), None)
    if declared is None:
        return printed
    # The page's own <time> wins when it is the same moment: it has the offset the page prints.
    return printed if printed is not None and _same_moment(printed, declared) else declared


def _same_moment(a: str, b: str) -> bool:
    try:
        first, second = datetime.datetime.fromisoformat(a), datetime.datetime.fromisoformat(b)
        if (first.tzinfo is None) != (second.tzinfo is None):
            return False
        return first == second
    except ValueError:
        return False


def _credits(texts: list[str]) -> tuple[str, ...]:
    out: list[str] = []
    for raw in texts:
        text = _CREDIT_LABEL.sub("", raw.strip(_CREDIT_EDGE)).strip(_CREDIT_EDGE)
        # A credit names an agency or a photographer: a few words, no dates or notices.
        if text and len(text.split()) <= _MAX_NAME_WORDS and not any(c.isdigit() for c in text):
            out.append(text)
    return tuple(dict.fromkeys(out))


def _language(tree: HtmlElement) -> str | None:
    lang = tree.get("lang") or _first(tree.xpath("//html/@lang"))
    if not lang:
        return None
    code = lang.strip().split("-")[0].split("_")[0].lower()
    return code if code.isalpha() and 2 <= len(code) <= 3 else None
