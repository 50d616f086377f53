"""Build the :class:`~newsclean.Article` from a labelled document: the one place text is cut."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit

from .article import Article, Removal
from .document import Block, Document, Hints, Segment, Span
from .language import LanguagePack
from .names import NameReader

_MIN_LANGUAGE_TOKENS = 5
_SAMPLE = 1000  # characters of the body read to recognise its language
_MIN_STOPWORD_SHARE = 0.08


def assemble(
    doc: Document, lang: LanguagePack, *, url: str | None = None, warnings: Iterable[str] = ()
) -> Article:
    """Cut the claimed spans out of the blocks, gather lifted values, and record every removal."""
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
    language = detect_language(body, lang)
    if body and language is None:
        notes.append(f"language not recognised; {lang.code!r} rules were applied")
    hints = doc.hints  # what a page's markup says: used where the text itself said nothing
    return Article(
        title=_first(doc.values("title")) or hints.title,
        subtitle=_first(doc.values("subtitle")) or hints.standfirst,
        authors=_unique(doc.values("authors")) or _page_authors(hints, lang),
        published=_first(doc.values("published")) or hints.published,
        topics=_unique(doc.values("topics")) or hints.topics,
        image_credits=_unique([*doc.values("image_credits"), *hints.image_credits]),
        sources=_unique(doc.values("sources")),
        language=language,
        url=url,
        site=_first(doc.values("site")) or hints.site or _site(url),
        body=tuple(body),
        removed=tuple(removed),
        warnings=tuple(notes),
    )


def detect_language(paragraphs: list[str], lang: LanguagePack) -> str | None:
    """``lang.code`` when the text reads as that language (share of its stopwords), else
    ``None``."""
    stopwords = lang.derived("stopwords", lambda p: frozenset(p.words("language", "stopwords")))
    tokens = " ".join(paragraphs)[:_SAMPLE].lower().split()
    hits = sum(map(stopwords.__contains__, tokens))  # words with punctuation attached miss: fine
    if len(tokens) < _MIN_LANGUAGE_TOKENS:
        return lang.code if hits else None
    share = hits / len(tokens)
    return lang.code if share >= _MIN_STOPWORD_SHARE else None


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
            and not any(word.lower() in names.roles for word in author.split())
        )

    found = [a for a in hints.authors if person(a)]
    if not found:
        for line in hints.bylines:
            found.extend(a for a in names.any_byline(line) or () if person(a))
    return _unique(found)


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
