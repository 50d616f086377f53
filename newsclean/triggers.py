"""Trigger words: which of a pack's patterns could match a text, found in one pass.

A pattern table may list trigger words (``[section.triggers] key``): substrings that every match
of the pattern contains, in lower case. A text that has none of them is never searched with the
pattern. Checking the words one by one costs a scan of the text per word; :class:`TriggerIndex`
puts every trigger word of a pack into one Aho-Corasick automaton (``ahocorasick_rs``, a compiled
DFA), so one scan of the lowered text tells every table whose trigger words occur in it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from itertools import accumulate

import ahocorasick_rs

Key = tuple[str, ...]
"""A pattern table: ``(section, key)`` (or another name for a list of words, such as the
``(section, key, "runs")`` of :meth:`LanguagePack.trigger_index
<newsclean.language.LanguagePack.trigger_index>`)."""

_SEPARATOR = "\x00"  # between the texts of one scan (trigger words are printable)


class TriggerIndex:
    """The trigger words of several pattern tables, matched all at once.

    >>> index = TriggerIndex({("prompts", "app"): ("app", "get"), ("legal", "wire"): ("reuters",)})
    >>> sorted(index.keys(" get our app "))
    [('prompts', 'app')]
    >>> index.any(" reuters reports ", [("prompts", "app"), ("legal", "wire")])
    True

    A table with an empty trigger word (it may match anything) is always reported, and so is
    each of ``wildcard_tables`` in a text that holds one of the characters ``wildcards``.
    """

    def __init__(
        self,
        tables: Mapping[Key, tuple[str, ...] | frozenset[str]],
        *,
        wildcards: str = "",
        wildcard_tables: Iterable[Key] = (),
    ) -> None:
        self._tables = dict(tables)
        self._wildcards = wildcards
        self._wildcard_tables = frozenset(wildcard_tables)
        self._always = frozenset(key for key, words in tables.items() if "" in words)
        by_word: dict[str, set[Key]] = {}
        for key, words in tables.items():
            for word in words:
                if word:
                    by_word.setdefault(word, set()).add(key)
        self._automaton: ahocorasick_rs.AhoCorasick | None = None
        self._found: list[frozenset[Key]] = []  # the tables of each word, by the word's index
        if by_word:
            found = list(by_word)
            self._automaton = ahocorasick_rs.AhoCorasick(
                found,
                matchkind=ahocorasick_rs.MatchKind.Standard,
                implementation=ahocorasick_rs.Implementation.DFA,
            )
            self._found = [frozenset(by_word[word]) for word in found]
        # Texts joined by the separator can be scanned at once when no word holds it.
        self._joinable = all(_SEPARATOR not in word for word in by_word)
        # The last text asked about: a filter asks about one line for several tables in a row.
        self._last: tuple[str | None, frozenset[Key]] = (None, frozenset())

    def keys(self, lowered: str) -> frozenset[Key]:
        """The tables with a trigger word in ``lowered`` (a text already lower-cased; the callers
        pad it with a space each side, so that words may be matched whole)."""
        last = self._last  # one tuple, so that threads sharing the index never see half of it
        if last[0] == lowered:
            return last[1]
        found = self._always
        if self._automaton is not None:
            tables = self._found
            found = found.union(
                *[tables[hit[0]] for hit in self._automaton.find_matches_as_indexes(lowered, True)]
            )
        if self._wildcards and any(char in lowered for char in self._wildcards):
            found = found | self._wildcard_tables
        self._last = (lowered, found)
        return found

    def keys_of_each(self, texts: Sequence[str]) -> list[frozenset[Key]]:
        """:meth:`keys` of each of ``texts`` (lowered and padded), found in one scan of them all.

        >>> index = TriggerIndex({("prompts", "app"): ("app",), ("legal", "wire"): ("reuters",)})
        >>> [sorted(k) for k in index.keys_of_each([" get the app ", " rain ", " reuters "])]
        [[('prompts', 'app')], [], [('legal', 'wire')]]
        """
        automaton = self._automaton
        if automaton is None or self._joinable is False:
            return [self.keys(text) for text in texts]
        always = self._always
        out = [always] * len(texts)
        joined = _SEPARATOR.join(texts)
        ends = list(accumulate(len(text) + 1 for text in texts))  # each text and its separator
        block, limit = 0, ends[0] if ends else 0
        found: list[frozenset[Key]] = []
        by_index = self._found
        # Overlapping hits come in the order of their ends.
        for word, _, end in automaton.find_matches_as_indexes(joined, True):
            if end > limit:  # the hit is in a later text (no word holds the separator)
                if found:
                    out[block] = always.union(*found)
                    found = []
                block = bisect_right(ends, end - 1, block)
                limit = ends[block]
            found.append(by_index[word])
        if found:
            out[block] = always.union(*found)
        wildcards = self._wildcards
        if wildcards and any(char in joined for char in wildcards):
            extra = self._wildcard_tables
            for n, text in enumerate(texts):
                if any(char in text for char in wildcards):
                    out[n] = out[n] | extra
        return out

    def any(self, lowered: str, tables: frozenset[Key] | list[Key] | tuple[Key, ...]) -> bool:
        """True when ``lowered`` has a trigger word of any of ``tables``."""
        return not self.keys(lowered).isdisjoint(tables)

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        # Pickled as its word lists, rebuilt on load.
        return (_rebuild, (self._tables, self._wildcards, self._wildcard_tables))


def _rebuild(
    tables: Mapping[Key, tuple[str, ...]], wildcards: str, wildcard_tables: frozenset[Key]
) -> TriggerIndex:
    return TriggerIndex(tables, wildcards=wildcards, wildcard_tables=wildcard_tables)
