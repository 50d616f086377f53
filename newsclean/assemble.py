"""Build the :class:`~newsclean.Article` from a labelled document: the one place text is cut."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit

from .article import Article, Removal
from .document import Block, Document, Segment, Span


def assemble(
    doc: Document,
    *,
    language: str | None = None,
    url: str | None = None,
    warnings: Iterable[str] = (),
) -> Article:
    """Cut the claimed spans out of the blocks, gather lifted values, and record every removal.

    ``language`` is the document's language as the pipeline recognised (or was told) it."""
    body: list[str] = []
    removed: list[Removal] = []
    for block in doc.blocks:
        spans = doc.spans(block.index)
        for span in spans:
            removed.append(_removal(doc, span))
        if not spans:
            body.append(block.text)
            continue
        kept = doc.segments(block.index)
        if kept:
            body.append(" ".join(seg.text for seg in kept))
        # What neither a filter nor the body took is separators or punctuation ("|", "()"):
        # record it too, so nothing is dropped silently.
        removed.extend(_separators(block, spans, kept))
    notes = list(warnings)
    if not doc.blocks:
        notes.append("empty input: no text to clean")
    return Article(
        title=_first(doc.values("title")),
        subtitle=_first(doc.values("subtitle")),
        authors=_unique(doc.values("authors")),
        published=_first(doc.values("published")),
        topics=_unique(doc.values("topics")),
        image_credits=_unique(doc.values("image_credits")),
        sources=_unique(doc.values("sources")),
        language=language,
        url=url,
        site=_first(doc.values("site")) or _site(url),
        body=tuple(body),
        removed=tuple(removed),
        warnings=tuple(notes),
    )


def _removal(doc: Document, span: Span) -> Removal:
    block = doc.blocks[span.block]
    return Removal(
        filter=span.filter,
        reason=span.reason,
        text=block.text[span.start : span.end],
        block=span.block,
        start=block.start + span.start,
        end=block.start + span.end,
        field=span.field,
    )


def _separators(block: Block, spans: tuple[Span, ...], kept: list[Segment]) -> Iterator[Removal]:
    covered = sorted([(s.start, s.end) for s in spans] + [(k.start, k.end) for k in kept])
    pos = 0
    for start, end in (*covered, (len(block.text), len(block.text))):
        if start > pos:
            piece = block.text[pos:start]
            stripped = piece.strip()
            if stripped:
                at = block.start + pos + len(piece) - len(piece.lstrip())
                yield Removal(
                    "assemble", "separator", stripped, block.index, at, at + len(stripped)
                )
        pos = max(pos, end)


def _first(values: list[str]) -> str | None:
    return values[0] if values else None


def _unique(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


def _site(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:  # not a URL ("[", "http://[::1") — keep it, name no site
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host
