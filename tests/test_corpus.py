"""Acceptance on corpus/: the numbers the core issue asks for, and the corpus's own shape."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

import newsclean
from newsclean.gold import METADATA_FIELDS, load_gold_folder

from .conftest import CORPUS

GOLDS = load_gold_folder(CORPUS)
KEYS = {"input", *METADATA_FIELDS, "body", "boilerplate", "notes"}


@pytest.fixture(scope="module")
def results():
    return {g.name: g.mismatches(newsclean.clean(g.source)) for g in GOLDS}


def test_corpus_shape():
    assert len(GOLDS) >= 40
    layouts = Counter(re.match(r"layout=([\w-]+)\.", g.expected["notes"]).group(1) for g in GOLDS)
    assert len(layouts) >= 12, layouts
    hard = sum("hard-negatives:" in g.expected["notes"] for g in GOLDS)
    assert hard >= 15
    for gold in GOLDS:
        assert set(gold.expected) == KEYS, gold.name


def test_body_exact_in_95_percent_of_articles(results):
    exact = sum("body" not in m for m in results.values())
    assert exact / len(GOLDS) >= 0.95, {k: m.get("body") for k, m in results.items() if "body" in m}


def test_no_gold_body_paragraph_is_lost():
    lost = {}
    for gold in GOLDS:
        body = newsclean.clean(gold.source).body
        missing = [p for p in gold.expected["body"] if p not in body]
        if missing:
            lost[gold.name] = missing
    assert lost == {}


@pytest.mark.parametrize("field", METADATA_FIELDS)
def test_each_field_exact_in_95_percent_of_articles(results, field):
    wrong = {k: m[field] for k, m in results.items() if field in m}
    assert (len(GOLDS) - len(wrong)) / len(GOLDS) >= 0.95, wrong


def test_gold_boilerplate_lines_do_not_survive():
    survived = {}
    for gold in GOLDS:
        body = set(newsclean.clean(gold.source).body)
        kept_in_gold = set(gold.expected["body"])
        left = [b for b in gold.expected["boilerplate"] if b in body and b not in kept_in_gold]
        if left:
            survived[gold.name] = left
    assert survived == {}


def test_every_removal_is_recorded_with_a_known_reason():
    for gold in GOLDS:
        article = newsclean.clean(gold.source)
        for removal in article.removed:
            if removal.filter == "assemble":
                continue
            cls = newsclean.registry.get(removal.filter)
            assert removal.reason in cls.reasons, (gold.name, removal)


def test_gold_files_are_valid_json_naming_their_input():
    for path in CORPUS.glob("*.gold.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert (CORPUS / data["input"]).is_file()


def test_corpus_exercises_every_filter():
    used = {r.filter for g in GOLDS for r in newsclean.clean(g.source).removed}
    assert set(newsclean.DEFAULT_FILTERS) <= used, set(newsclean.DEFAULT_FILTERS) - used
