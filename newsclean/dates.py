"""Reading publication dates from date lines into ISO 8601, with one language's month names."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
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
_AMPM = r"(?P<ampm>[ap]\.?m\.?)"
# A labelled date at the end of a line ends in a digit, am/pm or a time-zone abbreviation.
_ENDS_LIKE_DATE = regex.compile(r"(?:\d|[ap]\.?m\.?|\b\p{Lu}{1,4})\W*$", regex.IGNORECASE)
_END = 12
_TAIL_PREFIX_WORDS = 5


@dataclass(frozen=True)
class DateMatch:
    """A date found at some span of a text: its ISO form, and whether it is an "updated" date."""

    start: int
    end: int
    iso: str
    updated: bool
    labelled: bool


@dataclass(frozen=True)
class DateReader:
    """Finds dates in date lines: an optional label, a date, an optional time and time zone."""

    line: regex.Pattern[str]
    tail: regex.Pattern[str]
    label: regex.Pattern[str]
    time_only: regex.Pattern[str]
    relative: regex.Pattern[str]
    months: Mapping[str, int]
    updated_labels: frozenset[str]
    zones: Mapping[str, Any]

    @classmethod
    def for_language(cls, lang: LanguagePack) -> DateReader:
        """Build the date patterns from the pack's ``[dates]`` data and the common time zones."""
        months = {k.lower(): int(v) for k, v in lang.table("dates", "months").items()}
        month = "|".join(sorted((regex.escape(m) for m in months), key=len, reverse=True))
        weekday = "|".join(regex.escape(w) for w in lang.words("dates", "weekdays")) or "(?!)"
        suffix = "|".join(regex.escape(s) for s in lang.words("dates", "day_suffixes"))
        parts = {
            "day": rf"(?P<day>[0-3]?\d)(?:{suffix or '(?!)'})?",
            "month": rf"(?P<month>{month or '(?!)'})\.?",
            "mon": r"(?P<mon>[01]?\d)",
            "year": r"(?P<year>(?:19|20)\d\d)",
        }
        layouts = [_ISO]
        for layout in lang.words("dates", "layouts"):
            body = regex.escape(layout).replace(r"\ ", r"\s+")
            for key, pat in parts.items():
                body = body.replace(regex.escape("{" + key + "}"), pat)
            layouts.append(rf"(?:(?:{weekday})\.?,?\s+)?{body}")
        zones = lang.common.get("timezones", {})
        names = [*zones.get("fixed", {}), *zones.get("seasonal", {})]
        zone = "|".join(sorted(names, key=len, reverse=True)) or "(?!)"
        joiner = "|".join(regex.escape(j) for j in lang.words("dates", "time_joiners")) or "(?!)"
        time = (
            rf"(?:\s*(?:{joiner})?\s*(?P<hour>[012]?\d)[:.h](?P<minute>[0-5]\d)\s?{_AMPM}?"
            rf"|\s*(?:{joiner})?\s*(?P<hour>[01]?\d)\s?{_AMPM})"
            rf"(?:\s?\(?(?P<tz>(?-i:{zone})|{_NUM_TZ}|(?:GMT|UTC){_NUM_TZ})\)?(?!\w))?"
        )
        published = [*lang.words("dates", "published_labels")]
        updated = [*lang.words("dates", "updated_labels")]
        label = "|".join(
            regex.escape(w).replace(r"\ ", r"\s+")
            for w in sorted({*published, *updated}, key=len, reverse=True)
        )
        # A time may also come first: "Published 10:02 AM EST Nov 19, 2019".
        zone_part = rf"(?:\s?\(?(?P<tz>(?-i:{zone})|{_NUM_TZ})\)?(?!\w))?"
        time_first = (
            rf"(?:(?P<hour>[012]?\d)[:.](?P<minute>[0-5]\d)\s?{_AMPM}?{zone_part}\s*,?\s*)?"
        )
        date = time_first + "(?:" + "|".join(layouts) + f")(?!\\d)(?:{time})?"
        head = rf"(?:(?P<label>{label or '(?!)'})\s*:?\s*)?"
        return cls(
            line=regex.compile(rf"{head}{date}", regex.IGNORECASE),
            tail=regex.compile(
                rf"(?P<label>{label or '(?!)'})\s*:?\s*{date}\W*$", regex.IGNORECASE
            ),
            label=regex.compile(rf"(?:{label or '(?!)'})(?!\w)", regex.IGNORECASE),
            time_only=regex.compile(
                rf"(?P<label>{label or '(?!)'})\s*:?{time}\W*", regex.IGNORECASE
            ),
            relative=lang.pattern("dates", "relative"),
            months=months,
            updated_labels=frozenset(w.lower() for w in updated),
            zones=zones,
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
        match = self.line.match(text)
        if match is None and not text.endswith(".") and _ENDS_LIKE_DATE.search(text[-_END:]):
            match = self.tail.search(text)
            # "Jane Doe, published 3 March 2021" — not "The map was last updated on 4 March 2021."
            if match is not None and len(text[: match.start()].split()) > _TAIL_PREFIX_WORDS:
                match = None
        if match is None:
            return None
        iso = self._iso(match)
        if iso is None:
            return None
        label = match.group("label")
        updated = label is not None and " ".join(label.lower().split()) in self.updated_labels
        return DateMatch(match.start(), match.end(), iso, updated, label is not None)

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

    def _iso(self, m: regex.Match[str]) -> str | None:
        month_name = m.group("month")
        month = self.months.get(month_name.lower().rstrip(".")) if month_name else None
        try:
            day = dt.date(int(m.group("year")), month or int(m.group("mon")), int(m.group("day")))
        except (TypeError, ValueError):
            return None
        if m.group("hour") is None:
            return day.isoformat()
        hour, minute = int(m.group("hour")), int(m.group("minute") or 0)
        ampm = (m.group("ampm") or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour > 23:
            return day.isoformat()
        stamp = f"{day.isoformat()}T{hour:02d}:{minute:02d}"
        offset = self._offset(m.group("tz"), day)
        return stamp + offset if offset else stamp

    def _offset(self, tz: str | None, day: dt.date) -> str | None:
        if not tz:
            return None
        if tz[0] in "+-":
            return f"{tz[:3]}:{tz[-2:]}"
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
