"""The name reader's shortcuts (marks looked for before patterns, the first comma part read before
the rest is split, job titles looked up as one set) give what the plain reading gives, on lines
built from bylines, sentences and headlines in every shipped language."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import names as N
from newsclean.language import LanguagePack, shipped_languages
from newsclean.names import NameReader

# fmt: off
PIECES = (
    "By ", "Von ", "Por ", "Par ", "Di ", "Jane Doe", "Tom Reyes", "MARY CLARE JALONICK", "J.",
    "R.",
    "HR McMaster", " and ", " und ", " y ", " e ", " et ", " & ", ", ", "; ", " – ", " — ", " - ",
    " (Reuters)", " (avec AFP)", "(", ")", "Political Editor", "Senior Reporters", "reporter",
    "Staff", "Agencias", "Redação", " for the Courier", " in Kellsbury", "de Brasília", "da Lusa",
    "NWR Studio Kiel", "Reuters", "RTN", ".", "!", "?", "«", "»", '"', "the council said", "Monday",
    "Doppietta di Oggiano", "decisivo al 94'", " | ", "/", "•", "·", "\n", "  ", "Live Updates",
    "The", "the", "O’Brien", "d'Arc", "JR", "J.R.", "Ǆ", "ǅ", "Ⓐ", "Ꟁ", "ß", "İ", "\x1c", "\u00a0",
)
# fmt: on


def soup() -> st.SearchStrategy[str]:
    word = st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), max_size=6)
    return st.lists(st.sampled_from(PIECES) | word, max_size=14).map("".join)


def _plain_is_role(reader: NameReader, word: str) -> bool:
    word = word.lower().strip(".,")
    return word in reader.roles or (word.endswith("s") and word[:-1] in reader.roles)


def _plain_desk(reader: NameReader, text: str) -> bool:
    words = N._DESK_SPLIT.sub(" ", text).split()
    return (
        0 < len(words) <= N.MAX_OUTLET_WORDS + 2
        and all(w[:1].isupper() or w[:1].isdigit() for w in words)
        and any(w.lower().strip(".,") in reader.desks for w in words)
    )


def _plain_is_name(reader: NameReader, text: str, capitals: bool = False) -> bool:
    """A person's name read with the patterns: initials, else a name word (in capitals only with
    ``capitals``)."""
    words = text.split()
    if not 2 <= len(words) <= 5:
        return False
    for pos, word in enumerate(words):
        low = word.lower()
        if low in reader.not_names:
            return False
        if 0 < pos < len(words) - 1 and low in reader.particles and word.islower():
            continue
        if N._INITIALS.fullmatch(word):
            continue
        if not N._NAME_WORD.fullmatch(word):
            return False
        if not capitals and not any(c.islower() for c in word):
            return False
    return True


def _plain_names(
    reader: NameReader, text: str, capitals: bool = False, prefixed: bool = False
) -> list[str] | None:
    """The name-list reading without shortcuts: every pattern run, parts read in order."""
    text = N._BRACKETED_TAIL.sub("", text.strip(N._TRIM))
    if text[-1:] in ".!?" and not N._INITIALS.fullmatch(text.split()[-1] if text else ""):
        return None
    cut = reader.affiliation.search(text)
    if cut is not None:
        if len(text[cut.end() :].split()) > N._MAX_AFFILIATION_WORDS:
            return None
        text = text[: cut.start()]
    found: list[str] = []
    for k, part in enumerate(p.strip() for p in N._COMMA.split(text)):
        words = part.split()
        if not words:
            return None
        if any(_plain_is_role(reader, w) for w in words):
            break
        if k > 0 and words[0][:1].islower():
            if len(words) > N._PLACE_WORDS:
                return None
            break
        if k > 0 and (len(words) == 1 or N._outlet(words)):
            break
        pieces = reader.joiners.split(part)
        if not all(_plain_is_name(reader, name, capitals) for name in pieces):
            if k > 0 and prefixed:
                break
            return None
        found.extend(name.strip() for name in pieces)
    return found or None


@pytest.mark.parametrize("code", shipped_languages())
@settings(max_examples=150, deadline=None)
@given(text=soup(), capitals=st.booleans(), prefixed=st.booleans())
def test_names_read_as_the_plain_reading(
    code: str, text: str, capitals: bool, prefixed: bool
) -> None:
    reader = LanguagePack.load(code).derived("names", NameReader.for_language)
    expected = _plain_names(reader, text, capitals, prefixed)
    assert reader.names(text, capitals=capitals, prefixed=prefixed) == expected
    assert reader.desk(text) == _plain_desk(reader, text)
    for word in text.split():
        assert reader.is_role(word) == _plain_is_role(reader, word)
    for piece in (text, *text.split(",")):
        assert reader.is_name(piece, capitals=capitals) == _plain_is_name(reader, piece, capitals)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Doe and Tom Reyes, Political Editors", ["Jane Doe", "Tom Reyes"]),
        ("Jane Doe, Reuters", ["Jane Doe"]),
        ("Jane Doe - RTN", ["Jane Doe"]),
        ("Jane Doe (Reuters)", ["Jane Doe"]),
        ("Political Editor Jane Doe and Tom Reyes", None),
        ("Jane Doe said the council would meet on Monday, and Tom Reyes agreed", None),
        ("A plover sitting on eggs will get up, every time", None),
    ],
)
def test_name_lists(text: str, expected: list[str] | None) -> None:
    reader = LanguagePack.load("en").derived("names", NameReader.for_language)
    assert reader.names(text) == expected == _plain_names(reader, text)


@pytest.mark.parametrize("code", shipped_languages())
def test_a_line_with_nothing_unclaimed_is_no_desk(code: str) -> None:
    """The byline filter skips a header line claimed whole (its unclaimed text is empty): an
    empty line must read as no desk's byline and no names in every language."""
    reader = LanguagePack.load(code).derived("names", NameReader.for_language)
    assert not reader.desk("")
    assert reader.any_byline("") is None


@pytest.mark.parametrize("code", shipped_languages())
def test_a_line_not_opening_like_a_prefix_has_none(code: str) -> None:
    """The byline reading looks for a prefix only on a line whose first two characters (when
    ASCII) may open one: every prefix, in any case, opens with a pair in the set, and no line
    opening with another pair matches the prefix pattern."""
    pack = LanguagePack.load(code)
    reader = pack.derived("names", NameReader.for_language)
    pairs = [a + b for a in map(chr, range(32, 127)) for b in map(chr, range(32, 127))]
    for phrase in pack.words("byline", "prefixes"):
        for line in (phrase, phrase.upper(), phrase.title(), phrase.replace("'", "’")):
            line = f"{line} Jane Doe"
            assert reader.prefix.match(line) is not None
            assert line[:2] in reader.prefix_starts or not line[:2].isascii()
        for pair in pairs:
            if pair not in reader.prefix_starts:
                assert reader.prefix.match(pair + phrase[2:] + " Jane Doe") is None


@pytest.mark.parametrize("code", shipped_languages())
def test_joiners_are_words(code: str) -> None:
    """A name part of two words is not split at joiners: that holds while every joiner is a word
    of its own (a joiner of white space alone could stand between two words)."""
    for joiner in LanguagePack.load(code).words("byline", "joiners"):
        assert joiner.strip() and not any(c.isspace() for c in joiner.strip())


@pytest.mark.parametrize(
    "text",
    [
        "Jane " + "Doe" * 30,
        "Jane" * 25 + " Doe and Tom Reyes",
        " " * 78 + "Jane Doe and Tom Reyes",
        "Jane Doe" + " " * 75 + "and Tom Reyes, Reuters",
        "Jane Doe, " + "Tom Reyes, " * 10 + "Reporters",
        "Jane D,oe and Tom Reyes",
    ],
)
def test_long_lines_read_as_the_plain_reading(text: str) -> None:
    """The first two words are looked for in the first characters of a line, and in the whole
    line when they do not hold three words' starts."""
    reader = LanguagePack.load("en").derived("names", NameReader.for_language)
    for capitals in (False, True):
        assert reader.names(text, capitals=capitals) == _plain_names(reader, text, capitals)
