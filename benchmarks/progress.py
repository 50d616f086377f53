"""A progress bar on stderr, shown only on a terminal and only once a step has run a while."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Count steps of a long task; draw a bar on ``stream`` when it is a TTY after ``delay`` s.

    ``total`` may be ``None`` (unknown): then the count and rate are shown without a bar. Off a
    terminal (CI logs, pipes) it draws nothing, so the output stays clean.
    """

    def __init__(
        self,
        label: str,
        total: int | None = None,
        *,
        stream: TextIO | None = None,
        delay: float = 1.0,
        enabled: bool | None = None,
    ) -> None:
        self.label, self.total, self.count = label, total, 0
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.start = time.monotonic()
        self.delay = delay
        self._drawn_at = 0.0
        self._drawn = False

    def __call__(self, steps: int = 1) -> None:
        """Advance by ``steps``; redraw at most ten times a second."""
        self.count += steps
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.start >= self.delay and now - self._drawn_at >= 0.1:
            self._drawn_at = now
            self._draw(now)

    def line(self, now: float | None = None) -> str:
        """The bar as text (without the carriage return)."""
        elapsed = max((now or time.monotonic()) - self.start, 1e-9)
        rate = f"{self.count / elapsed:,.0f}/s"
        if not self.total:
            return f"{self.label}: {self.count:,} ({rate})"
        share = min(self.count / self.total, 1.0)
        bar = "#" * int(share * 30)
        return f"{self.label}: [{bar:<30}] {self.count:,}/{self.total:,} ({rate})"

    def _draw(self, now: float) -> None:
        self.stream.write("\r" + self.line(now)[:120] + "\x1b[K")
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        """Clear the bar's line if one was drawn."""
        if self._drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._drawn = False

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
