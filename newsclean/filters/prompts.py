"""Prompts that address the reader: notifications, cookies, newsletters, apps, paywalls."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..document import Decision, Document
from ..language import LanguagePack
from ..registry import register_filter
from ..text import SHORT_LINE, is_reported, word_count
from .base import Filter

_KINDS = ("notification", "cookie", "newsletter", "app", "paywall")


@register_filter
@dataclass(frozen=True)
class Prompts(Filter):
    """Remove short lines that ask the reader to allow notifications, accept cookies, sign up to a
    newsletter, download an app or subscribe. Lines that report someone's words ("…, she urged")
    are story content and stay."""

    name = "prompts"
    description = "push-notification, cookie, newsletter, app-download and paywall prompts"
    reasons = {f"{kind}_prompt": f"a {kind} prompt addressed to the reader" for kind in _KINDS}

    max_words: int = 40
    """Longer blocks are never taken for a prompt."""

    def label(self, doc: Document, lang: LanguagePack) -> Iterable[Decision]:
        """Label each short free block that matches one of the pack's prompt patterns."""
        speech = lang.phrases("language", "reporting_verbs")
        for block in doc.blocks:
            text = block.text
            if len(text) > SHORT_LINE or not doc.is_free(block.index):
                continue
            if word_count(text) > self.max_words:
                continue
            lowered = text.lower()
            if not any(w in lowered for w in _all_triggers(lang)):
                continue
            for kind in _KINDS:
                if lang.search("prompts", kind, text, lowered):
                    if not is_reported(text, speech):
                        yield Decision(block.index, f"{kind}_prompt")
                    break


def _all_triggers(lang: LanguagePack) -> tuple[str, ...]:
    """Every prompt trigger word, to skip ordinary lines with one pass."""
    return lang.derived(
        "prompt_triggers",
        lambda p: tuple(
            dict.fromkeys(w for k in _KINDS for w in p.triggers("prompts", k) or ("",))
        ),
    )
