"""The two real scraped articles the project started from must come out exactly as their gold.

The seeds live outside the project (``../shared/seeds``); this test runs whenever they exist. The
same layouts are covered by project-written corpus articles (``corpus/en-tabloid-*``,
``corpus/en-celebblog-*``), which always run in ``test_corpus.py``.
"""

from __future__ import annotations

import pytest

import newsclean
from newsclean.gold import load_gold_folder

from .conftest import CORPUS, SEEDS

SEED_GOLDS = load_gold_folder(SEEDS) if SEEDS.is_dir() else []


@pytest.mark.skipif(not SEED_GOLDS, reason="../shared/seeds is not present")
@pytest.mark.parametrize("gold", SEED_GOLDS, ids=lambda g: g.name)
def test_seed_gives_exactly_its_gold(gold):
    article = newsclean.clean(gold.source)
    assert gold.mismatches(article) == {}


@pytest.mark.parametrize("layout", ["tabloid", "celebblog"])
def test_seed_layouts_are_covered_by_project_articles(layout):
    golds = [g for g in load_gold_folder(CORPUS) if g.name.startswith(f"en-{layout}-")]
    assert len(golds) >= 3
    for gold in golds:
        assert gold.mismatches(newsclean.clean(gold.source)) == {}, gold.name
