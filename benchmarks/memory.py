"""Peak memory of one system in a fresh process, and the streaming test.

The parent writes the documents to a JSONL file and runs ``python -m benchmarks.memory SYSTEM
FILE``: the child builds the system, streams the file one record at a time (each result is
serialised and written to ``os.devnull``, as a streaming job would write it out), and reports its
resident memory once the system is built and its peak at the end, the records
read and written, and the time. Peak memory is the child's own high-water mark (see
:func:`peak_rss_mb`). ``--stream-test N`` replicates the base corpus to an N-article
JSONL file and runs newsclean over it this way.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from . import cli_throughput
from .readers import Doc, as_text, iter_jsonl, replicate

ROOT = Path(__file__).resolve().parent.parent


def _status_mb(field: str) -> float | None:
    kib = cli_throughput.status_kb(field)
    return None if kib is None else kib / 1024


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB.

    Linux's ``VmHWM`` (the high-water mark of this program's own memory) where there is one:
    ``ru_maxrss`` carries over the parent's peak into a child started by fork and exec, so in a
    child of a large process it would report the parent's memory.
    """
    hwm = _status_mb("VmHWM")
    if hwm is not None:
        return hwm
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10  # bytes on macOS, else KiB


def rss_mb() -> float:
    """This process's resident memory now, in MB (the peak where that is not available)."""
    now = _status_mb("VmRSS")
    return now if now is not None else peak_rss_mb()


def write_jsonl(docs: Iterable[Doc], path: Path) -> tuple[int, int]:
    """Write ``docs`` as JSONL records (``id``, ``text`` or ``html``, ``url``): (records, bytes)."""
    n = 0
    with path.open("w", encoding="utf-8") as out:
        for doc in docs:
            field = "html" if doc.format == "html" else "text"
            record = {"id": doc.id, field: as_text(doc.source, doc.format)}
            if doc.url:
                record["url"] = doc.url
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n, path.stat().st_size


def run_child(system: str, path: Path, timeout: float = 3600) -> dict[str, Any]:
    """Run ``system`` over the JSONL file ``path`` in a fresh process; its report as a dict."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks.memory", system, str(path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"memory child for {system} failed: {proc.stderr.strip()[-500:]}")
    report: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return report


def peak_memory(docs: Iterable[Doc], systems: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Each system's peak memory over ``docs``, each in its own fresh process (``{}`` when there
    are no documents). The documents are written to a temporary JSONL file one by one."""
    with tempfile.TemporaryDirectory(prefix="newsclean-bench-") as tmp:
        path = Path(tmp) / "docs.jsonl"
        written, _ = write_jsonl(docs, path)
        return {name: run_child(name, path) for name in systems} if written else {}


def stream_test(docs: list[Doc], articles: int) -> dict[str, Any]:
    """newsclean streaming an ``articles``-record JSONL file made by replicating ``docs``
    (distinct copies), in a fresh process: peak memory, time, and records in and out."""
    copies = math.ceil(articles / len(docs))
    with tempfile.TemporaryDirectory(prefix="newsclean-stream-") as tmp:
        path = Path(tmp) / "stream.jsonl"
        written, size = write_jsonl(itertools.islice(replicate(docs, copies), articles), path)
        report = run_child("newsclean", path)
    report["articles"] = written
    report["file_mb"] = size / 1e6
    report["no_record_lost"] = report["records_out"] == written
    return report


def child(system_name: str, path: Path) -> dict[str, Any]:
    """The child's work: build the system, stream ``path`` through it, report (see the module)."""
    from .systems import build, prepare

    systems = {fmt: build(system_name, fmt) for fmt in ("text", "html")}
    start_mb = rss_mb()
    records_in = records_out = errors = 0
    started = time.perf_counter()
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for doc in iter_jsonl(path):
            records_in += 1
            if doc.error is not None:
                errors += 1
                continue
            try:
                out = systems[doc.format].run(prepare(doc))
            except Exception:  # counted: one bad record never stops the stream
                errors += 1
                continue
            to_json = getattr(out, "to_json", None)
            sink.write((to_json() if callable(to_json) else json.dumps(out)) + "\n")
            records_out += 1
    seconds = time.perf_counter() - started
    return {
        "system": system_name,
        "records_in": records_in,
        "records_out": records_out,
        "errors": errors,
        "seconds": seconds,
        "docs_per_s": records_in / seconds if seconds else math.inf,
        "start_rss_mb": start_mb,
        "peak_rss_mb": peak_rss_mb(),
    }


def main(argv: list[str] | None = None) -> int:
    """Entry point of the child process."""
    parser = argparse.ArgumentParser(description="Run one system over a JSONL file; report memory.")
    parser.add_argument("system")
    parser.add_argument("path", type=Path)
    args = parser.parse_args(argv)
    print(json.dumps(child(args.system, args.path)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
