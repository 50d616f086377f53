"""Splitting a metadata line into its parts ("Jane Doe | Published 3 March 2021 | 4 min read")."""

from __future__ import annotations

import regex

from ..document import Document, Segment

# Dashes are not separators: "4 March 2021 — Council approves the wall" is a timeline entry.
SEPARATOR = regex.compile(r"\s+[|•·]\s+|\s*\|\s*")
"""What separates the parts of a metadata line."""
SEPARATOR_MARKS = ("|", "•", "·")
"""The characters every match of :data:`SEPARATOR` holds (a cheap test before the pattern)."""


def line_parts(doc: Document, index: int) -> list[Segment]:
    """The unclaimed segments of block ``index`` split at separators, as :class:`Segment` s."""
    out: list[Segment] = []
    for seg in doc.segments(index):
        pos = 0
        text = seg.text
        marked = "|" in text or "•" in text or "·" in text  # see SEPARATOR_MARKS
        for match in (*(SEPARATOR.finditer(text) if marked else ()), None):
            stop = len(text) if match is None else match.start()
            piece = text[pos:stop]
            stripped = piece.strip()
            if stripped:
                lead = len(piece) - len(piece.lstrip())
                start = seg.start + pos + lead
                out.append(Segment(index, start, start + len(stripped), stripped))
            if match is not None:
                pos = match.end()
    return out
