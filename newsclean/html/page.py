"""An HTML page read into text blocks and the hints its markup gives."""

from __future__ import annotations

from dataclasses import dataclass, replace

from lxml.etree import ParserError
from lxml.html import HtmlElement, document_fromstring
from trafilatura.utils import load_html

from ..decode import Decoded
from ..document import NO_HINTS, Hints
from ..errors import InputError
from .charset import decode_page
from .extract import MAX_ELEMENTS, TextBlock, main_content, too_large
from .meta import read_hints, squeeze

MAX_PAGE_BYTES = 32 * 2**20
"""Pages larger than this are refused with :class:`~newsclean.InputError` (parsing them would take
seconds and their size alone says they are not one article)."""


@dataclass(frozen=True, slots=True)
class Page:
    """The main content of a page as blocks, the page's hints, and notes for ``warnings``."""

    blocks: tuple[TextBlock, ...]
    hints: Hints
    warnings: tuple[str, ...]


def _parse(text: str) -> HtmlElement | None:
    """trafilatura's parser; text it does not take for HTML (``kind="html"`` forced on plain
    text) is parsed by lxml as it is."""
    try:
        tree = load_html(text)
        if tree is None and text.strip():
            tree = document_fromstring(text)
    except (ParserError, ValueError):
        return None
    return tree


def read_page(source: str | bytes, url: str | None = None) -> Page:
    """Decode (bytes: BOM, declared charset, detection), parse, find the main content with
    trafilatura and read the metadata hints. Never fetches anything: ``url`` is only recorded.

    Raises :class:`InputError` for binary data and pages over :data:`MAX_PAGE_BYTES`.
    """
    size = len(source)
    if size > MAX_PAGE_BYTES:
        raise InputError(
            f"HTML page of {size / 2**20:.1f} MB is over newsclean's limit of"
            f" {MAX_PAGE_BYTES / 2**20:.0f} MB"
        )
    decoded = (
        decode_page(bytes(source))
        if isinstance(source, (bytes, bytearray))
        else Decoded(source, "str")
    )
    warnings = [decoded.warning] if decoded.warning else []
    tree = _parse(decoded.text)
    if tree is None:
        return Page((), NO_HINTS, (*warnings, "HTML page could not be parsed: no text found"))
    anchors = {squeeze(a.text_content()).casefold() for a in tree.iter("a")}
    large = too_large(tree)
    if large:
        warnings.append(
            f"HTML page has over {MAX_ELEMENTS:,} elements: its plain paragraphs were taken"
            " without searching for the main content"
        )
    blocks = tuple(
        replace(b, linked=b.text.casefold() in anchors)
        for b in main_content(tree, url, large=large)
    )
    if not blocks:
        warnings.append("HTML page has no article text")
    return Page(blocks, read_hints(tree, url), tuple(warnings))
