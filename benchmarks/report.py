"""The results as tables: one model, rendered for the terminal or as Markdown.

``tables(results)`` builds every table the run has data for; ``render_text`` and
``render_markdown`` print them. The Markdown is what the README's benchmark section shows, so the
README's tables are regenerated with ``--markdown -``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .systems import in_order
from .targets import Target, verdict

REMOVALS_SHOWN = 12  # rows per dataset in the terminal; the Markdown and JSON have them all


@dataclass
class Table:
    """A titled table (``headers`` + ``rows``), or a titled list of ``lines``, with a note."""

    title: str
    headers: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    note: str = ""
    lines: list[str] = field(default_factory=list)
    terminal_rows: int | None = None  # rows shown in the terminal (all when None)


def _f(x: float | None, digits: int = 4) -> str:
    if x is None:
        return "-"
    if math.isinf(x):
        return "inf"
    return f"{x:.{digits}f}"


def _n(x: float) -> str:
    return f"{x:,.0f}"


# --- the tables ----------------------------------------------------------------------------------
def quality_table(datasets: Mapping[str, Any]) -> Table | None:
    """Body F1 / P / R / accuracy of every system on every dataset with gold."""
    rows = []
    for name, d in datasets.items():
        for s in [*d.get("systems", {}).values(), *d.get("references", {}).values()]:
            if not s.get("documents"):
                continue
            rows.append(
                [
                    name,
                    s["label"],
                    _f(s["body_f1"]),
                    _f(s["body_precision"]),
                    _f(s["body_recall"]),
                    _f(s["body_accuracy"], 3),
                    str(s["documents"]),
                    str(s.get("errors", 0)),
                ]
            )
    if not rows:
        return None
    return Table(
        "quality: article body against the gold (4-gram shingles, averaged per document)",
        ["dataset", "system", "F1", "P", "R", "accuracy", "docs", "errors"],
        rows,
        "accuracy: share of documents whose word sequence equals the gold body; "
        "'(published output)' rows are other extractors' published results on the same pages.",
    )


def gold_table(datasets: Mapping[str, Any]) -> Table | None:
    """newsclean against full gold records: exact bodies, lost paragraphs, boilerplate."""
    rows = [
        [
            name,
            str(d["documents"]),
            f"{d['body_exact']:.1%}",
            f"{d['gold_paragraphs_lost']}/{d['gold_paragraphs']}",
            f"{d['boilerplate_lines_surviving']}/{d['boilerplate_lines']}",
            f"{min(d['field_exact'].values()):.1%}",
        ]
        for name, d in datasets.items()
        if "body_exact" in d
    ]
    if not rows:
        return None
    return Table(
        "newsclean on gold folders",
        [
            "dataset",
            "docs",
            "body exact",
            "gold paragraphs lost",
            "boilerplate surviving",
            "worst field exact",
        ],
        rows,
    )


def fields_table(datasets: Mapping[str, Any]) -> Table | None:
    """Per-field metadata accuracy (exact match; set F1 for list fields) on gold folders."""
    golds = {k: d for k, d in datasets.items() if "field_exact" in d}
    if not golds:
        return None
    fields = list(next(iter(golds.values()))["field_exact"])
    rows = []
    for f in fields:
        row = [f]
        for d in golds.values():
            cell = f"{d['field_exact'][f]:.1%}"
            if f in d.get("field_set_f1", {}):
                cell += f" (F1 {d['field_set_f1'][f]:.3f})"
            row.append(cell)
        rows.append(row)
    return Table("metadata fields: exact match (set F1 for lists)", ["field", *golds], rows)


def languages_table(datasets: Mapping[str, Any]) -> Table | None:
    """Quality per language, for gold folders whose articles have several languages."""
    rows = [
        [
            name,
            lang,
            str(q["documents"]),
            _f(q["body_f1"]),
            f"{q['body_exact']:.1%}",
            str(q["gold_paragraphs_lost"]),
            f"{q['field_exact_worst']:.1%}",
        ]
        for name, d in datasets.items()
        if len(d.get("languages", {})) > 1
        for lang, q in d["languages"].items()
    ]
    if not rows:
        return None
    return Table(
        "quality per language",
        [
            "dataset",
            "language",
            "docs",
            "body F1",
            "body exact",
            "paragraphs lost",
            "worst field exact",
        ],
        rows,
    )


def removals_table(name: str, d: Mapping[str, Any]) -> Table | None:
    """What newsclean's filters removed on one dataset, by filter and reason."""
    rows = [
        [f, reason, str(c["count"]), str(c["gold_body"])]
        for f, reasons in d.get("removed", {}).items()
        for reason, c in reasons.items()
    ]
    if not rows:
        return None
    rows.sort(key=lambda r: -int(r[2]))
    return Table(
        f"removed by newsclean on {name}, by filter and reason",
        ["filter", "reason", "spans", "of them gold body text"],
        rows,
        "gold body text: at least half of the span's 4-gram shingles are in the gold body "
        "(spans of four words or more).",
        terminal_rows=REMOVALS_SHOWN,
    )


def worst_table(name: str, d: Mapping[str, Any]) -> Table | None:
    """The documents newsclean did worst on, with what it lost and kept wrongly."""
    lines = []
    for w in d.get("worst", []):
        lines.append(f"{w['name']} (body F1 {w['body_f1']:.3f})")
        lines += [f"  - lost: {x}" for x in w["lost"]]
        lines += [f"  + kept: {x}" for x in w["kept_wrongly"]]
    if not lines:
        return None
    return Table(f"worst documents on {name}", lines=lines)


def speed_table(datasets: Mapping[str, Any]) -> Table | None:
    """Per-document time, throughput and peak memory of every system, in the same run."""
    rows = []
    for name, d in datasets.items():
        for fmt, s in in_order(d.get("speed", {})):
            memory = d.get("memory", {}).get(fmt, {})
            for system, v in in_order(s["systems"]):
                ratio = s["ratios"].get(system, {}).get("total")
                used = memory.get(system, {})
                rows.append(
                    [
                        f"{name} ({fmt})",
                        system,
                        _f(v["median_ms"], 3),
                        _f(v["p95_ms"], 3),
                        _n(v["docs_per_s"]),
                        _f(v["mb_per_s"], 1),
                        "-" if ratio is None else f"{ratio:.2f}",
                        f"{used['peak_rss_mb']:.0f} ({used['start_rss_mb']:.0f})" if used else "-",
                    ]
                )
    if not rows:
        return None
    rounds = sorted(
        {str(s["rounds"]) for d in datasets.values() for s in d.get("speed", {}).values()}
    )
    return Table(
        "speed: newsclean and the baselines, same documents, interleaved",
        [
            "dataset",
            "system",
            "median ms",
            "p95 ms",
            "docs/s",
            "MB/s",
            "newsclean / it",
            "peak MB (at start)",
        ],
        rows,
        f"one core; rounds: {', '.join(rounds)}; docs/s and MB/s: a round's documents over its "
        "time (median over rounds); 'newsclean / it': newsclean's time over the baseline's on "
        "the same documents (median over rounds); peak MB: peak resident memory "
        "of a fresh process running that system over the dataset (at start: once imported).",
    )


def scaling_table(results: Mapping[str, Any]) -> Table | None:
    """newsclean's time on the corpus replicated 1x, 10x, 100x."""
    s = results.get("scaling")
    if not s:
        return None
    rows = [
        [
            f"{level}x",
            _n(v["documents"]),
            str(v["passes"]),
            _f(v["seconds"], 3),
            _f(v["ms_per_doc"], 3),
        ]
        for level, v in s["levels"].items()
    ]
    return Table(
        f"scaling on {s['dataset']}: the documents replicated (distinct copies)",
        ["copies", "docs", "passes", "seconds", "ms per doc"],
        rows,
        f"time({s['high']}x) / time({s['low']}x) = {s['ratio']:.1f} (linear: {s['ideal']:g}); "
        "each level's time is the mean of its passes, spread over the run",
    )


def linear_table(results: Mapping[str, Any]) -> Table | None:
    """newsclean's time on hostile inputs 10x apart (10.0 is linear)."""
    lin = results.get("linear_cost")
    if not lin:
        return None
    return Table(
        "linear cost on hostile inputs: time(10x input) / time(1x input), 10.0 = linear",
        ["input", "ratio"],
        [[k, f"{v:.1f}"] for k, v in lin.items()],
    )


def jobs_table(results: Mapping[str, Any]) -> Table | None:
    """Throughput of ``--jobs N`` against one process."""
    j = results.get("jobs")
    if not j:
        return None
    return Table(
        f"--jobs: {j['documents']:,} documents of {j['dataset']}",
        ["processes", "seconds", "docs/s", "speedup"],
        [
            ["1", _f(j["jobs_1"]["seconds"], 2), _n(j["jobs_1"]["docs_per_s"]), "1.00"],
            [
                str(j["jobs"]),
                _f(j["jobs_n"]["seconds"], 2),
                _n(j["jobs_n"]["docs_per_s"]),
                f"{j['speedup']:.2f}",
            ],
        ],
        f"{j['cpu_count']} CPUs; a {j['start_method']} pool, start-up included, articles "
        "returned to the parent",
    )


def stream_table(results: Mapping[str, Any]) -> Table | None:
    """The streaming test: a large JSONL file through newsclean in a fresh process."""
    s = results.get("stream")
    if not s:
        return None
    return Table(
        f"streaming: a JSONL file of {s['dataset']} replicated",
        [
            "articles",
            "file MB",
            "seconds",
            "docs/s",
            "RSS at start MB",
            "peak RSS MB",
            "records out",
        ],
        [
            [
                _n(s["articles"]),
                _f(s["file_mb"], 1),
                _f(s["seconds"], 1),
                _n(s["docs_per_s"]),
                _f(s["start_rss_mb"], 0),
                _f(s["peak_rss_mb"], 0),
                _n(s["records_out"]),
            ]
        ],
    )


def targets_table(targets: Iterable[Target]) -> Table:
    """Every target: measured / target / pass."""
    rows = []
    for t in targets:
        measured = (
            "-"
            if t.measured is None
            else (
                _n(t.measured) if t.unit == "/s" else f"{t.measured:.{1 if t.unit == 'MB' else 2}f}"
            )
        )
        rows.append([t.name, t.where, measured, t.target, verdict(t.passed), t.note])
    return Table("targets", ["target", "on", "measured", "target", "verdict", "note"], rows)


def batched_table(datasets: Mapping[str, Any]) -> Table | None:
    """Scraped text cleaned in batches (``Pipeline.clean_many``) against ftfy, same articles."""
    rows = [
        [
            name,
            _n(b["documents"]),
            _n(b["docs_per_s"]),
            _n(b["ftfy_docs_per_s"]),
            f"{b['ratio_ftfy']:.2f}",
            str(b["rounds"]),
        ]
        for name, d in datasets.items()
        if (b := d.get("batched"))
    ]
    if not rows:
        return None
    chunk = next(d["batched"]["chunk"] for d in datasets.values() if d.get("batched"))
    return Table(
        "speed: scraped text cleaned in batches (clean_many), against ftfy",
        ["dataset", "articles", "newsclean docs/s", "ftfy docs/s", "newsclean / ftfy", "rounds"],
        rows,
        f"one core; batches of {chunk} articles, each filter run on the whole batch before the "
        "next (as the corpus command cleans); each round gives every batch to both, which goes "
        "first alternating; docs/s over the median round, the ratio the median of the rounds' "
        "ratios",
    )


def tables(
    results: Mapping[str, Any], targets: Iterable[Target], summary: bool = False
) -> list[Table]:
    """Every table the run has data for, in reading order (the targets last, when given).

    ``summary`` leaves out the per-dataset detail (removals by reason, worst documents).
    """
    datasets = results["datasets"]
    out = [
        quality_table(datasets),
        gold_table(datasets),
        fields_table(datasets),
        languages_table(datasets),
    ]
    for name, d in datasets.items():
        if not summary:
            out += [removals_table(name, d), worst_table(name, d)]
    out += [
        speed_table(datasets),
        batched_table(datasets),
        scaling_table(results),
        linear_table(results),
        jobs_table(results),
        stream_table(results),
    ]
    found = [t for t in out if t is not None]
    targets = list(targets)
    if targets:
        found.append(targets_table(targets))
    return found


# --- rendering ---------------------------------------------------------------------------------
def render_text(items: Iterable[Table]) -> str:
    """Aligned plain-text tables for the terminal."""
    out: list[str] = []
    for t in items:
        out.append(t.title)
        if t.lines:
            out += [f"  {line}" for line in t.lines]
        rows = t.rows if t.terminal_rows is None else t.rows[: t.terminal_rows]
        if t.headers:
            widths = [max(len(r[i]) for r in [t.headers, *rows]) for i in range(len(t.headers))]
            for r in [t.headers, *rows]:
                cells = [
                    c.ljust(w) if i < 2 else c.rjust(w)
                    for i, (c, w) in enumerate(zip(r, widths, strict=True))
                ]
                out.append("  " + "  ".join(cells).rstrip())
            if len(rows) < len(t.rows):
                out.append(f"  … {len(t.rows) - len(rows)} more rows in --markdown / --json")
        if t.note:
            out.append(f"  ({t.note})")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _md_cell(cell: str) -> str:
    return cell.replace("|", "\\|")


def render_markdown(
    items: Iterable[Table], meta: Mapping[str, Any] | None = None, level: int = 1
) -> str:
    """GitHub-flavoured Markdown: one section per table, preceded by the run's settings.

    ``level`` is the heading level of the title (the tables' are one deeper), to paste the
    report into a document's section.
    """
    out = [f"{'#' * level} newsclean benchmark", ""]
    if meta:
        out.append(
            f"Run {meta['date']} on {meta['machine']} ({meta['cpu_count']} CPUs), Python "
            f"{meta['python']}; newsclean {meta['versions'].get('newsclean', '?')}, "
            + ", ".join(f"{k} {v}" for k, v in meta["versions"].items() if k != "newsclean")
            + "."
        )
        out += ["", f"    {meta['command']}", ""]
    for t in items:
        out += [f"{'#' * (level + 1)} {t.title}", ""]
        if t.lines:
            out += ["```", *t.lines, "```", ""]
        if t.headers:
            out.append("| " + " | ".join(_md_cell(h) for h in t.headers) + " |")
            out.append("|" + "|".join("---" for _ in t.headers) + "|")
            out += ["| " + " | ".join(_md_cell(c) for c in r) + " |" for r in t.rows]
            out.append("")
        if t.note:
            out += [t.note, ""]
    return "\n".join(out).rstrip() + "\n"
