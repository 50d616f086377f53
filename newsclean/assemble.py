"""Build the :class:`~newsclean.Article` from a labelled document: the one place text is cut."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit

from .article import Article, Removal
from .document import Block, Document, Hints, Segment, Span
from .language import LanguagePack
from .names import NameReader


def assemble(
    doc: Document,
    rules: LanguagePack,
    *,
    language: str | None = None,
    url: str | None = None,
    warnings: Iterable[str] = (),
) -> Article:
    """Cut the claimed spans out of the blocks, gather lifted values, and record every removal.

    ``rules`` is the pack the filters ran with (it reads author names from a page's markup);
    ``language`` is the document's language as the pipeline recognised (or was told) it."""
    body: list[str] = []
    removed: list[Removal] = []
    spans_of, has_word = doc.spans, doc.cues.has_word
    for block in doc.blocks:
        index, text, offset = block.index, block.text, block.start
        spans = spans_of(index)
        if not spans:
            if has_word(index):
                body.append(text)
            else:  # "###", "* * *", "—": a line of marks, no words — recorded, not body
                end = offset + len(text)
                removed.append(Removal("assemble", "separator", text, index, offset, end))
            continue
        for span in spans:
            start, end = span.start, span.end
            removed.append(
                Removal(
                    span.filter,
                    span.reason,
                    text[start:end],
                    index,
                    offset + start,
                    offset + end,
                    span.field,
                )
            )
        if len(spans) == 1 and not spans[0].start and spans[0].end == len(text):
            continue  # the usual claim: one span took the block whole, and left nothing
        kept = doc.segments(index)
        if kept:
            body.append(" ".join([seg.text for seg in kept]))
        # What neither a filter nor the body took is separators or punctuation ("|", "()"):
        # record it too, so nothing is dropped silently.
        removed.extend(_separators(block, spans, kept))
    notes = list(warnings)
    if not doc.blocks:
        notes.append("empty input: no text to clean")
    elif not body:
        notes.append("no body: every line was metadata or boilerplate (see `removed`)")
    hints = doc.hints  # what a page's markup says: used where the text itself said nothing
    lifted = _lifted(doc)
    return Article(
        title=_first(lifted.get("title", [])) or hints.title,
        subtitle=_first(lifted.get("subtitle", [])) or hints.standfirst,
        authors=_unique(lifted.get("authors", [])) or _page_authors(hints, rules),
        published=_first(lifted.get("published", [])) or hints.published,
        topics=_unique(lifted.get("topics", [])) or hints.topics,
        image_credits=_unique([*lifted.get("image_credits", []), *hints.image_credits]),
        sources=_unique(lifted.get("sources", [])),
        language=language,
        url=url,
        site=_first(lifted.get("site", [])) or hints.site or _site(url),
        body=tuple(body),
        removed=tuple(removed),
        warnings=tuple(notes),
    )


def _lifted(doc: Document) -> dict[str, list[str]]:
    """Every field's lifted values in document order (``doc.values(field)`` of each field, in one
    pass over the spans)."""
    out: dict[str, list[str]] = {}
    for span in doc.all_spans():
        if span.field is not None:
            out.setdefault(span.field, []).extend(span.values)
    return out


def _page_authors(hints: Hints, lang: LanguagePack) -> tuple[str, ...]:
    """The markup's author names that read as people — not the site ("Business Insider"), not a
    role ("AP National Security Writer"), not an outlet word ("BBC News") — from its metadata,
    else from its byline elements ("By Ana Lutz and Tom Reyes")."""
    if not hints.authors and not hints.bylines:
        return ()
    names = lang.derived("names", NameReader.for_language)
    site = (hints.site or "").casefold()

    def person(author: str) -> bool:
        return (
            names.is_name(author, capitals=True)
            and author.casefold() not in site
            and not any(names.is_role(word) for word in author.split())
        )

    found = [a for a in hints.authors if person(a)]
    if not found:
        for line in hints.bylines:
            found.extend(a for a in names.any_byline(line) or () if person(a))
    return _unique(found)


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
