"""HTML input: the page's main content found by trafilatura, its metadata read from the markup.

The blocks then go through the same filters as scraped text (:meth:`newsclean.Pipeline.run`).
Nothing is ever fetched: a URL is only recorded.
"""

from __future__ import annotations

from .detect import looks_like_html
from .page import MAX_PAGE_BYTES, Page, read_page

__all__ = ["MAX_PAGE_BYTES", "Page", "looks_like_html", "read_page"]
