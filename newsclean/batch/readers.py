"""Turn the command's inputs (files, folders, JSONL, WARC, stdin) into a stream of records.

Reading is lazy: a folder is walked one directory at a time, a JSONL file is read line by line
(a line longer than the size limit is skipped over, not held), and a file or JSON line is only
read or parsed when a worker loads it. Memory therefore does not grow with the input.
"""

from __future__ import annotations

import gzip
import json
import os
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import IO, TYPE_CHECKING, Any, Literal, cast

from .records import Loadable, Record, RecordError, RecordId

if TYPE_CHECKING:
    from ..pipeline import InputKind

InputFormat = Literal["auto", "article", "jsonl", "warc"]
Kind = Literal["article", "jsonl", "warc"]

DEFAULT_MAX_BYTES = 25 * 1024 * 1024
"""Records larger than this (25 MiB) become ``too_large`` error records instead of being cleaned."""

_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
_WARC_SUFFIXES = (".warc", ".warc.gz")
_SKIP_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class InputOptions:
    """How to read inputs: the format (``auto`` goes by file name), which files of a folder to
    take, the JSONL field names, and the size limit per record (0: none)."""

    format: InputFormat = "auto"
    glob: str = "*"
    text_field: str = "text"
    html_field: str | None = None
    id_field: str = "id"
    url_field: str | None = "url"
    max_bytes: int = DEFAULT_MAX_BYTES


def kind_of(path: str, fmt: InputFormat = "auto") -> Kind:
    """The kind of a file: ``jsonl`` and ``warc`` by their suffixes, anything else an article.

    >>> kind_of("news/2024.jsonl.gz"), kind_of("crawl.warc.gz"), kind_of("page.html")
    ('jsonl', 'warc', 'article')
    """
    if fmt != "auto":
        return fmt
    name = path.lower()
    if name.endswith(_JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(_WARC_SUFFIXES):
        return "warc"
    return "article"


def too_large(size: int, limit: int) -> RecordError | None:
    """The ``too_large`` error for ``size`` bytes over ``limit`` (0 means no limit), else None."""
    if limit and size > limit:
        return RecordError("too_large", f"{size:,} bytes or more; the limit is {limit:,} bytes")
    return None


@dataclass(frozen=True, slots=True)
class FileRecord:
    """One article file, read when loaded (so a worker process reads it, not the main one)."""

    path: str
    size: int
    max_bytes: int = DEFAULT_MAX_BYTES

    def load(self) -> Record:
        """Read the file's bytes (the library detects the encoding and HTML)."""
        error = too_large(self.size, self.max_bytes)
        if error is None:
            try:
                with open(self.path, "rb") as handle:
                    data = handle.read(self.max_bytes + 1 if self.max_bytes else -1)
            except OSError as exc:
                error = RecordError("unreadable", f"cannot read {self.path}: {exc.strerror or exc}")
            else:
                error = too_large(len(data), self.max_bytes)
                if error is None:
                    return Record(self.path, self.path, data)
        return Record(self.path, self.path, error=error)


@dataclass(frozen=True, slots=True)
class JsonLine:
    """One line of a JSONL file, parsed when loaded."""

    line: bytes
    name: str
    number: int
    options: InputOptions

    @property
    def size(self) -> int:
        """The line's length in bytes."""
        return len(self.line)

    def load(self) -> Record:
        """Parse the line into a record; other fields are kept to pass through to the output."""
        source = f"{self.name}:{self.number}"
        try:
            data = json.loads(self.line)
        except ValueError as exc:  # JSONDecodeError, or bytes that are not UTF-8/16/32
            return Record(source, source, error=RecordError("malformed_json", _short(exc)))
        if not isinstance(data, dict):
            message = f"a JSONL record must be a JSON object, not {type(data).__name__}"
            return Record(source, source, error=RecordError("malformed_json", message))
        return _from_object(data, source, self.options)


def _from_object(data: dict[str, Any], source: str, options: InputOptions) -> Record:
    raw_id = data.get(options.id_field)
    record_id: RecordId = source
    problems = []
    if isinstance(raw_id, (str, int)) and not isinstance(raw_id, bool):
        record_id = raw_id
    elif raw_id is not None:
        problems.append(f"{options.id_field!r} must be a string or an integer")
    content_field = options.text_field
    kind: InputKind = "auto"
    if options.html_field is not None and data.get(options.html_field) is not None:
        content_field, kind = options.html_field, "html"  # HTML, even when it starts with text
    content = data.get(content_field)
    if content is None:
        wanted = " or ".join(repr(f) for f in (options.text_field, options.html_field) if f)
        problems.append(f"the record has no {wanted} field")
    elif not isinstance(content, str):
        problems.append(f"{content_field!r} must be a string, not {type(content).__name__}")
    url = data.get(options.url_field) if options.url_field else None
    if url is not None and not isinstance(url, str):
        problems.append(f"{options.url_field!r} must be a string, not {type(url).__name__}")
    passthrough = {
        (f"input_{k}" if k in _RESERVED and not (k == "id" and v == record_id) else k): v
        for k, v in data.items()
        if k not in (options.text_field, options.html_field)
    }
    if problems:
        error = RecordError("bad_record", "; ".join(problems))
        return Record(record_id, source, passthrough=passthrough, error=error)
    assert isinstance(content, str)  # checked above
    return Record(record_id, source, content, url, passthrough, kind=kind)


_RESERVED = frozenset({"id", "source", "article", "error"})
"""Keys of an output record that newsclean writes; an input field of that name is renamed
``input_NAME`` (except an ``id`` field that is the record's id)."""


def _short(exc: Exception) -> str:
    text = str(exc)
    return text if len(text) <= 200 else text[:199] + "…"


@dataclass
class Inputs:
    """The records of all inputs, in order, as an iterator of :class:`Loadable`. ``skipped``
    counts what was passed over on purpose (WARC records that are not HTML responses); the files
    at the paths of ``leave_out`` are never read from a folder (the run's own output)."""

    paths: Sequence[str]
    options: InputOptions = field(default_factory=InputOptions)
    stdin: IO[bytes] | None = None
    skipped: Counter[str] = field(default_factory=Counter)
    leave_out: Collection[str] = ()

    def __iter__(self) -> Iterator[Loadable]:
        for path in self.paths:
            if path == "-":
                yield from self._stdin()
            elif os.path.isdir(path):
                left_out = {os.path.realpath(p) for p in self.leave_out}
                for file in walk(path, self.options.glob):
                    if left_out and os.path.realpath(file) in left_out:
                        continue
                    yield from self._file(file, kind_of(file, self.options.format))
            else:
                yield from self._file(path, kind_of(path, self.options.format))

    def _file(self, path: str, kind: Kind) -> Iterator[Loadable]:
        if kind == "article":
            try:
                size = os.stat(path).st_size
            except OSError as exc:
                error = RecordError("unreadable", f"cannot read {path}: {exc.strerror or exc}")
                yield Record(path, path, error=error)
                return
            yield FileRecord(path, size, self.options.max_bytes)
            return
        try:
            opened = _open(path, kind)
        except OSError as exc:
            error = RecordError("unreadable", f"cannot read {path}: {exc.strerror or exc}")
            yield Record(path, path, error=error)
            return
        with opened as handle:
            if kind == "jsonl":
                yield from jsonl_lines(handle, path, self.options)
            else:
                from .warc import warc_records  # the WARC library is only needed for WARC input

                yield from warc_records(handle, path, self.options, self.skipped)

    def _stdin(self) -> Iterator[Loadable]:
        handle = self.stdin
        if handle is None:
            return
        kind = kind_of("-", self.options.format)
        if kind == "jsonl":
            yield from jsonl_lines(handle, "<stdin>", self.options)
        elif kind == "warc":
            from .warc import warc_records

            yield from warc_records(handle, "<stdin>", self.options, self.skipped)
        else:
            yield read_stream(handle, "-", "<stdin>", self.options.max_bytes)


def read_inputs(
    paths: Sequence[str],
    options: InputOptions | None = None,
    stdin: IO[bytes] | None = None,
    *,
    leave_out: Collection[str] = (),
) -> Inputs:
    """The records of ``paths`` (files, folders walked recursively, ``-`` for ``stdin``); files
    of a folder at a path of ``leave_out`` (the output being written there) are not read."""
    return Inputs(paths, options or InputOptions(), stdin, leave_out=leave_out)


def read_stream(handle: IO[bytes], record_id: str, source: str, max_bytes: int) -> Record:
    """One article from an open binary stream (stdin), at most ``max_bytes`` read."""
    data = handle.read(max_bytes + 1 if max_bytes else -1)
    error = too_large(len(data), max_bytes)
    if error is not None:
        return Record(record_id, source, error=error)
    return Record(record_id, source, data)


def walk(folder: str, pattern: str = "*") -> Iterator[str]:
    """The files under ``folder`` whose path relative to it matches ``pattern`` (matched from the
    right, as :meth:`pathlib.PurePath.match` does), recursively, in sorted order."""
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(root, name)
            if PurePath(os.path.relpath(path, folder)).match(pattern):
                yield path


def jsonl_lines(handle: IO[bytes], name: str, options: InputOptions) -> Iterator[Loadable]:
    """The lines of a JSONL stream; blank lines are not records, a line over the size limit is
    skipped over (never held whole) and becomes a ``too_large`` error record."""
    limit = options.max_bytes
    number = 0
    while True:
        try:
            line = handle.readline(limit + 1 if limit else -1)
        except (OSError, EOFError) as exc:  # a corrupt .gz file
            source = f"{name}:{number + 1}"
            message = f"cannot read {name} past line {number}: {exc}"
            yield Record(source, source, error=RecordError("unreadable", message))
            return
        if not line:
            return
        number += 1
        if limit and len(line) > limit and not line.endswith(b"\n"):
            size = len(line) + _skip_line(handle)
            source = f"{name}:{number}"
            yield Record(source, source, error=too_large(size, limit))
        elif line.strip():
            yield JsonLine(line, name, number, options)


def _skip_line(handle: IO[bytes]) -> int:
    skipped = 0
    while True:
        part = handle.readline(_SKIP_CHUNK)
        skipped += len(part)
        if not part or part.endswith(b"\n"):
            return skipped


def _open(path: str, kind: Kind) -> IO[bytes]:
    if kind == "jsonl" and path.lower().endswith(".gz"):
        return cast(IO[bytes], gzip.open(path, "rb"))
    return open(path, "rb")
