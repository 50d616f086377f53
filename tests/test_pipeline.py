"""Pipelines: built from names and TOML, filters disabled/replaced/inserted/configured, custom
filters through the registry, explain mode, pickling, and the filter contract."""

from __future__ import annotations

import pickle
from dataclasses import dataclass

import pytest

import newsclean
from newsclean import ConfigError, Decision, Filter, FilterError, Pipeline

TEXT = (
    "We use cookies to improve your experience.\n\n"
    "Harbour Bridge Reopens After Repairs\n\n"
    "By Ana Lutz\n\n"
    "The harbour bridge reopened on Friday after six months of repairs, the council said.\n\n"
    "ADVERTISEMENT FOR THE FAIR\n\n"
    "Drivers queued for an hour to be among the first to cross it.\n\n"
    "Credit: PA\n\n"
    "Topics: Transport, Kellsbury"
)
BODY = (
    "The harbour bridge reopened on Friday after six months of repairs, the council said.",
    "ADVERTISEMENT FOR THE FAIR",
    "Drivers queued for an hour to be among the first to cross it.",
)


def test_default_pipeline_cleans_the_article():
    article = Pipeline.default().clean(TEXT)
    assert article.body == BODY
    assert article.title == "Harbour Bridge Reopens After Repairs"
    assert article.authors == ("Ana Lutz",)
    assert article.image_credits == ("PA",)
    assert article.topics == ("Transport", "Kellsbury")


def test_default_order_is_documented():
    assert Pipeline.default().names == newsclean.DEFAULT_FILTERS


def test_disable_keeps_what_the_filter_would_remove():
    article = Pipeline.default().disable("prompts").clean(TEXT)
    assert article.body[0] == "We use cookies to improve your experience."
    with pytest.raises(ConfigError, match="no filter 'nope'"):
        Pipeline.default().disable("nope")


def test_only_runs_just_the_named_filters():
    article = Pipeline.default().only("credits").clean(TEXT)
    assert article.image_credits == ("PA",)
    assert article.topics == ()


def test_from_names_with_params_and_unknown_names():
    pipeline = Pipeline.from_names(["prompts", ("repeats", {"min_words": 3})])
    assert pipeline.names == ("prompts", "repeats")
    assert pipeline.get("repeats").min_words == 3  # type: ignore[attr-defined]
    with pytest.raises(ConfigError, match="unknown filter 'nosuch'"):
        Pipeline.from_names(["nosuch"])
    with pytest.raises(ConfigError, match="bad parameters"):
        Pipeline.from_names([("repeats", {"colour": 1})])


def test_configure_changes_a_parameter():
    base = Pipeline.default()
    changed = base.configure("engagement", max_line_words=3)
    assert changed.get("engagement").max_line_words == 3  # type: ignore[attr-defined]
    assert base.get("engagement").max_line_words == 25  # type: ignore[attr-defined]
    with pytest.raises(ConfigError):
        base.configure("engagement", nonsense=1)


def test_duplicate_names_are_rejected():
    with pytest.raises(ConfigError, match="unique"):
        Pipeline.from_names(["prompts", "prompts"])


@newsclean.register_filter
@dataclass(frozen=True)
class Shouting(Filter):
    """Remove lines written in capitals (a test filter, as in the README)."""

    name = "test_shouting"
    description = "lines in capitals"
    reasons = {"all_caps": "a line written in capitals"}

    min_letters: int = 8

    def label(self, doc, lang):
        for block in doc.blocks:
            letters = [c for c in block.text if c.isalpha()]
            if (
                doc.is_free(block.index)
                and len(letters) >= self.min_letters
                and block.text.isupper()
            ):
                yield Decision(block.index, "all_caps")


def test_custom_filter_plugs_in_by_name_and_instance():
    by_name = Pipeline.default().insert("test_shouting", after="engagement")
    assert by_name.names.index("test_shouting") == by_name.names.index("engagement") + 1
    article = by_name.clean(TEXT)
    assert "ADVERTISEMENT FOR THE FAIR" not in article.body
    assert ("test_shouting", "all_caps") in {(r.filter, r.reason) for r in article.removed}
    by_instance = Pipeline.default().insert(Shouting(min_letters=100), before="title")
    assert "ADVERTISEMENT FOR THE FAIR" in by_instance.clean(TEXT).body


def test_replace_swaps_a_filter():
    pipeline = Pipeline.default().replace("legal", "test_shouting")
    assert "legal" not in pipeline.names and "test_shouting" in pipeline.names
    with pytest.raises(ConfigError, match="before= or after="):
        pipeline.insert("repeats", before="title", after="byline")


def test_registry_refuses_a_taken_name():
    @dataclass(frozen=True)
    class Other(Filter):
        name = "test_shouting"

    with pytest.raises(ConfigError, match="already registered"):
        newsclean.register_filter(Other)
    with pytest.raises(ConfigError, match="snake_case"):
        newsclean.registry.add(type("Bad", (Filter,), {"name": "Bad Name"}))


def test_toml_config_round_trip(tmp_path):
    path = tmp_path / "pipeline.toml"
    path.write_text(
        'language = "en"\nsplit = "auto"\n\n[[filters]]\nname = "prompts"\n\n'
        '[[filters]]\nname = "repeats"\nmin_words = 4\n'
    )
    pipeline = Pipeline.from_toml(path)
    assert pipeline.names == ("prompts", "repeats")
    assert Pipeline.from_config(pipeline.to_config()) == pipeline
    assert Pipeline.from_config(Pipeline.default().to_config()) == Pipeline.default()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("filters = [", "invalid TOML"),
        ('colour = "red"', "unknown pipeline settings"),
        ('filters = "prompts"', "must be a list"),
        ('split = "sideways"', "split must be"),
        ('normalizers = ["shout"]', "unknown normalizers"),
        ('language = "xx"', "no rule pack"),
    ],
)
def test_bad_toml_gives_clear_errors(tmp_path, content, message):
    path = tmp_path / "bad.toml"
    path.write_text(content)
    with pytest.raises(ConfigError, match=message):
        Pipeline.from_toml(path)


def test_missing_toml_file():
    with pytest.raises(ConfigError, match="cannot read"):
        Pipeline.from_toml("/no/such/pipeline.toml")


def test_pipeline_and_results_pickle():
    pipeline = Pipeline.default().configure("repeats", min_words=9)
    clone = pickle.loads(pickle.dumps(pipeline))
    assert clone == pipeline
    assert clone.clean(TEXT) == pipeline.clean(TEXT)


def test_explain_reports_every_block():
    report = newsclean.explain(TEXT)
    fates = {b.text: (b.fate, [(c.filter, c.reason) for c in b.claims]) for b in report.blocks}
    assert fates["We use cookies to improve your experience."] == (
        "removed",
        [("prompts", "cookie_prompt")],
    )
    assert fates["Credit: PA"] == ("lifted", [("credits", "image_credit")])
    assert fates[BODY[0]] == ("kept", [])
    assert len(report.blocks) == 8
    assert "prompts/cookie_prompt" in str(report)


def test_partial_blocks_keep_their_rest():
    text = (
        "A long paragraph about the flood barrier that held through the night while crews "
        "watched the river rise to record levels near the old mill. (Photo: Getty Images)"
    )
    report = newsclean.explain(text)
    assert report.blocks[0].fate == "partial"
    assert newsclean.clean(text).body == (report.blocks[0].kept,)


@dataclass(frozen=True)
class Broken(Filter):
    name = "broken"
    mode: str = "overlap"

    def label(self, doc, lang):
        if self.mode == "overlap":
            return [Decision(0, "x", 0, 5), Decision(0, "y", 2, 8)]
        if self.mode == "span":
            return [Decision(0, "x", 0, 10_000)]
        if self.mode == "type":
            return ["not a decision"]
        if self.mode == "field":
            return [Decision(0, "x", field="colour")]
        raise ValueError("boom")


@pytest.mark.parametrize(
    ("mode", "message"),
    [
        ("overlap", "overlaps"),
        ("span", "bad span"),
        ("type", "expected Decision"),
        ("field", "unknown field"),
        ("raise", "failed: ValueError: boom"),
    ],
)
def test_filters_that_break_the_contract_fail_clearly(mode, message):
    pipeline = Pipeline.from_names([Broken(mode)])
    with pytest.raises(FilterError, match=message):
        pipeline.clean("Some text that is long enough to be claimed.")
