"""Writing output so that an interrupted run never leaves a half-written file.

Output to a file ``OUT`` goes to ``OUT.part`` first, in whole lines, flushed after every chunk;
only a finished run renames it to ``OUT`` (an older ``OUT`` stays untouched until then). After
Ctrl-C or a kill, ``OUT.part`` holds the records written so far, and a run with ``resume``
continues it: it reads the ids already written (dropping a last line cut short by a kill),
skips those records, and appends the rest.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import IO

from ..errors import NewscleanError
from .records import Loadable, Record, RecordId
from .signals import held

PART_SUFFIX = ".part"


class ResumeError(NewscleanError):
    """The partial output cannot be resumed (it is not newsclean's JSONL)."""


class JsonlOutput:
    """A JSONL destination: a file written atomically, or ``stdout`` when ``path`` is None.

    Call :meth:`open` (it returns the ids already written when resuming), :meth:`write` chunks,
    then :meth:`commit` on success; :meth:`close` without commit leaves ``OUT.part`` for a
    resume.
    """

    def __init__(self, path: str | None, *, resume: bool = False, stdout: IO[bytes] | None = None):
        if resume and path is None:
            raise ResumeError("resuming needs an output file (-o OUT)")
        self.path = path
        self.resume = resume
        self._stdout = stdout if stdout is not None else sys.stdout.buffer
        self._handle: IO[bytes] | None = None
        self.written = 0
        """Lines in the output so far (with the ones kept from an earlier run)."""
        self.earlier_errors = 0
        """Error records among the lines kept from an earlier run (resume)."""

    @property
    def part(self) -> str | None:
        """The file being written (``OUT.part``), or None for stdout."""
        return None if self.path is None else self.path + PART_SUFFIX

    def open(self) -> Counter[RecordId]:
        """Start writing; return how many times each id is already written (resume only)."""
        if self.path is None or self.part is None:
            self._handle = self._stdout
            return Counter()
        done: Counter[RecordId] = Counter()
        if self.resume:
            finished = not os.path.exists(self.part) and os.path.exists(self.path)
            earlier = self.path if finished else self.part
            if os.path.exists(earlier):
                # read (and check) before touching anything: a file that is not ours stays as it is
                done, self.earlier_errors, end = _written_ids(earlier)
                if finished:  # a finished run: continue it as a partial one
                    os.replace(self.path, self.part)
                _cut(self.part, end)
                self.written = sum(done.values())
                self._handle = open(self.part, "ab")  # noqa: SIM115 (closed by commit/close)
                return done
        self._handle = open(self.part, "wb")  # noqa: SIM115 (closed by commit/close)
        return done

    def write(self, data: bytes, lines: int) -> None:
        """Write whole lines and flush them, so an interruption never cuts one in two."""
        if self._handle is None:
            raise ValueError("JsonlOutput.open() first")
        with held():
            self._handle.write(data)
            self._handle.flush()
        self.written += lines

    def commit(self) -> None:
        """Finish: make the file durable and rename ``OUT.part`` to ``OUT``."""
        handle, self._handle = self._handle, None
        if handle is None or self.path is None or self.part is None:
            return
        os.fsync(handle.fileno())
        handle.close()
        os.replace(self.part, self.path)

    def close(self) -> None:
        """Stop without finishing: ``OUT.part`` stays for a resume (stdout is left open)."""
        handle, self._handle = self._handle, None
        if handle is not None and self.path is not None:
            handle.close()


def atomic_write(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` through ``path.part`` and a rename."""
    part = path + PART_SUFFIX
    with open(part, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(part, path)


def skip_written(items: Iterable[Loadable], done: Counter[RecordId]) -> Iterator[Record]:
    """The records of ``items`` not already written: each id in ``done`` is skipped as many
    times as it was written (records are loaded here, in this process, to know their ids)."""
    for item in items:
        record = item.load()
        if done[record.id] > 0:
            done[record.id] -= 1
        else:
            yield record


def _written_ids(path: str) -> tuple[Counter[RecordId], int, int]:
    """How many times each id is written in ``path``, how many lines are error records, and
    where the whole lines end (a last line cut short by a kill is not counted).

    Raises :class:`ResumeError` on anything else than newsclean output records (a cut last line
    must be the start of one), so that a file that is not ours is never appended to nor cut.
    """
    done: Counter[RecordId] = Counter()
    errors = 0
    end = 0
    with open(path, "rb") as handle:
        for number, line in enumerate(_lines(handle), 1):
            if _cut_short(line):
                break  # cut short by a kill: dropped (see _cut), its record is cleaned again
            record_id, error = _output_record(line)
            if record_id is None:
                raise ResumeError(
                    f"cannot resume: line {number} of {path} is not a newsclean output record;"
                    " remove the file or run without --resume"
                )
            done[record_id] += 1
            errors += error
            end += len(line)
    return done, errors, end


_RECORD_START = b'{"id": '
"""How every output line starts (see :func:`~newsclean.batch.runner.output_line`)."""


def _lines(handle: IO[bytes]) -> Iterator[bytes]:
    """The lines of ``handle``; a line that does not start as an output record does is given
    only up to where that shows, so that a file that is not ours (a large binary with no line
    break) is refused without being read into memory."""
    while True:
        head = handle.readline(len(_RECORD_START))
        if not head:
            return
        if head == _RECORD_START:
            head += handle.readline()
        yield head


def _cut_short(line: bytes) -> bool:
    """Whether ``line`` is the start of an output record whose end a kill cut off: no newline,
    and either the start of a record that is not JSON yet, or a whole record."""
    if line.endswith(b"\n"):
        return False
    try:
        json.loads(line)
    except ValueError:
        return _RECORD_START.startswith(line[: len(_RECORD_START)])
    return _output_record(line + b"\n")[0] is not None


def _output_record(line: bytes) -> tuple[RecordId | None, bool]:
    """The id of an output record line and whether it is an error record; ``None`` for a line
    that is no output record (not a JSON object with an id, a source, an article or an error)."""
    try:
        data = json.loads(line)
    except ValueError:  # not JSON, or not UTF-8
        return None, False
    if not (isinstance(data, dict) and line.endswith(b"\n")):
        return None, False
    record_id = data.get("id")
    valid = (
        isinstance(record_id, (str, int))
        and not isinstance(record_id, bool)
        and isinstance(data.get("source"), str)
        and ("article" in data) != ("error" in data)
    )
    return (record_id, "error" in data) if valid else (None, False)


def _cut(path: str, end: int) -> None:
    """Drop what follows the last whole line of ``path`` (a line cut short by a kill)."""
    if end != os.path.getsize(path):
        with open(path, "r+b") as handle:
            handle.truncate(end)
