"""Rule tables: named patterns and what they mean, applied by short generic code.

A :class:`Rule` pairs a compiled pattern with its meaning. The tables in
:mod:`dipmeet.rules.ja` and :mod:`dipmeet.rules.en` are data; the functions
here apply them and know no Japanese or English. In every table, order is
meaning: where rules compete, the first one listed wins (specific before
general), as in ja-timex's taggers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Generic, TypeVar

import attrs

__all__ = ["Hit", "Rule", "RuleTable", "all_hits", "compile_rules", "first_hit", "last_hit", "scan"]

M = TypeVar("M")


class Rule(Generic[M]):
    """A named pattern and its meaning.

    The pattern is compiled the first time it is used, not when the table is
    built, so that ``import dipmeet`` does not pay for the hundreds of
    patterns of both languages' tables.

    Attributes:
        name: A unique name; diagnostics and tests refer to rules by it.
        pattern: The compiled pattern. Patterns start from a literal and look
            back a bounded distance, never with a leading lazy class (which
            rescans a long line from every position and turns quadratic).
        meaning: What a match means: an enum member, a tuple of them, or a
            small record, depending on the table.
    """

    __slots__ = ("_compiled", "_flags", "_source", "meaning", "name")

    def __init__(self, name: str, pattern: str | re.Pattern[str], meaning: M, flags: int = 0) -> None:
        self.name = name
        self.meaning = meaning
        self._source = pattern if isinstance(pattern, str) else pattern.pattern
        self._flags = flags if isinstance(pattern, str) else pattern.flags
        self._compiled: re.Pattern[str] | None = None if isinstance(pattern, str) else pattern

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled pattern (compiled on first use)."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self._source, self._flags)
        return compiled

    def __repr__(self) -> str:
        return f"Rule({self.name!r}, {self._source!r}, {self.meaning!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Rule):
            return NotImplemented
        return (self.name, self._source, self._flags, self.meaning) == (
            other.name,
            other._source,
            other._flags,
            other.meaning,
        )

    def __hash__(self) -> int:
        return hash((self.name, self._source, self._flags))


@attrs.frozen
class Hit(Generic[M]):
    """A rule that matched, with its match."""

    rule: Rule[M]
    match: re.Match[str]

    @property
    def start(self) -> int:
        """Where the match starts."""
        return self.match.start()

    @property
    def end(self) -> int:
        """Where the match ends."""
        return self.match.end()

    @property
    def meaning(self) -> M:
        """The rule's meaning."""
        return self.rule.meaning


class RuleTable(tuple[Rule[M], ...]):
    """A table of rules (a tuple, in order) with one combined pattern for a single scan.

    The combined pattern is every rule's pattern as one alternation, each in a
    group named after its position, so a text is read once, left to right,
    rather than once a rule; where several rules match at one position the
    earlier one wins, as everywhere in the tables.
    """

    _combined: re.Pattern[str] | None
    _flags: int

    def __new__(cls, rules: Iterable[Rule[M]], flags: int = 0) -> RuleTable[M]:
        table = super().__new__(cls, tuple(rules))
        table._combined = None  # compiled on first use, to keep ``import dipmeet`` quick
        table._flags = flags
        return table

    @property
    def combined(self) -> re.Pattern[str]:
        """The rules as one alternation, each in a group ``r<index>`` (for tables without named groups)."""
        if self._combined is None:
            self._combined = re.compile(
                "|".join(f"(?P<r{i}>{rule.pattern.pattern})" for i, rule in enumerate(self)), self._flags
            )
        return self._combined


def compile_rules(table: Iterable[tuple[str, str, M]], flags: int = 0) -> RuleTable[M]:
    """Build rules from ``(name, pattern, meaning)`` rows, checking names are unique."""
    rules = [Rule(name, pattern, meaning, flags) for name, pattern, meaning in table]
    names = [rule.name for rule in rules]
    if len(set(names)) != len(names):
        duplicates = sorted({name for name in names if names.count(name) > 1})
        msg = f"duplicate rule names: {duplicates}"
        raise ValueError(msg)
    return RuleTable(rules, flags)


def scan(table: RuleTable[M], text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Hit[M]]:
    """Yield the hits of one left-to-right pass of a table's combined pattern (no overlaps)."""
    end = len(text) if endpos is None else endpos
    for match in table.combined.finditer(text, pos, end):
        name = match.lastgroup
        index = int(name[1:]) if name else 0
        rule = table[index]
        yield Hit(rule, rule.pattern.match(text, match.start(), match.end()) or match)


def first_hit(rules: Sequence[Rule[M]], text: str, pos: int = 0, endpos: int | None = None) -> Hit[M] | None:
    """Return the first rule (in table order) that matches anywhere in ``text``, or None."""
    end = len(text) if endpos is None else endpos
    for rule in rules:
        match = rule.pattern.search(text, pos, end)
        if match:
            return Hit(rule, match)
    return None


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
