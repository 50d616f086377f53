"""Normalisation and block splitting: mojibake repaired only where it shows, NFC, invisible and
control characters dropped, odd spaces and line breaks unified, paragraphs split the way the input
was written."""

from __future__ import annotations

import importlib
import re
import sys
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsclean
from newsclean import Pipeline, normalize
from newsclean.normalize import (
    NORMALIZERS,
    SplitMode,
    clean_characters,
    fix_mojibake,
    split_blocks,
    squeeze_spaces,
    to_nfc,
)

from .helpers import text_of

MOJIBAKE_WARNING = "repaired mojibake (text decoded with the wrong encoding)"
LONG = (
    "The café on Mill Lane reopened on Saturday after a six-month refit, and its owner said the "
    "queue reached the corner of Dock Road by nine o'clock."
)

# --- mojibake ------------------------------------------------------------------------------------

MOJIBAKE = [
    pytest.param("It doesnâ€™t matter.", "It doesn’t matter.", id="apostrophe"),
    pytest.param("The cafÃ© reopened.", "The café reopened.", id="e-acute"),
    pytest.param("He paid Â£5 for a loaf.", "He paid £5 for a loaf.", id="pound-sign"),
    pytest.param("A naÃ¯ve plan â€” or not.", "A naïve plan — or not.", id="diaeresis-and-dash"),
    pytest.param("Ã‰cole Saint-Jean", "École Saint-Jean", id="capital-e-acute"),
    pytest.param("Flights to SÃ£o Paulo", "Flights to São Paulo", id="a-tilde"),
]


@pytest.mark.parametrize(("broken", "fixed"), MOJIBAKE)
def test_mojibake_is_repaired(broken, fixed):
    assert fix_mojibake(broken) == fixed
    assert normalize(broken) == fixed


def test_mojibake_repair_is_reported_as_a_warning():
    article = newsclean.clean(text_of("The cafÃ© on Mill Lane reopened on Saturday.", LONG))
    assert article.body == ("The café on Mill Lane reopened on Saturday.", LONG)
    assert article.warnings == (MOJIBAKE_WARNING,)


def test_only_the_paragraph_with_mojibake_is_repaired():
    clean_line = "Her shop sign says “Café” — in gold letters, déjà vu for older residents…"
    text = f"{clean_line}\nThe ownerâ€™s mother opened it in 1962."
    assert fix_mojibake(text) == f"{clean_line}\nThe owner’s mother opened it in 1962."


LEGITIMATE = [
    pytest.param("The sign simply said “Café”.", id="accent-before-closing-quote"),
    pytest.param("The café—a former bank—reopened.", id="accent-before-em-dash"),
    pytest.param("a sense of déjà…", id="accent-before-ellipsis"),
    pytest.param("They shouted “Olé!” and “Touché”", id="accents-and-quotes"),
    pytest.param("L’École des Beaux-Arts", id="capital-accent"),
    pytest.param("Nestlé™ products", id="accent-before-trademark"),
    pytest.param("Ângela Souza and Sørensen", id="portuguese-and-danish"),
    pytest.param("Αθήνα, Київ, 東京, नमस्ते", id="other-scripts"),
]


@pytest.mark.parametrize("text", LEGITIMATE)
def test_correct_text_is_left_as_it_is(text):
    assert fix_mojibake(text) == text
    assert normalize(text) == text


@pytest.mark.parametrize("text", LEGITIMATE)
def test_correct_text_gives_no_mojibake_warning(text):
    article = newsclean.clean(text_of(LONG, text))
    assert article.body == (LONG, text)
    assert MOJIBAKE_WARNING not in article.warnings


# --- Unicode normal form -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("decomposed", "composed"),
    [
        ("Cafe\u0301", "Caf\u00e9"),
        ("Zu\u0308rich", "Z\u00fcrich"),
        ("Sa\u0303o Paulo", "S\u00e3o Paulo"),
        ("A\u030angstro\u0308m", "\u00c5ngstr\u00f6m"),
    ],
    ids=["e-acute", "u-umlaut", "a-tilde", "two-marks"],
)
def test_text_is_composed_to_nfc(decomposed, composed):
    assert to_nfc(decomposed) == composed
    assert unicodedata.is_normalized("NFC", normalize(decomposed))
    article = newsclean.clean(text_of(f"{decomposed} is on the map.", LONG))
    assert article.body[0] == f"{composed} is on the map."


def test_nfc_leaves_composed_and_ascii_text_alone():
    assert to_nfc("Café in Zürich") == "Café in Zürich"
    assert to_nfc("plain ascii") == "plain ascii"


# --- characters ----------------------------------------------------------------------------------

SPACES = [
    pytest.param("Mill\u00a0Lane", "Mill Lane", id="no-break-space"),
    pytest.param("Mill\u202fLane", "Mill Lane", id="narrow-no-break-space"),
    pytest.param("Mill\u2009Lane", "Mill Lane", id="thin-space"),
    pytest.param("Mill\u2003Lane", "Mill Lane", id="em-space"),
    pytest.param("Mill\u3000Lane", "Mill Lane", id="ideographic-space"),
    pytest.param("Mill\t\tLane", "Mill Lane", id="tabs"),
    pytest.param("Mill \u00a0 \t Lane", "Mill Lane", id="mixed-run"),
]


@pytest.mark.parametrize(("raw", "expected"), SPACES)
def test_odd_spaces_become_one_plain_space(raw, expected):
    assert normalize(raw) == expected
    article = newsclean.clean(text_of(f"The shop on {raw} reopened.", LONG))
    assert article.body[0] == f"The shop on {expected} reopened."


INVISIBLE = [
    pytest.param("re\u200bopened", id="zero-width-space"),
    pytest.param("re\u2060opened", id="word-joiner"),
    pytest.param("\ufeffreopened", id="byte-order-mark"),
    pytest.param("re\u00adopened", id="soft-hyphen"),
    pytest.param("re\u180eopened", id="mongolian-vowel-separator"),
]


@pytest.mark.parametrize("raw", INVISIBLE)
def test_invisible_characters_are_dropped(raw):
    assert clean_characters(raw) == "reopened"
    assert normalize(f"The café {raw} today.") == "The café reopened today."


def test_joiners_that_scripts_need_are_kept():
    text = "क्\u200dष and می\u200cخواهم and 👩\u200d🚒"
    assert clean_characters(text) == text
    assert normalize(text) == text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("bell\x07 rang", "bell rang"),
        ("escape\x1b[0m code", "escape[0m code"),
        ("delete\x7f key", "delete key"),
        ("c1\x9b control", "c1 control"),
        ("null\x00 byte", "null byte"),
        ("lone\ud800 surrogate", "lone surrogate"),
    ],
    ids=["bell", "escape", "delete", "c1", "nul", "surrogate"],
)
def test_control_characters_are_dropped(raw, expected):
    assert clean_characters(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("one\r\ntwo", "one\ntwo"),
        ("one\rtwo", "one\ntwo"),
        ("one\u2028two", "one\ntwo"),
        ("one\u2029two", "one\ntwo"),
        ("one\x85two", "one\ntwo"),
    ],
    ids=["crlf", "cr", "line-separator", "paragraph-separator", "next-line"],
)
def test_line_breaks_are_unified(raw, expected):
    assert clean_characters(raw) == expected


def test_tab_and_newline_survive_clean_characters():
    assert clean_characters("a\tb\nc") == "a\tb\nc"


# --- white space ---------------------------------------------------------------------------------


def test_spaces_are_squeezed_and_lines_stripped():
    assert squeeze_spaces("  lots   of \t spaces  \n\t indented ") == "lots of spaces\nindented"


def test_squeezing_keeps_blank_lines():
    assert squeeze_spaces("one\n  \t \ntwo") == "one\n\ntwo"


def test_normalize_runs_every_step_and_is_idempotent():
    raw = " The cafÃ©\u00a0re\u200bopened\x07 on Mill\tLane.\r\n\r\nCafe\u0301 open  "
    once = normalize(raw)
    assert once == "The café reopened on Mill Lane.\n\nCafé open"
    assert normalize(once) == once


def test_the_pipeline_runs_the_normalisers_it_names():
    assert Pipeline.default().normalizers == tuple(NORMALIZERS)
    text = f"The shop on Mill\u00a0Lane reopened.\n\n{LONG}"
    only_nfc = Pipeline.default(normalizers=("to_nfc",))
    assert only_nfc.clean(text).body[0] == "The shop on Mill\u00a0Lane reopened."
    assert newsclean.clean(text).body[0] == "The shop on Mill Lane reopened."


def test_removal_offsets_point_into_the_normalised_text():
    text = "We\u00a0use cookies.\r\n\r\nThe caf\u00e9 reopened on Saturday after a long refit."
    result = Pipeline.default().run(text)
    assert result.text == ("We use cookies.\n\nThe café reopened on Saturday after a long refit.")
    [removal] = result.article.removed
    assert (removal.filter, removal.reason) == ("prompts", "cookie_prompt")
    assert result.text[removal.start : removal.end] == removal.text == "We use cookies."


@pytest.mark.parametrize("text", ["", "   ", "\n\n \t \n", "\u200b\ufeff"], ids=repr)
def test_empty_input_gives_an_empty_article(text):
    article = newsclean.clean(text)
    assert article.body == ()
    assert article.removed == ()
    assert article.warnings == ("empty input: no text to clean",)


# --- paragraph splitting -------------------------------------------------------------------------

FIRST = "The café on Mill Lane reopened on Saturday after a six-month refit."
SECOND = "Its owner said the queue reached the corner of Dock Road by nine o'clock."
THIRD = "The café will now open on Sundays as well."


@pytest.mark.parametrize(
    "separator",
    ["\n\n", "\n\n\n\n", "\n \t \n", "\r\n\r\n", "\u2029"],
    ids=["blank-line", "several-blank-lines", "blank-line-with-spaces", "crlf", "para-sep"],
)
def test_blank_lines_separate_paragraphs(separator):
    article = newsclean.clean(separator.join((FIRST, SECOND, THIRD)))
    assert article.body == (FIRST, SECOND, THIRD)


def test_single_newlines_without_blank_lines_split_into_lines():
    article = newsclean.clean("\n".join((FIRST, SECOND, THIRD)))
    assert article.body == (FIRST, SECOND, THIRD)


def test_hard_wrapped_paragraph_is_joined():
    wrapped = (
        "The café on Mill Lane reopened on Saturday after a six-month\n"
        "refit, and its owner said the queue reached the corner of Dock\n"
        "Road by nine o'clock."
    )
    article = newsclean.clean(text_of(wrapped, THIRD))
    assert article.body == (
        "The café on Mill Lane reopened on Saturday after a six-month refit, and its owner said "
        "the queue reached the corner of Dock Road by nine o'clock.",
        THIRD,
    )


def test_a_headline_over_its_first_paragraph_is_not_taken_for_wrapped_text():
    """A wrapper breaks a line only where the next word would not fit; a headline line over a
    long paragraph line (as some scrapers print them, with no blank line) is two blocks."""
    headline = "House where the mayor was born will become a police station, council says"
    lead = (
        "KELLSBURY — The house where the mayor was born will be turned into a police station,"
        " the council said on Tuesday, after years of debate about its future."
    )
    blocks = newsclean.Pipeline.default().run(text_of(f"{headline}\n{lead}", THIRD)).document
    assert [b.text for b in blocks.blocks] == [headline, lead, THIRD]


def test_wrapped_text_at_any_width_is_joined():
    words = (
        "The harbour bridge reopened on Friday after six months of repairs, and the " * 4
    ).split()
    for width in (60, 72, 80, 100):  # narrower than _WRAP_MIN (50) is read as lines
        lines, line = [], ""
        for word in words:
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines.append(line)
        article = newsclean.clean(
            text_of("\n".join(lines), THIRD), pipeline=newsclean.Pipeline.default()
        )
        assert article.body[0] == " ".join(words), width


def test_short_separate_lines_in_a_paragraph_are_split():
    text = text_of("On the new menu:\nSourdough toast\nRye and caraway loaf\nCinnamon buns", THIRD)
    article = newsclean.clean(text)
    assert article.body == (
        "On the new menu:",
        "Sourdough toast",
        "Rye and caraway loaf",
        "Cinnamon buns",
        THIRD,
    )


def test_sentences_on_separate_lines_are_not_joined():
    text = text_of(f"{FIRST}\n{SECOND}", THIRD)
    assert newsclean.clean(text).body == (FIRST, SECOND, THIRD)


def test_split_modes():
    text = "The café on Mill Lane reopened on Saturday after a\nsix-month refit.\n\nShort one."
    assert [b.text for b in split_blocks(text, "auto")] == [
        "The café on Mill Lane reopened on Saturday after a six-month refit.",
        "Short one.",
    ]
    assert [b.text for b in split_blocks(text, "line")] == [
        "The café on Mill Lane reopened on Saturday after a",
        "six-month refit.",
        "Short one.",
    ]
    lines = "Sourdough toast\nRye loaf"
    assert [b.text for b in split_blocks(lines, "blank")] == ["Sourdough toast Rye loaf"]
    assert newsclean.clean(lines, pipeline=Pipeline.default(split="blank")).body == (
        "Sourdough toast Rye loaf",
    )
    assert newsclean.clean(lines, pipeline=Pipeline.default(split="line")).body == (
        "Sourdough toast",
        "Rye loaf",
    )


def test_block_offsets_point_into_the_text():
    text = "First.\n\n\n  Second line\n\nThird."
    blocks = split_blocks(squeeze_spaces(text))
    normalised = squeeze_spaces(text)
    assert [b.index for b in blocks] == [0, 1, 2]
    for block in blocks:
        assert normalised[block.start : block.start + len(block.text)] == block.text


def test_unknown_split_mode_is_refused():
    with pytest.raises(ValueError, match="unknown split mode"):
        split_blocks("text", "sideways")  # type: ignore[arg-type]


# --- the fast checks agree with the plain statements ----------------------------------------------


# The module (the package exports a function called normalize, which hides the module's name).
normalising = importlib.import_module("newsclean.normalize")


def _continuation_characters() -> list[str]:
    """Every character the mojibake pattern reads as a continuation byte shown as cp1252."""
    one = re.compile(normalising._CONTINUATION)
    return [c for c in map(chr, range(sys.maxunicode + 1)) if one.fullmatch(c)]


def test_the_byte_check_sees_the_start_of_every_mojibake_sequence():
    # Every sequence the pattern finds begins with a lead character and a continuation one: the
    # byte check (which rules out the pattern's slower search) must see each such pair.
    continuations = _continuation_characters()
    assert "\u2019" in continuations and "\u00a9" in continuations and "e" not in continuations
    for lead in map(chr, range(0xC2, 0xF5)):
        for continuation in continuations:
            encoded = (lead + continuation).encode("utf-8")
            assert normalising._MOJIBAKE_BYTES.search(encoded), (lead, continuation)


def test_the_byte_check_passes_over_accented_text():
    # What it is for: correct French, Spanish or German text rarely shows the byte pattern.
    text = "L'été à Besançon, año nuevo en España, Bürger über Brücken"
    assert normalising._MOJIBAKE_BYTES.search(text.encode("utf-8")) is None
    assert fix_mojibake(text) == text


@given(st.text(alphabet="aé Ã©â€™ð\u0178\u2122\u00c2\u00df\u00f4\u00bf\u0080\ud800\n", max_size=30))
def test_the_mojibake_check_agrees_with_the_pattern(text: str) -> None:
    plain = not text.isascii() and normalising._MOJIBAKE.search(text) is not None
    assert normalising._may_be_mojibake(text) == plain


def _squeezed_plainly(text: str) -> str:
    lines = (normalising._ODD_SPACE.sub(" ", line) for line in text.split("\n"))
    return "\n".join(re.sub(" {2,}", " ", line).strip(" ") for line in lines)


@given(st.text(alphabet="ab .\n\t\u00a0\u2003\r", max_size=40))
def test_squeezing_agrees_with_its_plain_statement(text: str) -> None:
    assert squeeze_spaces(text) == _squeezed_plainly(text)


@given(
    st.lists(st.sampled_from(["a", "b c", " ", "\n", "\t", ".", "x" * 55]), max_size=30).map(
        "".join
    ),
    st.sampled_from(["auto", "blank", "line"]),
)
def test_blocks_are_the_text_in_order(text: str, mode: SplitMode) -> None:
    # Every block is its stretch of the text (a joined paragraph with spaces for its line breaks),
    # the blocks come in order without overlapping, and no word of the text is lost.
    blocks = split_blocks(text, mode)
    assert [b.index for b in blocks] == list(range(len(blocks)))
    end = 0
    for block in blocks:
        assert block.start >= end
        assert text[block.start : block.start + len(block.text)].replace("\n", " ") == block.text
        end = block.start + len(block.text)
    assert " ".join(b.text for b in blocks).split() == text.split()
