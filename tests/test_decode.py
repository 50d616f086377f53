"""Bytes input: UTF-8, BOMs, wrong encodings and binary data."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.decode import decode

PARA = "The ferry timetable changes on Monday, the harbour office said."


def test_utf8_bytes_are_decoded():
    assert newsclean.clean(PARA.encode()).body == (PARA,)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_bom_decides_the_encoding(encoding):
    assert newsclean.clean(("Café. " + PARA).encode(encoding)).body == ("Café. " + PARA,)


def test_cp1252_bytes_decode_with_a_warning():
    text = "Caf\u00e9 owners said the “new” rules were unfair."
    article = newsclean.clean(text.encode("cp1252"))
    assert article.body == (text,)
    assert any("not valid UTF-8" in w for w in article.warnings)


@pytest.mark.parametrize("data", [b"\x00\x01\x02binary\x00" * 50, bytes(range(256)) * 4])
def test_binary_bytes_raise_a_clear_error(data):
    with pytest.raises(newsclean.InputError, match="binary"):
        newsclean.clean(data)


@pytest.mark.parametrize("kind", ["auto", "text", "html"])
@pytest.mark.parametrize("value", [None, 42, ["text"], {"a": 1}])
def test_wrong_types_raise_a_clear_error(value, kind):
    with pytest.raises(newsclean.InputError, match="takes str or bytes, not"):
        newsclean.Pipeline.default().run(value, kind=kind)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", ["auto", "text", "html"])
def test_every_kind_takes_bytearray_and_memoryview(kind):
    page = b"The ferry was late again on Monday, and commuters waited for an hour."
    expected = newsclean.clean(page, kind=kind).body
    assert expected  # not empty: the comparison below says something
    assert newsclean.clean(bytearray(page), kind=kind).body == expected
    assert newsclean.clean(memoryview(page), kind=kind).body == expected


def test_empty_input_gives_an_empty_article_with_a_warning():
    for empty in ("", b"", "   \n\n \t"):
        article = newsclean.clean(empty)
        assert article.body == ()
        assert article.warnings == ("empty input: no text to clean",)


def test_str_passes_through():
    assert decode("x").encoding == "str"
