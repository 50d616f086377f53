"""Reading person names out of bylines ("By Jane Doe and Tom Reyes, Political Editors")."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .language import _FLAGS, LanguagePack, either_apostrophe, phrase_regex

_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}'’.-]*")
_INITIALS = regex.compile(r"(?:\p{Lu}\.?){1,3}")
_TRIM = " \t|•·—–-,:;/>»"
_MAX_AFFILIATION_WORDS = 8
MAX_OUTLET_WORDS = 6
"""A byline part of more words than this is not an outlet's name."""
_COMMA = regex.compile(r"\s*[,;]\s*|\s+[–—]\s+")  # "Jane Doe – Senior Reporter" too
_COMMA_MARKS = (",", ";", "–", "—")
_COMMA_CUT = regex.compile("[,;]")  # where a single word is cut at a comma (no spaced dash in it)
_DASHES = frozenset("-–—")
_PLACE_WORDS = 3  # a lowercase comma part after names is a place ("de Brasília") up to this long
_DESK_SPLIT = regex.compile(r"[/|•·,]")
_DESK_MARKS = ("/", "|", "•", "·", ",")  # what _DESK_SPLIT matches
# An outlet or note in brackets after the names: "Jean Dupont (avec AFP)", "Jane Doe (Reuters)";
# an outlet after a dash: "Joana Pereira Lemos - RTN".
_BRACKETED_TAIL = regex.compile(r"\s+\([^()]{1,60}\)$|\s+[-–—]\s+(?:\p{Lu}[\p{L}.&'’-]*\s?){1,3}$")


def _holds_any(text: str, marks: tuple[str, ...]) -> bool:
    """True when ``text`` holds one of ``marks`` (a loop: this runs on every line read)."""
    for mark in marks:  # noqa: SIM110
        if mark in text:
            return True
    return False


def _may_have_tail(text: str) -> bool:
    """False when :data:`_BRACKETED_TAIL` cannot match ``text``: it does not end with a bracket,
    and no dash stands alone among its last four words (the pattern's dash is followed by one to
    three words up to the end).

    >>> _may_have_tail("Jane Doe - RTN"), _may_have_tail("Jane Doe (Reuters)")
    (True, True)
    >>> _may_have_tail("A long - winded sentence that goes on and on.")
    False
    """
    return ")" in text[-2:] or not _DASHES.isdisjoint(text.rsplit(None, 4)[-4:])


def _starts(phrases: list[str]) -> frozenset[str]:
    """The two ASCII characters a line opening with one of ``phrases`` may start with, matched
    as :func:`~newsclean.language.phrase_regex` matches them (case-insensitively, an apostrophe
    either way). Phrases are at least two characters long: a shorter one lets any line pass
    (every ASCII pair is in the set)."""
    words = [p.strip() for p in phrases if p.strip()]
    ascii_chars = "".join(map(chr, range(128)))
    if any(len(w) < 2 for w in words):
        return frozenset(a + b for a in ascii_chars for b in ascii_chars)
    matching: dict[str, list[str]] = {}  # a phrase's character: the ASCII characters it matches
    for char in {c for w in words for c in w[:2]}:
        pattern = regex.compile(either_apostrophe(regex.escape(char)), _FLAGS)
        matching[char] = [c for c in ascii_chars if pattern.fullmatch(c)]
    return frozenset(a + b for w in words for a in matching[w[0]] for b in matching[w[1]])


def _is_name_word(word: str) -> bool:
    """``_NAME_WORD.fullmatch(word)``, read without the pattern for a word of ASCII letters.

    >>> _is_name_word("Doe"), _is_name_word("doe"), _is_name_word("O’Brien"), _is_name_word("4")
    (True, False, True, False)
    """
    if word.isascii() and word.isalpha():
        return "A" <= word[0] <= "Z"
    return _NAME_WORD.fullmatch(word) is not None


def _has_lower(word: str) -> bool:
    """True when a character of ``word`` is lowercase (``word`` starts with a capital: a word of
    ASCII is then lowercase somewhere unless it is all capitals)."""
    if word.isascii():
        return not word.isupper()
    return any(c.islower() for c in word)


def _outlet(words: list[str]) -> bool:
    """True for words that name an organisation: a short acronym beside a capitalised word
    ("NWR Studio Westküste", "BBC News"), unlike names in capitals ("MARY CLARE JALONICK").

    >>> _outlet(["NWR", "Studio", "Westküste"]), _outlet(["Trevor", "J.", "Mitchell"])
    (True, False)
    """
    for word in words:  # loops, not generators: this runs on every comma part after a name
        if word.isupper() and 2 <= len(word) <= 4 and word.isalpha():
            break
    else:
        return False
    for word in words:  # noqa: SIM110
        if word[:1].isupper() and not word.isupper():
            return True
    return False


@dataclass(frozen=True)
class NameReader:
    """Parses byline text into bare names, with one language's byline words."""

    prefix: regex.Pattern[str]
    prefix_starts: frozenset[str]
    """The first two characters of the lines :attr:`prefix` may match, as far as they are
    ASCII: a line of ASCII starting otherwise ("The …", "4 …") is no prefixed byline."""
    joiners: regex.Pattern[str]
    affiliation: regex.Pattern[str]
    roles: frozenset[str]
    role_forms: frozenset[str]
    """The roles, lowercase, singular and plural ("reporter", "reporters")."""
    particles: frozenset[str]
    not_names: frozenset[str]
    desks: frozenset[str]

    @classmethod
    def for_language(cls, lang: LanguagePack) -> NameReader:
        """Build a reader from the pack's ``[byline]`` and ``[names]`` word lists."""
        joiners = "|".join(regex.escape(j) for j in lang.words("byline", "joiners")) or "(?!)"
        affiliations = "|".join(regex.escape(a) for a in lang.words("byline", "affiliations"))
        roles = frozenset(w.lower() for w in lang.words("byline", "roles"))
        prefixes = list(lang.words("byline", "prefixes"))
        return cls(
            prefix=phrase_regex(prefixes, anchor="^"),
            prefix_starts=_starts(prefixes),
            joiners=regex.compile(rf"\s+(?:{joiners})\s+", regex.IGNORECASE),
            # Affiliation words are lowercase in a byline ("for the Courier"); case matters here.
            affiliation=regex.compile(rf"\s(?:{affiliations or '(?!)'})\s"),
            roles=roles,
            role_forms=roles | {f"{w}s" for w in roles},
            particles=frozenset(w.lower() for w in lang.words("byline", "particles")),
            not_names=frozenset(w.lower() for w in lang.words("names", "not_names")),
            desks=frozenset(w.lower() for w in lang.words("byline", "desks")),
        )

    def desk(self, text: str) -> bool:
        """True for a byline naming a newsroom or agencies, not a person ("RTVN Noticias /
        Agencias | Navares", "Reuters Staff"): a few capitalised words, one of them a desk word.

        >>> from newsclean.language import LanguagePack
        >>> reader = NameReader.for_language(LanguagePack.load("es"))
        >>> reader.desk("RTVN Noticias / Agencias | Navares"), reader.desk("Agencias de viaje")
        (True, False)
        """
        words = text.split()
        marks = sum(map(text.count, _DESK_MARKS))
        if len(words) - marks > MAX_OUTLET_WORDS + 2:
            return False  # too long even if every mark stood alone between spaces
        if marks:
            words = _DESK_SPLIT.sub(" ", text).split()
        return (
            0 < len(words) <= MAX_OUTLET_WORDS + 2
            and all(w[:1].isupper() or w[:1].isdigit() for w in words)
            and any(w.lower().strip(".,") in self.desks for w in words)
        )

    def byline(self, text: str) -> list[str] | None:
        """The names of a prefixed byline line, ``[]`` for one that names no person, else ``None``.

        "By Jane Doe, Political Editor" gives ``["Jane Doe"]``; "By TOM KRISHER" (capitals are
        usual after the prefix) gives ``["TOM KRISHER"]``; "By CBS News" or "By www.example.com" is
        a byline line with no person (``[]``). "By the end of the day" and "By 2030, …" are not
        bylines: the prefix must be followed by a short capitalised phrase that is not a sentence.
        """
        head = text[:2]
        if head.isascii() and head not in self.prefix_starts:
            return None  # "The …", "4 …": no prefix starts so (nor a line of one character)
        match = self.prefix.match(text)
        if match is None:
            return None
        rest = text[match.end() :].lstrip(" :").rstrip(_TRIM)
        words = rest.split()
        if not words or not (rest[0].isupper() or "." in words[0]):
            return None
        found = self.names(rest, capitals=True, prefixed=True)
        if found is None:
            # "By Royal Correspondent Fiona Whitcombe": the job title before the name.
            titled = 0
            while titled < len(words) - 2 and self.is_role(words[titled]):
                titled += 1
            if titled:
                found = self.names(" ".join(words[titled:]), capitals=True, prefixed=True)
        if found is not None:
            return found
        if len(words) > MAX_OUTLET_WORDS or rest[-1:] in ".!?":
            return None
        lowercase = [
            w for w in words if w[:1].islower() and "." not in w and w.lower() not in self.particles
        ]
        if lowercase and _COMMA.search(rest):
            return None  # "By Monday, the council …" is a sentence
        if any(not self.is_role(w) and w.lower() not in self.desks for w in lowercase):
            return None  # "Di Maio incontra i sindaci": a headline about someone, not a byline
        return []

    def is_role(self, word: str) -> bool:
        """True for a job-title word of the pack, singular or plural ("Reporter", "reporters").

        >>> from newsclean.language import LanguagePack
        >>> reader = NameReader.for_language(LanguagePack.load("en"))
        >>> reader.is_role("Reporters"), reader.is_role("Jones")
        (True, False)
        """
        return word.lower().strip(".,") in self.role_forms

    def _has_role(self, text: str) -> bool:
        """True when a word of ``text`` is a job title (see :meth:`is_role`)."""
        low = text.lower()
        if "." in low or "," in low:
            return any(self.is_role(w) for w in low.split())
        return not self.role_forms.isdisjoint(low.split())  # no word to strip: looked up at once

    def any_byline(self, text: str) -> list[str] | None:
        """A prefixed byline's names (maybe none: "By CBS News"), else a bare name list's."""
        found = self.byline(text)
        return found if found is not None else self.names(text)

    def names(
        self, text: str, *, capitals: bool = False, prefixed: bool = False
    ) -> list[str] | None:
        """The names of a bare name list ("Jane Doe and Tom Reyes"), else ``None``.

        A comma part with a job title ends the list ("Jane Doe, Political Editor"); so does a single
        word after a comma (an outlet: "Jane Doe, Reuters") or an affiliation ("Jane Doe for the
        Post"). With ``prefixed`` (the text followed "By"), any comma part after the names that
        is no name ends the list too ("Jane Doe, Prairie State Wire").
        """
        text = text.strip(_TRIM)
        if not self._opens_like_name(text):
            return None  # "The council said …": no pattern is run on a sentence
        if _may_have_tail(text):
            text = _BRACKETED_TAIL.sub("", text)
        if text[-1:] in ".!?" and not _INITIALS.fullmatch(text.rsplit(None, 1)[-1] if text else ""):
            return None  # a sentence, not a name list
        cut = self.affiliation.search(text)
        if cut is not None:
            if len(text[cut.end() :].split()) > _MAX_AFFILIATION_WORDS:
                return None
            text = text[: cut.start()]
        # The first comma part must be names with no job title in them, or there is no list:
        # it is cut off and read first (most lines fail there), the rest split only after it.
        first, *rest = _COMMA.split(text, maxsplit=1) if _holds_any(text, _COMMA_MARKS) else [text]
        found = self._first_names(first.strip(), capitals)
        if found is None:
            return None
        for more in _COMMA.split(rest[0]) if rest else ():
            part = more.strip()
            words = part.split()
            if not words:
                return None
            if self._has_role(part):
                break
            if words[0][:1].islower():
                if len(words) > _PLACE_WORDS:
                    return None  # "Doppietta di Oggiano, decisivo al 94'": a sentence
                break  # a place: "Jane Doe, in Kellsbury", "João Silva, de Brasília"
            if len(words) == 1 or _outlet(words):
                break  # an outlet: "Jane Doe, Reuters", "Malte Hinrichsen, NWR Studio Kiel"
            # A joiner stands between two words ("Jane and Tom"): a part of two words has none.
            pieces = self.joiners.split(part) if len(words) > 2 else [part]
            if not all(self.is_name(name, capitals=capitals) for name in pieces):
                if prefixed:
                    break  # after a byline's names, its outlet: "By …, Prairie State Wire"
                return None
            found.extend(name.strip() for name in pieces)
        return found or None

    def _opens_like_name(self, text: str) -> bool:
        """False when the first two words of ``text`` could not open a name list, so that
        :meth:`names` finds none ("The council …", "Mara finally gets …", "4 things …").

        A name list opens with its first name, of two words or more (see :meth:`is_name`): the
        first is a name word that is not one of the pack's words that are not names, and so is
        the second, or it is a particle ("de"). What :meth:`names` cuts off (a bracketed tail, an
        affiliation, a joiner, the comma parts after the first) starts at a space or at a comma:
        a comma in the first word, or at the start of the second, leaves one word before it.
        """
        words = text[:80].split(None, 2)  # the first two words, when a third starts in there
        if len(words) < 3:
            words = text.split(None, 2)
            if len(words) < 2:
                return False
        first = words[0]
        if first.lower() in self.not_names or not _is_name_word(first):
            return False
        second = words[1]
        if "," in second or ";" in second:
            second = _COMMA_CUT.split(second, maxsplit=1)[0]
            if not second:
                return False
        low = second.lower()
        if low in self.not_names:
            return False
        return _is_name_word(second) or (low in self.particles and second.islower())

    def _first_names(self, part: str, capitals: bool) -> list[str] | None:
        """The names of a name list's first comma part, joined by "and" ("Jane Doe and Tom
        Reyes"), or ``None`` when a piece is no name or a word is a job title. The first piece
        is cut off and looked at before the rest is split."""
        if not part:
            return None
        # A joiner stands between two words ("Jane and Tom"): a part of two words has none.
        if len(part.split(None, 2)) > 2:
            head, *tail = self.joiners.split(part, maxsplit=1)
        else:
            head, tail = part, []
        if not self.is_name(head, capitals=capitals):
            return None
        pieces = [head, *self.joiners.split(tail[0])] if tail else [head]
        if not all(self.is_name(name, capitals=capitals) for name in pieces[1:]):
            return None
        if self._has_role(part):
            return None
        return [name.strip() for name in pieces]

    def is_name(self, text: str, *, capitals: bool = False) -> bool:
        """True for a person's name: two to five capitalised words, initials or particles
        (words in capitals too, with ``capitals``).

        >>> from newsclean.language import LanguagePack
        >>> reader = NameReader.for_language(LanguagePack.load("en"))
        >>> reader.is_name("Claire Reid"), reader.is_name("HR McMaster")
        (True, True)
        >>> reader.is_name("Live Updates"), reader.is_name("At Hollow Lane Bakery")
        (False, False)
        """
        words = text.split()
        if not 2 <= len(words) <= 5:
            return False
        for pos, word in enumerate(words):
            low = word.lower()
            if low in self.not_names:
                return False
            if 0 < pos < len(words) - 1 and low in self.particles and word.islower():
                continue
            # Initials ("J.", "HR") are name words too: a word that is no name word is none of
            # them; one in capitals is a name word only with ``capitals`` or as initials.
            if not _is_name_word(word):
                return False
            if not capitals and not _has_lower(word) and not _INITIALS.fullmatch(word):
                return False
        return True
