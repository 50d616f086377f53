"""Bylines at the top lifted into ``authors``; repeated bylines and author bios removed."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import regex

from ..document import Decision, Document
from ..language import LanguagePack
from ..names import MAX_OUTLET_WORDS, NameReader
from ..registry import register_filter
from ..text import SHORT_LINE, ends_sentence, looks_like_name
from ._header import DATE_REASONS, claimed_for, has_date, header_indices, last
from ._labelled import connectors, label_pattern
from ._parts import line_parts
from .base import Filter

_ADDRESS = regex.compile(r"@\w|https?://|www\.|\.com/")  # an e-mail, handle or profile link
_ADDRESS_MARKS = ("@", "http", "www.", ".com/")  # what every match of _ADDRESS contains
_ANCHORS = frozenset({"title", "repeated_title", "subtitle", "source_line", *DATE_REASONS})


_MAX_ROLE_WORDS = 5  # "Senior political reporter"
_APPOSITION = regex.compile(r",[^,.;:]{3,120},\s")


@register_filter
@dataclass(frozen=True)
class Byline(Filter):
    """Lift bylines near the top ("By Jane Doe and Tom Reyes", "By Jane Doe, Political Editor",
    "Jane Doe | Published …", a bare name line next to the headline or date) into ``authors`` as
    bare names; remove a byline printed twice, and an author bio at the end that starts with an
    author's name ("Jane Doe is a senior reporter …"). "By the end of the year …" is not a byline:
    names must follow the prefix, and bare names count only beside the header."""

    name = "byline"
    description = "bylines, repeated bylines and author bios"
    reasons = {
        "byline": "a byline, names lifted into `authors`",
        "repeated_byline": "the byline printed a second time",
        "author_bio": "a short biography of the author, or a columnist's note, at the end",
        "author_contact": "how to reach the author (e-mail, social media) at the end",
    }

    header_blocks: int = 12
    """How many blocks from the top (not counting removed prompts) may hold a byline."""
    bio_blocks: int = 3
    """How many of the last content blocks may hold an author bio or contact line."""
    max_contact_words: int = 60
    max_card_words: int = 40
    """An author bio right under the byline (an author card) has at most this many words."""

    def label(self, doc: Document, lang: LanguagePack) -> Iterable[Decision]:
        """Claim bylines in the header, then bios of the authors found at the end."""
        names = lang.derived("names", NameReader.for_language)
        authors: list[str] = []
        found_at: set[int] = set()
        outlet = lang.derived("connectors", connectors)
        for decision in self._bylines(doc, names, outlet, found_at):
            if decision.field == "authors":
                authors.extend(decision.values)
            yield decision
        yield from self._role_lines(doc, names, found_at)
        if not authors:  # an HTML page may name them only in its markup
            authors = [a for a in doc.hints.authors if names.is_name(a, capitals=True)]
        if authors:
            yield from self._bios(doc, lang, authors, found_at)
            yield from self._trailing_copies(doc, names, authors, found_at)
        yield from self._column_notes(doc, lang, found_at)
        yield from self._contacts(doc, lang, found_at)

    def _bylines(
        self, doc: Document, names: NameReader, outlet: frozenset[str], found_at: set[int]
    ) -> Iterator[Decision]:
        seen: set[tuple[str, ...]] = set()
        header = header_indices(doc, self.header_blocks)
        for k, i in enumerate(header):
            text = doc.blocks[i].text
            if doc.is_free(i) and doc.blocks[i].words >= 15 and ends_sentence(text):
                # The first body paragraph ends the header; a standfirst of a sentence or two
                # has the byline line ("By …", "Written by …") right under it.
                nxt = header[k + 1] if k + 1 < len(header) else None
                if nxt is None or names.byline(doc.blocks[nxt].text) is None:
                    break
                continue
            if len(text) > SHORT_LINE:
                continue
            parts = line_parts(doc, i)
            if not parts:
                continue  # a line claimed whole (the headline, a date line): nothing to read
            others = []
            prefixed = [names.byline(part.text) for part in parts]
            has_prefix = any(p is not None for p in prefixed)
            for part, found in zip(parts, prefixed, strict=True):
                if found is None:
                    # Beside a "By …" part, the other parts name the outlet, not more authors.
                    bare = None if has_prefix else names.names(part.text)
                    if bare is None or not self._anchored(doc, i, found_at):
                        others.append(part)
                        continue
                    found = bare
                key = tuple(found)
                if key in seen:
                    yield Decision(i, "repeated_byline", part.start, part.end)
                elif not key:  # a byline that names an outlet, not a person
                    yield Decision(i, "byline", part.start, part.end)
                else:
                    seen.add(key)
                    yield Decision(i, "byline", part.start, part.end, "authors", key)
                found_at.add(i)
            if i not in found_at and names.desk(doc.rest(i)) and self._anchored(doc, i, found_at):
                # "RTVN Noticias / Agencias | Navares": the newsroom's byline names no one.
                found_at.add(i)
                yield from (Decision(i, "byline", part.start, part.end) for part in parts)
                continue
            if i in found_at:
                # The rest of a byline line names the outlet: "By Jane Doe | The Westerby Record".
                for part in others:
                    if part.text.count(" ") < MAX_OUTLET_WORDS and looks_like_name(
                        part.text, outlet
                    ):
                        yield Decision(i, "byline", part.start, part.end)

    def _role_lines(
        self, doc: Document, names: NameReader, found_at: set[int]
    ) -> Iterator[Decision]:
        """An author card's job title on the line under the name ("Rhys Calloway" over
        "Senior reporter"): a short line of job-title words only."""
        if not found_at:
            return  # no byline line: no card
        content = doc.content_indices()
        for pos, i in enumerate(content[:-1]):
            j = content[pos + 1]
            if i not in found_at or j in found_at or not doc.is_free(j):
                continue
            words = doc.blocks[j].text.split()
            if len(words) <= _MAX_ROLE_WORDS and all(names.is_role(w) for w in words):
                found_at.add(j)
                yield Decision(j, "byline")

    def _anchored(self, doc: Document, index: int, found_at: set[int]) -> bool:
        """A bare name counts beside the headline, standfirst, a date line or another byline."""
        if has_date(doc, index):
            return True
        for j in (index - 1, index + 1):
            if 0 <= j < len(doc) and (j in found_at or claimed_for(doc, j, _ANCHORS)):
                return True
        return False

    def _bios(
        self, doc: Document, lang: LanguagePack, authors: list[str], found_at: set[int]
    ) -> Iterator[Decision]:
        """Author bios among the last blocks, or in an author card: the block right under the
        byline line ("Words by Jane Doe" over "Jane Doe is our mobile reviewer. …")."""
        verbs = lang.derived("bio_verbs", _bio_verbs)
        label = lang.derived("bio_label", _bio_label)
        content = doc.content_indices()
        # The first content block right under a byline line (looked up from the few byline lines).
        cards = sorted(i + 1 for i in found_at if i + 1 not in found_at and i + 1 in content)[:1]
        for i in (*cards, *last(content, self.bio_blocks)):
            text = doc.blocks[i].text
            text = text[m.end() :] if (m := label.match(text)) else text  # "About the author:"
            if i in cards and doc.blocks[i].words > self.max_card_words:
                continue
            if i in found_at or not doc.is_free(i):
                continue
            for author in authors:
                if (
                    text.startswith((author + " ", author + ","))
                    and _first_word(_after_apposition(text[len(author) :])) in verbs
                ):
                    found_at.add(i)
                    yield Decision(i, "author_bio")
                    break

    def _column_notes(
        self, doc: Document, lang: LanguagePack, found_at: set[int]
    ) -> Iterator[Decision]:
        """A columnist's note among the last lines that ends with the column's day ("Professor
        of sociology at Alvarim. Writes every Thursday."): no name is needed, the schedule
        tells. What stands before the schedule is a note of a job and a place, with no verb of
        the pack's ``bio_verbs``: a story's last line about someone's habits has a subject or a
        verb before ("She writes every Sunday.", "A avó mora em Braga. Escreve aos domingos.")
        and stays."""
        column_day = lang.pattern("byline", "column_day")
        verbs = lang.derived("bio_verbs", _bio_verbs)
        for i in last(doc.content_indices(), self.bio_blocks):
            block = doc.blocks[i]
            if i in found_at or not doc.is_free(i) or block.words > self.max_card_words:
                continue
            match = column_day.search(block.text)
            if match is None:
                continue
            before = (w.strip(_WORD_EDGES).lower() for w in block.text[: match.start()].split())
            if verbs.isdisjoint(before):
                found_at.add(i)
                yield Decision(i, "author_bio")

    def _contacts(
        self, doc: Document, lang: LanguagePack, found_at: set[int]
    ) -> Iterator[Decision]:
        """How to reach the author, among the last lines ("… may be reached at jd@example.com",
        a bare e-mail address or social-media profile). The line must give an address: "The
        helpline can be reached at 0800 …" is the story's."""
        contact = lang.pattern("byline", "contact")
        for i in last(doc.content_indices(), self.bio_blocks):
            block = doc.blocks[i]
            if i in found_at or not doc.is_free(i) or block.words > self.max_contact_words:
                continue
            if _gives_address(block.text) and contact.search(block.text):
                found_at.add(i)
                yield Decision(i, "author_contact")

    def _trailing_copies(
        self, doc: Document, names: NameReader, authors: list[str], found_at: set[int]
    ) -> Iterator[Decision]:
        """The byline printed again at the end ("By Jane Doe" under the last paragraph)."""
        for i in last(doc.content_indices(), self.bio_blocks):
            if i in found_at or not doc.is_free(i):
                continue
            text = doc.blocks[i].text
            found = names.any_byline(text)
            if found and set(found) <= set(authors):
                yield Decision(i, "repeated_byline")


_WORD_EDGES = ".,;:!?\"'“”‘’()«»"


def _bio_verbs(lang: LanguagePack) -> frozenset[str]:
    return frozenset(lang.words("byline", "bio_verbs"))


def _bio_label(lang: LanguagePack) -> regex.Pattern[str]:
    """``^About the author:`` (the pack's ``[byline] bio_labels``; either apostrophe)."""
    return label_pattern(lang, "byline", "bio_labels")


def _gives_address(text: str) -> bool:
    """True when ``text`` gives an e-mail address, a handle or a profile link."""
    # The literal checks are fast and rule out nearly every paragraph before the pattern runs.
    for mark in _ADDRESS_MARKS:
        if mark in text:
            return _ADDRESS.search(text) is not None
    return False


def _after_apposition(text: str) -> str:
    """What follows a name's apposition: ", a former director of the Authority, is …" gives
    "is …"; text without one is returned as it is."""
    match = _APPOSITION.match(text)
    return text[match.end() :] if match else text


def _first_word(text: str) -> str:
    words = text.split(maxsplit=1)
    return words[0] if words else ""
