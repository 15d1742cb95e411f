"""Normalisation that remembers where every character came from.

The parser reads NFKC text (full-width digits and brackets become ASCII, so one
pattern serves both), but every offset it reports must point into the string
the user gave. :class:`Text` carries both: the normalised string and, for each
of its characters, the offset of the original character it came from (the
approach of ja-timex's ``DiffIndex``). Slicing a :class:`Text` keeps the map,
so a clause found deep in the pipeline still knows its original span.

Also here: the number readers the date and amount rules share (kanji
numerals, era years).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Final

from .model import Span

__all__ = ["Text", "compact", "era_year", "normalize_text", "parse_number"]


class Text:
    """A normalised string with a map back into the original input.

    ``origin[i]`` is the offset in the original input of the character that
    produced ``text[i]``; ``origin[len(text)]`` is the offset just past the
    last one, so ``span(i, j)`` works for every ``0 <= i <= j <= len(text)``.
    """

    __slots__ = ("_compacted", "origin", "raw", "text")

    _compacted: Text | None

    def __init__(self, text: str, origin: Sequence[int], raw: str | None = None) -> None:
        self.text = text
        self.origin = origin
        self.raw = raw
        self._compacted = None  # compact(self), kept by compact where it had to be worked out

    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return f"Text({self.text!r}, start={self.origin[0]})"

    @property
    def start(self) -> int:
        """Original offset of the first character."""
        return self.origin[0]

    @property
    def end(self) -> int:
        """Original offset just past the last character."""
        return self.origin[len(self.text)]

    def span(self, start: int = 0, end: int | None = None) -> Span:
        """Map ``text[start:end]`` to a :class:`Span` of the original input.

        Where the original is known, white space that normalisation dropped at
        either edge (a stray space before a particle, 外相 と) is left out.
        """
        if end is None:
            end = len(self.text)
        first, last = self.origin[start], self.origin[end]
        raw = self.raw
        if raw is not None and end > start:
            while last > first and raw[last - 1].isspace():
                last -= 1
            while first < last and raw[first].isspace():
                first += 1
        return Span(first, last)

    def slice(self, start: int, end: int | None = None) -> Text:
        """Return the part ``text[start:end]`` with its map."""
        if end is None:
            end = len(self.text)
        return Text(self.text[start:end], self.origin[start : end + 1], self.raw)

    def strip(self, chars: str | None = None) -> Text:
        """Return the text without leading and trailing white space (or ``chars``)."""
        text = self.text
        if not text:
            return self
        if chars is None:
            if not text[0].isspace() and not text[-1].isspace():
                return self  # the usual case: nothing to strip, no copies made
        elif text[0] not in chars and text[-1] not in chars:
            return self
        left = len(text) - len(text.lstrip(chars))
        right = len(text.rstrip(chars))
        if right < left:
            right = left
        if left == 0 and right == len(self.text):
            return self
        return self.slice(left, right)


# Line breaks other than "\n" become "\n"; "\r\n" becomes one "\n".
_BREAKS: Final = re.compile(r"\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# Characters that vanish: byte-order marks, zero-width characters, soft hyphens.
_INVISIBLE: Final = frozenset("\ufeff\u200b\u200c\u200d\u2060\u00ad")
# Runs that need a closer look: anything outside printable ASCII (a "\r\n"
# pair whole, so that its "\n" can stand at the "\r" and a line ends before both).
_SPECIAL: Final = re.compile(r"(?:\r\n|[^\t\n\x20-\x7e])+")
_COMBINING_EXTRA: Final = frozenset("\uff9e\uff9f\u3099\u309a")
# What normalisation changes even in NFKC text: line breaks other than "\n", and invisible characters.
_UNCHANGED_BREAKS_OR_INVISIBLE: Final = re.compile(
    r"[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\ufeff\u200b\u200c\u200d\u2060\u00ad]"
)
# The same characters one by one, for :func:`_changes_even_if_nfkc`.
_BREAKS_AND_INVISIBLE: Final = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\ufeff\u200b\u200c\u200d\u2060\u00ad"


def _changes_even_if_nfkc(raw: str) -> bool:
    """Whether ``raw`` holds a character normalisation changes even in NFKC text.

    What ``_UNCHANGED_BREAKS_OR_INVISIBLE.search`` finds, with one substring
    test a character: each is a fast scan of the string, where the
    pattern's class is tested at every character (about four times as long
    for a release). A character wider than any in ``raw`` is ruled out at once.
    """
    return any(map(raw.__contains__, _BREAKS_AND_INVISIBLE))


def normalize_text(raw: str) -> Text:
    """Normalise ``raw`` to NFKC with one ``"\\n"`` per line break, keeping the map.

    >>> t = normalize_text("（１）岡田大臣")
    >>> t.text
    '(1)岡田大臣'
    >>> t.span(3, 5)
    Span(start=3, end=5)
    """
    if (raw.isascii() or unicodedata.is_normalized("NFKC", raw)) and not _changes_even_if_nfkc(raw):
        # Most releases are NFKC already: the text maps to itself, one offset each.
        return Text(raw, range(len(raw) + 1), raw)
    pieces: list[str] = []
    origin: list[int] = []
    done = 0
    for match in _SPECIAL.finditer(raw):
        start, end = match.span()
        if start > done:
            pieces.append(raw[done:start])
            origin.extend(range(done, start))
        _normalize_run(raw, start, end, pieces, origin)
        done = end
    if done < len(raw):
        pieces.append(raw[done:])
        origin.extend(range(done, len(raw)))
    origin.append(len(raw))
    return Text("".join(pieces), origin, raw)


def _normalize_run(raw: str, start: int, end: int, pieces: list[str], origin: list[int]) -> None:
    """Normalise ``raw[start:end]`` (no printable ASCII inside) into ``pieces``."""
    run = raw[start:end]
    if unicodedata.is_normalized("NFKC", run) and not _BREAKS.search(run) and not _INVISIBLE.intersection(run):
        pieces.append(run)
        origin.extend(range(start, end))
        return
    i = start
    while i < end:
        char = raw[i]
        if char == "\r" and i + 1 < end and raw[i + 1] == "\n":
            pieces.append("\n")  # one "\n" for the pair, at the "\r": the line before ends there
            origin.append(i)
            i += 2
            continue
        if _BREAKS.fullmatch(char):
            pieces.append("\n")
            origin.append(i)
            i += 1
            continue
        if char in _INVISIBLE:
            i += 1
            continue
        # A cluster: a base character and the combining marks after it.
        j = i + 1
        while j < end and (unicodedata.combining(raw[j]) or raw[j] in _COMBINING_EXTRA):
            j += 1
        normal = unicodedata.normalize("NFKC", raw[i:j])
        pieces.append(normal)
        origin.extend([i] * len(normal))
        i = j


# Wide characters: kana, kanji, CJK punctuation and full-width forms. A space
# between two of them is a typesetting accident (発揮す ることを), not a word break.
_WIDE = r"\u2e80-\u303f\u3040-\u30ff\u3100-\u9fff\uf900-\ufaff\uff00-\uffef"
_STRAY_SPACE: Final = re.compile(rf"(?<=[{_WIDE}])[ \t\u3000]+(?=[{_WIDE}])")


def compact(text: Text) -> Text:
    """Remove spaces between two Japanese characters, keeping the map.

    >>> compact(normalize_text("期待 する旨")).text
    '期待する旨'
    """
    source = text.text
    if " " not in source and "\t" not in source:
        return text
    done = text._compacted
    if done is not None:
        # Worked out before: the stages ask for the opening's and some paragraphs' compact form more than once.
        return text if done is _ITSELF else done
    found = _compacted(text, source)
    text._compacted = _ITSELF if found is text else found  # no text refers to itself (no reference cycle)
    return found


# Kept by compact for a text with no stray space: it compacts to itself.
_ITSELF: Final = Text("", range(1))


def _compacted(text: Text, source: str) -> Text:
    """:func:`compact` of a text with spaces or tabs in it (``source`` is its string)."""
    spans = stray_spaces(source)
    if not spans:
        return text
    pieces: list[str] = []
    origin: list[int] = []
    done = 0
    for start, end in spans:
        pieces.append(source[done:start])
        origin.extend(text.origin[done:start])
        done = end
    pieces.append(source[done:])
    origin.extend(text.origin[done:])
    return Text("".join(pieces), origin, text.raw)


# Runs of the characters a stray space is made of, and one wide character. The run is written
# as one character and a repeat: a pattern that opens with a class (not a repeat of it) lets the
# engine skip ahead to the next character of the class, rather than try a match at every position.
_SPACE_RUN: Final = re.compile(r"[ \t\u3000][ \t\u3000]*")
_WIDE_CHARACTER: Final = re.compile(rf"[{_WIDE}]")


def _is_wide(char: str) -> bool:
    """Whether ``_WIDE_CHARACTER`` matches ``char``, by comparisons: its first three ranges are one."""
    return "\u2e80" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" or "\uff00" <= char <= "\uffef"


# The one space character that is itself wide (it lies in U+2E80-U+303F).
_IDEOGRAPHIC_SPACE: Final = "\u3000"


def stray_spaces(source: str) -> list[tuple[int, int]]:
    """The spans ``_STRAY_SPACE.finditer(source)`` finds, in order, found run by run.

    The pattern starts with a look-behind, which the regex engine tries at
    every position of the text; runs of spaces are few, so they are found
    first (one fast scan) and only their edges are looked at. Inside a run,
    only an ideographic space counts as a wide character (see
    :func:`_stray_in_run`).
    """
    spans: list[tuple[int, int]] = []
    length = len(source)
    for run in _SPACE_RUN.finditer(source):
        start, end = run.span()
        before = start > 0 and _is_wide(source[start - 1])
        after = end < length and _is_wide(source[end])
        if _IDEOGRAPHIC_SPACE not in run.group():
            if before and after:  # the usual case: 期待 する
                spans.append((start, end))
            continue
        _stray_in_run(source, start, end, before=before, after=after, spans=spans)
    return spans


def _stray_in_run(
    source: str, start: int, end: int, *, before: bool, after: bool, spans: list[tuple[int, int]]
) -> None:
    """Add the matches of ``_STRAY_SPACE`` inside the run of spaces ``source[start:end]``.

    As ``finditer`` reads it: a match starts where a wide character stands
    before it (the character before the run, or an ideographic space inside
    it) and runs as far as it can to a wide character after it (the one after
    the run, or an ideographic space inside it); the next match is looked for
    where it ends.
    """
    position = start
    while position < end:
        if position == start and before:
            first = start
        else:
            ideographic = source.find(_IDEOGRAPHIC_SPACE, max(position - 1, start), end)
            if ideographic == -1 or ideographic + 1 >= end:
                return
            first = ideographic + 1
        last = end if after else source.rfind(_IDEOGRAPHIC_SPACE, first + 1, end)
        if last > first:
            spans.append((first, last))
            position = last
        else:
            position = first + 1


_KANJI_DIGITS: Final = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "元": 1,
}
_KANJI_SMALL_UNITS: Final = {"十": 10, "百": 100, "千": 1000}
_KANJI_LARGE_UNITS: Final = {"万": 10**4, "億": 10**8, "兆": 10**12}


def parse_number(written: str) -> int | None:
    """Read a whole number written in digits, kanji, or both (二十四, 1万, 元).

    Commas between digits are allowed; anything else gives None.

    >>> parse_number("二十四"), parse_number("63億6,100万"), parse_number("元")
    (24, 6361000000, 1)
    """
    written = written.replace(",", "")
    if not written:
        return None
    if written.isdigit() and written.isascii():
        return int(written)
    total = 0  # finished large-unit groups
    group = 0  # the current group below 万
    digits = ""  # pending digit string
    for char in written:
        if char.isascii() and char.isdigit():
            digits += char
        elif char in _KANJI_DIGITS:
            digits += str(_KANJI_DIGITS[char])
        elif char in _KANJI_SMALL_UNITS:
            group += (int(digits) if digits else 1) * _KANJI_SMALL_UNITS[char]
            digits = ""
        elif char in _KANJI_LARGE_UNITS:
            group += int(digits) if digits else 0
            total += (group or 1) * _KANJI_LARGE_UNITS[char]
            group, digits = 0, ""
        else:
            return None
    return total + group + (int(digits) if digits else 0)


# First year of each era, in the western calendar.
ERAS: Final = {"令和": 2019, "平成": 1989, "昭和": 1926, "大正": 1912, "明治": 1868}


def era_year(era: str, year: int) -> int | None:
    """Convert an era year to a western year (平成22 → 2010); None for an unknown era.

    >>> era_year("令和", 1), era_year("平成", 22)
    (2019, 2010)
    """
    base = ERAS.get(era)
    return None if base is None or year < 1 else base + year - 1
