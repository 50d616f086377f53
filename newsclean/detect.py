"""Recognising the language of a text: CLD2 (``pycld2``, its model compiled in) on a bounded sample.

The sample is taken from the text's paragraphs (blocks of several words), not its short lines:
menus, buttons and share rows are often in another language than the article ("Share this on
WhatsApp" on a Portuguese page). At most :data:`SAMPLE_CHARS` characters are read, so the cost
does not grow with the input.
"""

from __future__ import annotations

from collections.abc import Sequence

import pycld2
import regex

from .document import Block

SAMPLE_CHARS = 1000
"""Characters of the text that detection reads, at most."""
_MIN_WORDS = 6  # a block of at least this many words is prose, read first
_MAX_BLOCKS = 400  # blocks looked at for the sample, at most
# CLD2 calls a few letters of anything "reliable" ("AA0AC0AD" is Danish): below this many bytes of
# letters it found, the text is too short to tell.
MIN_TEXT_BYTES = 40
# CLD2 rejects control characters (but line breaks and tabs), surrogates and non-characters: they
# carry no language anyway. Most samples have none, so they are looked for before replaced.
_UNREADABLE = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\p{Cs}\p{Co}\p{Cn}]")
# An unreliable verdict is still taken when its language has this share of this many bytes.
_DOMINANT_PERCENT = 70
_DOMINANT_BYTES = 400
# CLD2's old or regional codes, as ISO 639-1 codes.
_RENAMED = {"iw": "he", "jw": "jv", "in": "id", "zh-Hant": "zh", "sr-ME": "sr"}


def language_sample(blocks: Sequence[Block], limit: int = SAMPLE_CHARS) -> str:
    """Up to ``limit`` characters of the blocks' text, prose blocks first.

    >>> from newsclean.normalize import split_blocks
    >>> language_sample(split_blocks("Menu\\n\\nThe ferry was late again on Monday morning."))
    'The ferry was late again on Monday morning.'
    """
    head = blocks[:_MAX_BLOCKS]
    parts: list[str] = []
    size = 0
    for prose_only in (True, False):
        for block in head:
            if (block.words >= _MIN_WORDS) != prose_only:
                continue
            parts.append(block.text[: limit - size])
            size += len(parts[-1]) + 1
            if size >= limit:
                return "\n".join(parts)
        if parts:  # prose was found: the short lines (menus, buttons) are left out
            break
    return "\n".join(parts)


def detect_language(text: str) -> str | None:
    """The language of ``text`` as an ISO 639-1 code (or CLD2's code where there is none),
    ``None`` when CLD2 cannot tell reliably (too little text, a mix, or no words at all). A
    verdict CLD2 calls unreliable is still taken when its language has most of at least 400
    bytes and no second language comes close (a few foreign names in a report).

    Only the first :data:`SAMPLE_CHARS` characters are read.

    >>> detect_language("Der Bürgermeister sagte am Dienstag, die Brücke bleibe gesperrt.")
    'de'
    >>> detect_language("12:30") is None
    True
    """
    sample = text[:SAMPLE_CHARS]
    # Every character CLD2 rejects is unprintable: most samples are all printable (but for their
    # line breaks), and that is checked far faster than the pattern.
    printable = sample.replace("\n", " ").isprintable()
    if not printable and _UNREADABLE.search(sample) is not None:
        sample = _UNREADABLE.sub(" ", sample)
    try:
        reliable, found, details = pycld2.detect(sample, isPlainText=True)
    except (pycld2.error, UnicodeError):  # pragma: no cover - the sample is cleaned of both
        return None
    code = str(details[0][1])
    if found < MIN_TEXT_BYTES or code == "un" or code.startswith(("xx", "zz")):
        return None
    if not reliable and not _dominant(details, found):
        return None
    return _RENAMED.get(code, code)


def _dominant(details: tuple[tuple[str, str, int, float], ...], found: int) -> bool:
    """CLD2 calls a text unreliable whenever a few of its words look foreign (the team names and
    English loanwords of a Spanish esports report): still take its first language when it has
    most of enough text and no second language comes close."""
    first, second = details[0][2], details[1][2] if len(details) > 1 else 0
    return found >= _DOMINANT_BYTES and first >= _DOMINANT_PERCENT and first >= 3 * second
