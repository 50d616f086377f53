"""Image credits and captions: credits lifted into ``image_credits``, captions removed."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import regex

from ..dates import DateReader
from ..document import Block, Decision, Document, Segment
from ..language import LanguagePack
from ..registry import register_filter
from ..text import SHORT_LINE, has_quote, looks_like_name, word_count
from ..triggers import Key, TriggerIndex
from ._labelled import connectors
from .base import Filter

_CREDIT_WORDS = 10
_BARRED_CAPTION_WORDS = 6  # "… al mediodía. | EFE": a caption before the bar has this many words
_YEAR = regex.compile(r"\b(?:19|20)\d\d\b")
_YEAR_EDGE = regex.compile(r"^(?:19|20)\d\d\b|\b(?:19|20)\d\d\W*$")  # "2024 X", "X 2024"
_TAIL = 160  # a glued credit is looked for in the last characters of a long paragraph
_LABELS = ("credits", "labels")  # the pattern table of credit labels
# Where a labelled credit may start: the line's start, or a sentence's ("… Paris. Photo: AFP",
# "… Paris. | Photo: AFP"): two or four characters after a sentence's end mark.
_STOPS = ".!?…"
_START = rf"(?:^|(?<=[{_STOPS}]\s)|(?<=[{_STOPS}]\s[|•·]\s))"
# What a free block's one segment is stripped of (white space and separators, see Segment), and
# then what an agency line is stripped of: an agency alone is what is left of a block without
# either at its ends.
_ALONE_MARKS = " \t|•·.()"


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
    agency_alone: regex.Pattern[str]
    """A known agency alone but for marks around it ("(Reuters)", "• AFP"), in any case."""
    join_marks: tuple[str, ...]
    """What every joint of an agency line holds: "/", "|" or a joining word ("via")."""
    triggers: TriggerIndex | None
    """The pack's trigger words, when the credit labels have some (a line has a label only if
    it has one of them)."""
    label_triggers: TriggerIndex
    """The credit labels' trigger words alone: for a part of a block, whether it holds one of
    them is :attr:`triggers`' answer (the labels are a table of trigger words, not of runs, so
    no wildcard of the pack's index applies to them) at the cost of a scan for those words only."""
    unpadded_triggers: bool
    """True when no trigger word of the credit labels starts or ends with white space."""
    cue_keys: frozenset[Key] | None
    """The trigger-index keys of a block that any rule but the agency line needs (the labels'
    trigger words, the caption and position patterns' required runs); ``None`` when a block
    without them may still hold a label or caption."""
    connectors: frozenset[str]
    not_names: frozenset[str]
    alone: frozenset[str] | None
    """The known agencies (lowercase), when none starts or ends with a mark of
    :data:`_ALONE_MARKS`: a free block with no joint is an agency line only if its text stripped
    of those marks is one of them (``None``: :meth:`may_be_agency_line` answers instead)."""
    longest_agency: int
    """The length of the longest agency's name, lowercase."""

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
        joiners = lang.words("credits", "joiners")
        labelled = lang.triggers(*_LABELS) is not None
        unpadded = all(w == w.strip() for w in lang.triggers(*_LABELS) or ())
        runs = lang.runs_of([("credits", "caption"), ("credits", "positional")])
        via = "|".join(regex.escape(j) for j in joiners) or "(?!)"
        join = rf"\s*/\s*|\s+\|\s+|\s+(?:{via})\s+"
        return cls(
            # "Credit: PA", "Image copyright X Image caption Y", at the start of a line or sentence.
            labelled=regex.compile(
                rf"{_START}\(?\s*(?:{label})\s*{credit}\s*\)?"
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
            agency_alone=regex.compile(rf"\W*(?:{agency})\W*", regex.IGNORECASE),
            join_marks=("/", "|", *joiners),
            triggers=lang.trigger_index if labelled else None,
            label_triggers=TriggerIndex({_LABELS: lang.triggers(*_LABELS) or ()}),
            unpadded_triggers=unpadded,
            cue_keys=None if runs is None or not (labelled and unpadded) else runs | {_LABELS},
            connectors=connectors(lang),
            not_names=frozenset(w.lower() for w in lang.words("names", "not_names")),
            alone=_alone(agencies),
            longest_agency=max((len(a.lower()) for a in agencies), default=0),
        )

    def is_agency_line(self, text: str) -> bool:
        """True when ``text`` is only a credit such as "REX/Shutterstock" naming a known agency."""
        text = text.strip(" .()")
        # Most lines are one piece: split only at a joint, and try the pattern last.
        if self._has_joint(text):
            pieces = {p.lower() for p in self.pieces.split(text)}
        else:
            if len(text) > self.longest_agency:
                return False  # one piece, longer than any agency's name
            pieces = {text.lower()}
        # "Lusa/Fim" closes a dispatch ("Fim": end): a word that names no one is no credit.
        return (
            not self.agencies.isdisjoint(pieces)
            and self.not_names.isdisjoint(pieces)
            and self.agency_line.fullmatch(text) is not None
        )

    def _has_joint(self, text: str) -> bool:
        """False when ``text`` holds no mark every joint of pieces holds ("/", "|", "via")."""
        for mark in self.join_marks:  # noqa: SIM110 (a loop: no generator on a hot path)
            if mark in text:
                return True
        return False

    def find_labelled(self, text: str, after: int = 0) -> regex.Match[str] | None:
        """``labelled.search(text, after)``, tried only where a line or sentence may start (the
        labels' long alternation is slow to try at every position of a line)."""
        for start in _sentence_starts(text):
            if start < after:
                continue
            match = self.labelled.match(text, start)
            if match is not None:
                return match
        return None

    def may_be_agency_line(self, text: str) -> bool:
        """False when no part of ``text`` stripped of marks at its ends (white space,
        separators, brackets, full stops) can pass :meth:`is_agency_line`: it has no joint of
        pieces, and is not a known agency alone. Cheap, for the lines of a whole document."""
        return self._has_joint(text) or self.agency_alone.fullmatch(text) is not None


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
        decided: set[int] = set()  # blocks claimed here (doc.is_free reads the document before)
        for index in _candidates(doc, lang, reader):
            for seg in doc.segments(index):
                for decision in self._segment(doc, lang, reader, dates, seg):
                    yield decision
                    decided.add(index)
                    if (
                        decision.reason == "image_credit"
                        and index - 1 not in decided
                        and reader._has_joint(seg.text)
                    ):
                        for above in self._caption_above(doc, index):
                            decided.add(above.block)
                            yield above

    def _caption_above(self, doc: Document, index: int) -> Iterator[Decision]:
        """The caption printed on the line right above a photographer's credit, the two lines a
        paragraph of their own, blank lines around them ("Boats moored at the quay in 1961." over
        "Tom Reyes/Kellsbury Echo/Getty Images"): one sentence, not a quotation. In text whose
        every line is a paragraph (no blank lines), or with a blank line between them, the line
        above is a paragraph of the story and stays."""
        if index == 0:
            return
        blocks = doc.blocks
        above, credit = blocks[index - 1], blocks[index]
        text = above.text
        if (
            not doc.is_free(above.index)
            or _gap(above, credit) != 1  # the credit is on the caption's next line
            or (index > 1 and _gap(blocks[index - 2], above) < 2)  # a blank line above them
            or (index + 1 < len(blocks) and _gap(credit, blocks[index + 1]) < 2)  # and below
            or above.words > self.caption_words
            or not text.endswith(".")
            or any(text[:-1].count(mark) for mark in _STOPS)  # one sentence
            or has_quote(text)
        ):
            return
        yield Decision(above.index, "image_caption")

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
        if not found and " | " in seg.text and words <= self.boxed_caption_words:
            found = self._barred_caption(reader, seg)
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
        match = reader.find_labelled(window)
        if match is not None and not short and match.start() == 0:
            match = None  # in a long paragraph, only after a sentence ends inside the window
        elif match is not None and word_count(match.group("credit")) > _CREDIT_WORDS:
            # "Photo: The marsh at low tide. © Tidewatch Alliance": a labelled caption, its
            # credit after it.
            match = reader.find_labelled(window, match.start("credit") + 1)
        boxed = "(" in window  # both bracketed forms open with one
        if match is None and boxed:
            match = reader.boxed.search(window)
        slashed = None
        if match is None and boxed:
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

    def _barred_caption(self, reader: CreditReader, seg: Segment) -> list[Decision]:
        """A caption with its credit after a bar ("Material recuperado por los agentes en el
        almacén. | Policía Local de Valdemora", "… tras el pleno. | EFE"): a sentence of several
        words ending with a full stop, not a quotation, then a short credit (an agency, or a
        name of two to a few capitalised words)."""
        text = seg.text
        cut = text.rfind(" | ")
        caption, credit = text[:cut].rstrip(), _clean_credit(text[cut + 3 :])
        if (
            "|" in caption  # a row of items, not a caption
            or not caption.endswith(".")
            or word_count(caption) < _BARRED_CAPTION_WORDS
            or has_quote(caption[:1])
            or not credit
            or word_count(credit) > _CREDIT_WORDS
            or not (
                reader.is_agency_line(credit)
                # a name of two words or more: one word alone ("Politics") is a section's
                or (" " in credit and looks_like_name(credit, reader.connectors))
            )
        ):
            return []
        return [
            Decision(seg.block, "image_caption", seg.start, seg.end, "image_credits", (credit,))
        ]

    def _dated_caption(self, before: str, dates: DateReader) -> bool:
        """True for one sentence, not too long, that ends with a date: a photo's caption."""
        inner = before.rstrip()[:-1]
        return (
            word_count(before) <= self.dated_caption_words
            and not any(inner.count(mark) for mark in ".!?")
            and dates.ends_with_date(before)
        )


def _gap(first: Block, second: Block) -> int:
    """How many characters lie between two blocks in the normalised text: 1 for a line break,
    2 or more for a blank line."""
    return second.start - (first.start + len(first.text))


def _candidates(doc: Document, lang: LanguagePack, reader: CreditReader) -> list[int]:
    """The blocks some rule of :class:`Credits` may claim part of: every block already claimed
    in part, and the free blocks (whose one segment is their text stripped of marks at its ends)
    with a trigger word of the credit labels (a part of a block has only words the block has; a
    capital sigma is lower-cased by its neighbours, so its lines are kept), a required run of the
    caption or position patterns, or what an agency line needs. Most paragraphs have none, told
    from the document's shared trigger scan and a cheap look at the text."""
    wanted = reader.cue_keys
    if wanted is None:
        return list(range(len(doc)))
    keys_of, triggers, is_free = doc.cues.keys, lang.trigger_index, doc.is_free
    has_joint, alone, longest = reader._has_joint, reader.alone, reader.longest_agency
    out = []
    for block in doc.blocks:
        index, text = block.index, block.text
        if (
            not is_free(index)
            or not wanted.isdisjoint(keys_of(index, triggers))
            or "Σ" in text
            or has_joint(text)
            or " | " in text  # a caption's credit after a bar
        ):
            out.append(index)
        elif alone is None:  # an agency's name starts or ends with a mark: the pattern tells
            if reader.may_be_agency_line(text):
                out.append(index)
        else:  # an agency alone: the text stripped of marks at its ends is its name
            core = text.strip(_ALONE_MARKS)
            if len(core) <= longest and core.lower() in alone:
                out.append(index)
    return out


def _alone(agencies: Iterable[str]) -> frozenset[str] | None:
    """See :attr:`CreditReader.alone`."""
    names = frozenset(a.lower() for a in agencies)
    for name in names:
        if not name or name[0] in _ALONE_MARKS or name[-1] in _ALONE_MARKS:
            return None
    return names


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
    return _LABELS in reader.label_triggers.keys(f" {window.lower()} ")


def _sentence_starts(text: str) -> list[int]:
    """Every position where :data:`_START` may hold, in order (and a few where it does not): two
    characters after an end mark when the one after the mark may be white space (a letter or
    digit is not), and four when a separator follows that."""
    starts = None
    size = len(text)
    for stop in _STOPS:
        at = text.find(stop)
        while at >= 0:
            if at + 2 <= size and not text[at + 1].isalnum():
                if starts is None:
                    starts = {0}
                starts.add(at + 2)
                if at + 4 <= size and text[at + 2] in "|•·":
                    starts.add(at + 4)
            at = text.find(stop, at + 1)
    return [0] if starts is None else sorted(starts)


def _clean_credit(text: str) -> str:
    return text.strip(" .;,:)(©").strip()
