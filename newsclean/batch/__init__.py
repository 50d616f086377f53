"""Cleaning a corpus: read records from files, folders, JSONL and WARC, clean them in a process
pool (order preserved, one output record per input record), and write JSONL atomically.

The ``newsclean`` command is built on these pieces; they work the same from Python:

>>> from newsclean import Pipeline
>>> from newsclean.batch import Record, clean_records
>>> records = [Record("a", "example", "Skip to content\\n\\nThe bridge reopened.")]
>>> [chunk.count for chunk in clean_records(records, Pipeline.default())]
[1]
"""

from __future__ import annotations

from .output import JsonlOutput, ResumeError, atomic_write, skip_written
from .progress import Progress, summary
from .readers import DEFAULT_MAX_BYTES, InputOptions, read_inputs
from .records import ErrorType, Loadable, Record, RecordError
from .runner import Chunk, clean_records, output_line

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Chunk",
    "ErrorType",
    "InputOptions",
    "JsonlOutput",
    "Loadable",
    "Progress",
    "Record",
    "RecordError",
    "ResumeError",
    "atomic_write",
    "clean_records",
    "output_line",
    "read_inputs",
    "skip_written",
    "summary",
]
