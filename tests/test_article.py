"""The Article data model: immutability, validation, exact round trips, the JSON Schema."""

from __future__ import annotations

import dataclasses
import json
import pickle

import jsonschema
import pytest

import newsclean
from newsclean import Article, InputError, Removal

from .conftest import CORPUS


@pytest.fixture(scope="module")
def article():
    return newsclean.clean((CORPUS / "en-tabloid-01.txt").read_bytes(), url="https://www.x.test/a")


def test_keys_are_the_documented_ones(article):
    assert list(article.to_dict()) == list(newsclean.ARTICLE_KEYS)


def test_round_trips_exactly(article):
    assert Article.from_dict(article.to_dict()) == article
    assert Article.from_json(article.to_json()) == article
    assert pickle.loads(pickle.dumps(article)) == article


def test_is_immutable(article):
    with pytest.raises(dataclasses.FrozenInstanceError):
        article.title = "x"  # type: ignore[misc]
    assert isinstance(article.body, tuple)


def test_text_joins_body_with_blank_lines():
    assert Article(body=("One.", "Two.")).text == "One.\n\nTwo."


def test_site_comes_from_the_url(article):
    assert article.url == "https://www.x.test/a"
    assert article.site == "x.test"


def test_to_dict_follows_the_published_schema(article):
    schema = newsclean.json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(article.to_dict(), schema)
    jsonschema.validate(Article().to_dict(), schema)


def test_schema_rejects_a_wrong_article():
    bad = Article().to_dict() | {"published": "16 May 2017"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, newsclean.json_schema())


@pytest.mark.parametrize(
    "data",
    [{"body": "not a list"}, {"title": 3}, {"colour": "red"}, [1, 2], {"authors": [1]}],
    ids=["body-str", "title-int", "unknown-key", "not-dict", "author-int"],
)
def test_from_dict_rejects_bad_data_clearly(data):
    with pytest.raises(InputError):
        Article.from_dict(data)


def test_from_json_rejects_malformed_json():
    with pytest.raises(InputError, match="malformed article JSON"):
        Article.from_json("{not json")


def test_removal_round_trips():
    r = Removal("credits", "image_credit", "Credit: PA", 3, 10, 20, "image_credits")
    assert Removal.from_dict(r.to_dict()) == r
    assert json.loads(json.dumps(r.to_dict())) == r.to_dict()
