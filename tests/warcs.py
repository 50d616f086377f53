"""Build small WARC files at test time with warcio (no binary fixtures)."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PAGE = (
    b"<html><head><title>Harbour bridge reopens</title></head><body><article>"
    b"<h1>Harbour bridge reopens</h1><p>The harbour bridge reopened on Friday after six months "
    b"of repairs, the council said.</p></article></body></html>"
)


def write_warc(path: Path, records: list[tuple[str, str, bytes, str | None]], *, gz: bool) -> None:
    """Write ``(kind, url, payload, http_status_and_type)`` records. ``kind`` is a WARC type;
    for ``response`` the last item is ``"200 text/html"``-style (status, content type); for
    ``resource`` and ``conversion`` it is the record's content type."""
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=gz)
        for kind, url, payload, spec in records:
            http = None
            headers = None
            if kind in ("response", "request"):
                status, _, ctype = (spec or "200 text/html").partition(" ")
                statusline = (
                    f"{status} OK"
                    if kind == "response"
                    else f"GET /{url.rsplit('/', 1)[-1]} HTTP/1.1"
                )
                fields = [("Content-Type", ctype)] if kind == "response" else [("Host", "x")]
                protocol = "HTTP/1.1" if kind == "response" else ""
                http = StatusAndHeaders(statusline, fields, protocol=protocol)
            elif spec:
                headers = {"Content-Type": spec}
            record = writer.create_warc_record(
                url,
                kind,
                payload=io.BytesIO(payload),
                http_headers=http,
                warc_content_type=(headers or {}).get("Content-Type", ""),
            )
            writer.write_record(record)


def html_response(url: str, body: bytes = PAGE) -> tuple[str, str, bytes, str | None]:
    return ("response", url, body, "200 text/html; charset=utf-8")
