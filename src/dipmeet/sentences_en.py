"""English paragraphs into sentences, with abbreviations and quotations taken into account.

A full stop followed by white space and a capital ends a sentence, except
after an abbreviation that never ends one (Mr., H.E., St.) and, after one that
rarely does (a.m., U.S., D.C.), unless a word that starts sentences follows
("from 7:15 p.m. The overview ..."). Inside a quotation each full stop that is
not the quotation's last character ends a sentence too; such sentences are
marked with the depth of the quotations open where they start, so that the
reader gives them to the quoting speaker. Candidates are found from the
stops with ``str.find`` and quotation marks with a regular expression.
"""

from __future__ import annotations

import re
from typing import Final

from .normalize import Text
from .rules import en
from .segment import Sentence

__all__ = ["ends_closed", "ends_with_abbreviation", "quote_ranges", "split_sentences_en"]

# The quotation marks, curly and straight.
_QUOTE_MARKS: Final = (en.QUOTE_OPEN, en.QUOTE_CLOSE, '"')
_OPENS_BEFORE: Final = frozenset(" \t\n([{—–-")
_CLOSED: Final = re.compile(r"[.!?:;][\"”’)\]]*$")
_WINDOW: Final = 14


# What may follow a terminal mark in _CLOSED: closing quotes and brackets.
_CLOSERS: Final = '"”’)]'
_TERMINALS: Final = frozenset(".!?:;")


def ends_closed(text: str) -> bool:
    """Whether a sentence ends with its terminal punctuation (a full stop, or a colon before a list).

    As ``_CLOSED`` finds it at the end of the text (white space stripped):
    a terminal mark followed by nothing but closing quotes and brackets. The
    last character before those is read directly, where a search would try
    every stop of the sentence.
    """
    body = text.rstrip().rstrip(_CLOSERS)
    return bool(body) and body[-1] in _TERMINALS


def _quote_events(text: str) -> list[tuple[int, int]]:
    """``(position, delta)`` for each quotation mark: +1 opens, -1 closes (straight quotes by context)."""
    events: list[tuple[int, int]] = []
    if '"' not in text and en.QUOTE_OPEN not in text and en.QUOTE_CLOSE not in text:
        return events  # most sentences: three scans, no call
    for position in _quote_positions(text):
        char = text[position]
        if char == en.QUOTE_OPEN:
            events.append((position, 1))
        elif char == en.QUOTE_CLOSE:
            events.append((position, -1))
        else:
            opens = position == 0 or text[position - 1] in _OPENS_BEFORE
            events.append((position, 1 if opens else -1))
    return events


def _quote_positions(text: str) -> list[int]:
    """Where the quotation marks stand in ``text``, in order.

    Each mark is looked for with ``str.find``; a search for the class of
    the three would test every character of the text.
    """
    positions: list[int] = []
    for mark in _QUOTE_MARKS:
        at = text.find(mark)
        while at >= 0:
            positions.append(at)
            at = text.find(mark, at + 1)
    positions.sort()
    return positions


def _is_boundary(text: str, stop: int, after: int) -> bool:
    """Whether the full stop at ``stop`` ends a sentence (``after`` is where the next one would start)."""
    if text[stop] != ".":
        return True
    word = _word_before(text, max(0, stop - _WINDOW), stop)
    if _never_ends(word):
        return False
    if _may_end(word):
        return bool(en.SENTENCE_STARTER.match(text, after))
    return True


def ends_with_abbreviation(text: str) -> bool:
    """Whether a text ends with an abbreviation's full stop (Mr., U.S., p.m.) rather than a sentence's."""
    window = text[-_WINDOW:]
    if not window.endswith("."):  # the patterns end with \.$, which may stand before a last newline
        return window.endswith(".\n") and bool(en.NEVER_ENDS.search(window) or en.MAY_END.search(window))
    word = _word_before(window, 0, len(window) - 1)
    return _never_ends(word) or _may_end(word)


_NEVER_ENDING: Final = frozenset(en.NEVER_ENDING)
_ASCII_LETTERS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _word_before(text: str, start: int, stop: int) -> str:
    """The run of word characters (``\\w``: alphanumeric or ``_``) and full stops before ``stop``, from ``start`` on.

    :data:`~dipmeet.rules.en.NEVER_ENDS` and :data:`~dipmeet.rules.en.MAY_END`
    match a window that ends with a full stop where this run (the
    abbreviation: the character before it, if any, is neither) is one they
    list. Read so, a full stop costs a few steps, where each search tried
    every place of the window.
    """
    at = stop
    while at > start and (text[at - 1].isalnum() or text[at - 1] in "_."):
        at -= 1
    return text[at:stop]


def _never_ends(word: str) -> bool:
    """Whether :data:`~dipmeet.rules.en.NEVER_ENDS` lists the abbreviation before a full stop (or it is a capital)."""
    return word in _NEVER_ENDING or (len(word) == 1 and "A" <= word <= "Z")


def _may_end(word: str) -> bool:
    """Whether the abbreviation before a full stop is letters joined by stops (U.S, p.m), as MAY_END reads it."""
    return (
        len(word) >= 3
        and len(word) % 2 == 1
        and all(char in _ASCII_LETTERS for char in word[::2])
        and all(char == "." for char in word[1::2])
    )


def split_sentences_en(paragraph: Text) -> list[Sentence]:
    """Split an English paragraph into sentences, keeping track of open quotations.

    A quotation left open at the end of the paragraph is not a quotation at
    all: the depths are reset, as for Japanese.
    """
    text = paragraph.text
    events = _quote_events(text)
    sentences: list[Sentence] = []
    depth = 0
    pointer = 0
    start = 0
    start_depth = 0
    for stop, end, after in _breaks(text):
        if not _is_boundary(text, stop, after):
            continue
        while pointer < len(events) and events[pointer][0] < end:
            depth = max(0, depth + events[pointer][1])
            pointer += 1
        piece = paragraph.slice(start, end).strip()
        if piece.text:
            sentences.append(Sentence(piece, start_depth, True))
        start = end
        start_depth = depth
    while pointer < len(events):
        depth = max(0, depth + events[pointer][1])
        pointer += 1
    if start < len(text):
        piece = paragraph.slice(start).strip()
        if piece.text:
            sentences.append(Sentence(piece, start_depth, ends_closed(piece.text)))
    if depth:
        sentences = [Sentence(s.text, 0, s.closed) for s in sentences]
    return sentences


_CLOSERS_OF_BREAK: Final = '"”’)]'
_BEFORE_CAPITAL: Final = '"“(['
_CAPITALS_AND_DIGITS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _breaks(text: str) -> list[tuple[int, int, int]]:
    """The matches of :data:`~dipmeet.rules.en.SENTENCE_BREAK` in ``text``: ``(start, end, next)``.

    ``next`` is where the white space after the match ends. Read from each
    stop with ``str.find`` (the pattern, led by a class of stops, costs the
    engine about a hundred instructions a character): the closing marks
    after it, then white space (``str.isspace``, as ``\\s`` reads it), then
    an opening mark or none, then a capital or a digit. The closing marks
    are taken whole, as the engine's first try does (a shorter run is
    followed by a closing mark, not white space); no two matches overlap.
    """
    found: list[tuple[int, int, int]] = []
    length = len(text)
    for mark in ".!?":
        stop = text.find(mark)
        while stop >= 0:
            end = stop + 1
            while end < length and text[end] in _CLOSERS_OF_BREAK:
                end += 1
            after = end
            while after < length and text[after].isspace():
                after += 1
            first = after + 1 if after < length and text[after] in _BEFORE_CAPITAL else after
            if after > end and first < length and text[first] in _CAPITALS_AND_DIGITS:
                found.append((stop, end, after))
            stop = text.find(mark, stop + 1)
    found.sort()
    return found


def quote_ranges(text: str) -> list[tuple[int, int]]:
    """Ranges inside quotation marks (curly or straight), where names are what someone said.

    A quotation left open runs to the end of the text.
    """
    ranges = []
    depth = 0
    start = 0
    for position, delta in _quote_events(text):
        if delta > 0:
            if depth == 0:
                start = position
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                ranges.append((start, position + 1))
    if depth:
        ranges.append((start, len(text)))
    return ranges
