"""Blocks, decisions and the labelled document that filters read.

The input becomes a sequence of :class:`Block` s. Filters never rewrite or delete text: they return
:class:`Decision` s that *claim* spans of blocks (remove them as boilerplate, or lift them into a
field). The pipeline applies each filter's decisions to a new :class:`Document`; the assembler
builds the article from the final one. The original text of every block is always kept.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, pairwise
from operator import attrgetter

import regex

from .cues import BlockCues
from .errors import FilterError

FIELDS = ("title", "subtitle", "authors", "published", "topics", "image_credits", "sources", "site")
"""Article fields a filter may lift a span into."""

_WORD = regex.compile(r"\w")
_start = attrgetter("start")
_EDGE = " \t|•·"  # stripped from the ends of unclaimed runs: white space and line separators
_set = object.__setattr__  # how a frozen dataclass sets its fields


@dataclass(frozen=True, slots=True, init=False)
class Block:
    """One paragraph (or line) of the normalised input; ``start`` is its offset in that text.

    ``kind`` says what the block was in the page's markup ("p", "head", "item", "quote", "row" for
    HTML input; "text" for plain text), and ``linked`` whether its whole text is the text of a
    link on the page (an entry of a "related stories" list).
    ``words`` (white-space separated words) is counted once here, for every filter's length limits.
    """

    index: int
    text: str
    start: int
    kind: str = "text"
    linked: bool = False
    words: int = field(init=False, repr=False, compare=False)

    def __init__(
        self,
        index: int,
        text: str,
        start: int,
        kind: str = "text",
        linked: bool = False,
        *,
        _words: int | None = None,
    ) -> None:
        # Written out rather than generated: every document builds a block per paragraph, and
        # the generated __init__ of a frozen dataclass (a looked-up setattr call per field, then
        # a __post_init__ call) is slower. ``_words`` is for the block splitters, which know the
        # count in normalised text: it must be ``len(text.split())``.
        _set(self, "index", index)
        _set(self, "text", text)
        _set(self, "start", start)
        _set(self, "kind", kind)
        _set(self, "linked", linked)
        _set(self, "words", count_words(text) if _words is None else _words)


def count_words(text: str) -> int:
    """``len(text.split())``, counted without building the words when that is safe.

    In text whose only white space is single spaces between words (the blocks of normalised
    text), the words are the spaces plus one. Every white-space character but the space is
    unprintable, so a printable text has no other; the count is checked against ``split()`` in
    the tests.

    >>> count_words("By Jane Doe, Political Editor"), count_words(" a\u00a0 b\tc "), count_words("")
    (5, 3, 0)
    """
    if text and "  " not in text and text[0] != " " and text[-1] != " " and text.isprintable():
        return text.count(" ") + 1
    return len(text.split())


@dataclass(frozen=True, slots=True)
class Decision:
    """A filter's claim on ``block.text[start:end]``.

    With ``field`` set, the span's content is lifted into that article field as ``values`` (one or
    more strings: a byline gives several authors); without it the span is removed as boilerplate.
    ``end=None`` means the end of the block.
    """

    block: int
    reason: str
    start: int = 0
    end: int | None = None
    field: str | None = None
    values: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Span:
    """A claimed span, as recorded in a :class:`Document` (block-relative offsets)."""

    block: int
    start: int
    end: int
    filter: str
    reason: str
    field: str | None
    values: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Segment:
    """A run of unclaimed text in a block: ``text == block.text[start:end]``, stripped of white
    space and of separators ("|", "•", "·") at its ends."""

    block: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Hints:
    """What a page's markup says about its article (HTML input; empty for plain text).

    Filters use it to recognise blocks (the headline printed above the story, a figure caption);
    the assembler falls back on it for fields no filter lifted from the text.
    """

    title: str | None = None
    titles: tuple[str, ...] = ()
    """Every headline the markup gives (``h1``, ``og:title``, ``<title>``…), to recognise it."""
    description: str | None = None
    """The page's description (``og:description``, ``<meta name=description>``)."""
    standfirst: str | None = None
    """The article's standfirst as the markup marks it (``class="dek"``, ``"standfirst"``…)."""
    standfirsts: frozenset[str] = frozenset()
    """Every text so marked, case-folded, to recognise the line."""
    authors: tuple[str, ...] = ()
    bylines: tuple[str, ...] = ()
    """Texts of byline and author elements ("By Ana Lutz and Tom Reyes"), to read names from."""
    published: str | None = None
    site: str | None = None
    topics: tuple[str, ...] = ()
    image_credits: tuple[str, ...] = ()
    captions: frozenset[str] = frozenset()
    """Figure captions and credit lines, case-folded with white space squeezed."""
    link_headings: frozenset[str] = frozenset()
    """Headings over a list whose every item is a link ("More stories"), case-folded."""
    language: str | None = None
    url: str | None = None


NO_HINTS = Hints()


class Document:
    """An immutable, labelled article: its blocks and the spans filters have claimed so far.

    Filters read it; :meth:`with_decisions` returns a new document with one filter's claims added.
    """

    __slots__ = ("_claims", "_content", "_segments", "blocks", "cues", "hints", "language")

    def __init__(
        self,
        blocks: tuple[Block, ...],
        language: str | None = None,
        claims: tuple[tuple[Span, ...], ...] | None = None,
        hints: Hints = NO_HINTS,
        cues: BlockCues | None = None,
    ) -> None:
        self.blocks = blocks
        self.language = language
        self.hints = hints
        self.cues = BlockCues(blocks) if cues is None else cues
        """What filters read off each block's text (worked out once, shared by the documents
        derived from this one: their blocks are the same)."""
        self._claims = claims if claims is not None else ((),) * len(blocks)
        self._content: list[int] | None = None
        # Each block's segments, with the claims they were cut around: shared with the documents
        # derived from this one, where a block no new decision touched keeps the same claims.
        self._segments: dict[int, tuple[tuple[Span, ...], tuple[Segment, ...]]] = {}

    def __reduce__(self) -> tuple[type[Document], tuple[object, ...]]:
        return (Document, (self.blocks, self.language, self._claims, self.hints))

    def __len__(self) -> int:
        return len(self.blocks)

    # --- reading -------------------------------------------------------------------------------
    def spans(self, index: int) -> tuple[Span, ...]:
        """The spans claimed in block ``index``, sorted by start."""
        return self._claims[index]

    def all_spans(self) -> Iterator[Span]:
        """Every claimed span, in document order."""
        return chain.from_iterable(self._claims)

    def is_free(self, index: int) -> bool:
        """True when no filter has claimed any part of block ``index``."""
        return not self._claims[index]

    def segments(self, index: int) -> list[Segment]:
        """The unclaimed runs of block ``index`` that contain a word character, stripped."""
        return list(self._kept(index))

    def _kept(self, index: int) -> tuple[Segment, ...]:
        """:meth:`segments`, cut once for the block's current claims."""
        claims = self._claims[index]
        known = self._segments.get(index)
        if known is not None and known[0] is claims:
            return known[1]
        kept = self._cut(index, claims)
        self._segments[index] = (claims, kept)
        return kept

    def _cut(self, index: int, claims: tuple[Span, ...]) -> tuple[Segment, ...]:
        text = self.blocks[index].text
        if not claims:  # the usual case, and the cheapest
            # The edges stripped hold no word character, so the block has one when the stripped
            # text has (and is then not empty); the cues know it of most blocks already.
            if not self.cues.has_word(index):
                return ()
            stripped = text.strip(_EDGE)
            lead = 0 if stripped is text else len(text) - len(text.lstrip(_EDGE))
            return (Segment(index, lead, lead + len(stripped), stripped),)
        if len(claims) == 1 and claims[0].start == 0 and claims[0].end == len(text):
            return ()  # the next most usual case: one span took the whole block
        out: list[Segment] = []
        pos = 0
        for span in (*claims, None):
            stop = len(text) if span is None else span.start
            if stop > pos:
                piece = text[pos:stop]
                stripped = piece.strip(_EDGE)
                if stripped and _WORD.search(stripped):
                    lead = len(piece) - len(piece.lstrip(_EDGE))
                    out.append(Segment(index, pos + lead, pos + lead + len(stripped), stripped))
            if span is not None:
                pos = max(pos, span.end)
        return tuple(out)

    def rest(self, index: int) -> str:
        """The unclaimed text of block ``index`` (claimed spans cut out, pieces joined by a
        space)."""
        if not self._claims[index]:
            return self.blocks[index].text.strip()
        return " ".join([s.text for s in self._kept(index)])

    def is_content(self, index: int) -> bool:
        """True when block ``index`` still has unclaimed text with a word character in it."""
        if not self._claims[index]:
            return self.cues.has_word(index)
        return bool(self._kept(index))

    def content_indices(self) -> list[int]:
        """Indices of the blocks that still hold unclaimed words, in order (a fresh list)."""
        if self._content is None:
            has_word, kept = self.cues.has_word, self._kept  # is_content() of every block
            self._content = [
                i for i, claims in enumerate(self._claims) if (kept(i) if claims else has_word(i))
            ]
        return list(self._content)

    def values(self, field: str) -> list[str]:
        """Every value lifted into ``field`` so far, in document order."""
        return [v for span in self.all_spans() if span.field == field for v in span.values]

    def claimed_by(self, index: int) -> set[str]:
        """The reasons of the spans claimed in block ``index``."""
        return {span.reason for span in self._claims[index]}

    # --- writing (returns a new document) --------------------------------------------------------
    def with_decisions(
        self,
        filter_name: str,
        decisions: Iterable[Decision],
        reasons: Collection[str] = (),
    ) -> Document:
        """Return a new document with ``decisions`` of ``filter_name`` applied.

        Raises :class:`FilterError` for a decision outside its block, a span that overlaps text
        already claimed, an unknown field, values without a field (or a field without values), and
        a reason not in ``reasons`` (when given).
        """
        new: dict[int, list[Span]] = {}
        for d in decisions:
            span = self._check(filter_name, d, reasons)
            new.setdefault(d.block, []).append(span)
        if not new:
            return self
        claims = list(self._claims)
        for block, spans in new.items():
            if not claims[block] and len(spans) == 1:  # the usual case: nothing to overlap
                claims[block] = (spans[0],)
                continue
            merged = sorted((*claims[block], *spans), key=_start)
            for before, after in pairwise(merged):
                if after.start < before.end:
                    mine, other = (
                        (after, before) if after.filter == filter_name else (before, after)
                    )
                    raise FilterError(
                        f"filter {filter_name!r} claimed {mine.start}:{mine.end} of block {block},"
                        f" which overlaps {other.start}:{other.end} claimed by {other.filter!r}"
                    )
            claims[block] = tuple(merged)
        out = Document(self.blocks, self.language, tuple(claims), self.hints, self.cues)
        out._segments = self._segments
        if self._content is not None:
            # Claims only ever grow, so a block without content keeps none: only the blocks
            # claimed in now are looked at again. The list is never changed in place, so it is
            # shared when none of them was emptied (and rebuilt once, not searched per block,
            # when some were: a long input loses thousands).
            gone = {i for i in new if not out.is_content(i)}
            content = self._content
            out._content = [i for i in content if i not in gone] if gone else content
        return out

    def _check(self, filter_name: str, d: object, reasons: Collection[str]) -> Span:
        if not isinstance(d, Decision):
            raise FilterError(
                f"filter {filter_name!r} returned {type(d).__name__}, expected Decision"
            )
        block, start, end, field, values = d.block, d.start, d.end, d.field, d.values
        if not (
            isinstance(block, int)
            and isinstance(start, int)
            and (end is None or isinstance(end, int))
            and isinstance(d.reason, str)
            and (field is None or isinstance(field, str))
        ):
            # Checked first: comparing or indexing with a wrong type raises a TypeError that does
            # not name the filter (and that run_many would not keep to its one source).
            raise FilterError(
                f"filter {filter_name!r}: a Decision's block, start and end are whole numbers"
                f" (end may be None), its reason a string and its field a string or None"
                f" (got {d!r})"
            )
        if not 0 <= block < len(self.blocks):
            raise FilterError(f"filter {filter_name!r} claimed missing block {block}")
        size = len(self.blocks[block].text)
        if end is None:
            end = size
        if not 0 <= start < end <= size:
            raise FilterError(
                f"filter {filter_name!r} claimed bad span {start}:{end} of block {block}"
                f" (length {size})"
            )
        if reasons and d.reason not in reasons:
            raise FilterError(
                f"filter {filter_name!r} gave reason {d.reason!r}, not one of its reasons"
                f" {sorted(reasons)}"
            )
        if field is not None and field not in FIELDS:
            raise FilterError(f"filter {filter_name!r} lifted into unknown field {field!r}")
        if isinstance(values, str) or (values and not all([isinstance(v, str) for v in values])):
            raise FilterError(
                f"filter {filter_name!r}: Decision.values must be a tuple of strings,"
                f" got {values!r}"
            )
        if (field is None) != (not values):
            raise FilterError(
                f"filter {filter_name!r}: a Decision lifts values into a field, or removes with"
                f" neither (got field={field!r}, values={values!r})"
            )
        return Span(block, start, end, filter_name, d.reason, field, tuple(values))
