"""Is this input an HTML page (or fragment), or scraped plain text?"""

from __future__ import annotations

import re

from ..decode import BOMS

_SNIFF = 4096
# A page or fragment starts with markup: a doctype, a comment, an XML declaration or a tag.
_STARTS_WITH_MARKUP = re.compile(
    r"\A(?:\ufeff)?\s*<(?:!doctype\s+html|!--|\?xml|[a-z][a-z0-9]*[\s/>])", re.I
)
_HTML_TAG = re.compile(
    r"<(?:html|head|body|meta|title|div|p|article|section|main|span|h[1-6]|ul|table|script|br)[\s/>]",
    re.I,
)


def looks_like_html(source: str | bytes) -> bool:
    """True when ``source`` starts with markup and has an HTML tag in its first 4 KB.

    Scraped text that merely mentions a tag ("use <b> for bold") does not start with one.

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("<div class='story'><p>Hi</p></div>")
    True
    >>> looks_like_html("The <p> tag starts a paragraph.")
    False
    """
    head = source[:_SNIFF]
    if isinstance(head, (bytes, bytearray)):
        head = bytes(head)
        for bom, _ in BOMS:
            if head.startswith(bom):
                head = head[len(bom) :]
                break
        # ASCII markup reads the same in any 8-bit code; in UTF-16 it shows between the NULs.
        head = head.decode("latin-1").replace("\x00", "")
    if _STARTS_WITH_MARKUP.match(head) is None:
        return False
    return _HTML_TAG.search(head) is not None
