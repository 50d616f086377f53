"""Holding Ctrl-C (SIGINT) and SIGTERM for a moment, so they land where they are handled."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager

STOP_SIGNALS = frozenset({signal.SIGINT, signal.SIGTERM})
_CAN_MASK = hasattr(signal, "pthread_sigmask")  # POSIX


@contextmanager
def held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM inside the block; one that arrives takes effect right after it.

    Used while a chunk is written (so an interruption never cuts a line in two) and while the
    worker processes are started (they inherit the held signals, then ignore Ctrl-C).
    """
    if _CAN_MASK:
        signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        yield
    finally:
        if _CAN_MASK:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)


def ignore_ctrl_c() -> None:
    """In a worker process: ignore Ctrl-C (the main process handles it), take SIGTERM again."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if _CAN_MASK:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
