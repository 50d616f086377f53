"""Matches of a pattern table tried item by item, skipping the items a text lacks.

A table is one alternation of its items; asking whether a line *is* one of them
(``fullmatch``), or where the first match in it is (``search``), runs every item at every place
of the line. Most items hold a required run (:mod:`newsclean.literals`), and the pack's trigger
automaton tells, once per block, which items' runs a block holds: :class:`ItemwiseTable` runs
only those items, and the items without runs together. A text matches the whole alternation
exactly when it matches one of its items, so the answer is the same; a search's first match is
where the earliest of the items' first matches starts (see :meth:`LineMatcher.search`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import regex

from .literals import has_global_flags, item_runs
from .triggers import Key


@dataclass(frozen=True)
class ItemPlan:
    """How a table splits (:func:`plan_items`): its items with runs, under their trigger-index
    keys, and the items without."""

    items: tuple[tuple[Key, str], ...]
    rest: tuple[str, ...]
    runs: tuple[tuple[Key, frozenset[str]], ...]
    """Each item key with its runs (the words the trigger index must hold)."""


def plan_items(
    table: tuple[str, str], items: Sequence[str], whole: regex.Pattern[str]
) -> ItemPlan | None:
    """Split a table's ``items`` (in the form they are compiled in; ``whole`` is their
    alternation, compiled); ``None`` when the table cannot be split without changing what it
    matches (an item sets flags for the whole pattern, or the table has groups: a
    back-reference would point elsewhere) or no item has runs."""
    if whole.groups or any(has_global_flags(item) for item in items):
        return None
    split: list[tuple[Key, str]] = []
    rest: list[str] = []
    runs: list[tuple[Key, frozenset[str]]] = []
    for n, item in enumerate(items):
        found = item_runs(item)
        if found is None:
            rest.append(item)
            continue
        key = (*table, "item", str(n))
        split.append((key, item))
        runs.append((key, found))
    return ItemPlan(tuple(split), tuple(rest), tuple(runs)) if split else None


@dataclass(frozen=True)
class ItemwiseTable:
    """A pattern table's items compiled one by one, for yes/no whole-text matches."""

    rest: regex.Pattern[str] | None
    """The items without runs, as one alternation (tried on every text)."""
    items: Mapping[Key, regex.Pattern[str]]
    """Each item with runs, under the trigger-index key of its runs."""
    runs: tuple[tuple[Key, frozenset[str]], ...]
    """Each of those keys with its runs (the words the trigger index must hold)."""
    keys: frozenset[Key] = field(init=False, repr=False, compare=False)
    """The keys of :attr:`items`: a text whose keys share none of them matches none of them."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "keys", frozenset(self.items))

    @classmethod
    def build(cls, plan: ItemPlan, flags: int) -> ItemwiseTable:
        """Compile a table's items as :func:`plan_items` split them."""
        rest = "|".join(f"(?:{item})" for item in plan.rest)
        return cls(
            regex.compile(rest, flags) if rest else None,
            {key: regex.compile(f"(?:{item})", flags) for key, item in plan.items},
            plan.runs,
        )

    def fullmatch(self, text: str, keys: frozenset[Key]) -> bool:
        """True when ``text`` as a whole matches an item (``keys``: the trigger-index keys of
        ``text``, or of a text it is part of)."""
        rest = self.rest
        if rest is not None and rest.fullmatch(text) is not None:
            return True
        if self.keys.isdisjoint(keys):  # most lines: no item can match
            return False
        return self.items_fullmatch(text, keys)

    def items_fullmatch(self, text: str, keys: frozenset[Key]) -> bool:
        """True when ``text`` as a whole matches an item with runs whose key is in ``keys`` (the
        rest of :meth:`fullmatch`, for a caller that made its first two tests)."""
        items = self.items
        for key in keys:  # a block holds a few keys; a table may have dozens of items
            found = items.get(key)
            if found is not None and found.fullmatch(text) is not None:
                return True
        return False

    def first(self, text: str, keys: frozenset[Key]) -> tuple[regex.Match[str] | None, bool]:
        """The earliest of the first matches in ``text`` of the items that can match it (the
        items without runs, and those whose key is in ``keys``), and whether another of them
        starts at the same place (then which item the alternation takes there is not known)."""
        best = None if self.rest is None else self.rest.search(text)
        tied = False
        items = self.items
        for key in keys:
            pattern = items.get(key)
            if pattern is None:
                continue
            found = pattern.search(text)
            if found is None:
                continue
            if best is None or found.start() < best.start():
                best, tied = found, False
            elif found.start() == best.start():
                tied = True
        return best, tied


@dataclass(frozen=True)
class LineMatcher:
    """Whole-text matches and searches of one pattern table: item by item when the table splits
    (:class:`ItemwiseTable`), else with the whole alternation."""

    whole: regex.Pattern[str]
    split: ItemwiseTable | None

    @property
    def keys(self) -> frozenset[Key]:
        """The keys of the items tried only on a text that holds them (empty when the table does
        not split)."""
        return frozenset() if self.split is None else self.split.keys

    @property
    def keyless(self) -> bool:
        """True when the table may match a text whatever its keys: it does not split, or some of
        its items have no runs. Otherwise a text whose keys share none of :attr:`keys` matches
        none of its items."""
        return self.split is None or self.split.rest is not None

    def __call__(self, text: str, keys: frozenset[Key]) -> bool:
        """True when ``text`` as a whole matches the table (``keys``: the trigger-index keys of
        ``text``, or of a text it is part of)."""
        split = self.split
        if split is None:
            return self.whole.fullmatch(text) is not None
        # ItemwiseTable.fullmatch, its cheap first tests inlined (most lines fail them)
        rest = split.rest
        if rest is not None and rest.fullmatch(text) is not None:
            return True
        if split.keys.isdisjoint(keys):
            return False
        return split.items_fullmatch(text, keys)

    def search(self, text: str, keys: frozenset[Key]) -> regex.Match[str] | None:
        """The table's first match in ``text``, as ``whole.search(text)`` finds it: the same span
        (``keys``: the trigger-index keys of ``text``, or of a text it is part of).

        The alternation's first match starts where the earliest item match does (an item whose
        runs ``text`` lacks matches nowhere in it), and there it is the match of the first item,
        in the table's order, that matches at that place. When a single item's match starts
        earliest, that is it; when several start there, the alternation is run at that place
        alone (``match`` at a position reads the text around it as ``search`` does: ``^``, look-
        behinds and ``\\b`` see the whole text).
        """
        if self.split is None:
            return self.whole.search(text)
        best, tied = self.split.first(text, keys)
        if best is not None and tied:
            return self.whole.match(text, best.start())
        return best
