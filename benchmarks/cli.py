"""The command line: read the paths, measure, report, and check the floors.

    python benchmarks/bench.py PATH… [--no-speed] [--no-baselines] [--jobs N] [--scale 1,10,100]
        [--stream-test N] [--json FILE] [--markdown FILE|-] [--chart FILE.png]
        [--check FLOORS] [--update-floors FLOORS [--allow-lower REASON]]

Exit codes: 0 done (and every floor holds), 1 a floor failed or a floor update was refused,
2 usage error (a path holds nothing readable, a bad option, matplotlib missing for ``--chart``).
"""

from __future__ import annotations

import argparse
import datetime
import importlib.metadata
import importlib.util
import itertools
import json
import os
import platform
import shlex
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from newsclean import ConfigError
from newsclean.batch.progress import Progress

from . import chart, gate, memory, quality, speed, targets
from .readers import Dataset, Doc, Format, discover, unique_names
from .report import render_markdown, render_text, tables
from .systems import BASELINES, System, for_format


def _levels(text: str) -> tuple[int, ...]:
    if text.lower() in ("", "0", "none", "off"):
        return ()
    try:
        levels = tuple(int(x) for x in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a list of whole numbers: {text!r}") from None
    if len(levels) < 2 or min(levels) < 1 or len(set(levels)) != len(levels):
        raise argparse.ArgumentTypeError("give two or more distinct copy counts, e.g. 1,10,100")
    return tuple(sorted(levels))


def _whole(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def parser() -> argparse.ArgumentParser:
    """The command line's options."""
    p = argparse.ArgumentParser(
        prog="bench.py",
        description="Benchmark newsclean: quality on gold data and speed against baselines, "
        "in one run.",
        epilog="Paths: gold folders (NAME.txt|NAME.html + NAME.gold.json), the public benchmark's "
        "layout (html/<id>.html.gz + ground-truth.json), its scraped-text variants "
        "(<variant>/<id>.txt), plain folders of .txt/.html files, .jsonl files, or folders of "
        "these.",
    )
    p.add_argument("paths", type=Path, nargs="*", help="what to measure (see below)")
    what = p.add_argument_group("what to measure")
    what.add_argument(
        "--no-speed",
        action="store_true",
        help="quality only: no timing, scaling or memory (deterministic; the CI gate)",
    )
    what.add_argument("--no-quality", action="store_true", help="speed only")
    what.add_argument(
        "--baselines",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="measure the baselines and published outputs beside newsclean (default: yes)",
    )
    what.add_argument(
        "--limit",
        type=_whole,
        default=0,
        metavar="N",
        help="read at most N documents of each dataset",
    )
    what.add_argument(
        "--text-field",
        metavar="NAME",
        help="the JSONL field holding the input (default: the first of text, html, "
        "content, body, raw_content, raw)",
    )
    what.add_argument(
        "--worst",
        type=_whole,
        default=5,
        metavar="K",
        help="show the K worst documents of each dataset (default 5)",
    )
    timing = p.add_argument_group("speed")
    timing.add_argument(
        "--rounds",
        type=_whole,
        default=20,
        metavar="N",
        help="timing passes over each dataset, at most (default 20)",
    )
    timing.add_argument(
        "--time-budget",
        type=float,
        default=20.0,
        metavar="SECONDS",
        help="stop adding passes over a dataset after this long (default 20)",
    )
    timing.add_argument(
        "--memory",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="peak memory of each system, each in a fresh process (default: yes)",
    )
    timing.add_argument(
        "--scale",
        type=_levels,
        default=(1, 10, 100),
        metavar="N,N,…",
        help="replicate the base dataset this many times (default 1,10,100; 'none' to skip)",
    )
    timing.add_argument(
        "--jobs",
        type=_whole,
        default=os.cpu_count() or 1,
        metavar="N",
        help="compare N processes with one (default: the CPU count; 0 or 1 to skip)",
    )
    timing.add_argument(
        "--stream-test",
        type=_whole,
        default=0,
        metavar="N",
        help="clean an N-article JSONL file made from the base dataset in a "
        "fresh process and report its peak memory (the target: 100000)",
    )
    timing.add_argument(
        "--base",
        metavar="DATASET",
        help="the dataset replicated for --scale, --jobs and --stream-test, its first 1000 "
        "documents at most (default: the first with scraped text)",
    )
    out = p.add_argument_group("output")
    out.add_argument("--json", type=Path, metavar="FILE", help="write the results as JSON")
    out.add_argument(
        "--markdown",
        metavar="FILE",
        help="write the report as Markdown ('-': to stdout, instead of the table)",
    )
    out.add_argument(
        "--markdown-level",
        type=int,
        choices=range(1, 6),
        default=1,
        metavar="N",
        help="heading level of the Markdown report's title (default 1; the README uses 3)",
    )
    out.add_argument(
        "--from-json",
        type=Path,
        metavar="FILE",
        help="report the results of an earlier run (its --json file) again, measuring nothing",
    )
    out.add_argument(
        "--summary",
        action="store_true",
        help="leave out the per-dataset detail (removals by reason, worst documents): the "
        "tables the README shows",
    )
    out.add_argument(
        "--chart",
        type=Path,
        metavar="FILE.png",
        help="draw quality and speed against the baselines (needs matplotlib, the 'bench' extra)",
    )
    floors = p.add_argument_group("quality gate")
    floors.add_argument(
        "--check",
        type=Path,
        metavar="FLOORS",
        help="fail (exit 1) when a score falls below a floor in this TOML file",
    )
    floors.add_argument(
        "--update-floors",
        type=Path,
        metavar="FLOORS",
        help="raise the floors in this TOML file to the measured scores",
    )
    floors.add_argument(
        "--allow-lower",
        metavar="REASON",
        help="with --update-floors: also lower floors, recording REASON",
    )
    return p


def _meta(argv: list[str]) -> dict[str, Any]:
    versions = {}
    for name in ("newsclean", "ftfy", "trafilatura", "regex", "lxml"):
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            continue
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "python": platform.python_version(),
        "machine": f"{platform.system()} {platform.machine()}",
        "cpu_count": os.cpu_count(),
        "versions": versions,
        "command": "python benchmarks/bench.py " + shlex.join(argv),
    }


class _Systems(dict[Format, list[System]]):
    """Systems built once per input format, on first use (newsclean, then the baselines)."""

    def __init__(self, baselines: bool) -> None:
        super().__init__()
        self.baselines = baselines

    def __missing__(self, fmt: Format) -> list[System]:
        self[fmt] = for_format(fmt, self.baselines)
        return self[fmt]


def _reader(dataset: Dataset, limit: int) -> Callable[[], Iterator[Doc]]:
    if not limit:
        return dataset.docs
    return lambda: itertools.islice(dataset.docs(), limit)


def _say(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; see :func:`parser` for the options and the module for exit codes."""
    argv = sys.argv[1:] if argv is None else argv
    p = parser()
    args = p.parse_args(argv)
    if args.allow_lower is not None and not args.update_floors:
        p.error("--allow-lower goes with --update-floors")
    if args.allow_lower is not None and not args.allow_lower.strip():
        p.error("--allow-lower needs a reason")
    if args.no_speed and args.no_quality:
        p.error("--no-speed and --no-quality leave nothing to measure")
    if args.chart and importlib.util.find_spec("matplotlib") is None:
        p.exit(2, f"bench: {chart.MISSING}\n")  # before a long run, not after it
    if bool(args.paths) == bool(args.from_json):
        p.error("give the paths to measure, or --from-json FILE to report an earlier run")
    if args.from_json:
        try:
            results = json.loads(args.from_json.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            p.exit(2, f"bench: cannot read {args.from_json}: {exc}\n")
    else:
        try:
            found = unique_names(d for path in args.paths for d in discover(path, args.text_field))
        except ValueError as exc:
            p.exit(2, f"bench: {exc}\n")
        results = {"meta": _meta(argv), "datasets": {}}
        measure_all(found, args, results)
    timed = any("speed" in d for d in results["datasets"].values())
    run_targets = targets.evaluate(results) if timed else []
    results["targets"] = targets.as_dicts(run_targets)
    found_tables = tables(results, run_targets, summary=args.summary)
    if args.markdown == "-":
        sys.stdout.write(render_markdown(found_tables, results["meta"], args.markdown_level))
    else:
        sys.stdout.write(render_text(found_tables))
        if args.markdown:
            markdown = render_markdown(found_tables, results["meta"], args.markdown_level)
            Path(args.markdown).write_text(markdown, encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False, default=str))
    if args.chart:
        try:
            chart.draw(results, args.chart)
        except chart.ChartError as exc:
            _say(str(exc))
            return 2
    return _gate(args, results)


def measure_all(datasets: list[Dataset], args: argparse.Namespace, results: dict[str, Any]) -> None:
    """Measure every dataset, then scaling, jobs and streaming on the base dataset."""
    systems = _Systems(args.baselines)
    for dataset in datasets:
        docs = _reader(dataset, args.limit)
        entry: dict[str, Any] = {"path": str(dataset.path), "kind": dataset.kind}
        results["datasets"][dataset.name] = entry
        if dataset.has_gold and not args.no_quality:
            quality_of = dataset if args.baselines else _without_references(dataset)
            with _progress(f"quality {dataset.name}") as tick:
                entry.update(
                    quality.measure(quality_of, systems, worst=args.worst, docs=docs, tick=tick)
                )
        if args.no_speed:
            continue
        with _progress(f"speed {dataset.name}") as tick:
            entry["speed"] = speed.interleaved(
                docs, systems, rounds=max(args.rounds, 1), budget=args.time_budget, tick=tick
            )
        if "text" in entry["speed"]:
            _say(f"speed {dataset.name}: batched")
            found = speed.batched(docs, rounds=max(args.rounds, 1), budget=args.time_budget / 2)
            if found is not None:
                entry["batched"] = found
        if args.memory:
            entry["memory"] = _memory(dataset, docs, entry["speed"], args)
    if not args.no_speed:
        _base_measures(datasets, args, results)


def _progress(label: str, total: int | None = None) -> Progress:
    """A progress bar on stderr, drawn only on a terminal and once a step has run a second."""
    show = sys.stderr.isatty()
    return Progress(sys.stderr, show=show, label=label, total=total, show_errors=False, delay=1.0)


def _without_references(dataset: Dataset) -> Dataset:
    return Dataset(dataset.name, dataset.path, dataset.kind, dataset.read)


def _memory(
    dataset: Dataset,
    docs: Callable[[], Iterator[Doc]],
    entry_formats: Iterable[Format],
    args: argparse.Namespace,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for fmt in entry_formats:
        names = ("newsclean", *BASELINES[fmt]) if args.baselines else ("newsclean",)
        subset = (d for d in docs() if d.error is None and d.format == fmt)
        _say(f"peak memory on {dataset.name} ({fmt}): {', '.join(names)}, fresh processes")
        out[fmt] = memory.peak_memory(subset, names)
    return out


BASE_DOCS = 1000
"""At most this many documents of the base dataset are replicated (the corpus is far smaller)."""


def _base(datasets: list[Dataset], args: argparse.Namespace) -> tuple[str, list[Doc]] | None:
    chosen = [d for d in datasets if d.name == args.base] if args.base else datasets
    if args.base and not chosen:
        _say(f"no dataset named {args.base!r}; known: {', '.join(d.name for d in datasets)}")
    for dataset in chosen:
        readable = (d for d in _reader(dataset, args.limit)() if d.error is None)
        docs = list(itertools.islice(readable, BASE_DOCS))
        text = [d for d in docs if d.format == "text"]
        if text or (args.base and docs):
            return dataset.name, text or docs
    return None


def _base_measures(
    datasets: list[Dataset], args: argparse.Namespace, results: dict[str, Any]
) -> None:
    base = _base(datasets, args)
    if base is None:
        return
    name, docs = base
    if args.scale:
        total = speed.scaling_documents(len(docs), args.scale)
        with _progress(f"scaling {name}", total) as tick:
            results["scaling"] = {"dataset": name, **speed.replicated(docs, args.scale, tick=tick)}
        texts = [d.text for d in docs if d.format == "text"]
        if texts:
            _say("linear cost on hostile inputs")
            results["linear_cost"] = speed.linear_cost(texts)
    if args.jobs > 1:
        _say(f"--jobs {args.jobs} against one process on {name}")
        results["jobs"] = {
            "dataset": name,
            "cpu_count": os.cpu_count(),
            **speed.jobs_throughput(docs, args.jobs),
        }
    if args.stream_test:
        _say(f"streaming {args.stream_test:,} articles of {name} through a fresh process")
        results["stream"] = {"dataset": name, **memory.stream_test(docs, args.stream_test)}


def _gate(args: argparse.Namespace, results: dict[str, Any]) -> int:
    status = 0
    if args.update_floors:
        path = args.update_floors
        try:
            floors = gate.read_floors(path) if path.exists() else {}
        except ConfigError as exc:
            _say(str(exc))
            return 2
        written, refused = gate.update(path, results, floors, args.allow_lower)
        for c in written:
            print(
                f"floor {c.dataset}.{c.metric}: {c.old} -> {c.new}"
                + (f" (lowered: {args.allow_lower})" if c.lowered else "")
            )
        for c in refused:
            print(
                f"REFUSED to lower floor {c.dataset}.{c.metric} from {c.old} to {c.new}: "
                "give --allow-lower REASON (and say why in the commit)",
                file=sys.stderr,
            )
            status = 1
        if not written and not refused:
            print(f"floors in {path} already match the measured scores")
    if args.check:
        try:
            floors = gate.read_floors(args.check)
        except ConfigError as exc:
            _say(str(exc))
            return 2
        failures = gate.check(results, floors)
        for line in failures:
            print(f"FLOOR FAILED {line}", file=sys.stderr)
        if failures:
            return 1
        print(f"all floors in {args.check} hold")
    return status
