"""Applying a table of rules to a text: the first rule that matches, every match, the rules worth trying at a place.

The hot path of reading a release: these functions run many times a text,
so they keep to plain loops over plain data and are among the modules the
compiled build compiles. What they know of each table (where its rules can
start) is read once from the patterns' sources (:mod:`dipmeet.rules._analysis`)
and kept with the table.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Final, TypeVar

from ._analysis import _MOST_PREFIXES, _ends_index, _first_characters, _prefixes, _starts_pattern
from ._table import Hit, Rule, RuleTable

M = TypeVar("M")


def scan(table: RuleTable[M], text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Hit[M]]:
    """Yield the hits of one left-to-right pass of a table's combined pattern (no overlaps)."""
    end = len(text) if endpos is None else endpos
    for match in table.combined.finditer(text, pos, end):
        name = match.lastgroup
        index = int(name[1:]) if name else 0
        rule = table[index]
        yield Hit(rule, rule.pattern.match(text, match.start(), match.end()) or match)


def all_hits(rules: Sequence[Rule[M]], text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Hit[M]]:
    """Yield every match of every rule, rule by rule, left to right within a rule."""
    end = len(text) if endpos is None else endpos
    for rule in rules:
        for match in rule.pattern.finditer(text, pos, end):
            yield Hit(rule, match)


def last_hit(rules: Sequence[Rule[M]], text: str, pos: int = 0, endpos: int | None = None) -> Hit[M] | None:
    """Return the hit that ends last in ``text`` (ties go to the earlier rule), or None."""
    best: Hit[M] | None = None
    for hit in all_hits(rules, text, pos, endpos):
        if best is None or hit.end > best.end:
            best = hit
    return best


def matches_by_end(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The matches of ``pattern`` in ``text``, as ``finditer`` gives them, for a pattern of bounded length.

    Every match ends with the same text (時間 ends every time zone) and is at
    most so long, so it can only start in the stretch before that text; only
    there is the pattern tried, left to right.
    """
    index = _ends_index(pattern)
    if index is None:
        return list(pattern.finditer(text))
    ending, longest = index
    found: list[re.Match[str]] = []
    position = 0  # the first position not yet tried (or inside the last match)
    end = text.find(ending)
    while end != -1:
        close = end + len(ending)  # where a match ending here ends
        for start in range(max(position, close - longest), end + 1):
            if start < position:
                continue  # inside the match just found
            match = pattern.match(text, start)
            if match is not None and match.end() > start:
                found.append(match)
                position = match.end()
        position = max(position, end + 1)
        end = text.find(ending, end + 1)
    return found


class _Triggers:
    """Where a table's rules can start: one pattern of first characters, and the rules for each.

    ``by_character`` maps a character to the rules (by index, ascending) that
    can start with it; a rule whose first characters cannot be told is in
    ``always`` and searched the usual way. Case-insensitive rules also match
    characters whose case folds to a listed one (the Kelvin sign for ``k``):
    the trigger pattern finds those too, and there every case-insensitive rule
    is tried (``folded``).
    """

    __slots__ = ("always", "anchored", "by_character", "folded", "pattern", "selective", "starts")

    def __init__(self, table: Sequence[Rule[Any]]) -> None:
        self.by_character: dict[str, list[int]] = {}
        self.always: list[int] = []
        self.folded: list[int] = []
        exact: set[str] = set()
        caseless: set[str] = set()
        prefixes: set[str] | None = set()
        for index, rule in enumerate(table):
            parsed = rule.parsed()
            if parsed is None:
                self.always.append(index)
                continue
            items, flags = list(parsed.data), rule._flags | parsed.state.flags
            first = _first_characters(items, flags)
            if first is None:
                self.always.append(index)
                continue
            if flags & re.IGNORECASE:
                self.folded.append(index)
                caseless |= first
                prefixes = None
            else:
                exact |= first
                if prefixes is not None:
                    prefixes |= _prefixes(items) or first
            for char in first:
                self.by_character.setdefault(char, []).append(index)
        alternatives = []
        if exact:
            alternatives.append("[" + "".join(re.escape(c) for c in sorted(exact)) + "]")
        if caseless:
            alternatives.append("(?i:[" + "".join(re.escape(c) for c in sorted(caseless)) + "])")
        self.pattern: re.Pattern[str] | None = re.compile("|".join(alternatives)) if alternatives else None
        # Where rules can start, two characters deep where the rules tell
        # (を招 for を招待, not every を): fewer places to try the rules at.
        self.starts: re.Pattern[str] | None = self.pattern
        if prefixes and not self.always and len(prefixes) <= _MOST_PREFIXES:
            self.starts = _starts_pattern(prefixes)
        # Whether one search for a first character is a useful test that no rule
        # matches: every rule has first characters, and they are not letters or
        # digits that stand in nearly any text.
        self.selective = not self.always and not any(c.isascii() and c.isalnum() for c in exact | caseless)
        # For anchored matches: the rules worth trying at a character, with the
        # ``always`` ones, in table order; filled as characters are met.
        self.anchored: dict[str, list[int]] = {}

    def at(self, text: str, pos: int) -> list[int]:
        """The rules (by index, in table order) that can match ``text`` at ``pos``."""
        if pos >= len(text):
            return self.always
        char = text[pos]
        found = self.anchored.get(char)
        if found is None:
            starts = self.pattern is not None and self.pattern.match(char) is not None
            listed = self.by_character.get(char, self.folded) if starts else []
            found = sorted({*listed, *self.always})
            if len(self.anchored) < _MOST_ANCHORED_CHARACTERS:
                self.anchored[char] = found
        return found


def _triggers(table: Sequence[Rule[Any]]) -> _Triggers:
    """The table's triggers, built on first use (kept on a RuleTable, else in a small cache)."""
    if isinstance(table, RuleTable):
        if table._triggers is None:
            table._triggers = _Triggers(table)
        return table._triggers
    return derived(_TRIGGERS, table, _Triggers)


T = TypeVar("T")


def derived(
    cache: dict[int, tuple[Sequence[Rule[Any]], T]],
    table: Sequence[Rule[Any]],
    build: Callable[[Sequence[Rule[Any]]], T],
) -> T:
    """What ``build`` makes of ``table``, made once and kept in ``cache``.

    Keyed by the table's identity, each entry kept with its table so that the
    key cannot be reused by another object; the language tables are a
    handful, others (tests) few, and the cache is emptied past a bound.
    """
    entry = cache.get(id(table))
    if entry is None or entry[0] is not table:
        if len(cache) > _MOST_CACHED_TABLES:
            cache.clear()
        entry = cache[id(table)] = (table, build(table))
    return entry[1]


# How many characters' anchored rule lists a table keeps (a bound on memory for hostile text).
_MOST_ANCHORED_CHARACTERS: Final = 4096

# For plain sequences of rules, keyed by identity; the table is kept with its
# triggers so the key cannot be reused by another object.
_TRIGGERS: dict[int, tuple[Sequence[Rule[Any]], _Triggers]] = {}
_MOST_CACHED_TABLES: Final = 64


def hit_spans(table: Sequence[Rule[M]], text: str, pos: int = 0) -> list[tuple[int, int, int]]:
    """Every match of every rule as ``(start, end, rule index)``, as ``finditer`` rule by rule would give.

    One pass finds the positions where some rule can start (two characters
    deep where the patterns tell, else from the rules' first characters);
    only those rules are tried there, with an anchored match. Rules that can
    start with anything are searched the usual way. Matches start at ``pos``
    or later; empty matches are left out. Each rule's matches come in text
    order; across rules there is no particular order.
    """
    triggers = _triggers(table)
    end = len(text)
    found: list[tuple[int, int, int]] = []
    for index in triggers.always:
        found.extend(
            (m.start(), m.end(), index) for m in table[index].pattern.finditer(text, pos) if m.end() > m.start()
        )
    if triggers.starts is None:
        return found
    last_end = [0] * len(table)
    by_character, folded = triggers.by_character, triggers.folded
    for position in triggers.starts.finditer(text, pos, end):
        start = position.start()
        for index in by_character.get(text[start], folded):
            if start < last_end[index]:
                continue  # inside this rule's previous match: finditer would not look here
            match = table[index].pattern.match(text, start)
            if match is not None:
                stop = match.end()
                if stop > start:
                    found.append((start, stop, index))
                    last_end[index] = stop
    return found


def hit_matches(table: Sequence[Rule[M]], text: str, pos: int = 0) -> list[tuple[int, re.Match[str]]]:
    """Every match of every rule as ``(rule index, match)``: :func:`hit_spans` with the matches themselves.

    Each match is made again where ``hit_spans`` found it (an anchored match
    at its start is the match ``finditer`` found there), for callers that read
    its groups; ``hit_spans`` itself, the hot path of clause reading, keeps
    only the offsets.
    """
    found = []
    for start, _, index in hit_spans(table, text, pos):
        match = table[index].pattern.match(text, start)
        assert match is not None  # it matched there a moment ago
        found.append((index, match))
    return found


def rules_at(table: Sequence[Rule[M]], text: str, pos: int = 0) -> list[Rule[M]]:
    """The rules of ``table`` that can match at ``text[pos]``, in table order.

    A quick filter from the rules' first characters, for anchored matching
    (``match``, ``fullmatch``): a rule left out cannot match there; a rule
    listed still has to be tried.
    """
    return [table[index] for index in _triggers(table).at(text, pos)]


def first_hit(rules: Sequence[Rule[M]], text: str, pos: int = 0, endpos: int | None = None) -> Hit[M] | None:
    """Return the first rule (in table order) that matches anywhere in ``text``, or None.

    One ``search`` a rule: with the literal prefixes the rules start with,
    this beats both a combined alternation and a first-character pass. Where
    the rules' first characters are uncommon (kanji, not Latin letters), one
    search for any of them first rules out most texts at once.
    """
    end = len(text) if endpos is None else endpos
    triggers = _triggers(rules)
    if triggers.selective and (triggers.pattern is None or triggers.pattern.search(text, pos, end) is None):
        return None  # no character that any rule starts with: nothing to search for
    for rule in rules:
        match = rule.pattern.search(text, pos, end)
        if match:
            return Hit(rule, match)
    return None
