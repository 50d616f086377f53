"""Prompts that address the reader: notifications, cookies, newsletters, apps, paywalls."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex

from ..document import Block, Decision, Document
from ..language import LanguagePack
from ..registry import register_filter
from ..text import SHORT_LINE, addresses_reader, is_reported, without
from ..triggers import Key
from .base import Filter

_KINDS = ("notification", "cookie", "newsletter", "app", "paywall")
# Prompts that come with buttons ("Accept", "Not now | Download").
_BANNERS = frozenset({"cookie_prompt", "notification_prompt", "app_prompt"})
# Prompts that may run to a paragraph: a cookie banner explaining itself, a membership pitch
# ("If you enjoyed this article, we have a proposition for you: Join …").
_LONG_KINDS = ("cookie", "paywall")
_LONG_CHARS = 2 * SHORT_LINE  # a longer block is never a prompt


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


@register_filter
@dataclass(frozen=True)
class Prompts(Filter):
    """Remove short lines that ask the reader to allow notifications, accept cookies, sign up to a
    newsletter, download an app or subscribe. A prompt speaks to the reader: its phrase opens a
    sentence ("Download the Courier app") or the outlet speaks in the line ("we", "our").
    Narration ("Tenants can now download the council's repairs app"), quotations ("its banner read
    \"We use cookies\"") and reported words ("…, she urged") are story content and stay."""

    name = "prompts"
    description = "push-notification, cookie, newsletter, app-download and paywall prompts"
    reasons = {
        f"{kind}_prompt": f"{_article(kind)} {kind} prompt addressed to the reader"
        for kind in _KINDS
    }

    max_words: int = 40
    """Longer blocks are never taken for a prompt…"""
    max_cookie_words: int = 90
    """…but for a cookie banner or a membership pitch, which may explain themselves at length (a
    cookie banner that opens with its phrase or speaks as the site, a pitch that opens with its
    phrase)."""

    def label(self, doc: Document, lang: LanguagePack) -> Iterable[Decision]:
        """Label each short free block that matches one of the pack's prompt patterns."""
        found: dict[int, str] = {}
        tables, runs, needs = lang.derived("prompt_gates", _gates)
        speech = lang.phrases("language", "reporting_verbs")
        outlet = lang.phrases("language", "outlet_words")
        leads = lang.derived("imperative_leads", _leads)
        triggers = lang.trigger_index
        blocks: Sequence[Block] = doc.blocks
        if runs is not None:  # only the blocks with a run of a prompt table are looked at
            blocks = [doc.blocks[i] for i in doc.cues.with_any(triggers, runs)]
        for block in blocks:
            text = block.text
            if len(text) > _LONG_CHARS or not doc.is_free(block.index):
                continue
            short = block.words <= self.max_words and len(text) <= SHORT_LINE
            if not short and block.words > self.max_cookie_words:
                continue
            keys = doc.cues.keys(block.index, triggers)
            if (tables and keys.isdisjoint(tables)) or (runs is not None and keys.isdisjoint(runs)):
                continue
            for kind in _KINDS if short else _LONG_KINDS:
                if not needs[kind] <= keys:
                    continue  # the kind's pattern cannot match (its words are not in the block)
                # A phrase of one kind in narration does not end the search: the line may still
                # hold a prompt of another kind.
                match = lang.search("prompts", kind, text, keys=keys)
                if match and (
                    addresses_reader(text, match.start(), match.end(), outlet, leads)
                    # A paragraph-long prompt opens with its phrase, or a cookie banner has the
                    # site speak ("Utilizamos cookies …", "We and our partners use cookies …"); a
                    # paragraph about cookies or paywalls is the story.
                    and (
                        short
                        or match.start() == 0
                        or (kind == "cookie" and outlet.search(text) is not None)
                    )
                ):
                    # Reported words are the story's, whatever they say (the prompt's own
                    # words do not count: "Receba um alerta sempre que X publicar").
                    if not is_reported(without(text, match.start(), match.end()), speech):
                        found[block.index] = f"{kind}_prompt"
                    break
        found.update(self._buttons(doc, lang, found))
        for index in sorted(found):
            yield Decision(index, found[index])

    def _buttons(self, doc: Document, lang: LanguagePack, found: dict[int, str]) -> dict[int, str]:
        """Banner buttons ("Got it", "Accept", "No thanks", "Not now | Download") right beside a
        cookie, notification or app prompt (or another button)."""
        buttons = lang.derived("buttons", lambda p: frozenset(p.words("prompts", "buttons")))
        out: dict[int, str] = {}
        for index in sorted(i for i, r in found.items() if r in _BANNERS):
            for step in (-1, 1):
                j = index + step
                while 0 <= j < len(doc) and j not in found and doc.is_free(j):
                    text = doc.blocks[j].text
                    if not _all_buttons(text, buttons):
                        break
                    # An app banner has no 'Read more' button: beside one, that line heads a
                    # list of links (a consent banner's 'Read more' is its own).
                    if found[index] == "app_prompt" and lang.fullmatches(
                        "engagement", "link_list", text
                    ):
                        break
                    out[j] = found[index]
                    j += step
        return out


_BUTTON_ROW_SEPARATORS = regex.compile(r"\s*[|·•/]\s*")
_MAX_BUTTONS = 6
_MAX_BUTTON_WORDS = 4 * _MAX_BUTTONS  # a longer line is no row of buttons: not searched


def _all_buttons(text: str, buttons: frozenset[str]) -> bool:
    """True for a banner button, or a row of them ("Accepter et fermer | Personnaliser", "ACEPTAR
    TODO RECHAZAR CONFIGURAR": the words read as buttons from first to last).

    >>> labels = frozenset({"alle akzeptieren", "nur notwendige", "accept"})
    >>> _all_buttons("Alle akzeptieren Nur notwendige", labels)
    True
    >>> _all_buttons("Accept the new rules", labels)
    False
    """
    parts = [p for p in _BUTTON_ROW_SEPARATORS.split(text.lower().strip(" .!")) if p]
    if not parts or len(parts) > _MAX_BUTTONS:
        return False
    return all(
        p in buttons or (len(p.split()) <= _MAX_BUTTON_WORDS and _covered(p.split(), buttons))
        for p in parts
    )


def _covered(words: list[str], buttons: frozenset[str], found: int = 0) -> bool:
    """True when ``words`` are button labels one after another (longest label first)."""
    if not words:
        return found > 1  # one label alone is matched whole by the caller
    if found >= _MAX_BUTTONS:
        return False
    for size in range(min(4, len(words)), 0, -1):
        if " ".join(words[:size]) in buttons and _covered(words[size:], buttons, found + 1):
            return True
    return False


def _gates(
    lang: LanguagePack,
) -> tuple[tuple[tuple[str, str], ...], frozenset[Key] | None, dict[str, frozenset[Key]]]:
    """What a line must hold to be searched, worked out once per pack: the prompt tables, to
    skip ordinary lines with one look for all their trigger words (empty when a kind has no
    trigger words: then every line goes on to the patterns); the keys of their runs
    (:meth:`~newsclean.language.LanguagePack.runs_of`); and each kind's
    :meth:`~newsclean.language.LanguagePack.needs`."""
    tables = tuple(("prompts", kind) for kind in _KINDS)
    if any(lang.triggers(*table) is None for table in tables):
        tables = ()
    runs = lang.runs_of(("prompts", kind) for kind in _KINDS)
    return tables, runs, {kind: lang.needs("prompts", kind) for kind in _KINDS}


def _leads(lang: LanguagePack) -> frozenset[str]:
    return frozenset(lang.words("language", "imperative_leads"))
