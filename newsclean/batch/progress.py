"""Progress on stderr while a corpus is cleaned, and the summary at the end."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Mapping
from typing import TextIO


class Progress:
    """Counts records and errors; when ``show`` is true, redraws one status line on ``stream``
    (``12,345 docs  1,180 docs/s  3 errors``) at most every ``interval`` seconds."""

    def __init__(
        self,
        stream: TextIO,
        *,
        show: bool,
        interval: float = 0.2,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.stream = stream
        self.show = show
        self.interval = interval
        self.clock = clock
        self.start = clock()
        self.records = 0
        self.errors: Counter[str] = Counter()
        self._drawn = float("-inf")

    @property
    def elapsed(self) -> float:
        """Seconds since the start."""
        return self.clock() - self.start

    def add(self, records: int, errors: Mapping[str, int]) -> None:
        """Count a chunk of ``records``, ``errors`` of them failed (by error type)."""
        self.records += records
        self.errors.update(errors)
        now = self.clock()
        if self.show and now - self._drawn >= self.interval:
            self._drawn = now
            self.stream.write("\r\x1b[K" + self.status(now))
            self.stream.flush()

    def status(self, now: float | None = None) -> str:
        """The status line: documents, documents per second, errors (at time ``now``)."""
        elapsed = (self.clock() if now is None else now) - self.start
        rate = self.records / max(elapsed, 1e-9)
        errors = sum(self.errors.values())
        return f"{self.records:,} docs  {rate:,.0f} docs/s  {errors:,} error" + "s" * (errors != 1)

    def finish(self) -> None:
        """Clear the status line."""
        if self.show and self._drawn != float("-inf"):
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def summary(progress: Progress, skipped: Mapping[str, int], destination: str) -> str:
    """One line: records in and out, cleaned, errors by type, what was skipped, time, output.

    >>> import io
    >>> p = Progress(io.StringIO(), show=False, clock=iter([0.0, 1.0, 2.0]).__next__)
    >>> p.add(10, {"too_large": 1})
    >>> summary(p, {}, "out.jsonl")
    'newsclean: 10 records -> out.jsonl: 9 cleaned, 1 error (too_large 1) in 2.0 s'
    """
    errors = sum(progress.errors.values())
    parts = [f"{progress.records - errors:,} cleaned", f"{errors:,} error" + "s" * (errors != 1)]
    if errors:
        kinds = ", ".join(f"{kind} {n:,}" for kind, n in sorted(progress.errors.items()))
        parts[1] += f" ({kinds})"
    if skipped:
        total = sum(skipped.values())
        parts.append(f"{total:,} skipped ({', '.join(f'{k}: {n}' for k, n in skipped.items())})")
    line = f"newsclean: {progress.records:,} records -> {destination}: " + ", ".join(parts)
    return line + f" in {progress.elapsed:.1f} s"
