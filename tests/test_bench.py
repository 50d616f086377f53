"""The benchmark script's quality gate and data readers (on project data only)."""

from __future__ import annotations

import importlib.util
import json

import pytest

from .conftest import ROOT

_spec = importlib.util.spec_from_file_location("bench", ROOT / "benchmarks" / "bench.py")
assert _spec is not None and _spec.loader is not None
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)


def results(**datasets):
    return {"datasets": datasets}


def test_check_passes_when_floors_hold():
    measured = results(corpus={"body_exact": 1.0, "field_exact": {"title": 1.0, "topics": 0.97}})
    assert bench.check(measured, {"corpus": {"body_exact": 0.95, "field_exact": 0.95}}) == []


def test_check_fails_below_a_floor_and_above_a_ceiling():
    measured = results(
        corpus={"body_exact": 0.9, "field_exact": {"title": 0.9}, "gold_paragraphs_lost": 2}
    )
    failures = bench.check(
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
    assert bench.check(measured, {"seeds": {"body_exact": 1.0}}) == []
    assert bench.check(measured, {"newspaper": {"colour": 1}}) == [
        "newspaper: no metric 'colour' for this kind of data"
    ]


def test_project_floors_hold_on_the_corpus():
    from newsclean.language import read_toml

    floors = read_toml(ROOT / "benchmarks" / "floors.toml")
    datasets = bench.load_datasets([ROOT / "corpus"])
    measured = {name: {"path": "", **bench.quality(data)} for name, (_, data) in datasets.items()}
    assert bench.check({"datasets": measured}, floors) == []


def test_text_variants_are_scored_against_the_ground_truth(tmp_path):
    (tmp_path / "scrapinghub").mkdir()
    body = "The harbour bridge reopened on Friday after six months of repairs, the council said."
    (tmp_path / "scrapinghub" / "ground-truth.json").write_text(
        json.dumps({"abc": {"articleBody": body, "url": "https://x.test"}})
    )
    variant = tmp_path / "scrapinghub-text" / "scraper"
    variant.mkdir(parents=True)
    (variant / "abc.txt").write_text(f"We use cookies on this site.\n\n{body}")
    loaded = bench.load_text_variants(tmp_path / "scrapinghub-text")
    assert list(loaded) == ["scraper"]
    scored = bench.text_quality(loaded["scraper"])
    assert scored["body_f1"] == pytest.approx(1.0)
    assert scored["do_nothing"]["body_precision"] < 1.0
