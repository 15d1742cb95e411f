"""Bytes to text: byte order marks, declared charsets, detection, and undecodable bytes.

The ministry's pages span twenty years of encodings: Shift_JIS and EUC-JP in
the early years, UTF-8 since. :func:`decode` decides in this order:

1. A byte order mark (UTF-8, UTF-16, UTF-32) decides.
2. For an HTML page, the charset it declares in its first bytes
   (``<meta charset>``, ``<meta http-equiv="Content-Type">``, or an XML
   declaration) decides, read with the codec browsers use for the label:
   ``Shift_JIS`` as CP932 (with NEC and IBM characters such as ①),
   ``EUC-JP`` as EUC-JP and, failing that, EUC-JIS-2004 (circled numbers),
   ``ISO-8859-1`` and ``US-ASCII`` as Windows-1252. A declaration the bytes
   do not fit is overruled by UTF-8 or by detection, with a ``warning``.
3. Otherwise UTF-8, when the bytes are valid UTF-8.
4. Otherwise charset-normalizer guesses among the encodings the sites have
   used (CP932, EUC-JP, ISO-2022-JP, Windows-1252); the guess is recorded as
   an ``info`` diagnostic, or a ``warning`` when another encoding fitted too.
5. Bytes that no candidate decodes are decoded with U+FFFD in place of each
   bad sequence, and an ``error`` diagnostic gives their byte offsets: never
   a crash, never silent mojibake.
"""

from __future__ import annotations

import codecs
import re
from typing import Final

import attrs

from .model import Diagnostic, DiagnosticKind, Severity, Span

__all__ = ["Decoded", "decode", "split_bom"]

_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# A charset label (lower case) to the codecs that read it, tried in order. The
# Japanese labels follow browsers (WHATWG Encoding): they read Shift_JIS as
# Windows-31J (CP932) and Latin-1 as Windows-1252. Other labels go to Python's
# own codec lookup.
CHARSET_CODECS: Final[dict[str, tuple[str, ...]]] = {
    "shift_jis": ("cp932", "shift_jis_2004"),
    "shift-jis": ("cp932", "shift_jis_2004"),
    "sjis": ("cp932", "shift_jis_2004"),
    "x-sjis": ("cp932", "shift_jis_2004"),
    "ms_kanji": ("cp932", "shift_jis_2004"),
    "csshiftjis": ("cp932", "shift_jis_2004"),
    "windows-31j": ("cp932", "shift_jis_2004"),
    "cp932": ("cp932", "shift_jis_2004"),
    "ms932": ("cp932", "shift_jis_2004"),
    "x-ms-cp932": ("cp932", "shift_jis_2004"),
    "euc-jp": ("euc_jp", "euc_jis_2004"),
    "x-euc-jp": ("euc_jp", "euc_jis_2004"),
    "eucjp": ("euc_jp", "euc_jis_2004"),
    "cseucpkdfmtjapanese": ("euc_jp", "euc_jis_2004"),
    "iso-2022-jp": ("iso2022_jp", "iso2022_jp_ext"),
    "csiso2022jp": ("iso2022_jp", "iso2022_jp_ext"),
    "utf-8": ("utf-8",),
    "utf8": ("utf-8",),
    "unicode-1-1-utf-8": ("utf-8",),
    # An ASCII-compatible page cannot be UTF-16 whatever it says; browsers read UTF-8.
    "utf-16": ("utf-8",),
    "utf-16le": ("utf-8",),
    "utf-16be": ("utf-8",),
    "iso-8859-1": ("cp1252",),
    "iso8859-1": ("cp1252",),
    "latin1": ("cp1252",),
    "l1": ("cp1252",),
    "us-ascii": ("cp1252",),
    "ascii": ("cp1252",),
    "windows-1252": ("cp1252",),
}

# The encodings detection chooses among: those the ministry's sites have used.
DETECTION_CANDIDATES: Final = ("cp932", "euc_jp", "iso2022_jp", "cp1252")

# The declared charset, read from the first bytes before any decoding as
# browsers prescan them (WHATWG HTML "prescan a byte stream"): <meta charset>,
# <meta http-equiv content="...; charset=...">, then an XML declaration.
_PRESCAN_BYTES: Final = 4096
_META_CHARSET: Final = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*(?P<label>[A-Za-z0-9_.:-]+)", re.IGNORECASE)
_XML_ENCODING: Final = re.compile(rb"\s*<\?xml\b[^>]*?encoding\s*=\s*[\"'](?P<label>[A-Za-z0-9_.:-]+)", re.IGNORECASE)

# ISO-2022-JP is 7-bit, so valid UTF-8 too: its escapes into JIS X 0208 tell it apart.
_ISO_2022_JP_ESCAPE: Final = re.compile(rb"\x1b\$[@B]")

# Where decoding records more offsets than this, the rest are counted, not listed.
_MAX_OFFSETS: Final = 100
_SHOWN_OFFSETS: Final = 5


@attrs.frozen
class Decoded:
    """Text decoded from bytes, and how.

    Attributes:
        text: The text, byte order mark removed.
        encoding: The Python codec that decoded it (``utf-8``, ``cp932``, ``euc_jp``...).
        diagnostics: ``decoding`` diagnostics: a guessed encoding, a declaration
            overruled, undecodable bytes (spans point into ``text``).
    """

    text: str
    encoding: str
    diagnostics: tuple[Diagnostic, ...] = ()


def split_bom(data: bytes) -> tuple[str | None, bytes]:
    """Split off a byte order mark; return its codec (or None) and the bytes after it.

    >>> split_bom(b"\\xef\\xbb\\xbf\\xe6\\x97\\xa5")
    ('utf-8', b'\\xe6\\x97\\xa5')
    """
    for mark, codec in _BOMS:
        if data.startswith(mark):
            return codec, data[len(mark) :]
    return None, data


def decode(data: bytes, *, html: bool = False) -> Decoded:
    """Decode the bytes of a release or a page (the module docstring gives the order).

    Args:
        data: The bytes, with or without a byte order mark.
        html: The bytes are an HTML page: honour the charset it declares.

    >>> decode("外相会談".encode("cp932")).text
    '外相会談'
    >>> decode(b'<meta charset="euc-jp">' + "会談".encode("euc_jp"), html=True).encoding
    'euc_jp'
    """
    bom, body = split_bom(data)
    if bom is not None:
        return _decode_lossy(body, bom, why=f"a {bom.upper()} byte order mark")
    label = declared_charset(body) if html else None
    if label is not None:
        return _decode_declared(body, label)
    if _ISO_2022_JP_ESCAPE.search(body):
        text = _strict(body, "iso2022_jp")
        if text is not None:
            return Decoded(text, "iso2022_jp")
    text = _strict(body, "utf-8")
    if text is not None:
        return Decoded(text, "utf-8")
    return _detect(body, why="no charset is declared and the bytes are not UTF-8", doubt=False)


def declared_charset(data: bytes) -> str | None:
    """The charset label an HTML page declares in its first bytes, lower-cased, or None.

    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">')
    'shift_jis'
    """
    head = data[:_PRESCAN_BYTES]
    match = _META_CHARSET.search(head) or _XML_ENCODING.match(head)
    return match["label"].decode("ascii").lower() if match else None


def _codecs_for(label: str) -> tuple[str, ...] | None:
    if label in CHARSET_CODECS:
        return CHARSET_CODECS[label]
    try:
        return (codecs.lookup(label).name,)
    except LookupError:
        return None


def _decode_declared(data: bytes, label: str) -> Decoded:
    candidates = _codecs_for(label)
    if candidates is None:
        return _detect(data, why=f"the page declares an unknown charset {label!r}", doubt=True)
    for codec in candidates:
        text = _strict(data, codec)
        if text is not None and not _single_byte_misfit(data, codec):
            return Decoded(text, codec)
    text = _strict(data, "utf-8")
    if text is not None:
        diagnostic = _diagnostic(
            Severity.WARNING, f"the page declares {label!r} but its bytes are UTF-8; read as UTF-8"
        )
        return Decoded(text, "utf-8", (diagnostic,))
    return _detect(
        data, why=f"the page declares {label!r} but its bytes do not fit it", doubt=True, fallback=candidates[0]
    )


def _single_byte_misfit(data: bytes, codec: str) -> bool:
    """A single-byte charset decodes any bytes: distrust it when Japanese fits them better.

    Pages labelled ISO-8859-1 by an old server default while written in
    Shift_JIS would otherwise turn into silent mojibake.
    """
    if codec != "cp1252" or data.isascii():
        return False
    guess = _best_guess(data)
    return guess is not None and guess[0] != "cp1252"


def _detect(data: bytes, *, why: str, doubt: bool, fallback: str = "utf-8") -> Decoded:
    """Decode with charset-normalizer's guess: ``info`` when only it fits, else ``warning`` (so when ``doubt``)."""
    guess = _best_guess(data)
    if guess is None:
        return _decode_lossy(data, _fewest_errors(data, fallback), why=why)
    codec, others = guess
    message = f"{why}; detected {codec}" + (f" (also possible: {', '.join(others)})" if others else "")
    severity = Severity.WARNING if doubt or others else Severity.INFO
    return Decoded(data.decode(codec), codec, (_diagnostic(severity, message),))


def _best_guess(data: bytes) -> tuple[str, tuple[str, ...]] | None:
    """charset-normalizer's best candidate that decodes cleanly, and the other candidates."""
    from charset_normalizer import from_bytes

    results = [match.encoding for match in from_bytes(data, cp_isolation=list(DETECTION_CANDIDATES))]
    fitting = [codec for codec in results if _strict(data, codec) is not None]
    if not fitting:
        return None
    return fitting[0], tuple(fitting[1:])


def _fewest_errors(data: bytes, first: str) -> str:
    """Of the likely codecs, the one that leaves the fewest undecodable bytes (``first`` wins ties)."""
    options = dict.fromkeys((first, "utf-8", "cp932", "euc_jp"))
    return min(options, key=lambda codec: data.decode(codec, errors="replace").count("\ufffd"))


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _decode_lossy(data: bytes, codec: str, *, why: str) -> Decoded:
    """Decode, putting U+FFFD for each bad byte sequence and recording where each one was."""
    pieces: list[str] = []
    offsets: list[tuple[int, int]] = []  # (byte offset, character offset)
    position = length = 0
    while True:
        try:
            piece = data[position:].decode(codec)
        except UnicodeDecodeError as error:
            if len(offsets) >= _MAX_OFFSETS:
                piece = data[position:].decode(codec, errors="replace")
                pieces.append(piece)
                offsets.extend((-1, -1) for _ in range(piece.count("\ufffd")))
                break
            good = data[position : position + error.start].decode(codec, errors="replace")
            pieces.extend((good, "\ufffd"))
            offsets.append((position + error.start, length + len(good)))
            length += len(good) + 1
            position += max(error.end, error.start + 1)
            continue
        pieces.append(piece)
        break
    text = "".join(pieces)
    if not offsets:
        return Decoded(text, codec)
    return Decoded(text, codec, (_undecodable(offsets, codec, why),))


def _undecodable(offsets: list[tuple[int, int]], codec: str, why: str) -> Diagnostic:
    listed = [str(byte) for byte, _ in offsets[:_SHOWN_OFFSETS] if byte >= 0]
    more = len(offsets) - len(listed)
    where = ", ".join(listed) + (f" and {more} more" if more else "")
    first = offsets[0][1]
    message = (
        f"{len(offsets)} undecodable byte sequence(s) at byte offset {where}, read as {codec} ({why}); "
        "each replaced with U+FFFD"
    )
    return _diagnostic(Severity.ERROR, message, Span(first, first + 1), rule="undecodable_bytes")


def _diagnostic(severity: Severity, message: str, span: Span | None = None, *, rule: str = "charset") -> Diagnostic:
    return Diagnostic(DiagnosticKind.DECODING, severity, message, span, rule)
