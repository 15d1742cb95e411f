"""Tests for decoding: byte order marks, declared charsets, detection, undecodable bytes."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipmeet import DiagnosticKind, Severity
from dipmeet.decode import declared_charset, decode, split_bom

# A line of the 2010 Japan–Kazakhstan readout, with a circled number (an NEC character in CP932).
LINE = "① 岡田大臣から、サウダバエフ国務長官兼外相の訪日を歓迎する旨述べました。"
PLAIN = "岡田大臣から、サウダバエフ国務長官兼外相の訪日を歓迎する旨述べました。"


def _meta(charset: str) -> bytes:
    return f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'.encode()


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
    ],
)
def test_byte_order_mark_decides(bom, codec):
    """A BOM names the encoding, even against a declaration, and is removed."""
    data = bom + ('<meta charset="Shift_JIS">' + LINE).encode(codec)
    decoded = decode(data, html=True)
    assert decoded.text == '<meta charset="Shift_JIS">' + LINE
    assert decoded.encoding == codec
    assert decoded.diagnostics == ()


@pytest.mark.parametrize(
    ("label", "codec", "encode_as"),
    [
        ("Shift_JIS", "cp932", "cp932"),
        ("x-sjis", "cp932", "cp932"),
        ("EUC-JP", "euc_jis_2004", "euc_jis_2004"),
        ("euc-jp", "euc_jp", "euc_jp"),
        ("ISO-2022-JP", "iso2022_jp", "iso2022_jp"),
        ("utf-8", "utf-8", "utf-8"),
    ],
)
def test_declared_charset_is_read_as_browsers_read_it(label, codec, encode_as):
    """Shift_JIS reads as CP932 (①), EUC-JP falls back to EUC-JIS-2004 for ①; no diagnostic."""
    text = PLAIN if encode_as in ("euc_jp", "iso2022_jp") else LINE  # these have no circled numbers
    decoded = decode(_meta(label) + text.encode(encode_as), html=True)
    assert decoded.text.endswith(text)
    assert decoded.encoding == codec
    assert decoded.diagnostics == ()


def test_meta_charset_and_xml_declaration_are_found():
    """<meta charset>, http-equiv and an XML declaration are read from the first bytes."""
    assert declared_charset(b'<!DOCTYPE html><html><head><meta charset="EUC-JP">') == "euc-jp"
    assert declared_charset(b"<META HTTP-EQUIV=Content-Type CONTENT='text/html;charset=x-sjis'>") == "x-sjis"
    assert declared_charset(b'<?xml version="1.0" encoding="Shift_JIS"?>\n<html>') == "shift_jis"
    assert declared_charset(b"<html><head><title>x</title>") is None


def test_declaration_is_ignored_for_plain_text():
    """A plain text file is not searched for a meta tag."""
    data = b'<meta charset="cp1252"> ' + PLAIN.encode("utf-8")
    assert decode(data, html=False).encoding == "utf-8"


def test_wrong_declaration_overruled_by_utf8_with_a_warning():
    """A page that says Shift_JIS but is UTF-8 is read as UTF-8, and a warning says so."""
    decoded = decode(_meta("Shift_JIS") + LINE.encode("utf-8"), html=True)
    assert decoded.text.endswith(LINE)
    assert decoded.encoding == "utf-8"
    (diagnostic,) = decoded.diagnostics
    assert (diagnostic.kind, diagnostic.severity) == (DiagnosticKind.DECODING, Severity.WARNING)
    assert "'shift_jis'" in diagnostic.message


def test_latin1_label_on_japanese_bytes_is_overruled():
    """A server's ISO-8859-1 default on a Shift_JIS page is not silent mojibake: detection overrules it."""
    decoded = decode(_meta("ISO-8859-1") + PLAIN.encode("cp932"), html=True)
    assert decoded.text.endswith(PLAIN)
    assert decoded.encoding == "cp932"
    assert [d.severity for d in decoded.diagnostics] == [Severity.WARNING]


def test_latin1_label_on_english_bytes_is_kept():
    """An English page declared ISO-8859-1 is read as Windows-1252 (curly quotes), as browsers do."""
    text = "Foreign Minister Okada \u201cwelcomed\u201d the visit."
    decoded = decode(_meta("ISO-8859-1") + text.encode("cp1252"), html=True)
    assert decoded.text.endswith(text)
    assert decoded.encoding == "cp1252"


def test_unknown_label_falls_back_to_detection():
    """An unknown charset label gives a warning and a detected encoding."""
    decoded = decode(_meta("x-unknown-jp") + PLAIN.encode("cp932"), html=True)
    assert decoded.text.endswith(PLAIN)
    assert decoded.diagnostics[0].severity is Severity.WARNING
    assert "x-unknown-jp" in decoded.diagnostics[0].message


def test_utf8_without_declaration_needs_no_diagnostic():
    """Undeclared UTF-8 is read as UTF-8 quietly."""
    decoded = decode(PLAIN.encode("utf-8"))
    assert (decoded.text, decoded.encoding, decoded.diagnostics) == (PLAIN, "utf-8", ())


@pytest.mark.parametrize("codec", ["cp932", "euc_jp"])
def test_undeclared_japanese_is_detected(codec):
    """Undeclared Shift_JIS and EUC-JP are detected, and the guess is recorded."""
    decoded = decode(PLAIN.encode(codec) * 3)
    assert decoded.text == PLAIN * 3
    assert decoded.encoding == codec
    (diagnostic,) = decoded.diagnostics
    assert diagnostic.kind is DiagnosticKind.DECODING
    assert diagnostic.severity in (Severity.INFO, Severity.WARNING)
    assert codec in diagnostic.message


def test_iso_2022_jp_is_not_taken_for_utf8():
    """ISO-2022-JP is valid 7-bit ASCII, yet its escapes are recognised."""
    assert decode(PLAIN.encode("iso2022_jp")).text == PLAIN


def test_undecodable_bytes_give_an_error_with_the_byte_offset():
    """A bad byte is replaced by U+FFFD; an error diagnostic names its byte offset and points at it."""
    good = "会談".encode("cp932")
    data = good + b"\x85\x20" + PLAIN.encode("cp932")  # 0x85 0x20 is no CP932 character
    decoded = decode(_meta("Shift_JIS") + data, html=True)
    (diagnostic,) = decoded.diagnostics
    assert diagnostic.severity is Severity.ERROR
    offset = len(_meta("Shift_JIS")) + len(good)
    assert f"byte offset {offset}" in diagnostic.message
    assert diagnostic.span is not None
    assert decoded.text[diagnostic.span.start : diagnostic.span.end] == "\ufffd"
    assert PLAIN in decoded.text


def test_many_undecodable_bytes_are_counted_not_listed():
    """Past the first offsets, the message counts the rest."""
    data = b"\xff".join([PLAIN.encode("utf-8")] * 150)
    decoded = decode(data)
    (diagnostic,) = decoded.diagnostics
    assert diagnostic.message.startswith("149 undecodable byte sequence(s)")
    assert "and 144 more" in diagnostic.message
    assert decoded.text.count("\ufffd") == 149


def test_split_bom():
    """split_bom returns the codec and the bytes after the mark, or None and the bytes."""
    assert split_bom(codecs.BOM_UTF16_LE + b"a\x00") == ("utf-16-le", b"a\x00")
    assert split_bom(b"abc") == (None, b"abc")


@given(st.binary(max_size=300), st.booleans())
def test_any_bytes_decode_without_crashing(data, html):
    """Any bytes decode to text; valid UTF-8 without a BOM comes back as it was."""
    decoded = decode(data, html=html)
    assert isinstance(decoded.text, str)
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and not html:
        try:
            expected = data.decode("utf-8")
        except UnicodeDecodeError:
            return
        if b"\x1b$" not in data:  # ISO-2022-JP escapes are read as such
            assert decoded.text == expected
    for diagnostic in decoded.diagnostics:
        if diagnostic.span is not None:
            assert decoded.text[diagnostic.span.start : diagnostic.span.end] == "\ufffd"
