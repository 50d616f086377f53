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


class _Name(str):
    """A str subclass: accepted wherever a string is."""


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"filter": None}, "Removal.filter must be a string"),
        ({"reason": 5}, "Removal.reason must be a string"),
        ({"text": b"PA"}, "Removal.text must be a string"),
        ({"block": -1}, "Removal.block must be a non-negative integer"),
        ({"start": True}, "Removal.start must be a non-negative integer"),
        ({"end": 2.0}, "Removal.end must be a non-negative integer"),
        ({"field": 3}, "Removal.field must be a string or None"),
    ],
)
def test_a_removal_names_its_bad_value(changes, message):
    values = {"filter": "credits", "reason": "image_credit", "text": "PA", "block": 0}
    with pytest.raises(InputError, match=message):
        Removal(**{**values, "start": 0, "end": 2, **changes})


def test_a_removal_takes_string_subclasses():
    r = Removal(_Name("credits"), "image_credit", _Name("PA"), 0, 0, 2, field=_Name("sources"))
    assert r.filter == "credits" and r.text == "PA" and r.field == "sources"
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.text = "other"  # type: ignore[misc]
