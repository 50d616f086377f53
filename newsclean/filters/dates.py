"""Date lines: publication date lifted into ``published``; updated and relative times removed."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import regex

from ..dates import DateMatch, DateReader
from ..document import Decision, Document
from ..language import LanguagePack
from ..registry import register_filter
from ..text import SHORT_LINE
from ._parts import line_parts
from .base import Filter


@register_filter
@dataclass(frozen=True)
class Dates(Filter):
    """Lift dates from date lines ("Published: 16 May 2017 10:30 BST", "date 2017-05-16",
    "May 16, 2017 at 3:04pm ET"). A part of a line is taken when it is only a date (with its time
    and label), or starts with a labelled date; dates inside sentences stay. "Updated" dates and
    relative times ("3 hours ago") are removed without setting ``published``."""

    name = "dates"
    description = "date and time lines"
    reasons = {
        "published_date": "the publication date, lifted into `published`",
        "updated_date": "an update time (not the publication date)",
        "relative_date": "a relative time ('3 hours ago') or a time with no date (gives no date)",
    }

    max_words: int = 25
    """Only lines of at most this many words are read as date lines."""
    header_blocks: int = 8
    """A relative time without a number ("Yesterday") is only taken among the first blocks."""
    max_rest_words: int = 4
    """A labelled date ("date 2017-05-16 REX/Shutterstock") may share its line with this many
    words, left for other filters; an unlabelled date must stand alone in its part of the line."""

    def label(self, doc: Document, lang: LanguagePack) -> Iterable[Decision]:
        """Claim the date parts of short lines."""
        reader = _reader(lang)
        for index, has_digit, top in self._candidates(doc, lang, reader):
            yield from self._block(doc, lang, reader, index, has_digit, top)

    def _candidates(
        self, doc: Document, lang: LanguagePack, reader: DateReader
    ) -> list[tuple[int, bool, bool]]:
        """The short blocks that may hold a date line, a labelled time or a relative time, in
        order, each with whether it has a digit and whether it is among the first
        ``header_blocks`` content blocks (removed banners do not push the header down). With no
        number only a relative time ("Yesterday") can be taken, and only at the top; with a
        number but no year, no time and no relative time ("Comments (4)") nothing can."""
        content = doc.content_indices()
        # A block is among the first ``header_blocks`` content blocks (or a non-content block
        # among them) when it comes before the next content block.
        top_end = content[self.header_blocks] if len(content) > self.header_blocks else len(doc)
        keys_of, triggers = doc.cues.keys, lang.trigger_index
        relative_needs = lang.needs("dates", "relative")
        may_hold, may_match, search = reader.may_hold_date, lang.may_match, lang.search
        max_words, digit = self.max_words, _DIGIT.search
        out = []
        for block in doc.blocks:
            text = block.text
            if len(text) > SHORT_LINE or block.words > max_words:
                continue
            index = block.index
            if digit(text) is None:
                if (
                    index < top_end
                    and relative_needs <= keys_of(index, triggers)
                    and search("dates", "relative", text, keys=keys_of(index, triggers))
                ):
                    out.append((index, False, True))
            elif may_hold(text) or may_match("dates", "relative", keys_of(index, triggers)):
                out.append((index, True, index < top_end))
        return out

    def _block(
        self,
        doc: Document,
        lang: LanguagePack,
        reader: DateReader,
        index: int,
        has_digit: bool,
        top: bool,
    ) -> Iterator[Decision]:
        """The date decisions of candidate block ``index``."""
        keys = doc.cues.keys(index, lang.trigger_index)
        parts = line_parts(doc, index)
        timed: set[int] = set()  # parts that held the time of the date before them
        for k, part in enumerate(parts):
            if k in timed:
                continue
            found, tail = self._date_line(reader, part.text) if has_digit else ([], None)
            if found and k + 1 < len(parts):
                # "Fr 21.10.2022 | 16:08 Uhr": the time in the next part is the date's.
                iso = reader.with_time(found[-1].iso, parts[k + 1].text)
                if iso is not None:
                    found[-1] = dataclasses.replace(found[-1], iso=iso)
                    timed.add(k + 1)
            for date in found:
                reason = "updated_date" if date.updated else "published_date"
                field = None if date.updated else "published"
                values = () if date.updated else (date.iso,)
                start = part.start + date.start
                end = part.start + date.end
                if tail is not None and date is found[-1]:  # not the space before the time
                    end -= len(part.text[: date.end]) - len(part.text[: date.end].rstrip())
                yield Decision(index, reason, start, end, field, values)
                if k + 1 in timed and date is found[-1]:
                    nxt = parts[k + 1]
                    yield Decision(index, reason, nxt.start, nxt.end)
            if tail is not None:  # "16/05/2024 08h00 Atualizado há 3 horas"
                offset, reason = tail
                yield Decision(index, reason, part.start + offset, part.end)
            if found:
                continue
            if has_digit and (updated := reader.labelled_time(part.text)) is not None:
                reason = "updated_date" if updated else "relative_date"
                yield Decision(index, reason, part.start, part.end)
            elif (
                (has_digit or top)
                and lang.may_match("dates", "relative", keys)
                and reader.is_relative(part.text)
            ):
                # "3 hours ago" anywhere; a bare "Yesterday." only at the top (an interview
                # answer further down is the story's).
                yield Decision(index, "relative_date", part.start, part.end)

    def _date_line(
        self, reader: DateReader, text: str
    ) -> tuple[list[DateMatch], tuple[int, str] | None]:
        """The dates of a date line: one date, or labelled dates in a row ("Published 3 March
        2021, updated 4 March 2021"); none when ``text`` is not a date line. Second: where a
        time with no date that ends the line after its dates starts ("16/05/2024 08h00
        Atualizado há 3 horas", "12 May 2024, 3 hours ago"), and its reason."""
        date = reader.find(text)
        found: list[DateMatch] = []
        pos = 0
        while date is not None:
            found.append(date.moved(pos))
            rest = text[found[-1].end :]
            if not _has_words(rest):
                return found, None
            gap = len(rest) - len(rest.lstrip(_BETWEEN_DATES))
            nxt = reader.find(rest[gap:])
            if nxt is None or nxt.start > 0 or not nxt.labelled:
                reason = _time_reason(reader, rest[gap:])
                if reason is not None:
                    return found, (found[-1].end + gap, reason)
                # A labelled date may share its part with a few words left for other filters.
                short = len(rest.split()) <= self.max_rest_words
                return (found if date.labelled and short else []), None
            pos, date = found[-1].end + gap, nxt
        return [], None


_BETWEEN_DATES = " ,;–—-("  # "16 maggio 2023 (modifica il 16 maggio 2023 …)"
_DIGIT = regex.compile(r"\d")  # every date has a year, so a line without a digit has no date


def _time_reason(reader: DateReader, text: str) -> str | None:
    """Why ``text``, a time with no date ("Updated at 1:23 p.m.", "3 hours ago"), goes; ``None``
    when it is something else."""
    updated = reader.labelled_time(text)
    if updated is not None:
        return "updated_date" if updated else "relative_date"
    return "relative_date" if reader.is_relative(text) else None


def _has_words(text: str) -> bool:
    return any(c.isalnum() for c in text)


def _reader(lang: LanguagePack) -> DateReader:
    return lang.derived("date_reader", DateReader.for_language)
