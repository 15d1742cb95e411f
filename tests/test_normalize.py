"""Tests for normalisation: NFKC with a map back to the input, compaction, numbers and eras."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dipmeet.normalize import _STRAY_SPACE, Text, compact, era_year, normalize_text, parse_number, stray_spaces


def test_full_width_becomes_ascii_and_maps_back():
    """（１）岡田 reads as (1)岡田, and offsets still point into the original."""
    raw = "（１）岡田大臣から"
    text = normalize_text(raw)
    assert text.text == "(1)岡田大臣から"
    span = text.span(3, 5)
    assert raw[span.start : span.end] == "岡田"


def test_crlf_and_line_separators_become_one_newline():
    """Windows line ends and Unicode separators become a single newline."""
    text = normalize_text("a\r\nb\u2028c")
    assert text.text == "a\nb\nc"
    assert text.span(4, 5).start == 5


def test_invisible_characters_vanish():
    """A byte-order mark and zero-width spaces are dropped, offsets kept."""
    raw = "\ufeff日\u200b米"
    text = normalize_text(raw)
    assert text.text == "日米"
    assert raw[text.span(1, 2).start] == "米"


def test_half_width_katakana_with_voicing_mark_composes():
    """ｶﾞ (two half-width characters) reads as ガ, mapped to its first character."""
    text = normalize_text("ｶﾞｲﾑ")
    assert text.text == "ガイム"
    assert text.span(0, 1) == text.span(0, 1).__class__(0, 2)


def test_compact_removes_stray_spaces_between_japanese_characters():
    """「期待 する旨」 reads as 期待する旨; a space before a digit stays."""
    text = compact(normalize_text("期待 する旨。 2月"))
    assert text.text == "期待する旨。 2月"
    assert text.span(2, 4).start == 3  # する starts after the removed space


@given(st.text(alphabet=["日", "ア", "a", "。", " ", "\t", "\u3000"], max_size=30))
def test_stray_spaces_finds_what_the_plain_pattern_finds(source):
    """Run by run, the stray spaces are those the look-behind pattern finds (ideographic spaces are wide too)."""
    assert stray_spaces(source) == [match.span() for match in _STRAY_SPACE.finditer(source)]


@given(st.text(alphabet=["日", "a", " ", "\t", "\u3000", "\n"], max_size=30), st.sampled_from([None, " |", "【】", ""]))
def test_strip_is_str_strip_with_the_map(source, chars):
    """Text.strip gives what str.strip gives, and keeps the offsets of what is left."""
    text = Text(source, range(len(source) + 1))
    stripped = text.strip(chars)
    assert stripped.text == source.strip(chars)
    if stripped.text:
        left = len(source) - len(source.lstrip(chars))
        assert stripped.start == left


@given(st.text(max_size=200))
def test_every_normalised_character_maps_into_the_input(raw):
    """For any input the map is monotone and within bounds."""
    text = normalize_text(raw)
    assert len(text.origin) == len(text.text) + 1
    assert all(0 <= a <= b <= len(raw) for a, b in zip(text.origin, text.origin[1:], strict=False))
    assert text.origin[-1] == len(raw)


def test_parse_number_reads_kanji_and_digits():
    """Kanji numerals, mixed forms and 元 (the first year of an era) read as numbers."""
    assert parse_number("二十四") == 24
    assert parse_number("十") == 10
    assert parse_number("百五") == 105
    assert parse_number("2,020") == 2020
    assert parse_number("元") == 1
    assert parse_number("abc") is None


def test_era_years():
    """平成22年 is 2010, 令和元年 2019, 昭和64年 1989."""
    assert era_year("平成", 22) == 2010
    assert era_year("令和", 1) == 2019
    assert era_year("昭和", 64) == 1989
    assert era_year("未来", 1) is None
