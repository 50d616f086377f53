"""The site's navigation printed as text: menu and footer link rows, search boxes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

import regex

from ..document import Decision, Document
from ..language import LanguagePack
from ..registry import register_filter
from ..text import SHORT_LINE, ends_sentence
from ._parts import SEPARATOR, SEPARATOR_MARKS
from .base import Filter

_SENTENCE_END = (".", "!", "?", ":", ";", ",")
_MAX_SEARCH_WORDS = 10  # "Rechercher un article, un guide, une lettre type…"
_MAX_LABEL_WORDS = 3
_PARAGRAPH_WORDS = 15  # a line this long that ends like a sentence starts the story
_MIN_SPACED_MENU_WORDS = 4  # "World News Tonight" is a programme's name
_MAX_SPACED_MENU_WORDS = 15
_BAR, _BULLET, _DOT = SEPARATOR_MARKS  # a row holds one of them
_DASHES = regex.compile(r"\s+[—–]\s+")  # a footer row printed with dashes
_NOT_A_LABEL = regex.compile(r"[^\p{L}\s&'’-]")  # digits and punctuation: not a row of link labels


@register_filter
@dataclass(frozen=True)
class Navigation(Filter):
    """Remove the site's navigation that a scraper printed as lines of text: menu and footer rows
    of link labels ("Home | News | Sport | Contact us", "About us · Advertise · Privacy notice")
    and search boxes ("Search", "Search articles").

    A row is a line of short items between bars or dots, enough of them navigation words of the
    pack (``[navigation] words``; a footer's "© 2023" counts as one), or between dashes ("About
    us — Privacy — Contact", three items at least), or a line of capitalised labels with spaces
    only ("Home About Toddlers School years Contact"). At the top of the page, above the story's
    first paragraph, a row of four or more capitalised labels of a word or three is the site's
    menu whatever its words (a club site's "Arsenal | Chelsea | Spurs | Everton" there too).
    Elsewhere a row of names, places or scores ("Arsenal | Chelsea | Spurs"), a byline with its
    outlet, and a headline (with a bar in it, or of capitalised words) stay. A previous/next line
    marked with arrows ("← Older posts") goes too. The title filter then looks for the headline
    below a menu at the top."""

    name = "navigation"
    description = "menu and footer link rows, search boxes"
    reasons = {
        "menu_row": "a row of the site's menu or footer links",
        "search_box": "the label of a search box",
        "pager_link": "a previous/next link line marked with arrows",
    }

    min_items: int = 3
    """A row has at least this many items…"""
    min_navigation_items: int = 2
    """…and at least this many of them are navigation words (a row of two items: both)."""
    max_item_words: int = 4
    """An item of a row is a link label of at most this many words."""
    top_blocks: int = 6
    """Among this many first blocks, above the story's first paragraph…"""
    min_top_items: int = 4
    """…a row of at least this many capitalised labels is a menu, whatever its words."""
    max_pager_words: int = 20
    """A previous/next line ("← Issue 141 All issues Issue 143 →") has at most this many words."""

    def label(self, doc: Document, lang: LanguagePack) -> Iterable[Decision]:
        """Claim menu rows and search-box labels among the short free blocks."""
        words = lang.derived("navigation_words", _navigation_words)
        joining = lang.derived("joining_words", _joining_words)
        back, forward = lang.derived("pager_arrows", _pager_arrows)
        triggers = lang.trigger_index
        header = True  # no paragraph of the story yet: the page's header
        for block in doc.blocks:
            text = block.text
            if header and block.words >= _PARAGRAPH_WORDS and ends_sentence(text):
                header = False
            if len(text) > SHORT_LINE or block.words > 40 or not doc.is_free(block.index):
                continue
            # Cheap tests first: most lines are sentences, and a search box's label is short.
            if block.words <= self.max_pager_words and (
                text.startswith(back) or text.endswith(forward)
            ):
                yield Decision(block.index, "pager_link")
            elif block.words <= _MAX_SEARCH_WORDS and lang.fullmatches(
                "navigation", "search", text, doc.cues.keys(block.index, triggers)
            ):
                yield Decision(block.index, "search_box")
            elif _BAR in text or _BULLET in text or _DOT in text:
                if self._is_menu_row(text, words, top=header and block.index < self.top_blocks):
                    yield Decision(block.index, "menu_row")
            elif "—" in text or "–" in text:
                if self._is_menu_row(text, words, separator=_DASHES):
                    yield Decision(block.index, "menu_row")
            elif (
                _MIN_SPACED_MENU_WORDS <= block.words <= _MAX_SPACED_MENU_WORDS  # checked first
                and not _over_a_paragraph(doc, block.index)
                and self._is_spaced_menu(text, words, joining)
            ):
                yield Decision(block.index, "menu_row")

    def _is_menu_row(
        self,
        text: str,
        words: frozenset[str],
        *,
        top: bool = False,
        separator: regex.Pattern[str] = SEPARATOR,
    ) -> bool:
        """A row of link labels between bars or dots: enough of them navigation words (a footer's
        "© 2023" counts as one), or, at the top of the page, a longer row of capitalised labels of
        a word or three (the site's own sections: "Recalls | Safety Alerts | Product Reviews |
        Ask HomeSafe"). Between dashes ("About us — Privacy — Contact"), only a row of at least
        :attr:`min_items` items with enough navigation words: "4 March 2021 — Council approves
        the wall" is a timeline entry."""
        if separator.search(text) is None:
            return False
        items = [item.strip() for item in separator.split(text)]
        known = 0
        for item in items:
            if not item or len(item.split()) > self.max_item_words:
                return False
            if " ".join(item.casefold().split()) in words or item.startswith("©"):
                known += 1
            elif item.endswith(_SENTENCE_END):
                return False
        if separator is not SEPARATOR:
            return len(items) >= self.min_items and known >= self.min_navigation_items
        if top and len(items) >= self.min_top_items and all(_is_label(item) for item in items):
            return True
        if len(items) >= self.min_items:
            return known >= self.min_navigation_items
        return len(items) >= 2 and known == len(items)

    def _is_spaced_menu(self, text: str, words: frozenset[str], joining: frozenset[str]) -> bool:
        """A menu printed with spaces only ("Home About Toddlers School years Contact"): a line of
        capitalised link labels, at least two of them navigation words (three unless the first
        is one), with no punctuation, digits or joining words ("Home Office confirms new rules for
        carers" is a headline)."""
        parts = text.split()
        if not _MIN_SPACED_MENU_WORDS <= len(parts) <= _MAX_SPACED_MENU_WORDS:
            return False
        if not parts[0][:1].isupper() or any(w in joining for w in parts[1:]):
            return False
        if _NOT_A_LABEL.search(text):
            return False
        # Labels start with a capital ("Home", "School years"): two lowercase words in a row are
        # a sentence ("Search engines will drive people to your information").
        if any(b[:1].islower() and a[:1].islower() for a, b in pairwise(parts)):
            return False
        lowered = [w.casefold() for w in parts]
        # Labels of one word or two ("Home", "About us"), a word counted once.
        pairs = {" ".join(pair) for pair in pairwise(lowered)} & words
        paired = {w for pair in pairs for w in pair.split()}
        singles = {w for w in lowered if w in words and w not in paired}
        # A row that opens with "Home" or "News" needs two labels; one that opens with the site's
        # own section ("Line-up Tickets Info News FAQ"), three.
        opens_with_label = lowered[0] in words or " ".join(lowered[:2]) in pairs
        needed = self.min_navigation_items + (not opens_with_label)
        return len(pairs) + len(singles) >= needed


def _over_a_paragraph(doc: Document, index: int) -> bool:
    """True when the next block is a paragraph of the story (free, long, ending like a sentence):
    a line of capitalised words straight over one is its headline or subheading ("Local Business
    Owners Fear Rising Travel Costs"), not a menu printed with spaces only."""
    after = index + 1
    if after >= len(doc) or not doc.is_free(after):
        return False
    block = doc.blocks[after]
    return block.words >= _PARAGRAPH_WORDS and ends_sentence(block.text)


def _is_label(item: str) -> bool:
    """A link label: one to three words, the first capitalised, no digits or punctuation."""
    return (
        1 <= len(item.split()) <= _MAX_LABEL_WORDS
        and item[:1].isupper()
        and _NOT_A_LABEL.search(item) is None
    )


def _joining_words(lang: LanguagePack) -> frozenset[str]:
    """Lowercase words that join a phrase or a sentence ("of", "the", "and"): a menu has none."""
    return frozenset(
        w.lower()
        for w in (*lang.words("names", "connectors"), *lang.words("language", "conjunctions"))
    )


def _navigation_words(lang: LanguagePack) -> frozenset[str]:
    return frozenset(" ".join(w.casefold().split()) for w in lang.words("navigation", "words"))


def _pager_arrows(lang: LanguagePack) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The arrows that open a link back, and those that close a link forward."""
    return (
        tuple(lang.words("navigation", "back_arrows")),
        tuple(lang.words("navigation", "forward_arrows")),
    )
