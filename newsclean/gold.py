"""Gold articles (``NAME.txt``/``NAME.html`` + ``NAME.gold.json``) and how a result is scored.

Used by the test suite and ``benchmarks/bench.py``; handy for checking newsclean on your own data.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .article import ARTICLE_KEYS, Article
from .errors import InputError

METADATA_FIELDS = tuple(
    key for key in ARTICLE_KEYS if key not in ("url", "site", "body", "removed", "warnings")
)
"""The article fields a gold file annotates besides ``body``."""

_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class GoldArticle:
    """One gold article: its name, input bytes and expected result (the parsed ``.gold.json``)."""

    name: str
    source: bytes
    expected: dict[str, Any]

    def mismatches(self, article: Article) -> dict[str, tuple[Any, Any]]:
        """Fields (and ``body``) where ``article`` differs from the gold: name -> (got, wanted)."""
        got = article.to_dict()
        return {
            name: (got[name], self.expected[name])
            for name in (*METADATA_FIELDS, "body")
            if got[name] != self.expected[name]
        }


def load_gold_folder(folder: Path | str) -> list[GoldArticle]:
    """Every ``*.gold.json`` in ``folder`` with the input file it names, sorted by name."""
    folder = Path(folder)
    golds = []
    for path in sorted(folder.glob("*.gold.json")):
        try:
            expected = json.loads(path.read_text(encoding="utf-8"))
            source = (folder / expected["input"]).read_bytes()
        except (OSError, KeyError, json.JSONDecodeError) as exc:
            raise InputError(f"{path}: not a readable gold file: {exc}") from exc
        golds.append(GoldArticle(path.name.removesuffix(".gold.json"), source, expected))
    return golds


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """The multiset of n-token shingles of ``\\w+`` tokens (the public benchmark's unit).

    >>> sorted(shingles("a b c d e"))
    [('a', 'b', 'c', 'd'), ('b', 'c', 'd', 'e')]
    """
    tokens = _TOKEN.findall(text)
    if len(tokens) < n:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def precision_recall(predicted: str, gold: str) -> tuple[float, float]:
    """Shingle precision and recall of one document (both 1.0 when both texts are empty).

    >>> precision_recall("one two three four five", "one two three four")
    (0.5, 1.0)
    """
    p, g = shingles(predicted), shingles(gold)
    tp = sum((p & g).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    return (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0)
