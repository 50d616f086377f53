"""Page furniture that only the page's markup reveals: figure captions, lists of links to other
stories, the page's own address. On plain text (no markup hints) the filter does nothing."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain

from ..document import Decision, Document
from ..language import LanguagePack
from ..registry import register_filter
from ..text import ends_sentence
from .base import Filter

_LINKED_KINDS = frozenset({"item", "head", "p"})


@register_filter
@dataclass(frozen=True)
class Markup(Filter):
    """Remove what the markup shows is not the story: a block that is the text of a figure
    caption or credit, a run of blocks that are each wholly the text of a link (a "related
    stories" list, with the short heading above it), a heading the markup shows over a list of
    links the extractor left out, and a block that is the page's own URL. A
    single linked line, and a list whose items only start with a link, stay: stories link too."""

    name = "markup"
    description = "figure captions, lists of links and the page's address (HTML input)"
    reasons = {
        "image_caption": "the text of a figure caption or image credit in the page's markup",
        "link_list": "a run of blocks that are each the whole text of a link, and their heading",
        "page_url": "the page's own address printed as a line",
    }

    min_link_run: int = 2
    """This many linked blocks in a row make a list of links."""
    max_link_words: int = 30
    """A block longer than this is never taken for a link title."""
    max_heading_words: int = 6
    """The heading of a link list ("Related stories") is at most this long."""

    def label(self, doc: Document, lang: LanguagePack) -> Iterable[Decision]:
        """Claim captions, link lists and the page URL (nothing on plain text)."""
        claimed: set[int] = set()  # each block is claimed by one rule at most
        for decision in chain(
            self._captions(doc), self._link_lists(doc), self._orphan_headings(doc), self._url(doc)
        ):
            if decision.block in claimed and decision.reason != "image_caption":
                continue
            claimed.add(decision.block)
            yield decision

    def _url(self, doc: Document) -> Iterator[Decision]:
        url = (doc.hints.url or "").rstrip("/")
        if url:
            for i in doc.content_indices():
                if doc.is_free(i) and doc.blocks[i].text.rstrip("/") == url:
                    yield Decision(i, "page_url")

    def _captions(self, doc: Document) -> Iterator[Decision]:
        captions = doc.hints.captions
        if not captions:
            return
        for i in doc.content_indices():
            if " ".join(doc.rest(i).split()).casefold() in captions:
                for segment in doc.segments(i):
                    yield Decision(i, "image_caption", segment.start, segment.end)

    def _link_lists(self, doc: Document) -> Iterator[Decision]:
        content = doc.content_indices()
        run: list[int] = []
        for i in (*content, None):
            if i is not None and self._is_link_title(doc, i):
                run.append(i)
                continue
            if len(run) >= self.min_link_run:
                start = content.index(run[0])
                if start > 0 and self._is_list_heading(doc, content[start - 1]):
                    yield Decision(content[start - 1], "link_list")
                for j in run:
                    yield Decision(j, "link_list")
            run = []

    def _orphan_headings(self, doc: Document) -> Iterator[Decision]:
        """A short heading that the page's markup shows over a list of links the extractor
        left out: it heads nothing that is left."""
        headings = doc.hints.link_headings
        if not headings:
            return
        for i in doc.content_indices():
            if self._is_list_heading(doc, i) and doc.blocks[i].text.casefold() in headings:
                yield Decision(i, "link_list")

    def _is_link_title(self, doc: Document, i: int) -> bool:
        block = doc.blocks[i]
        return (
            block.linked
            and block.kind in _LINKED_KINDS
            and block.words <= self.max_link_words
            and doc.is_free(i)
        )

    def _is_list_heading(self, doc: Document, i: int) -> bool:
        block = doc.blocks[i]
        return (
            doc.is_free(i)
            and block.kind == "head"
            and block.words <= self.max_heading_words
            and not ends_sentence(block.text)
        )
