"""Pipelines: built from names and TOML, filters disabled/replaced/inserted/configured, custom
filters through the registry, explain mode, pickling, and the filter contract."""

from __future__ import annotations

import pickle
from dataclasses import dataclass

import pytest

import newsclean
from newsclean import ConfigError, Decision, Filter, FilterError, Pipeline

from .conftest import CORPUS

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


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"min_words": "8"}, "whole number"),
        ({"min_words": -1}, "whole number"),
        ({"min_words": True}, "whole number"),
    ],
)
def test_filter_parameters_are_checked_when_built(params, message):
    with pytest.raises(ConfigError, match=message):
        Pipeline.from_names([("repeats", params)])
    with pytest.raises(ConfigError, match=message):
        Pipeline.default().configure("repeats", **params)


@pytest.mark.parametrize("params", [5, "x", [("min_words", 3)]])
def test_filter_params_must_be_a_mapping(params):
    with pytest.raises(ConfigError, match="must be a mapping"):
        Pipeline.from_names([("repeats", params)])


def test_config_normalizers_must_be_a_list():
    with pytest.raises(ConfigError, match="list of names"):
        Pipeline.from_config({"normalizers": "to_nfc"})


def test_common_data_is_not_a_language():
    with pytest.raises(ConfigError, match="no rule pack for language 'common'"):
        Pipeline.default(language="common")


@pytest.mark.parametrize("url", [b"https://x.test", 5])
def test_url_must_be_text(url):
    with pytest.raises(newsclean.InputError, match="url must be a string"):
        newsclean.clean("The ferry was late.", url=url)


def test_a_blank_byline_prefix_is_not_an_error():
    pipeline = Pipeline.default(normalizers=[])
    article = pipeline.clean("By\u3000|\n\nThe ferry was late again on Monday morning.")
    assert article.body[-1] == "The ferry was late again on Monday morning."


@pytest.mark.parametrize(
    ("filter_name", "param"),
    [("byline", "bio_blocks"), ("reader_questions", "reader_lines"), ("byline", "header_blocks")],
)
def test_a_zero_limit_means_none(filter_name, param):
    text = (
        "Harbour Bridge Reopens After Repairs\n\nBy Ana Lutz\n\n"
        "The harbour bridge reopened on Friday after six months of repairs, the council said.\n\n"
        "Ana Lutz is a transport reporter at the Courier.\n\nReaders, what do you think?"
    )
    default = Pipeline.default().clean(text)
    zero = Pipeline.default().configure(filter_name, **{param: 0}).clean(text)
    assert len(zero.body) > len(default.body)


@dataclass(frozen=True)
class Careless(Filter):
    name = "careless"
    reasons = {"ok": "fine"}
    mode: str = "reason"

    def label(self, doc, lang):
        if self.mode == "reason":
            return [Decision(0, "not_declared")]
        if self.mode == "str-values":
            return [Decision(0, "ok", field="image_credits", values="PA")]  # type: ignore[arg-type]
        if self.mode == "values-no-field":
            return [Decision(0, "ok", values=("PA",))]
        if self.mode in WRONG_TYPES:
            return [Decision(**{"block": 0, "reason": "ok", **WRONG_TYPES[self.mode]})]
        return [Decision(0, "ok", field="image_credits")]


# Decisions whose fields have the wrong type: each must be a FilterError naming the filter, as a
# wrong value is, not whatever comparing or indexing with it happens to raise.
WRONG_TYPES: dict[str, dict[str, object]] = {
    "str-block": {"block": "0"},
    "float-block": {"block": 0.5},
    "none-block": {"block": None},
    "float-start": {"start": 1.0},
    "str-end": {"end": "5"},
    "list-reason": {"reason": ["ok"]},
    "list-field": {"field": ["title"], "values": ("x",)},
}


@pytest.mark.parametrize(
    ("mode", "message"),
    [
        ("reason", "not one of its reasons"),
        ("str-values", "tuple of strings"),
        ("values-no-field", "lifts values into a field"),
        ("field-no-values", "lifts values into a field"),
        *[(mode, "careless") for mode in WRONG_TYPES],
    ],
)
def test_decisions_are_checked(mode, message):
    with pytest.raises(FilterError, match=message):
        Pipeline.from_names([Careless(mode)]).clean("Credit: PA and more words here.")


@pytest.mark.parametrize("mode", sorted(WRONG_TYPES))
def test_a_decision_of_the_wrong_type_stops_only_its_source(mode):
    # Careless claims block 0 of every document: each source gets its own error, and run_many
    # returns them all (a TypeError out of the check lost the whole batch).
    pipeline = Pipeline.default().insert(Careless(mode))
    sources = ["Credit: PA and more words here.", b"\x00\x01\x02" * 50, "The bridge reopened."]
    out = pipeline.run_many(sources)
    assert [type(o) for o in out] == [FilterError, newsclean.InputError, FilterError]
    assert "careless" in str(out[0]) and "careless" in str(out[2])


# --- several sources at once ---------------------------------------------------------------------
@dataclass(frozen=True)
class FailsOn(Filter):
    """Breaks on documents that hold ``word``, and removes nothing elsewhere."""

    name = "fails_on"
    word: str = "trigger"

    def label(self, doc, lang):
        if any(self.word in block.text for block in doc.blocks):
            raise ValueError("boom")
        return []


def test_run_many_gives_what_run_gives_each_source():
    pipeline = Pipeline.default()
    texts = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))[:12]]
    sources = [*texts, "<html><body><p>A page with one paragraph.</p></body></html>"]
    many = pipeline.run_many(sources)
    assert len(many) == len(sources)
    for source, out in zip(sources, many, strict=True):
        one = pipeline.run(source)
        assert isinstance(out, newsclean.Result)
        assert out.article == one.article and out.text == one.text
        assert out.explain() == one.explain()


def test_run_many_keeps_going_past_a_bad_source_and_a_failing_filter():
    pipeline = Pipeline.default().insert(FailsOn(), before="dates")
    good = "The harbour bridge reopened on Friday after six months of repairs."
    out = pipeline.run_many([good, b"\x00\x01\x02" * 50, "This trigger breaks the filter.", good])
    assert isinstance(out[0], newsclean.Result) and isinstance(out[3], newsclean.Result)
    assert out[0].article == out[3].article == pipeline.clean(good)
    assert isinstance(out[1], newsclean.InputError)
    assert isinstance(out[2], FilterError) and "fails_on" in str(out[2])
    with pytest.raises(FilterError, match="fails_on"):
        pipeline.run("This trigger breaks the filter.")  # the error run() raises for it


def test_the_module_clean_many_is_the_default_pipelines():
    texts = ["Harbour Bridge Reopens\n\nThe bridge reopened on Friday after repairs.", b"\x00" * 64]
    articles = newsclean.clean_many(texts, language="en")
    assert articles[0] == newsclean.clean(texts[0], language="en")
    assert isinstance(articles[1], newsclean.InputError)


def test_clean_many_and_its_checks():
    pipeline = Pipeline.default()
    texts = ["Harbour Bridge Reopens\n\nThe bridge reopened on Friday after repairs.", ""]
    articles = pipeline.clean_many(texts, urls=["https://x.example/a", None])
    assert articles[0] == pipeline.clean(texts[0], url="https://x.example/a")
    assert articles[1] == pipeline.clean("")
    assert pipeline.clean_many([]) == []
    with pytest.raises(newsclean.InputError, match="list of sources"):
        pipeline.run_many("one string")
    with pytest.raises(newsclean.InputError, match="2 sources but 1 urls"):
        pipeline.run_many(texts, urls=[None])
    with pytest.raises(ConfigError, match="unknown input kind"):
        pipeline.run_many(texts, kind="pdf")
