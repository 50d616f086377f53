"""The project's speed and memory targets, read from one run's results: measured / target / pass.

- scraped text: newsclean at least 4x faster than ``ftfy.fix_text`` alone on the same articles
  (time ratio newsclean / ftfy <= 0.25), and >= 3,000 articles/s on one core;
- cost linear in input: 100x the corpus takes <= 110x the time of 1x;
- streaming: a 100,000-article JSONL file cleaned with peak memory <= 200 MB.

A target that was not measured in the run is listed with the option that measures it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

FTFY_RATIO = 0.25
DOCS_PER_S = 3000.0
SCALE_SLACK = 1.1  # 100x the input may take 110x the time
STREAM_ARTICLES = 100_000
STREAM_MB = 200.0


@dataclass(frozen=True)
class Target:
    """One target: what it is, on which data, the measured value, the limit and the verdict.

    ``passed`` is ``None`` when the target was not measured (or not at its full size).
    """

    name: str
    where: str
    measured: float | None
    target: str
    unit: str
    passed: bool | None
    note: str = ""


def evaluate(results: dict[str, Any]) -> list[Target]:
    """Every target, with its verdict from ``results`` (the benchmark's results dict)."""
    out: list[Target] = []
    timed = {
        name: d["speed"]["text"]
        for name, d in results.get("datasets", {}).items()
        if "text" in d.get("speed", {})
    }
    if not timed:
        out.append(
            Target(
                "newsclean / ftfy.fix_text time",
                "-",
                None,
                f"<= {FTFY_RATIO}",
                "x",
                None,
                "no scraped text timed (drop --no-speed)",
            )
        )
        out.append(
            Target(
                "articles/s, one core",
                "-",
                None,
                f">= {DOCS_PER_S:,.0f}",
                "/s",
                None,
                "no scraped text timed (drop --no-speed)",
            )
        )
    # Per article (interleaved with the baselines), then batched (clean_many), where measured.
    measured = [
        (
            "",
            name,
            speed["ratios"].get("ftfy", {}).get("total"),
            speed["systems"]["newsclean"]["docs_per_s"],
            f"same {speed['systems']['newsclean']['documents']} articles, interleaved, "
            f"{speed['rounds']} rounds",
            "",
        )
        for name, speed in timed.items()
    ]
    measured += [
        (", batched", name, b["ratio_ftfy"], b["docs_per_s"], note, note)
        for name, d in results.get("datasets", {}).items()
        if (b := d.get("batched"))
        for note in [f"batches of {b['chunk']} (clean_many), {b['rounds']} rounds"]
    ]
    for suffix, name, ratio, rate, ratio_note, rate_note in measured:
        out.append(
            Target(
                f"newsclean / ftfy.fix_text time{suffix}",
                name,
                ratio,
                f"<= {FTFY_RATIO}",
                "x",
                None if ratio is None else ratio <= FTFY_RATIO,
                ratio_note,
            )
        )
        out.append(
            Target(
                f"articles/s, one core{suffix}",
                name,
                rate,
                f">= {DOCS_PER_S:,.0f}",
                "/s",
                rate >= DOCS_PER_S,
                rate_note,
            )
        )
    scaling = results.get("scaling")
    if scaling:
        limit = scaling["ideal"] * SCALE_SLACK
        out.append(
            Target(
                f"time({scaling['high']}x) / time({scaling['low']}x)",
                scaling["dataset"],
                scaling["ratio"],
                f"<= {limit:g}",
                "x",
                scaling["ratio"] <= limit,
                f"ideal {scaling['ideal']:g}",
            )
        )
    else:
        out.append(
            Target(
                "time(100x) / time(1x)",
                "-",
                None,
                "<= 110",
                "x",
                None,
                "not run (--scale 1,10,100)",
            )
        )
    stream = results.get("stream")
    if stream:
        full = stream["articles"] >= STREAM_ARTICLES
        ok = stream["peak_rss_mb"] <= STREAM_MB and stream["no_record_lost"]
        out.append(
            Target(
                f"peak memory, {stream['articles']:,}-article JSONL",
                stream["dataset"],
                stream["peak_rss_mb"],
                f"<= {STREAM_MB:g}",
                "MB",
                ok if full else None,
                ("" if full else f"below the target's {STREAM_ARTICLES:,} articles; ")
                + ("every record written" if stream["no_record_lost"] else "RECORDS LOST"),
            )
        )
    else:
        out.append(
            Target(
                f"peak memory, {STREAM_ARTICLES:,}-article JSONL",
                "-",
                None,
                f"<= {STREAM_MB:g}",
                "MB",
                None,
                f"not run (--stream-test {STREAM_ARTICLES})",
            )
        )
    return out


def as_dicts(targets: list[Target]) -> list[dict[str, Any]]:
    """The targets as JSON-ready dicts."""
    return [asdict(t) for t in targets]


def verdict(passed: bool | None) -> str:
    """``pass``, ``FAIL`` or ``n/a``."""
    return "n/a" if passed is None else ("pass" if passed else "FAIL")
