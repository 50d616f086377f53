"""Engagement and navigation: read-more lists, share and follow prompts, ads, comment residue."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import regex

from ..document import Decision, Document
from ..itemwise import LineMatcher
from ..language import RUNS, LanguagePack
from ..registry import register_filter
from ..text import SHORT_LINE, ends_sentence, has_quote, is_reported, word_count
from ..triggers import Key, TriggerIndex
from ._parts import line_parts
from .base import Filter

_EDGE = " \t.:;!|-–—•·>»«<"
# Whole-line patterns, in the order they are tried, with the reason each gives.
_LINES = (
    ("furniture", "page_furniture"),
    ("share", "share_prompt"),
    ("follow", "follow_prompt"),
    ("comments", "comment_residue"),
)


# Line kinds whose patterns allow free text after the key phrase, so may catch a reported sentence
# ("Got something going on at home? Tell us, the counsellor urged pupils."). A line that opens
# with a link label is a link whatever its headline says ("Mayor says …").
_SPEECH_CHECKED = frozenset({"page_furniture", "share_prompt", "follow_prompt", "comment_residue"})
_WHOLE_LINES = frozenset(reason for _, reason in _LINES)
# What a segment left of a line may be taken as: a whole-line kind, or a link list's label left
# alone once another filter took the rest ("Read more:" before a date), as the label alone on its
# line would be (its link titles are not looked for: the line was no label line).
_PART_REASONS = _WHOLE_LINES | {"link_list"}
_CLOSING_QUOTES = "\"”’'»«“"
_GLUED_TAIL = 40  # characters at the end of a paragraph searched for glued button text
_ANSWER_WORDS = 20  # a paragraph this long under a question answers it
_MARKUP_SHARE = 0.5  # a line whose markup covers this share of it is markup, not text
_MARKUP_MAX_CHARS = 2000  # a longer block is text with some markup in it, at most
_CLASS_RUN = 3  # this many class names in a row are a style sheet printed as text
_BULLETS = "-•* "
_JOINERS = regex.compile("[-_]")
_LIST_HEADING_WORDS = 4  # a link list's heading is this short ("Don't miss", "More on this")
_HEADLINE_ENDS = ".!?…:;"  # a capital line ending so is a sentence or a label, not a headline
_FIGURES = regex.compile(r"\d\S*\s.*\d")  # two figures: a table row or a score line


@dataclass(frozen=True)
class _Patterns:
    lines: tuple[tuple[LineMatcher, str], ...]
    link_list: LineMatcher
    link_line: regex.Pattern[str]
    link_line_runs: Key | None
    """The runs that every line the ``link_line`` pattern matches holds (see ``may_match``)."""
    tagged_link: LineMatcher
    links_only: LineMatcher
    glued: regex.Pattern[str]
    has_glued: bool
    """False when the pack lists no ``glued`` patterns (nothing to look for)."""
    speech: regex.Pattern[str]
    thread: LineMatcher
    commenter: regex.Pattern[str]
    markup: regex.Pattern[str]
    class_name: regex.Pattern[str]
    conjunctions: frozenset[str]
    needs: frozenset[Key] | None
    """The trigger-index keys of every item with runs of the line patterns: a line whose keys
    hold none of them is one only by an item without runs, of a whole-line table
    (:attr:`keyless_lines`). ``None`` when a link pattern may match a line without its keys."""
    keyless_lines: tuple[tuple[LineMatcher, str], ...]
    """The whole-line tables with items without runs, in order, with their reasons."""

    @classmethod
    def for_language(cls, lang: LanguagePack) -> _Patterns:
        def pat(key: str) -> regex.Pattern[str]:
            return lang.pattern("engagement", key)

        def lines(key: str) -> LineMatcher:
            return lang.line_matcher("engagement", key)

        runs = ("engagement", "link_line", RUNS)
        link_line_runs = runs if ("engagement", "link_line") in lang.pattern_runs else None
        line_kinds = tuple((lines(key), reason) for key, reason in _LINES)
        links = (lines("link_list"), lines("tagged_link"), lines("links_only"))
        needs = None
        if link_line_runs is not None and not any(m.keyless for m in links):
            found: set[Key] = {link_line_runs}
            for matcher in (*links, *(m for m, _ in line_kinds)):
                found.update(matcher.keys)
            needs = frozenset(found)
        return cls(
            lines=line_kinds,
            link_list=links[0],
            tagged_link=links[1],
            links_only=links[2],
            glued=pat("glued"),
            has_glued=bool(lang.data.get("engagement", {}).get("patterns", {}).get("glued")),
            link_line=regex.compile(rf"^(?:{pat('link_line').pattern})\s*\S", regex.IGNORECASE),
            link_line_runs=link_line_runs,
            speech=lang.phrases("language", "reporting_verbs"),
            thread=lines("thread"),
            commenter=pat("commenter"),
            markup=pat("markup"),
            class_name=pat("class_name"),
            conjunctions=frozenset(lang.words("language", "conjunctions")),
            needs=needs,
            keyless_lines=tuple((m, reason) for m, reason in line_kinds if m.keyless),
        )


@register_filter
@dataclass(frozen=True)
class Engagement(Filter):
    """Remove page furniture and prompts to engage: "Advertisement", "Story continues below",
    "Skip to content", share and follow lines, comment-section residue, "Read more:" / "Related:"
    lines and the link titles listed under a "Read more" or "Recommended" heading. Sentences that
    use the same words in the story ("Share prices fell", "Read more about it on the website, she
    said") stay. Questions to readers at the end are the ``reader_questions`` filter's job."""

    name = "engagement"
    description = "read-more and related links, share/follow prompts, ads, comment residue"
    reasons = {
        "page_furniture": "advertisement slot, 'story continues below', skip link and the like",
        "share_prompt": "a share button or share prompt",
        "follow_prompt": "a prompt to follow the outlet on social media",
        "comment_residue": "comment-section furniture (counts, reply and login links), or a whole "
        "comment thread under its heading",
        "link_line": "a 'Read more:'/'Related:' line naming another story",
        "link_list": "a 'Read more'/'Recommended' heading or a link title listed under it",
        "markup_residue": "markup printed as text: a line of HTML tags, escaped tags or "
        "shortcodes, or a run of style-sheet class names",
        "caps_headline": "another story's headline printed in capitals between two paragraphs",
    }

    max_line_words: int = 25
    max_link_words: int = 18
    max_links: int = 8
    min_caps_headline_words: int = 7

    def label(self, doc: Document, lang: LanguagePack) -> Iterable[Decision]:
        """Claim furniture, share/follow lines, comment residue, link lines and link lists."""
        pats = lang.derived("engagement", _Patterns.for_language)
        triggers = lang.trigger_index
        claimed: dict[int, str] = {}
        rows: list[Decision] = []  # rows of buttons of several kinds, taken part by part
        thread = self._thread(doc, lang, pats)
        yield from thread
        taken = {d.block for d in thread}
        is_free, blocks, keys_of = doc.is_free, doc.blocks, doc.cues.keys
        content = [i for i in doc.content_indices() if is_free(i) and i not in taken]
        max_words = self.max_line_words
        pos = 0
        while pos < len(content):
            i = content[pos]
            block = blocks[i]
            pos += 1
            if block.words > max_words or len(block.text) > SHORT_LINE:
                continue
            text = block.text
            reason = self._line_reason(text, pats, keys_of(i, triggers))
            if reason is None and ("|" in text or "•" in text or "·" in text):  # SEPARATOR_MARKS
                row = self._row(doc, i, pats, keys_of(i, triggers))
                if row:
                    rows.extend(row)
                    claimed[i] = "row"
                    continue
            if reason is not None:
                claimed[i] = reason
                if reason == "link_list":
                    stop = min(len(content), pos + self.max_links)
                    while (
                        pos < stop
                        and self._is_link_title(
                            doc.blocks[content[pos]].text,
                            pats,
                            doc.cues.keys(content[pos], triggers),
                        )
                        and not self._answered(doc, content, pos, pats)
                    ):
                        claimed[content[pos]] = "link_list"
                        pos += 1
        for i in self._tagged_list_heading(doc, content, pats, triggers, claimed):
            claimed[i] = "link_list"  # claimed, so that the passes below leave it alone
        for i in sorted(claimed):
            if claimed[i] != "row":
                yield Decision(i, claimed[i])
        yield from rows
        yield from self._parts(doc, pats, triggers, taken)
        yield from self._glued(doc, lang, pats, claimed)
        yield from self._markup(doc, pats, claimed)
        yield from self._caps_headlines(doc, claimed)

    def _thread(self, doc: Document, lang: LanguagePack, pats: _Patterns) -> list[Decision]:
        """A comment thread: its heading ("2 thoughts on “Bridge reopens”") and every block after
        it, when a commenter line ("Jane Doe says:") follows the heading."""
        content = doc.content_indices()
        if pats.thread.keyless:
            heads: Iterable[int] = content
        else:  # only a block with the key of one of its items may be a heading (in order)
            heads = doc.cues.with_any(lang.trigger_index, pats.thread.keys)
        for i in heads:
            text = doc.blocks[i].text
            if not doc.is_free(i) or len(text) > SHORT_LINE or not doc.is_content(i):
                continue
            keys = doc.cues.keys(i, lang.trigger_index)
            if not pats.thread(text.strip(_EDGE), keys):
                continue
            rest = content[content.index(i) + 1 :]
            if not any(pats.commenter.fullmatch(doc.blocks[j].text.strip()) for j in rest):
                return []
            out = [Decision(i, "comment_residue")]
            for j in rest:
                if doc.is_free(j):
                    out.append(Decision(j, "comment_residue"))
                else:  # a comment's date, already taken: the rest of its line goes too
                    out.extend(
                        Decision(j, "comment_residue", seg.start, seg.end)
                        for seg in doc.segments(j)
                    )
            return out
        return []

    def _parts(
        self, doc: Document, pats: _Patterns, triggers: TriggerIndex, taken: set[int]
    ) -> Iterable[Decision]:
        """Furniture left in a line another filter took part of ("Jane Doe | 3 March 2021 |
        4 min read"): each unclaimed segment that is furniture, share, follow or comment text."""
        for i in doc.content_indices():
            if doc.is_free(i) or len(doc.blocks[i].text) > SHORT_LINE or i in taken:
                continue
            keys = doc.cues.keys(i, triggers)  # a segment's runs are its block's
            for seg in doc.segments(i):
                if word_count(seg.text) > self.max_line_words:
                    continue
                reason = self._line_reason(seg.text, pats, keys)
                if reason in _PART_REASONS:
                    yield Decision(i, reason, seg.start, seg.end)

    def _glued(
        self, doc: Document, lang: LanguagePack, pats: _Patterns, claimed: dict[int, str]
    ) -> Iterable[Decision]:
        """Share-button text stuck to the end of a paragraph ("…business.Click To Tweet")."""
        if not pats.has_glued:
            return
        runs = lang.runs_of([("engagement", "glued")])
        if runs is None:
            blocks = doc.content_indices()
        else:  # only a block with one of the pattern's runs may match it
            blocks = [i for i in doc.cues.with_any(lang.trigger_index, runs) if doc.is_content(i)]
        for i in blocks:
            text = doc.blocks[i].text
            if i in claimed or not doc.is_free(i):
                continue
            match = pats.glued.search(text, max(0, len(text) - _GLUED_TAIL))
            if match is not None and match.start() > 0:
                yield Decision(i, "share_prompt", match.start(), len(text))

    def _markup(
        self, doc: Document, pats: _Patterns, claimed: dict[int, str]
    ) -> Iterable[Decision]:
        """Markup the scraper printed as text: a line that is mostly HTML tags, escaped tags or
        shortcodes ("[button link=…] Send us your review[/button]"), and a run of lines that are
        each a style-sheet class name ("- narrow-browser-and-phone"). A sentence that mentions a
        tag ("Use <br> to break a line") stays."""
        run: list[int] = []
        content = [i for i in doc.content_indices() if i not in claimed and doc.is_free(i)]
        for i in (*content, None):
            block = None if i is None else doc.blocks[i]
            text = "" if block is None else block.text
            if (
                block is not None
                and block.words <= 2
                and pats.class_name.fullmatch(text.lstrip(_BULLETS))
            ):
                run.append(block.index)
                continue
            if len(run) >= _CLASS_RUN and self._class_names(doc, run):
                yield from (Decision(j, "markup_residue") for j in run)
            run = []
            if i is None or len(text) > _MARKUP_MAX_CHARS:
                continue
            if "<" not in text and "&" not in text and "[" not in text:  # no markup sign
                continue
            markup = sum(m.end() - m.start() for m in pats.markup.finditer(text))
            if markup >= _MARKUP_SHARE * len(text):
                yield Decision(i, "markup_residue")

    def _tagged_list_heading(
        self,
        doc: Document,
        content: list[int],
        pats: _Patterns,
        triggers: TriggerIndex,
        claimed: dict[int, str],
    ) -> list[int]:
        """The short heading ("DON'T MISS") right above two or more headlines tagged with their
        section ("Plague fears grow [PICTURES]"): the heading of that link list. The same heading
        over lines that are no tagged links ("Don't miss" over a list of events) stays."""
        if "link_line" not in claimed.values():
            return []
        out = []
        for pos in range(len(content) - 2):
            i = content[pos]
            block = doc.blocks[i]
            if (
                i in claimed
                or block.words > _LIST_HEADING_WORDS
                or ends_sentence(block.text)
                or not all(
                    claimed.get(j) == "link_line"
                    and pats.tagged_link(doc.blocks[j].text, doc.cues.keys(j, triggers))
                    for j in content[pos + 1 : pos + 3]
                )
            ):
                continue
            out.append(i)
        return out

    def _caps_headlines(self, doc: Document, claimed: dict[int, str]) -> Iterable[Decision]:
        """A linked headline of another story printed in capitals between two paragraphs of the
        story ("SENATOR ELIMINATED FROM 'DANCING WITH THE STARS'"). It has a headline's length
        (a crosshead of the story, "LOOK WHAT YOU MADE ME DO", is shorter), no closing full stop
        and few figures (a table row has many); the block before it ends a sentence but does not
        announce it (a paragraph ending in a colon: a sign or a slogan quoted in capitals), and
        neither neighbour is in capitals (a run of capital lines is a table or a notice). In a
        page (HTML input), the whole line is a link's text."""
        content = doc.content_indices()
        low, high = self.min_caps_headline_words, self.max_line_words
        for pos in range(1, len(content) - 1):
            i = content[pos]
            block = doc.blocks[i]
            if not low <= block.words <= high or i in claimed or not block.text.isupper():
                continue
            if block.kind != "text" and not block.linked:
                continue  # a page's capital headline that links nowhere is a crosshead
            text = block.text
            if text[-1] in _HEADLINE_ENDS or "|" in text or _FIGURES.search(text):
                continue
            before, after = doc.blocks[content[pos - 1]].text, doc.blocks[content[pos + 1]].text
            if (
                doc.is_free(i)
                and ends_sentence(before)
                and before.rstrip()[-1] not in ":;"
                and not before.isupper()
                and not after.isupper()
            ):
                yield Decision(i, "caps_headline")

    def _class_names(self, doc: Document, run: list[int]) -> bool:
        """Most class names join three words or more ("wide-browser-and-larger"); a list of
        compounds ("gluten-free", "dairy-free", "sugar-free") is an ingredient list."""
        long = sum(len(_JOINERS.findall(doc.blocks[j].text.lstrip(_BULLETS))) >= 2 for j in run)
        return 2 * long >= len(run)

    def _row(
        self, doc: Document, index: int, pats: _Patterns, keys: frozenset[Key]
    ) -> list[Decision]:
        """A row of page buttons of several kinds ("Guardar | Comentar (4)", "Save · Share ·
        12 comments"): every part of the line, split at its separators, is a whole-line kind of
        its own. Each part goes with its reason; none when a part is anything else."""
        out = []
        parts = line_parts(doc, index)
        for part in parts if len(parts) > 1 else ():
            reason = self._line_reason(part.text, pats, keys)
            if reason not in _WHOLE_LINES:
                return []
            out.append(Decision(index, reason, part.start, part.end))
        return out

    def _line_reason(self, text: str, pats: _Patterns, keys: frozenset[Key]) -> str | None:
        """Why the line ``text`` goes, if it does (``keys``: the trigger-index keys of its
        block)."""
        reason = self._line_kind(text, pats, keys)
        if reason in _SPEECH_CHECKED and is_reported(text, pats.speech):
            return None  # "Follow us on Twitter, the mayor urged …"
        return reason

    def _line_kind(self, text: str, pats: _Patterns, keys: frozenset[Key]) -> str | None:
        """The kind of line ``text`` is (``keys``: the trigger-index keys of its block)."""
        bare = text.strip(_EDGE)
        if pats.needs is not None and pats.needs.isdisjoint(keys):
            # Most lines: no item with runs can match, nor a link pattern (see _Patterns.needs).
            for matches, reason in pats.keyless_lines:
                if matches(bare, keys):
                    return reason
            return None
        for matches, reason in pats.lines:
            if matches(bare, keys):
                return reason
        if pats.link_list(text.strip(), keys):
            return "link_list"
        # A linked headline; "Latest: Police have reopened the road." (a full stop) is news.
        if (
            (pats.link_line_runs is None or pats.link_line_runs in keys)
            and pats.link_line.match(text)
            and not has_quote(text[:1])
            and not text.endswith(".")
        ):
            return "link_line"
        if pats.tagged_link(text, keys) or pats.links_only(text, keys):
            return "link_line"
        return None

    def _answered(self, doc: Document, content: list[int], pos: int, pats: _Patterns) -> bool:
        """A question that opens with "And"/"But" and has a paragraph right under it is the
        story's ("¿Y la luna de miel?", answered below), not a linked headline."""
        text = doc.blocks[content[pos]].text
        if not text.endswith("?") or pos + 1 >= len(content):
            return False
        first = text.lstrip("¿¡\"“„«'‘ ").split(maxsplit=1)[0].lower()
        answer = doc.blocks[content[pos + 1]]
        return (
            first in pats.conjunctions
            and answer.words >= _ANSWER_WORDS
            and ends_sentence(answer.text)
        )

    def _is_link_title(self, text: str, pats: _Patterns, keys: frozenset[Key]) -> bool:
        if pats.link_list(text.strip(), keys):
            return False  # the next list's heading: the outer loop takes it
        # A headline may end with a quotation ("Chef: «My toughest test»"): look inside it.
        inner = text.rstrip().rstrip(_CLOSING_QUOTES) or text
        return word_count(text) <= self.max_link_words and (
            inner.endswith("?") or not ends_sentence(inner)
        )
