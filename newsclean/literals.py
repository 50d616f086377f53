"""Required literals: text that every match of a pattern must contain, read off its source.

A pattern table is an alternation of items (``"all rights reserved\\W*$"``, ``"(?:never|don't)
miss (?:out )?the\\b"``). Most items hold a run of plain characters that any match of them has to
contain (``"all rights reserved"``, ``" miss "``). When a text holds none of the runs of a table's
items, no part of it can match the table, so the pattern need not be run at all: one scan of the
text for every run of every table (:class:`~newsclean.triggers.TriggerIndex`) rules out most
tables for most lines.

The reading is conservative. A run is made of ASCII characters that are neither in a set nor
quantified; a group that every match passes through (not optional, not a look-around) gives the
runs of its branches, one of which a match holds (``"(?:media|press) (?:contacts?|inquiries)"``
gives ``{"contact", "inquiries"}``). An item whose runs would be shorter than :data:`MIN_RUN`
characters, or which holds anything the reader does not follow (global inline flags, verbose
mode, coded characters, conditionals), gives none, and then its table is always searched.

Runs are compared with the text in lower case, as the patterns ignore case; a non-ASCII character
that matches an ASCII letter when case is ignored but does not lower-case to it
(:data:`CASE_ALIASES`) makes a text be searched whatever it holds.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import regex

MIN_RUN = 3
"""A run of fewer characters (spaces not counted: ``" to "`` is in most lines) rules out too
little to be worth looking for: such an item gives no run."""

CASE_ALIASES = "ſ\u0307"
"""What shows, in a lower-cased text, a character that a case-ignoring pattern matches to an
ASCII letter but that ``str.lower`` does not turn into that letter alone: the long s (``ſ``
matches ``s`` and lower-cases to itself) and the dotted capital I (``İ`` matches ``i`` and
lower-cases to ``i`` and a combining dot, U+0307, which splits a run). A text that shows one is
searched whatever runs it has. A test checks this against every code point."""

_QUANTIFIERS = "?*+{"
_GLOBAL_FLAGS = regex.compile(r"\(\?[a-zA-Z-]*\)")
_COUNT = regex.compile(r"\d*(?:,\d*)?")  # the inside of a counted repeat: "{2}", "{1,6}", "{,3}"
LATIN_LETTERS = frozenset(
    c
    for c in map(chr, range(0xC0, 0x180))
    if c.isalpha() and c.lower() == c and c not in "ßıĸŉſ"  # "ß" and the others fold to more
)
"""Accented Latin letters (lower case) whose case-ignoring matches all lower-case to them, so
that they may stand in a run; a test checks every one against every code point."""
_MAX_SYMBOLS = 6  # a larger set of symbols rules out too little
_RARE_ASCII = "<>|~#$@^=_*\\"  # ASCII symbols that prose seldom holds (not , . : ; ' " ( ) - ! ?)
_CODED = frozenset("xuUNgLkK0123456789")  # escapes that read the characters after them


def required_runs(items: Iterable[str]) -> frozenset[str] | None:
    r"""Lower-case runs of which every match of any of ``items`` holds at least one; ``None`` when
    some item has none (then the table's matches cannot be ruled out this way).

    >>> sorted(required_runs(["all rights reserved\\W*$", "(?:never|don) miss (?:out )?the\\b"]))
    [' miss ', 'all rights reserved']
    >>> sorted(required_runs(["photos?: ", "\\d+ min read", "(?:media|press) (?:contact|office)"]))
    [' min read', 'contact', 'office', 'photo']
    >>> required_runs(["(?:a|b)c"]) is None
    True
    """
    return _union(items, item_runs)


def item_runs(item: str) -> frozenset[str] | None:
    r"""The runs of one item: every match of it holds one of them; ``None`` when it has none.

    >>> sorted(item_runs("(?:never|don) miss (?:out )?the\\b"))
    [' miss ']
    """
    return _alternatives(item)


def has_global_flags(pattern: str) -> bool:
    """True when ``pattern`` may set flags for the whole pattern it is part of (``"(?x)"``), so
    that it reads differently on its own.

    >>> has_global_flags("(?i)foo"), has_global_flags("(?-i:Foo) bar")
    (True, False)
    """
    return _GLOBAL_FLAGS.search(pattern) is not None


def _alternatives(pattern: str) -> frozenset[str] | None:
    """The runs one of which every match of ``pattern`` holds (its top-level branches' runs)."""
    branches = _split_branches(pattern)
    return None if branches is None else _union(branches, _sequence)


def _union(
    parts: Iterable[str], read: Callable[[str], frozenset[str] | None]
) -> frozenset[str] | None:
    """Every run ``read`` finds in ``parts`` (a match holds one of some part's); ``None`` when a
    part has none."""
    runs: set[str] = set()
    for part in parts:
        found = read(part)
        if found is None:
            return None
        runs |= found
    return frozenset(runs)


def _split_branches(pattern: str) -> list[str] | None:
    """``pattern`` split at its top-level ``|``; ``None`` when its brackets do not balance."""
    marks = _structure(pattern, 0)
    if marks is None:
        return None
    branches: list[str] = []
    depth, start = 0, 0
    for pos, char in marks:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return None
        elif depth == 0:
            branches.append(pattern[start:pos])
            start = pos + 1
    if depth != 0:
        return None
    branches.append(pattern[start:])
    return branches


def _structure(pattern: str, pos: int) -> list[tuple[int, str]] | None:
    """The group brackets and bars of ``pattern`` from ``pos`` on, with their positions (escaped
    characters and sets skipped); ``None`` when a set is not closed."""
    marks: list[tuple[int, str]] = []
    while pos < len(pattern):
        char = pattern[pos]
        if char == "\\":
            pos += 2
            continue
        if char == "[":
            end = _class_end(pattern, pos)
            if end is None:
                return None
            pos = end
            continue
        if char in "()|":
            marks.append((pos, char))
        pos += 1
    return marks


def _class_end(pattern: str, pos: int) -> int | None:
    """The position after the set that opens at ``pattern[pos] == "["`` (a ``]`` first in the
    set, after an optional ``^``, is a member)."""
    pos += 1
    if pos < len(pattern) and pattern[pos] == "^":
        pos += 1
    if pos < len(pattern) and pattern[pos] == "]":
        pos += 1
    while pos < len(pattern):
        if pattern[pos] == "\\":
            pos += 2
            continue
        if pattern[pos] == "[":  # a nested set (VERSION1 only): not followed
            return None
        if pattern[pos] == "]":
            return pos + 1
        pos += 1
    return None


def _group_end(pattern: str, pos: int) -> int | None:
    """The position after the group that opens at ``pattern[pos] == "("``."""
    depth = 0
    for at, char in _structure(pattern, pos) or ():
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return at + 1
    return None


_UNREAD = object()  # a construct the reader does not follow: the whole item gives no runs


def _group_body(group: str) -> object:
    """The part of a group (``group`` is ``"(…)"``) that every match passes through: ``None``
    for a group that matches no text (a look-around, a comment), :data:`_UNREAD` for one the
    reader does not follow."""
    inner = group[1:-1]
    if not inner.startswith("?"):
        return inner  # a capturing group
    rest = inner[1:]
    if rest.startswith((":", ">")):
        return rest[1:]
    if rest.startswith(("=", "!", "<=", "<!", "#")):
        return None
    for opener in ("P<", "<"):
        if rest.startswith(opener):  # a named group: (?P<name>…), (?<name>…)
            close = rest.find(">")
            return rest[close + 1 :] if close > 0 else _UNREAD
    flags, colon, body = rest.partition(":")  # scoped flags: (?-i:…), (?i:…)
    if colon and flags and all(c in "-imsu" for c in flags):  # not fuzzy, full case, verbose
        return body
    return _UNREAD


def _sequence(branch: str) -> frozenset[str] | None:
    """The best runs of a branch with no top-level ``|``: of its plain runs and the runs of its
    required groups, the set whose shortest run is longest (at least :data:`MIN_RUN`)."""
    options: list[frozenset[str]] = []
    current: list[str] = []
    pos = 0

    def cut() -> None:
        if current:
            options.append(frozenset({"".join(current).lower()}))
            current.clear()

    while pos < len(branch):
        char = branch[pos]
        literal: str | None = None
        group: frozenset[str] | None = None
        if char == "\\":
            if pos + 1 >= len(branch):
                return None
            escaped = branch[pos + 1]
            if escaped in _CODED:
                return None  # a coded character, a reference or a named list: not followed
            if escaped in "pP":  # a property: \p{Lu} or \pL
                if branch[pos + 2 : pos + 3] == "{":
                    end = branch.find("}", pos)
                    if end < 0:
                        return None
                    pos = end + 1
                else:
                    pos += 3
            elif escaped.isalnum():
                pos += 2  # a class or an anchor (\w, \b, \s): no literal
            else:
                literal = escaped
                pos += 2
        elif char == "[":
            after = _class_end(branch, pos)
            if after is None:
                return None
            group = _symbols(branch[pos + 1 : after - 1])
            pos = after
        elif char == "(":
            if _GLOBAL_FLAGS.match(branch, pos):
                return None  # "(?x)", "(?-i)": the rest reads differently
            after = _group_end(branch, pos)
            if after is None:
                return None
            body = _group_body(branch[pos:after])
            if body is _UNREAD:
                return None
            if isinstance(body, str):
                group = _alternatives(body)
            pos = after
        elif char in ".^$":
            pos += 1
        elif char in "?*+{":
            return None  # a quantifier with nothing before it: not followed
        else:
            literal = char
            pos += 1
        if literal is not None and not literal.isascii() and _uncased_symbol(literal):
            group, literal = frozenset({literal}), None  # "©": a run of its own
        elif literal is not None and not _plain(literal):
            literal = None  # a letter that matches others when case is ignored: no run
        optional = False
        if pos < len(branch) and branch[pos] in _QUANTIFIERS:
            # The atom is optional or repeated: a run ends before it ("photos?" gives "photo";
            # "a+" holds "a" once, but what follows need not come right after that one).
            optional = branch[pos] in "?*" or branch.startswith(("{0", "{,"), pos)
            if branch[pos] == "{":
                end = branch.find("}", pos)
                if end < 0 or _COUNT.fullmatch(branch, pos + 1, end) is None:
                    return None  # a fuzzy constraint ("{e<=1}") or a brace of text
                pos = end + 1
            else:
                pos += 1
            if pos < len(branch) and branch[pos] in "?+":  # lazy or possessive
                pos += 1
            if literal is not None and not optional:
                current.append(literal)
            cut()
            if group is not None and not optional:
                options.append(group)
            continue
        if literal is None:
            cut()
            if group is not None:
                options.append(group)
        else:
            current.append(literal)
    cut()
    usable = [o for o in options if o and min(map(_weight, o)) >= MIN_RUN]
    if not usable:
        return None
    return max(usable, key=lambda o: (min(map(_weight, o)), -len(o)))


def _symbols(members: str) -> frozenset[str] | None:
    """The characters of a set such as ``[›»>]`` when each is a rare symbol (:func:`_weight`),
    one of which every match of the set is; else ``None``."""
    if not members or len(members) > _MAX_SYMBOLS or any(c in members for c in "^-\\[]"):
        return None
    found = frozenset(members)
    return found if all(_weight(c) == MIN_RUN for c in found) else None


def _weight(run: str) -> int:
    """How much a run rules out: its length but for spaces (``" to "`` is in most lines), but a
    symbol that prose seldom holds (``»``, ``›``, ``>``, ``£``) counts as much as a run of
    :data:`MIN_RUN` characters. Such a symbol matches nothing else when case is ignored (it has
    no case)."""
    if len(run) == 1 and (run in _RARE_ASCII or (not run.isascii() and _uncased_symbol(run))):
        return MIN_RUN
    return len(run) - run.count(" ")


def _plain(char: str) -> bool:
    """True for a character that a case-ignoring pattern matches only to characters that
    lower-case as it does: ASCII, and the accented Latin letters of :data:`LATIN_LETTERS`."""
    return char.isascii() or char.lower() in LATIN_LETTERS


def _uncased_symbol(char: str) -> bool:
    return not (char.isalnum() or char.isspace()) and char.lower() == char == char.upper()
