"""Quick checks of the parse, normalize and extract stages agree with the plain computations they stand for.

Each shortcut here (a substring test before a regex search, ``str`` methods
in place of a pattern, bytes methods in place of a character class) is
compared with the plain code it replaces, on the lines of the shared corpus
where it is present, on edge cases, and on arbitrary text.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipmeet import parse
from dipmeet.account import BLANK, _bounds, _gap, unaccounted
from dipmeet.cli import sample_text
from dipmeet.extract import _instrument_names_en, _may_name_instrument
from dipmeet.header import _starts_opening, is_noise_line, is_opening
from dipmeet.model import Diagnostic, Release
from dipmeet.normalize import _SPACE_RUN, _WIDE_CHARACTER, Text, _is_wide, compact, normalize_text
from dipmeet.parse import (
    _CONTROL,
    _JAPANESE,
    _has_control,
    _kana_and_kanji,
    _script_counts,
)
from dipmeet.people import country_before
from dipmeet.rules import en, ja
from dipmeet.rules.countries import COUNTRIES_JA

from .conftest import CORPUS


def _corpus_lines(language: str) -> list[str]:
    folder = CORPUS / language
    if not folder.is_dir():
        return []
    return [line for path in sorted(folder.glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()]


_EN_LINES = _corpus_lines("en")
_JA_LINES = _corpus_lines("ja")

# -- English instruments: the words every head holds, and the name read back from a head -------------------


def _plain_instrument_names_en(text: str) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    seen: set[str] = set()
    for head in en.INSTRUMENT_HEAD_EN.finditer(text):
        start = head.start()
        words = 0
        while words < 10:
            before = text[max(0, start - 40) : start].rstrip()
            word = re.search(r"\S+$", before)
            if word is None or not en.INSTRUMENT_WORD_EN.match(word.group()):
                break
            start = max(0, start - 40) + word.start()
            words += 1
        name = text[start : head.end()]
        while name.split(" ", 1)[0] in ("of", "and", "for", "on", "the", "in", "to") and " " in name:
            start += len(name.split(" ", 1)[0]) + 1
            name = text[start : head.end()]
        if not re.search(r"[A-Z]", text[start : head.start()]) or name in seen:
            continue
        seen.add(name)
        found.append((start, head.end(), name))
    return [
        item
        for item in found
        if not any(other is not item and other[0] <= item[0] and item[1] < other[1] for other in found)
    ]


_INSTRUMENT_LINES = [
    "The two leaders issued the Japan-Philippines Joint Statement.",
    "welcomed the Action Plan for the Strategic and Global Partnership Action Plan",
    "the Agreement",
    "of the Japan–U.S.\u00a0Security\u2003Treaty and the Memorandum of Cooperation on Defense",
    "Plan\nVision of Japan\tand ASEAN Charter",
    "A" * 45 + " Protocol",
    " ".join(["Big"] * 12) + " Convention",
    "the “Tokyo Declaration” and the Partnership",
    "an Initiative",
    "Statements of the Plans",
]


def test_instrument_names_en_are_the_plain_reading():
    for line in [*_INSTRUMENT_LINES, *_EN_LINES]:
        if en.INSTRUMENT_HEAD_EN.search(line):
            assert _may_name_instrument(line), line
        assert _instrument_names_en(line) == _plain_instrument_names_en(line), line


_INSTRUMENT_PIECES = st.sampled_from(
    [
        *("Agreement", "Plan", "Action", "Memorandum", "of", "Cooperation", "Japan", "the", "and", "U.S.", "Charter"),
        *" \n\t\u00a0\u3000-’AZaz.",
    ]
)


@given(st.lists(_INSTRUMENT_PIECES, max_size=40).map("".join))
def test_instrument_names_en_are_the_plain_reading_on_any_text(text):
    if en.INSTRUMENT_HEAD_EN.search(text):
        assert _may_name_instrument(text)
    assert _instrument_names_en(text) == _plain_instrument_names_en(text)


# -- the language and the control characters of a release: bytes methods for character classes -------------

_EDGES = [0, 0x08, 0x09, 0x0D, 0x0E, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0xFF, 0x100, 0x2FFF, 0x3000, 0x303F, 0x3040]
_EDGES += [0x30FF, 0x3100, 0x4DFF, 0x4E00, 0x9FFF, 0xA000, 0xD800, 0xDFFF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF]


def _plain_script_counts(text: str) -> tuple[int, int]:
    sample = text[:8000]
    return sum(map(len, _JAPANESE.findall(sample))), len(re.findall(r"[A-Za-z]", sample))


def test_kana_and_kanji_are_the_pattern_on_every_character():
    for code in range(0x110000):
        text = f"a{chr(code)}“"
        assert _kana_and_kanji(text) == (1 if _JAPANESE.search(text) else 0), hex(code)


@pytest.mark.parametrize("code", _EDGES)
def test_script_counts_are_the_plain_counts_at_the_edges(code):
    for text in (chr(code), f"Japan{chr(code)}", f"{chr(code)}日本 and“", chr(code) * 3 + "\udc80"):
        assert _script_counts(text) == _plain_script_counts(text)


def test_script_counts_are_the_plain_counts_on_real_lines():
    for line in [*_EN_LINES, *_JA_LINES]:
        assert _script_counts(line) == _plain_script_counts(line), line
    for language in ("en", "ja"):
        for path in sorted((CORPUS / language).glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            assert _script_counts(text) == _plain_script_counts(text), path.name
            assert _has_control(text) == (_CONTROL.search(text) is not None), path.name


@given(st.text(alphabet=st.sampled_from([chr(code) for code in _EDGES] + list("aZ日本カ、“–é"))))
def test_script_counts_are_the_plain_counts_on_any_text(text):
    assert _script_counts(text) == _plain_script_counts(text)


def test_control_characters_are_the_pattern_on_every_character():
    for code in range(0x110000):
        text = f"a{chr(code)}日"
        assert _has_control(text) == (_CONTROL.search(text) is not None), hex(code)


@given(st.text())
def test_control_characters_are_the_pattern_on_any_text(text):
    assert _has_control(text) == (_CONTROL.search(text) is not None)


# -- Japanese lines: openings, a country before a person ---------------------------------

_JA_TEXTS = [normalize_text(line) for line in [*_JA_LINES, *sample_text().splitlines()] if line.strip()]


def _plain_is_opening(line: Text) -> bool:
    text = compact(line).text
    if len(text) < 30:
        return False
    if ja.OUTLINE.search(text):
        return True
    event = ja.EVENT.search(text)
    timed = ja.DAY_DATE.search(text) or ja.CLOCK.search(text) or ja.DURATION.search(text)
    return bool(event and timed)


def _plain_starts_opening(line: Text) -> bool:
    text = compact(line).text
    return (
        len(text) >= 20
        and not ja.TERMINAL.search(text)
        and bool(ja.DAY_DATE.search(text) or ja.CLOCK.search(text))
        and is_noise_line(line) is None
    )


def test_openings_are_the_plain_reading_on_real_lines():
    for line in _JA_TEXTS:
        assert is_opening(line) == _plain_is_opening(line), line.text
        assert _starts_opening(line) == _plain_starts_opening(line), line.text


@given(st.text(alphabet="本日 午後3時 、 外相 と会談を行った。1 2 3 4 5 6 7 8 9", max_size=50))
def test_openings_are_the_plain_reading_on_any_text(raw):
    line = normalize_text(raw)
    assert is_opening(line) == _plain_is_opening(line)
    assert _starts_opening(line) == _plain_starts_opening(line)


def _plain_country_before(text: str, start: int) -> str | None:
    if start < 2 or text[start - 1] != "の":
        return None
    before = text[max(0, start - 25) : start - 1]
    for size in range(len(before), 0, -1):
        candidate = before[-size:]
        if candidate in COUNTRIES_JA and (
            size == len(before) or not re.match(rf"[{ja.NAME_CHARS}]", before[-size - 1])
        ):
            return candidate
    return None


def test_country_before_is_the_plain_reading_on_real_lines():
    for line in _JA_TEXTS:
        text = line.text
        for start in range(len(text) + 1):
            assert country_before(text, start) == _plain_country_before(text, start), (text, start)


_COUNTRY_PIECES = st.sampled_from([*"のア日中米国・ 1", "カザフスタン", "アメリカ合衆国", "米国"])


@given(st.lists(_COUNTRY_PIECES, max_size=12).map("".join))
def test_country_before_is_the_plain_reading_on_any_text(text):
    for start in range(len(text) + 1):
        assert country_before(text, start) == _plain_country_before(text, start)


# -- accounting: one-character gaps by set lookup -----------------------------------------------------------


def _plain_unaccounted(text: str, release: Release) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    position = 0
    for start, end in sorted(_bounds(release)):
        if start > position:
            if text[position:start].strip(BLANK):
                found.extend(_gap(text, position, start))
            position = end
        elif end > position:
            position = end
    found.extend(_gap(text, position, len(text)))
    return found


def test_unaccounted_is_the_plain_reading_on_real_releases():
    texts = [sample_text()]
    for language in ("en", "ja"):
        texts += [path.read_text(encoding="utf-8") for path in sorted((CORPUS / language).glob("*.txt"))]
    for text in texts:
        for variant in (text, text.replace("\n", "\n\u3000x", 3), text.replace("。", "。 \u00a0", 5)):
            release = parse(variant)
            assert unaccounted(variant, release) == _plain_unaccounted(variant, release)


@given(st.text(alphabet="日米外相会談。\n \u3000\u200ba1(", max_size=60))
def test_unaccounted_is_the_plain_reading_on_any_text(text):
    release = parse(text)
    assert unaccounted(text, release) == _plain_unaccounted(text, release)


# -- compacting: the wide characters by comparisons, the runs of spaces by a pattern that skips ahead --------


def test_is_wide_is_the_pattern_on_every_character():
    for code in range(0x110000):
        assert _is_wide(chr(code)) == (_WIDE_CHARACTER.match(chr(code)) is not None), hex(code)


def test_space_runs_are_the_plain_pattern_on_real_lines():
    plain = re.compile(r"[ \t\u3000]+")
    for line in _JA_TEXTS:
        assert [m.span() for m in _SPACE_RUN.finditer(line.text)] == [m.span() for m in plain.finditer(line.text)]
