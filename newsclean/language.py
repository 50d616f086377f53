"""Rule packs: the per-language patterns and word lists the filters read, loaded from TOML data."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar, cast

import regex

from .errors import ConfigError
from .itemwise import ItemPlan, ItemwiseTable, LineMatcher, plan_items
from .literals import CASE_ALIASES, required_runs
from .triggers import Key, TriggerIndex

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

_FLAGS = regex.IGNORECASE | regex.VERSION0
T = TypeVar("T")


def read_toml(path: Path | str) -> dict[str, Any]:
    """Read a TOML file, turning syntax errors into :class:`ConfigError`."""
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from exc
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc}") from exc


COMMON = "common"
"""The name of the language-independent data file (``newsclean/data/common.toml``)."""


def _data_dir() -> Any:
    return resources.files("newsclean").joinpath("data")


def _package_toml(name: str) -> dict[str, Any]:
    source = _data_dir().joinpath(f"{name}.toml")
    try:
        return tomllib.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        shipped = ", ".join(shipped_languages())
        raise ConfigError(
            f"no rule pack for language {name!r} (shipped: {shipped}); "
            f"LanguagePack.fallback({name!r}) gives the language-independent rules only"
        ) from exc


@cache
def _common() -> dict[str, Any]:
    return _package_toml(COMMON)


def common_words(section: str, key: str) -> tuple[str, ...]:
    """A word list of the language-independent data (``newsclean/data/common.toml``).

    >>> "foto" in common_words("markup", "credit_labels")
    True
    """
    table = _common().get(section, {})
    return tuple(table.get(key, ())) if isinstance(table, dict) else ()


@cache
def shipped_languages() -> tuple[str, ...]:
    """The codes of the rule packs shipped in ``newsclean/data/`` (one ``<code>.toml`` each).

    >>> "en" in shipped_languages()
    True
    """
    names = (entry.name for entry in _data_dir().iterdir())
    return tuple(
        sorted(n[: -len(".toml")] for n in names if n.endswith(".toml") and n != f"{COMMON}.toml")
    )


def merge_rules(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    """``base`` with ``extra`` laid over it: tables merge, lists are joined (``base`` first),
    other values are replaced. Every pack is the common rules merged with its own.

    >>> merge_rules({"a": {"x": [1], "k": 1}}, {"a": {"x": [2], "y": [3], "k": 2}})
    {'a': {'x': [1, 2], 'k': 2, 'y': [3]}}
    """
    out = dict(base)
    for key, value in extra.items():
        old = out.get(key)
        if isinstance(old, Mapping) and isinstance(value, Mapping):
            out[key] = merge_rules(old, value)
        elif isinstance(old, list) and isinstance(value, list):
            out[key] = [*old, *value]
        else:
            out[key] = value
    return out


def either_apostrophe(pattern: str) -> str:
    """Let each straight apostrophe outside a character class match a curly one too.

    >>> either_apostrophe("don't [a-z']")
    "don['’]t [a-z']"
    """
    out, in_class, escaped = [], False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[" and not in_class:
            in_class = True
        elif char == "]" and in_class:
            in_class = False
        elif char == "'" and not in_class:
            out.append("['’]")
            continue
        out.append(char)
    return "".join(out)


def phrase_regex(phrases: list[str], *, anchor: str = "") -> regex.Pattern[str]:
    """Compile plain phrases into one case-insensitive whole-word alternation (longest first).

    >>> bool(phrase_regex(["by", "written by"], anchor="^").match("Written by Jane"))
    True
    """
    words = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    body = "|".join(either_apostrophe(regex.escape(w)) for w in words) or "(?!)"
    return regex.compile(f"{anchor}(?:{body})(?!\\w)", _FLAGS)


@dataclass(frozen=True)
class LanguagePack:
    """The rule data of one language: word lists as tuples, pattern tables compiled.

    Filters read it through :meth:`words`, :meth:`pattern` and :meth:`table`. Packs are immutable
    and picklable (compiled patterns pickle as their source).
    """

    code: str
    data: Mapping[str, Any]
    """The pack's data: the common rules merged with the language's own."""
    common: Mapping[str, Any]
    _patterns: Mapping[tuple[str, str], regex.Pattern[str]] = field(repr=False, compare=False)
    _phrases: Mapping[tuple[str, str], regex.Pattern[str]] = field(repr=False, compare=False)
    _triggers: Mapping[tuple[str, str], tuple[str, ...]] = field(repr=False, compare=False)
    _derived: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def load(cls, code: str) -> LanguagePack:
        """The pack shipped in ``newsclean/data/<code>.toml``, read and compiled once per process
        (packs are immutable, so every pipeline of that language can share it)."""
        return _shipped_pack(code)

    @classmethod
    def fallback(cls, code: str) -> LanguagePack:
        """The pack for a language without a rule pack: only the language-independent rules of
        ``common.toml`` ("©" lines, bare links, numeric dates, share-button rows), which hold in
        any language. Its :attr:`has_rules` is false."""
        return _fallback_pack(code)

    @property
    def has_rules(self) -> bool:
        """False for a :meth:`fallback` pack (language-independent rules only)."""
        return not self.data.get("language", {}).get("fallback", False)

    @classmethod
    def from_file(cls, path: Path | str) -> LanguagePack:
        """Load a pack from a TOML file of the same shape as ``newsclean/data/en.toml``."""
        data = read_toml(path)
        code = data.get("language", {}).get("code")
        if not isinstance(code, str):
            raise ConfigError(f"{path}: [language] code is missing")
        return cls.from_data(code, data)

    @classmethod
    def from_data(cls, code: str, data: Mapping[str, Any]) -> LanguagePack:
        """Build a pack from parsed TOML data merged over the common rules, compiling every
        ``patterns`` table."""
        declared = data.get("language", {}).get("code") if isinstance(data, Mapping) else None
        if declared != code:
            raise ConfigError(
                f"no rule pack for language {code!r} (the data declares {declared!r})"
            )
        common = _common()
        data = merge_rules({k: v for k, v in common.items() if k != "timezones"}, data)
        patterns: dict[tuple[str, str], regex.Pattern[str]] = {}
        phrases: dict[tuple[str, str], regex.Pattern[str]] = {}
        for section, table in data.items():
            if not isinstance(table, dict):
                continue
            for key, items in table.items():
                if isinstance(items, list) and all(isinstance(i, str) for i in items):
                    phrases[(section, key)] = phrase_regex(items, anchor="(?<!\\w)")
            for key, items in table.get("patterns", {}).items():
                try:
                    patterns[(section, key)] = regex.compile(
                        "|".join(f"(?:{either_apostrophe(p)})" for p in items) or "(?!)", _FLAGS
                    )
                except regex.error as exc:
                    raise ConfigError(
                        f"pack {code!r}: bad pattern in [{section}.patterns] {key}: {exc}"
                    ) from exc
        triggers = {
            (section, key): tuple(words)
            for section, table in data.items()
            if isinstance(table, dict)
            for key, words in table.get("triggers", {}).items()
        }
        return cls(code, data, common, patterns, phrases, triggers)

    def derived(self, key: str, build: Callable[[LanguagePack], T]) -> T:
        """An object built from this pack once (a reader with compiled patterns), then reused.

        ``build(pack)`` must depend on the pack alone; the result is shared by every document.
        """
        try:
            return cast(T, self._derived[key])
        except KeyError:
            value = self._derived[key] = build(self)
            return value

    def words(self, section: str, key: str) -> tuple[str, ...]:
        """A word list, e.g. ``words("byline", "roles")``; empty when the pack does not define
        it."""
        return tuple(self.data.get(section, {}).get(key, ()))

    def flag(self, section: str, key: str) -> bool:
        """A true/false setting, e.g. ``flag("sources", "sentence_case")``; false when absent."""
        return self.data.get(section, {}).get(key) is True

    def triggers(self, section: str, key: str) -> tuple[str, ...] | None:
        """The trigger words of ``[section.patterns] key``, or ``None`` when it has none."""
        return self._triggers.get((section, key))

    def search(
        self,
        section: str,
        key: str,
        text: str,
        lowered: str | None = None,
        *,
        keys: frozenset[Key] | None = None,
    ) -> regex.Match[str] | None:
        """Search ``text`` with ``[section.patterns] key``, skipping the regex when ``text`` has
        none of its trigger words (``lowered``: ``f" {text.lower()} "``, if the caller has it;
        ``keys``: :attr:`trigger_index` keys of ``text``, if the caller has them, e.g. from
        :attr:`Document.cues <newsclean.document.Document.cues>`). The regex is skipped too when
        ``text`` holds none of the table's required runs (see :meth:`may_match`), and of a table
        that splits into items (:attr:`item_plans`) only the items whose runs ``text`` holds are
        run: the match has the same span as the whole pattern's."""
        table = (section, key)
        way = self._searches.get(table)
        if way is None:
            way = self._searches[table] = self._search_way(section, key)
        needs, matcher, pattern = way
        if needs is not None:
            if keys is None:
                low = f" {text.lower()} " if lowered is None else lowered
                keys = self.trigger_index.keys(low)
            if not needs <= keys:  # a trigger word or the runs are missing
                return None
            if matcher is not None:  # only the items whose runs the text holds are run
                return matcher.search(text, keys)
        return pattern.search(text)

    def _search_way(
        self, section: str, key: str
    ) -> tuple[frozenset[Key] | None, LineMatcher | None, regex.Pattern[str]]:
        """How :meth:`search` searches a table, worked out on its first search: the keys a text
        must hold (:meth:`needs`; ``None`` when the table has neither trigger words nor runs, so
        that every text is searched), the item-by-item matcher of a table that splits, and the
        whole pattern."""
        table = (section, key)
        if table not in self._triggers and table not in self.pattern_runs:
            return None, None, self.pattern(section, key)
        matcher = self.line_matcher(section, key) if table in self.item_plans else None
        return self.needs(section, key), matcher, self.pattern(section, key)

    def may_match(self, section: str, key: str, keys: frozenset[Key]) -> bool:
        """False when ``[section.patterns] key`` cannot match a text whose :attr:`trigger_index`
        keys are ``keys``, nor any part of it: the text holds none of the table's required runs
        (:mod:`newsclean.literals`). Unlike trigger words, runs need no padding, so the keys of
        a block hold for every part of it."""
        run_key = self._run_keys.get((section, key))
        return run_key is None or run_key in keys

    def needs(self, section: str, key: str) -> frozenset[Key]:
        """The :attr:`trigger_index` keys that a text's keys must all hold for
        ``[section.patterns] key`` to match in it (its trigger words' key when it lists trigger
        words, its runs' key when it has runs; empty when neither): a filter that asks
        ``needs <= keys`` first skips the :meth:`search` calls that would find nothing.

        >>> pack = LanguagePack.load("en")
        >>> sorted(pack.needs("legal", "syndication"))
        [('legal', 'syndication'), ('legal', 'syndication', 'runs')]
        """
        table = (section, key)
        found = self._needs.get(table)
        if found is None:
            need = [table] if table in self._triggers else []
            run_key = self._run_keys.get(table)
            found = self._needs[table] = frozenset(need if run_key is None else [*need, run_key])
        return found

    def runs_of(self, tables: Iterable[tuple[str, str]]) -> frozenset[Key] | None:
        """The :attr:`trigger_index` keys of the runs of ``tables``: a text whose keys hold none
        of them matches none of the tables. ``None`` when one of the tables has no runs."""
        keys = [self._run_keys.get(table) for table in tables]
        return None if None in keys else frozenset(k for k in keys if k is not None)

    def fullmatches(
        self, section: str, key: str, text: str, keys: frozenset[Key] | None = None
    ) -> bool:
        """True when ``text`` as a whole matches ``[section.patterns] key``. With ``keys`` (the
        :attr:`trigger_index` keys of ``text`` or of a block it is part of), only the items whose
        required runs the text holds are tried (:class:`~newsclean.itemwise.ItemwiseTable`)."""
        if keys is None:
            return self.pattern(section, key).fullmatch(text) is not None
        return self.line_matcher(section, key)(text, keys)

    def line_matcher(self, section: str, key: str) -> LineMatcher:
        """:meth:`fullmatches` of one table, as a callable ``(text, keys) -> bool`` for filters
        that ask it of many lines."""
        table = (section, key)
        found = self._line_matchers.get(table)
        if found is None:  # its items compiled one by one when first asked for
            plan = self.item_plans.get(table)
            split = None if plan is None else ItemwiseTable.build(plan, _FLAGS)
            found = self._line_matchers[table] = LineMatcher(self.pattern(section, key), split)
        return found

    # Built from the pack on first use; a frozen dataclass keeps them in its __dict__.
    @cached_property
    def item_plans(self) -> Mapping[tuple[str, str], ItemPlan]:
        """How the pattern tables that can be tried item by item split (see
        :meth:`fullmatches`)."""
        return _item_plans(self)

    @cached_property
    def pattern_runs(self) -> Mapping[tuple[str, str], frozenset[str]]:
        """The required runs of each pattern table that has them (:mod:`newsclean.literals`)."""
        return _pattern_runs(self)

    @cached_property
    def trigger_index(self) -> TriggerIndex:
        """Every trigger word and required run of the pack in one automaton: which tables a
        text may match. A table's trigger words are reported as ``(section, key)``, its runs as
        ``(section, key, "runs")``."""
        return _trigger_index(self)

    @cached_property
    def _run_keys(self) -> Mapping[tuple[str, str], Key]:
        return {table: (*table, RUNS) for table in self.pattern_runs}

    @cached_property
    def _needs(self) -> dict[tuple[str, str], frozenset[Key]]:
        return {}

    @cached_property
    def _line_matchers(self) -> dict[tuple[str, str], LineMatcher]:
        return {}

    @cached_property
    def _searches(
        self,
    ) -> dict[
        tuple[str, str], tuple[frozenset[Key] | None, LineMatcher | None, regex.Pattern[str]]
    ]:
        return {}

    def phrases(self, section: str, key: str) -> regex.Pattern[str]:
        """A word list compiled to a case-insensitive whole-word search pattern."""
        return self._phrases.get((section, key)) or _NEVER

    def table(self, section: str, key: str) -> Mapping[str, Any]:
        """A table of the pack, e.g. ``table("dates", "months")``."""
        value = self.data.get(section, {}).get(key, {})
        return value if isinstance(value, Mapping) else {}

    def pattern(self, section: str, key: str) -> regex.Pattern[str]:
        """The compiled alternation of ``[section.patterns] key`` (matches nothing when absent)."""
        return self._patterns.get((section, key)) or _NEVER


_NEVER = regex.compile("(?!)")
RUNS = "runs"
"""The last part of the :attr:`LanguagePack.trigger_index` key of a table's required runs."""


def _pattern_runs(pack: LanguagePack) -> dict[tuple[str, str], frozenset[str]]:
    out: dict[tuple[str, str], frozenset[str]] = {}
    for section, table in pack.data.items():
        if not isinstance(table, dict):
            continue
        for key, items in table.get("patterns", {}).items():
            runs = required_runs([either_apostrophe(p) for p in items])
            if runs:
                out[(section, key)] = runs
    return out


def _item_plans(pack: LanguagePack) -> dict[tuple[str, str], ItemPlan]:
    out: dict[tuple[str, str], ItemPlan] = {}
    for section, table in pack.data.items():
        if not isinstance(table, dict):
            continue
        for key, items in table.get("patterns", {}).items():
            forms = [either_apostrophe(p) for p in items]
            plan = plan_items((section, key), forms, pack.pattern(section, key))
            if plan is not None:
                out[(section, key)] = plan
    return out


def _trigger_index(pack: LanguagePack) -> TriggerIndex:
    runs: dict[Key, frozenset[str]] = {
        (*table, RUNS): words for table, words in pack.pattern_runs.items()
    }
    for plan in pack.item_plans.values():
        runs.update(plan.runs)
    tables: dict[Key, tuple[str, ...] | frozenset[str]] = dict(runs)
    for table, words in pack._triggers.items():
        tables[table] = words
    return TriggerIndex(tables, wildcards=CASE_ALIASES, wildcard_tables=runs.keys())


@cache
def _shipped_pack(code: str) -> LanguagePack:
    if code == COMMON:
        raise ConfigError(f"no rule pack for language {code!r}: it is the common data")
    return LanguagePack.from_data(code, _package_toml(code))


@cache
def _fallback_pack(code: str) -> LanguagePack:
    return LanguagePack.from_data(code, {"language": {"code": code, "fallback": True}})
