"""The ``newsclean`` command on a corpus: folders, JSONL, WARC, bad records, jobs, progress,
interruptions and resume, run in a subprocess as a user would."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .cli import (
    alive,
    corpus_texts,
    descendants,
    one_line_error,
    read_jsonl,
    run,
    run_on_terminal,
    write_jsonl,
)
from .conftest import CORPUS
from .warcs import PAGE, html_response, write_warc

TEXTS = corpus_texts()


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """Six corpus articles in a folder tree, with files the glob must leave out."""
    root = tmp_path_factory.mktemp("folder")
    sources = sorted(CORPUS.glob("*.txt"))[:6]
    for i, src in enumerate(sources):
        sub = root / ("a" if i < 3 else "b/c")
        sub.mkdir(parents=True, exist_ok=True)
        shutil.copy(src, sub / src.name)
        shutil.copy(src.with_suffix(".gold.json"), sub / src.with_suffix(".gold.json").name)
    return root


def test_folder_is_walked_recursively_with_glob(folder):
    proc = run(str(folder), "--glob", "*.txt")
    assert proc.returncode == 0
    records = read_jsonl(proc.stdout)
    names = sorted(p.name for p in CORPUS.glob("*.txt"))[:6]
    assert [Path(r["id"]).name for r in records] == names
    assert all(r["source"] == r["id"] and r["id"].startswith(str(folder)) for r in records)
    gold = json.loads((CORPUS / names[0]).with_suffix(".gold.json").read_text())
    assert records[0]["article"]["body"] == gold["body"]
    assert "newsclean: 6 records -> stdout: 6 cleaned, 0 errors" in proc.stderr.decode()
    proc = run(str(folder))  # default glob: every file, the gold JSON files too
    assert len(read_jsonl(proc.stdout)) == 12


def test_many_files_and_jobs_keep_input_order(folder):
    files = sorted(str(p) for p in folder.rglob("*.txt"))
    files = files[::-1] + files[:2]  # an order that is not sorted, with repeats
    one = run(*files, "--jobs", "1")
    two = run(*files, "--jobs", "2")
    assert one.returncode == two.returncode == 0
    assert [r["id"] for r in read_jsonl(two.stdout)] == files
    assert two.stdout == one.stdout


def test_jsonl_fields_pass_through(tmp_path):
    path = tmp_path / "in.jsonl"
    rows = [
        {"doc": "d1", "body": TEXTS[0], "link": "https://www.echo.example/1", "lang": "en", "n": 1},
        {"doc": 2, "page": "<p>The ferry was late again on Monday.</p>", "tags": ["x"]},
        {"body": TEXTS[1]},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    proc = run(
        str(path),
        "--text-field", "body",
        "--html-field", "page",
        "--id-field", "doc",
        "--url-field", "link",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    out = read_jsonl(proc.stdout)
    assert [r["id"] for r in out] == ["d1", 2, f"{path}:3"]
    assert [r["source"] for r in out] == [f"{path}:1", f"{path}:2", f"{path}:3"]
    assert list(out[0]) == ["id", "source", "doc", "link", "lang", "n", "article"]
    assert out[0]["lang"] == "en" and out[0]["n"] == 1 and out[1]["tags"] == ["x"]
    assert out[0]["article"]["site"] == "echo.example"
    assert "The ferry was late again on Monday." in " ".join(out[1]["article"]["body"])
    assert "body" not in out[0] and "page" not in out[1]


def test_jsonl_from_stdin_and_gzip(tmp_path):
    line = json.dumps({"id": "s1", "text": TEXTS[2]}).encode() + b"\n"
    proc = run("--input-format", "jsonl", "-", stdin=line)
    [record] = read_jsonl(proc.stdout)
    assert record["id"] == "s1" and record["source"] == "<stdin>:1"
    import gzip

    path = tmp_path / "in.jsonl.gz"
    path.write_bytes(gzip.compress(line * 3))
    assert [r["id"] for r in read_jsonl(run(str(path)).stdout)] == ["s1"] * 3


def test_warc_html_responses(tmp_path):
    path = tmp_path / "crawl.warc.gz"
    write_warc(
        path,
        [
            html_response("https://news.example/a"),
            ("request", "https://news.example/a", b"", None),
            ("response", "https://news.example/logo.png", b"\x89PNG", "200 image/png"),
            html_response("https://news.example/b", PAGE.replace(b"Friday", b"Monday")),
        ],
        gz=True,
    )
    proc = run(str(path))
    assert proc.returncode == 0
    out = read_jsonl(proc.stdout)
    assert [r["article"]["url"] for r in out] == [
        "https://news.example/a",
        "https://news.example/b",
    ]
    assert all(r["id"].startswith("<urn:uuid:") for r in out)
    assert "reopened on Monday" in json.dumps(out[1]["article"]["body"])
    assert "2 skipped (WARC request record: 1, WARC record that is not HTML: 1)" in (
        proc.stderr.decode()
    )


def test_planted_bad_records_n_in_n_out(tmp_path):
    """Good and bad records mixed: every input record gives exactly one output record, in order."""
    root = tmp_path / "in"
    root.mkdir()
    (root / "01-good.txt").write_text(TEXTS[0])
    (root / "02-binary.txt").write_bytes(bytes(range(256)) * 8)
    (root / "03-cp1252.txt").write_bytes("The café reopened on Friday.".encode("cp1252"))
    (root / "04-bad-bom.txt").write_bytes(b"\xff\xfe\x00")  # UTF-16 BOM, then an odd byte
    with open(root / "05-huge.html", "wb") as handle:  # 50 MB: over the default 25 MiB limit
        handle.write(b"<html><body>" + b"<p>Paragraph of a page.</p>" * 1_900_000)
    (root / "06-empty.txt").write_bytes(b"")
    lines = [
        json.dumps({"id": "j1", "text": TEXTS[1]}),
        '{"id": "j2", "text": "broken',
        "",
        json.dumps({"id": "j3", "title": "no text field"}),
        '{"id": "j4", "text": "caf\xe9"}',  # written as cp1252 below: not UTF-8
        "[1, 2, 3]",
        json.dumps({"id": "j5", "text": TEXTS[2]}),
    ]
    (root / "07-lines.jsonl").write_bytes("\n".join(lines).encode("cp1252") + b"\n")
    warc = root / "08-crawl.warc"
    write_warc(warc, [html_response("https://news.example/a")], gz=False)
    with open(warc, "ab") as handle:
        handle.write(b"not a WARC record at all\r\n\r\n")
    (root / "09-good.txt").write_text(TEXTS[3])
    out = tmp_path / "out.jsonl"
    started = time.monotonic()
    proc = run(str(root), "-o", str(out))
    assert time.monotonic() - started < 60  # the 50 MB page is refused, not cleaned
    assert proc.returncode == 1
    records = read_jsonl(out)
    expected = [
        ("01-good.txt", None),
        ("02-binary.txt", "bad_input"),
        ("03-cp1252.txt", None),
        ("04-bad-bom.txt", "bad_input"),
        ("05-huge.html", "too_large"),
        ("06-empty.txt", None),
        ("07-lines.jsonl:1", None),
        ("07-lines.jsonl:2", "malformed_json"),
        ("07-lines.jsonl:4", "bad_record"),
        ("07-lines.jsonl:5", "malformed_json"),
        ("07-lines.jsonl:6", "malformed_json"),
        ("07-lines.jsonl:7", None),
        ("08-crawl.warc@0", None),
        ("08-crawl.warc@", "unreadable"),
        ("09-good.txt", None),
    ]
    assert len(records) == len(expected)
    for record, (source, error) in zip(records, expected, strict=True):
        assert Path(record["source"]).name.startswith(source), (record, source)
        assert (record["error"]["type"] if "error" in record else None) == error, record
        assert set(record) >= {"id", "source"} and ("article" in record) != ("error" in record)
    assert [r["id"] for r in records[6:12]] == ["j1", f"{root}/07-lines.jsonl:2", "j3"] + [
        f"{root}/07-lines.jsonl:{n}" for n in (5, 6)
    ] + ["j5"]
    assert "input is not valid UTF-8; decoded as cp1252" in records[2]["article"]["warnings"]
    assert "the limit is 26,214,400 bytes" in records[4]["error"]["message"]
    summary = proc.stderr.decode()
    assert "Traceback" not in summary
    assert (
        "15 records -> " + str(out) + ": 7 cleaned, 8 errors (bad_input 2, bad_record 1, "
        "malformed_json 3, too_large 1, unreadable 1)"
    ) in summary


def test_a_long_jsonl_line_is_refused_without_reading_it_whole(tmp_path):
    path = tmp_path / "in.jsonl"
    with open(path, "w") as handle:
        handle.write(json.dumps({"id": 1, "text": TEXTS[0]}) + "\n")
        handle.write(json.dumps({"id": 2, "text": "word " * 400_000}) + "\n")  # 2 MB
        handle.write(json.dumps({"id": 3, "text": TEXTS[1]}) + "\n")
    proc = run(str(path), "--max-bytes", "1M")
    assert proc.returncode == 1
    out = read_jsonl(proc.stdout)
    assert [r.get("error", {}).get("type") for r in out] == [None, "too_large", None]
    assert (
        out[1]["id"] == f"{path}:2" and "the limit is 1,048,576 bytes" in out[1]["error"]["message"]
    )


def test_quiet_and_exit_codes(tmp_path):
    good = write_jsonl(tmp_path / "good.jsonl", 3)
    proc = run(str(good), "-q", "-o", str(tmp_path / "o.jsonl"))
    assert proc.returncode == 0 and proc.stderr == b"" and proc.stdout == b""
    assert len(read_jsonl(tmp_path / "o.jsonl")) == 3
    bad = tmp_path / "bad.jsonl"
    bad.write_text("nope\n")
    proc = run(str(good), str(bad), "--quiet")
    assert proc.returncode == 1 and proc.stderr == b"" and len(read_jsonl(proc.stdout)) == 4


def test_progress_bar_on_a_terminal_only(tmp_path):
    data = write_jsonl(tmp_path / "in.jsonl", 150)
    out = tmp_path / "o.jsonl"
    code, shown, _ = run_on_terminal(str(data), "-o", str(out), stream="stderr")
    text = shown.decode()
    assert code == 0 and "\r\x1b[K" in text
    assert "docs/s" in text and " 0 errors" in text and "150 records -> " in text
    code, shown, _ = run_on_terminal(str(data), "-o", str(out), "--quiet", stream="stderr")
    assert code == 0 and shown == b""
    proc = run(str(data), "-o", str(out))  # stderr is a pipe: the summary, no progress
    assert "docs/s" not in proc.stderr.decode() and proc.stderr.decode().count("\n") == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "markdown"], "a corpus is written as JSONL"),
        (["--url", "https://x.example/"], "--url is for one article"),
        (["--resume"], "resuming needs an output file"),
        (["--explain"], "--explain takes one article"),
        (["--jobs", "two"], "not a number of jobs: 'two'"),
        (["-o", "/no/such/dir/o.jsonl"], "cannot write /no/such/dir/o.jsonl.part"),
    ],
)
def test_corpus_usage_errors(tmp_path, args, message):
    data = write_jsonl(tmp_path / "in.jsonl", 2)
    proc = run(str(data), *args)
    assert proc.returncode == 2 and message in one_line_error(proc)


@pytest.mark.parametrize(
    "foreign", [b"hello\n", b'{"id": [1], "source": "s", "article": {}}\n', b"\x00\x01binary"]
)
def test_resume_refuses_a_partial_file_that_is_not_ours(tmp_path, foreign):
    data = write_jsonl(tmp_path / "in.jsonl", 2)
    part = tmp_path / "o.jsonl.part"
    part.write_bytes(foreign)
    proc = run(str(data), "-o", str(tmp_path / "o.jsonl"), "--resume")
    assert proc.returncode == 2 and "is not a newsclean output record" in one_line_error(proc)
    assert part.read_bytes() == foreign


def test_stdout_closed_early_stops_quietly(tmp_path):
    data = write_jsonl(tmp_path / "in.jsonl", 400)
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsclean", str(data)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 1
    assert json.loads(first)["id"] == "a0" and "Traceback" not in err and "Exception" not in err


# --- interruptions and resume --------------------------------------------------------------------
SIGNAL_RECORDS = 3000


@pytest.fixture(scope="module")
def big(tmp_path_factory) -> tuple[Path, bytes]:
    """A JSONL input long enough to interrupt, and its output from one uninterrupted run."""
    root = tmp_path_factory.mktemp("big")
    data = write_jsonl(root / "in.jsonl", SIGNAL_RECORDS)
    proc = run(str(data), "-q", "--jobs", "2")
    assert proc.returncode == 0
    return data, proc.stdout


def start_and_stop(data: Path, out: Path, how: str) -> subprocess.CompletedProcess[bytes]:
    """Start a run into ``out``; once some records are written, stop it ``how``."""
    part = Path(str(out) + ".part")
    args = [sys.executable, "-m", "newsclean", str(data), "-o", str(out), "--jobs", "2"]
    proc = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    deadline = time.monotonic() + 60
    while not (part.exists() and part.stat().st_size > 0):
        assert proc.poll() is None and time.monotonic() < deadline, "ended before it was stopped"
        time.sleep(0.01)
    if how == "ctrl-c":  # the terminal sends SIGINT to the whole process group
        os.killpg(proc.pid, signal.SIGINT)
    elif how == "kill-all":
        os.killpg(proc.pid, signal.SIGKILL)
    else:
        proc.send_signal(signal.SIGTERM)
    stdout, stderr = proc.communicate(timeout=60)
    return subprocess.CompletedProcess(args, proc.returncode, stdout, stderr)


def test_ctrl_c_leaves_no_output_then_resume_finishes_it(tmp_path, big):
    data, whole = big
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"an older output\n")
    proc = start_and_stop(data, out, "ctrl-c")
    assert proc.returncode == 130
    message = one_line_error(proc)
    assert "interrupted;" in message and "--resume" in message
    assert out.read_bytes() == b"an older output\n"  # untouched
    partial = Path(str(out) + ".part").read_bytes()
    assert partial.endswith(b"\n") and 0 < len(read_jsonl(partial)) < SIGNAL_RECORDS
    assert whole.startswith(partial)  # whole records, in input order
    resumed = run(str(data), "-o", str(out), "--resume", "--jobs", "2")
    assert resumed.returncode == 0
    assert f"resuming: {len(read_jsonl(partial)):,} records already in" in resumed.stderr.decode()
    assert out.read_bytes() == whole and not Path(str(out) + ".part").exists()


def test_sigterm_stops_cleanly(tmp_path, big):
    data, whole = big
    out = tmp_path / "out.jsonl"
    proc = start_and_stop(data, out, "sigterm")
    assert proc.returncode == 143 and "stopped by SIGTERM" in one_line_error(proc)
    assert not out.exists()
    partial = Path(str(out) + ".part").read_bytes()
    assert partial.endswith(b"\n") and whole.startswith(partial)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_workers_end_when_the_main_process_is_killed(tmp_path, big):
    data, _ = big
    part = tmp_path / "out.jsonl.part"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "newsclean",
            str(data),
            "-o",
            str(tmp_path / "out.jsonl"),
            "-j",
            "2",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not (part.exists() and part.stat().st_size > 0):
        assert proc.poll() is None and time.monotonic() < deadline
        time.sleep(0.01)
    helpers = descendants(proc.pid)
    assert len(helpers) >= 3  # the fork server and two workers (and a resource tracker)
    proc.kill()  # SIGKILL: the main process cannot clean up
    proc.wait(timeout=10)
    deadline = time.monotonic() + 15
    while any(alive(pid) for pid in helpers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in helpers if alive(pid)]


def test_resume_after_a_hard_kill(tmp_path, big):
    data, whole = big
    out = tmp_path / "out.jsonl"
    start_and_stop(data, out, "kill-all")
    part = Path(str(out) + ".part")
    part.write_bytes(part.read_bytes() + b'{"id": "a99999", "sour')  # as if cut mid-line
    resumed = run(str(data), "-o", str(out), "--resume", "-q")
    assert resumed.returncode == 0
    assert out.read_bytes() == whole


def test_resume_of_a_finished_run_does_nothing_more(tmp_path):
    data = write_jsonl(tmp_path / "in.jsonl", 5)
    out = tmp_path / "out.jsonl"
    assert run(str(data), "-o", str(out)).returncode == 0
    first = out.read_bytes()
    write_jsonl(tmp_path / "more.jsonl", 2, start=5)
    proc = run(str(data), str(tmp_path / "more.jsonl"), "-o", str(out), "--resume")
    assert proc.returncode == 0 and "2 records -> " in proc.stderr.decode()
    assert out.read_bytes().startswith(first)
    assert [r["id"] for r in read_jsonl(out)] == [f"a{i}" for i in range(7)]


def test_resume_keeps_counting_earlier_errors(tmp_path):
    data = tmp_path / "in.jsonl"
    data.write_text("nope\n" + json.dumps({"id": "ok", "text": TEXTS[0]}) + "\n")
    out = tmp_path / "out.jsonl"
    Path(str(out) + ".part").write_bytes(
        json.dumps({"id": f"{data}:1", "source": f"{data}:1", "error": {}}).encode() + b"\n"
    )
    proc = run(str(data), "-o", str(out), "--resume", "-q")
    assert proc.returncode == 1  # the error record written before still counts
    assert [r["id"] for r in read_jsonl(out)] == [f"{data}:1", "ok"]


@pytest.mark.parametrize("resume", [[], ["--resume"]])
def test_output_that_is_an_input_is_refused_and_the_input_kept(tmp_path, resume):
    data = write_jsonl(tmp_path / "in.jsonl", 2)
    before = data.read_bytes()
    other = write_jsonl(tmp_path / "other.jsonl", 1)
    for out in (data, tmp_path / "." / "in.jsonl"):  # the same file, however it is written
        proc = run(str(other), str(data), "-o", str(out), *resume)
        assert proc.returncode == 2 and "would overwrite the input" in one_line_error(proc)
        assert data.read_bytes() == before
    # One article's output over its own input is refused too; a new file is fine.
    article = tmp_path / "a.txt"
    article.write_text(TEXTS[0])
    proc = run(str(article), "-o", str(article))
    assert proc.returncode == 2 and article.read_text() == TEXTS[0]
    assert run(str(article), "-o", str(tmp_path / "clean.txt")).returncode == 0


@pytest.mark.parametrize("jsonl", [False, True])
def test_output_written_inside_an_input_folder_is_not_read_as_input(tmp_path, jsonl):
    # The output's .part file (and, run again, the output itself) were walked as articles of
    # the folder: a record for each that no input holds, and the earlier output read as JSONL.
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(TEXTS[i])
    out = tmp_path / ("out.jsonl" if jsonl else "out.txt")
    for _ in range(2):
        proc = run(str(tmp_path), "-o", str(out), "-q")
        assert proc.returncode == 0, proc.stderr
        assert [r["id"] for r in read_jsonl(out)] == [str(tmp_path / f"a{i}.txt") for i in range(3)]
    assert not (tmp_path / (out.name + ".part")).exists()
