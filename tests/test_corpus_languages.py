"""Acceptance per language on corpus/: the numbers the languages issue asks for.

For every language with articles in corpus/ (named ``<code>-<layout>-NN``): at least six articles;
the body exactly right in at least 90% of them; no gold body paragraph lost; each metadata field
exactly right in at least 90%; and the language recognised (not given) on every article.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

import newsclean
from newsclean.detect import detect_language, language_sample
from newsclean.gold import METADATA_FIELDS, GoldArticle, load_gold_folder

from .conftest import CORPUS

BY_LANGUAGE: dict[str, list[GoldArticle]] = defaultdict(list)
for _gold in load_gold_folder(CORPUS):
    BY_LANGUAGE[_gold.name.split("-", 1)[0]].append(_gold)
LANGUAGES = sorted(BY_LANGUAGE)


@pytest.fixture(scope="module")
def cleaned() -> dict[str, newsclean.Article]:
    return {g.name: newsclean.clean(g.source) for golds in BY_LANGUAGE.values() for g in golds}


def test_every_shipped_language_has_at_least_six_articles():
    for code in newsclean.shipped_languages():
        assert len(BY_LANGUAGE[code]) >= 6, code


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_language_is_recognised_on_every_article(code, cleaned):
    wrong = {g.name: cleaned[g.name].language for g in BY_LANGUAGE[code]}
    assert {name: got for name, got in wrong.items() if got != code} == {}
    for gold in BY_LANGUAGE[code]:
        assert gold.expected["language"] == code
        # The blocks the pipeline reads (an HTML page's content, not its markup).
        blocks = newsclean.Pipeline.default().run(gold.source).document.blocks
        assert detect_language(language_sample(blocks)) == code, gold.name


@pytest.mark.parametrize("code", LANGUAGES)
def test_body_exact_in_90_percent(code, cleaned):
    golds = BY_LANGUAGE[code]
    wrong = [g.name for g in golds if "body" in g.mismatches(cleaned[g.name])]
    assert (len(golds) - len(wrong)) / len(golds) >= 0.9, wrong


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_gold_body_paragraph_is_lost(code, cleaned):
    lost = {
        g.name: [p for p in g.expected["body"] if p not in cleaned[g.name].body]
        for g in BY_LANGUAGE[code]
    }
    assert {name: paragraphs for name, paragraphs in lost.items() if paragraphs} == {}


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("field", METADATA_FIELDS)
def test_each_field_exact_in_90_percent(code, field, cleaned):
    golds = BY_LANGUAGE[code]
    wrong = {g.name: m[field] for g in golds if field in (m := g.mismatches(cleaned[g.name]))}
    assert (len(golds) - len(wrong)) / len(golds) >= 0.9, wrong
