"""Reading publication dates from date lines into ISO 8601, with one language's month names."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import regex

from .language import LanguagePack

_ISO = (
    r"(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)"
    r"(?:[T ](?P<hour>[012]\d):(?P<minute>[0-5]\d)(?::[0-5]\d(?:\.\d{1,6})?)?"
    r"\s?(?P<tz>Z|[+-][01]\d:?[0-5]\d)?)?"
)
_NUM_TZ = r"[+-][01]\d:?[0-5]\d"
_END = 12
_CLOSING = 60  # characters at the end of a text searched for a closing date
# A dateline's place before an unlabelled date: "BERLIN, 16. Mai 2017", "Rio de Janeiro, 5/5/2017".
_PLACE = r"(?-i:\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Ll}{1,3}\s+)?\p{Lu}[\p{L}.'’-]+){0,3})"
_TAIL_PREFIX_WORDS = 5
_YEAR = regex.compile(r"(?:19|20)\d\d")  # what the ``year`` group of every date layout holds


@dataclass(frozen=True)
class DateMatch:
    """A date found at some span of a text: its ISO form, and whether it is an "updated" date."""

    start: int
    end: int
    iso: str
    updated: bool
    labelled: bool

    def moved(self, offset: int) -> DateMatch:
        """The same date found ``offset`` characters further on (in a longer text)."""
        return DateMatch(
            self.start + offset, self.end + offset, self.iso, self.updated, self.labelled
        )


@dataclass(frozen=True)
class DateReader:
    """Finds dates in date lines: an optional label, a date, an optional time and time zone."""

    line: regex.Pattern[str]
    tail: regex.Pattern[str]
    ends_like_date: regex.Pattern[str]
    """A labelled date at the end of a line ends in a digit, am/pm, a time word or a zone."""
    label: regex.Pattern[str]
    time_only: regex.Pattern[str]
    clock: regex.Pattern[str]
    """A time alone ("16:08 Uhr", "10:30 BST"), as a date line's next part may hold it."""
    closing: regex.Pattern[str]
    """A date that ends a text ("…, in Paris, on 13 March 2019.")."""
    relative: regex.Pattern[str]
    time_hint: regex.Pattern[str]
    """What every time holds: a digit before a time mark, am/pm or a time word ("10:30",
    "3 pm", "20h", "16 Uhr")."""
    months: Mapping[str, int]
    updated_labels: frozenset[str]
    zones: Mapping[str, Any]
    zone_names: Mapping[str, str]
    """Time zones named in words ("horário de Brasília"), lowercase, to their abbreviation."""
    group_names: Mapping[regex.Pattern[str], tuple[str, ...]]
    """Each pattern's group names, by group number: ``dict(zip(names, match.groups()))`` is
    its match's ``groupdict()`` at a fraction of the cost (a name used in several layouts is
    one group)."""

    @classmethod
    def for_language(cls, lang: LanguagePack) -> DateReader:
        """Build the date patterns from the pack's ``[dates]`` data and the common time zones."""
        months = {k.lower(): int(v) for k, v in lang.table("dates", "months").items()}
        zones = lang.common.get("timezones", {})
        names = [*zones.get("fixed", {}), *zones.get("seasonal", {})]
        zone_names = {
            " ".join(k.lower().split()): str(v)
            for k, v in lang.table("dates", "zone_names").items()
        }
        # Abbreviations match in capitals only ("ET", not "et"); zones named in words in any case.
        zone = "|".join(sorted(names, key=len, reverse=True)) or "(?!)"
        zone = f"(?-i:{zone})|{_words(zone_names)}"
        am, pm = lang.pattern("dates", "am").pattern, lang.pattern("dates", "pm").pattern
        ampm = rf"(?:(?P<am>{am})|(?P<pm>{pm}))"
        clock = _words(lang.words("dates", "time_suffixes"))
        time = (
            rf"(?:{_time(lang, ampm, clock)})"
            rf"(?:\s?\(?(?P<tz>{zone}|{_NUM_TZ}|(?:GMT|UTC){_NUM_TZ})\)?(?!\w))?"
        )
        published = [*lang.words("dates", "published_labels")]
        updated = [*lang.words("dates", "updated_labels")]
        label = _words({*published, *updated})
        # "Posted by Jane Doe on 16 May 2017": words that lead into a date only at a line's end.
        tail_label = _words({*published, *updated, *lang.words("dates", "tail_labels")})
        # A time may also come first: "Published 10:02 AM EST Nov 19, 2019".
        zone_part = rf"(?:\s?\(?(?P<tz>{zone}|{_NUM_TZ})\)?(?!\w))?"
        time_first = (
            rf"(?:(?P<hour>[012]?\d)[:.](?P<minute>[0-5]\d)\s?{ampm}?"
            rf"(?:\s?(?:{clock})(?!\w))?{zone_part}\s*,?\s*)?"
        )
        date = time_first + "(?:" + "|".join(_layouts(lang, months)) + f")(?!\\d)(?:{time})?"
        head = rf"(?:(?P<label>{label or '(?!)'})\s*:?\s*|{_PLACE}\s*[,–—-]\s*)?"
        line = regex.compile(rf"{head}{date}", regex.IGNORECASE)
        tail = regex.compile(rf"(?<!\w)(?P<label>{tail_label})\s*:?\s*{date}\W*$", regex.IGNORECASE)
        clock_only = regex.compile(rf"{time}\W*", regex.IGNORECASE)
        return cls(
            line=line,
            ends_like_date=regex.compile(
                rf"(?:\d|{ampm}|(?<!\w)(?:{clock})|\b\p{{Lu}}{{1,4}})\W*$", regex.IGNORECASE
            ),
            tail=tail,
            label=regex.compile(rf"(?:{label or '(?!)'})(?!\w)", regex.IGNORECASE),
            time_only=regex.compile(
                rf"(?P<label>{label or '(?!)'})\s*:?{time}\W*", regex.IGNORECASE
            ),
            clock=clock_only,
            closing=regex.compile(rf"(?<!\w){date}\W*$", regex.IGNORECASE),
            relative=lang.pattern("dates", "relative"),
            time_hint=regex.compile(
                rf"\d(?:[:.h]|\sh\s|\s?(?:{am}|{pm}|{clock}))", regex.IGNORECASE
            ),
            months=months,
            updated_labels=frozenset(w.lower() for w in updated),
            zones=zones,
            zone_names=zone_names,
            group_names={p: _group_names(p) for p in (line, tail, clock_only)},
        )

    def find(self, text: str) -> DateMatch | None:
        """A date line's date: at the start of ``text`` (with or without a label), or a labelled
        date at its end ("Jane Doe, published on 3 March 2021"). Dates inside prose are not looked
        for.

        >>> from newsclean.language import LanguagePack
        >>> reader = DateReader.for_language(LanguagePack.load("en"))
        >>> reader.find("May 16, 2017 at 3:04pm ET").iso
        '2017-05-16T15:04-04:00'
        >>> reader.find("Updated: 4 March 2021 09:00 GMT").updated
        True
        """
        if _YEAR.search(text) is None:
            return None  # no match gives a date without its year (see _iso): skip the patterns
        match = self.line.match(text)
        if match is None and not text.endswith(".") and self.ends_like_date.search(text[-_END:]):
            match = self.tail.search(text)
            # "Jane Doe, published 3 March 2021" — not "The map was last updated on 4 March 2021."
            if match is not None and len(text[: match.start()].split()) > _TAIL_PREFIX_WORDS:
                match = None
        if match is None:
            return None
        groups = self._groups(match)
        iso = self._iso(groups)
        if iso is None:
            return None
        label = groups["label"]
        updated = label is not None and " ".join(label.lower().split()) in self.updated_labels
        return DateMatch(match.start(), match.end(), iso, updated, label is not None)

    def may_hold_date(self, text: str) -> bool:
        """False when no part of ``text`` can be a date line or a labelled time: it has no
        year and no time (every date has a year, and every time a digit before a time mark).

        >>> from newsclean.language import LanguagePack
        >>> reader = DateReader.for_language(LanguagePack.load("en"))
        >>> reader.may_hold_date("Updated at 1:23 p.m."), reader.may_hold_date("Comments (4)")
        (True, False)
        """
        return _YEAR.search(text) is not None or self.time_hint.search(text) is not None

    def is_relative(self, text: str) -> bool:
        """True when ``text`` is only a relative time ("3 hours ago", "Updated: yesterday")."""
        stripped = text.strip(" .,:;|•·-–—()")
        label = self.label.match(stripped)
        if label is not None:
            stripped = stripped[label.end() :].lstrip(" :")
        return self.relative.fullmatch(stripped) is not None

    def labelled_time(self, text: str) -> bool | None:
        """For a labelled time with no date ("Updated at 1:23 p.m."): whether the label is an
        "updated" one; ``None`` when ``text`` is not such a line. It gives no publication date.

        >>> from newsclean.language import LanguagePack
        >>> reader = DateReader.for_language(LanguagePack.load("en"))
        >>> reader.labelled_time("Updated at 1:23 p.m."), reader.labelled_time("10:30")
        (True, None)
        """
        match = self.time_only.fullmatch(text)
        if match is None:
            return None
        return " ".join(match.group("label").lower().split()) in self.updated_labels

    def ends_with_date(self, text: str) -> bool:
        """True when ``text`` ends with a date, as a news photo's caption does.

        >>> from newsclean.language import LanguagePack
        >>> reader = DateReader.for_language(LanguagePack.load("en"))
        >>> reader.ends_with_date("The minister in Paris on March 13, 2019.")
        True
        """
        return self.closing.search(text[-_CLOSING:]) is not None

    def with_time(self, iso: str, text: str) -> str | None:
        """``iso`` (a day) with the time that ``text`` holds alone ("16:08 Uhr"), else ``None``.

        >>> from newsclean.language import LanguagePack
        >>> reader = DateReader.for_language(LanguagePack.load("en"))
        >>> reader.with_time("2017-05-16", "3:04pm ET"), reader.with_time("2017-05-16", "3 cats")
        ('2017-05-16T15:04-04:00', None)
        """
        match = self.clock.fullmatch(text.strip())
        if match is None or len(iso) != len("YYYY-MM-DD"):
            return None
        stamp = self._stamp(dt.date.fromisoformat(iso), self._groups(match))
        return stamp if "T" in stamp else None

    def _groups(self, match: regex.Match[str]) -> dict[str, Any]:
        """``match.groupdict()``, cheaper (see :attr:`group_names`)."""
        return dict(zip(self.group_names[match.re], match.groups(), strict=True))

    def _iso(self, g: Mapping[str, Any]) -> str | None:
        # A pack without month names has no "month" group.
        month_name = g.get("month")
        month = self.months.get(month_name.lower().rstrip(".")) if month_name else None
        try:
            day = dt.date(int(g["year"]), month or int(g.get("mon") or 0), int(g["day"]))
        except (TypeError, ValueError):
            return None
        return self._stamp(day, g)

    def _stamp(self, day: dt.date, g: Mapping[str, str | None]) -> str:
        if g.get("hour") is None:
            return day.isoformat()
        hour, minute = int(g["hour"] or 0), int(g.get("minute") or 0)
        if g.get("pm") and hour < 12:
            hour += 12
        elif g.get("am") and hour == 12:
            hour = 0
        if hour > 23:
            return day.isoformat()
        stamp = f"{day.isoformat()}T{hour:02d}:{minute:02d}"
        offset = self._offset(g.get("tz"), day)
        return stamp + offset if offset else stamp

    def _offset(self, tz: str | None, day: dt.date) -> str | None:
        if not tz:
            return None
        if tz[0] in "+-":
            return f"{tz[:3]}:{tz[-2:]}"
        tz = self.zone_names.get(" ".join(tz.lower().split()), tz)
        if tz[:3] in ("GMT", "UTC") and len(tz) > 3:
            return self._offset(tz[3:], day)
        fixed = self.zones.get("fixed", {})
        if tz in fixed:
            return str(fixed[tz])
        seasonal = self.zones.get("seasonal", {}).get(tz)
        if seasonal is None:
            return None
        standard, summer, rule = seasonal
        return str(summer if _is_summer_time(day, rule) else standard)


def _group_names(pattern: regex.Pattern[str]) -> tuple[str, ...]:
    """``pattern``'s group names in group-number order ("" for a group with no name, as a
    pack's pattern may hold: ``groupdict()`` leaves those out, and no reader asks for "")."""
    names = [""] * pattern.groups
    for name, number in pattern.groupindex.items():
        names[number - 1] = name
    return tuple(names)


def _words(items: Iterable[str]) -> str:
    """An alternation of plain words, longest first, spaces matching any white space."""
    escaped = (regex.escape(w).replace(r"\ ", r"\s+") for w in items)
    return "|".join(sorted(escaped, key=len, reverse=True)) or "(?!)"


def _layouts(lang: LanguagePack, months: Mapping[str, int]) -> list[str]:
    """ISO 8601 and the pack's date layouts, each with an optional weekday before it."""
    weekday = _words(lang.words("dates", "weekdays"))
    parts = {
        "weekday": rf"(?:{weekday})\.?,?",
        "day": rf"(?P<day>[0-3]?\d)(?:{_words(lang.words('dates', 'day_suffixes'))})?",
        "month": rf"(?P<month>{_words(months)})\.?",
        "mon": r"(?P<mon>[01]?\d)",
        "year": r"(?P<year>(?:19|20)\d\d)",
    }
    layouts = [_ISO]
    for layout in lang.words("dates", "layouts"):
        body = regex.escape(layout).replace(r"\ ", r"\s+")
        for key, pat in parts.items():
            body = body.replace(regex.escape("{" + key + "}"), pat)
        layouts.append(rf"(?:(?:{weekday})\.?,?\s+)?{body}")
    return layouts


def _time(lang: LanguagePack, ampm: str, clock: str) -> str:
    """A time after a date: "at 3:04pm", "14:30 Uhr", "à 14h30", "às 20h", "3 p.m."."""
    joiner = rf"\s*(?:(?:{_words(lang.words('dates', 'time_joiners'))})\s*)?"
    return (
        rf"{joiner}(?P<hour>[012]?\d)(?:[:.h]|\sh\s)(?P<minute>[0-5]\d)\s?{ampm}?"
        rf"(?:\s?(?:{clock})(?!\w))?"
        rf"|{joiner}(?P<hour>[01]?\d)\s?{ampm}"
        rf"|{joiner}(?P<hour>[012]?\d)\s?(?:{clock})(?!\w)"
    )


def _is_summer_time(day: dt.date, rule: str) -> bool:
    """Whether ``day`` falls in daylight-saving time under the US or EU rule (by date, not hour).

    >>> _is_summer_time(dt.date(2017, 5, 16), "US"), _is_summer_time(dt.date(2017, 1, 5), "EU")
    (True, False)
    """
    if rule == "US":
        start = _nth_sunday(day.year, 3, 2)
        end = _nth_sunday(day.year, 11, 1)
    else:
        start = _last_sunday(day.year, 3)
        end = _last_sunday(day.year, 10)
    return start <= day < end


def _nth_sunday(year: int, month: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))


def _last_sunday(year: int, month: int) -> dt.date:
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() + 1) % 7)
