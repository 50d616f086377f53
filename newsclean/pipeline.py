"""The pipeline: normalisers, block splitting, then an ordered list of named filters."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from . import filters as _filters  # noqa: F401  (registers the built-in filters)
from .article import Article
from .assemble import assemble
from .decode import check_source, decode
from .detect import detect_language, language_sample
from .document import NO_HINTS, Block, Document, Hints
from .errors import ConfigError, FilterError, InputError, NewscleanError
from .explain import Explanation
from .filters.base import Filter
from .html import looks_like_html, read_page
from .language import LanguagePack, read_toml, shipped_languages
from .normalize import NORMALIZERS, SplitMode, run_normalizers, split_blocks
from .registry import registry

DEFAULT_FILTERS = (
    "prompts",
    "dates",
    "credits",
    "topics",
    "sources",
    "legal",
    "press",
    "engagement",
    "markup",
    "navigation",
    "title",
    "byline",
    "repeats",
    "reader_questions",
)
"""The built-in filters, in the order :meth:`Pipeline.default` runs them."""

DEFAULT_NORMALIZERS = ("fix_mojibake", "to_nfc", "clean_characters", "squeeze_spaces")

InputKind = Literal["auto", "text", "html"]
"""What :meth:`Pipeline.run` is given: scraped text, an HTML page, or either (detected)."""

_REPAIRED = "repaired mojibake (text decoded with the wrong encoding)"

AUTO = "auto"
"""The ``language`` setting that detects each document's language."""
UNDETECTED = "en"
"""Whose rules apply when a document's language cannot be recognised (too little text)."""

FilterSpec = str | Filter | tuple[str, Mapping[str, Any]] | Mapping[str, Any]
"""A filter given by name, as an instance, as ``(name, params)`` or as ``{"name": …, **params}``."""


@dataclass(frozen=True, slots=True)
class Result:
    """What one run produces: the article, the labelled document it was assembled from, and the
    normalised text the document's offsets refer to."""

    article: Article
    document: Document
    text: str

    def explain(self) -> Explanation:
        """Every block of the input with its fate: kept, removed, lifted or partly kept."""
        return Explanation.from_document(self.document)


@dataclass(frozen=True)
class Pipeline:
    """An ordered list of named filters, with the normalisers and the language they run with.

    Build one with :meth:`default`, :meth:`from_names`, :meth:`from_config` or :meth:`from_toml`;
    derive changed copies with :meth:`disable`, :meth:`replace`, :meth:`insert` and
    :meth:`configure`. Pipelines are immutable, picklable, and safe to share between threads.
    """

    filters: tuple[Filter, ...]
    language: str = AUTO
    """``"auto"`` (the default) recognises each document's language and applies its rule pack;
    a code (``"de"``) applies that language's pack to every document without detection."""
    split: SplitMode = "auto"
    normalizers: tuple[str, ...] = DEFAULT_NORMALIZERS
    pack: LanguagePack | None = field(default=None, repr=False, compare=False)
    """The rule pack the filters read; loaded from ``language`` when not given (and chosen per
    document with ``language="auto"``). A pack given with ``language="auto"`` fixes the language
    to the pack's."""

    def __post_init__(self) -> None:
        filters = tuple(self.filters)
        object.__setattr__(self, "filters", filters)
        object.__setattr__(self, "normalizers", tuple(self.normalizers))
        for f in filters:
            if not isinstance(f, Filter):
                raise ConfigError(f"pipeline steps must be newsclean.Filter instances, got {f!r}")
        names = [f.name for f in filters]
        duplicate = {n for n in names if names.count(n) > 1}
        if duplicate:
            raise ConfigError(f"filter names must be unique in a pipeline: {sorted(duplicate)}")
        unknown = [n for n in self.normalizers if n not in NORMALIZERS]
        if unknown:
            raise ConfigError(f"unknown normalizers {unknown}; known: {sorted(NORMALIZERS)}")
        if self.split not in ("auto", "blank", "line"):
            raise ConfigError(f"split must be 'auto', 'blank' or 'line', not {self.split!r}")
        if not isinstance(self.language, str):
            raise ConfigError(f"language must be a language code or 'auto', not {self.language!r}")
        if self.language == AUTO and self.pack is not None:
            object.__setattr__(self, "language", self.pack.code)
        if self.language != AUTO and (self.pack is None or self.pack.code != self.language):
            object.__setattr__(self, "pack", LanguagePack.load(self.language))

    @property
    def rules(self) -> LanguagePack:
        """The rule pack of a pipeline with a fixed language; with ``language="auto"``, the pack
        used when a document's language cannot be recognised."""
        return self.pack if self.pack is not None else LanguagePack.load(UNDETECTED)

    def rules_for(
        self, blocks: tuple[Block, ...], *, hint: str | None = None
    ) -> tuple[LanguagePack, str | None, list[str]]:
        """The pack to clean ``blocks`` with, the language to report, and warnings about it.

        A fixed language is reported as given. With ``"auto"`` the language is recognised on a
        bounded sample of the blocks (or, when the text is too short to tell, taken from ``hint``:
        an HTML page's ``lang`` attribute); a language with no shipped pack gets the
        language-independent rules, and a text too short to tell gets the English rules."""
        if self.pack is not None:
            return self.pack, self.pack.code, []
        if not blocks:
            return self.rules, None, []
        code = detect_language(language_sample(blocks)) or hint
        if code is None:
            return self.rules, None, [f"language not recognised; {UNDETECTED!r} rules were applied"]
        if code in shipped_languages():
            return LanguagePack.load(code), code, []
        note = f"no rule pack for language {code!r}: only language-independent rules were applied"
        return LanguagePack.fallback(code), code, [note]

    # --- building ------------------------------------------------------------------------------
    @classmethod
    def default(cls, **options: Any) -> Pipeline:
        """The built-in filters in their default order (``options``: language, split,
        normalizers)."""
        return cls.from_names(DEFAULT_FILTERS, **options)

    @classmethod
    def from_names(cls, specs: Iterable[FilterSpec], **options: Any) -> Pipeline:
        """Build from filter names, ``(name, params)`` pairs, param dicts or filter instances."""
        return cls(tuple(make_filter(s) for s in specs), **options)

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> Pipeline:
        """Build from a config mapping: ``filters`` (a list of names or tables with ``name``) and
        optional ``language``, ``split`` and ``normalizers``. :meth:`to_config` gives the
        inverse."""
        allowed = {"filters", "language", "split", "normalizers"}
        unknown = set(config) - allowed
        if unknown:
            raise ConfigError(
                f"unknown pipeline settings {sorted(unknown)}; allowed: {sorted(allowed)}"
            )
        specs = config.get("filters", DEFAULT_FILTERS)
        if isinstance(specs, (str, bytes)) or not isinstance(specs, Sequence):
            raise ConfigError("'filters' must be a list of filter names or tables")
        options = {k: config[k] for k in ("language", "split", "normalizers") if k in config}
        if isinstance(options.get("normalizers"), str):
            raise ConfigError("'normalizers' must be a list of names, not one string")
        return cls.from_names(specs, **options)

    @classmethod
    def from_toml(cls, path: str | Path) -> Pipeline:
        """Load a pipeline from a TOML file (see the README for the format)."""
        return cls.from_config(read_toml(path))

    def to_config(self) -> dict[str, Any]:
        """The config mapping that :meth:`from_config` turns back into this pipeline."""
        return {
            "language": self.language,
            "split": self.split,
            "normalizers": list(self.normalizers),
            "filters": [{"name": f.name, **_params(f)} for f in self.filters],
        }

    # --- deriving ------------------------------------------------------------------------------
    @property
    def names(self) -> tuple[str, ...]:
        """The filter names, in order."""
        return tuple(f.name for f in self.filters)

    def get(self, name: str) -> Filter:
        """The filter called ``name``."""
        return self.filters[self._index(name)]

    def disable(self, *names: str) -> Pipeline:
        """A copy without the named filters."""
        for name in names:
            self._index(name)
        return self._with([f for f in self.filters if f.name not in names])

    def only(self, *names: str) -> Pipeline:
        """A copy with just the named filters, in this pipeline's order."""
        for name in names:
            self._index(name)
        return self._with([f for f in self.filters if f.name in names])

    def replace(self, name: str, new: FilterSpec) -> Pipeline:
        """A copy with the filter ``name`` replaced by ``new``."""
        index = self._index(name)
        steps = list(self.filters)
        steps[index] = make_filter(new)
        return self._with(steps)

    def insert(
        self, new: FilterSpec, *, before: str | None = None, after: str | None = None
    ) -> Pipeline:
        """A copy with ``new`` inserted before or after a named filter (at the end when neither)."""
        if before is not None and after is not None:
            raise ConfigError("insert() takes before= or after=, not both")
        steps = list(self.filters)
        if before is not None:
            position = self._index(before)
        elif after is not None:
            position = self._index(after) + 1
        else:
            position = len(steps)
        steps.insert(position, make_filter(new))
        return self._with(steps)

    def configure(self, name: str, **params: Any) -> Pipeline:
        """A copy with parameters of the filter ``name`` changed."""
        current = self.get(name)
        try:
            return self.replace(name, dataclasses.replace(current, **params))
        except TypeError as exc:
            raise ConfigError(f"filter {name!r}: {exc}") from exc

    def _with(self, steps: Iterable[Filter]) -> Pipeline:
        return dataclasses.replace(self, filters=tuple(steps))

    def _index(self, name: str) -> int:
        for i, f in enumerate(self.filters):
            if f.name == name:
                return i
        raise ConfigError(f"no filter {name!r} in this pipeline; it has: {', '.join(self.names)}")

    # --- running -------------------------------------------------------------------------------
    def run(
        self, source: str | bytes, *, url: str | None = None, kind: InputKind = "auto"
    ) -> Result:
        """Clean ``source`` and return the article together with its labelled document.

        ``kind`` is ``"text"`` (scraped plain text), ``"html"`` (a page: its main content is found
        by trafilatura, its metadata read from the markup) or ``"auto"`` (HTML when the input
        starts with markup).
        """
        job = self._prepare(source, url, kind)
        for f in self.filters:
            job.doc = self._apply(f, job)
        return self._finish(job)

    def run_many(
        self,
        sources: Sequence[str | bytes],
        *,
        urls: Sequence[str | None] | None = None,
        kind: InputKind | Sequence[InputKind] = "auto",
    ) -> list[Result | NewscleanError]:
        """Clean several sources and return, in order, each one's :class:`Result` — or the
        :class:`~newsclean.NewscleanError` (a bad input, a failing filter) that :meth:`run` would
        have raised for it, so that one bad source does not stop the others.

        The results are those of :meth:`run` on each source in turn, but the work is done filter
        by filter: each filter runs on every document before the next filter starts, which keeps
        its patterns and tables in the processor's caches. On a corpus that is faster than
        :meth:`run` one source at a time. ``urls``, when given, has one URL (or ``None``) per
        source; ``kind`` is one kind for every source, or one per source.
        """
        if isinstance(sources, (str, bytes)):
            raise InputError("run_many() takes a list of sources, not one string")
        kinds = [kind] * len(sources) if isinstance(kind, str) else list(kind)
        for name, given in (("urls", urls), ("kinds", kinds)):
            if given is not None and len(given) != len(sources):
                raise InputError(f"run_many() got {len(sources)} sources but {len(given)} {name}")
        for one in set(kinds):
            _check_kind(one)
        out: list[Result | NewscleanError | _Job] = []
        for n, source in enumerate(sources):
            try:
                out.append(self._prepare(source, None if urls is None else urls[n], kinds[n]))
            except NewscleanError as exc:
                out.append(exc)
        for f in self.filters:
            for n, job in enumerate(out):
                if isinstance(job, _Job):
                    try:
                        job.doc = self._apply(f, job)
                    except FilterError as exc:
                        out[n] = exc
        return [self._finish(job) if isinstance(job, _Job) else job for job in out]

    def _prepare(self, source: str | bytes, url: str | None, kind: InputKind) -> _Job:
        """Check and read ``source``: its blocks in a document, the rule pack, the warnings."""
        if url is not None and not isinstance(url, str):
            raise InputError(f"url must be a string, got {type(url).__name__}")
        _check_kind(kind)
        check_source(source)  # for every kind: an HTML page is text or bytes too
        if isinstance(source, memoryview):
            source = bytes(source)
        if kind == "html" or (kind == "auto" and looks_like_html(source)):
            text, blocks, hints, warnings = self._read_html(source, url)
        else:
            text, blocks, warnings = self._read_text(source)
            hints = NO_HINTS
        rules, language, notes = self.rules_for(blocks, hint=hints.language)
        warnings.extend(notes)
        doc = Document(blocks, rules.code, hints=hints)
        return _Job(doc, rules, language, text, hints.url if url is None else url, warnings)

    @staticmethod
    def _apply(f: Filter, job: _Job) -> Document:
        """``job``'s document with filter ``f``'s decisions applied (:class:`FilterError` names
        the filter that broke)."""
        try:
            decisions = list(f.label(job.doc, job.rules))
        except FilterError:
            raise
        except Exception as exc:  # name the filter that broke, keep the cause
            raise FilterError(f"filter {f.name!r} failed: {type(exc).__name__}: {exc}") from exc
        if not decisions:  # most filters find nothing in most documents
            return job.doc
        return job.doc.with_decisions(f.name, decisions, f.reasons)

    @staticmethod
    def _finish(job: _Job) -> Result:
        article = assemble(
            job.doc, job.rules, language=job.language, url=job.url, warnings=job.warnings
        )
        return Result(article, job.doc, job.text)

    def clean(
        self, source: str | bytes, *, url: str | None = None, kind: InputKind = "auto"
    ) -> Article:
        """Clean ``source`` and return the :class:`~newsclean.Article` (see :meth:`run`)."""
        return self.run(source, url=url, kind=kind).article

    def clean_many(
        self,
        sources: Sequence[str | bytes],
        *,
        urls: Sequence[str | None] | None = None,
        kind: InputKind | Sequence[InputKind] = "auto",
    ) -> list[Article | NewscleanError]:
        """Clean several sources: each one's :class:`~newsclean.Article`, or the error it raised
        (see :meth:`run_many`)."""
        return [
            out.article if isinstance(out, Result) else out
            for out in self.run_many(sources, urls=urls, kind=kind)
        ]

    def _read_text(self, source: str | bytes) -> tuple[str, tuple[Block, ...], list[str]]:
        decoded = decode(source)
        warnings = [decoded.warning] if decoded.warning else []
        text, repaired = run_normalizers(decoded.text, self.normalizers)
        if repaired:
            warnings.append(_REPAIRED)
        return text, split_blocks(text, self.split), warnings

    def _read_html(
        self, source: str | bytes, url: str | None
    ) -> tuple[str, tuple[Block, ...], Hints, list[str]]:
        """The page's content blocks, normalised one by one, as one text (blank-line separated)
        with blocks whose offsets point into it."""
        page = read_page(source, url)
        warnings = list(page.warnings)
        blocks: list[Block] = []
        pieces: list[str] = []
        start = 0
        repaired_any = False
        for item in page.blocks:
            text, repaired = run_normalizers(item.text, self.normalizers)
            words = text.split()
            if not words:
                continue
            text = " ".join(words)
            repaired_any |= repaired
            blocks.append(
                Block(len(blocks), text, start, item.kind, item.linked, _words=len(words))
            )
            pieces.append(text)
            start += len(text) + 2
        if repaired_any:
            warnings.append(_REPAIRED)
        return "\n\n".join(pieces), tuple(blocks), page.hints, warnings


@dataclass(slots=True)
class _Job:
    """One source on its way through the filters: its document so far, and what the article is
    assembled with at the end."""

    doc: Document
    rules: LanguagePack
    language: str | None
    text: str
    url: str | None
    warnings: list[str]


def _check_kind(kind: object) -> None:
    if kind not in ("auto", "text", "html"):
        raise ConfigError(f"unknown input kind {kind!r}; use 'auto', 'text' or 'html'")


def make_filter(spec: FilterSpec) -> Filter:
    """Turn a filter spec (name, ``(name, params)``, ``{"name": …}`` or instance) into a filter."""
    if isinstance(spec, Filter):
        return spec
    params: Mapping[str, Any]
    if isinstance(spec, str):
        name, params = spec, {}
    elif isinstance(spec, tuple) and len(spec) == 2 and isinstance(spec[0], str):
        name, params = spec
    elif isinstance(spec, Mapping) and isinstance(spec.get("name"), str):
        name, params = spec["name"], {k: v for k, v in spec.items() if k != "name"}
    else:
        raise ConfigError(f"cannot make a filter from {spec!r}")
    if not isinstance(params, Mapping):
        raise ConfigError(f"filter {name!r}: parameters must be a mapping, got {params!r}")
    cls = registry.get(name)
    try:
        return cls(**params)
    except TypeError as exc:
        known = [f.name for f in dataclasses.fields(cls)] if dataclasses.is_dataclass(cls) else []
        raise ConfigError(
            f"filter {name!r}: bad parameters {dict(params)}; it takes {known}"
        ) from exc


def _params(f: Filter) -> dict[str, Any]:
    if not dataclasses.is_dataclass(f):
        return {}
    return {fl.name: getattr(f, fl.name) for fl in dataclasses.fields(f)}
