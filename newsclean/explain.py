"""Explain mode: for every block of the input, what happened to it, by which filter, and why."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .document import Document

Fate = Literal["kept", "removed", "lifted", "partial"]


@dataclass(frozen=True, slots=True)
class Claim:
    """One span a filter took from a block."""

    filter: str
    reason: str
    text: str
    field: str | None


@dataclass(frozen=True, slots=True)
class BlockReport:
    """A block's fate: ``kept`` (untouched), ``removed`` (all boilerplate), ``lifted`` (all taken,
    some into fields), or ``partial`` (some spans taken, the rest kept in the body)."""

    index: int
    text: str
    fate: Fate
    claims: tuple[Claim, ...]
    kept: str

    def line(self) -> str:
        """A one-line human summary, e.g. ``[3] removed  prompts/cookie_prompt  We use
        cookies…``."""
        what = ", ".join(
            f"{c.filter}/{c.reason}" + (f"->{c.field}" if c.field else "") for c in self.claims
        )
        snippet = self.text if len(self.text) <= 70 else self.text[:69] + "…"
        return f"[{self.index}] {self.fate:<8} {what or '-':<40} {snippet}"


@dataclass(frozen=True, slots=True)
class Explanation:
    """The report of a whole run: one :class:`BlockReport` per input block, in order."""

    blocks: tuple[BlockReport, ...]

    @classmethod
    def from_document(cls, doc: Document) -> Explanation:
        """Read every block's fate off a labelled document."""
        reports = []
        for block in doc.blocks:
            spans = doc.spans(block.index)
            claims = tuple(
                Claim(s.filter, s.reason, block.text[s.start : s.end], s.field) for s in spans
            )
            kept = doc.rest(block.index)
            fate: Fate
            if not spans and not doc.is_content(block.index):
                # A line of marks ("###"): the assembler records it as a separator.
                claims = (Claim("assemble", "separator", block.text, None),)
                fate, kept = "removed", ""
            elif not spans:
                fate = "kept"
            elif kept:
                fate = "partial"
            elif any(c.field for c in claims):
                fate = "lifted"
            else:
                fate = "removed"
            reports.append(BlockReport(block.index, block.text, fate, claims, kept))
        return cls(tuple(reports))

    def __str__(self) -> str:
        return "\n".join(r.line() for r in self.blocks)
