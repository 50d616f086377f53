"""Bytes of an HTML page to text: the BOM, then the page's declared charset, then detection.

A page whose declared charset does not decode its bytes (a "broken charset") goes on to detection,
and text that decodes under a wrong 8-bit charset is repaired later, per paragraph, by the
mojibake normaliser.
"""

from __future__ import annotations

import codecs

import charset_normalizer
from bs4.dammit import EncodingDetector

from ..decode import Decoded, decode_bom, reject_binary

# What browsers do (the WHATWG encoding standard): these labels mean windows-1252…
_AS_CP1252 = frozenset({"iso-8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "cp819"})
# …a UTF-16 or UTF-32 page that names itself in a <meta> tag is ASCII-compatible, so UTF-8…
_AS_UTF8 = ("utf_16", "utf_32")
# …and Python codecs that are no page charset at all are ignored ("base64", "rot13", "punycode").
_NOT_CHARSETS = frozenset(
    {"unicode_escape", "raw_unicode_escape", "punycode", "idna", "undefined", "utf_7", "mbcs"}
)


def decode_page(data: bytes) -> Decoded:
    """Decode an HTML page's bytes.

    >>> decode_page('<meta charset="windows-1252"><p>caf\u00e9</p>'.encode("cp1252")).text
    '<meta charset="windows-1252"><p>café</p>'
    >>> decode_page("<p>caf\u00e9</p>".encode("utf-8")).encoding
    'utf-8'
    """
    by_bom = decode_bom(data)
    if by_bom is not None:
        return by_bom
    reject_binary(data)
    declared = _declared(data)
    if declared is not None:
        try:
            return Decoded(data.decode(declared), declared)
        except UnicodeError:  # the bytes are not in the charset the page names
            pass
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is not None and best.encoding:
        note = f"page charset {declared!r} does not decode it; " if declared else ""
        return Decoded(str(best), best.encoding, f"{note}charset detected as {best.encoding}")
    text = data.decode("cp1252", errors="replace")
    return Decoded(text, "cp1252", "page charset unknown; decoded as cp1252")


def _declared(data: bytes) -> str | None:
    """The charset a ``<meta>`` tag or XML declaration names, as a Python codec name (``None``
    when it names none, or a codec that is no text charset)."""
    raw = EncodingDetector.find_declared_encoding(data, is_html=True)
    if not raw:
        return None
    label = raw.strip().lower()
    if label in _AS_CP1252:
        return "cp1252"
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    name = info.name.replace("-", "_")
    if name.startswith(_AS_UTF8):
        return "utf-8"
    if name in _NOT_CHARSETS or not getattr(info, "_is_text_encoding", True):
        return None
    return info.name
