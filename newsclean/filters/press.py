"""Press-release furniture: the media-contact block and the "About <organisation>" section."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import regex

from ..document import Decision, Document
from ..language import LanguagePack
from ..registry import register_filter
from ..text import ends_sentence
from ..triggers import Key
from .base import Filter

# A contact line: an e-mail address or a phone number.
_REACH = regex.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|\+?\(?\d[\d ()./-]{5,}\d")
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_NAME_WINDOW = 8  # an "About" paragraph names the organisation within its first words


@register_filter
@dataclass(frozen=True)
class Press(Filter):
    """Remove a press release's media-contact block ("Media contact" and the name, phone and
    e-mail lines under it) and its closing "About <organisation>" section (the heading, and the
    paragraphs under it that start with the organisation's name). A story's "About the study"
    section (no proper name) and contact details in a sentence stay."""

    name = "press"
    description = "press-release media contacts and 'About <organisation>' sections"
    reasons = {
        "press_contact": "a media-contact heading and the contact lines under it",
        "about_section": "an 'About <organisation>' heading and the boilerplate under it",
    }

    max_contact_lines: int = 3
    """Contact lines taken under a media-contact heading."""
    max_contact_words: int = 12
    max_about_paragraphs: int = 3
    """Paragraphs taken under an "About …" heading."""

    def label(self, doc: Document, lang: LanguagePack) -> Iterable[Decision]:
        """Claim contact blocks anywhere and "About" sections in the second half."""
        about = lang.pattern("press", "about_heading")
        content = [i for i in doc.content_indices() if doc.is_free(i)]
        # Only a block holding a key of either table may be a heading: the others are skipped.
        gate = lang.derived("press_gate", _gate)
        heads = set(content if gate is None else doc.cues.with_any(lang.trigger_index, gate))
        taken: set[int] = set()
        for pos, i in enumerate(content):
            if i in taken or i not in heads:
                continue
            text = doc.blocks[i].text
            keys = doc.cues.keys(i, lang.trigger_index)
            if lang.fullmatches("press", "contact_heading", text.strip(" :"), keys):
                for j in self._contact_lines(doc, i, content[pos + 1 :]):
                    taken.add(j)
                    yield Decision(j, "press_contact")
            elif pos >= len(content) // 2 and lang.may_match("press", "about_heading", keys):
                match = about.fullmatch(text.strip(" :"))
                if match is not None and not ends_sentence(text):
                    for j in self._about(doc, i, match["name"], content[pos + 1 :]):
                        taken.add(j)
                        yield Decision(j, "about_section")

    def _contact_lines(self, doc: Document, heading: int, after: list[int]) -> Iterator[int]:
        yield heading
        for j in after[: self.max_contact_lines]:
            text = doc.blocks[j].text
            if doc.blocks[j].words > self.max_contact_words:
                break
            # "Dana Whitcomb, Communications Manager": a name and a role, not a sentence.
            named = "," in text and not ends_sentence(text)
            if _REACH.search(text) is None and not named:
                break
            yield j

    def _about(self, doc: Document, heading: int, name: str, after: list[int]) -> Iterator[int]:
        """The heading, if the paragraph under it names the organisation in its first words, by
        the first or the last words of its name ("About the Office of …" over "The Marlow Ridge
        Office of … coordinates …"; "À propos de la Ville de Port-Ribère" over "Port-Ribère est
        une commune …")."""
        named = [w.casefold() for w in _WORD.findall(name)]
        keys = [named[:2], named[-2:]]
        taken = []
        for j in after[: self.max_about_paragraphs]:
            words = [w.casefold() for w in _WORD.findall(doc.blocks[j].text)[:_NAME_WINDOW]]
            if not any(words[k : k + len(key)] == key for key in keys for k in range(len(words))):
                break
            taken.append(j)
        if taken:
            yield heading
            yield from taken


def _gate(lang: LanguagePack) -> frozenset[Key] | None:
    """The keys one of which a block must hold to be a media-contact or an "About" heading (the
    contact table's item keys and the runs of the "About" table; ``None`` when either table may
    match any text)."""
    contact = lang.line_matcher("press", "contact_heading")
    about = lang.runs_of([("press", "about_heading")])
    if contact.keyless or about is None:
        return None
    return contact.keys | about
