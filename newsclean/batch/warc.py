"""WARC input (``.warc``, ``.warc.gz``), read with warcio: the HTML pages of a web crawl.

A record is taken when it is an HTTP ``response`` (or a ``resource``) with an HTML content type
and, for responses, a 2xx status; its payload bytes (transfer and content encodings undone) and
its ``WARC-Target-URI`` go to the cleaner, as HTML. ``conversion`` records with plain text (the
text extracts of a crawl, as in WET files) are taken too, as text. Every other record (requests,
metadata, redirects, images…) is counted in ``skipped`` and produces no output record.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterator
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator

from .readers import InputOptions, too_large
from .records import Record, RecordError

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def warc_records(
    handle: IO[bytes], name: str, options: InputOptions, skipped: Counter[str]
) -> Iterator[Record]:
    """The HTML pages of a WARC stream as records (id: ``WARC-Record-ID``, source:
    ``name@offset``). A damaged file gives one ``unreadable`` error record where it breaks."""
    records = ArchiveIterator(handle)
    offset = 0
    try:
        for warc in records:
            skip = _skip_reason(warc)
            if skip:
                skipped[skip] += 1
                offset = records.get_record_offset() + records.get_record_length()
                continue
            record = _record(warc, options.max_bytes)  # read the payload before the offset:
            offset = records.get_record_offset()  # asking for it skips to the record's end
            source = f"{name}@{offset}"
            yield dataclasses.replace(record, id=record.id or source, source=source)
            offset += records.get_record_length()
    except Exception as exc:  # warcio raises several kinds on damaged input
        source = f"{name}@{offset}"
        message = f"cannot read {name} after offset {offset}: {type(exc).__name__}: {exc}"
        yield Record(source, source, error=RecordError("unreadable", message))


def _skip_reason(warc: Any) -> str | None:
    kind = warc.rec_type
    if kind == "conversion":
        ok = _media_type(warc.rec_headers.get_header("Content-Type")) == "text/plain"
        return None if ok else "WARC conversion record that is not text/plain"
    if kind not in ("response", "resource"):
        return f"WARC {kind} record"
    if warc.http_headers is not None:
        status = warc.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return "WARC response that is not 2xx"
        content_type = warc.http_headers.get_header("Content-Type")
    else:
        content_type = warc.rec_headers.get_header("Content-Type")
    if _media_type(content_type) not in _HTML_TYPES:
        return "WARC record that is not HTML"
    return None


def _record(warc: Any, max_bytes: int) -> Record:
    """The record of one WARC record (``source``, and ``id`` when missing, set by the caller)."""
    source = ""
    record_id = warc.rec_headers.get_header("WARC-Record-ID") or ""
    url = warc.rec_headers.get_header("WARC-Target-URI") or None
    error = too_large(warc.length or 0, max_bytes)
    if error is None:
        try:
            payload = warc.content_stream().read(max_bytes + 1 if max_bytes else -1)
        except Exception as exc:  # a damaged payload (bad chunking or compression)
            error = RecordError("unreadable", f"cannot read the payload: {exc}")
        else:
            error = too_large(len(payload), max_bytes)
            if error is None:
                text = warc.rec_type == "conversion"  # taken only when text/plain, else HTML
                return Record(record_id, source, payload, url, kind="text" if text else "html")
    return Record(record_id, source, url=url, error=error)


def _media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()
