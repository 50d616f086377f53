"""The credits filter's shortcuts give what the plain patterns give: the blocks it skips hold no
credit or caption, the labelled credit found only at sentence starts is the one a search of the
whole line finds, and the quick agency test agrees with the full one."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean.dates import DateReader
from newsclean.document import Decision, Document
from newsclean.filters.credits import CreditReader, Credits
from newsclean.language import LanguagePack, shipped_languages
from newsclean.normalize import split_blocks

from .generators import TOKENS

# Pieces of credits, captions and the sentences around them, in the shipped languages.
# fmt: off
PIECES = (
    *TOKENS,
    "Reuters", "AFP", "(AP Photo/Jane Roe)", "(AP Photo/Jane Roe, File)", "• AFP", "(Reuters)",
    "Foto:", "Photo :", "Bild:", "Crédit photo :", "Fotografía:", "Image caption ", "caption:",
    "Jane Roe, left, and Tom Reyes", ", right,", "Wednesday, Nov. 20, 2019.", "in 2019",
    "Photos by Lena Marsh hang in the gallery", "© Halyard Media Ltd 2025", "Lusa/Fim",
    "picture alliance/dpa", "EFE", "Agencia EFE", "ANSA", "LaPresse", "Σ", "ΣΟΦΙΑ", ". ", "… ",
    "! | ", "discoverer", "topic", "Getty", "GETTY IMAGES", "via", "Via", "|", "•", "·",
)
# fmt: on
LANGUAGES = shipped_languages()


def soup() -> st.SearchStrategy[str]:
    word = st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), max_size=6)
    return st.lists(st.sampled_from(PIECES) | word, max_size=40).map("".join)


def _reader(code: str) -> tuple[LanguagePack, CreditReader]:
    lang = LanguagePack.load(code)
    return lang, lang.derived("credit_reader", CreditReader.for_language)


def _every_segment(filt: Credits, doc: Document, lang: LanguagePack) -> list[Decision]:
    """The filter's rules tried on every segment of every block, no block skipped."""
    reader = lang.derived("credit_reader", CreditReader.for_language)
    dates = lang.derived("date_reader", DateReader.for_language)
    return [
        decision
        for i in range(len(doc))
        for seg in doc.segments(i)
        for decision in filt._segment(doc, lang, reader, dates, seg)
    ]


@pytest.mark.parametrize("code", LANGUAGES)
@settings(max_examples=60, deadline=None)
@given(
    blocks=st.lists(soup(), min_size=1, max_size=6),
    claim=st.tuples(st.integers(0, 5), st.integers(0, 60), st.integers(1, 30)),
)
def test_skipped_blocks_hold_no_credit(
    code: str, blocks: list[str], claim: tuple[int, int, int]
) -> None:
    lang, _ = _reader(code)
    doc = Document(split_blocks("\n\n".join(blocks)), code)
    # A claim by another filter on part of a block: claimed blocks are read segment by segment.
    index, start, size = claim
    if index < len(doc) and start < len(doc.blocks[index].text):
        end = min(start + size, len(doc.blocks[index].text))
        doc = doc.with_decisions("other", [Decision(index, "x", start, end)])
    filt = Credits()
    assert list(filt.label(doc, lang)) == _every_segment(filt, doc, lang)


@pytest.mark.parametrize("code", LANGUAGES)
@settings(max_examples=80, deadline=None)
@given(text=soup())
def test_labelled_credit_found_at_sentence_starts_is_the_searched_one(code: str, text: str) -> None:
    _, reader = _reader(code)
    fast, plain = reader.find_labelled(text), reader.labelled.search(text)
    assert (fast and (fast.span(), fast.groupdict())) == (
        plain and (plain.span(), plain.groupdict())
    )


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Photo: AFP", "AFP"),
        ("The minister in Paris. Photo: AFP", "AFP"),
        ("The minister in Paris. | Photo: AFP", "AFP"),
        ("The minister in Paris! • Credit: Jane Roe", "Jane Roe"),
        ("He said so… Image copyright PA Media Image caption Crowds on the quay", "PA Media"),
        ("Photos by lena marsh hang in the gallery.", None),  # no capital after "by"
    ],
)
def test_labelled_credit_examples(text: str, credit: str | None) -> None:
    _, reader = _reader("en")
    fast, plain = reader.find_labelled(text), reader.labelled.search(text)
    assert (fast and fast.span()) == (plain and plain.span())
    assert (fast and fast.group("credit").strip()) == credit


def _plain_agency_line(reader: CreditReader, text: str) -> bool:
    text = text.strip(" .()")
    if reader.agency_line.fullmatch(text) is None:
        return False
    pieces = [p.lower() for p in reader.pieces.split(text)]
    return any(p in reader.agencies for p in pieces) and not any(
        p in reader.not_names for p in pieces
    )


@pytest.mark.parametrize("code", LANGUAGES)
@settings(max_examples=80, deadline=None)
@given(text=soup())
def test_quick_agency_test_agrees_with_the_pattern(code: str, text: str) -> None:
    _, reader = _reader(code)
    assert reader.is_agency_line(text) == _plain_agency_line(reader, text)
    if _plain_agency_line(reader, text.strip(" \t|•·")):
        assert reader.may_be_agency_line(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("REX/Shutterstock", True),
        ("• AFP", True),
        ("(Reuters)", True),
        ("AFP via Getty Images", True),
        ("Lusa/Fim", False),  # "Fim" (end) names no one
        ("The photo agency Reuters said so.", False),
        ("Reuters reported the fall of the index.", False),
    ],
)
def test_agency_lines(text: str, expected: bool) -> None:
    lang = LanguagePack.load("pt" if "Lusa" in text else "en")
    reader = lang.derived("credit_reader", CreditReader.for_language)
    assert reader.is_agency_line(text.strip(" •")) is expected
    assert _plain_agency_line(reader, text.strip(" •")) is expected


def test_agency_left_alone_by_another_claim_is_read() -> None:
    lang, _ = _reader("en")
    doc = Document(split_blocks("The council met.\n\n3 May 2021 AFP"), "en")
    doc = doc.with_decisions("dates", [Decision(1, "published_date", 0, 10)])
    found = list(Credits().label(doc, lang))
    assert [(d.block, d.reason, d.values) for d in found] == [(1, "image_credit", ("AFP",))]
    assert found == _every_segment(Credits(), doc, lang)


@pytest.mark.parametrize("code", LANGUAGES)
@settings(max_examples=80, deadline=None)
@given(text=soup() | st.sampled_from(["(Reuters)", "• AFP.", "| EFE |", "(|Getty Images", "AP"]))
def test_an_agency_alone_is_told_by_its_stripped_name(code: str, text: str) -> None:
    """A free block without a joint passes the candidate test only when its text stripped of
    marks is a known agency: every such block that is an agency line passes it."""
    _, reader = _reader(code)
    assert reader.alone is not None  # no shipped agency starts or ends with a mark
    segment = text.strip(" \t|•·")
    if reader.is_agency_line(segment) and not reader._has_joint(text):
        assert text.strip(" \t|•·.()").lower() in reader.alone
        assert reader.may_be_agency_line(text)


@pytest.mark.parametrize("code", LANGUAGES)
@settings(max_examples=80, deadline=None)
@given(text=soup())
def test_label_triggers_alone_answer_as_the_pack_index(code: str, text: str) -> None:
    lang, reader = _reader(code)
    lowered = f" {text.lower()} "
    labels = ("credits", "labels")
    assert (labels in reader.label_triggers.keys(lowered)) == (
        labels in lang.trigger_index.keys(lowered)
    )
