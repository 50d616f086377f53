"""The engagement filter's shortcut gives what the plain rules give: a line whose trigger-index
keys hold no item's runs and no link pattern's is tried only against the whole-line tables'
items without runs, and it gets the same reason as from trying every table in order."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.document import Decision, Document
from newsclean.filters.engagement import Engagement, _Patterns
from newsclean.language import LanguagePack, shipped_languages
from newsclean.normalize import split_blocks

from .generators import TOKENS

# fmt: off
PIECES = (
    *TOKENS, "Advertisement", "ADVERTISEMENT", "Anzeige", "Publicité", "Publicidad", "Pubblicità",
    "Publicidade", "Share", "Share this", "Teilen", "Partager", "Compartir", "Condividi",
    "Partilhar", "Tweet", "Email", "Facebook", "WhatsApp", "Print", "Copy link", "Follow us",
    "Folgen Sie uns", "Suivez-nous", "Síguenos", "Seguici", "Siga-nos", "Comments", "Kommentare",
    "Commentaires", "Comentarios", "Commenti", "Comentários", "Read more", "Mehr zum Thema",
    "Lire aussi", "Leer más", "Leggi anche", "Leia também", "Related:", "Recommended", "Latest:",
    "Skip to content", "Story continues below", "<div>", "[button]", "&nbsp;", "0", "12", "|", "•",
    "»", "›", ":", " ", ". ",
)
# fmt: on


def soup() -> st.SearchStrategy[str]:
    word = st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), max_size=6)
    return st.lists(st.sampled_from(PIECES) | word, max_size=8).map("".join)


@pytest.mark.parametrize("code", shipped_languages())
def test_the_shortcut_is_on_for_the_shipped_languages(code: str) -> None:
    lang = LanguagePack.load(code)
    pats = lang.derived("engagement", _Patterns.for_language)
    assert pats.needs  # otherwise every line is tried against every table
    assert all(matcher.keyless for matcher, _ in pats.keyless_lines)


@pytest.mark.parametrize("code", shipped_languages())
@settings(max_examples=150, deadline=None)
@given(text=soup() | st.sampled_from(PIECES))
def test_line_kind_with_the_shortcut_is_the_plain_one(code: str, text: str) -> None:
    _same_kind(code, text)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "Recommended"),
        ("en", "More stories"),
        ("en", "Related: Council votes on the bridge"),
        ("en", "Advertisement"),
        ("en", "Share this article"),
        ("en", "Comments (4)"),
        ("en", "Follow us on Twitter"),
        ("de", "Mehr zum Thema"),
        ("fr", "Lire aussi"),
        ("es", "Leer más"),
    ],
)
def test_line_kind_examples(code: str, text: str) -> None:
    assert _same_kind(code, text) is not None


def _same_kind(code: str, text: str) -> str | None:
    """The line's kind, checked to be the same with the shortcut and without it."""
    lang = LanguagePack.load(code)
    pats = lang.derived("engagement", _Patterns.for_language)
    plain = dataclasses.replace(pats, needs=None)
    keys = lang.trigger_index.keys(f" {text.lower()} ")
    filt = Engagement()
    kind = filt._line_kind(text, pats, keys)
    assert kind == filt._line_kind(text, plain, keys)
    return kind


@pytest.mark.parametrize("code", shipped_languages())
def test_glued_is_skipped_only_where_the_pack_has_no_pattern(code: str) -> None:
    """A pack without ``glued`` patterns compiles the table to a pattern that matches nothing:
    skipping the search there skips nothing."""
    lang = LanguagePack.load(code)
    pats = lang.derived("engagement", _Patterns.for_language)
    assert pats.has_glued == (pats.glued.pattern != "(?!)")
    if not pats.has_glued:
        assert pats.glued.search("…business.Click To Tweet") is None


_STORY = "The council voted on Tuesday to reopen the bridge after three months of repairs."


@pytest.mark.parametrize(
    ("lines", "taken"),
    [
        # the heading, a commenter line under it, and the comments: all go
        ([_STORY, "2 thoughts on “Bridge reopens”", "Jane Doe says:", "Great news."], [1, 2, 3]),
        # a block of marks only (no content) and a line another filter took come first
        (
            ["* * *", _STORY, "Share", "3 responses to Bridge", "Tom Reyes wrote:", "Yes."],
            [3, 4, 5],
        ),
        # no commenter line under the heading: nothing goes
        ([_STORY, "2 thoughts on “Bridge reopens”", "It was a good week."], []),
        # the words in a story's sentence, with no heading: nothing goes
        ([_STORY, "She had two thoughts on the matter, she said.", "Jane Doe says: no."], []),
    ],
)
def test_comment_thread_under_its_heading(lines: list[str], taken: list[int]) -> None:
    """The thread rule looks only at blocks with its trigger keys; the heading is the first
    such block with content, and everything after it goes when a commenter line follows."""
    lang = LanguagePack.load("en")
    doc = Document(split_blocks("\n\n".join(lines)), "en")
    if "Share" in lines:
        doc = doc.with_decisions("other", [Decision(lines.index("Share"), "x")])
    pats = lang.derived("engagement", _Patterns.for_language)
    found = Engagement()._thread(doc, lang, pats)
    assert [d.block for d in found] == taken
    assert all(d.reason == "comment_residue" for d in found)
