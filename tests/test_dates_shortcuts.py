"""The dates filter skips a line with a number but no year and no time: no part of such a line
reads as a date line or a labelled time, in any shipped language."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.dates import DateReader
from newsclean.language import LanguagePack, shipped_languages

# fmt: off
PIECES = (
    "Published: ", "Updated ", "Aktualisiert am ", "Publicado ", "Mis à jour le ", "Aggiornato ",
    "16 May 2017", "May 16, 2017", "2021-03-04", "16.05.2017", "16/05/2017", "1° maggio 2017",
    "10:30", "10.30", "3:04pm", "3 pm", "3 p.m.", "20h", "20h30", "16 Uhr", " h ", "às 20h",
    " BST", " ET", " (CET)", "Comments (4)", "4 min read", "Page 2 of 3", "348 555 0199", "|",
    " | ", "•", ", ", " at ", "um ", "à ", "12", "7", "1999", "2030", "H", ":", ".", " ",
)
# fmt: on


def soup() -> st.SearchStrategy[str]:
    word = st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), max_size=5)
    return st.lists(st.sampled_from(PIECES) | word, max_size=12).map("".join)


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
