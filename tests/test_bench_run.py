"""The benchmark tool end to end on tiny data: command line, reports, chart, speed and memory
measures (their shape and bookkeeping only: no assertion on how fast anything is)."""

from __future__ import annotations

import io
import json
import os
import re
import shlex
import subprocess
import sys

import pytest

from benchmarks import chart, cli, memory, readers, report, speed, targets
from benchmarks.systems import for_format

from .conftest import ROOT
from .test_bench import BODY, PROMPT, SECOND, benchmark_layout, write_gold


@pytest.fixture
def gold(tmp_path):
    folder = tmp_path / "mini"
    write_gold(folder, "a", f"{PROMPT}\n\n{BODY}\n\n{SECOND}")
    write_gold(folder, "b", f"{BODY}\n\nShare this article\n\n{SECOND}")
    return folder


QUICK = ["--scale", "none", "--jobs", "0", "--no-memory", "--rounds", "1"]


def test_quality_run_writes_json_markdown_and_passes_its_floors(gold, tmp_path, capsys):
    floors = tmp_path / "floors.toml"
    floors.write_text("[mini]\nbody_exact = 1.0\ngold_paragraphs_lost = 0\n")
    out_json, out_md = tmp_path / "r.json", tmp_path / "r.md"
    code = cli.main(
        [
            str(gold),
            "--no-speed",
            "--json",
            str(out_json),
            "--markdown",
            str(out_md),
            "--check",
            str(floors),
        ]
    )
    printed = capsys.readouterr().out
    assert code == 0
    assert "all floors in" in printed and "do nothing (split)" in printed
    results = json.loads(out_json.read_text())
    assert results["datasets"]["mini"]["body_exact"] == 1.0
    assert results["targets"] == []  # no timing, no targets
    md = out_md.read_text()
    assert md.startswith("# newsclean benchmark\n")
    assert "| dataset | system | F1 | P | R | accuracy | docs | errors |" in md
    assert "| mini | newsclean | 1.0000 | 1.0000 | 1.0000 | 1.000 | 2 | 0 |" in md
    assert "| prompts | notification_prompt | 1 | 0 |" in md


def test_a_failed_floor_exits_1(gold, tmp_path, capsys):
    floors = tmp_path / "floors.toml"
    floors.write_text("[mini]\nbody_f1 = 1.01\n")
    assert cli.main([str(gold), "--no-speed", "--no-baselines", "--check", str(floors)]) == 1
    assert "FLOOR FAILED mini: body_f1 1.0000 < floor 1.01" in capsys.readouterr().err


def test_update_floors_refusal_exits_1_and_allow_lower_needs_update(gold, tmp_path, capsys):
    floors = tmp_path / "floors.toml"
    floors.write_text("[mini]\nbody_f1 = 1.01\n")
    assert cli.main([str(gold), "--no-speed", "--update-floors", str(floors)]) == 1
    assert "REFUSED to lower floor mini.body_f1" in capsys.readouterr().err
    assert floors.read_text() == "[mini]\nbody_f1 = 1.01\n"
    with pytest.raises(SystemExit) as exc:
        cli.main([str(gold), "--no-speed", "--allow-lower", "why"])
    assert exc.value.code == 2
    code = cli.main(
        [
            str(gold),
            "--no-speed",
            "--update-floors",
            str(floors),
            "--allow-lower",
            "a stricter metric",
        ]
    )
    assert code == 0 and "a stricter metric" in floors.read_text()


def test_usage_errors_exit_2(tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        cli.main([str(tmp_path / "missing")])
    assert exc.value.code == 2
    assert "no such file or folder" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exc:
        cli.main([str(tmp_path), "--scale", "10"])
    assert exc.value.code == 2


def test_markdown_to_stdout_replaces_the_terminal_table(gold, capsys):
    assert cli.main([str(gold), "--no-speed", "--markdown", "-"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# newsclean benchmark\n")
    assert "## quality: article body" in out and "## removed by newsclean on mini" in out
    assert cli.main([str(gold), "--no-speed", "--markdown", "-", "--summary"]) == 0
    summary = capsys.readouterr().out
    assert "## quality: article body" in summary and "## removed by newsclean" not in summary
    assert cli.main([str(gold), "--no-speed", "--markdown", "-", "--markdown-level", "3"]) == 0
    nested = capsys.readouterr().out
    assert nested.startswith("### newsclean benchmark\n") and "\n#### quality: article" in nested


def test_speed_run_on_text_and_html_reports_ratios_and_targets(gold, tmp_path, capsys):
    bench = benchmark_layout(tmp_path)
    out_json = tmp_path / "r.json"
    assert cli.main([str(gold), str(bench), *QUICK, "--json", str(out_json)]) == 0
    results = json.loads(out_json.read_text())
    text = results["datasets"]["mini"]["speed"]["text"]
    assert set(text["systems"]) == {"newsclean", "ftfy", "do_nothing"}
    assert set(text["ratios"]) == {"ftfy", "do_nothing"}
    assert text["systems"]["newsclean"]["documents"] == 2
    html = results["datasets"]["scrapinghub"]["speed"]["html"]
    assert set(html["systems"]) == {"newsclean", "trafilatura", "trafilatura_no_comments"}
    assert results["datasets"]["scrapinghub"]["systems"]["trafilatura"]["documents"] == 2
    batched = results["datasets"]["mini"]["batched"]
    assert batched["documents"] == 2 and batched["rounds"] >= 1
    assert batched["docs_per_s"] > 0 and batched["ratio_ftfy"] > 0
    assert "batched" not in results["datasets"]["scrapinghub"]  # HTML: not batched
    names = [(t["name"], t["where"]) for t in results["targets"]]
    assert ("newsclean / ftfy.fix_text time", "mini") in names
    assert ("newsclean / ftfy.fix_text time, batched", "mini") in names
    assert ("peak memory, 100,000-article JSONL", "-") in names  # not run: listed as such
    printed = capsys.readouterr().out
    assert "targets" in printed and "not run (--stream-test 100000)" in printed
    assert "cleaned in batches (clean_many)" in printed


def test_an_earlier_run_is_reported_again_from_its_json(gold, tmp_path, capsys):
    out_json = tmp_path / "r.json"
    assert cli.main([str(gold), *QUICK, "--json", str(out_json)]) == 0
    first = capsys.readouterr().out
    assert cli.main(["--from-json", str(out_json)]) == 0
    assert capsys.readouterr().out == first
    for argv in ([], [str(gold), "--from-json", str(out_json)]):
        with pytest.raises(SystemExit) as exc:
            cli.main(argv)
        assert exc.value.code == 2


def test_plain_folders_and_jsonl_are_timed_without_quality(tmp_path):
    (tmp_path / "plain").mkdir()
    (tmp_path / "plain" / "a.txt").write_text(f"{BODY}\n\n{SECOND}")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": BODY}) + "\n{broken\n")
    out_json = tmp_path / "r.json"
    code = cli.main([str(tmp_path / "plain"), str(feed), *QUICK, "--json", str(out_json)])
    assert code == 0
    datasets = json.loads(out_json.read_text())["datasets"]
    assert "systems" not in datasets["plain"] and "systems" not in datasets["feed"]
    assert datasets["feed"]["speed"]["text"]["systems"]["newsclean"]["documents"] == 1


def test_interleaved_timing_keeps_every_system_and_document(gold):
    [dataset] = readers.discover(gold)
    measured = speed.interleaved(dataset.docs, {"text": for_format("text")}, rounds=3, budget=60)
    text = measured["text"]
    assert text["rounds"] == 3
    for stats in text["systems"].values():
        assert stats["documents"] == 2 and stats["errors"] == 0
        assert stats["p95_ms"] >= stats["median_ms"] > 0
    assert text["ratios"]["ftfy"]["total"] > 0


def test_replicated_and_jobs_count_their_documents(gold):
    docs = list(readers.discover(gold)[0].docs())
    scaled = speed.replicated(docs, (1, 3), repeats=1)
    levels = scaled["levels"]
    assert {k: (v["documents"], v["passes"]) for k, v in levels.items()} == {
        "1": (2, 3),
        "3": (6, 1),
    }
    assert speed.scaling_documents(2, (1, 3), repeats=1) == 2 * 3 + 6
    assert (scaled["low"], scaled["high"], scaled["ideal"]) == (1, 3, 3)
    jobs = speed.jobs_throughput(docs, 2, min_docs=7, repeats=1)
    assert (jobs["documents"], jobs["jobs"]) == (8, 2)


def test_spread_runs_each_case_its_passes_evenly_and_averages():
    log = []

    def case(name, took):
        def run():
            log.append(name)
            return took

        return run

    means = speed.spread([case("a", 1.0), case("b", 4.0), case("c", 9.0)], [4, 2, 1])
    assert log == ["a", "b", "c", "a", "a", "b", "a"]
    assert means == [1.0, 4.0, 9.0]


def test_memory_child_streams_every_record(gold):
    docs = list(readers.discover(gold)[0].docs())
    result = memory.stream_test(docs, 5)
    assert (result["articles"], result["records_in"], result["records_out"]) == (5, 5, 5)
    assert result["no_record_lost"] and result["errors"] == 0
    assert result["peak_rss_mb"] >= result["start_rss_mb"] > 0


def test_peak_memory_runs_each_system_in_its_own_process(gold):
    docs = list(readers.discover(gold)[0].docs())
    measured = memory.peak_memory(iter(docs), ["newsclean", "do_nothing"])
    assert set(measured) == {"newsclean", "do_nothing"}
    assert [m["records_out"] for m in measured.values()] == [2, 2]
    assert memory.peak_memory(iter([]), ["newsclean"]) == {}


def test_the_script_runs_from_another_directory(gold, tmp_path):
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "bench.py"),
            str(gold),
            "--no-speed",
            "--no-baselines",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert "mini" in proc.stdout and "newsclean" in proc.stdout


def test_the_readme_benchmark_commands_are_valid_and_ci_runs_the_gate():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = [
        shlex.split(m.replace("\\\n", " "), comments=True)[2:]
        for m in re.findall(r"^python benchmarks/bench\.py (?:.*\\\n)*.*$", readme, re.MULTILINE)
    ]
    assert len(commands) >= 5
    for argv in commands:
        cli.parser().parse_args(argv)  # exits (fails the test) on an unknown option
    gate = next(argv for argv in commands if "--check" in argv)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").replace("\\\n", " ")
    assert " ".join(a for a in gate if a.startswith("--") or a.endswith(".toml")) in " ".join(
        ci.split()
    )


# --- targets, report, chart, progress ----------------------------------------------------------
def fake_results(ratio=0.2, rate=4000.0, scale=105.0, stream_mb=150.0, articles=100_000):
    text = {
        "rounds": 5,
        "systems": {"newsclean": {"documents": 42, "docs_per_s": rate}},
        "ratios": {"ftfy": {"total": ratio}},
    }
    return {
        "datasets": {"corpus": {"speed": {"text": text}}},
        "scaling": {"dataset": "corpus", "ratio": scale, "ideal": 100, "low": 1, "high": 100},
        "stream": {
            "dataset": "corpus",
            "articles": articles,
            "peak_rss_mb": stream_mb,
            "no_record_lost": True,
        },
    }


def test_batched_targets_are_judged_like_the_per_article_ones():
    results = fake_results()
    batch = {"documents": 42, "chunk": 64, "rounds": 3, "docs_per_s": 3500.0, "ratio_ftfy": 0.3}
    results["datasets"]["corpus"]["batched"] = batch
    found = {t.name: t for t in targets.evaluate(results)}
    assert found["newsclean / ftfy.fix_text time, batched"].passed is False
    assert found["articles/s, one core, batched"].passed is True
    assert found["articles/s, one core, batched"].note == "batches of 64 (clean_many), 3 rounds"


def test_targets_pass_fail_and_not_measured():
    assert [t.passed for t in targets.evaluate(fake_results())] == [True, True, True, True]
    failing = targets.evaluate(fake_results(0.3, 2000.0, 120.0, 250.0))
    assert [t.passed for t in failing] == [False, False, False, False]
    small = targets.evaluate(fake_results(articles=5_000))[-1]
    assert small.passed is None and "below the target's 100,000" in small.note
    missing = targets.evaluate({"datasets": {}})
    assert [t.passed for t in missing] == [None, None, None, None]
    assert [targets.verdict(x) for x in (True, False, None)] == ["pass", "FAIL", "n/a"]


def test_text_and_markdown_renderings_of_one_table():
    table = report.Table(
        "t",
        ["name", "kind", "value"],
        [["a|b", "x", "1.0"], ["c", "y", "22.5"]],
        "a note",
        terminal_rows=1,
    )
    text = report.render_text([table])
    assert text.splitlines() == [
        "t",
        "  name  kind  value",
        "  a|b   x       1.0",
        "  … 1 more rows in --markdown / --json",
        "  (a note)",
    ]
    md = report.render_markdown([table])
    assert "| name | kind | value |\n|---|---|---|\n| a\\|b | x | 1.0 |\n| c | y | 22.5 |" in md
    assert "a note" in md


def test_chart_is_a_png(gold, tmp_path):
    pytest.importorskip("matplotlib")
    out = tmp_path / "chart.png"
    assert cli.main([str(gold), *QUICK, "--chart", str(out)]) == 0
    assert out.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


def test_chart_without_matplotlib_is_a_clear_error(monkeypatch, gold, tmp_path, capsys):
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import fails as if not installed
    with pytest.raises(chart.ChartError, match=r"pip install -e '\.\[bench\]'"):
        chart.draw(fake_results(), tmp_path / "c.png")
    monkeypatch.setattr(cli.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(SystemExit) as exc:  # refused before measuring anything
        cli.main([str(gold), "--chart", str(tmp_path / "c.png")])
    assert exc.value.code == 2 and "the chart needs matplotlib" in capsys.readouterr().err


def test_one_reader_of_peak_memory_serves_both_memory_benchmarks(monkeypatch):
    from benchmarks import cli_throughput, memory

    assert cli_throughput.status_kb("VmHWM") > 0  # this process, on Linux
    assert cli_throughput.status_kb("VmHWM", 2**31) is None  # no such process
    monkeypatch.setattr(cli_throughput, "status_kb", lambda field, pid="self": 2048)
    assert memory.peak_rss_mb() == memory.rss_mb() == 2.0
    assert cli_throughput._sample(os.getpid())[0] == 2048


def test_the_benchmarks_progress_bar_is_the_commands(monkeypatch):
    quiet = io.StringIO()
    monkeypatch.setattr(sys, "stderr", quiet)
    with cli._progress("x", 10) as tick:
        tick(5)
    assert quiet.getvalue() == ""  # a StringIO is not a terminal
    bar = cli._progress("speed", 10)
    assert (bar.label, bar.total, bar.show_errors, bar.delay) == ("speed", 10, False, 1.0)
