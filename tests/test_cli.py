"""The ``newsclean`` command on one article, ``explain`` and ``filters``, run in a subprocess."""

from __future__ import annotations

import json
import os

import pytest

import newsclean

from .cli import one_line_error, run, run_on_terminal
from .conftest import CORPUS
from .warcs import PAGE

ARTICLE = CORPUS / "en-wire-01.txt"
GOLD = json.loads((CORPUS / "en-wire-01.gold.json").read_text())


def test_prints_title_and_clean_text():
    proc = run(str(ARTICLE))
    assert proc.returncode == 0
    assert proc.stdout.decode() == GOLD["title"] + "\n\n" + "\n\n".join(GOLD["body"]) + "\n"
    assert run("--format", "text", str(ARTICLE)).stdout == proc.stdout


@pytest.mark.parametrize("flag", [["--format", "json"], ["--json"]])
def test_json_prints_to_dict(flag):
    data = json.loads(run(*flag, str(ARTICLE)).stdout)
    assert list(data) == list(newsclean.ARTICLE_KEYS)  # Article.to_dict()
    assert data["body"] == GOLD["body"] and data["authors"] == GOLD["authors"]


def test_markdown():
    out = run("--format", "markdown", str(ARTICLE)).stdout.decode()
    assert out.startswith(f"# {GOLD['title']}\n\nBy {GOLD['authors'][0]} · {GOLD['published']}\n\n")
    assert GOLD["body"][-1] in out


def test_url_sets_site():
    data = json.loads(run("--json", "--url", "https://www.wire.example/a", str(ARTICLE)).stdout)
    assert data["url"] == "https://www.wire.example/a" and data["site"] == "wire.example"


@pytest.mark.parametrize("args", [["-"], []])
def test_reads_stdin(args):
    proc = run(*args, stdin=b"Skip to content\n\nThe bridge reopened on Friday.")
    assert proc.stdout.decode() == "The bridge reopened on Friday.\n"


def test_html_file_is_cleaned(tmp_path):
    page = tmp_path / "page.html"
    page.write_bytes(PAGE)
    proc = run(str(page), "--url", "https://news.example/bridge")
    assert proc.returncode == 0 and "Traceback" not in proc.stderr.decode()
    assert "The harbour bridge reopened on Friday" in proc.stdout.decode()


def test_output_file_is_written_whole(tmp_path):
    out = tmp_path / "article.json"
    proc = run("--json", "-o", str(out), str(ARTICLE))
    assert proc.returncode == 0 and proc.stdout == b""
    assert json.loads(out.read_text())["body"] == GOLD["body"]
    assert os.listdir(tmp_path) == ["article.json"]  # no temporary file left


def test_warnings_go_to_stderr():
    proc = run("-", stdin="The café reopened on Friday.".encode("cp1252"))
    assert proc.returncode == 0 and "café" in proc.stdout.decode()
    assert "warning: input is not valid UTF-8" in proc.stderr.decode()


def test_explain_names_filter_and_reason_plain_when_piped():
    proc = run("explain", str(ARTICLE))
    out = proc.stdout.decode()
    assert proc.returncode == 0 and "\x1b[" not in out
    lines = out.splitlines()
    assert lines[0].startswith("[0] lifted") and "title/title->title" in lines[0]
    assert any(" kept " in line for line in lines)
    assert "legal/wire_credit" in out
    assert run("--explain", str(ARTICLE)).stdout == proc.stdout  # the old flag still works


def test_explain_colours_on_a_terminal():
    code, shown, _ = run_on_terminal("explain", str(ARTICLE), stream="stdout")
    assert code == 0
    assert b"\x1b[36mlifted" in shown and b"\x1b[32mkept" in shown and b"\x1b[31mremoved" in shown
    env = {**os.environ, "NO_COLOR": "1"}
    code, shown, _ = run_on_terminal("explain", str(ARTICLE), stream="stdout", env=env)
    assert code == 0 and b"\x1b[" not in shown and b"legal/wire_credit" in shown


def test_explain_colour_can_be_forced_or_refused():
    assert "\x1b[31mremoved" in run("explain", "--color", "always", str(ARTICLE)).stdout.decode()
    code, shown, _ = run_on_terminal("explain", "--color", "never", str(ARTICLE), stream="stdout")
    assert code == 0 and b"\x1b[" not in shown


def test_explain_reads_stdin_and_takes_pipeline_options():
    text = b"Skip to content\n\nThe bridge reopened on Friday."
    out = run("explain", stdin=text).stdout.decode()
    assert "removed  engagement/page_furniture" in out
    out = run("explain", "--disable", "engagement", stdin=text).stdout.decode()
    assert out.startswith("[0] kept")


@pytest.mark.parametrize("name", ["explain", "filters"])
def test_subcommands_are_dispatched_by_their_table(name, monkeypatch, capsys):
    from newsclean import cli

    parser, _ = cli.COMMANDS[name]
    assert parser().prog == f"newsclean {name}"
    seen = []
    monkeypatch.setitem(cli.COMMANDS, name, (parser, lambda args: seen.append(args) or 7))
    assert cli.main([name, "--only", "title"]) == 7  # main runs what the table names
    assert seen[0].only == ["title"]
    assert name in cli.build_parser().description  # and the help tells of it


def test_filters_lists_names_descriptions_and_reasons():
    out = run("filters").stdout.decode()
    for name in newsclean.DEFAULT_FILTERS:
        cls = newsclean.registry.get(name)
        assert f"  {name} " in out and cls.description in out
        for reason in cls.reasons:
            assert f"      {reason} " in out
    order = [out.index(f"\n  {n} ") for n in newsclean.DEFAULT_FILTERS]
    assert order == sorted(order)


def test_filters_follows_disable_only_and_config(tmp_path):
    out = run("filters", "--disable", "legal").stdout.decode()
    running, others = out.split("other registered filters")
    assert "  legal " not in running and "  legal " in others
    out = run("filters", "--only", "dates", "--only", "prompts").stdout.decode()
    running = out.split("other registered filters")[0]
    assert running.index("  prompts ") < running.index("  dates ") and "  title " not in running
    config = tmp_path / "p.toml"
    config.write_text('[[filters]]\nname = "repeats"\nmin_words = 4\n')
    running = run("filters", "--config", str(config)).stdout.decode().split("other")[0]
    assert "  repeats " in running and "  prompts " not in running


def test_disable_keeps_that_filters_boilerplate():
    assert "(Reporting by" in run("--disable", "legal", str(ARTICLE)).stdout.decode()


def test_only_runs_just_those_filters():
    text = b"Skip to content\n\nThe bridge reopened on Friday.\n\nAll rights reserved."
    out = run("--only", "legal", stdin=text).stdout.decode()
    assert out == "Skip to content\n\nThe bridge reopened on Friday.\n"


def test_config_file_is_the_library_toml(tmp_path):
    config = tmp_path / "pipeline.toml"
    config.write_text('split = "line"\n[[filters]]\nname = "engagement"\n')
    text = b"Skip to content\nThe bridge reopened on Friday.\nAll rights reserved."
    out = run("--config", str(config), stdin=text).stdout.decode()
    assert out == "The bridge reopened on Friday.\n\nAll rights reserved.\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["/no/such/file"], "cannot read /no/such/file: No such file"),
        (["explain", "/no/such/file"], "cannot read /no/such/file"),
        (["--disable", "nosuch", str(ARTICLE)], "no filter 'nosuch'"),
        (["--language", "xx", str(ARTICLE)], "no rule pack"),
        (["--only", "nosuch", str(ARTICLE)], "no filter 'nosuch'"),
        (["filters", "--only", "nosuch"], "no filter 'nosuch'"),
        (["--config", "/no/such.toml", str(ARTICLE)], "/no/such.toml"),
        (["--bogus"], "unrecognized arguments: --bogus"),
        (["explain", "--bogus"], "unrecognized arguments: --bogus"),
        (["--format", "html", str(ARTICLE)], "invalid choice: 'html'"),
        (["--max-bytes", "12Q", str(ARTICLE)], "not a size: '12Q'"),
        (["--jobs", "-1", str(ARTICLE)], "--jobs must be 0"),
        (["--resume", "-o", "x", str(ARTICLE)], "--resume is for a corpus run"),
        (["-", "-"], "stdin ('-') can be read only once"),
        (["-o", "/no/such/dir/out.txt", str(ARTICLE)], "cannot write /no/such/dir/out.txt"),
    ],
)
def test_usage_errors_are_one_line_with_exit_2(args, message):
    proc = run(*args, stdin=b"")
    assert proc.returncode == 2
    assert message in one_line_error(proc)


def test_bad_config_is_a_usage_error(tmp_path):
    config = tmp_path / "p.toml"
    config.write_text("filters = [")
    proc = run("--config", str(config), str(ARTICLE))
    assert proc.returncode == 2 and str(config) in one_line_error(proc)


def test_language_is_recognised_or_given():
    text = "Foto: dpa\n\nDer Stadtrat hat am Dienstag beschlossen, die Bibliothek offen zu halten."
    data = json.loads(run("--json", "-", stdin=text.encode()).stdout)
    assert (data["language"], data["image_credits"]) == ("de", ["dpa"])
    data = json.loads(run("--json", "--language", "en", "-", stdin=text.encode()).stdout)
    assert data["language"] == "en"


def test_binary_input_fails_with_exit_1():
    proc = run("-", stdin=b"\x00\x01\x02" * 100)
    assert proc.returncode == 1
    assert "binary" in one_line_error(proc)
    proc = run("explain", stdin=b"\x00\x01\x02" * 100)
    assert proc.returncode == 1 and "binary" in one_line_error(proc)


def test_too_large_input_fails_with_exit_1():
    proc = run("--max-bytes", "1K", stdin=b"The bridge reopened. " * 100)
    assert proc.returncode == 1
    assert "the limit is 1,024 bytes" in one_line_error(proc)
    proc = run("--max-bytes", "0", stdin=b"The bridge reopened. " * 100)
    assert proc.returncode == 0  # 0: no limit


@pytest.mark.parametrize("command", [["--explain"], ["explain"]])
def test_explain_takes_the_size_limit_too(command):
    text = b"The bridge reopened on Friday after six months of repairs. " * 30
    proc = run(*command, "--max-bytes", "1K", stdin=text)
    assert proc.returncode == 1 and "the limit is 1,024 bytes" in one_line_error(proc)
    proc = run(*command, "--max-bytes", "0", stdin=text)
    assert proc.returncode == 0 and b"kept" in proc.stdout  # 0: no limit
