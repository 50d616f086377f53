"""Speed: newsclean and its baselines timed in the same run, document by document, interleaved.

Every document is given to each system of its format in turn (the order rotates from document to
document), so a busy machine slows every system alike, and every speed figure is reported as a
ratio against the baselines. Also here: linear cost (the corpus replicated 1x, 10x, 100x; hostile
inputs 10x apart) and ``--jobs N`` throughput against one process.
"""

from __future__ import annotations

import gc
import itertools
import math
import multiprocessing
import statistics
import time
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

import newsclean

from .readers import Doc, Format, replicate
from .systems import Input, System, prepare

WARMUP_DOCS = 20


def _stats(times: Sequence[float], passes: Sequence[float], size: int) -> dict[str, float]:
    """Per-document time (median, p95, mean) and throughput: documents (and MB) over the time
    of a whole pass, the median over passes (robust to one pass the machine slowed down)."""
    docs = len(times) // len(passes)
    pass_time = statistics.median(passes)
    return {
        "documents": docs,
        "median_ms": statistics.median(times) * 1e3,
        "p95_ms": (statistics.quantiles(times, n=20)[-1] if len(times) > 1 else times[0]) * 1e3,
        "mean_ms": math.fsum(times) / len(times) * 1e3,
        "docs_per_s": docs / pass_time if pass_time else math.inf,
        "mb_per_s": size / pass_time / 1e6 if pass_time else math.inf,
    }


def _call(system: System, source: Input) -> tuple[float, bool]:
    start = time.perf_counter()
    try:
        system.run(source)
        ok = True
    except Exception:  # counted; a failing document is timed like any other
        ok = False
    return time.perf_counter() - start, ok


def interleaved(
    docs: Callable[[], Iterator[Doc]],
    systems: Mapping[Format, Sequence[System]],
    *,
    rounds: int = 20,
    budget: float = 20.0,
    tick: Callable[[], None] = lambda: None,
) -> dict[str, Any]:
    """Per-document timings of every system, per input format, over up to ``rounds`` passes.

    After the first pass, passes stop once the next would overrun ``budget`` seconds, so large
    inputs get fewer rounds (the number used is reported). ``docs`` is read afresh every pass, so
    a large file is never held in memory. Returns ``{format: {"systems": {name: stats},
    "ratios": {baseline: {...}}, "rounds": n}}``.
    """
    head = list(itertools.islice((d for d in docs() if d.error is None), WARMUP_DOCS))
    for doc in head:  # warm-up: imports, caches and lazily built tables, untimed
        for system in systems[doc.format]:
            _call(system, prepare(doc))
    times: dict[Format, dict[str, array[float]]] = defaultdict(lambda: defaultdict(_floats))
    round_totals: dict[Format, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    errors: dict[Format, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    size: dict[Format, int] = defaultdict(int)
    started, done = time.monotonic(), 0
    for r in range(rounds):
        gc.collect()
        totals: dict[Format, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for i, doc in enumerate(d for d in docs() if d.error is None):
            tick()
            source, group = prepare(doc), systems[doc.format]
            if r == 0:
                size[doc.format] += doc.size
            for k in range(len(group)):
                system = group[(i + r + k) % len(group)]
                took, ok = _call(system, source)
                times[doc.format][system.name].append(took)
                totals[doc.format][system.name] += took
                errors[doc.format][system.name] += not ok
        for fmt, pass_totals in totals.items():
            for name, total in pass_totals.items():
                round_totals[fmt][name].append(total)
        done = r + 1
        elapsed = time.monotonic() - started
        if elapsed + elapsed / done > budget:
            break
    out: dict[str, Any] = {}
    for fmt, by_system in times.items():
        stats = {
            name: {
                **_stats(values, round_totals[fmt][name], size[fmt]),
                "errors": errors[fmt][name] // done,
            }
            for name, values in by_system.items()
        }
        out[fmt] = {"rounds": done, "systems": stats, "ratios": _ratios(round_totals[fmt], stats)}
    return out


BATCH = 64
"""Articles per :meth:`Pipeline.clean_many <newsclean.Pipeline.clean_many>` call in
:func:`batched`: the corpus command's chunk size."""


def batched(
    docs: Callable[[], Iterator[Doc]],
    *,
    rounds: int = 10,
    budget: float = 10.0,
    chunk: int = BATCH,
) -> dict[str, Any] | None:
    """Scraped text cleaned in batches of ``chunk`` articles (``Pipeline.clean_many``, filter by
    filter across the batch, as the corpus command cleans), against ``ftfy.fix_text`` on the same
    articles: each round reads the data once and gives every batch to both (which goes first
    alternates), each timed around the calls alone. ``None`` when there is no scraped text."""
    import ftfy

    pipeline = newsclean.Pipeline.default()

    def texts() -> Iterator[list[str]]:
        batch: list[str] = []
        for doc in docs():
            if doc.error is None and doc.format == "text":
                batch.append(doc.text)
                if len(batch) == chunk:
                    yield batch
                    batch = []
        if batch:
            yield batch

    def clean(batch: list[str]) -> None:
        pipeline.clean_many(batch, kind="text")

    def fix(batch: list[str]) -> None:
        for text in batch:
            ftfy.fix_text(text)

    def one_round(r: int) -> tuple[float, float, int]:
        """Both systems on each batch in turn (which goes first alternates), the data read
        once: newsclean's time, ftfy's, and the articles."""
        took = [0.0, 0.0]
        count = 0
        for k, batch in enumerate(texts()):
            count += len(batch)
            for which in (0, 1) if (r + k) % 2 == 0 else (1, 0):
                start = time.perf_counter()
                (clean, fix)[which](batch)
                took[which] += time.perf_counter() - start
        return took[0], took[1], count

    count = one_round(0)[2]  # warm-up, untimed
    if not count:
        return None
    mine: list[float] = []
    base: list[float] = []
    started = time.monotonic()
    for r in range(rounds):
        gc.collect()
        ours, theirs, _ = one_round(r)
        mine.append(ours)
        base.append(theirs)
        elapsed = time.monotonic() - started
        if elapsed + elapsed / (r + 1) > budget:
            break
    return {
        "documents": count,
        "chunk": chunk,
        "rounds": len(mine),
        "docs_per_s": count / statistics.median(mine),
        "ftfy_docs_per_s": count / statistics.median(base),
        "ratio_ftfy": statistics.median(a / b for a, b in zip(mine, base, strict=True) if b),
    }


def _floats() -> array[float]:
    return array("d")


def _ratios(
    round_totals: Mapping[str, list[float]], stats: Mapping[str, Mapping[str, float]]
) -> dict[str, dict[str, float]]:
    """newsclean's time over each baseline's: the median over passes of the ratio of the pass
    totals (the same documents), and the ratio of the per-document medians."""
    mine = round_totals.get("newsclean")
    out = {}
    for name, totals in round_totals.items():
        if name == "newsclean" or not mine:
            continue
        out[name] = {
            "total": statistics.median(a / b for a, b in zip(mine, totals, strict=True) if b),
            "median": stats["newsclean"]["median_ms"] / stats[name]["median_ms"],
        }
    return out


# --- scaling: the corpus replicated -------------------------------------------------------------
def _pass_time(clean: Callable[..., object], docs: Iterable[Doc]) -> tuple[float, int]:
    gc.collect()
    total, n = 0.0, 0
    for doc in docs:
        source = prepare(doc)
        start = time.perf_counter()
        clean(source, kind=doc.format)
        total += time.perf_counter() - start
        n += 1
    return total, n


def spread(cases: Sequence[Callable[[], float]], passes: Sequence[int]) -> list[float]:
    """Run ``cases[i]`` (which returns the time it took) ``passes[i]`` times, the passes of all
    cases spread evenly over the run, and return each case's mean time.

    Give every case about the same work in all (a case ten times larger, a tenth of the passes):
    then a busy spell of the machine falls on each case alike, and the means compare fairly (a
    median or a minimum would favour the case cut into many short passes).
    """
    slots = max(passes)
    times: list[list[float]] = [[] for _ in cases]
    for slot in range(slots):
        for case, wanted, taken in zip(cases, passes, times, strict=True):
            if len(taken) < wanted and slot % (slots // wanted) == 0:
                taken.append(case())
    return [math.fsum(t) / len(t) for t in times]


def replicated(
    docs: list[Doc],
    levels: Sequence[int] = (1, 10, 100),
    repeats: int = 2,
    tick: Callable[[int], None] = lambda n: None,
) -> dict[str, Any]:
    """newsclean's time on ``docs`` replicated ``levels`` times (distinct copies, see
    :func:`benchmarks.readers.replicate`), each copy cleaned in one process, one after another.

    A level of ``k`` copies is timed ``max(repeats, largest // k)`` times (so the 1x level of
    1,10,100 a hundred times), spread over the run (see :func:`spread`). Time per document should
    stay flat: ``ratio`` (the largest level's time over the smallest's) should stay near
    ``ideal`` (the levels' ratio).
    """
    clean = newsclean.Pipeline.default().clean
    _pass_time(clean, docs[:WARMUP_DOCS])
    high, low = max(levels), min(levels)
    passes = [max(repeats, high // level) for level in levels]

    def case(level: int) -> Callable[[], float]:
        def run() -> float:
            took, n = _pass_time(clean, replicate(docs, level))
            tick(n)
            return took

        return run

    seconds = spread([case(level) for level in levels], passes)
    table = {
        str(level): {
            "documents": len(docs) * level,
            "passes": n,
            "seconds": took,
            "ms_per_doc": took / (len(docs) * level) * 1e3,
        }
        for level, n, took in zip(levels, passes, seconds, strict=True)
    }
    return {
        "levels": table,
        "ratio": table[str(high)]["seconds"] / table[str(low)]["seconds"],
        "ideal": high / low,
        "low": low,
        "high": high,
    }


def scaling_documents(n: int, levels: Sequence[int], repeats: int = 2) -> int:
    """How many documents :func:`replicated` cleans for ``n`` documents (for a progress bar)."""
    return sum(n * level * max(repeats, max(levels) // level) for level in levels)


# --- linear cost on hostile inputs ---------------------------------------------------------------
def _timed(source: str) -> Callable[[], float]:
    def run() -> float:
        start = time.perf_counter()
        newsclean.clean(source, kind="text")
        return time.perf_counter() - start

    return run


def linear_cost(texts: Sequence[str], passes: int = 2) -> dict[str, float]:
    """newsclean's time on inputs 10x apart in size, as a ratio (10.0 is linear): the articles
    joined into one, and inputs that make careless regexes backtrack. The small input is timed
    ten times as often as the large one (see :func:`spread`)."""
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
        newsclean.clean(small, kind="text")  # warm-up
        t_small, t_large = spread([_timed(small), _timed(large)], [10 * passes, passes])
        out[name] = t_large / t_small
    return out


# --- --jobs N ----------------------------------------------------------------------------------
def _clean_one(item: tuple[Input, Format]) -> newsclean.Article:
    source, fmt = item
    return newsclean.clean(source, kind=fmt)


def jobs_throughput(
    docs: list[Doc], jobs: int, *, min_docs: int = 2000, repeats: int = 3
) -> dict[str, Any]:
    """Documents per second with a pool of ``jobs`` processes against one process, on ``docs``
    replicated to at least ``min_docs`` (the articles come back to the parent, as in use; pool
    start-up is included). Each is timed ``repeats`` times, alternately (median)."""
    copies = max(1, math.ceil(min_docs / len(docs)))
    inputs = [(prepare(d), d.format) for d in replicate(docs, copies)]
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    one: list[float] = []
    many: list[float] = []
    for _ in range(repeats):
        gc.collect()
        start = time.perf_counter()
        results = [_clean_one(x) for x in inputs]
        one.append(time.perf_counter() - start)
        del results
        gc.collect()
        start = time.perf_counter()
        with context.Pool(jobs) as pool:
            results = list(pool.imap(_clean_one, inputs, chunksize=32))
        many.append(time.perf_counter() - start)
        del results
    t1, tn = statistics.median(one), statistics.median(many)
    return {
        "documents": len(inputs),
        "jobs": jobs,
        "start_method": method,
        "jobs_1": {"seconds": t1, "docs_per_s": len(inputs) / t1},
        "jobs_n": {"seconds": tn, "docs_per_s": len(inputs) / tn},
        "speedup": t1 / tn,
        "efficiency": t1 / tn / jobs,
    }
