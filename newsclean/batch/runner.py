"""Clean a stream of records, in this process or in a pool of processes, in input order.

Records are grouped into chunks (at most ``chunk_records`` records or about ``chunk_bytes``
bytes); with ``jobs > 1`` a bounded number of chunks is in flight at once, so memory stays flat
however long the input is, and results come back in input order. A worker loads each record,
cleans it and serialises the output line, so the main process only reads and writes. Every
record gives exactly one output line: an article, or an error record when it cannot be cleaned —
even when it kills the worker process cleaning it (see :func:`_next`).
"""

from __future__ import annotations

import dataclasses
import json
import multiprocessing
import os
import threading
import time
from collections import Counter, deque
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any

from ..article import Article
from ..errors import FilterError, NewscleanError
from ..pipeline import Pipeline
from .records import ErrorType, Loadable, Record, RecordError
from .signals import held, ignore_ctrl_c

CHUNK_RECORDS = 64
CHUNK_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Chunk:
    """The output of a run of consecutive records: their JSONL lines, how many there are, and
    how many were errors, by :data:`~newsclean.batch.ErrorType`."""

    data: bytes
    count: int
    errors: dict[str, int] = field(default_factory=dict)


def clean_record(record: Record, pipeline: Pipeline) -> dict[str, Any]:
    """The output record of ``record``: ``id``, ``source``, the passed-through input fields, then
    ``article`` (:meth:`Article.to_dict`) or ``error`` (``type`` and ``message``)."""
    if record.error is not None:
        return _output(record, record.error)
    assert record.content is not None  # a record without an error has content
    try:
        article = pipeline.clean(record.content, url=record.url, kind=record.kind)
        return _output(record, article)
    except Exception as exc:  # a bug must not stop the batch: record it and go on
        return _output(record, exc)


def _output(record: Record, outcome: Article | RecordError | Exception) -> dict[str, Any]:
    out: dict[str, Any] = {"id": record.id, "source": record.source, **record.passthrough}
    if isinstance(outcome, Article):
        out["article"] = outcome.to_dict()
        return out
    if isinstance(outcome, FilterError):
        outcome = RecordError("filter_failed", str(outcome))
    elif isinstance(outcome, NewscleanError):
        outcome = RecordError("bad_input", str(outcome))
    elif not isinstance(outcome, RecordError):
        outcome = RecordError("internal", f"{type(outcome).__name__}: {outcome}")
    out["error"] = outcome.to_dict()
    return out


def output_line(record: Record, pipeline: Pipeline) -> tuple[bytes, ErrorType | None]:
    """The JSONL line (UTF-8, ending in a newline) for ``record`` and its error type, if any."""
    return _line(clean_record(record, pipeline))


def _line(out: dict[str, Any]) -> tuple[bytes, ErrorType | None]:
    try:
        line = json.dumps(out, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates (from JSON escapes or file names): escape them
        line = json.dumps(out).encode("ascii")
    error = out.get("error")
    return line + b"\n", (error["type"] if error else None)


def clean_chunk(items: Iterable[Loadable], pipeline: Pipeline) -> Chunk:
    """Load and clean ``items`` and return their output, in order, as one :class:`Chunk`.

    The records are cleaned together (:meth:`Pipeline.clean_many`: filter by filter across them,
    which is faster than one by one); if that breaks on a bug, each is cleaned on its own, so
    that only the record that breaks gets an error."""
    records = [item.load() for item in items]
    todo: list[Record] = []  # the records to clean (the others are errors already)
    sources: list[str | bytes] = []
    for r in records:
        if r.error is None:
            assert r.content is not None  # a record without an error has content
            todo.append(r)
            sources.append(r.content)
    try:
        articles = iter(
            pipeline.clean_many(sources, urls=[r.url for r in todo], kind=[r.kind for r in todo])
        )
        lines = [_line(_output(r, r.error or next(articles))) for r in records]
    except Exception:  # a bug in cleaning one of them: find which, record by record
        lines = [output_line(r, pipeline) for r in records]
    errors: Counter[str] = Counter(error for _, error in lines if error)
    return Chunk(b"".join(line for line, _ in lines), len(lines), dict(errors))


def chunked(
    items: Iterable[Loadable], records: int = CHUNK_RECORDS, size: int = CHUNK_BYTES
) -> Iterator[list[Loadable]]:
    """Group ``items`` into lists of at most ``records`` items or about ``size`` bytes."""
    chunk: list[Loadable] = []
    total = 0
    for item in items:
        chunk.append(item)
        total += item.size
        if len(chunk) >= records or total >= size:
            yield chunk
            chunk, total = [], 0
    if chunk:
        yield chunk


def clean_records(
    items: Iterable[Loadable],
    pipeline: Pipeline,
    *,
    jobs: int = 1,
    chunk_records: int = CHUNK_RECORDS,
    chunk_bytes: int = CHUNK_BYTES,
) -> Generator[Chunk, None, None]:
    """Clean ``items`` with ``pipeline`` and yield the output chunk by chunk, in input order.

    ``jobs`` > 1 runs a pool of that many worker processes (workers ignore Ctrl-C; the caller
    handles it, and closing this generator cancels the chunks not started yet).
    """
    chunks = chunked(items, chunk_records, chunk_bytes)
    if jobs <= 1:
        for chunk in chunks:
            yield clean_chunk(chunk, pipeline)
        return
    yield from _pooled(chunks, pipeline, jobs)


def _pooled(chunks: Iterable[list[Loadable]], pipeline: Pipeline, jobs: int) -> Iterator[Chunk]:
    pool = _pool(pipeline, jobs)
    pending: deque[tuple[list[Loadable], Future[Chunk]]] = deque()
    finished = False
    try:
        for index, chunk in enumerate(chunks):
            if index < jobs:  # this starts the worker processes: they begin with Ctrl-C held
                with held():
                    pending.append((chunk, pool.submit(_worker_chunk, chunk)))
            else:
                pending.append((chunk, pool.submit(_worker_chunk, chunk)))
            if len(pending) >= 2 * jobs:
                done, pool = _next(pending, pool, pipeline, jobs)
                yield from done
        while pending:
            done, pool = _next(pending, pool, pipeline, jobs)
            yield from done
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:
            _abandon(pool)


def _pool(pipeline: Pipeline, jobs: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(
        jobs, mp_context=_context(), initializer=_start_worker, initargs=(pipeline, os.getpid())
    )


def _next(
    pending: deque[tuple[list[Loadable], Future[Chunk]]],
    pool: ProcessPoolExecutor,
    pipeline: Pipeline,
    jobs: int,
) -> tuple[list[Chunk], ProcessPoolExecutor]:
    """The output of the oldest chunk in flight, and the pool to go on with.

    When a worker process dies (killed, out of memory, a crash in a C library), the pool breaks
    and every chunk in flight is lost with it. Those chunks are cleaned again record by record
    (:func:`_isolated`), so the one record that kills its process becomes an error record and the
    others are cleaned as usual; then a new pool takes the rest of the input.
    """
    chunk, future = pending.popleft()
    try:
        return [future.result()], pool
    except BrokenProcessPool:
        lost = [chunk, *(items for items, _ in pending)]
        pending.clear()
        _abandon(pool)
        return [_isolated(items, pipeline) for items in lost], _pool(pipeline, jobs)


def _isolated(items: list[Loadable], pipeline: Pipeline) -> Chunk:
    """Clean ``items`` one at a time in a worker process of their own; a record whose process
    dies gets a ``crashed`` error record (and the next record a new process)."""
    lines: list[bytes] = []
    errors: Counter[str] = Counter()
    pool: ProcessPoolExecutor | None = None
    try:
        for item in items:
            if pool is None:
                pool = _pool(pipeline, 1)
            try:
                done = pool.submit(_worker_chunk, [item]).result()
            except BrokenProcessPool:
                _abandon(pool)
                pool = None
                done = _crashed(item.load(), pipeline)
            lines.append(done.data)
            errors.update(done.errors)
    finally:
        if pool is not None:
            pool.shutdown(wait=True)
    return Chunk(b"".join(lines), len(lines), dict(errors))


def _crashed(record: Record, pipeline: Pipeline) -> Chunk:
    """The error record of a record whose worker died (a record with an error is not cleaned)."""
    error = RecordError("crashed", "the process cleaning this record died (killed or crashed)")
    line, kind = output_line(dataclasses.replace(record, error=error), pipeline)
    return Chunk(line, 1, {kind or "crashed": 1})


def _abandon(pool: ProcessPoolExecutor, grace: float = 3.0) -> None:
    """Stop a pool whose work is no longer wanted (Ctrl-C, SIGTERM, an error, a closed
    generator): cancel the chunks not started, give the workers ``grace`` seconds to finish the
    chunk in hand, then end them. This never waits without limit, but the pool's own threads may
    still block the interpreter's exit afterwards; the ``newsclean`` command exits at once after
    an interruption for that reason."""
    workers = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    deadline = time.monotonic() + grace
    for worker in workers:
        worker.join(timeout=max(0.0, deadline - time.monotonic()))
    for worker in workers:
        if worker.is_alive():
            worker.terminate()
    call_queue = getattr(pool, "_call_queue", None)
    if call_queue is not None:  # what the feeder thread could not write must not block exit
        call_queue.cancel_join_thread()


def _context() -> Any:
    # forkserver: workers fork from a clean server process (no threads copied) that has already
    # imported newsclean, so they start at once; spawn where there is no forkserver.
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    return context


_WORKER_PIPELINE: list[Pipeline] = []  # set once in each worker process by _start_worker


def _start_worker(pipeline: Pipeline, parent: int) -> None:
    ignore_ctrl_c()  # Ctrl-C is the main process's to handle
    _WORKER_PIPELINE.append(pipeline)
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()


def _exit_with(parent: int, interval: float = 0.5) -> None:
    """End this worker when the main process is gone (killed with SIGKILL, say), instead of
    waiting for work for ever."""
    while True:
        time.sleep(interval)
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:  # the pid was reused by another user's process
            os._exit(1)


def _worker_chunk(items: list[Loadable]) -> Chunk:
    return clean_chunk(items, _WORKER_PIPELINE[0])
