"""Per-document scores: the public benchmark's shingle metric, token accuracy, set F1, diffs.

The body metric is the one the public article-extraction benchmark publishes (and
``../shared/GOLD-FORMAT.md`` prescribes): per document, the multisets of 4-token shingles of
``\\w+`` tokens give precision and recall; these are averaged over documents and F1 is computed
from the two averages. Accuracy is the share of documents whose token sequence equals the gold.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from newsclean.gold import precision_recall, shingles

_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class BodyScore:
    """One document's body score."""

    precision: float
    recall: float
    exact_tokens: bool

    @property
    def f1(self) -> float:
        """The document's own F1 (used to rank documents, not to average)."""
        return f1(self.precision, self.recall)


def f1(precision: float, recall: float) -> float:
    """Harmonic mean of ``precision`` and ``recall`` (0.0 when both are 0).

    >>> f1(1.0, 0.5)
    0.6666666666666666
    """
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def score_body(predicted: str, gold: str) -> BodyScore:
    """Shingle precision and recall of ``predicted`` against ``gold``, and token-exact match.

    >>> gold = "The bridge reopened on Friday."
    >>> s = score_body("Read more. The bridge reopened on Friday.", gold)
    >>> (round(s.precision, 2), s.recall, s.exact_tokens)
    (0.5, 1.0, False)
    """
    p, r = precision_recall(predicted, gold)
    return BodyScore(p, r, _TOKEN.findall(predicted) == _TOKEN.findall(gold))


def summarise(scores: Sequence[BodyScore]) -> dict[str, float]:
    """Averaged precision and recall, F1 from the averages, accuracy, and the document count.

    >>> summarise([BodyScore(1.0, 1.0, True), BodyScore(0.5, 1.0, False)])["body_f1"]
    0.8571428571428571
    """
    if not scores:
        return {"documents": 0}
    p = statistics.fmean(s.precision for s in scores)
    r = statistics.fmean(s.recall for s in scores)
    return {
        "documents": len(scores),
        "body_precision": p,
        "body_recall": r,
        "body_f1": f1(p, r),
        "body_accuracy": sum(s.exact_tokens for s in scores) / len(scores),
    }


def set_f1(got: Iterable[object], wanted: Iterable[object]) -> float:
    """F1 of two lists taken as sets (1.0 when both are empty).

    >>> set_f1(["Ana Lutz", "Tom Reyes"], ["Ana Lutz"])
    0.6666666666666666
    """
    a, b = set(got), set(wanted)
    if not a and not b:
        return 1.0
    return 2 * len(a & b) / (len(a) + len(b))


def shorten(text: str, width: int = 90) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis.

    >>> shorten("Share   this\\narticle on Facebook and on Twitter", 20)
    'Share this article…'
    """
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def paragraph_diff(got: Sequence[str], wanted: Sequence[str]) -> tuple[list[str], list[str]]:
    """Gold paragraphs missing from ``got`` (lost) and paragraphs of ``got`` not in the gold (kept
    wrongly), exactly as paragraphs, in order.

    >>> paragraph_diff(["A.", "Share this."], ["A.", "B."])
    (['B.'], ['Share this.'])
    """
    got_set, wanted_set = set(got), set(wanted)
    return [p for p in wanted if p not in got_set], [p for p in got if p not in wanted_set]


def line_diff(predicted: str, gold: str, share: float = 0.5) -> tuple[list[str], list[str]]:
    """For texts without paragraph gold: gold lines mostly missing from ``predicted`` (lost) and
    predicted lines mostly absent from the gold (kept wrongly), judged by 4-gram shingles.

    A line counts when less than ``share`` of its shingles appear on the other side (a line of
    fewer than four words: when its words do not appear in a row there).

    >>> line_diff("Share this story\\nThe bridge reopened on Friday morning.",
    ...           "The bridge reopened on Friday morning.\\nDrivers queued for an hour to cross.")
    (['Drivers queued for an hour to cross.'], ['Share this story'])
    """
    return _missing_lines(gold, predicted, share), _missing_lines(predicted, gold, share)


def _missing_lines(text: str, other: str, share: float) -> list[str]:
    pool = shingles(other)
    words = f" {' '.join(_TOKEN.findall(other))} "
    out = []
    for line in (x.strip() for x in text.splitlines()):
        tokens = _TOKEN.findall(line)
        if not tokens:
            continue
        if len(tokens) < 4:  # too short for a shingle: look for its words in a row
            missing = f" {' '.join(tokens)} " not in words
        else:
            own = shingles(line)
            missing = sum((own & pool).values()) < share * sum(own.values())
        if missing:
            out.append(line)
    return out


def overlaps(text: str, body_shingles: Counter[tuple[str, ...]], share: float = 0.5) -> bool:
    """Whether at least ``share`` of ``text``'s shingles are in ``body_shingles`` (a Counter from
    :func:`newsclean.gold.shingles`); texts of fewer than 4 tokens never count, so a credit or a
    date that also occurs in the body is not taken for body text.

    >>> from newsclean.gold import shingles
    >>> overlaps("the council said on Friday", shingles("Work ended, the council said on Friday."))
    True
    >>> overlaps("Credit: PA", shingles("PA Media reported it."))
    False
    """
    own = shingles(text)
    total = sum(own.values())
    if len(_TOKEN.findall(text)) < 4 or not total:
        return False
    return sum((own & body_shingles).values()) >= share * total
