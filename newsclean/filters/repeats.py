"""Paragraphs printed twice (a scraper glitch): every copy after the first is removed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..document import Block, Decision, Document
from ..language import LanguagePack
from ..registry import register_filter
from ..text import has_quote
from .base import Filter

_SIGNATURE_DASHES = "—–"


@register_filter
@dataclass(frozen=True)
class Repeats(Filter):
    """Remove a paragraph that repeats an earlier one word for word (case and spacing aside).
    Short lines ("Why?", "Yes.", list items) may legitimately repeat and are left alone, and so are
    questions (the same question put to each guest), lines that open with a quotation (a refrain)
    or a dash (the signature line of an embedded post), and a paragraph that recurs three times
    or more."""

    name = "repeats"
    description = "repeated paragraphs"
    reasons = {"repeated_paragraph": "an exact copy of an earlier paragraph"}

    min_words: int = 6
    """Paragraphs shorter than this are never taken for copies."""

    def label(self, doc: Document, lang: LanguagePack) -> Iterable[Decision]:
        """Claim the second copy of a free paragraph of at least ``min_words`` words that occurs
        exactly twice. A paragraph printed three times or more is structure, not a glitch (the same
        interview question put to each guest), and every copy stays."""
        # A copy has as many words as its original: only blocks that share their word count with
        # another are compared word by word.
        by_count: dict[int, list[Block]] = {}
        min_words = self.min_words
        is_free = doc.is_free
        for block in doc.blocks:
            if block.words >= min_words and is_free(block.index):
                by_count.setdefault(block.words, []).append(block)
        places: dict[str, list[int]] = {}
        for blocks in by_count.values():
            if len(blocks) < 2:
                continue  # most paragraphs share their word count with no other
            kept = [block for block in blocks if _may_be_copy(block.text)]
            if len(kept) > 1:
                for block in kept:
                    places.setdefault(" ".join(block.text.casefold().split()), []).append(
                        block.index
                    )
        for indices in sorted(places.values()):
            if len(indices) == 2:
                yield Decision(indices[1], "repeated_paragraph")


def _may_be_copy(text: str) -> bool:
    """False for a paragraph that repeats on purpose: an interview question, a quoted refrain,
    the signature line of an embedded post ("— Jane Doe (@jdoe) March 3, 2021": one account
    quoted twice)."""
    return not (text.endswith("?") or has_quote(text[:1]) or text[:1] in _SIGNATURE_DASHES)
