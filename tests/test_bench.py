"""The benchmark tool's readers, metrics, quality scores and quality gate (tiny fixtures only)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

import newsclean
from benchmarks import gate, memory, metrics, quality, readers, speed
from benchmarks.systems import System, for_format
from newsclean.language import read_toml

from .conftest import ROOT

BODY = "The harbour bridge reopened on Friday after six months of repairs, the council said."
SECOND = "Drivers queued for an hour to be among the first to cross it on Friday evening."
PROMPT = "Click 'OK' then 'Allow' to enable notifications"


def write_gold(folder: Path, name: str, source: str, suffix: str = "txt", **fields) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.{suffix}").write_text(source, encoding="utf-8")
    gold = {
        "input": f"{name}.{suffix}",
        "title": None,
        "subtitle": None,
        "authors": [],
        "published": None,
        "topics": [],
        "image_credits": [],
        "sources": [],
        "language": "en",
        "body": [BODY, SECOND],
        "boilerplate": [PROMPT],
        **fields,
    }
    (folder / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")


def benchmark_layout(root: Path) -> Path:
    """A two-page public-benchmark layout with one peer's published output."""
    bench = root / "scrapinghub"
    (bench / "html").mkdir(parents=True)
    (bench / "peer-outputs").mkdir()
    truth = {
        "p1": {"articleBody": BODY, "url": "https://a.test/1"},
        "p2": {"articleBody": SECOND, "url": "https://a.test/2"},
        "gone": {"articleBody": "No page for this one.", "url": "https://a.test/3"},
    }
    (bench / "ground-truth.json").write_text(json.dumps(truth))
    for i, body in (("p1", BODY), ("p2", SECOND)):
        page = f"<!DOCTYPE html><html><body><p>{body}</p></body></html>".encode()
        (bench / "html" / f"{i}.html.gz").write_bytes(gzip.compress(page))
    peer = {"version": "1", "output": {"p1": {"articleBody": BODY}, "p2": {"articleBody": ""}}}
    (bench / "peer-outputs" / "peer.json").write_text(json.dumps(peer))
    (bench / "peer-outputs" / "broken.json").write_text("[1, 2]")
    return bench


# --- readers -----------------------------------------------------------------------------------
def test_gold_folder_reads_text_and_html_inputs(tmp_path):
    write_gold(tmp_path, "a", f"{PROMPT}\n\n{BODY}\n\n{SECOND}")
    write_gold(tmp_path, "b", f"<html><body><p>{BODY}</p><p>{SECOND}</p></body></html>", "html")
    [dataset] = readers.discover(tmp_path)
    assert (dataset.kind, dataset.has_gold) == ("gold", True)
    docs = list(dataset.docs())
    assert [(d.id, d.format) for d in docs] == [("a", "text"), ("b", "html")]
    assert docs[0].gold_body == f"{BODY}\n\n{SECOND}"
    assert docs[0].gold is not None and docs[0].gold["boilerplate"] == [PROMPT]


def test_benchmark_layout_reads_pages_truth_and_peer_outputs(tmp_path):
    bench = benchmark_layout(tmp_path)
    [dataset] = readers.discover(bench)
    docs = list(dataset.docs())
    assert [(d.id, d.format, d.url) for d in docs] == [
        ("p1", "html", "https://a.test/1"),
        ("p2", "html", "https://a.test/2"),
    ]
    assert docs[0].source.startswith(b"<!DOCTYPE html>")  # gunzipped
    assert docs[1].gold_body == SECOND
    assert dict(dataset.references) == {"peer": {"p1": BODY, "p2": ""}}  # broken.json skipped


def test_text_variants_find_the_ground_truth_beside_them(tmp_path):
    benchmark_layout(tmp_path)
    for variant in ("scraperA", "scraperB"):
        folder = tmp_path / "scrapinghub-text" / variant
        folder.mkdir(parents=True)
        (folder / "p1.txt").write_text(f"We use cookies on this site.\n\n{BODY}")
        (folder / "unknown.txt").write_text("not in the ground truth")
    found = readers.discover(tmp_path / "scrapinghub-text")
    assert [(d.name, d.kind) for d in found] == [
        ("scraperA", "benchmark"),
        ("scraperB", "benchmark"),
    ]
    [doc] = list(found[0].docs())
    assert (doc.id, doc.format, doc.gold_body) == ("p1", "text", BODY)
    single = readers.discover(tmp_path / "scrapinghub-text" / "scraperA")
    assert [d.name for d in single] == ["scraperA"]


def test_a_parent_folder_is_read_layout_by_layout(tmp_path):
    benchmark_layout(tmp_path)
    variant = tmp_path / "scrapinghub-text" / "scraper"
    variant.mkdir(parents=True)
    (variant / "p2.txt").write_text(SECOND)
    found = readers.discover(tmp_path)
    assert [(d.name, d.kind) for d in found] == [
        ("scrapinghub", "benchmark"),
        ("scraper", "benchmark"),
    ]


def test_plain_folder_is_speed_only(tmp_path):
    (tmp_path / "one.txt").write_text(BODY)
    (tmp_path / "two.html").write_text(f"<html><p>{BODY}</p></html>")
    (tmp_path / "notes.md").write_text("ignored")
    [dataset] = readers.discover(tmp_path)
    assert (dataset.kind, dataset.has_gold) == ("plain", False)
    assert [(d.id, d.format, d.gold_body) for d in dataset.docs()] == [
        ("one", "text", None),
        ("two", "html", None),
    ]


def test_jsonl_streams_records_and_counts_bad_lines(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a", "text": BODY, "url": "https://a.test/a"}),
        "",
        "{not json",
        json.dumps({"id": "b", "html": f"<html><body><p>{BODY}</p></body></html>"}),
        json.dumps({"id": "c", "title": "no text"}),
        json.dumps("a bare string record"),
        json.dumps([1, 2]),
    ]
    path.write_text("\n".join(lines) + "\n")
    [dataset] = readers.discover(path)
    assert dataset.kind == "jsonl" and not dataset.has_gold
    stream = dataset.docs()
    first = next(stream)  # a generator: records come one at a time
    assert (first.id, first.format, first.url, first.source) == (
        "a",
        "text",
        "https://a.test/a",
        BODY,
    )
    rest = list(stream)
    assert [(d.id, d.format, d.error is None) for d in rest] == [
        ("feed.jsonl:3", "text", False),
        ("b", "html", True),
        ("c", "text", False),
        ("feed.jsonl:6", "text", True),
        ("feed.jsonl:7", "text", False),
    ]
    named = list(readers.iter_jsonl(path, text_field="title"))
    assert [d.error is None for d in named] == [False, False, False, True, True, False]


def test_gzipped_jsonl_is_read(tmp_path):
    path = tmp_path / "feed.jsonl.gz"
    path.write_bytes(gzip.compress((json.dumps({"text": BODY}) + "\n").encode()))
    [dataset] = readers.discover(path)
    assert dataset.name == "feed"
    assert [d.source for d in dataset.docs()] == [BODY]


def test_unreadable_paths_are_clear_errors(tmp_path):
    with pytest.raises(ValueError, match="no such file"):
        readers.discover(tmp_path / "missing")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ValueError, match="no gold articles"):
        readers.discover(tmp_path / "empty")
    (tmp_path / "data.csv").write_text("a,b")
    with pytest.raises(ValueError, match="not a folder"):
        readers.discover(tmp_path / "data.csv")


def test_a_broken_gold_file_is_reported_before_measuring(tmp_path):
    write_gold(tmp_path, "a", BODY)
    (tmp_path / "b.gold.json").write_text('{"input": "missing.txt"}')
    with pytest.raises(ValueError, match=r"b\.gold\.json: not a readable gold file"):
        readers.discover(tmp_path)


def test_names_are_made_unique(tmp_path):
    for parent in ("x", "y"):
        write_gold(tmp_path / parent / "corpus", "a", BODY)
    found = readers.unique_names(
        d
        for p in (tmp_path / "x" / "corpus", tmp_path / "y" / "corpus")
        for d in readers.discover(p)
    )
    assert [d.name for d in found] == ["corpus", "y/corpus"]


def test_replicated_copies_are_distinct_inputs_that_clean_alike():
    docs = [
        readers.Doc("a", f"{PROMPT}\n\n{BODY}", "text"),
        readers.Doc("b", f"{SECOND}".encode(), "text"),
    ]
    copies = list(readers.replicate(docs, 3))
    assert [c.id for c in copies] == ["a#0", "b#0", "a#1", "b#1", "a#2", "b#2"]
    assert len({c.source for c in copies}) == 6
    for copy in copies:
        original = next(d for d in docs if copy.id.startswith(d.id + "#"))
        assert newsclean.clean(copy.source).to_dict() == newsclean.clean(original.source).to_dict()


# --- metrics -----------------------------------------------------------------------------------
def test_body_score_of_empty_texts_and_averages():
    assert metrics.score_body("", "") == metrics.BodyScore(1.0, 1.0, True)
    assert metrics.score_body("", BODY).recall == 0.0
    summary = metrics.summarise([metrics.score_body(BODY, BODY), metrics.score_body("", BODY)])
    assert summary["documents"] == 2
    assert summary["body_precision"] == pytest.approx(1.0)  # empty prediction: nothing wrong kept
    assert summary["body_recall"] == pytest.approx(0.5)
    assert summary["body_f1"] == pytest.approx(2 / 3)
    assert summary["body_accuracy"] == pytest.approx(0.5)
    assert metrics.summarise([]) == {"documents": 0}


def test_line_diff_names_lost_and_wrongly_kept_lines():
    lost, kept = metrics.line_diff(f"Share this\n{BODY}", f"{BODY}\n{SECOND}")
    assert (lost, kept) == ([SECOND], ["Share this"])
    assert metrics.line_diff(BODY, BODY) == ([], [])


# --- quality -----------------------------------------------------------------------------------
def test_quality_on_a_gold_folder(tmp_path):
    write_gold(tmp_path, "en-good", f"{PROMPT}\n\n{BODY}\n\n{SECOND}")
    # newsclean cannot know the second paragraph is boilerplate here: a wrongly kept paragraph,
    # a lost gold paragraph, a surviving boilerplate line and a wrong field.
    write_gold(
        tmp_path,
        "de-bad",
        f"{BODY}\n\nAdvertisement text that stays in.",
        body=[BODY, "Ein Absatz, den es nicht gibt."],
        boilerplate=["Advertisement text that stays in."],
        language="de",
        topics=["Verkehr"],
    )
    [dataset] = readers.discover(tmp_path)
    result = quality.measure(dataset, {"text": for_format("text")}, worst=3)
    assert result["documents"] == 2 and result["formats"] == {"text": 2}
    assert set(result["systems"]) == {"newsclean", "ftfy", "do_nothing"}
    assert result["body_exact"] == 0.5
    assert (result["gold_paragraphs"], result["gold_paragraphs_lost"]) == (4, 1)
    assert (result["boilerplate_lines"], result["boilerplate_lines_surviving"]) == (2, 1)
    assert result["field_exact"]["topics"] == 0.5
    assert result["field_exact"]["title"] == 1.0
    assert result["field_set_f1"]["topics"] == 0.5
    assert set(result["languages"]) == {"de", "en"}
    assert result["languages"]["en"]["body_exact"] == 1.0
    assert result["languages"]["de"]["gold_paragraphs_lost"] == 1
    assert result["removed"]["prompts"]["notification_prompt"] == {"count": 1, "gold_body": 0}
    [worst] = result["worst"]
    assert worst["name"] == "de-bad"
    assert worst["lost"] == ["Ein Absatz, den es nicht gibt."]
    assert worst["kept_wrongly"] == ["Advertisement text that stays in."]
    baseline = result["systems"]["do_nothing"]
    assert baseline["baseline"] and baseline["body_precision"] < result["body_precision"]


def test_quality_of_a_folder_of_text_and_html_is_also_given_per_format(tmp_path):
    write_gold(tmp_path, "a", f"{PROMPT}\n\n{BODY}\n\n{SECOND}")
    write_gold(tmp_path, "b", f"<html><body><p>{BODY}</p><p>{SECOND}</p></body></html>", "html")
    [dataset] = readers.discover(tmp_path)
    result = quality.measure(dataset, {f: for_format(f) for f in ("text", "html")})
    assert list(result["systems"]) == [
        "newsclean",
        "newsclean[text]",
        "newsclean[html]",
        "ftfy",
        "do_nothing",
        "trafilatura",
        "trafilatura_no_comments",
    ]
    documents = {k: v["documents"] for k, v in result["systems"].items()}
    assert documents == {
        "newsclean": 2,
        "newsclean[text]": 1,
        "newsclean[html]": 1,
        "ftfy": 1,
        "do_nothing": 1,
        "trafilatura": 1,
        "trafilatura_no_comments": 1,
    }
    assert result["systems"]["newsclean[html]"]["label"] == "newsclean (html only)"


def test_quality_on_the_benchmark_layout_scores_the_references(tmp_path):
    [dataset] = readers.discover(benchmark_layout(tmp_path))
    newsclean_only = {"html": for_format("html", baselines=False)}
    result = quality.measure(dataset, newsclean_only)
    assert set(result["systems"]) == {"newsclean"}
    assert "body_exact" not in result  # no full gold records on this layout
    peer = result["references"]["peer"]
    assert peer["label"] == "peer (published output)"
    assert (peer["documents"], peer["body_recall"], peer["body_accuracy"]) == (2, 0.5, 0.5)


def test_quality_counts_a_failing_system_and_goes_on(tmp_path):
    write_gold(tmp_path, "a", f"{BODY}\n\n{SECOND}")
    write_gold(tmp_path, "b", f"{BODY}\n\n{SECOND}")

    def broken(source):
        raise RuntimeError("boom")

    [good] = for_format("text", baselines=False)
    failing = System("failing", "failing", broken, good.body, baseline=True)
    [dataset] = readers.discover(tmp_path)
    result = quality.measure(dataset, {"text": [good, failing]})
    assert result["systems"]["failing"]["errors"] == 2
    assert result["systems"]["failing"]["body_recall"] == 0.0
    assert result["body_f1"] == pytest.approx(1.0)
    assert "RuntimeError: boom" in result["error_examples"][0]


def test_project_floors_hold_on_the_corpus():
    floors = read_toml(ROOT / "benchmarks" / "floors.toml")
    [dataset] = readers.discover(ROOT / "corpus")
    newsclean_only = {f: for_format(f, baselines=False) for f in ("text", "html")}
    measured = quality.measure(dataset, newsclean_only)
    assert gate.check({"datasets": {"corpus": measured}}, floors) == []


def test_newsclean_is_told_the_format_it_is_measured_on():
    """A page is cleaned as a page even when it starts with text (the bench knows the format:
    detecting it would measure another job), and scraped text as text."""
    page = (
        "Breaking news\n<p>The ferry was late again on Monday, and commuters waited for an"
        " hour.</p><p>The operator blamed the weather.</p>"
    )
    [as_html] = for_format("html", baselines=False)
    assert as_html.body(as_html.run(page)) == (
        "The ferry was late again on Monday, and commuters waited for an hour.\n\n"
        "The operator blamed the weather."
    )
    [as_text] = for_format("text", baselines=False)
    assert "<p>" in as_text.body(as_text.run(page))
    assert speed._clean_one((page, "html")).body == newsclean.clean(page, kind="html").body


def test_the_bench_reads_inputs_as_newsclean_does(tmp_path):
    page = '<meta charset="koi8-r"><p>Мир и труд</p>'.encode("koi8-r")
    doc = readers.Doc("p", page, "html")
    assert doc.text == page.decode("koi8-r")  # the page's declared charset, not cp1252
    written = tmp_path / "docs.jsonl"
    memory.write_jsonl([doc], written)  # the records the memory and streaming tests clean
    assert json.loads(written.read_text(encoding="utf-8"))["html"] == page.decode("koi8-r")
    assert readers.Doc("t", "café".encode("cp1252"), "text").text == "café"
    assert readers.Doc("b", b"\x00\x01" * 50, "text").text  # binary: read anyway, never failing
    fragment = readers.record_doc(json.dumps({"content": "<div><p>Hi there</p></div>"}), "f:1")
    assert fragment.format == "html"  # detected as newsclean detects HTML
    assert readers.record_doc(json.dumps({"content": "Use <b> for bold."}), "f:2").format == "text"


# --- the gate ----------------------------------------------------------------------------------
def results(**datasets):
    return {"datasets": datasets}


def test_check_passes_when_floors_hold():
    measured = results(corpus={"body_exact": 1.0, "field_exact": {"title": 1.0, "topics": 0.97}})
    assert gate.check(measured, {"corpus": {"body_exact": 0.95, "field_exact": 0.95}}) == []


def test_check_fails_below_a_floor_and_above_a_ceiling():
    measured = results(
        corpus={"body_exact": 0.9, "field_exact": {"title": 0.9}, "gold_paragraphs_lost": 2}
    )
    failures = gate.check(
        measured,
        {"corpus": {"body_exact": 0.95, "field_exact": 0.95, "gold_paragraphs_lost": 0}},
    )
    assert [f.split(":")[1].split()[0] for f in failures] == [
        "body_exact",
        "field_exact",
        "gold_paragraphs_lost",
    ]


def test_check_skips_datasets_not_measured_and_flags_unknown_metrics():
    measured = results(newspaper={"body_f1": 0.95})
    assert gate.check(measured, {"seeds": {"body_exact": 1.0}}) == []
    assert gate.check(measured, {"newspaper": {"colour": 1}}) == [
        "newspaper: no metric 'colour' for this kind of data"
    ]


FLOORS = """# floors
[corpus]                      # the core
body_exact = 0.95             # acceptance level
gold_paragraphs_lost = 0

[newspaper]
body_f1 = 0.942
"""


def measured_run(body_exact=0.97, lost=0, f1=0.9431, extra=None):
    datasets = {
        "corpus": {
            "kind": "gold",
            "systems": {},
            "body_exact": body_exact,
            "gold_paragraphs_lost": lost,
        },
        "newspaper": {"kind": "benchmark", "systems": {}, "body_f1": f1},
        **(extra or {}),
    }
    return {"datasets": datasets}


def test_update_raises_floors_and_keeps_the_file_layout(tmp_path):
    path = tmp_path / "floors.toml"
    path.write_text(FLOORS)
    written, refused = gate.update(path, measured_run(), read_toml(path))
    assert refused == []
    assert [(c.dataset, c.metric, c.new) for c in written] == [
        ("corpus", "body_exact", 0.97),
        ("newspaper", "body_f1", 0.943),
    ]
    text = path.read_text()
    assert "body_exact = 0.97             # acceptance level" in text
    assert text.startswith("# floors\n[corpus]                      # the core\n")
    assert read_toml(path) == {
        "corpus": {"body_exact": 0.97, "gold_paragraphs_lost": 0},
        "newspaper": {"body_f1": 0.943},
    }
    assert gate.update(path, measured_run(), read_toml(path)) == ([], [])  # nothing left to do


def test_update_refuses_to_lower_a_floor_without_a_reason(tmp_path):
    path = tmp_path / "floors.toml"
    path.write_text(FLOORS)
    run = measured_run(body_exact=0.9, lost=2, f1=0.95)
    written, refused = gate.update(path, run, read_toml(path))
    assert [(c.metric, c.lowered) for c in refused] == [
        ("body_exact", True),
        ("gold_paragraphs_lost", True),  # a ceiling raised is a floor lowered
    ]
    assert [(c.metric, c.new) for c in written] == [("body_f1", 0.95)]  # the raise goes in
    floors = read_toml(path)
    assert floors["corpus"] == {"body_exact": 0.95, "gold_paragraphs_lost": 0}
    assert gate.check(run, floors) != []  # and the gate still fails


def test_update_lowers_a_floor_with_a_reason_written_beside_it(tmp_path):
    path = tmp_path / "floors.toml"
    path.write_text(FLOORS)
    run = measured_run(body_exact=0.9)
    written, refused = gate.update(path, run, read_toml(path), allow_lower="new hard articles")
    assert refused == [] and [c.metric for c in written] == ["body_exact", "body_f1"]
    text = path.read_text()
    assert "# lowered from 0.95 on " in text and ": new hard articles\nbody_exact = 0.9 " in text
    assert gate.check(run, read_toml(path)) == []


def test_update_pins_floors_for_new_datasets(tmp_path):
    path = tmp_path / "floors.toml"
    path.write_text(FLOORS)
    new = {
        "scrapinghub-text/x": {"kind": "benchmark", "systems": {}, "body_f1": 0.51234},
        "feed": {"kind": "jsonl"},
    }
    gate.update(path, measured_run(body_exact=0.95, f1=0.942, extra=new), read_toml(path))
    assert read_toml(path)["scrapinghub-text/x"] == {"body_f1": 0.512}
    assert "feed" not in read_toml(path)
