"""The corpus pieces behind the command line: readers, the runner, output and progress."""

from __future__ import annotations

import gzip
import io
import json
from collections import Counter

import pytest

import newsclean
from newsclean import Pipeline
from newsclean.batch import (
    InputOptions,
    JsonlOutput,
    Progress,
    Record,
    ResumeError,
    clean_records,
    output_line,
    read_inputs,
    skip_written,
)
from newsclean.batch.output import _RECORD_START, _lines
from newsclean.batch.readers import FileRecord, JsonLine, jsonl_lines, kind_of, walk
from newsclean.batch.runner import chunked, clean_chunk, clean_record

from .helpers import CLOSING, OPENING, ProcessKiller, text_of
from .warcs import PAGE, html_response, write_warc

ARTICLE = text_of("Skip to content", OPENING, CLOSING)
PIPELINE = Pipeline.default()


def load(line: dict | str | bytes, **options) -> Record:
    raw = line if isinstance(line, bytes) else (line if isinstance(line, str) else json.dumps(line))
    raw = raw if isinstance(raw, bytes) else raw.encode()
    return JsonLine(raw + b"\n", "in.jsonl", 7, InputOptions(**options)).load()


# --- readers -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "fmt", "kind"),
    [
        ("a.jsonl", "auto", "jsonl"),
        ("A.NDJSON.GZ", "auto", "jsonl"),
        ("crawl.warc", "auto", "warc"),
        ("crawl.warc.gz", "auto", "warc"),
        ("page.html", "auto", "article"),
        ("notes.json", "auto", "article"),
        ("page.html", "jsonl", "jsonl"),
        ("-", "warc", "warc"),
    ],
)
def test_kind_of(name, fmt, kind):
    assert kind_of(name, fmt) == kind


def test_walk_is_recursive_sorted_and_globbed(tmp_path):
    for rel in ["b/2.txt", "b/1.txt", "a.txt", "a.gold.json", "c/d/3.txt", "c/skip.md"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    found = [p[len(str(tmp_path)) + 1 :] for p in walk(str(tmp_path), "*.txt")]
    assert found == ["a.txt", "b/1.txt", "b/2.txt", "c/d/3.txt"]
    assert [p[len(str(tmp_path)) + 1 :] for p in walk(str(tmp_path), "b/*")] == [
        "b/1.txt",
        "b/2.txt",
    ]
    assert len(list(walk(str(tmp_path)))) == 6


def test_json_line_fields_and_passthrough():
    record = load({"id": "n1", "url": "https://x.example/a", "text": "Body.", "lang": "en"})
    assert (record.id, record.source, record.content, record.url) == (
        "n1",
        "in.jsonl:7",
        "Body.",
        "https://x.example/a",
    )
    assert record.passthrough == {"id": "n1", "url": "https://x.example/a", "lang": "en"}
    assert record.error is None


def test_json_line_ids():
    assert load({"id": 12, "text": "x"}).id == 12
    assert load({"text": "x"}).id == "in.jsonl:7"  # no id: the line's place
    assert load({"id": None, "text": "x"}).id == "in.jsonl:7"
    assert load({"doc": "d9", "text": "x"}, id_field="doc").id == "d9"
    bad = load({"id": [1], "text": "x"})
    assert bad.error is not None and bad.error.type == "bad_record" and "'id'" in bad.error.message


def test_reserved_input_fields_are_renamed_not_lost():
    record = load(
        {"doc": "d1", "id": "other", "source": "wire", "error": 0, "text": "x"}, id_field="doc"
    )
    assert record.passthrough == {
        "doc": "d1",
        "input_id": "other",
        "input_source": "wire",
        "input_error": 0,
    }


def test_html_field_is_used_when_present_else_text():
    assert load({"text": "t", "html": "<p>h</p>"}, html_field="html").content == "<p>h</p>"
    assert load({"text": "t", "html": None}, html_field="html").content == "t"
    assert load({"body": "b"}, text_field="body").content == "b"
    record = load({"text": "t", "html": "<p>h</p>", "x": 1}, html_field="html")
    assert record.passthrough == {"x": 1}  # the content fields are not copied


LEADING_TEXT_PAGE = (
    "Breaking news\n<p>The ferry was late again on Monday, and commuters waited for an hour.</p>"
    "<p>The operator blamed the weather.</p>"
)


def test_html_field_is_cleaned_as_html_even_when_it_starts_with_text():
    from_html = load({"text": "t", "page": LEADING_TEXT_PAGE}, html_field="page")
    from_text = load({"text": LEADING_TEXT_PAGE, "page": None}, html_field="page")
    assert (from_html.kind, from_text.kind) == ("html", "auto")
    body = clean_record(from_html, PIPELINE)["article"]["body"]
    assert body == [
        "The ferry was late again on Monday, and commuters waited for an hour.",
        "The operator blamed the weather.",
    ]
    # the text field is still detected: text that starts as text is not parsed as a page
    assert any("<p>" in p for p in clean_record(from_text, PIPELINE)["article"]["body"])


@pytest.mark.parametrize(
    ("line", "kind", "message"),
    [
        (b'{"id": 1, "text": "a",}', "malformed_json", "Expecting property name"),
        (b"[1, 2]", "malformed_json", "not list"),
        (b'{"text": "caf\xe9"}', "malformed_json", "utf-8"),
        ({"id": 1}, "bad_record", "no 'text' field"),
        ({"id": 1, "text": ["a"]}, "bad_record", "'text' must be a string, not list"),
        ({"id": 1, "text": "a", "url": 3}, "bad_record", "'url' must be a string"),
    ],
)
def test_bad_json_lines_become_error_records(line, kind, message):
    record = load(line)
    assert record.error is not None
    assert record.error.type == kind and message in record.error.message
    assert record.content is None


def test_jsonl_lines_skip_blanks_and_long_lines_without_holding_them():
    lines = [
        b'{"id": "a", "text": "x"}',
        b"",
        b"   ",
        b'{"id": "b", "text": "' + b"y" * 5000 + b'"}',
    ]
    lines.append(b'{"id": "c", "text": "z"}')
    handle = io.BytesIO(b"\n".join(lines) + b"\n")
    items = list(jsonl_lines(handle, "f.jsonl", InputOptions(max_bytes=1000)))
    assert [type(i).__name__ for i in items] == ["JsonLine", "Record", "JsonLine"]
    assert items[1].error.type == "too_large" and items[1].id == "f.jsonl:4"
    assert [i.load().id for i in items] == ["a", "f.jsonl:4", "c"]
    assert items[2].load().source == "f.jsonl:5"  # line numbers go on after the long line


def test_jsonl_last_line_without_newline(tmp_path):
    path = tmp_path / "x.jsonl.gz"
    with gzip.open(path, "wb") as handle:
        handle.write(b'{"id": 1, "text": "a"}\n{"id": 2, "text": "b"}')
    assert [i.load().id for i in read_inputs([str(path)])] == [1, 2]


def test_corrupt_gzip_gives_an_unreadable_record(tmp_path):
    path = tmp_path / "x.jsonl.gz"
    data = gzip.compress(b'{"id": 1, "text": "a"}\n' * 2000)
    path.write_bytes(data[: len(data) // 2])
    items = [i.load() for i in read_inputs([str(path)])]
    assert items[-1].error is not None and items[-1].error.type == "unreadable"
    assert all(r.error is None for r in items[:-1])


def test_file_records(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * 100)
    assert FileRecord(str(path), 100, 1000).load().content == b"x" * 100
    assert FileRecord(str(path), 100, 0).load().content == b"x" * 100  # 0: no limit
    big = FileRecord(str(path), 100, 50).load()
    assert big.error.type == "too_large" and big.id == str(path)
    path.write_bytes(b"x" * 200)  # grew since it was listed: still caught while reading
    assert FileRecord(str(path), 100, 150).load().error.type == "too_large"
    gone = FileRecord(str(tmp_path / "gone.txt"), 1).load()
    assert gone.error.type == "unreadable" and "No such file" in gone.error.message


def test_stdin_article_and_stdin_jsonl():
    stdin = io.BytesIO(b"Some text.")
    [record] = [i.load() for i in read_inputs(["-"], stdin=stdin)]
    assert (record.id, record.source, record.content) == ("-", "<stdin>", b"Some text.")
    stdin = io.BytesIO(b'{"id": "s", "text": "t"}\n')
    [record] = [i.load() for i in read_inputs(["-"], InputOptions(format="jsonl"), stdin)]
    assert (record.id, record.source) == ("s", "<stdin>:1")


# --- WARC ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("gz", [True, False])
def test_warc_takes_html_responses_and_text_conversions(tmp_path, gz):
    path = tmp_path / ("c.warc.gz" if gz else "c.warc")
    write_warc(
        path,
        [
            html_response("https://news.example/a"),
            ("request", "https://news.example/a", b"", None),
            ("response", "https://news.example/gone", b"<p>Gone</p>", "404 text/html"),
            ("response", "https://news.example/moved", b"", "301 text/html"),
            ("response", "https://news.example/p.jpg", b"\xff\xd8\xff", "200 image/jpeg"),
            ("conversion", "https://news.example/a", b"Plain text of the page.", "text/plain"),
            ("resource", "https://news.example/r", PAGE, "text/html"),
            ("metadata", "https://news.example/a", b"k: v", "application/warc-fields"),
        ],
        gz=gz,
    )
    inputs = read_inputs([str(path)])
    records = [i.load() for i in inputs]
    assert [r.url for r in records] == [
        "https://news.example/a",
        "https://news.example/a",
        "https://news.example/r",
    ]
    assert records[0].content == PAGE and records[1].content == b"Plain text of the page."
    assert [r.kind for r in records] == ["html", "text", "html"]  # by the content type
    assert all(r.id.startswith("<urn:uuid:") and r.error is None for r in records)
    assert records[0].source == f"{path}@0" and records[1].source.startswith(f"{path}@")
    offsets = [int(r.source.rsplit("@", 1)[1]) for r in records]
    assert offsets == sorted(offsets) and len(set(offsets)) == 3
    assert sum(inputs.skipped.values()) == 5
    assert inputs.skipped["WARC response that is not 2xx"] == 2


def test_warc_payload_over_the_limit_and_damage(tmp_path):
    path = tmp_path / "c.warc"
    big = b"<p>" + b"word " * 2000 + b"</p>"
    write_warc(
        path,
        [html_response("https://n.example/big", big), html_response("https://n.example/ok")],
        gz=False,
    )
    records = [i.load() for i in read_inputs([str(path)], InputOptions(max_bytes=5000))]
    assert [r.error.type if r.error else None for r in records] == ["too_large", None]
    assert records[1].content == PAGE  # the iterator moved past the unread payload
    data = path.read_bytes()
    damaged = tmp_path / "d.warc"
    damaged.write_bytes(data + b"garbage, not a WARC record\r\n\r\n" + PAGE)
    records = [i.load() for i in read_inputs([str(damaged)])]
    assert [r.error.type if r.error else None for r in records] == [None, None, "unreadable"]
    assert records[-1].source.startswith(f"{damaged}@")


def test_a_file_that_is_not_a_warc(tmp_path):
    path = tmp_path / "x.warc"
    path.write_bytes(b"just some text\n")
    [record] = [i.load() for i in read_inputs([str(path)])]
    assert record.error is not None and record.error.type == "unreadable"


# --- the runner ----------------------------------------------------------------------------------
def test_clean_record_writes_article_or_error():
    ok = clean_record(Record("a", "s", ARTICLE, "https://x.example/p", {"k": 1}), PIPELINE)
    assert list(ok) == ["id", "source", "k", "article"]
    assert ok["article"]["body"] == [OPENING, CLOSING] and ok["article"]["site"] == "x.example"
    binary = clean_record(Record("b", "s", b"\x00\x01" * 100), PIPELINE)
    assert binary["error"]["type"] == "bad_input" and "binary" in binary["error"]["message"]
    assert "article" not in binary


def test_filter_failures_and_bugs_become_error_records():
    from .test_pipeline import Broken

    failed = clean_record(Record("a", "s", ARTICLE), Pipeline.from_names([Broken("raise")]))
    assert failed["error"] == {
        "type": "filter_failed",
        "message": "filter 'broken' failed: ValueError: boom",
    }

    class Buggy:
        def clean(self, source, url=None, kind="auto"):
            raise KeyError("oops")

    bug = clean_record(Record("a", "s", ARTICLE), Buggy())  # type: ignore[arg-type]
    assert bug["error"] == {"type": "internal", "message": "KeyError: 'oops'"}


def test_an_article_that_cannot_be_written_is_an_error_record(monkeypatch):
    def broken(self):
        raise ValueError("cannot serialise")

    monkeypatch.setattr(newsclean.Article, "to_dict", broken)
    records = [Record("a", "s", ARTICLE), Record("b", "s", ARTICLE)]
    out = clean_record(records[0], PIPELINE)
    assert out["error"] == {"type": "internal", "message": "ValueError: cannot serialise"}
    chunk = clean_chunk(records, PIPELINE)  # the batch path breaks, then record by record
    assert chunk.count == 2 and chunk.errors == {"internal": 2}


def test_a_chunk_is_cleaned_as_its_records_one_by_one():
    from .test_pipeline import FailsOn

    records = [*_records(12), Record("f", "s", text_of("This trigger breaks a filter.", OPENING))]
    pipeline = PIPELINE.insert(FailsOn(), before="dates")
    chunk = clean_chunk(records, pipeline)
    lines = [output_line(r, pipeline)[0] for r in records]
    assert chunk.data == b"".join(lines)
    assert chunk.count == 13 and chunk.errors == {"bad_input": 2, "filter_failed": 1}


def test_a_chunk_whose_batch_breaks_is_cleaned_record_by_record():
    class Buggy(Pipeline):
        def clean_many(self, *args, **kwargs):
            raise KeyError("a bug in the batch path")

    records = _records(6)
    buggy = Buggy(PIPELINE.filters)
    assert clean_chunk(records, buggy).data == clean_chunk(records, PIPELINE).data


def test_output_line_escapes_lone_surrogates():
    line, error = output_line(load(r'{"id": "x\ud800", "text": "caf\u00e9 \ud800"}'), PIPELINE)
    assert error is None and line.endswith(b"\n")
    line.decode("utf-8")  # valid UTF-8
    assert json.loads(line)["id"] == "x\ud800"
    line, error = output_line(load(b"nope"), PIPELINE)
    assert error == "malformed_json" and json.loads(line)["error"]["type"] == "malformed_json"


def test_chunked_by_count_and_bytes():
    items = [Record(str(i), "s", "x" * 10) for i in range(10)]
    assert [len(c) for c in chunked(items, records=4, size=10**6)] == [4, 4, 2]
    assert [len(c) for c in chunked(items, records=100, size=25)] == [3, 3, 3, 1]
    assert list(chunked([], 4, 10)) == []


def _records(n: int) -> list[Record]:
    bad = {3: b"\x00" * 64, 11: b"\xff\xfe\x00"}  # binary; a UTF-16 BOM then an odd byte
    return [Record(f"r{i}", "s", bad.get(i, text_of(f"Paragraph {i}.", OPENING))) for i in range(n)]


def test_pool_keeps_order_and_matches_one_process():
    records = _records(40)
    one = list(clean_records(records, PIPELINE, jobs=1, chunk_records=3))
    two = list(clean_records(records, PIPELINE, jobs=2, chunk_records=3))
    data = b"".join(c.data for c in two)
    assert data == b"".join(c.data for c in one)
    lines = [json.loads(x) for x in data.splitlines()]
    assert [x["id"] for x in lines] == [f"r{i}" for i in range(40)]
    assert sum(c.count for c in two) == 40
    errors = Counter()
    for c in two:
        errors.update(c.errors)
    assert errors == {"bad_input": 2}
    assert [x["id"] for x in lines if "error" in x] == ["r3", "r11"]


def test_a_record_that_kills_its_worker_becomes_an_error_record_and_the_run_goes_on():
    killer = PIPELINE.insert(ProcessKiller())
    records = _records(20)
    doomed = {5, 13}  # in different chunks: the pool breaks twice
    for i in doomed:
        records[i] = Record(f"r{i}", "s", "KILL THIS PROCESS")
    chunks = list(clean_records(records, killer, jobs=2, chunk_records=3))
    lines = [json.loads(x) for c in chunks for x in c.data.splitlines()]
    assert [x["id"] for x in lines] == [f"r{i}" for i in range(20)]  # N in, N out, in order
    assert sum(c.count for c in chunks) == 20
    crashed = [x["id"] for x in lines if x.get("error", {}).get("type") == "crashed"]
    assert crashed == ["r5", "r13"]
    # Every other record is cleaned as in one process (which the killer would have ended).
    plain = {
        x["id"]: x
        for c in clean_records(records[:5] + records[6:13] + records[14:], PIPELINE, jobs=1)
        for x in map(json.loads, c.data.splitlines())
    }
    for x in lines:
        if x["id"] not in crashed:
            assert x == plain[x["id"]]
    errors = Counter()
    for c in chunks:
        errors.update(c.errors)
    assert errors == {"bad_input": 2, "crashed": 2}


def test_closing_the_pool_generator_early_is_clean():
    chunks = clean_records(_records(40), PIPELINE, jobs=2, chunk_records=2)
    first = next(chunks)
    chunks.close()
    assert first.count == 2


# --- output --------------------------------------------------------------------------------------
def test_output_is_renamed_only_on_commit(tmp_path):
    out = tmp_path / "o.jsonl"
    out.write_text("old\n")
    output = JsonlOutput(str(out))
    assert output.open() == Counter()
    output.write(b'{"id": 1}\n', 1)
    assert out.read_text() == "old\n"  # the old output is untouched while running
    output.close()
    assert out.read_text() == "old\n" and (tmp_path / "o.jsonl.part").read_text() == '{"id": 1}\n'
    output = JsonlOutput(str(out))
    output.open()
    output.write(b'{"id": 2}\n', 1)
    output.commit()
    assert out.read_text() == '{"id": 2}\n' and not (tmp_path / "o.jsonl.part").exists()


def written(record_id, kind="article") -> bytes:
    """An output line as the runner writes it (``kind``: ``article`` or ``error``)."""
    return json.dumps({"id": record_id, "source": "in.jsonl:1", kind: {}}).encode() + b"\n"


def test_resume_reads_ids_and_drops_a_cut_line(tmp_path):
    out = tmp_path / "o.jsonl"
    part = tmp_path / "o.jsonl.part"
    earlier = written("a") + written(2, "error") + written("a")
    part.write_bytes(earlier + b'{"id": "c", "arti')
    output = JsonlOutput(str(out), resume=True)
    assert output.open() == Counter({"a": 2, 2: 1})
    assert output.written == 3 and output.earlier_errors == 1
    output.write(written("c"), 1)
    output.commit()
    assert out.read_bytes() == earlier + written("c")


@pytest.mark.parametrize(
    "cut", [b"{", b'{"id', b'{"id": ', b'{"id": 3, "source": "x", "article": {}}']
)
def test_resume_drops_any_start_of_a_record_cut_short(tmp_path, cut):
    part = tmp_path / "o.jsonl.part"
    part.write_bytes(written(1) + cut)
    assert JsonlOutput(str(tmp_path / "o.jsonl"), resume=True).open() == Counter({1: 1})
    assert part.read_bytes() == written(1)


def test_resume_continues_a_finished_output(tmp_path):
    out = tmp_path / "o.jsonl"
    out.write_bytes(written("a"))
    output = JsonlOutput(str(out), resume=True)
    assert output.open() == Counter({"a": 1})
    output.commit()
    assert out.read_bytes() == written("a")


def test_resume_refuses_a_file_that_is_not_ours(tmp_path):
    out = tmp_path / "o.jsonl"
    (tmp_path / "o.jsonl.part").write_bytes(written(1) + b"hello\n")
    with pytest.raises(ResumeError, match="line 2"):
        JsonlOutput(str(out), resume=True).open()
    with pytest.raises(ResumeError, match="-o OUT"):
        JsonlOutput(None, resume=True)


@pytest.mark.parametrize(
    "foreign",
    [
        b'{"id": [1], "source": "s", "article": {}}\n',  # was a TypeError (unhashable id)
        b'{"id": {"a": 1}, "source": "s", "article": {}}\n',
        b'{"id": true, "source": "s", "article": {}}\n',
        b'{"id": 1.5, "source": "s", "article": {}}\n',
        b'{"id": 1, "text": "an input record, not an output one"}\n',
        b'{"id": 1, "source": "s", "article": {}, "error": {}}\n',
        b"[1, 2]\n",
        b"\x00\x01\x02 binary, no newline",
        b"\xff\xfe{\n",
        b'{"id": 1, "source": "s", "article": {}}\nhello',  # a last line that is no record
        b'{"id": 1, "text": "a JSON file without a last newline"}',
    ],
)
def test_resume_of_a_garbled_file_is_a_clear_error_and_leaves_it_alone(tmp_path, foreign):
    for name in ("o.jsonl.part", "o.jsonl"):  # a partial output, or a finished one
        path = tmp_path / name
        path.write_bytes(foreign)
        with pytest.raises(ResumeError, match="not a newsclean output record"):
            JsonlOutput(str(tmp_path / "o.jsonl"), resume=True).open()
        assert path.read_bytes() == foreign  # not renamed, not cut
        path.unlink()


def test_skip_written_counts_duplicate_ids():
    records = [Record(i, "s", "t") for i in ["a", "b", "a", "a", "c"]]
    left = list(skip_written(records, Counter({"a": 2, "b": 1})))
    assert [r.id for r in left] == ["a", "c"]


def test_stdout_output(tmp_path):
    buffer = io.BytesIO()
    output = JsonlOutput(None, stdout=buffer)
    output.open()
    output.write(b"x\n", 1)
    output.commit()
    assert buffer.getvalue() == b"x\n" and output.part is None


# --- progress ------------------------------------------------------------------------------------
def test_progress_draws_only_when_shown_and_throttled():
    ticks = iter([0.0, 0.05, 0.1, 0.5])
    stream = io.StringIO()
    progress = Progress(stream, show=True, interval=0.2, clock=lambda: next(ticks))
    progress.add(10, {})
    progress.add(10, {"too_large": 1})  # 0.1 s after the last draw: not drawn
    progress.add(10, {})
    assert stream.getvalue().count("\r") == 2
    assert stream.getvalue().endswith("30 docs  60 docs/s  1 error")
    progress.finish()
    assert stream.getvalue().endswith("\r\x1b[K")
    hidden = io.StringIO()
    quiet = Progress(hidden, show=False)
    quiet.add(5, {})
    quiet.finish()
    assert hidden.getvalue() == "" and quiet.records == 5


def test_progress_bar_with_a_label_a_total_and_a_delay():
    ticks = iter([0.0, 0.5, 1.5, 1.5])
    shown = io.StringIO()
    bar = Progress(
        shown,
        show=True,
        label="speed",
        total=10,
        show_errors=False,
        delay=1.0,
        clock=lambda: next(ticks),
    )
    with bar as tick:
        tick(2)  # 0.5 s: before the delay, not drawn
        assert shown.getvalue() == ""
        tick(3)
        assert shown.getvalue().endswith(
            "speed: [###############               ] 5/10 docs  3 docs/s"
        )
    assert shown.getvalue().endswith("\r\x1b[K")  # cleared at the end
    assert bar.status(1.5).startswith("speed: [") and "error" not in bar.status(1.5)


def test_resume_refuses_a_large_foreign_file_without_reading_it_whole(tmp_path):
    # A binary blob with no line break: what shows it is not ours is read, not the whole "line".
    blob = b"\x00junk" * 200_000
    assert len(next(_lines(io.BytesIO(blob)))) == len(_RECORD_START)
    (tmp_path / "o.jsonl.part").write_bytes(blob)
    with pytest.raises(ResumeError, match=r"line 1 .* not a newsclean output record"):
        JsonlOutput(str(tmp_path / "o.jsonl"), resume=True).open()
    # Records and a record cut short are still read whole.
    record = written("a")
    assert list(_lines(io.BytesIO(record + record[:20]))) == [record, record[:20]]
