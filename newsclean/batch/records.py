"""One record of a corpus: its id, where it came from, its content, and the error if it has one."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol

if TYPE_CHECKING:
    from ..pipeline import InputKind

ErrorType = Literal[
    "malformed_json",
    "bad_record",
    "too_large",
    "unreadable",
    "bad_input",
    "filter_failed",
    "internal",
    "crashed",
]
"""Why a record could not be cleaned:

- ``malformed_json``: a JSONL line that is not a JSON object;
- ``bad_record``: a JSON object without the text/HTML field, or with a field of the wrong type;
- ``too_large``: more bytes than the size limit (``--max-bytes``);
- ``unreadable``: a file or WARC record that could not be read;
- ``bad_input``: content newsclean cannot read as text (binary data);
- ``filter_failed``: a filter broke its contract on this record;
- ``internal``: any other exception while cleaning it (a bug: please report it);
- ``crashed``: the worker process cleaning it died (killed, out of memory, a crash in a C
  library); only with ``jobs`` > 1, where the other records of the run are cleaned as usual.
"""

RecordId = str | int
"""A record's id: the JSONL id field (a string or an integer), a path, or a WARC record id."""


@dataclass(frozen=True, slots=True)
class RecordError:
    """Why one record has no article: a :data:`ErrorType` code and a one-line message."""

    type: ErrorType
    message: str

    def to_dict(self) -> dict[str, str]:
        """The ``error`` object of an output record."""
        return {"type": self.type, "message": self.message}


@dataclass(frozen=True, slots=True)
class Record:
    """A record ready to clean (``content`` and ``url``) or already failed (``error``).

    ``source`` says where it came from (``path``, ``path:line`` for JSONL, ``path@offset`` for
    WARC); ``passthrough`` holds the input fields copied to the output record untouched;
    ``kind`` is what the content is when the reader knows it (``"html"`` from a JSONL HTML field
    or a WARC HTML response), else ``"auto"`` (detected, see :meth:`Pipeline.run`).
    """

    id: RecordId
    source: str
    content: str | bytes | None = None
    url: str | None = None
    passthrough: Mapping[str, Any] = field(default_factory=dict)
    error: RecordError | None = None
    kind: InputKind = "auto"

    @property
    def size(self) -> int:
        """Length of the content (characters or bytes), used to size chunks of work."""
        return len(self.content) if self.content is not None else 0

    def load(self) -> Record:
        """A record is already loaded: itself."""
        return self


class Loadable(Protocol):
    """What readers yield: something small to pass to a worker process, which loads the record
    there (reading the file, parsing the JSON line), so the main process stays light."""

    @property
    def size(self) -> int:
        """About how many bytes the record holds (0 when unknown)."""

    def load(self) -> Record:
        """Read the record; failures become a :class:`Record` with an ``error``."""
