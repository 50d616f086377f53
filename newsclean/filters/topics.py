"""Topic and tag lines lifted into ``topics``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import regex

from ..document import Decision, Document
from ..language import LanguagePack, phrase_regex
from ..registry import register_filter
from ..text import ends_sentence
from ._labelled import compound_label_pattern, label_pattern, split_items
from .base import Filter

_MIN_LISTED = 2  # a heading over one comma list needs at least this many items


@register_filter
@dataclass(frozen=True)
class Topics(Filter):
    """Lift "Topics: a, b", "Tags: …", "Filed under: …" lines, and a "Related Topics" heading
    followed by one topic per line to the end of the article, into ``topics``. A sentence that
    merely starts with such a word ("Topics on the agenda included …") stays."""

    name = "topics"
    description = "topic and tag lines"
    reasons = {
        "topic_tags": "a topic/tag line, lifted into `topics`",
        "topic_heading": "the heading of a block of topic lines",
    }

    max_item_words: int = 6
    max_block_items: int = 30

    def label(self, doc: Document, lang: LanguagePack) -> Iterable[Decision]:
        """Claim tag lines and trailing topic blocks."""
        inline = lang.derived("topic_inline", lambda p: label_pattern(p, "topics"))
        compound = lang.derived("topic_compound", lambda p: compound_label_pattern(p, "topics"))
        heading = lang.derived(
            "topic_heading",
            lambda p: regex.compile(
                rf"^{phrase_regex(list(p.words('topics', 'block_labels'))).pattern}\W*$",
                regex.IGNORECASE,
            ),
        )
        content = doc.content_indices()
        # The page's furniture under the tags ("Reuse this content") is left for the engagement
        # filter; above it, where the closing run of one-topic lines starts: a heading counts
        # only just above it.
        end = len(content)
        while (
            end > 0
            and doc.is_free(content[end - 1])
            and self._is_furniture(doc, content[end - 1], lang)
        ):
            end -= 1
        tail = end
        # (A heading among those lines, "Topics" over "Tags:", belongs to the run too.)
        while tail > 0 and (
            self._is_topic_line(doc, content[tail - 1], lang)
            or (
                doc.is_free(content[tail - 1]) and heading.match(doc.blocks[content[tail - 1]].text)
            )
        ):
            tail -= 1
        for pos, i in enumerate(content):
            if not doc.is_free(i):
                continue
            text = doc.blocks[i].text
            if doc.blocks[i].words > 60:
                continue
            match = inline.match(text) if ":" in text else None  # "Label:" needs its colon
            if match is not None and text[match.end() :].strip():
                items = split_items(text[match.end() :], self.max_item_words)
                if items:
                    yield Decision(i, "topic_tags", field="topics", values=tuple(items))
                continue
            match = compound.match(text) if ":" in text else None
            if match is not None:
                # "Industries & Tags: Steel, Jobs": a joined label needs a list of capitalised
                # tags after it ("Collars & Tags: the new rules, explained" is a subheading).
                items = split_items(text[match.end() :], self.max_item_words)
                if items and len(items) >= _MIN_LISTED and all(t[0].isupper() for t in items):
                    yield Decision(i, "topic_tags", field="topics", values=tuple(items))
                    continue
            if not heading.match(text):
                continue
            nxt = content[pos + 1] if pos + 1 < len(content) else None
            if nxt is not None and doc.is_free(nxt):
                # "Tags" over one line listing them: "stock car 2018, stock car brasil, …"
                items = split_items(doc.blocks[nxt].text, self.max_item_words)
                if items and len(items) >= _MIN_LISTED:
                    yield Decision(i, "topic_heading")
                    yield Decision(nxt, "topic_tags", field="topics", values=tuple(items))
                    continue
            remaining = end - pos - 1
            if pos + 1 >= tail and 0 <= remaining <= self.max_block_items:
                # A heading alone at the end ("Filed under:") goes too: its links were not scraped.
                yield Decision(i, "topic_heading")
                for j in content[pos + 1 : end]:
                    if heading.match(doc.blocks[j].text):
                        yield Decision(j, "topic_heading")
                    else:
                        values = (doc.blocks[j].text,)
                        yield Decision(j, "topic_tags", field="topics", values=values)
                return

    def _is_topic_line(self, doc: Document, index: int, lang: LanguagePack) -> bool:
        """A one-topic line: short, not a sentence, and not the page's furniture ("Reuse this
        content", "Print", "Advertisement" under the tags are no tags)."""
        text = doc.blocks[index].text
        return (
            doc.is_free(index)
            and len(text.split()) <= self.max_item_words
            and not ends_sentence(text)
            and not self._is_furniture(doc, index, lang)
        )

    @staticmethod
    def _is_furniture(doc: Document, index: int, lang: LanguagePack) -> bool:
        text = doc.blocks[index].text.strip()
        keys = doc.cues.keys(index, lang.trigger_index)
        return lang.fullmatches("engagement", "furniture", text, keys)
