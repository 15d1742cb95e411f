"""The shortcuts of the Japanese front stages agree with the plain computations they stand for.

In the style of :mod:`tests.test_quick_checks`: each is compared with the
plain code on real text (the sample and the shared corpora where present)
and on arbitrary text.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipmeet.cli import sample_text
from dipmeet.meeting import _attended_ends, _topics_tail_starts
from dipmeet.normalize import (
    _STRAY_SPACE,
    _UNCHANGED_BREAKS_OR_INVISIBLE,
    Text,
    _changes_even_if_nfkc,
    compact,
    normalize_text,
)
from dipmeet.rules import ja, last_characters, rules_at
from dipmeet.rules._analysis import _SPACE_CHARACTERS
from dipmeet.segment import anchored_rules, split_lines, split_sentences

from .conftest import CORPUS


def _corpus_texts() -> list[str]:
    texts = [sample_text()]
    for language in ("ja", "en"):
        folder = CORPUS / language
        if folder.is_dir():
            texts += [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]
    return texts


_TEXTS = _corpus_texts()
# Line breaks, invisible characters and their neighbours, for arbitrary text.
_BREAKY = "\r\n\x0b\x0c\x1b\x1c\x1d\x1e\x1f\x84\x85\x86\u2027\u2028\u2029\u202a\ufeff\ufefe\u200a\u200b\u200c\u200d\u200e\u205f\u2060\u00ac\u00ad\u00aeab日本 "


def test_changes_even_if_nfkc_is_the_pattern_on_real_texts():
    for text in _TEXTS:
        assert _changes_even_if_nfkc(text) == bool(_UNCHANGED_BREAKS_OR_INVISIBLE.search(text))
        for char in "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\ufeff\u200b\u200c\u200d\u2060\u00ad":
            changed = text[:50] + char + text[50:]
            assert _changes_even_if_nfkc(changed) and _UNCHANGED_BREAKS_OR_INVISIBLE.search(changed)


@given(st.text(alphabet=_BREAKY, max_size=30) | st.text(max_size=30))
def test_changes_even_if_nfkc_on_any_text(text):
    assert _changes_even_if_nfkc(text) == bool(_UNCHANGED_BREAKS_OR_INVISIBLE.search(text))


def test_changes_even_if_nfkc_on_every_character():
    for code in range(0x3000):
        char = chr(code)
        assert _changes_even_if_nfkc(char) == bool(_UNCHANGED_BREAKS_OR_INVISIBLE.search(char))
    for code in range(0xFE00, 0x10000):
        char = chr(code)
        assert _changes_even_if_nfkc(char) == bool(_UNCHANGED_BREAKS_OR_INVISIBLE.search(char))


def _plain_compact(text: Text) -> tuple[str, list[int]]:
    """The plain computation: the pattern's matches cut out of the text and its map."""
    kept = [True] * len(text.text)
    for match in _STRAY_SPACE.finditer(text.text):
        kept[match.start() : match.end()] = [False] * (match.end() - match.start())
    origin = [text.origin[i] for i, keep in enumerate(kept) if keep] + [text.origin[len(text.text)]]
    return "".join(char for char, keep in zip(text.text, kept, strict=True) if keep), origin


def _check_compact_twice(text: Text) -> None:
    first = compact(text)
    again = compact(text)
    assert again is first  # kept on the text, not worked out again
    plain, origin = _plain_compact(text)
    assert first.text == plain
    assert list(first.origin) == origin
    assert first.raw is text.raw
    if first.text == text.text:
        assert first is text  # as before: a text with no stray space is its own compact form
    assert text._compacted is not text  # no text refers to itself


def test_compact_kept_on_the_text_is_the_plain_compaction_on_real_lines():
    for raw in _TEXTS:
        for line in split_lines(normalize_text(raw)):
            _check_compact_twice(line)


@given(st.text(alphabet=" \t\u3000日本ab、。", max_size=20))
def test_compact_kept_on_the_text_on_any_text(raw):
    text = normalize_text(raw)
    _check_compact_twice(text)
    _check_compact_twice(text.slice(min(1, len(text.text))))


def test_space_characters_are_what_backslash_s_matches():
    spaces = {chr(code) for code in range(0x110000) if re.match(r"\s", chr(code))}
    assert spaces == _SPACE_CHARACTERS


def _noise_and_marker_tables():
    return [("NOISE_LINE_RULES", ja.NOISE_LINE_RULES), ("MARKER_RULES", ja.MARKER_RULES)]


# Characters of table debris, white space, captions and lines, for arbitrary lines.
_DEBRIS = " \t\u3000|!()[]<>*#-・•写真提供:画像1。日本トップページへ戻るEnglishPDFa"


@pytest.mark.parametrize(("name", "table"), _noise_and_marker_tables())
def test_nonempty_last_characters_hold_the_end_of_every_longer_match(name, table):
    """Every match of one character or more ends with one of the characters last_characters(nonempty=True) gives."""
    texts = [line.text for raw in _TEXTS[:80] for line in split_lines(normalize_text(raw))]
    texts += ["| |", "[ ]", "  ", "(写真提供:内閣広報室)", "- (写真1)握手", "写真提供:外務省", "#"]
    for rule in table:
        last = last_characters(rule.pattern, nonempty=True)
        if last is None:
            continue
        for text in texts:
            for start in range(len(text)):
                match = rule.pattern.match(text, start)
                if match and match.end() > start:
                    assert text[match.end() - 1] in last, (name, rule.name, text)
                whole = rule.pattern.fullmatch(text, start)
                if whole and whole.end() > start:
                    assert text[-1] in last, (name, rule.name, text)


@given(st.text(alphabet=_DEBRIS, min_size=1, max_size=30))
def test_whole_match_rules_on_debris_and_white_space(text):
    """The noise table's rules listed for a whole line find every whole match rules_at's rules find."""
    table = ja.NOISE_LINE_RULES
    whole = [entry[0] for entry in anchored_rules(table).whole(text)]
    assert [rule for rule in rules_at(table, text) if rule.pattern.fullmatch(text)] == [
        rule for rule in whole if rule.pattern.fullmatch(text)
    ]


@given(st.text(alphabet=_DEBRIS, max_size=12))
def test_nonempty_last_characters_of_patterns_that_may_match_nothing(text):
    """last_characters(nonempty=True) of nullable patterns holds the end of each longer whole match."""
    for source in (r"[\s|!\[\]()<>*#]*", r"(?:写真|\s)*", r"(?:a|)(?:[|(]?)", r"\s?(?:PDF)?"):
        pattern = re.compile(source)
        last = last_characters(pattern, nonempty=True)
        assert last is not None
        assert last_characters(pattern) is None  # without nonempty: none, as before
        if text and pattern.fullmatch(text):
            assert text[-1] in last, (source, text)


def _plain_tail_starts(text: str) -> list[tuple[int, ...]]:
    """The starts _topics_start read before: each TOPICS_TAIL match, and one past its 等."""
    return [
        (tail.start(), tail.start() + 1) if text.startswith("等", tail.start()) else (tail.start(),)
        for tail in ja.TOPICS_TAIL.finditer(text)
    ]


def test_topics_tail_starts_are_those_of_the_tail_pattern_on_real_text():
    for raw in _TEXTS:
        text = normalize_text(raw).text
        assert list(_topics_tail_starts(text)) == _plain_tail_starts(text)
    for text in ("等につき意見交換", "等等について議論", "意見交換等につき意見交換", "につき議論等につき議論"):
        assert list(_topics_tail_starts(text)) == _plain_tail_starts(text)


@given(st.text(alphabet="等につきいて関し幅広く、,率直な活発意見交換議論話し合。x", max_size=40))
def test_topics_tail_starts_on_any_text(text):
    assert list(_topics_tail_starts(text)) == _plain_tail_starts(text)


def test_split_sentences_of_real_paragraphs_is_the_plain_split():
    """A paragraph that is one sentence is given back itself, as the plain split's slice of it reads."""
    from .test_quick_checks import _plain_split_sentences

    for raw in _TEXTS[:120]:
        release = normalize_text(raw)
        for line in split_lines(release):
            for paragraph in (line, line.slice(0, max(1, len(line.text) // 2))):
                quick = split_sentences(paragraph, end=ja.SENTENCE_END, opening=ja.QUOTE_OPEN, closing=ja.QUOTE_CLOSE)
                plain = _plain_split_sentences(paragraph)
                assert [(s.text.text, list(s.text.origin), s.quote_depth, s.closed) for s in quick] == plain
                for sentence in quick:
                    if sentence.text.text == paragraph.text:
                        assert sentence.text is paragraph


def _plain_attended_ends(text: str) -> list[int]:
    return [match.start() for match in ja.ATTENDED_END.finditer(text)]


def test_attended_ends_are_those_of_the_pattern_on_real_text():
    for raw in _TEXTS:
        text = normalize_text(raw).text
        assert list(_attended_ends(text)) == _plain_attended_ends(text)
    for text in ("もが同席", "ももが同席が同席", "が同席もが同席", "大臣もが同席した。次官が同席"):
        assert list(_attended_ends(text)) == _plain_attended_ends(text)


@given(st.text(alphabet="もが同席しx。", max_size=30))
def test_attended_ends_on_any_text(text):
    assert list(_attended_ends(text)) == _plain_attended_ends(text)


def test_rest_after_numbering_on_lines_with_white_space_at_either_end():
    """The rest after the numbering, read from the line's end without a character made: the plain reading."""
    from .test_quick_checks import _plain_read_markers, _quick_read_markers

    for raw in ("(1)  ", "(1) 岡田大臣 ", "1. \u3000", "- (2)\t述べた。\u3000", "(1)", " (1) x", "ア. イ \t"):
        line = Text(raw, range(len(raw) + 1), raw)
        assert _quick_read_markers(line) == _plain_read_markers(line), raw


@given(st.sets(st.text(alphabet=" \t\u3000a-[]^\\.日本", min_size=1, max_size=2), min_size=1, max_size=8))
def test_one_of_matches_exactly_the_rests(rests):
    """The lookahead of a start: its single characters in one class, the rest as branches; the same strings."""
    from dipmeet.rules._analysis import _one_of

    pattern = re.compile(_one_of(rests))
    for candidate in {*rests, " ", "a", "日", "x", "-a", "\\"}:
        assert bool(pattern.fullmatch(candidate)) == (candidate in rests), (rests, candidate)
