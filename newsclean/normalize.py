"""Text normalisation: pure ``str -> str`` steps, and the split of text into blocks.

Each step is small and cheap on clean text; the costly one (ftfy's mojibake repair) runs only on the
paragraphs that show the byte pattern of mojibake.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from itertools import pairwise
from typing import Literal

import ftfy

from .document import Block

# A UTF-8 sequence misread as cp1252/Latin-1: a lead byte (U+00C2..U+00F4) followed by as many
# continuation bytes (0x80..0xBF, as cp1252 shows them) as it announces ("Ã©", "â€™"). "café’s"
# has a lead-like "é" but only one continuation-like "’" after it, so it is left alone.
_CONTINUATION = (
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
# The pattern starts with one class of lead bytes, then looks back at which lead it was: the
# engine skips ahead to a lead byte, several times faster than trying three alternatives at each
# character.
_MOJIBAKE = re.compile(
    f"[\u00c2-\u00f4](?:(?<=[\u00c2-\u00df]){_CONTINUATION}"
    f"|(?<=[\u00e0-\u00ef]){_CONTINUATION}{{2}}|(?<=[\u00f0-\u00f4]){_CONTINUATION}{{3}})"
)
# What any such sequence shows in the UTF-8 bytes of the text: a lead character (U+00C2..U+00F4,
# bytes C3 82..C3 B4) then the first byte of a continuation character (C2 for U+0080..U+00BF, C5
# for "Œ", "Š"…, C6 for "ƒ", CB for "ˆ", "˜", E2 for the dashes, quotes, "€" and "™"). Text
# without it has no mojibake; the engine finds it by jumping from one C3 byte to the next, several
# times faster than trying the lead class at every character of the text.
_MOJIBAKE_BYTES = re.compile(b"\xc3[\x82-\xb4][\xc2\xc5\xc6\xcb\xe2]")
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    uncurl_quotes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    fix_line_breaks=False,
    remove_control_chars=False,
    normalization="NFC",
    explain=False,
)
# Zero-width and invisible format characters (kept: ZWJ/ZWNJ, which some scripts need).
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad\u180e]")
# C0/C1 controls except tab and newline, plus lone surrogates.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# White space other than a plain space or a newline.
_ODD_SPACE = re.compile(
    "[\t\x0b\x0c\r\x1c-\x1f\x85\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)
_RUNS = re.compile(r" {2,}")
# A line break with a space after or before it. Written to start with the line break, the
# pattern lets the engine skip from one line break to the next, which is several times faster
# than looking for either pair in the text (spaces are everywhere).
_PADDED_LINE = re.compile("\n(?: |(?<= \n))")
_LINE_BREAKS = re.compile("\r\n?|[\u2028\u2029\x85]")
_ANY_ODD_CHARACTER = re.compile(
    "[\r\u2028\u2029\x85\u200b\u2060\ufeff\u00ad\u180e"
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]"
)
_BLANK_LINE = re.compile(r"(\n[^\S\n]*\n)")  # captured: split() keeps it


def fix_mojibake(text: str) -> str:
    """Repair UTF-8 read as cp1252/Latin-1 with ftfy, only in paragraphs that show it.

    >>> fix_mojibake("It doesnâ€™t matter.")
    'It doesn’t matter.'
    >>> fix_mojibake("Caf\u00e9 “quotes” stay as they are, and the café’s sign too.")
    'Café “quotes” stay as they are, and the café’s sign too.'
    """
    if not _may_be_mojibake(text):
        return text
    parts = text.split("\n")
    for i, part in enumerate(parts):
        if _MOJIBAKE.search(part):
            parts[i] = ftfy.fix_text(part, _FTFY_CONFIG)
    return "\n".join(parts)


def to_nfc(text: str) -> str:
    """Compose characters to Unicode NFC.

    >>> to_nfc("Cafe\u0301") == "Caf\u00e9"
    True
    """
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def clean_characters(text: str) -> str:
    r"""Drop control and zero-width characters, unify line breaks (spaces: :func:`squeeze_spaces`).

    >>> clean_characters("a\u00a0b\u200bc\x07d\r\ne")
    'a\xa0bcd\ne'
    """
    return _clean_characters(text, _printable_lines(text))


def _clean_characters(text: str, printable: bool) -> str:
    """:func:`clean_characters`, told whether ``text`` is :func:`_printable_lines`."""
    # Most text needs none of these fixes: one scan for any of them is cheaper than three.
    if printable or _ANY_ODD_CHARACTER.search(text) is None:
        return text
    if _LINE_BREAKS.search(text):
        text = _LINE_BREAKS.sub("\n", text)
    if not text.isascii() and _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    return text


def _printable_lines(text: str) -> bool:
    """True when ``text`` has nothing but printable characters, spaces and line breaks: then it
    has none of the odd characters or spaces these steps replace (all are unprintable), which
    this tells far faster than a pattern can."""
    return text.replace("\n", " ").isprintable()


def squeeze_spaces(text: str) -> str:
    """Collapse runs of white space within lines to one space and strip each line.

    >>> squeeze_spaces("  a \\t b  \\n\\tc ")
    'a b\\nc'
    """
    return _squeeze_spaces(text, _printable_lines(text))


def _squeeze_spaces(text: str, printable: bool) -> str:
    """:func:`squeeze_spaces`, told whether ``text`` is :func:`_printable_lines`."""
    if not printable and _ODD_SPACE.search(text):
        text = _ODD_SPACE.sub(" ", text)
    if "  " in text:
        text = _RUNS.sub(" ", text)
    if _PADDED_LINE.search(text) or text[:1] == " " or text[-1:] == " ":
        text = "\n".join(line.strip(" ") for line in text.split("\n"))
    return text


def normalize(text: str) -> str:
    """Apply every normalisation step in order: mojibake, NFC, characters, spaces.

    Dropping control characters or odd spaces can bring two halves of a mojibake sequence together,
    so while a round changes the text and leaves something that looks like mojibake, the steps run
    again (at most :data:`MAX_ROUNDS` times): ``normalize(normalize(x)) == normalize(x)``.
    """
    return run_normalizers(text, tuple(NORMALIZERS))[0]


MAX_ROUNDS = 3


def run_normalizers(text: str, names: tuple[str, ...]) -> tuple[str, bool]:
    """Apply the named normalisers in order — again while a round changes the text and leaves a
    mojibake signature in it — and return the text and whether mojibake was repaired."""
    repaired = False
    known, printable = None, False  # the text last looked at by _printable_lines, and its answer
    for _ in range(MAX_ROUNDS):
        start = text
        for name in names:
            told = _TOLD_PRINTABLE.get(name)
            if told is None:
                out = NORMALIZERS[name](text)
            else:  # a step that asks whether the text is printable: asked once per text
                if text is not known:
                    known, printable = text, _printable_lines(text)
                out = told(text, printable)
            if name == "fix_mojibake" and out != text:
                repaired = True
            text = out
        if text == start or "fix_mojibake" not in names or not _may_be_mojibake(text):
            break
    return text, repaired


def _may_be_mojibake(text: str) -> bool:
    if text.isascii():
        return False
    # "surrogatepass": a lone surrogate encodes (to ED xx xx), so the check never fails.
    if _MOJIBAKE_BYTES.search(text.encode("utf-8", "surrogatepass")) is None:
        return False
    return _MOJIBAKE.search(text) is not None


SplitMode = Literal["auto", "blank", "line"]


def split_blocks(text: str, mode: SplitMode = "auto") -> tuple[Block, ...]:
    """Split normalised text into blocks.

    ``line``: every non-empty line is a block. ``blank``: blocks are separated by blank lines, and
    the lines inside one are joined by a space (hard-wrapped text). ``auto``: blank-line paragraphs
    when the text has blank lines, but a paragraph whose lines are short, separate items (a credit
    line under a caption, a list) is split into its lines; text with no blank line is split by line.

    >>> [b.text for b in split_blocks("Title\\n\\nFirst para.\\nCredit: PA\\n\\nLast.")]
    ['Title', 'First para.', 'Credit: PA', 'Last.']
    """
    if mode not in ("auto", "blank", "line"):
        raise ValueError(f"unknown split mode {mode!r}; use 'auto', 'blank' or 'line'")
    blocks: list[Block] = []
    # Chunks at the even places, the blank lines between them at the odd ones.
    pieces = _BLANK_LINE.split(text) if mode != "line" else [text]
    if len(pieces) == 1 and mode != "blank":
        _add_lines(blocks, text, 0)
        return tuple(blocks)
    pieces.append("")  # no blank line after the last chunk
    pos = 0
    for chunk, blank in zip(pieces[::2], pieces[1::2], strict=True):
        if "\n" not in chunk:  # one line: the usual paragraph
            stripped = chunk.strip()
            if stripped:
                blocks.append(Block(len(blocks), stripped, pos + len(chunk) - len(chunk.lstrip())))
        elif mode == "blank" or _is_wrapped(chunk):
            if chunk.strip():
                lead = len(chunk) - len(chunk.lstrip())
                joined = " ".join(chunk.split("\n")).strip()
                # Joining keeps the length (newline -> space), so offsets stay valid.
                blocks.append(Block(len(blocks), joined, pos + lead))
        else:
            _add_lines(blocks, chunk, pos)
        pos += len(chunk) + len(blank)
    return tuple(blocks)


def _add_lines(blocks: list[Block], text: str, offset: int) -> None:
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            blocks.append(Block(len(blocks), stripped, offset + pos + lead))
        pos += len(line) + 1


_WRAP_FILL = 0.9  # a wrapped line plus the next word fills at least this share of the width
_WRAP_MIN = 50  # a hard-wrapped paragraph's lines are at least this long, but for the last


def _is_wrapped(chunk: str) -> bool:
    """True when a multi-line chunk looks like one hard-wrapped paragraph."""
    lines = [line for line in chunk.split("\n") if line.strip()]
    if len(lines) < 2:
        return True
    width = max(len(line.rstrip()) for line in lines)
    for line, after in pairwise(lines):
        head = line.rstrip()
        if len(head) < _WRAP_MIN or head[-1:] in '.!?:"”':
            return False
        # A wrapper breaks a line only when the next word would not fit: "Title\nA long
        # first paragraph …" is a headline over a paragraph, not one wrapped paragraph.
        next_word = after.split(maxsplit=1)[0] if after.strip() else ""
        if len(head) + 1 + len(next_word) < _WRAP_FILL * width:
            return False
    return True


NORMALIZERS: dict[str, Callable[[str], str]] = {
    "fix_mojibake": fix_mojibake,
    "to_nfc": to_nfc,
    "clean_characters": clean_characters,
    "squeeze_spaces": squeeze_spaces,
}
"""The text normalisers a pipeline can name, in their usual order."""
# The normalisers that first ask whether the text is printable, as functions told the answer:
# the default steps ask it twice of the same text (clean_characters leaves most text as it is).
_TOLD_PRINTABLE: dict[str, Callable[[str, bool], str]] = {
    "clean_characters": _clean_characters,
    "squeeze_spaces": _squeeze_spaces,
}
