"""Legal and syndication lines: copyright footers, "originally appeared on", wire credits."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex

from ..document import Block, Decision, Document
from ..language import LanguagePack
from ..registry import register_filter
from ..text import SHORT_LINE, is_reported, without
from ..triggers import Key
from .base import Filter

_KINDS = (
    ("copyright", "copyright_notice"),
    ("syndication", "syndication_note"),
    ("wire", "wire_credit"),
    ("disclosure", "disclosure_note"),
    ("citation", "citation"),
)


@register_filter
@dataclass(frozen=True)
class Legal(Filter):
    """Remove copyright footers ("© 2021 The Courier. All rights reserved."), syndication notes
    ("This article originally appeared on …"), wire credits ("(Reporting by …; Editing by …)"),
    disclosures ("This article contains affiliate links") and DOI reference lines.
    Sentences that only mention such words ("All rights reserved, the contract said, …") stay."""

    name = "legal"
    description = "copyright footers, syndication notes and wire credits"
    reasons = {
        "copyright_notice": "a copyright or rights-reserved footer",
        "syndication_note": "a note that the article was published elsewhere first",
        "wire_credit": "a wire-service reporting/editing credit",
        "disclosure_note": "a disclosure (affiliate links, a trip paid for by others) or a"
        " disclaimer (not advice, forward-looking statements)",
        "citation": "a labelled reference to the study reported, ending with its DOI",
    }

    max_words: int = 60

    def label(self, doc: Document, lang: LanguagePack) -> Iterable[Decision]:
        """Claim short free blocks that match the pack's legal patterns."""
        speech = lang.phrases("language", "reporting_verbs")
        triggers = lang.trigger_index
        runs, kinds = lang.derived("legal_gates", _gates)
        blocks: Sequence[Block] = doc.blocks
        gate = lang.derived("legal_gate", _gate)
        if gate is not None:  # only the blocks with a key that some kind needs are looked at
            blocks = [doc.blocks[i] for i in doc.cues.with_any(triggers, gate)]
        for block in blocks:
            text = block.text
            if len(text) > SHORT_LINE or not doc.is_free(block.index):
                continue
            if block.words > self.max_words:
                continue
            keys = doc.cues.keys(block.index, triggers)
            if runs is not None and keys.isdisjoint(runs):
                continue  # no legal pattern can match
            for key, reason, needs in kinds:
                if not needs <= keys:
                    continue  # the pattern cannot match (its words are not in the block)
                match = lang.search("legal", key, text, keys=keys)
                if match and not _own_site(match, doc.hints.site):
                    break  # a name, not the outlet: "Sánchez viajó a Rabat invitado por el rey"
                if match:
                    # The note's own words do not count ("The author writes according to …").
                    if not is_reported(without(text, match.start(), match.end()), speech):
                        yield Decision(block.index, reason)
                    break


def _own_site(match: regex.Match[str], site: str | None) -> bool:
    """True unless the match names an outlet (a pattern's ``outlet`` group) that is not the
    page's site: a one-word subject is the publication itself only when the page says so."""
    outlet = match.groupdict().get("outlet")
    return outlet is None or (site is not None and outlet.casefold() in site.casefold().split())


def _gates(
    lang: LanguagePack,
) -> tuple[frozenset[Key] | None, tuple[tuple[str, str, frozenset[Key]], ...]]:
    """The keys of the legal tables' runs, and each kind with what a line must hold for its
    pattern to match (:meth:`~newsclean.language.LanguagePack.needs`), worked out once per
    pack."""
    runs = lang.runs_of(("legal", key) for key, _ in _KINDS)
    return runs, tuple((key, reason, lang.needs("legal", key)) for key, reason in _KINDS)


def _gate(lang: LanguagePack) -> frozenset[Key] | None:
    """The keys that the legal kinds need (:func:`_gates`): a block holding none of them matches
    no kind. ``None`` when some kind needs none (then every block is looked at)."""
    needs = [need for _, _, need in _gates(lang)[1]]
    return frozenset().union(*needs) if all(needs) else None
