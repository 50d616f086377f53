"""Lines of the form "Label: item, item, item" (tags, topics, sources)."""

from __future__ import annotations

import regex

from ..language import LanguagePack, phrase_regex

_SENTENCE_WORDS = 4  # an item this long, with a closing full stop, is a sentence
_ITEM_SPLIT = regex.compile(r"\s*(?:[,;|•·]|\s/\s)\s*")
_TRAILING_SEPARATORS = " |•·"  # a list printed with a separator after its last item


def label_pattern(lang: LanguagePack, section: str, key: str = "labels") -> regex.Pattern[str]:
    """``^Label:`` for the labels of ``[section] key`` (the colon is required)."""
    words = phrase_regex(list(lang.words(section, key))).pattern
    return regex.compile(rf"^{words}\s*:\s*", regex.IGNORECASE)


def compound_label_pattern(
    lang: LanguagePack, section: str, key: str = "labels"
) -> regex.Pattern[str]:
    """``^Word & Label:`` or ``^Label and word:``: a label of ``[section] key`` joined (by a
    byline joiner of the pack) to one other word, as a site's heading over its tags may be.

    >>> pattern = compound_label_pattern(LanguagePack.load("en"), "topics")
    >>> pattern.match("Industries & Tags: Steel, Jobs").group()
    'Industries & Tags: '
    >>> pattern.match("Tags and categories: Steel, Jobs").group()
    'Tags and categories: '
    >>> pattern.match("dogs and tags: what owners must know") is None
    True
    """
    label = phrase_regex(list(lang.words(section, key))).pattern
    joiner = phrase_regex(list(lang.words("byline", "joiners"))).pattern
    capitalised = r"(?-i:\p{Lu})[\p{L}-]{1,30}"
    return regex.compile(
        rf"^(?:{capitalised}\s*{joiner}\s*{label}|{label}\s*{joiner}\s*[\p{{L}}-]{{2,30}})\s*:\s*",
        regex.IGNORECASE,
    )


def split_items(text: str, max_words: int) -> list[str] | None:
    """Split a list of short labels; ``None`` when any item is empty, too long or a sentence.

    >>> split_items("ISIS, Russia", 6)
    ['ISIS', 'Russia']
    >>> split_items("Transport | Kellsbury |", 6)
    ['Transport', 'Kellsbury']
    >>> split_items("the minister said it was over.", 6) is None
    True
    """
    stripped = text.strip().rstrip(_TRAILING_SEPARATORS)
    text = stripped.rstrip(".")
    if not text or text[-1:] in "!?:":
        return None
    items = [i.strip() for i in _ITEM_SPLIT.split(text)]
    if not all(items) or any(len(i.split()) > max_words for i in items):
        return None
    if stripped.endswith(".") and any(len(i.split()) >= _SENTENCE_WORDS for i in items):
        return None  # "Tags: the minister said it was over." is a sentence, not tags
    if any(i[-1:] in ".!?" or ":" in i or ". " in i for i in items):
        return None  # a sentence, or a second label ("Category: Best Newcomer. Winner: Ada Lund")
    return items


def connectors(lang: LanguagePack) -> frozenset[str]:
    """The pack's lowercase words allowed inside names ("of", "via")."""
    return frozenset(w.lower() for w in lang.words("names", "connectors"))
