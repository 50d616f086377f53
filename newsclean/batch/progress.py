"""Progress on stderr while a corpus is cleaned (or a benchmark runs); the summary at the end."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Mapping
from typing import TextIO

_BAR = 30


class Progress:
    """Counts records (and errors, by type); when ``show`` is true, redraws one status line on
    ``stream`` at most every ``interval`` seconds, from ``delay`` seconds after the start:
    ``12,345 docs  1,180 docs/s  3 errors``, after ``label: `` when there is one, with a bar and
    ``n/total`` when the total is known, and without the errors when ``show_errors`` is false.

    It is also a callable (``progress(steps)`` counts steps without errors) and a context manager
    that clears its line at the end, for long tasks that take a ``tick`` callback.
    """

    def __init__(
        self,
        stream: TextIO,
        *,
        show: bool,
        label: str = "",
        total: int | None = None,
        show_errors: bool = True,
        interval: float = 0.2,
        delay: float = 0.0,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.stream = stream
        self.show = show
        self.label = label
        self.total = total
        self.show_errors = show_errors
        self.interval = interval
        self.delay = delay
        self.clock = clock
        self.start = clock()
        self.records = 0
        self.errors: Counter[str] = Counter()
        self._drawn = float("-inf")

    @property
    def elapsed(self) -> float:
        """Seconds since the start."""
        return self.clock() - self.start

    def add(self, records: int, errors: Mapping[str, int] | None = None) -> None:
        """Count a chunk of ``records``, ``errors`` of them failed (by error type)."""
        self.records += records
        if errors:
            self.errors.update(errors)
        if not self.show:
            return
        now = self.clock()
        if now - self.start >= self.delay and now - self._drawn >= self.interval:
            self._drawn = now
            self.stream.write("\r\x1b[K" + self.status(now)[:120])
            self.stream.flush()

    def __call__(self, steps: int = 1) -> None:
        """Count ``steps`` records without errors (a ``tick`` callback)."""
        self.add(steps)

    def status(self, now: float | None = None) -> str:
        """The status line: documents, documents per second, errors (at time ``now``).

        >>> clock = iter([0.0, 1.0]).__next__
        >>> p = Progress(None, show=False, label="speed", total=10, show_errors=False, clock=clock)
        >>> p(5)
        >>> p.status()
        'speed: [###############               ] 5/10 docs  5 docs/s'
        """
        elapsed = (self.clock() if now is None else now) - self.start
        rate = self.records / max(elapsed, 1e-9)
        line = f"{self.label}: " if self.label else ""
        if self.total:
            share = min(self.records / self.total, 1.0)
            line += f"[{'#' * int(share * _BAR):<{_BAR}}] {self.records:,}/{self.total:,} docs"
        else:
            line += f"{self.records:,} docs"
        line += f"  {rate:,.0f} docs/s"
        if self.show_errors:
            errors = sum(self.errors.values())
            line += f"  {errors:,} error" + "s" * (errors != 1)
        return line

    def finish(self) -> None:
        """Clear the status line (if one was drawn)."""
        if self.show and self._drawn != float("-inf"):
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._drawn = float("-inf")

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.finish()


def summary(progress: Progress, skipped: Mapping[str, int], destination: str) -> str:
    """One line: records in and out, cleaned, errors by type, what was skipped, time, output.

    >>> import io
    >>> p = Progress(io.StringIO(), show=False, clock=iter([0.0, 2.0]).__next__)
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
