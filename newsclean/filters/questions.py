"""Questions and calls to comment addressed to readers at the end of the article."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import regex

from ..document import Decision, Document
from ..language import LanguagePack
from ..registry import register_filter
from ..text import addresses_reader, has_quote, is_reported, word_count
from ..triggers import Key
from ._header import last
from .base import Filter


@dataclass(frozen=True)
class _Patterns:
    vocative: regex.Pattern[str]
    speech: regex.Pattern[str]
    reader: regex.Pattern[str]
    reader_nouns: tuple[str, ...]

    @classmethod
    def for_language(cls, lang: LanguagePack) -> _Patterns:
        vocative = lang.pattern("reader_questions", "vocative").pattern
        return cls(
            vocative=regex.compile(f"^(?:{vocative})", regex.IGNORECASE),
            speech=lang.phrases("language", "reporting_verbs"),
            reader=lang.phrases("language", "reader_words"),
            reader_nouns=tuple(w.lower() for w in lang.words("reader_questions", "reader_nouns")),
        )


@register_filter
@dataclass(frozen=True)
class ReaderQuestions(Filter):
    """Remove questions and calls to comment put to readers at the end of the article ("Readers,
    what do you think?", "HollywoodLifers, do you think …?", "Let us know in the comments"), and a
    short question answered by a call to act with the outlet ("Thinking about adopting? Browse
    adoptable pets on our Find a Friend page.").

    It runs after every other filter, so the lines it walks back over from the end are the story's
    last lines: nothing that a later filter would remove stands between. A question the story asks
    ("Drivers, what will they do now?"), a call that closes a longer paragraph of the author's, and
    reported words ("…, the council said") stay."""

    name = "reader_questions"
    description = "questions and calls to comment addressed to readers at the end"
    reasons = {"reader_question": "a question or call to comment addressed to readers at the end"}

    reader_lines: int = 3
    """How many of the last content blocks are checked."""
    max_reader_words: int = 50
    """A vocative reader question ("Readers, …") is at most this long."""
    max_call_words: int = 25
    """A call to comment without a vocative ("Let us know in the comments") is at most this long."""
    max_callout_question_words: int = 20
    """A question answered by a call to act ("Planning your own big day? Tell us all about it.")
    is at most this long, before its question mark."""

    def label(self, doc: Document, lang: LanguagePack) -> Iterable[Decision]:
        """Walk back from the last content block while blocks are reader questions."""
        pats = lang.derived("reader_questions", _Patterns.for_language)
        found: list[int] = []
        for i in reversed(last(doc.content_indices(), self.reader_lines)):
            if not doc.is_free(i):
                break
            keys = doc.cues.keys(i, lang.trigger_index)
            if not self._is_reader_question(doc.blocks[i].text, pats, found, lang, keys):
                break
            found.append(i)
        for i in reversed(found):
            yield Decision(i, "reader_question")

    def _callout(
        self, text: str, pats: _Patterns, lang: LanguagePack, keys: frozenset[Key]
    ) -> bool:
        """A short question put to the reader, then a call to act with the outlet ("Thinking about
        adopting? Browse adoptable pets on our Find a Friend page.", "Une question sur vos droits ?
        Posez-la à nos juristes."): the call opens what follows the question mark."""
        mark = text.find("?")
        if mark <= 0 or word_count(text[:mark]) > self.max_callout_question_words:
            return False
        if has_quote(text.lstrip("¿¡")[:1]):
            return False  # a quoted exchange is the story's
        rest = text[mark + 1 :].lstrip(" ¿¡")
        match = lang.search("reader_questions", "callout", rest, keys=keys) if rest else None
        return match is not None and match.start() == 0 and not is_reported(text, pats.speech)

    def _is_reader_question(
        self,
        text: str,
        pats: _Patterns,
        below: list[int],
        lang: LanguagePack,
        keys: frozenset[Key],
    ) -> bool:
        """A vocative question counts when it names readers ("Readers, should it reopen?"), says
        "you"/"us" ("HollywoodLifers, do you think …?"), or stands just above a call to comment.
        A call counts when it is short and said to the reader; reported words never count
        (``keys``: the trigger-index keys of the line's block)."""
        words = word_count(text)
        if words > self.max_reader_words:
            return False
        vocative = pats.vocative.match(text)
        if vocative is not None and (
            "?" in text or lang.search("reader_questions", "call", text, keys=keys)
        ):
            if is_reported(text, pats.speech):
                return False
            noun = text[: text.index(",")].lower()
            if "?" in text and (below or noun.endswith(pats.reader_nouns)):
                return True
            return pats.reader.search(text, vocative.end()) is not None
        if vocative is None and self._callout(text, pats, lang, keys):
            return True
        if vocative is not None or words > self.max_call_words:
            return False
        call = lang.search("reader_questions", "call", text, keys=keys)
        return (
            call is not None
            and not is_reported(text, pats.speech)
            and addresses_reader(text, call.start(), call.end(), pats.reader)
        )
