"""Property tests: any text and edited real releases parse, with valid spans and nothing dropped.

"Nothing dropped" is the accounting property. A character of the input is
*blank* when ``str.isspace()`` is true for it or it is one of the invisible
characters that normalisation deletes (zero-width space, non-joiner and
joiner, word joiner, byte-order mark, soft hyphen). Every other character lies
inside at least one of: the title span, the subtitle span, the date-line span,
a meeting's opening span, a participant's span, a section's numbering span or
heading span, an item's span, or a diagnostic's span.
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
import json
import re
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipmeet import ParseError, Release, Section, SerializationError, Severity, Span, from_json, parse, to_json
from dipmeet.cli import sample_text

from .conftest import corpus_dir
from .test_parse import JAPANESE_PIECES, assert_spans_valid

INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_VISIBLE = re.compile(rf"[^\s{INVISIBLE}]")


def accounting_spans(release: Release) -> Iterator[Span]:
    """Every span that accounts for input text, as the module docstring lists them."""
    for span in (release.title_span, release.subtitle_span, release.published_span):
        if span is not None:
            yield span
    yield from (d.span for d in release.diagnostics if d.span is not None)
    for meeting in release.meetings:
        if meeting.span is not None:
            yield meeting.span
        yield from (p.span for p in meeting.participants if p.span is not None)
        yield from _section_spans(meeting.sections)


def _section_spans(sections: tuple[Section, ...]) -> Iterator[Span]:
    for section in sections:
        for span in (section.marker_span, section.heading_span):
            if span is not None:
                yield span
        yield from (item.span for item in section.items)
        yield from _section_spans(section.sections)


def unaccounted_text(text: str, release: Release) -> list[tuple[int, str]]:
    """The visible characters no accounting span covers, with their offsets (linear: gaps only)."""
    missing = []
    position = 0
    for start, end in [*sorted((s.start, s.end) for s in accounting_spans(release)), (len(text), len(text))]:
        if start > position:
            missing.extend((m.start(), m.group()) for m in _VISIBLE.finditer(text, position, start))
        position = max(position, end)
    return missing


def assert_accounted(text: str, release: Release) -> None:
    """Every visible character of ``text`` is accounted for by ``release``."""
    missing = unaccounted_text(text, release)
    assert not missing, f"{len(missing)} characters unaccounted for, first {missing[:10]}"


def assert_sound(text: str, release: Release) -> None:
    """The properties every parse must have: a release, valid spans, nothing dropped, a JSON round trip."""
    assert isinstance(release, Release)
    assert_spans_valid(text, release)
    assert_accounted(text, release)
    assert from_json(to_json(release)) == release


def test_blank_is_what_normalisation_removes():
    """The invisible characters the property ignores are exactly those normalisation deletes."""
    from dipmeet.account import BLANK
    from dipmeet.normalize import _INVISIBLE

    assert set(INVISIBLE) == set(_INVISIBLE)
    whitespace = {chr(c) for c in range(0x110000) if chr(c).isspace()}
    assert set(BLANK) == whitespace | set(INVISIBLE)


@given(st.text(max_size=300))
def test_any_text_is_accounted_for(text):
    """Any string parses into a release that accounts for every visible character."""
    assert_sound(text, parse(text))


ANY_CODE_POINT = st.characters(codec=None, categories=None)


@given(st.text(ANY_CODE_POINT, max_size=200))
def test_any_code_point_including_lone_surrogates(text):
    """Lone surrogates, private-use and unassigned code points parse like anything else."""
    release = parse(text)
    assert_spans_valid(text, release)
    assert_accounted(text, release)


JUNK = st.sampled_from(
    [
        "(",
        ")",
        "「",
        "」",
        "【",
        "】",
        "。",
        "、",
        "\x00",
        "\r",
        "\u200b",
        "\ufeff",
        "ｶﾞ",
        "㍻",
        "ﷺ",
        "😀",
        "\u202e",
        "|",
    ]
)


@given(st.lists(JAPANESE_PIECES | JUNK | st.text(max_size=5), max_size=50).map("".join))
def test_release_shaped_text_is_accounted_for(text):
    """Text made of pieces of releases and junk is read with nothing dropped."""
    assert_sound(text, parse(text))


@given(
    st.lists(JAPANESE_PIECES, max_size=30).map("".join),
    st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)) | st.none(),
)
def test_strict_either_returns_or_raises_parse_error(text, published):
    """Strict mode gives a release or a ParseError carrying error diagnostics, never another exception."""
    try:
        release = parse(text, published=published, strict=True)
    except ParseError as error:
        assert error.diagnostics
        assert all(d.severity is Severity.ERROR for d in error.diagnostics)
    else:
        assert_accounted(text, release)


@functools.cache
def _corpus(folder: str) -> tuple[str, ...]:
    return tuple(path.read_text(encoding="utf-8") for path in sorted(corpus_dir(folder).glob("*.txt")))


@pytest.fixture(scope="module")
def releases() -> tuple[str, ...]:
    """The texts of the shared corpus, Japanese and English (skips when ../shared is absent)."""
    return _corpus("seed") + _corpus("ja") + _corpus("en")


@pytest.mark.parametrize("folder", ["seed", "ja", "en"])
def test_real_releases_are_accounted_for(folder):
    """Every real release accounts for every visible character."""
    for text in _corpus(folder):
        release = parse(text)
        assert_spans_valid(text, release)
        assert_accounted(text, release)


@pytest.mark.parametrize("folder", ["seed", "ja"])
def test_japanese_pipeline_reads_every_word_itself(folder):
    """On real Japanese releases no text with letters or digits is left for the accounting stage to report."""
    for text in _corpus(folder):
        left = [d for d in parse(text).diagnostics if d.rule == "unaccounted" and d.severity is not Severity.INFO]
        assert not left, [d.message for d in left]


def _edit(data: st.DataObject, text: str) -> str:
    """Apply one to four random edits: cut, duplicate or shuffle lines, delete characters, insert junk, truncate."""
    for _ in range(data.draw(st.integers(1, 4), label="edits")):
        lines = text.split("\n")
        operation = data.draw(st.sampled_from(["cut", "duplicate", "shuffle", "delete", "insert", "truncate"]))
        if operation == "cut" and lines:
            del lines[data.draw(st.integers(0, len(lines) - 1))]
            text = "\n".join(lines)
        elif operation == "duplicate" and lines:
            index = data.draw(st.integers(0, len(lines) - 1))
            lines[index:index] = [lines[index]] * data.draw(st.integers(1, 3))
            text = "\n".join(lines)
        elif operation == "shuffle":
            text = "\n".join(data.draw(st.permutations(lines)))
        elif operation == "delete" and text:
            start = data.draw(st.integers(0, len(text) - 1))
            text = text[:start] + text[start + data.draw(st.integers(1, 20)) :]
        elif operation == "insert":
            at = data.draw(st.integers(0, len(text)))
            junk = data.draw(st.lists(JUNK | JAPANESE_PIECES | st.text(max_size=8), min_size=1, max_size=4))
            text = text[:at] + "".join(junk) + text[at:]
        elif operation == "truncate":
            text = text[: data.draw(st.integers(0, len(text)))]
    return text


@given(data=st.data())
def test_edited_real_releases_are_accounted_for(releases, data):
    """Real releases with lines cut, duplicated or shuffled, characters deleted and junk inserted stay sound."""
    text = _edit(data, data.draw(st.sampled_from(releases), label="release"))
    assert_sound(text, parse(text))


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)


@given(JSON_VALUES)
def test_any_json_gives_a_release_or_a_serialization_error(value):
    """from_json on any JSON value returns a whole Release or raises SerializationError, nothing else."""
    try:
        release = from_json(json.dumps(value))
    except SerializationError as error:
        assert error.errors and all("@ $" in line for line in error.errors)
    else:
        assert isinstance(release, Release)


@functools.cache
def _sample_data() -> dict:
    return json.loads(to_json(parse(sample_text())))


def _paths(value: object, path: tuple = ()) -> Iterator[tuple]:
    """Every path into a JSON value (keys and indexes), the value itself first."""
    yield path
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _paths(child, (*path, index))


@given(st.data())
def test_a_release_with_one_value_replaced_is_read_whole_or_refused(data):
    """Replace one value anywhere in the sample's JSON: from_json gives a whole Release or a SerializationError."""
    document = copy.deepcopy(_sample_data())
    path = data.draw(st.sampled_from(list(_paths(document))[1:]), label="path")
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = data.draw(JSON_VALUES, label="value")
    try:
        release = from_json(json.dumps(document))
    except SerializationError as error:
        assert any("@ $" in line for line in error.errors)
    else:
        assert from_json(to_json(release)) == release
