"""The headline at the top lifted into ``title`` (its copy removed), and the standfirst into
``subtitle``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import regex

from ..document import Decision, Document
from ..language import LanguagePack
from ..names import NameReader
from ..registry import register_filter
from ..text import ends_sentence, has_quote, inside_quotes, looks_like_name, word_count
from ._header import byline_names, claimed_for, has_date, has_separator, same_text
from ._labelled import connectors
from ._parts import SEPARATOR
from .base import Filter

_CLOSERS = "\"”’')»]"
_SITE_SUFFIX = regex.compile(r"(?P<head>.{10,250})(?P<head_end>)\s+[|–—-]\s+(?P<site>[^|–—]{2,60})")
_SITE_MARKS = ("|", "–", "—", "-")  # every match of _SITE_SUFFIX holds one (a cheap test first)
_MAX_SITE_WORDS = 4
# A site's name, a dash or bar, and its tagline ("The Courier — news from the valley").
_SITE_LINE = regex.compile(r"(?P<site>[^|–—-]{2,60}?)\s+[|–—-]\s+(?P<tag>\S.{2,200})")
_SECTION_LABEL_WORDS = 2  # "Club News": a headline of a word or two is rare, a section label not
_CHROME = frozenset({"menu_row", "search_box", "pager_link"})  # the navigation filter's reasons
_WEB_ADDRESS = regex.compile(r"\bwww\.|://")
_SENTENCE_BREAK = regex.compile(r"\p{Ll}[.!?]\s+\p{Lu}")  # "… alone. All …", not "Inc. And"
_WORDS = regex.compile(r"\w+")
_PARTED = regex.compile(rf"{SEPARATOR.pattern}|\s[-–—]\s")  # "Site | Headline", "Headline - Site"
_LABEL = regex.compile(r"[\w'’]+(?: [\w'’]+){0,2}:\s")  # "Published: …", "Photo gallery: …"
# A wire dateline opening a story: a place in capitals, maybe the agency, then a dash
# ("BERLIN -- ", "SANTA FE, N.M. (AP) — ").
_DATELINE = regex.compile(
    r"\p{Lu}[\p{Lu}\p{M}.'’/-]+(?: \p{Lu}[\p{Lu}\p{M}.'’/-]*){0,3}"  # SANTA FE
    r"(?:,\s*\p{Lu}[\p{L}\p{M}.'’]*(?: \p{Lu}[\p{L}\p{M}.]*)?){0,2}"  # , N.M. / , England
    r"\s*(?:\([^()]{1,40}\))?\s*(?:—|–|--|-)\s+\p{Lu}"  # (AP) —
)


def _title_case(text: str) -> bool:
    """Most longer words capitalised ("Home Depot Stock Is Falling After Its Earnings Release.")."""
    words = [w for w in text.split() if len(w) > 3]
    return bool(words) and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def _key(text: str) -> tuple[str, ...]:
    """The words of ``text``, case-folded: headlines compare equal whatever their quotes."""
    return tuple(_WORDS.findall(text.casefold()))


_MENU_ITEMS = 3  # a line of this many "|"-separated items is a menu, not a headline


@register_filter
@dataclass(frozen=True)
class Title(Filter):
    """Lift the headline: the first line, when it is printed twice, when a byline or date line
    follows it (a standfirst may stand between), or when it stands alone straight above a long first
    paragraph (a one-sentence one under a sure headline), or when it is all the text there is, or
    when it carries its site's name ("… | MoreBikes", which goes to ``site``). A line
    between the headline and the byline/date is the standfirst (``subtitle``). The headline printed
    again a few lines below goes, with the header lines between; so does a second headline-like
    line between the headline and a long first paragraph. Short lines above other short lines are
    left alone, so cleaning a clean text changes nothing."""

    name = "title"
    description = "headline and standfirst at the top"
    reasons = {
        "title": "the headline, lifted into `title`",
        "repeated_title": "the headline printed a second time",
        "subtitle": "the standfirst between headline and byline, lifted into `subtitle`",
        "site_name": "the site's name after the headline ('… | The Courier'), lifted into `site`",
        "section_label": "a section label, site name or tagline above the headline ('Sport')",
        "header_furniture": "a header line that is not the story: between the headline and its "
        "copy printed again a few lines below (a caption, a category, a link), or a second "
        "headline-like line between the headline and the first paragraph",
    }

    max_header_blocks: int = 6
    """On an HTML page, the headline the markup names is looked for in this many first blocks."""
    max_title_words: int = 30
    max_subtitle_words: int = 50
    min_lone_title_words: int = 3
    """A headline with no copy, byline or date beside it needs at least this many words…"""
    max_lone_title_words: int = 20
    """…and at most this many…"""
    min_lead_words: int = 25
    """…and the paragraph under it must be at least this long…"""
    min_title_case_lead_words: int = 18
    """…or this long under a headline in title case…"""
    min_sure_title_words: int = 5
    """…or, under a headline of at least this many words in one part (no "|" or " - " in it, not
    in capitals: not a label, a button or a menu)…"""
    min_short_lead_words: int = 10
    """…this long (a one-sentence opening paragraph)."""

    max_section_words: int = 8
    """A line of at most this many words (in each "|"-separated part) above a headline may be its
    section label ("Sport"), or the site's name or tagline ("The Courier | Since 1851")…"""
    max_section_lines: int = 2
    """…and at most this many such lines stand above it."""
    max_copy_distance: int = 12
    """The headline printed again at most this many blocks below it is its copy (the lines between
    are header furniture: captions, a category, a link)…"""
    max_furniture_lines: int = 3
    """…when at most this many unclaimed lines stand between…"""
    max_furniture_words: int = 100
    """…with at most this many words in all."""
    max_site_line_words: int = 16
    """The page's first line may be the site's name and tagline ("The Courier — news from the
    valley") over a headline that a byline or date line confirms, when it has at most this many
    words."""

    def label(self, doc: Document, lang: LanguagePack) -> Iterable[Decision]:
        """Find the header at the top and claim its headline, copy and standfirst; a section label
        above the headline ("Stars", "Politik") goes too, when the headline below it has a copy,
        a byline, a date line or a standfirst under it."""
        if doc.hints.titles:  # an HTML page names its headline: look for that, guess nothing
            yield from self._page_title(doc)
            return
        names = lang.derived("names", NameReader.for_language)
        content = doc.content_indices()
        masthead = self._masthead(doc, content, names, lang)
        content = content[len(masthead) :][: 6 + self.max_section_lines]
        if len(content) == 1 and self._only_headline(doc, content[0], names):
            yield from (Decision(i, "section_label") for i in masthead)
            headline = doc.blocks[content[0]].text
            yield Decision(content[0], "title", field="title", values=(headline,))
            return
        found = list(self._header(doc, lang, names, content[:6], strong=False))
        top = doc.blocks[content[0]].text if content else ""
        if any(d.reason == "subtitle" for d in found) and (
            SEPARATOR.search(top) or self._section_over_headline(doc, found, names)
        ):
            # "El Mirador | Noticias del barrio" over the headline is the site's name and tagline
            # (a headline with its site's name is "… | The Courier", and has no standfirst);
            # "Club News" over a line that reads as a headline is a section label.
            found = []
        above = 0
        while not found and above < min(self.max_section_lines, len(content) - 2):
            if not (
                self._is_section(doc, content[above], names, allow_names=True)
                or (above == 0 and self._is_site_line(doc, content[0], lang))
            ):
                break
            # A line that reads as a name ("Fieldgate Weekly") is the site's name only when the
            # header below it has its own byline; else it may be the byline.
            named = names.any_byline(doc.blocks[content[above]].text) is not None
            above += 1
            found = list(self._header(doc, lang, names, content[above : above + 6], strong=True))
            below = content[above : above + 4]
            if named and all(byline_names(doc, j, names) is None for j in below):
                found = []
                break
        if found:
            yield from (Decision(i, "section_label") for i in (*masthead, *content[:above]))
        yield from found
        yield from self._copy_below(doc, names, found, content[:1])

    def _only_headline(self, doc: Document, index: int, names: NameReader) -> bool:
        """A text that is nothing but a headline (a scraper that kept the page's title and lost its
        story): a line of several words that surely reads as a headline (see
        :meth:`_sure_headline`), not as a sentence or a name. It is the title, and the article has
        no body."""
        block = doc.blocks[index]
        text = block.text
        return (
            doc.is_free(index)
            and block.words <= self.max_lone_title_words
            and self._sure_headline(text)
            and self._is_headline(text, block.words)
            and not ends_sentence(text)
            and _WEB_ADDRESS.search(text) is None
            and names.names(text) is None
        )

    def _copy_below(
        self, doc: Document, names: NameReader, found: list[Decision], top: list[int]
    ) -> Iterator[Decision]:
        """The headline printed again a few lines below it, over the story ("Headline",
        "immunology", "Headline", story): the copy goes, and so do the few unclaimed lines between
        (captions, a category, a link), but for a byline (the byline filter reads it). When no
        header was found, the first line is the headline if it reads as one and its copy is
        there."""
        if any(d.reason == "repeated_title" for d in found):
            return
        lifted = next((d for d in found if d.reason == "title"), None)
        if lifted is not None:  # its value: "… | Site" printed again as "…"
            title, headline = lifted.block, lifted.values[0]
            words = word_count(headline)
        elif top and doc.is_free(top[0]):
            title, headline = top[0], doc.blocks[top[0]].text
            words = doc.blocks[title].words
            if not self._is_headline(headline, words):
                return
        else:
            return
        # The cheap tests on the headline come first: a first line that is a long paragraph (most
        # texts with no header) is never compared with the blocks below it.
        if words < self.min_lone_title_words:
            return
        copy = self._copy_of(doc, title, headline)
        if copy is None or (lifted is None and names.byline(headline) is not None):
            return
        claimed = {d.block for d in found}
        lines = range(title + 1, copy)
        between = [
            j
            for j in lines
            if j not in claimed and doc.is_content(j) and byline_names(doc, j, names) is None
        ]
        words = sum(word_count(doc.rest(j)) for j in between)
        if len(between) > self.max_furniture_lines or words > self.max_furniture_words:
            return
        # Paragraphs of the story between the two print no header: something between must be
        # metadata (a byline, a date, a credit already taken) or a line that is not a sentence.
        if all(j in between and ends_sentence(doc.blocks[j].text) for j in lines):
            return
        if lifted is None:
            yield Decision(title, "title", field="title", values=(headline,))
        for j in between:
            for seg in doc.segments(j):
                yield Decision(j, "header_furniture", seg.start, seg.end)
        yield Decision(copy, "repeated_title")

    def _copy_of(self, doc: Document, title: int, headline: str) -> int | None:
        """The first free block within ``max_copy_distance`` below ``title`` with the words of
        ``headline`` (only blocks of about its length are compared)."""
        key: tuple[str, ...] | None = None
        size = len(headline)
        for j in range(title + 1, min(len(doc), title + 1 + self.max_copy_distance)):
            text = doc.blocks[j].text
            if abs(len(text) - size) > size // 2 or not doc.is_free(j):
                continue
            key = key or _key(headline)
            folded = text.casefold()
            # The words of a copy are in its folded text: a line without the first is none.
            if key and key[0] not in folded:
                continue
            if tuple(_WORDS.findall(folded)) == key:
                return j
        return None

    def _section_over_headline(
        self, doc: Document, found: list[Decision], names: NameReader
    ) -> bool:
        """A "headline" of a word or two over a "standfirst" that reads as a headline (no full
        stop): a section label over the real headline ("Club News" over "Reserves clinch …")."""
        title = next((d for d in found if d.reason == "title"), None)
        subtitle = next((d for d in found if d.reason == "subtitle"), None)
        if title is None or subtitle is None:
            return False
        standfirst = doc.blocks[subtitle.block].text
        words = doc.blocks[subtitle.block].words
        return (
            doc.blocks[title.block].words <= _SECTION_LABEL_WORDS
            and words >= self.min_lone_title_words + 1
            and self._is_headline(standfirst, words)
            and not ends_sentence(standfirst)
            and names.any_byline(standfirst) is None
        )

    def _masthead(
        self, doc: Document, content: list[int], names: NameReader, lang: LanguagePack
    ) -> list[int]:
        """The lines above the site's menu at the top of the page (its name, a tagline): the
        headline comes after the menu, not before it. Empty when no menu row or search box was
        found among the first blocks, or a line above it is not label-like."""
        top = range(min(len(doc), self.max_header_blocks + self.max_section_lines))
        menus = [j for j in top if claimed_for(doc, j, _CHROME)]
        if not menus:
            return []
        menu = menus[-1]  # the last menu row or search box among the first blocks
        above = [i for i in content if i < menu]
        if len(above) > self.max_section_lines or not all(
            self._is_section(doc, i, names, allow_names=True)
            or (i == above[0] and self._is_site_line(doc, i, lang))
            for i in above
        ):
            return []
        return above

    def _is_site_line(self, doc: Document, index: int, lang: LanguagePack) -> bool:
        """The site's name and tagline, the first line of the page ("The Ferncliffe Flyer — news
        from Ferncliffe and Hollins Bank", "Sportello Utenti Informa - Il portale dei
        consumatori"): a name of a few capitalised words, a dash or bar, then a phrase that is no
        sentence."""
        text = doc.blocks[index].text
        if not doc.is_free(index) or word_count(text) > self.max_site_line_words:
            return False
        match = _SITE_LINE.fullmatch(text)
        if match is None or text.rstrip(_CLOSERS)[-1:] in ".,;:!?":
            return False
        site = match["site"]
        outlet = lang.derived("connectors", connectors)
        return word_count(site) <= _MAX_SITE_WORDS and looks_like_name(site, outlet)

    def _is_section(
        self, doc: Document, index: int, names: NameReader, *, allow_names: bool = False
    ) -> bool:
        text = doc.blocks[index].text
        # The cheap tests first: a paragraph ends with a full stop.
        return (
            doc.is_free(index)
            and text.rstrip(_CLOSERS)[-1:] not in ".,;:!?"
            and text[:1].isupper()
            and all(1 <= word_count(p) <= self.max_section_words for p in SEPARATOR.split(text))
            and names.byline(text) is None
            and (allow_names or names.names(text) is None)
        )

    def _header(
        self,
        doc: Document,
        lang: LanguagePack,
        names: NameReader,
        content: list[int],
        *,
        strong: bool,
    ) -> Iterator[Decision]:
        """The headline's decisions when ``content[0]`` is one (``strong``: only when a copy, a
        byline/date line or a standfirst shows it)."""
        if len(content) < 2 or not doc.is_free(content[0]):
            return
        first = content[0]
        headline = doc.blocks[first].text
        second = doc.blocks[content[1]].text
        # Two lines of different word counts are not the same text (a paragraph under a
        # paragraph is not split into words to compare them).
        twice = doc.blocks[first].words == doc.blocks[content[1]].words and same_text(
            second, headline
        )
        words = doc.blocks[first].words
        headline_like = self._is_headline(headline, words) or (
            twice and _title_case(headline) and words <= self.max_title_words
        )
        if not headline_like or names.byline(headline) is not None:
            return
        # A line that reads as a name ("Claire Reid", "Lifeboat Crew Rescues Four Sailors") is a
        # headline only above a byline; above a date line, or alone, it is the byline itself.
        name_like = names.names(headline) is not None
        suffix = self._site_suffix(headline, lang)
        following = content[1:]
        # "Review - shoots for the moon - VG247" over "Review – shoots for the moon": the copy
        # printed without the site's name.
        bare = suffix is not None and _key(second) == _key(suffix["head"])
        copy = following[0] if twice or bare else None
        # "Opinion | Is Football Violence a Crime?" over "Is Football Violence a Crime?": the page
        # title with its section, then the headline.
        parts = headline.split(" | ")
        sectioned = (
            copy is None
            and len(parts) > 1
            and any(same_text(part, second) for part in (parts[0], parts[-1]))
        )
        if sectioned:
            copy, suffix = following[0], None
        if copy is not None:
            following = following[1:]
        subtitle = deck = None
        meta = self._meta(doc, following[0], names, first) if following else None
        # Below, meta is None: the line under the headline names no one (it is no byline).
        if meta is not None:
            if name_like and meta != "byline":
                return
        elif (
            len(following) >= 2
            and self._is_standfirst(doc, following[0])
            and self._meta(doc, following[1], names, following[0]) is not None
            and (not strong or copy is not None or self._confirms(doc, following[0], headline))
        ):
            subtitle = following[0]
        elif not (strong or name_like) and suffix is None and self._deck_over_lede(doc, following):
            deck = following[0]
        elif name_like or (
            copy is None
            and (strong or (suffix is None and not self._leads_into_body(doc, following, headline)))
        ):
            return
        if sectioned and copy is not None:
            yield Decision(copy, "title", field="title", values=(second,))
            yield Decision(first, "repeated_title")
            copy = None
        elif suffix is None:
            yield Decision(first, "title", field="title", values=(headline,))
        else:  # "Bike book review | MoreBikes": the headline, and the site's name
            yield Decision(first, "title", 0, suffix.start("head_end"), "title", (suffix["head"],))
            yield Decision(
                first, "site_name", suffix.start("site"), None, "site", (suffix["site"],)
            )
        if copy is not None:
            yield Decision(copy, "repeated_title")
        if subtitle is not None:
            yield Decision(
                subtitle, "subtitle", field="subtitle", values=(doc.blocks[subtitle].text,)
            )
        if deck is not None:
            yield Decision(deck, "header_furniture")

    def _page_title(self, doc: Document) -> Iterable[Decision]:
        """Claim the blocks near the top that are the page's headline (as its markup gives it),
        and the standfirst printed under it (marked as one, or the page's description)."""
        hints = doc.hints
        keys = {_key(t) for t in hints.titles}
        title_at = None
        for i in doc.content_indices()[: self.max_header_blocks]:
            text = doc.blocks[i].text
            if not doc.is_free(i) or _key(text) not in keys:
                continue
            if title_at is None:
                title_at = i
                value = (
                    text if hints.title is None or _key(text) == _key(hints.title) else hints.title
                )
                yield Decision(i, "title", field="title", values=(value,))
            else:
                yield Decision(i, "repeated_title")
        if not hints.description and not hints.standfirsts:
            return
        # The standfirst: the first line under the headline (or the first line, when the page's
        # headline was not printed in the content) that the markup marks as one (class "dek",
        # "standfirst"…), or that is the page's description and is marked up as a heading or does
        # not end like a sentence — a lede paragraph is often the description too.
        after = [i for i in doc.content_indices() if title_at is None or i > title_at][:1]
        if after and doc.is_free(after[0]):
            block = doc.blocks[after[0]]
            marked = " ".join(block.text.split()).casefold() in hints.standfirsts
            described = hints.description is not None and _key(block.text) == _key(
                hints.description
            )
            if block.words <= self.max_subtitle_words and (
                marked or (described and (block.kind == "head" or not ends_sentence(block.text)))
            ):
                yield Decision(after[0], "subtitle", field="subtitle", values=(block.text,))

    def _site_suffix(self, headline: str, lang: LanguagePack) -> regex.Match[str] | None:
        """The site's name after the headline, as page titles carry it ("… | MoreBikes",
        "… - The Courier"): a short name, shorter than the headline before it."""
        if not any(mark in headline for mark in _SITE_MARKS):
            return None
        match = _SITE_SUFFIX.fullmatch(headline)
        if match is None:
            return None
        site, head = match["site"], match["head"]
        outlet = lang.derived("connectors", connectors)
        if word_count(site) > _MAX_SITE_WORDS or word_count(site) >= word_count(head):
            return None
        return match if looks_like_name(site, outlet) else None

    def _confirms(self, doc: Document, standfirst: int, headline: str) -> bool:
        """Below lines taken for a site's name or section, a short headline (as short as a tagline)
        needs a standfirst that is a sentence: else that line is the headline, and the one above
        it the site's tagline ("Chroniques d'une vallée" over "Ligne 412 supprimée : …")."""
        long_headline = word_count(headline) > self.max_section_words
        return long_headline or ends_sentence(doc.blocks[standfirst].text)

    def _leads_into_body(self, doc: Document, following: list[int], headline: str) -> bool:
        """A headline printed once, straight above the first paragraph of the story: a short line
        of several words over a long paragraph that ends like a sentence, or over a paragraph that
        opens with a wire dateline ("BERLIN -- The agency said …"). (Cleaning the result again
        finds no headline: the first block is then that paragraph.)"""
        if not following or not doc.is_free(following[0]):
            return False
        first = doc.blocks[following[0]].text
        first_words = doc.blocks[following[0]].words
        return (
            self.min_lone_title_words <= word_count(headline) <= self.max_lone_title_words
            and headline.rstrip(_CLOSERS)[-1:] not in "!?"
            and not has_quote(headline[:1])  # an opening quotation, not a headline
            and _WEB_ADDRESS.search(headline) is None  # "Tested by: … More info: www.…", facts
            and (
                (first_words >= self._lead_words(headline) and ends_sentence(first))
                or _DATELINE.match(first) is not None
            )
        )

    def _lead_words(self, headline: str) -> int:
        """How long the first paragraph under a lone headline must be: shorter under a headline in
        title case ("Tim Cook On Apple Being 'Pulled Into The Enterprise'"), which no opening
        sentence of a story is written in."""
        if headline.isupper():  # capitals: a label or a button
            return self.min_lead_words
        if self._sure_headline(headline):
            return self.min_short_lead_words
        return self.min_title_case_lead_words if _title_case(headline) else self.min_lead_words

    def _sure_headline(self, text: str) -> bool:
        """A line of several words, mostly words of letters, in one part, not in capitals and with
        no sentence break inside: not a label ("Published: 16 May 2017 10:30"), a button, a menu,
        or a caption with its credit ("… in New York. Reuters")."""
        words = text.split()
        return (
            len(words) >= self.min_sure_title_words
            and 2 * sum(any(c.isdigit() for c in w) for w in words) < len(words)
            and not text.isupper()
            and _PARTED.search(text) is None
            and _LABEL.match(text) is None
            and _SENTENCE_BREAK.search(text) is None
        )

    def _deck_over_lede(self, doc: Document, following: list[int]) -> bool:
        """A second headline-like line between the headline and the story's first paragraph (the
        standfirst, or the headline as the page prints it under its page title): a line of
        several words that does not end like a statement, over a long first paragraph or a wire
        dateline. (The caller knows the line names no one.)"""
        if len(following) < 2 or not self._is_standfirst(doc, following[0]):
            return False
        deck = doc.blocks[following[0]].text
        if has_date(doc, following[0]) or not (
            self.min_lone_title_words <= doc.blocks[following[0]].words <= self.max_lone_title_words
            and deck.rstrip(_CLOSERS)[-1:] not in ".,;:"
            and not deck[:1].islower()
            and not has_quote(deck[:1])  # an opening quotation is the story's first words
            and not deck.isupper()  # "LOOK WHAT YOU MADE ME DO": the story's first subheading
        ):
            return False
        # "… advertiser. All opinions are mine alone. #ad": sentences, not a headline.
        if any(not inside_quotes(deck, m.start()) for m in _SENTENCE_BREAK.finditer(deck)):
            return False
        lede = doc.blocks[following[1]].text
        return doc.is_free(following[1]) and (
            (doc.blocks[following[1]].words >= self.min_lead_words and ends_sentence(lede))
            or _DATELINE.match(lede) is not None
        )

    def _is_headline(self, text: str, words: int) -> bool:
        """A line of ``words`` words (its :func:`word_count`) that may be a headline: not too long,
        not a menu, not ending like a clause, not starting in lowercase."""
        return (
            2 <= words <= self.max_title_words
            and (  # "Cidade | Política | Esportes"
                not has_separator(text) or len(SEPARATOR.findall(text)) < _MENU_ITEMS - 1
            )
            and text.rstrip(_CLOSERS)[-1:] not in ".,;:"
            and not text[:1].islower()
        )

    def _is_standfirst(self, doc: Document, index: int) -> bool:
        """A free line short enough for a standfirst (the caller knows it names no one: it is
        the line :meth:`_meta` found no byline on)."""
        return doc.is_free(index) and doc.blocks[index].words <= self.max_subtitle_words

    def _meta(self, doc: Document, index: int, names: NameReader, previous: int) -> str | None:
        """``"byline"`` or ``"date"`` when block ``index`` is a byline or date line (a date line may
        also sit, fully claimed, between ``previous`` and ``index``), else ``None``."""
        if byline_names(doc, index, names) is not None:
            return "byline"
        if any(has_date(doc, j) for j in range(previous + 1, index + 1)):
            return "date"
        return None
