"""Image credits and captions: credits lifted into ``image_credits``, captions removed."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import regex

from ..dates import DateReader
from ..document import Decision, Document, Segment
from ..language import LanguagePack
from ..registry import register_filter
from ..text import SHORT_LINE, has_quote, looks_like_name, word_count
from ..triggers import Key, TriggerIndex
from ._labelled import connectors
from .base import Filter

_CREDIT_WORDS = 10
_YEAR = regex.compile(r"\b(?:19|20)\d\d\b")
_YEAR_EDGE = regex.compile(r"^(?:19|20)\d\d\b|\b(?:19|20)\d\d\W*$")  # "2024 X", "X 2024"
_TAIL = 160  # a glued credit is looked for in the last characters of a long paragraph
_LABELS = ("credits", "labels")  # the pattern table of credit labels


@dataclass(frozen=True)
class CreditReader:
    """The compiled credit patterns of one language."""

    labelled: regex.Pattern[str]
    boxed: regex.Pattern[str]
    boxed_slash: regex.Pattern[str]
    caption_start: regex.Pattern[str]
    positional: regex.Pattern[str]
    agency_line: regex.Pattern[str]
    pieces: regex.Pattern[str]
    agencies: frozenset[str]
    triggers: TriggerIndex | None
    """The pack's trigger words, when the credit labels have some (a line has a label only if
    it has one of them)."""
    unpadded_triggers: bool
    """True when no trigger word of the credit labels starts or ends with white space."""
    connectors: frozenset[str]
    not_names: frozenset[str]

    @classmethod
    def for_language(cls, lang: LanguagePack) -> CreditReader:
        """Build the credit patterns from the pack's ``[credits]`` data."""
        label = lang.pattern("credits", "labels").pattern
        caption = lang.pattern("credits", "caption").pattern
        credit = r"(?P<credit>[^()\n]{1,120}?)"
        agencies = sorted(lang.words("credits", "agencies"), key=len, reverse=True)
        agency = "|".join(regex.escape(a) for a in agencies) or "(?!)"
        person = r"\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}"
        piece = rf"(?:{agency}|{person})"
        # "(AP Photo/Alan Diaz, File)": an archive picture.
        filed = "|".join(regex.escape(w) for w in lang.words("credits", "file_words")) or "(?!)"
        # "AFP via Getty Images": the words that join credited names (common.toml has "via").
        via = "|".join(regex.escape(j) for j in lang.words("credits", "joiners")) or "(?!)"
        join = rf"\s*/\s*|\s+\|\s+|\s+(?:{via})\s+"
        return cls(
            # "Credit: PA", "Image copyright X Image caption Y", at the start of a line or sentence.
            labelled=regex.compile(
                rf"(?:^|(?<=[.!?…]\s)|(?<=[.!?…]\s[|•·]\s))\(?\s*(?:{label})\s*{credit}\s*\)?"
                rf"(?:\s*(?P<caption>(?:{caption}).*))?$",
                regex.IGNORECASE,
            ),
            # "(Photo: Getty Images)" anywhere, ending the line.
            boxed=regex.compile(rf"\(\s*(?:{label})\s*{credit}\s*\)\W*$", regex.IGNORECASE),
            # "(AP Photo/David Zalubowski)", "(Jane Roe/Getty Images)": a credit in brackets
            # with no label, an agency and a person joined by a slash, ending the line.
            boxed_slash=regex.compile(
                rf"\(\s*(?P<credit>(?:{agency})\s*/\s*{person}(?:\s*/\s*{piece})*"
                rf"|{person}\s*/\s*(?:{agency})(?:\s*/\s*{piece})*)"
                rf"(?:,\s*(?:{filed}))?\s*\)\W*$"
            ),
            # The label is a word of its own: "Bildunterschriften hat er nie geschrieben" is no
            # caption.
            caption_start=regex.compile(rf"(?:{caption})(?!\w)\s*\S", regex.IGNORECASE),
            positional=lang.pattern("credits", "positional"),
            # "REX/Shutterstock", "Jane Roe/Getty Images", "AFP via Getty Images",
            # "Jane Roe | Bloomberg | Getty Images".
            agency_line=regex.compile(rf"(?:{piece})(?:(?:{join}){piece})*"),
            pieces=regex.compile(join),
            agencies=frozenset(a.lower() for a in agencies),
            triggers=lang.trigger_index if lang.triggers(*_LABELS) else None,
            unpadded_triggers=all(w == w.strip() for w in lang.triggers(*_LABELS) or ()),
            connectors=connectors(lang),
            not_names=frozenset(w.lower() for w in lang.words("names", "not_names")),
        )

    def is_agency_line(self, text: str) -> bool:
        """True when ``text`` is only a credit such as "REX/Shutterstock" naming a known agency."""
        text = text.strip(" .()")
        if self.agency_line.fullmatch(text) is None:
            return False
        pieces = [p.lower() for p in self.pieces.split(text)]
        # "Lusa/Fim" closes a dispatch ("Fim": end): a word that names no one is no credit.
        return any(p in self.agencies for p in pieces) and not any(
            p in self.not_names for p in pieces
        )


@register_filter
@dataclass(frozen=True)
class Credits(Filter):
    """Lift image credits ("Credit: PA", "REX/Shutterstock", "(Photo: Getty Images)",
    "Image copyright PA Media") into ``image_credits``. A short line that carries a credit is a
    caption and is removed whole; a credit glued to the end of a long paragraph is cut off and the
    paragraph stays."""

    name = "credits"
    description = "image credits and captions"
    reasons = {
        "image_credit": "an image credit line, lifted into `image_credits`",
        "image_caption": "an image caption with its credit (credit lifted into `image_credits`)",
        "glued_credit": "a credit glued to the end of a paragraph, cut off and lifted",
    }

    caption_words: int = 25
    """A line of at most this many words that carries a credit is a caption; longer, a paragraph…"""
    dated_caption_words: int = 60
    """…unless it is one sentence ending with a date before the credit, as news photos' captions
    are ("The minister at her press conference in Paris on 13 March 2019. Photo: AFP")."""
    boxed_caption_words: int = 60
    """A paragraph of at most this many words ending with a bracketed agency-and-person credit
    ("(AP Photo/Jane Roe)") is a caption."""

    def label(self, doc: Document, lang: LanguagePack) -> Iterable[Decision]:
        """Claim credit lines, captions and glued credits."""
        reader = lang.derived("credit_reader", CreditReader.for_language)
        dates = lang.derived("date_reader", DateReader.for_language)
        for block in doc.blocks:
            for seg in doc.segments(block.index):
                yield from self._segment(doc, lang, reader, dates, seg)

    def _segment(
        self,
        doc: Document,
        lang: LanguagePack,
        reader: CreditReader,
        dates: DateReader,
        seg: Segment,
    ) -> Iterator[Decision]:
        # Counted once for both readings (a whole block's count is known).
        block = doc.blocks[seg.block]
        words = block.words if seg.text == block.text else word_count(seg.text)
        found = list(self._credited(doc, reader, dates, seg, words))
        if found:
            yield from found
        elif words <= self.boxed_caption_words and self._uncredited_caption(
            lang, reader, dates, seg.text, doc.cues.keys(seg.block, lang.trigger_index)
        ):
            yield Decision(seg.block, "image_caption", seg.start, seg.end)

    def _uncredited_caption(
        self,
        lang: LanguagePack,
        reader: CreditReader,
        dates: DateReader,
        text: str,
        keys: frozenset[Key],
    ) -> bool:
        """A caption with no credit (of at most ``boxed_caption_words`` words, which the caller
        checks): labelled as one ("Image caption Assange gestures …"), or placing people in a
        photo and dating it with a full date ("… Esper, left, and … shake hands in Hanoi,
        Wednesday, Nov. 20, 2019."; a sentence with a bare year, "Jane Roe, left, and Tom Reyes
        founded the company in 2019 after …", is the story's). A quotation is never one.
        (``keys``: the trigger-index keys of ``text``'s block, which rule out the caption and
        position patterns on most lines.)"""
        caption = (
            lang.may_match("credits", "caption", keys)
            and reader.caption_start.match(text) is not None
        ) or (
            lang.may_match("credits", "positional", keys)
            and reader.positional.search(text) is not None
            and any(dates.ends_with_date(text[: m.end()]) for m in _YEAR.finditer(text))
        )
        return bool(caption) and not has_quote(text)

    def _credited(
        self, doc: Document, reader: CreditReader, dates: DateReader, seg: Segment, words: int
    ) -> Iterator[Decision]:
        text = seg.text
        short = words <= self.caption_words and len(text) <= SHORT_LINE
        if short and reader.is_agency_line(text):
            yield Decision(
                seg.block,
                "image_credit",
                seg.start,
                seg.end,
                "image_credits",
                (text.strip(" .()"),),
            )
            return
        offset = 0 if short else max(0, len(text) - _TAIL)
        window = text[offset:]
        if reader.triggers and not _may_have_label(doc, seg.block, window, reader):
            return
        match = reader.labelled.search(window)
        if match is not None and not short and match.start() == 0:
            match = None  # in a long paragraph, only after a sentence ends inside the window
        if match is None:
            match = reader.boxed.search(window)
        slashed = None
        if match is None:
            match = slashed = reader.boxed_slash.search(window)
        if match is None:
            return
        credit = _clean_credit(match.group("credit"))
        if not credit or word_count(credit) > _CREDIT_WORDS:
            return
        if _YEAR_EDGE.search(credit) and "©" in window[match.start() : match.start("credit")]:
            return  # "… registered in England. © Halyard Media Ltd 2025": the page's copyright
        if not (looks_like_name(credit, reader.connectors) or reader.is_agency_line(credit)):
            return  # "Photos by Lena Marsh hang in the gallery" is a sentence, not a credit
        values = (credit,)
        if (slashed is not None and words <= self.boxed_caption_words) or (
            not short and self._dated_caption(text[: offset + match.start()], dates)
        ):
            # "In this Nov. 10 photo, … (AP Photo/David Zalubowski)", "… on 13 March 2019.
            # Photo: AFP": captions, however long.
            yield Decision(seg.block, "image_caption", seg.start, seg.end, "image_credits", values)
        elif short:
            whole = match.start() == 0 and not match.groupdict().get("caption")
            reason = "image_credit" if whole else "image_caption"
            yield Decision(seg.block, reason, seg.start, seg.end, "image_credits", values)
        else:
            start = seg.start + offset + match.start()
            yield Decision(seg.block, "glued_credit", start, seg.end, "image_credits", values)

    def _dated_caption(self, before: str, dates: DateReader) -> bool:
        """True for one sentence, not too long, that ends with a date: a photo's caption."""
        inner = before.rstrip()[:-1]
        return (
            word_count(before) <= self.dated_caption_words
            and not any(inner.count(mark) for mark in ".!?")
            and dates.ends_with_date(before)
        )


def _may_have_label(doc: Document, index: int, window: str, reader: CreditReader) -> bool:
    """True when ``window`` (a part of block ``index``) has a trigger word of the credit labels.
    The block's words, worked out once per document, answer for the whole block, and rule out
    a part of it when no trigger word needs the padding spaces (a part of a block has only words
    the block has; a capital sigma is lower-cased by its neighbours, so it is looked at apart)."""
    triggers = reader.triggers
    if triggers is None:
        return True
    block = doc.cues.keys(index, triggers)
    if window == doc.blocks[index].text:
        return _LABELS in block
    if reader.unpadded_triggers and _LABELS not in block and "Σ" not in window:
        return False
    return _LABELS in triggers.keys(f" {window.lower()} ")


def _clean_credit(text: str) -> str:
    return text.strip(" .;,:)(©").strip()
