"""A dataset's quality: every system's body scores, and newsclean's detail.

For every document with a gold body, each system of the document's format is run and scored
(:mod:`benchmarks.metrics`), and published outputs of other systems (``references``) are scored
as reference rows. newsclean's detail: on gold folders, body exact-match rate, gold paragraphs
lost, boilerplate lines that survive, per-field metadata accuracy and scores per language; on any
gold, the spans each filter removed by reason (and how many of them were gold body text), and the
worst documents with what was lost or wrongly kept.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from newsclean import Article
from newsclean.gold import METADATA_FIELDS, shingles

from .metrics import (
    BodyScore,
    line_diff,
    overlaps,
    paragraph_diff,
    score_body,
    set_f1,
    shorten,
    summarise,
)
from .readers import Dataset, Doc, Format
from .systems import System, in_order, prepare

LIST_FIELDS = tuple(
    f for f in ("authors", "topics", "image_credits", "sources") if f in METADATA_FIELDS
)
"""Metadata fields that are lists: scored by exact match and by set F1."""

ERROR_EXAMPLES = 5


@dataclass
class _Language:
    scores: list[BodyScore] = field(default_factory=list)
    exact: int = 0
    lost: int = 0
    fields: Counter[str] = field(default_factory=Counter)

    def result(self) -> dict[str, Any]:
        n = len(self.scores)
        return {
            **summarise(self.scores),
            "body_exact": self.exact / n,
            "gold_paragraphs_lost": self.lost,
            "field_exact_worst": min(self.fields[f] for f in METADATA_FIELDS) / n,
        }


@dataclass
class _GoldDetail:
    """newsclean against full gold records (gold folders)."""

    documents: int = 0
    exact: int = 0
    paragraphs: int = 0
    lost: int = 0
    boilerplate: int = 0
    survived: int = 0
    fields: Counter[str] = field(default_factory=Counter)
    list_f1: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    languages: defaultdict[str, _Language] = field(default_factory=lambda: defaultdict(_Language))

    def add(self, gold: Mapping[str, Any], article: Article | None, score: BodyScore) -> None:
        body = list(article.body) if article else []
        got = article.to_dict() if article else {}
        wanted = list(gold["body"])
        lost, _ = paragraph_diff(body, wanted)
        self.documents += 1
        self.exact += body == wanted
        self.paragraphs += len(wanted)
        self.lost += len(lost)
        kept, gold_body = set(body), set(wanted)
        for line in gold.get("boilerplate", []):
            if line not in gold_body:
                self.boilerplate += 1
                self.survived += line in kept
        language = self.languages[str(gold.get("language") or "?")]
        language.scores.append(score)
        language.exact += body == wanted
        language.lost += len(lost)
        for name in METADATA_FIELDS:
            right = name in got and got[name] == gold.get(name)
            self.fields[name] += right
            language.fields[name] += right
        for name in LIST_FIELDS:
            self.list_f1[name] += set_f1(got.get(name, []), gold.get(name, []))

    def result(self) -> dict[str, Any]:
        n = self.documents or 1
        return {
            "body_exact": self.exact / n,
            "gold_paragraphs": self.paragraphs,
            "gold_paragraphs_lost": self.lost,
            "paragraph_retention": 1 - self.lost / self.paragraphs if self.paragraphs else 1.0,
            "boilerplate_lines": self.boilerplate,
            "boilerplate_lines_surviving": self.survived,
            "boilerplate_removal_recall": (
                1 - self.survived / self.boilerplate if self.boilerplate else 1.0
            ),
            "field_exact": {f: self.fields[f] / n for f in METADATA_FIELDS},
            "field_set_f1": {f: self.list_f1[f] / n for f in LIST_FIELDS},
            "languages": {k: v.result() for k, v in sorted(self.languages.items())},
        }


@dataclass
class _Removals:
    """What newsclean's filters took out, by filter and reason, and how much was gold body."""

    counts: Counter[tuple[str, str]] = field(default_factory=Counter)
    in_body: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, article: Article, gold_body: str) -> None:
        body = shingles(gold_body)
        for r in article.removed:
            key = (r.filter, r.reason)
            self.counts[key] += 1
            self.in_body[key] += overlaps(r.text, body)

    def result(self) -> dict[str, dict[str, dict[str, int]]]:
        out: dict[str, dict[str, dict[str, int]]] = {}
        for (name, reason), count in sorted(self.counts.items(), key=lambda kv: -kv[1]):
            out.setdefault(name, {})[reason] = {
                "count": count,
                "gold_body": self.in_body[(name, reason)],
            }
        return out


@dataclass
class _Worst:
    """The ``size`` documents newsclean scored worst on (of those not exactly right); what was
    lost and wrongly kept is worked out for those alone, at the end."""

    size: int
    heap: list[tuple[float, str, tuple[str, ...], Doc]] = field(default_factory=list)

    def add(self, doc: Doc, body: tuple[str, ...], score: BodyScore) -> None:
        if self.size:
            heapq.heappush(self.heap, (-score.f1, doc.id, body, doc))
            if len(self.heap) > self.size:
                heapq.heappop(self.heap)  # the best of them

    def result(self) -> list[dict[str, Any]]:
        out = []
        for negative, name, body, doc in sorted(self.heap, key=lambda x: (-x[0], x[1])):
            if doc.gold is not None:
                lost, kept = paragraph_diff(body, doc.gold["body"])
            else:
                lost, kept = line_diff("\n\n".join(body), doc.gold_body or "")
            out.append(
                {
                    "name": name,
                    "body_f1": -negative,
                    "lost": [shorten(x) for x in lost[:3]],
                    "kept_wrongly": [shorten(x) for x in kept[:3]],
                }
            )
        return out


@dataclass
class _SystemScores:
    system: System | None
    label: str
    scores: list[BodyScore] = field(default_factory=list)
    errors: int = 0

    def result(self) -> dict[str, Any]:
        baseline = self.system.baseline if self.system else True
        out = {"label": self.label, "baseline": baseline, **summarise(self.scores)}
        out["errors"] = self.errors
        return out


def _run(system: System, doc: Doc) -> tuple[object, str | None]:
    try:
        return system.run(prepare(doc)), None
    except Exception as exc:  # a system failing on one document must not stop the run
        return None, f"{system.name} on {doc.id}: {type(exc).__name__}: {exc}"


def measure(
    dataset: Dataset,
    systems: Mapping[Format, Sequence[System]],
    *,
    worst: int = 5,
    docs: Callable[[], Iterator[Doc]] | None = None,
    tick: Callable[[], None] = lambda: None,
) -> dict[str, Any]:
    """Score every system of ``systems`` (by input format) on ``dataset``'s gold documents.

    ``docs`` replaces ``dataset.docs`` (to read a subset); ``tick`` is called once per document.
    newsclean's scores are also given at the top level, where the quality gate reads them.
    """
    table: dict[str, _SystemScores] = {}
    refs = {k: _SystemScores(None, f"{k} (published output)") for k in dataset.references}
    gold_detail, removals = _GoldDetail(), _Removals()
    formats: Counter[str] = Counter()
    unreadable, examples = 0, []
    worst_docs = _Worst(worst)
    per_format: dict[str, _SystemScores] = {}  # newsclean's scores by input format
    for doc in (docs or dataset.docs)():
        tick()
        if doc.error is not None:
            unreadable += 1
            examples.append(f"{doc.id}: {doc.error}")
            continue
        if doc.gold_body is None:
            continue
        formats[doc.format] += 1
        article: Article | None = None
        for system in systems[doc.format]:
            entry = table.setdefault(system.name, _SystemScores(system, system.label))
            out, error = _run(system, doc)
            if error:
                entry.errors += 1
                examples.append(error)
            body = system.body(out) if out is not None else ""
            entry.scores.append(score_body(body, doc.gold_body))
            if system.name == "newsclean":
                label = f"newsclean ({doc.format} only)"
                per_format.setdefault(doc.format, _SystemScores(system, label)).scores.append(
                    entry.scores[-1]
                )
                article = out if isinstance(out, Article) else None
                _inspect(doc, article, entry.scores[-1], gold_detail, removals, worst_docs)
        for name, outputs in dataset.references.items():
            refs[name].scores.append(score_body(outputs.get(doc.id, ""), doc.gold_body))
    result: dict[str, Any] = {
        "documents": sum(formats.values()),
        "formats": dict(formats),
        "unreadable_records": unreadable,
        "error_examples": examples[:ERROR_EXAMPLES],
        "systems": _systems(table, per_format),
        "references": {k: v.result() for k, v in refs.items() if v.scores},
    }
    if "newsclean" in table:
        mine = table["newsclean"].result()
        result.update({k: v for k, v in mine.items() if k.startswith("body_")})
        result["removed"] = removals.result()
        result["worst"] = worst_docs.result()
    if gold_detail.documents:
        result.update(gold_detail.result())
    return result


def _systems(
    table: Mapping[str, _SystemScores], per_format: Mapping[str, _SystemScores]
) -> dict[str, Any]:
    """Every system's scores; when the documents came in both formats, newsclean's on each
    format too (``newsclean[html]``), beside the baselines that only run on that format."""
    out = {}
    for name, scores in in_order(table):
        out[name] = scores.result()
        if name == "newsclean" and len(per_format) > 1:
            for fmt in ("text", "html"):
                if fmt in per_format:
                    out[f"newsclean[{fmt}]"] = per_format[fmt].result()
    return out


def _inspect(
    doc: Doc,
    article: Article | None,
    score: BodyScore,
    gold_detail: _GoldDetail,
    removals: _Removals,
    worst: _Worst,
) -> None:
    assert doc.gold_body is not None
    body = article.body if article else ()
    if article is not None:
        removals.add(article, doc.gold_body)
    if doc.gold is not None:
        gold_detail.add(doc.gold, article, score)
        exact = list(body) == list(doc.gold["body"])
    else:
        exact = score.exact_tokens
    if not exact:
        worst.add(doc, body, score)
