"""Tests for reading files and bytes: HTML or text, every encoding, the release's source."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipmeet import (
    DiagnosticKind,
    ParseError,
    ReadError,
    Severity,
    Statement,
    parse,
    parse_bytes,
    parse_file,
    read_bytes,
    read_file,
)

from .conftest import corpus_dir
from .ministry import DATE, OPENING, SECTIONS, TITLE, ministry_page, page_from_text
from .test_parse import assert_spans_valid

# (charset declared in the page, codec of its bytes, whether the page is HTML5 <meta charset>)
ENCODINGS = [
    ("UTF-8", "utf-8", "charset"),
    ("Shift_JIS", "cp932", "http-equiv"),
    ("x-sjis", "cp932", "http-equiv"),
    ("EUC-JP", "euc_jp", "http-equiv"),
    (None, "utf-8", ""),
    (None, "cp932", ""),
    (None, "euc_jp", ""),
]


def _statements(release):
    found = []

    def walk(sections):
        for section in sections:
            found.extend(item for item in section.items if isinstance(item, Statement))
            walk(section.sections)

    walk(release.meetings[0].sections)
    return found


@pytest.mark.parametrize(("charset", "codec", "meta"), ENCODINGS)
def test_ministry_page_in_each_encoding(charset, codec, meta):
    """A ministry-shaped page parses to its headline, date, meeting and statements, whatever its encoding."""
    data = ministry_page(charset=charset, meta=meta or "http-equiv").encode(codec)
    release = parse_bytes(data, source="https://www.mofa.go.jp/mofaj/area/kazakhstan/visit/1003_gk.html")
    assert release.title == TITLE
    assert release.published is not None and release.published.isoformat() == "2010-03-24"
    assert release.source == "https://www.mofa.go.jp/mofaj/area/kazakhstan/visit/1003_gk.html"
    meeting = release.meetings[0]
    assert meeting.start is not None and meeting.start.isoformat() == "19:30:00"
    assert [s.text for s in _statements(release)] == [SECTIONS[0][1][0], SECTIONS[0][1][1]]
    assert [s.speaker.name if s.speaker else None for s in _statements(release)] == ["岡田", "サウダバエフ"]
    assert [s.heading for s in meeting.sections] == [SECTIONS[0][0], SECTIONS[1][0]]
    decoding = [d for d in release.diagnostics if d.kind is DiagnosticKind.DECODING]
    assert all(d.severity is not Severity.ERROR for d in decoding)
    assert bool(decoding) == (charset is None and codec != "utf-8")  # only a guess is recorded


@pytest.mark.parametrize(
    ("bom", "codec"),
    [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")],
)
def test_page_and_text_with_byte_order_mark(bom, codec):
    """A BOM is honoured for pages and plain text alike."""
    page = parse_bytes(bom + ministry_page(charset=None).encode(codec))
    text = parse_bytes(bom + f"{TITLE}\n{DATE}\n{OPENING}\n".encode(codec))
    assert page.title == text.title == TITLE
    assert page.meetings[0].date == text.meetings[0].date


def test_spans_point_into_the_text_read():
    """The release's spans point into read_bytes(data).text, the page's extracted text."""
    data = ministry_page(charset="Shift_JIS").encode("cp932")
    source = read_bytes(data)
    assert source.html and source.encoding == "cp932"
    release = parse_bytes(data)
    assert_spans_valid(source.text, release)
    assert release.title_span is not None
    assert source.text[release.title_span.start : release.title_span.end] == TITLE


def test_plain_text_is_not_taken_for_html():
    """A release text is read as text: its lines reach the parser unchanged."""
    text = f"{TITLE}\n{DATE}\n<参考>\n{OPENING}\n"
    source = read_bytes(text.encode("cp932"))
    assert not source.html
    assert source.text == text


def test_undecodable_bytes_are_a_diagnostic_not_a_crash(strict):
    """Undecodable bytes give an error diagnostic with the byte offset; strict mode raises for it."""
    head = f"{TITLE}\n{DATE}\n".encode("cp932")
    data = head + b"\x85\x20" + OPENING.encode("cp932")
    if strict:
        with pytest.raises(ParseError, match="byte offset"):
            parse_bytes(data, strict=True)
        return
    release = parse_bytes(data)
    errors = [d for d in release.diagnostics if d.kind is DiagnosticKind.DECODING]
    assert [d.severity for d in errors] == [Severity.ERROR]
    assert f"byte offset {len(head)}" in errors[0].message
    assert release.title == TITLE


def test_undecodable_page_bytes_have_no_span():
    """For a page, the offset is in the message; no span into the extracted text is claimed."""
    data = ministry_page(charset="Shift_JIS").encode("cp932").replace(b"<p>", b"<p>\x85\x20", 1)
    (diagnostic,) = (d for d in parse_bytes(data).diagnostics if d.kind is DiagnosticKind.DECODING)
    assert diagnostic.span is None
    assert "byte offset" in diagnostic.message


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b" \n\t\r\n", "only white space"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "NUL byte at byte offset 8"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
    ],
)
def test_empty_and_binary_bytes_are_a_read_error(data, message):
    """Empty, blank and binary inputs hold no release: ReadError with a reason."""
    with pytest.raises(ReadError, match=message):
        parse_bytes(data)


def test_type_errors():
    """read_bytes refuses text; parse_bytes refuses over-size input before decoding."""
    with pytest.raises(TypeError, match="takes bytes"):
        read_bytes("日米外相会談")  # type: ignore[arg-type]
    with pytest.raises(ParseError, match="size limit"):
        parse_bytes(b"x" * 50, max_size=10)


def test_parse_file_records_the_path(tmp_path, sample):
    """parse_file reads text and pages and records the path as given in Release.source."""
    text_path = tmp_path / "release.txt"
    text_path.write_text(sample, encoding="utf-8")
    page_path = tmp_path / "release.html"
    page_path.write_bytes(ministry_page(charset="EUC-JP").encode("euc_jp"))
    from_text = parse_file(text_path)
    from_page = parse_file(str(page_path))
    assert from_text.source == str(text_path)
    assert from_page.source == str(page_path)
    assert from_text.title == from_page.title == TITLE
    assert from_text == parse_file(text_path)  # the same file, the same release
    assert read_file(page_path).encoding == "euc_jp"


def test_parse_file_errors(tmp_path):
    """A missing file and a folder raise OSError; an empty file raises ReadError."""
    with pytest.raises(FileNotFoundError):
        parse_file(tmp_path / "missing.html")
    with pytest.raises(IsADirectoryError):
        parse_file(tmp_path)
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(ReadError):
        parse_file(tmp_path / "empty.txt")


def _facts(release):
    """What a page and its text must agree on: headline, dates, meetings, headings and items (markers aside)."""

    def walk(sections):
        for section in sections:
            yield ("heading", section.heading)
            for item in section.items:
                yield (type(item).__name__, item.text, getattr(item, "acts", None))
            yield from walk(section.sections)

    return (
        release.title,
        release.published,
        release.language,
        [
            (m.date, m.start, m.end, m.formats, [p.name for p in m.participants], list(walk(m.sections)))
            for m in release.meetings
        ],
    )


@pytest.mark.parametrize("folder", ["seed", "ja", "en"])
@pytest.mark.parametrize(
    ("charset", "codec"), [("UTF-8", "utf-8"), ("Shift_JIS", "cp932"), ("EUC-JP", "euc_jp"), (None, "cp932")]
)
def test_corpus_pages_parse_as_their_texts(folder, charset, codec):
    """Every corpus text, made into a ministry-shaped page in each encoding, parses to the same facts as the text."""
    checked = 0
    for path in sorted(corpus_dir(folder).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        try:
            data = page_from_text(text, charset=charset).encode(codec)
        except UnicodeEncodeError:
            continue  # a character the legacy encoding lacks (•, Hangul): such a page was never in it
        from_page = parse_bytes(data, source=path.name)
        assert _facts(from_page) == _facts(parse(text)), path.name
        assert not [
            d for d in from_page.diagnostics if d.kind is DiagnosticKind.DECODING and d.severity is Severity.ERROR
        ]
        checked += 1
    assert checked


@given(st.binary(max_size=400) | st.text(max_size=200).map(lambda t: ("<html><main>" + t).encode("cp932", "replace")))
def test_any_bytes_give_a_release_or_a_read_error(data):
    """Any bytes give a release whose spans point into the text read, or a ReadError."""
    try:
        release = parse_bytes(data)
    except ReadError:
        return
    assert_spans_valid(read_bytes(data).text, release)
