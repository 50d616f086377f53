"""The cheap tests the topics, sources, press and navigation filters make before their patterns
give what the plain patterns give: a line that a label or heading pattern matches opens with one
of its phrases' starts (:func:`~newsclean.literals.may_open`), and the filters label the same
blocks with their shortcuts as without them."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.document import Decision, Document
from newsclean.filters import navigation, press, sources, topics
from newsclean.filters._labelled import label_pattern
from newsclean.filters._parts import SEPARATOR_MARKS
from newsclean.filters.base import Filter
from newsclean.language import LanguagePack, phrase_regex, shipped_languages
from newsclean.literals import CASE_ALIASES, may_open, phrase_starts
from newsclean.normalize import split_blocks

from .generators import TOKENS
from .test_literals import LINES  # the corpus's lines

LANGUAGES = shipped_languages()
# (section, key) of the phrase lists read at a line's start.
LISTS = (("topics", "labels"), ("topics", "block_labels"), ("sources", "labels"))


def _phrases(lang: LanguagePack) -> list[str]:
    return [phrase for section, key in LISTS for phrase in lang.words(section, key)]


def _variants(phrase: str) -> list[str]:
    """A phrase as a line may open with it: in other cases, and with letters that match its own
    when case is ignored but lower-case otherwise (the long s, the dotted capital I, the Kelvin
    sign)."""
    odd = phrase.replace("s", "ſ").replace("i", "İ").replace("k", "\u212a")
    return [phrase, phrase.upper(), phrase.title(), phrase.capitalize(), odd, odd.upper()]


def soup(lang: LanguagePack) -> st.SearchStrategy[str]:
    opening = st.sampled_from([v for p in _phrases(lang) for v in _variants(p)] + ["", " "])
    rest = st.lists(
        st.sampled_from(
            (*TOKENS, ":", " : ", "…", "’", "'", "-", " — ", "About the ", "Media contact", "|")
        ),
        max_size=8,
    ).map("".join)
    return st.tuples(opening, rest).map("".join)


def _opening_patterns(
    lang: LanguagePack,
) -> list[tuple[regex.Pattern[str], tuple[str, ...] | None]]:
    """Each phrase list's patterns as the filters compile them, with the list's starts."""
    out = []
    for section, key in LISTS:
        phrases = list(lang.words(section, key))
        starts = phrase_starts(phrases)
        heading = rf"^{phrase_regex(phrases).pattern}\W*$"
        out.append((label_pattern(lang, section, key), starts))
        out.append((regex.compile(heading, regex.IGNORECASE), starts))
        out.append((regex.compile(f"^{phrase_regex(phrases).pattern}", regex.IGNORECASE), starts))
    return out


def test_phrase_starts_stop_before_what_may_match_otherwise() -> None:
    assert phrase_starts(["Related topics", "Tags"]) == (" related topics", " tags")
    assert phrase_starts(["more on this story's topics"]) == (" more on this story",)
    assert phrase_starts(["Über uns", "À propos"]) == (" über uns", " à propos")
    assert phrase_starts(["'Tags"]) is None  # an apostrophe matches a curly one too
    assert phrase_starts(["«Tags»"]) is None  # a start that is no plain character


def test_a_line_with_a_case_alias_may_open_with_any_phrase() -> None:
    starts = phrase_starts(["Sources", "Filed under"])
    assert starts is not None
    for text in ("ſources: Reuters", "FİLED UNDER: Rain"):
        assert label_pattern_matches(["Sources", "Filed under"], text)
        assert not f" {text.lower()} ".startswith(starts)
        assert any(alias in text.lower() for alias in CASE_ALIASES)
        assert may_open(f" {text.lower()} ", starts)
    assert not may_open(" reuters: sources ", starts)
    assert may_open(" anything ", None)


def label_pattern_matches(phrases: list[str], text: str) -> bool:
    pattern = regex.compile(f"^{phrase_regex(phrases).pattern}", regex.IGNORECASE)
    return pattern.match(text) is not None


@pytest.mark.parametrize("code", LANGUAGES)
def test_corpus_lines_a_label_opens_may_open(code: str) -> None:
    lang = LanguagePack.load(code)
    matched = 0
    for line in LINES:
        lowered = f" {line.lower()} "
        for pattern, starts in _opening_patterns(lang):
            if pattern.match(line) is not None:
                matched += 1
                assert may_open(lowered, starts), (pattern.pattern, line)
    if code == "en":
        assert matched > 0  # the corpus does exercise the patterns


@pytest.mark.parametrize("code", LANGUAGES)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_lines_a_label_opens_may_open(code: str, data: st.DataObject) -> None:
    lang = LanguagePack.load(code)
    text = data.draw(soup(lang))
    for pattern, starts in _opening_patterns(lang):
        if pattern.match(text) is not None:
            assert may_open(f" {text.lower()} ", starts), (pattern.pattern, text)


@given(st.text(st.sampled_from([*SEPARATOR_MARKS, "a", " ", "/", "-", "¦", "‧", "∙"]), max_size=12))
def test_the_navigation_mark_test_is_the_pattern(text: str) -> None:
    marks = regex.compile(f"[{regex.escape(''.join(SEPARATOR_MARKS))}]")
    bar, bullet, dot = SEPARATOR_MARKS
    assert (bar in text or bullet in text or dot in text) == (marks.search(text) is not None)
    assert (bar, bullet, dot) == (navigation._BAR, navigation._BULLET, navigation._DOT)


def _plain_label(filt: Filter, doc: Document, lang: LanguagePack) -> list[Decision]:
    """The filter's decisions with its shortcuts turned off: every line may open with a label,
    and every table may match every line."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(topics, "may_open", lambda lowered, starts: True)
        patch.setattr(sources, "may_open", lambda lowered, starts: True)
        patch.setattr(LanguagePack, "may_match", lambda self, section, key, keys: True)
        return list(filt.label(doc, lang))


# Whole blocks of press-release endings: "About" headings over a paragraph that names the
# organisation, and media contacts, in the shipped languages.
# fmt: off
RELEASE = (
    "About the Marlow Ridge Trust", "About Halyard Media:", "ABOUT HALYARD MEDIA",
    "Über die Halyard Media", "Ueber Halyard Media", "Acerca de Halyard Media",
    "Sobre a Halyard Media", "À propos de Halyard Media", "À propos d’Halyard Media",
    "Chi è Halyard Media", "Sobre Halyard Media",
    "Halyard Media publishes the Courier and four weekly papers.",
    "The Marlow Ridge Trust runs the county's parks.", "Media contact:", "Media Contacts",
    "Dana Whitcomb, Communications Manager", "press@halyard.example", "Pressekontakt:",
    "Contacto de prensa:", "Contact presse :", "Ufficio stampa", "Assessoria de imprensa",
)
# fmt: on


def _documents(code: str) -> st.SearchStrategy[Document]:
    lang = LanguagePack.load(code)
    block = soup(lang) | st.sampled_from(LINES[:400]) | st.sampled_from(RELEASE)
    return st.lists(block, min_size=1, max_size=8).map(
        lambda blocks: Document(split_blocks("\n\n".join(blocks)), code)
    )


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("make", [topics.Topics, sources.Sources, press.Press])
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_the_filters_label_what_they_label_without_shortcuts(
    code: str, make: type[Filter], data: st.DataObject
) -> None:
    lang = LanguagePack.load(code)
    doc = data.draw(_documents(code))
    filt = make()
    assert list(filt.label(doc, lang)) == _plain_label(filt, doc, lang)
