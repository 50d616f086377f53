"""Measure the command line on a corpus: --jobs 2 against --jobs 1, and peak memory by input size.

    python benchmarks/cli_throughput.py                       # 20,000 records; 1,000 vs 100,000
    python benchmarks/cli_throughput.py --records 2000 --rounds 2 --memory-sizes 100,1000

The input is JSONL made of the project's own corpus articles (``corpus/*.txt``, scraped text),
repeated with distinct ids, written to a temporary folder. Throughput: the same ``newsclean``
command with ``--jobs 1`` and ``--jobs 2``, interleaved and repeated, so a busy machine slows
both sides; the figures are the ratio of the medians and the ratio of the best runs (on a
machine shared with other work, the best run of each is the one least slowed by it; the load
average after each run is printed to judge that). Memory: the peak resident set size (VmHWM)
of every process of the command (main process, fork server, workers), sampled from /proc while it
runs (Linux), for a small and a large input; flat means the large run's peak is within 20% of
the small one's.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def write_input(path: Path, records: int) -> Path:
    """``records`` JSONL records made of the corpus articles, ids ``doc-0``…, a URL each."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(records):
            row = {"id": f"doc-{i}", "url": f"https://news{i % 7}.example/{i}", "text": ""}
            row["text"] = texts[i % len(texts)]
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def command(data: Path, out: Path, jobs: int) -> list[str]:
    """The measured command line."""
    return [sys.executable, "-m", "newsclean", str(data), "-o", str(out), "-q", "--jobs", str(jobs)]


@dataclass
class Run:
    """One measured run: wall time, and per process of its tree the peak RSS (KiB) and the CPU
    time (s) last seen."""

    elapsed: float
    peaks: dict[int, int]
    cpu: dict[int, float]


def run_measured(cmd: list[str], interval: float = 0.05) -> Run:
    """Run ``cmd``, sampling /proc every ``interval`` seconds (the wall time is exact)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peaks: dict[int, int] = {}
    cpu: dict[int, float] = {}
    while True:
        for pid in process_tree(proc.pid):
            hwm, seconds = _sample(pid)
            if hwm is not None:
                peaks[pid] = max(peaks.get(pid, 0), hwm)
            if seconds is not None:
                cpu[pid] = max(cpu.get(pid, 0.0), seconds)
        try:
            proc.wait(timeout=interval)
            break
        except subprocess.TimeoutExpired:
            continue
    elapsed = time.perf_counter() - start
    assert proc.stderr is not None
    err = proc.stderr.read().decode()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err}")
    return Run(elapsed, peaks, cpu)


def process_tree(root: int) -> list[int]:
    """``root`` and every process below it (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def status_kb(field: str, pid: int | str = "self") -> int | None:
    """A field of ``/proc/PID/status`` in KiB (``VmHWM``: the process's peak resident memory,
    ``VmRSS``: its resident memory now), or ``None`` where there is none (not Linux, the process
    has ended). The one reader of these figures for the benchmarks (:mod:`benchmarks.memory`)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


def _sample(pid: int) -> tuple[int | None, float | None]:
    """The peak RSS (KiB) and CPU time (user + system, s) of ``pid`` so far."""
    seconds = None
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        seconds = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        pass
    return status_kb("VmHWM", pid), seconds


def throughput(data: Path, records: int, rounds: int, workdir: Path) -> dict[str, float]:
    """Docs/s of --jobs 1 and --jobs 2, interleaved, ``rounds`` times each; the ratios of the
    medians and of the best runs."""
    rates: dict[int, list[float]] = {1: [], 2: []}
    cpu: dict[int, list[float]] = {1: [], 2: []}
    for _ in range(rounds):
        for jobs in (1, 2):
            run = run_measured(command(data, workdir / f"out-{jobs}.jsonl", jobs))
            elapsed = run.elapsed
            rates[jobs].append(records / elapsed)
            cpu[jobs].append(sum(run.cpu.values()))
            load = os.getloadavg()[0]  # other work on the machine takes cores from --jobs 2
            print(
                f"  jobs {jobs}: {elapsed:6.2f} s  {records / elapsed:7.0f} docs/s"
                f"  CPU {cpu[jobs][-1]:6.2f} s  (load average after: {load:.2f})",
                flush=True,
            )
    one, two = statistics.median(rates[1]), statistics.median(rates[2])
    best1, best2 = max(rates[1]), max(rates[2])
    return {
        "jobs1_docs_per_s": one,
        "jobs2_docs_per_s": two,
        "ratio": two / one,
        "jobs1_best_docs_per_s": best1,
        "jobs2_best_docs_per_s": best2,
        "best_ratio": best2 / best1,
        "jobs1_cpu_s": statistics.median(cpu[1]),
        "jobs2_cpu_s": statistics.median(cpu[2]),
    }


def memory(sizes: list[int], jobs: int, workdir: Path) -> dict[int, dict[str, int]]:
    """Peak RSS (KiB) of the largest process and of all processes together, per input size."""
    out: dict[int, dict[str, int]] = {}
    for size in sizes:
        data = write_input(workdir / f"mem-{size}.jsonl", size)
        run = run_measured(command(data, workdir / "mem-out.jsonl", jobs))
        elapsed, peaks = run.elapsed, run.peaks
        out[size] = {"largest": max(peaks.values()), "total": sum(peaks.values())}
        data.unlink()
        largest, total = out[size]["largest"] / 1024, out[size]["total"] / 1024
        print(
            f"  jobs {jobs}, {size:>7,} records: {elapsed:6.1f} s, peak RSS largest process "
            f"{largest:.1f} MiB, all processes {total:.1f} MiB",
            flush=True,
        )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=20_000, help="records for throughput")
    parser.add_argument("--rounds", type=int, default=5, help="runs of each --jobs value")
    parser.add_argument(
        "--memory-sizes", default="1000,100000", help="two input sizes for the memory check"
    )
    parser.add_argument("--memory-jobs", default="1,2", help="--jobs values for the memory check")
    parser.add_argument("--json", help="also write the figures here")
    args = parser.parse_args(argv)
    sizes = [int(x) for x in args.memory_sizes.split(",")]
    results: dict[str, object] = {"cpus": os.cpu_count()}
    with tempfile.TemporaryDirectory(prefix="newsclean-cli-bench-") as tmp:
        workdir = Path(tmp)
        data = write_input(workdir / "throughput.jsonl", args.records)
        print(
            f"throughput: {args.records:,} records, {data.stat().st_size / 2**20:.1f} MiB, "
            f"{os.cpu_count()} CPUs, load average before: {os.getloadavg()[0]:.2f}"
        )
        figures = throughput(data, args.records, args.rounds, workdir)
        for label, one, two, ratio in (
            ("median", "jobs1_docs_per_s", "jobs2_docs_per_s", "ratio"),
            ("best", "jobs1_best_docs_per_s", "jobs2_best_docs_per_s", "best_ratio"),
        ):
            print(
                f"  {label}: jobs 1 {figures[one]:.0f} docs/s, jobs 2 {figures[two]:.0f} docs/s, "
                f"ratio {figures[ratio]:.2f} (target >= 1.7)"
            )
        print(
            f"  CPU time of all processes (median): jobs 1 {figures['jobs1_cpu_s']:.1f} s, "
            f"jobs 2 {figures['jobs2_cpu_s']:.1f} s: the pool's overhead is "
            f"{figures['jobs2_cpu_s'] / figures['jobs1_cpu_s'] - 1:+.1%} of the work"
        )
        results["throughput"] = figures
        data.unlink()
        print(f"memory: peak RSS for {sizes[0]:,} and {sizes[-1]:,} records")
        for jobs in (int(x) for x in args.memory_jobs.split(",")):
            peaks = memory(sizes, jobs, workdir)
            small, large = peaks[sizes[0]], peaks[sizes[-1]]
            change = {k: large[k] / small[k] - 1 for k in ("largest", "total")}
            print(
                f"  jobs {jobs}: change largest {change['largest']:+.1%}, all processes "
                f"{change['total']:+.1%} (target within ±20%)"
            )
            results[f"memory_jobs{jobs}"] = {"kib": peaks, "change": change}
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
