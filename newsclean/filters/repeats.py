"""Paragraphs printed twice (a scraper glitch): every copy after the first is removed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..document import Decision, Document
from ..language import LanguagePack
from ..registry import register_filter
from .base import Filter


@register_filter
@dataclass(frozen=True)
class Repeats(Filter):
    """Remove a paragraph that repeats an earlier one word for word (case and spacing aside).
    Short lines ("Why?", "Yes.", list items) may legitimately repeat and are left alone."""

    name = "repeats"
    description = "repeated paragraphs"
    reasons = {"repeated_paragraph": "an exact copy of an earlier paragraph"}

    min_words: int = 6
    """Paragraphs shorter than this are never taken for copies."""

    def label(self, doc: Document, lang: LanguagePack) -> Iterable[Decision]:
        """Claim later copies of free paragraphs of at least ``min_words`` words."""
        seen: set[str] = set()
        for block in doc.blocks:
            if not doc.is_free(block.index):
                continue
            words = block.text.casefold().split()
            if len(words) < self.min_words:
                continue
            key = " ".join(words)
            if key in seen:
                yield Decision(block.index, "repeated_paragraph")
            else:
                seen.add(key)
