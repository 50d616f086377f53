"""Benchmark newsclean: quality on gold data, speed against baselines, linear cost, quality gate.

    python benchmarks/bench.py corpus/                 # quality + speed + linear cost
    python benchmarks/bench.py ../shared/seeds ../shared/eval/scrapinghub-text --no-speed
    python benchmarks/bench.py corpus/ --no-speed --check benchmarks/floors.toml
    python benchmarks/bench.py corpus/ --json results.json

Paths may be gold folders (``NAME.txt`` + ``NAME.gold.json``), or scraped-text variants of the
public article-extraction benchmark (``<variant>/<id>.txt``, scored against the
``ground-truth.json`` of the ``scrapinghub`` folder beside them; a folder of variants is read
variant by variant).

Every speed figure is a ratio against baselines timed in the same run, interleaved with newsclean
(``ftfy.fix_text`` alone, and a do-nothing paragraph split), so a busy machine moves both sides.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import ftfy

import newsclean
from newsclean.gold import METADATA_FIELDS, GoldArticle, load_gold_folder, precision_recall
from newsclean.language import read_toml


# --- quality -------------------------------------------------------------------------------------
def quality(golds: list[GoldArticle]) -> dict[str, Any]:
    """Body P/R/F1 and exact match, lost paragraphs, surviving boilerplate, field accuracy."""
    precisions, recalls, exact, lost, survived, boiler = [], [], 0, 0, 0, 0
    fields = Counter[str]()
    reasons = Counter[str]()
    worst: list[tuple[float, str, list[str], list[str]]] = []
    for item in golds:
        name, gold = item.name, item.expected
        article = newsclean.clean(item.source)
        p, r = precision_recall(article.text, "\n\n".join(gold["body"]))
        precisions.append(p)
        recalls.append(r)
        exact += list(article.body) == gold["body"]
        missing = [x for x in gold["body"] if x not in article.body]
        extra = [x for x in article.body if x not in gold["body"]]
        lost += len(missing)
        body = set(article.body)
        gold_body = set(gold["body"])
        for line in gold.get("boilerplate", []):
            if line not in gold_body:
                boiler += 1
                survived += line in body
        got = article.to_dict()
        for field in METADATA_FIELDS:
            fields[field] += got[field] == gold[field]
        reasons.update(f"{r.filter}/{r.reason}" for r in article.removed)
        if missing or extra:
            worst.append((min(p, r), name, missing, extra))
    n = len(golds)
    mean_p, mean_r = statistics.fmean(precisions), statistics.fmean(recalls)
    return {
        "documents": n,
        "body_precision": mean_p,
        "body_recall": mean_r,
        "body_f1": 2 * mean_p * mean_r / (mean_p + mean_r) if mean_p + mean_r else 0.0,
        "body_exact": exact / n,
        "gold_paragraphs_lost": lost,
        "boilerplate_lines_surviving": survived,
        "boilerplate_lines": boiler,
        "field_exact": {f: fields[f] / n for f in METADATA_FIELDS},
        "removed_by_reason": dict(reasons.most_common()),
        "worst": [
            {"name": name, "score": score, "lost": m[:3], "kept_wrongly": e[:3]}
            for score, name, m, e in sorted(worst)[:5]
        ],
    }


def load_text_variants(path: Path) -> dict[str, list[tuple[str, str, str]]]:
    """``{variant: [(id, scraped text, gold body)]}`` for a scrapinghub-text folder or a variant."""
    variants = sorted(p for p in path.iterdir() if p.is_dir()) or [path]
    truth_file = next(
        (
            c / "scrapinghub" / "ground-truth.json"
            for c in (path.parent, path.parent.parent)
            if (c / "scrapinghub" / "ground-truth.json").is_file()
        ),
        None,
    )
    if truth_file is None:
        return {}
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    out = {}
    for variant in variants:
        items = [
            (f.stem, f.read_text(encoding="utf-8", errors="replace"), truth[f.stem]["articleBody"])
            for f in sorted(variant.glob("*.txt"))
            if f.stem in truth
        ]
        if items:
            out[variant.name] = items
    return out


def text_quality(items: list[tuple[str, str, str]]) -> dict[str, Any]:
    """Shingle P/R/F1 of newsclean's body and of the scraped text as it is, against the gold."""
    scores: dict[str, list[tuple[float, float]]] = {"newsclean": [], "do_nothing": []}
    for _, text, gold in items:
        scores["newsclean"].append(precision_recall(newsclean.clean(text).text, gold))
        scores["do_nothing"].append(precision_recall(text, gold))
    out: dict[str, Any] = {"documents": len(items)}
    for name, pairs in scores.items():
        p = statistics.fmean(x for x, _ in pairs)
        r = statistics.fmean(y for _, y in pairs)
        out[name] = {"body_precision": p, "body_recall": r, "body_f1": 2 * p * r / (p + r)}
    out.update(out["newsclean"])
    return out


# --- speed ---------------------------------------------------------------------------------------
def _time_each(fn: Callable[[str], object], texts: list[str]) -> list[float]:
    out = []
    for text in texts:
        start = time.perf_counter()
        fn(text)
        out.append(time.perf_counter() - start)
    return out


def speed(texts: list[str], rounds: int) -> dict[str, Any]:
    """Per-document times of newsclean and the baselines, interleaved round by round."""
    pipeline = newsclean.Pipeline.default()
    systems: dict[str, Callable[[str], object]] = {
        "newsclean": pipeline.clean,
        "ftfy.fix_text": ftfy.fix_text,
        "split": lambda t: [p.strip() for p in t.split("\n\n")],
    }
    times: dict[str, list[float]] = {name: [] for name in systems}
    for fn in systems.values():  # warm up
        _time_each(fn, texts)
    gc.disable()
    try:
        for _ in range(rounds):
            for name, fn in systems.items():
                times[name].extend(_time_each(fn, texts))
    finally:
        gc.enable()
    size = sum(len(t.encode()) for t in texts) / len(texts)
    out: dict[str, Any] = {}
    for name, values in times.items():
        median = statistics.median(values)
        out[name] = {
            "median_ms": median * 1e3,
            "p95_ms": statistics.quantiles(values, n=20)[-1] * 1e3,
            "docs_per_s": 1 / statistics.fmean(values),
            "mb_per_s": size / statistics.fmean(values) / 1e6,
        }
    out["ratio_newsclean_to_ftfy"] = (
        out["newsclean"]["median_ms"] / out["ftfy.fix_text"]["median_ms"]
    )
    return out


# --- linear cost ---------------------------------------------------------------------------------
def _best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def linearity(texts: list[str]) -> dict[str, float]:
    """Time of inputs 10x apart in size, as a ratio (10.0 is perfectly linear)."""
    article = "\n\n".join(texts)
    cases = {
        "articles_joined": (article, article * 10),
        "line_without_spaces": ("x" * 10_000, "x" * 100_000),
        "short_lines": ("Credit: PA\n" * 500, "Credit: PA\n" * 5_000),
        "long_paragraph": ("word " * 2_000, "word " * 20_000),
        "parentheses": ("(" * 10_000, "(" * 100_000),
    }
    out = {}
    for name, (small, large) in cases.items():
        t_small = _best_of(lambda s=small: newsclean.clean(s))
        t_large = _best_of(lambda s=large: newsclean.clean(s), repeat=3)
        out[name] = t_large / t_small
    return out


# --- report --------------------------------------------------------------------------------------
def report(results: dict[str, Any]) -> str:
    """A plain-text table of the results."""
    lines = []
    for name, q in results["datasets"].items():
        lines.append(f"quality on {name} ({q['path']}, {q['documents']} documents)")
        lines.append(
            f"  body F1 {q['body_f1']:.4f}  P {q['body_precision']:.4f}  R {q['body_recall']:.4f}"
            + (f"  exact {q['body_exact']:.1%}" if "body_exact" in q else "")
        )
        if "do_nothing" in q:
            d = q["do_nothing"]
            lines.append(
                f"  do nothing: F1 {d['body_f1']:.4f}  P {d['body_precision']:.4f}"
                f"  R {d['body_recall']:.4f}"
            )
            continue
        lines += [
            f"  gold paragraphs lost {q['gold_paragraphs_lost']}; boilerplate lines surviving "
            f"{q['boilerplate_lines_surviving']}/{q['boilerplate_lines']}",
            "  fields exact: " + ", ".join(f"{k} {v:.0%}" for k, v in q["field_exact"].items()),
            "  removed by reason: "
            + ", ".join(f"{k} {v}" for k, v in list(q["removed_by_reason"].items())[:12]),
        ]
        for w in q["worst"]:
            lines.append(f"  worst: {w['name']} lost={w['lost']} kept={w['kept_wrongly']}")
    s = results.get("speed")
    if s:
        lines.append("speed (same run, interleaved)")
        for name in ("newsclean", "ftfy.fix_text", "split"):
            v = s[name]
            lines.append(
                f"  {name:14s} median {v['median_ms']:.3f} ms  p95 {v['p95_ms']:.3f} ms  "
                f"{v['docs_per_s']:.0f} docs/s  {v['mb_per_s']:.1f} MB/s"
            )
        lines.append(f"  newsclean / ftfy median ratio {s['ratio_newsclean_to_ftfy']:.2f}")
    lin = results.get("linearity")
    if lin:
        lines.append("linear cost: time(10x input) / time(1x input), 10.0 = linear")
        lines += [f"  {k:20s} {v:5.1f}" for k, v in lin.items()]
    return "\n".join(lines)


# --- quality gate --------------------------------------------------------------------------------
MAXIMA = frozenset({"gold_paragraphs_lost", "boilerplate_lines_surviving"})
"""Floors that are ceilings: the measured value may not exceed them."""


def check(results: dict[str, Any], floors: dict[str, dict[str, float]]) -> list[str]:
    """Every floor a measured dataset falls below (or ceiling it exceeds), as readable lines.

    ``field_exact`` is checked against the worst field. Datasets not measured in this run are
    skipped: the shared evaluation data is not everywhere.
    """
    failures = []
    for name, limits in floors.items():
        measured = results["datasets"].get(name)
        if measured is None:
            continue
        for metric, limit in limits.items():
            if metric == "field_exact":
                value = min(measured["field_exact"].values())
            elif metric in measured:
                value = measured[metric]
            else:
                failures.append(f"{name}: no metric {metric!r} for this kind of data")
                continue
            bad = value > limit if metric in MAXIMA else value < limit
            if bad:
                sign = ">" if metric in MAXIMA else "<"
                failures.append(f"{name}: {metric} {value:.4f} {sign} floor {limit}")
    return failures


def load_datasets(paths: list[Path]) -> dict[str, tuple[Path, Any]]:
    """``{name: (path, data)}``: gold folders by folder name, text variants by variant name."""
    out: dict[str, tuple[Path, Any]] = {}
    for path in paths:
        if not path.is_dir():
            raise SystemExit(f"bench: {path} is not a folder")
        golds = load_gold_folder(path)
        if golds:
            out[path.name] = (path, golds)
            continue
        variants = load_text_variants(path)
        if not variants:
            raise SystemExit(f"bench: {path} holds no gold articles and no scraped-text variants")
        for variant, items in variants.items():
            out[variant] = (path, items)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", type=Path, nargs="+", help="gold folders or scraped-text variants")
    parser.add_argument("--no-speed", action="store_true", help="quality only")
    parser.add_argument("--rounds", type=int, default=20, help="timing rounds (default 20)")
    parser.add_argument("--json", type=Path, help="also write the results here as JSON")
    parser.add_argument("--check", type=Path, metavar="FLOORS", help="fail below these floors")
    args = parser.parse_args(argv)
    datasets = load_datasets(args.paths)
    results: dict[str, Any] = {"datasets": {}}
    gold_texts: list[str] = []
    for name, (path, data) in datasets.items():
        if isinstance(data[0], GoldArticle):
            measured = quality(data)
            gold_texts = gold_texts or [g.source.decode("utf-8", "replace") for g in data]
        else:
            measured = text_quality(data)
        results["datasets"][name] = {"path": str(path), **measured}
    if not args.no_speed and gold_texts:
        results["speed"] = speed(gold_texts, args.rounds)
        results["linearity"] = linearity(gold_texts)
    print(report(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False))
    if args.check:
        failures = check(results, read_toml(args.check))
        for line in failures:
            print(f"FLOOR FAILED {line}", file=sys.stderr)
        if failures:
            return 1
        print(f"all floors in {args.check} hold")
    return 0


if __name__ == "__main__":
    sys.exit(main())
