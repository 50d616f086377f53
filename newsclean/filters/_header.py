"""What the title and byline filters both need to know about the lines at the top."""

from __future__ import annotations

from ..document import Document
from ..names import NameReader
from ._parts import SEPARATOR as _SEPARATOR
from ._parts import SEPARATOR_MARKS

DATE_REASONS = frozenset({"published_date", "updated_date", "relative_date"})


def claimed_for(doc: Document, index: int, reasons: frozenset[str]) -> bool:
    """True when part of block ``index`` was claimed for one of ``reasons`` (a loop over its few
    spans: no set is built, and a free block has none)."""
    for span in doc.spans(index):  # noqa: SIM110
        if span.reason in reasons:
            return True
    return False


def has_date(doc: Document, index: int) -> bool:
    """True when the dates filter claimed part of block ``index``."""
    return claimed_for(doc, index, DATE_REASONS)


def byline_names(doc: Document, index: int, names: NameReader) -> list[str] | None:
    """The names on block ``index`` if it reads as a byline (``[]`` for "By CBS News"), else None.

    Only the unclaimed text counts, so "Jane Doe | Published 3 March 2021" reads as a bare name
    once the dates filter has claimed the date.
    """
    rest = doc.rest(index)
    if not rest:
        return None
    found = names.any_byline(rest)
    if found is None and names.desk(rest):
        return []  # "RTVN Noticias / Agencias | Navares": a desk's byline, no person
    if found is None and has_separator(rest):
        # "Álvaro Castañeda | Almenara": names, then the place or outlet.
        found = names.any_byline(_SEPARATOR.split(rest, maxsplit=1)[0])
    return found


def has_separator(text: str) -> bool:
    """``SEPARATOR.search(text) is not None``, tried only on a line holding a separator's
    mark."""
    for mark in SEPARATOR_MARKS:
        if mark in text:
            return _SEPARATOR.search(text) is not None
    return False


def header_indices(doc: Document, limit: int) -> list[int]:
    """The first ``limit`` blocks that are not removed boilerplate (content, or lifted metadata).

    Prompts and banners already removed above the headline do not use up the header's length.
    """
    if limit <= 0:
        return []
    content = doc.content_indices()
    # Only blocks above the limit-th content block can be among the first ``limit``.
    stop = content[limit - 1] + 1 if len(content) >= limit else len(doc)
    lifted = []
    for i in range(stop):
        for span in doc.spans(i):  # none in a free block
            if span.field:
                lifted.append(i)
                break
    if not lifted:
        return content[:limit]
    return sorted({*content[:limit], *lifted})[:limit]


def last(items: list[int], n: int) -> list[int]:
    """The last ``n`` items (none for ``n <= 0``; ``items[-0:]`` would be all of them)."""
    return items[len(items) - n :] if n > 0 else []


def same_text(a: str, b: str) -> bool:
    """Equal but for case and white space."""
    return a.casefold().split() == b.casefold().split()
