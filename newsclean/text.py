"""Small text predicates the filters share."""

from __future__ import annotations

import regex

_QUOTES = regex.compile("[\"“”«»„]|(?:^|\\s)['‘]|['’](?:\\s|$)")
_TERMINAL = frozenset(".!?…:;\"”’'»«“)。！？」")

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


def without(text: str, start: int, end: int) -> str:
    """``text`` with ``text[start:end]`` cut out (a space in its place), so a phrase's own words
    do not count when the rest of the line is looked at.

    >>> without("Sign up today, she said.", 0, 7)
    '  today, she said.'
    """
    return f"{text[:start]} {text[end:]}"


def is_reported(text: str, verbs: regex.Pattern[str]) -> bool:
    """True when ``text`` reads as reported speech or narration (it has an attribution verb).

    Prompts and page furniture address the reader; a line that says "said", "urged" or "told" is
    someone's words in the story, so the prompt-like filters leave it alone.
    """
    return verbs.search(text) is not None


# Each opening double quotation mark and the marks that close it: "…" “…” „…“ «…» »…«.
_CLOSERS = {'"': '"', "“": '”"', "„": '“”"', "«": '»"', "»": '«"'}
_SENTENCE_END = frozenset(".!?…:")
_OPENERS = " \t(['‘\"“„«¿¡"  # may stand between a sentence's end and its first word


def inside_quotes(text: str, pos: int) -> bool:
    """True when ``pos`` falls inside a double-quoted passage of ``text``.

    >>> inside_quotes('The sign read "We use cookies" and nothing more.', 16)
    True
    >>> inside_quotes('Auf dem Schild stand „Wir verwenden Cookies“ und sonst nichts.', 45)
    False
    """
    closer = ""
    for char in text[:pos]:
        if closer:
            if char in closer:
                closer = ""
        else:
            closer = _CLOSERS.get(char, "")
    return bool(closer)


def opens_sentence(text: str, pos: int, leads: frozenset[str] = frozenset()) -> bool:
    """True when ``pos`` starts ``text`` or a sentence in it, after at most words from ``leads``.

    >>> opens_sentence("Just hit OK.", 5, frozenset({"just"})), opens_sentence("Users hit OK.", 6)
    (True, False)
    """
    before = text[:pos].rstrip(_OPENERS)
    words = before.split()
    while words and words[-1].lower().strip(",") in leads:
        words.pop()
    return not words or words[-1][-1] in _SENTENCE_END


def addresses_reader(
    text: str,
    start: int,
    end: int,
    reader_words: regex.Pattern[str],
    leads: frozenset[str] = frozenset(),
) -> bool:
    """True when the phrase ``text[start:end]`` is said to the reader: it opens a sentence (an
    imperative such as "Download the app"), or the line has a reader word ("you", "our") outside the
    phrase itself — and the phrase is not inside quotation marks.

    Narration that happens to contain such a phrase ("Tenants can now download the council's repairs
    app") is about someone else, and stays.
    """
    if inside_quotes(text, start):
        return False
    if opens_sentence(text, start, leads):
        return True
    return reader_words.search(without(text, start, end)) is not None


def looks_like_title(text: str, connectors: frozenset[str]) -> bool:
    """True for a name written in sentence case, as French, Spanish, Italian and Portuguese write
    the names of papers and institutions ("Le Courrier du numérique", "la Repubblica" aside): the
    first word is capitalised, the rest are words.

    >>> no_connectors: frozenset[str] = frozenset()
    >>> looks_like_title("Le Courrier du numérique", no_connectors)
    True
    >>> looks_like_title("a spokesman", no_connectors)
    False
    """
    words = text.split()
    return (
        bool(words)
        and looks_like_name(words[0], connectors)
        and all(w.strip(".,'’-").isalnum() or w.lower() in connectors for w in words)
    )


def looks_like_name(text: str, connectors: frozenset[str]) -> bool:
    """True for a proper name, outlet or credit: its words are capitalised, or numbers, domains,
    "/"-joined names, or lowercase connectors ("of", "via").

    >>> looks_like_name("Museum of London", frozenset({"of"}))
    True
    >>> looks_like_name("Lena Marsh hang in the gallery", frozenset({"of", "in", "the"}))
    False
    """
    for word in text.replace("/", " ").split():
        head = word.lstrip("(\"'“‘")[:1]
        if not head or head.isupper() or head.isdigit() or not head.isalpha():
            continue
        if word.lower().strip(".,;:)'\"”’") in connectors or "." in word:
            continue
        return False
    return True
