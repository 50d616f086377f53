"""The CLI benchmark script runs end to end (tiny sizes; its figures are not checked here)."""

from __future__ import annotations

import json

from .cli import _benchmark


def test_cli_benchmark_runs(tmp_path, capsys):
    bench = _benchmark()
    out = tmp_path / "figures.json"
    args = ["--records", "30", "--rounds", "1", "--memory-sizes", "10,40", "--memory-jobs", "1"]
    assert bench.main([*args, "--json", str(out)]) == 0
    figures = json.loads(out.read_text())
    assert figures["throughput"]["jobs1_docs_per_s"] > 0 and figures["throughput"]["ratio"] > 0
    memory = figures["memory_jobs1"]["kib"]
    assert set(memory) == {"10", "40"} and all(v["largest"] > 1000 for v in memory.values())
    printed = capsys.readouterr().out
    assert "median: jobs 1" in printed and "change largest" in printed
