"""Small text predicates the filters share."""

from __future__ import annotations

import regex

_QUOTES = regex.compile("[\"“”«»„]|(?:^|\\s)['‘]|['’](?:\\s|$)")
_TERMINAL = frozenset(".!?…:;\"”’'»)")

SHORT_LINE = 400
"""Blocks longer than this (characters) are never taken for a metadata or prompt line."""


def word_count(text: str) -> int:
    """Count white-space separated words (the unit of every length limit in the filters).

    >>> word_count("By Jane Doe, Political Editor")
    5
    """
    return len(text.split())


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends like a sentence (terminal punctuation or a closing quote).

    >>> ends_sentence("He left."), ends_sentence("Trump Defends Sharing")
    (True, False)
    """
    return text.rstrip()[-1:] in _TERMINAL


def has_quote(text: str) -> bool:
    """True when ``text`` contains quotation marks (so may be reported speech)."""
    return _QUOTES.search(text) is not None


def is_reported(text: str, verbs: regex.Pattern[str]) -> bool:
    """True when ``text`` reads as reported speech or narration (it has an attribution verb).

    Prompts and page furniture address the reader; a line that says "said", "urged" or "told" is
    someone's words in the story, so the prompt-like filters leave it alone.
    """
    return verbs.search(text) is not None
