"""The main content of a page, found by trafilatura, as a list of typed text blocks."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from configparser import ConfigParser
from dataclasses import dataclass
from typing import Any

import trafilatura
from lxml import etree
from lxml.etree import _Element
from lxml.html import HtmlElement
from trafilatura.settings import DEFAULT_CONFIG, Extractor

from .meta import article_scope, squeeze

_CONFIG = ConfigParser()
_CONFIG.read_dict(DEFAULT_CONFIG)
_CONFIG["DEFAULT"]["MAX_FILE_SIZE"] = str(2**62)  # newsclean enforces its own limit first
MAX_ELEMENTS = 50_000
"""Pages with more elements than this skip trafilatura's main-content search, whose cost grows
faster than the page (10 MB of paragraphs: 10 s), and give their plain paragraph text instead."""
_COUNT = etree.XPath("count(//*)")
_PLAIN_TAGS = {
    "p": "p",
    "li": "item",
    "blockquote": "quote",
    **{f"h{n}": "head" for n in range(1, 7)},
}
_SKIPPED = frozenset({"nav", "aside", "footer", "header", "script", "style", "noscript", "form"})
_BLOCK_TAGS = {"p": "p", "head": "head", "quote": "quote", "code": "p"}


@dataclass(frozen=True, slots=True)
class TextBlock:
    """One block of the extracted article: its markup kind and text, and whether that text is,
    word for word, the text of a link on the page."""

    kind: str
    text: str
    linked: bool = False


def main_content(tree: HtmlElement, url: str | None, *, large: bool = False) -> list[TextBlock]:
    """The article's paragraphs, headings, list items, quotes and table rows, in order.

    trafilatura finds the main content; a page where it finds none, or one too large to search
    (:data:`MAX_ELEMENTS`), gives the plain paragraphs of its ``<article>`` or body, and a page
    with no text at all gives no blocks.
    """
    # Recall-leaning: no comments, no slow fallback extractors (newsclean's filters remove what
    # is left over). Links are not asked for: they change which content trafilatura selects.
    # A fresh options object per page: trafilatura writes to it.
    options = Extractor(
        config=_CONFIG, fast=True, comments=False, tables=True, formatting=False, url=url
    )
    if not large:
        # trafilatura works on its own copy of a tree it is given.
        document = trafilatura.bare_extraction(tree, url=url, options=options)
        body = getattr(document, "body", None)
        if body is not None and len(body):
            blocks = list(_blocks(body))
            if blocks:
                return blocks
    blocks = list(_plain_blocks(tree))
    if blocks:
        return blocks
    _, text, _ = trafilatura.baseline(copy.copy(tree))  # JSON-LD articleBody, bare text
    return [TextBlock("p", line) for line in map(squeeze, text.split("\n")) if line]


def _plain_blocks(tree: HtmlElement) -> Iterator[TextBlock]:
    """Paragraphs, headings and list items of the article's container (else the whole page), outside
    navigation, asides, footers and scripts, in order; a list item with a paragraph in it gives
    that paragraph, not itself."""
    scope = article_scope(tree)
    if any(a.tag in _SKIPPED for a in scope.iterancestors()):
        return
    for element in _plain_elements(scope):
        text = squeeze(element.text_content())
        if text:
            yield TextBlock(_PLAIN_TAGS[element.tag], text)


def _plain_elements(scope: _Element) -> list[_Element]:
    """The elements of :data:`_PLAIN_TAGS` under ``scope`` (itself included) that are not inside
    a :data:`_SKIPPED` element, less the list items with a ``<p>`` in them, in document order.

    One walk over the tree, so the time is linear in its size however deep it nests (asking
    every element for its ancestors, or every list item for its paragraphs, is quadratic).
    """
    entries: list[list[Any]] = []  # [element, kept], in document order
    items: list[list[Any]] = []  # [its entry (None when skipped), has a <p>] per open <li>
    skipped = 0  # how many _SKIPPED elements are open
    for event, element in etree.iterwalk(scope, events=("start", "end")):
        tag = element.tag
        if not isinstance(tag, str):  # comments, processing instructions
            continue
        if event == "start":
            entry = [element, True] if skipped == 0 and tag in _PLAIN_TAGS else None
            if entry is not None:
                entries.append(entry)
            if tag == "p" and items:
                items[-1][1] = True
            elif tag == "li":
                items.append([entry, False])
            skipped += tag in _SKIPPED
        else:
            skipped -= tag in _SKIPPED
            if tag == "li":
                entry, has_p = items.pop()
                if has_p:  # its paragraphs come on their own; an enclosing item has them too
                    if entry is not None:
                        entry[1] = False
                    if items:
                        items[-1][1] = True
    return [element for element, kept in entries if kept]


def too_large(tree: HtmlElement) -> bool:
    """True when the page has more than :data:`MAX_ELEMENTS` elements (counted in C)."""
    return float(_COUNT(tree)) > MAX_ELEMENTS


def _blocks(body: _Element) -> Iterator[TextBlock]:
    loose = squeeze(body.text or "")  # text trafilatura left outside any element
    if loose:
        yield TextBlock("p", loose)
    for element in body:
        yield from _element_blocks(element)
        loose = squeeze(element.tail or "")
        if loose:
            yield TextBlock("p", loose)


def _element_blocks(element: _Element) -> Iterator[TextBlock]:
    tag = element.tag
    if tag == "list":
        for item in element.iter("item"):
            if item.find("list") is None:  # nested lists give their own items
                yield from _lines("item", item)
    elif tag == "table":
        for row in element.iter("row"):
            text = " | ".join(c for c in (squeeze(_text(cell)) for cell in row.iter("cell")) if c)
            if text:
                yield TextBlock("row", text)
    elif tag in _BLOCK_TAGS:
        yield from _lines(_BLOCK_TAGS[tag], element)
    else:
        text = squeeze(_text(element))
        if text:
            yield TextBlock("p", text)


def _lines(kind: str, element: _Element) -> Iterator[TextBlock]:
    """A block, split where the markup broke the line (``<br>``: a caption's credit line, a
    list written as lines)."""
    pieces = [""]
    for node in element.iter():
        if node.tag == "lb":
            pieces.append("")
        if node.text and node.tag != "lb":
            pieces[-1] += node.text
        if node is not element and node.tail:
            pieces[-1] += node.tail
    for piece in pieces:
        text = squeeze(piece)
        if text:
            yield TextBlock(kind, text)


def _text(element: _Element) -> str:
    return " ".join(element.itertext())
