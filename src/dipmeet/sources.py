"""Files and bytes to releases: tell HTML from plain text, decode, extract the page's text, parse.

:func:`read_bytes` and :func:`read_file` give the text that :func:`dipmeet.parse`
reads (for an HTML page, the text of its release body), so that every span of
the release can be checked against it; :func:`parse_bytes` and
:func:`parse_file` do the whole journey and record in ``Release.source`` where
the release came from.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Final

import attrs

from .decode import decode, split_bom
from .errors import ParseError, ReadError
from .model import Diagnostic, Release
from .pages import is_html, page_text
from .parse import DEFAULT_MAX_SIZE, apply_strict, parse

__all__ = ["SourceText", "parse_bytes", "parse_file", "read_bytes", "read_file"]

# How far into the bytes to look for a NUL byte, the mark of a binary file.
_SNIFF_BYTES: Final = 8192
# Signatures of binary formats that may hold no NUL byte early on.
_BINARY_SIGNATURES: Final = {b"%PDF-": "a PDF document", b"PK\x03\x04": "a ZIP archive (or an Office document)"}
# An input of more bytes than this many times max_size cannot hold fewer characters than max_size.
_BYTES_PER_CHARACTER: Final = 4


@attrs.frozen(kw_only=True)
class SourceText:
    """The text of a release as read from bytes, and how it was read.

    Attributes:
        text: The text that :func:`dipmeet.parse` reads: the file's text, or
            for an HTML page the text of its release body; the spans of the
            release point into it.
        source: Where it came from (a path or address), or None.
        encoding: The Python codec that decoded the bytes (``utf-8``, ``cp932``...).
        html: True when the bytes were an HTML page.
        diagnostics: What decoding and page extraction noticed (``decoding``
            and ``html`` kinds).
    """

    text: str
    source: str | None = None
    encoding: str
    html: bool = False
    diagnostics: tuple[Diagnostic, ...] = ()


def read_bytes(data: bytes, *, source: str | None = None) -> SourceText:
    """Read the bytes of a release or of a saved page into text.

    Raises:
        ReadError: the bytes are empty (or only white space), or binary (a NUL
            byte near the start, a PDF, a ZIP archive).
        TypeError: ``data`` is not bytes.

    >>> page = '<html><meta charset="Shift_JIS"><main><h1>日米外相会談</h1></main></html>'
    >>> read_bytes(page.encode("cp932")).text
    '日米外相会談'
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        msg = f"read_bytes() takes bytes, not {type(data).__name__}"
        raise TypeError(msg)
    data = bytes(data)
    bom, body = split_bom(data)
    _refuse(body, wide=bom is not None and bom != "utf-8")
    head = body[:1024].decode(bom or "latin-1", errors="replace")
    html = is_html(head)
    decoded = decode(data, html=html)
    if not html and not decoded.text.strip():
        msg = "the file holds only white space"  # ideographic spaces (U+3000) included
        raise ReadError(msg)
    if not html:
        return SourceText(text=decoded.text, source=source, encoding=decoded.encoding, diagnostics=decoded.diagnostics)
    page = page_text(decoded.text)
    # Offsets into the page's markup mean nothing in the extracted text.
    decoding = tuple(attrs.evolve(d, span=None) for d in decoded.diagnostics)
    return SourceText(
        text=page.text, source=source, encoding=decoded.encoding, html=True, diagnostics=decoding + page.diagnostics
    )


def read_file(path: str | os.PathLike[str]) -> SourceText:
    """Read a release file (plain text or a saved HTML page) into text.

    Raises:
        OSError: the file cannot be read (``FileNotFoundError``,
            ``IsADirectoryError``, ``PermissionError``...).
        ReadError: the file is empty or binary.
    """
    with open(path, "rb") as handle:
        data = handle.read()
    return read_bytes(data, source=os.fspath(path))


def parse_bytes(
    data: bytes,
    *,
    source: str | None = None,
    published: dt.date | None = None,
    strict: bool = False,
    max_size: int = DEFAULT_MAX_SIZE,
) -> Release:
    """Parse the bytes of a release or of a saved HTML page.

    Decoding and page diagnostics come first in ``Release.diagnostics``;
    undecodable bytes are an ``error`` diagnostic, so ``strict`` raises for
    them. The release's spans point into :func:`read_bytes` ``(data).text``.

    Args:
        data: The bytes: plain text or HTML, in any encoding the ministry's
            sites have used (see :mod:`dipmeet.decode`).
        source: Where the bytes came from, recorded in ``Release.source``.
        published: As for :func:`dipmeet.parse`.
        strict: As for :func:`dipmeet.parse`.
        max_size: As for :func:`dipmeet.parse`, in characters of text; bytes
            more than four times as many are refused before decoding.

    Raises:
        ReadError: the bytes are empty or binary.
        ParseError: the input is over the size limit, or ``strict`` is set
            and there are ``error`` diagnostics.

    >>> release = parse_bytes("日米外相会談\\n平成26年7月29日\\n".encode("euc_jp"), source="a.txt")
    >>> release.title, release.published, release.source
    ('日米外相会談', datetime.date(2014, 7, 29), 'a.txt')
    """
    if len(data) > _BYTES_PER_CHARACTER * max_size:
        msg = f"the input has {len(data):,} bytes, over the size limit of {max_size:,} characters (max_size)"
        raise ParseError(msg)
    return _parse_source(read_bytes(data, source=source), published=published, strict=strict, max_size=max_size)


def parse_file(
    path: str | os.PathLike[str],
    *,
    published: dt.date | None = None,
    strict: bool = False,
    max_size: int = DEFAULT_MAX_SIZE,
) -> Release:
    """Parse a release file: plain text, or an HTML page saved from the ministry's site.

    ``Release.source`` is the path as given. The arguments and errors are those
    of :func:`parse_bytes`, and ``OSError`` when the file cannot be read.
    """
    size = os.stat(path).st_size
    if size > _BYTES_PER_CHARACTER * max_size:
        msg = f"{os.fspath(path)} has {size:,} bytes, over the size limit of {max_size:,} characters (max_size)"
        raise ParseError(msg)
    return _parse_source(read_file(path), published=published, strict=strict, max_size=max_size)


def _parse_source(source: SourceText, *, published: dt.date | None, strict: bool, max_size: int) -> Release:
    release = parse(source.text, published=published, max_size=max_size)
    release = attrs.evolve(release, source=source.source, diagnostics=source.diagnostics + release.diagnostics)
    return apply_strict(release, strict)


def _refuse(data: bytes, *, wide: bool) -> None:
    """Raise ReadError for bytes that hold no release: empty, or binary."""
    if not data.strip():
        msg = "empty file" if not data else "the file holds only white space"
        raise ReadError(msg)
    for signature, kind in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            msg = f"binary file: {kind}"
            raise ReadError(msg)
    nul = data.find(b"\x00", 0, _SNIFF_BYTES)
    if nul >= 0 and not wide:
        msg = f"binary file: a NUL byte at byte offset {nul} (UTF-16 text needs a byte order mark)"
        raise ReadError(msg)
