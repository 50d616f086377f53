"""Source lines ("Source: Washington Post, Haaretz") lifted into ``sources``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..document import Decision, Document
from ..language import LanguagePack
from ..registry import register_filter
from ..text import looks_like_name, looks_like_title
from ._labelled import connectors, label_pattern, split_items
from .base import Filter


@register_filter
@dataclass(frozen=True)
class Sources(Filter):
    """Lift "Source: A, B" lines into ``sources``. Items must be short names (capitalised words and
    connectors such as "of"), so "Source: a spokesperson told us …", "Source: I can't tell you that"
    and "Sources close to the minister said …" stay."""

    name = "sources"
    description = "source attribution lines"
    reasons = {"source_line": "a source line, lifted into `sources`"}

    max_item_words: int = 6

    def label(self, doc: Document, lang: LanguagePack) -> Iterable[Decision]:
        """Claim "Source:" lines whose items are all names."""
        pattern = lang.derived("source_label", lambda p: label_pattern(p, "sources"))
        names = lang.derived("connectors", connectors)
        refused = lang.derived("source_refused", _refused)
        named = looks_like_title if lang.flag("sources", "sentence_case") else looks_like_name
        for block in doc.blocks:
            i, text = block.index, block.text
            if not doc.is_free(i) or block.words > 30:
                continue
            if ":" not in text:
                continue  # "Source:" needs its colon
            match = pattern.match(text)
            if match is None:
                continue
            items = split_items(text[match.end() :], self.max_item_words)
            if items and all(named(item, names) and item.lower() not in refused for item in items):
                yield Decision(i, "source_line", field="sources", values=tuple(items))


def _refused(lang: LanguagePack) -> frozenset[str]:
    """Words that are no source, lower-cased ("Source: unknown")."""
    return frozenset(w.lower() for w in lang.words("sources", "not_items"))
