"""What a path holds, read as datasets of documents, one document at a time.

A path given to the benchmark is one of:

- a **gold folder**: ``NAME.txt`` or ``NAME.html`` with ``NAME.gold.json`` (the project's gold
  format): quality with every detail, and speed;
- the **public benchmark's layout**: ``html/<id>.html.gz`` and ``ground-truth.json``
  (``{id: {"articleBody": …, "url": …}}``), with the published outputs of other extractors in
  ``peer-outputs/<name>.json`` scored beside them;
- **scraped-text variants** of it: ``<variant>/<id>.txt``, scored against the ``ground-truth.json``
  found beside the variant folder (in it, its parent, or a sibling folder of either); a folder of
  variants gives one dataset per variant;
- a **plain folder** of ``.txt``/``.html`` files, or a **JSONL file** (``.jsonl``/``.jsonl.gz``,
  one record a line): no gold, speed only;
- a folder of any of these: each subfolder is read by the same rules.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal

from newsclean import NewscleanError
from newsclean.decode import decode
from newsclean.gold import load_gold_folder
from newsclean.html import looks_like_html
from newsclean.html.charset import decode_page

Format = Literal["text", "html"]
Kind = Literal["gold", "benchmark", "plain", "jsonl"]

TEXT_FIELDS = ("text", "html", "content", "body", "raw_content", "raw")
"""The JSONL fields tried, in order, for a record's input when no field is named."""

_HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
_TEXT_SUFFIXES = (".txt", ".txt.gz")


@dataclass(frozen=True)
class Doc:
    """One input document: its id, the input as given, its format and, when known, its gold.

    ``gold_body`` is the gold article body as text (paragraphs joined by blank lines); ``gold`` the
    whole gold record of a gold folder (``.gold.json``). ``error`` says why a record could not be
    read (a malformed JSONL line); such a document has no input and is counted, not run.
    """

    id: str
    source: str | bytes
    format: Format
    url: str | None = None
    gold_body: str | None = None
    gold: Mapping[str, Any] | None = None
    error: str | None = None

    @property
    def text(self) -> str:
        """The input as text, decoded as newsclean reads its format (see :func:`as_text`)."""
        return as_text(self.source, self.format)

    @property
    def size(self) -> int:
        """The input's size in bytes (UTF-8 for text)."""
        return len(self.source) if isinstance(self.source, bytes) else len(self.source.encode())


@dataclass(frozen=True)
class Dataset:
    """A named source of documents. ``docs()`` reads them afresh, one at a time, on every call.

    ``references`` holds published outputs of other systems on the same documents
    (``{system: {doc id: body}}``), scored as reference rows.
    """

    name: str
    path: Path
    kind: Kind
    read: Callable[[], Iterator[Doc]] = field(repr=False)
    references: Mapping[str, Mapping[str, str]] = field(default_factory=dict, repr=False)

    def docs(self) -> Iterator[Doc]:
        """The documents, read again from disk."""
        return self.read()

    @property
    def has_gold(self) -> bool:
        """Whether the documents carry a gold body (quality can be measured)."""
        return self.kind in ("gold", "benchmark")


def as_text(source: str | bytes, fmt: Format = "text") -> str:
    """Decode ``source`` as newsclean reads input of format ``fmt`` (scraped text: its BOM, else
    UTF-8, else cp1252; a page: its BOM, declared charset, then detection), never failing: bytes
    newsclean refuses as binary are read as cp1252.

    >>> as_text("caf\u00e9".encode("cp1252"))
    'café'
    >>> as_text('<meta charset="koi8-r"><p>\u041c\u0438\u0440</p>'.encode("koi8-r"), "html")
    '<meta charset="koi8-r"><p>Мир</p>'
    """
    if isinstance(source, str):
        return source
    try:
        return (decode_page(source) if fmt == "html" else decode(source)).text
    except NewscleanError:
        return source.decode("cp1252", errors="replace")


def _read_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.name.endswith(".gz") else data


def _is_html_name(name: str) -> bool:
    return name.lower().endswith(_HTML_SUFFIXES)


def _is_input_name(name: str) -> bool:
    return _is_html_name(name) or name.lower().endswith(_TEXT_SUFFIXES)


def _stem(name: str) -> str:
    for suffix in (*_HTML_SUFFIXES, *_TEXT_SUFFIXES, ".jsonl.gz", ".jsonl"):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name


# --- gold folders ----------------------------------------------------------------------------
def gold_folder(path: Path) -> Dataset | None:
    """A gold folder (``*.gold.json`` beside its inputs) as a dataset, or ``None``.

    Gold folders are annotated by hand, hence small: they are read at once, so that a broken gold
    file is reported (``ValueError``) before anything is measured.
    """
    if not any(path.glob("*.gold.json")):
        return None
    try:
        items = load_gold_folder(path)
    except NewscleanError as exc:
        raise ValueError(str(exc)) from exc

    def read() -> Iterator[Doc]:
        for item in items:
            name = str(item.expected.get("input", ""))
            html = _is_html_name(name) or (
                not name.endswith(".txt") and looks_like_html(item.source)
            )
            yield Doc(
                id=item.name,
                source=item.source,
                format="html" if html else "text",
                url=item.expected.get("url"),
                gold_body="\n\n".join(item.expected["body"]),
                gold=item.expected,
            )

    return Dataset(path.name, path, "gold", read)


# --- the public benchmark's layout ---------------------------------------------------------
def _truth(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: ground truth must map ids to records")
    return data


def benchmark_html(path: Path) -> Dataset | None:
    """``html/<id>.html.gz`` + ``ground-truth.json`` (+ ``peer-outputs/*.json``), or ``None``."""
    truth_file, pages = path / "ground-truth.json", path / "html"
    if not (truth_file.is_file() and pages.is_dir()):
        return None
    truth = _truth(truth_file)
    files = {_stem(p.name): p for p in sorted(pages.iterdir()) if _is_html_name(p.name)}
    ids = [i for i in sorted(truth) if i in files]
    if not ids:
        return None

    def read() -> Iterator[Doc]:
        for i in ids:
            record = truth[i]
            yield Doc(i, _read_bytes(files[i]), "html", record.get("url"), record["articleBody"])

    return Dataset(path.name, path, "benchmark", read, peer_outputs(path / "peer-outputs"))


def peer_outputs(folder: Path) -> dict[str, dict[str, str]]:
    """``{system: {id: body}}`` from the ``<system>.json`` files in ``folder``.

    A file holds ``{"output": {id: {"articleBody": …}}}``; files of another shape are skipped.
    """
    out: dict[str, dict[str, str]] = {}
    if not folder.is_dir():
        return out
    for path in sorted(folder.glob("*.json")):
        try:
            output = json.loads(path.read_text(encoding="utf-8"))["output"]
            out[path.stem] = {i: str(r.get("articleBody") or "") for i, r in output.items()}
        except (KeyError, AttributeError, TypeError, ValueError):
            continue
    return out


def find_truth(variant: Path) -> Path | None:
    """The ``ground-truth.json`` for a variant folder: in it, its parent, or a sibling of either."""
    for base in (variant, variant.parent, variant.parent.parent):
        if (base / "ground-truth.json").is_file():
            return base / "ground-truth.json"
        if base.is_dir():
            for sibling in sorted(p for p in base.iterdir() if p.is_dir() and p != variant):
                if (sibling / "ground-truth.json").is_file():
                    return sibling / "ground-truth.json"
    return None


def text_variants(path: Path) -> list[Dataset]:
    """Scraped-text variants (``<variant>/<id>.txt``) of a ground truth: one dataset each."""
    truth_file = find_truth(path)
    if truth_file is None:
        return []
    truth = _truth(truth_file)
    folders = sorted(p for p in path.iterdir() if p.is_dir()) or [path]
    out = []
    for folder in folders:
        files = [p for p in sorted(folder.glob("*.txt")) if p.stem in truth]
        if files:
            out.append(Dataset(folder.name, folder, "benchmark", _variant_reader(files, truth)))
    return out


def _variant_reader(files: list[Path], truth: dict[str, Any]) -> Callable[[], Iterator[Doc]]:
    def read() -> Iterator[Doc]:
        for p in files:
            record = truth[p.stem]
            yield Doc(p.stem, p.read_bytes(), "text", record.get("url"), record["articleBody"])

    return read


# --- no gold: plain folders and JSONL --------------------------------------------------------
def plain_folder(path: Path) -> Dataset | None:
    """A folder of ``.txt``/``.html`` files (``.gz`` too) without gold, or ``None``."""
    files = [p for p in sorted(path.iterdir()) if p.is_file() and _is_input_name(p.name)]
    if not files:
        return None

    def read() -> Iterator[Doc]:
        for p in files:
            yield Doc(_stem(p.name), _read_bytes(p), "html" if _is_html_name(p.name) else "text")

    return Dataset(path.name, path, "plain", read)


def jsonl_file(path: Path, text_field: str | None = None) -> Dataset:
    """A JSONL file as a dataset that streams (see :func:`iter_jsonl`)."""
    return Dataset(_stem(path.name), path, "jsonl", lambda: iter_jsonl(path, text_field))


def _open_text(path: Path) -> IO[str]:
    if path.name.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8", errors="replace")
    return path.open(encoding="utf-8", errors="replace")


def iter_jsonl(path: Path, text_field: str | None = None) -> Iterator[Doc]:
    """The records of a JSONL file, one at a time (the file is never held in memory).

    A record is a JSON string, or an object whose ``text_field`` (by default the first of
    :data:`TEXT_FIELDS` it has) holds the input; ``id`` and ``url`` are used when present. A
    malformed line gives a document with ``error`` set, so no record goes uncounted.
    """
    with _open_text(path) as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                yield record_doc(line, f"{path.name}:{number}", text_field)


def record_doc(line: str, fallback_id: str, text_field: str | None = None) -> Doc:
    """One JSONL line as a document (see :func:`iter_jsonl`).

    >>> record_doc('{"id": "a1", "html": "<html><p>Hi</p></html>"}', "f:1").format
    'html'
    >>> record_doc('{"title": 3}', "f:2").error
    "no text field (tried 'text', 'html', 'content', 'body', 'raw_content', 'raw')"
    """
    try:
        record = json.loads(line)
    except ValueError as exc:
        return Doc(fallback_id, "", "text", error=f"not JSON: {exc}")
    if isinstance(record, str):
        return Doc(fallback_id, record, "html" if looks_like_html(record) else "text")
    if not isinstance(record, dict):
        return Doc(fallback_id, "", "text", error="a record must be a JSON object or string")
    names = (text_field,) if text_field else TEXT_FIELDS
    name = next((n for n in names if isinstance(record.get(n), str)), None)
    if name is None:
        tried = ", ".join(repr(n) for n in names)
        return Doc(
            str(record.get("id", fallback_id)), "", "text", error=f"no text field (tried {tried})"
        )
    source = record[name]
    html = name == "html" or looks_like_html(source)
    url = record.get("url") if isinstance(record.get("url"), str) else None
    return Doc(str(record.get("id", fallback_id)), source, "html" if html else "text", url)


# --- what a path holds -----------------------------------------------------------------------
def discover(path: Path, text_field: str | None = None) -> list[Dataset]:
    """Every dataset under ``path`` (see the module's docstring for the layouts), in order.

    Raises ``ValueError`` when ``path`` holds nothing the benchmark can read.
    """
    if path.is_file():
        if path.name.endswith((".jsonl", ".jsonl.gz")):
            return [jsonl_file(path, text_field)]
        raise ValueError(f"{path}: not a folder and not a .jsonl file")
    if not path.is_dir():
        raise ValueError(f"{path}: no such file or folder")
    found = _one_layout(path, text_field)
    if found:
        return found
    for sub in sorted(p for p in path.iterdir() if p.is_dir() and not p.name.startswith(".")):
        try:
            found += discover(sub, text_field)
        except ValueError:
            continue
    if not found:
        raise ValueError(
            f"{path}: no gold articles, benchmark pages, scraped-text variants, .txt/.html files"
            " or .jsonl files"
        )
    return found


def _one_layout(path: Path, text_field: str | None) -> list[Dataset]:
    for reader in (gold_folder, benchmark_html):
        dataset = reader(path)
        if dataset is not None:
            return [dataset]
    variants = text_variants(path)
    if variants:
        return variants
    plain = plain_folder(path)
    jsonl = [jsonl_file(p, text_field) for p in sorted(path.glob("*.jsonl*")) if p.is_file()]
    return ([plain] if plain else []) + jsonl


def unique_names(datasets: Iterable[Dataset]) -> list[Dataset]:
    """The datasets, each name made unique by prefixing its parent folder's name when needed."""
    out: list[Dataset] = []
    seen: set[str] = set()
    for d in datasets:
        name = d.name
        if name in seen:
            name = f"{d.path.parent.name}/{d.name}"
        n = 2
        while name in seen:
            name, n = f"{d.path.parent.name}/{d.name}#{n}", n + 1
        seen.add(name)
        out.append(d if name == d.name else Dataset(name, d.path, d.kind, d.read, d.references))
    return out


# --- replication (scaling and streaming tests) ---------------------------------------------
_MARKS = ("\u200b", "\u2060")  # zero-width space, word joiner: normalisation drops them


def variant(source: str | bytes, n: int) -> str | bytes:
    r"""``source`` made distinct for copy ``n`` without changing what it says.

    ``n`` is appended in binary as zero-width characters, which newsclean's normalisation drops:
    every copy is a different input (no cache can answer it from an earlier copy) that cleans to
    the same article.

    >>> variant("Hello.", 5) == "Hello.\u2060\u200b\u2060"
    True
    """
    mark = "".join(_MARKS[int(bit)] for bit in f"{n:b}")
    return source + mark.encode() if isinstance(source, bytes) else source + mark


def replicate(docs: list[Doc], times: int) -> Iterator[Doc]:
    """``times`` distinct copies of ``docs`` (see :func:`variant`), copy by copy, lazily.

    The first copy is marked too, so every copy costs the same and 1x, 10x and 100x compare like
    with like.
    """
    for copy in range(times):
        for doc in docs:
            yield Doc(f"{doc.id}#{copy}", variant(doc.source, copy), doc.format, doc.url)
