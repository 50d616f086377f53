"""Reading gold articles (the format of corpus/ and the shared seeds) and comparing results."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import newsclean

FIELDS = (
    "title",
    "subtitle",
    "authors",
    "published",
    "topics",
    "image_credits",
    "sources",
    "language",
)


@dataclass(frozen=True)
class Gold:
    """One gold article: its input bytes and its expected result."""

    name: str
    source: bytes
    expected: dict[str, Any]


def load_golds(folder: Path) -> list[Gold]:
    """Every ``*.gold.json`` in ``folder`` with the input file it names."""
    golds = []
    for path in sorted(folder.glob("*.gold.json")):
        expected = json.loads(path.read_text(encoding="utf-8"))
        source = (folder / expected["input"]).read_bytes()
        golds.append(Gold(path.name.removesuffix(".gold.json"), source, expected))
    return golds


def mismatches(gold: Gold, article: newsclean.Article) -> dict[str, tuple[Any, Any]]:
    """Fields (and ``body``) where ``article`` differs from the gold: name -> (got, wanted)."""
    got = article.to_dict()
    out = {}
    for name in (*FIELDS, "body"):
        if got[name] != gold.expected[name]:
            out[name] = (got[name], gold.expected[name])
    return out
