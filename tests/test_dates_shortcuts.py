"""The dates filter skips a line with a number but no year and no time: no part of such a line
reads as a date line or a labelled time, in any shipped language."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.dates import DateReader
from newsclean.document import Decision, Document
from newsclean.filters.dates import Dates
from newsclean.language import LanguagePack, shipped_languages
from newsclean.normalize import split_blocks
from newsclean.text import SHORT_LINE

# fmt: off
PIECES = (
    "Published: ", "Updated ", "Aktualisiert am ", "Publicado ", "Mis à jour le ", "Aggiornato ",
    "16 May 2017", "May 16, 2017", "2021-03-04", "16.05.2017", "16/05/2017", "1° maggio 2017",
    "10:30", "10.30", "3:04pm", "3 pm", "3 p.m.", "20h", "20h30", "16 Uhr", " h ", "às 20h",
    " BST", " ET", " (CET)", "3 hours ago", "vor 2 Stunden", "il y a 3 heures", "hace 2 horas",
    "Yesterday", "gestern", "hier", "ayer", "ieri", "ontem", "now", "Comments (4)", "4 min read",
    "Page 2 of 3", "348 555 0199", "|", " | ", "•", ", ", " at ", "um ", "à ", "12", "7", "1999",
    "2030", "H", ":", ".", " ",
)
# fmt: on
RELATIVE = ("Yesterday", "Yesterday.", "gestern", "Hier", "ayer", "ieri", "ontem", "3 hours ago")


def soup() -> st.SearchStrategy[str]:
    word = st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), max_size=5)
    return st.lists(st.sampled_from(PIECES) | word, max_size=12).map("".join)


def _every_block(filt: Dates, doc: Document, lang: LanguagePack) -> list[Decision]:
    """The filter's rules tried on every short block, no block skipped (the header is the blocks
    up to the ``header_blocks``-th block with content, counted one by one)."""
    reader = lang.derived("date_reader", DateReader.for_language)
    content = set(doc.content_indices())
    out: list[Decision] = []
    rank = 0
    for block in doc.blocks:
        rank += block.index in content
        if len(block.text) <= SHORT_LINE and block.words <= filt.max_words:
            digit = any(c.isdigit() for c in block.text)
            top = rank <= filt.header_blocks
            out.extend(filt._block(doc, lang, reader, block.index, digit, top))
    return out


@pytest.mark.parametrize("code", shipped_languages())
@settings(max_examples=60, deadline=None)
@given(
    blocks=st.lists(soup() | st.sampled_from(RELATIVE), min_size=1, max_size=14),
    claim=st.tuples(st.integers(0, 13), st.integers(0, 60), st.integers(1, 30)),
)
def test_skipped_blocks_hold_no_date(
    code: str, blocks: list[str], claim: tuple[int, int, int]
) -> None:
    """The blocks the filter skips (no year, no time and no relative time; no number and below
    the header) give nothing when the rules are tried on them."""
    lang = LanguagePack.load(code)
    doc = Document(split_blocks("\n\n".join(blocks)), code)
    index, start, size = claim  # another filter's claim: some blocks lose their content
    if index < len(doc) and start < len(doc.blocks[index].text):
        end = min(start + size, len(doc.blocks[index].text))
        doc = doc.with_decisions("other", [Decision(index, "x", start, end)])
    filt = Dates(header_blocks=3)
    assert list(filt.label(doc, lang)) == _every_block(filt, doc, lang)


def test_header_counts_blocks_with_content() -> None:
    """A bare relative time is taken among the first ``header_blocks`` blocks with content; a
    block another filter took whole does not count."""
    lang = LanguagePack.load("en")
    filt = Dates(header_blocks=3)
    for lines, taken, found in (
        (["Jane Doe", "Politics", "Yesterday"], None, True),
        (["Banner", "Jane Doe", "Politics", "Yesterday"], None, False),
        (["Banner", "Jane Doe", "Politics", "Yesterday"], 0, True),
    ):
        doc = Document(split_blocks("\n\n".join(lines)), "en")
        if taken is not None:
            doc = doc.with_decisions("other", [Decision(taken, "x")])
        decisions = list(filt.label(doc, lang))
        assert [d.reason for d in decisions] == (["relative_date"] if found else [])
        assert decisions == _every_block(filt, doc, lang)


@pytest.mark.parametrize("code", shipped_languages())
@settings(max_examples=150, deadline=None)
@given(text=soup(), cut=st.tuples(st.integers(0, 80), st.integers(0, 80)))
def test_a_line_without_year_or_time_holds_no_date(
    code: str, text: str, cut: tuple[int, int]
) -> None:
    reader = LanguagePack.load(code).derived("date_reader", DateReader.for_language)
    if reader.may_hold_date(text):
        return
    start, size = cut
    part = text[start : start + size]  # any part of the line the filter may read
    for piece in (text, part, part.strip()):
        assert reader.find(piece) is None
        assert reader.labelled_time(piece) is None


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "Updated at 1:23 p.m."),
        ("en", "Updated 3 pm"),
        ("en", "Updated 3pm"),
        ("en", "Updated 10.30"),
        ("de", "Aktualisiert 16 Uhr"),
        ("fr", "Mis à jour à 20h30"),
        ("fr", "Mis à jour à 20 h 30"),
        ("pt", "Atualizado às 20h"),
        ("en", "Published 10:02 AM EST Nov 19, 2019"),
        ("de", "21.10.2022"),
    ],
)
def test_dates_and_times_are_kept_for_reading(code: str, text: str) -> None:
    reader = LanguagePack.load(code).derived("date_reader", DateReader.for_language)
    assert reader.find(text) is not None or reader.labelled_time(text) is not None
    assert reader.may_hold_date(text)


@pytest.mark.parametrize("code", shipped_languages())
@settings(max_examples=150, deadline=None)
@given(text=soup())
def test_group_names_give_the_groupdict(code: str, text: str) -> None:
    """The reader reads a match's groups by :attr:`DateReader.group_names` instead of
    ``groupdict()``: the two agree on every match of its patterns."""
    reader = LanguagePack.load(code).derived("date_reader", DateReader.for_language)
    for pattern in (reader.line, reader.tail, reader.clock):
        for match in (pattern.match(text), pattern.search(text), pattern.fullmatch(text.strip())):
            if match is not None:
                named = dict(zip(reader.group_names[pattern], match.groups(), strict=True))
                named.pop("", None)
                assert named == match.groupdict()


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("en", "Published: 9 June 2021 16:20 BST"),
        ("en", "May 16, 2017 at 3:04pm ET"),
        ("en", "Jane Doe, published on 3 March 2021"),
        ("de", "Stand: 21.10.2022 19:12 Uhr"),
        ("fr", "Mis à jour le 16 mai 2017 à 14h30"),
        ("pt", "16/05/2017 às 20h (horário de Brasília)"),
    ],
)
def test_group_names_on_date_lines(code: str, text: str) -> None:
    reader = LanguagePack.load(code).derived("date_reader", DateReader.for_language)
    match = reader.line.match(text) or reader.tail.search(text)
    assert match is not None
    named = dict(zip(reader.group_names[match.re], match.groups(), strict=True))
    assert named == match.groupdict()
    assert named["year"] is not None
