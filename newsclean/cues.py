"""What the filters ask of a block again and again, worked out once per document.

A document's blocks never change while the filters run (only the claims on them do), so what is
read off a block's text alone is the same for every filter: its lowered text, and the pattern
tables whose trigger words it holds (one pass of the pack's trigger automaton over the block,
instead of one per filter). :class:`BlockCues` works each out the first time a filter asks and
keeps it for the rest of the document. One instance is shared by a document and every document
derived from it; nothing is kept from one document to the next.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import regex

from .triggers import Key, TriggerIndex

_WORD = regex.compile(r"\w")


class _Text(Protocol):
    @property
    def text(self) -> str: ...


class BlockCues:
    """Per-block facts of one document's blocks, each computed on first use.

    >>> from newsclean.normalize import split_blocks
    >>> cues = BlockCues(split_blocks("Get our APP\\n\\nThe mayor spoke."))
    >>> index = TriggerIndex({("prompts", "app"): ("app ",)})
    >>> sorted(cues.keys(0, index)), sorted(cues.keys(1, index))
    ([('prompts', 'app')], [])
    >>> cues.with_any(index, frozenset({("prompts", "app")}))
    [0]
    """

    __slots__ = ("_blocks", "_keys", "_worded")

    def __init__(self, blocks: Sequence[_Text]) -> None:
        self._blocks = blocks
        self._keys: dict[TriggerIndex, list[frozenset[Key]]] = {}
        self._worded: dict[int, bool] = {}

    def has_word(self, index: int) -> bool:
        """True when block ``index`` has a word character (a block of marks only, "* * *", has
        none)."""
        try:
            return self._worded[index]
        except KeyError:
            value = self._worded[index] = _WORD.search(self._blocks[index].text) is not None
            return value

    def keys(self, index: int, triggers: TriggerIndex) -> frozenset[Key]:
        """The tables of ``triggers`` with a trigger word in block ``index`` (see
        :meth:`TriggerIndex.keys`); the first call finds those of every block in one scan."""
        try:
            return self._keys[triggers][index]
        except KeyError:
            every = [f" {block.text.lower()} " for block in self._blocks]
            found = self._keys[triggers] = triggers.keys_of_each(every)
            return found[index]

    def with_any(self, triggers: TriggerIndex, keys: frozenset[Key]) -> list[int]:
        """The indices, in order, of the blocks whose :meth:`keys` hold any of ``keys``: the
        only blocks that a filter needing one of them has to look at."""
        if self._blocks:
            self.keys(0, triggers)  # the scan, if no filter asked yet
        every = self._keys.get(triggers, ())
        return [index for index, found in enumerate(every) if not keys.isdisjoint(found)]
