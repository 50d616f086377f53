"""Turn the caller's input into text: ``str`` passes through, ``bytes`` are decoded with care."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from .errors import InputError

BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL_BYTES = bytes([*range(9), *range(14, 32)])  # not tab, newline, CR, form feed
_BINARY_SHARE = 0.10  # more NUL/control bytes than this share and the input is not text


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text, the encoding used, and any warning the caller should see."""

    text: str
    encoding: str
    warning: str | None = None


def decode(source: str | bytes | bytearray | memoryview) -> Decoded:
    """Decode ``source`` to text.

    ``str`` is returned as it is. ``bytes`` are read by their BOM, else as UTF-8; bytes that are not
    valid UTF-8 are read as cp1252 (the usual encoding of such scraped text) with a warning, and
    bytes that look binary raise :class:`~newsclean.errors.InputError`.

    >>> decode("caf\u00e9").text
    'café'
    >>> decode("caf\u00e9".encode("cp1252")).warning
    'input is not valid UTF-8; decoded as cp1252'
    """
    if isinstance(source, str):
        return Decoded(source, "str")
    check_source(source)
    data = bytes(source)
    by_bom = decode_bom(data)
    if by_bom is not None:
        return by_bom
    reject_binary(data)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    return Decoded(text, "cp1252", "input is not valid UTF-8; decoded as cp1252")


def check_source(source: object) -> None:
    """Raise :class:`InputError` unless ``source`` is text or bytes (``str``, ``bytes``,
    ``bytearray`` or ``memoryview``), whatever kind of input it is said to be.

    >>> check_source(None)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    newsclean.errors.InputError: newsclean.clean() takes str or bytes, not NoneType; ...
    """
    if not isinstance(source, (str, bytes, bytearray, memoryview)):
        raise InputError(
            f"newsclean.clean() takes str or bytes, not {type(source).__name__};"
            " read files with open(path, 'rb').read() or pass their text"
        )


def decode_bom(data: bytes) -> Decoded | None:
    """``data`` decoded by its byte order mark, or ``None`` when it has none.

    Raises :class:`InputError` when the bytes after the mark do not decode.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"input starts with a {encoding} BOM but does not decode: {exc}"
                ) from exc
    return None


def reject_binary(data: bytes) -> None:
    """Raise :class:`InputError` when ``data`` looks binary (NUL or many control bytes)."""
    sample = data[:4096]
    if not sample:
        return
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if b"\x00" in sample or controls / len(sample) > _BINARY_SHARE:
        raise InputError(
            f"input looks binary ({controls} control bytes in the first {len(sample)});"
            " newsclean reads text"
        )
