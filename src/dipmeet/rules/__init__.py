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

__all__ = ["Hit", "Rule", "all_hits", "compile_rules", "first_hit", "last_hit"]

M = TypeVar("M")


@attrs.frozen
class Rule(Generic[M]):
    """A named pattern and its meaning.

    Attributes:
        name: A unique name; diagnostics and tests refer to rules by it.
        pattern: The compiled pattern. Patterns start from a literal and look
            back a bounded distance, never with a leading lazy class (which
            rescans a long line from every position and turns quadratic).
        meaning: What a match means: an enum member, a tuple of them, or a
            small record, depending on the table.
    """

    name: str
    pattern: re.Pattern[str]
    meaning: M


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


def compile_rules(table: Iterable[tuple[str, str, M]], flags: int = 0) -> tuple[Rule[M], ...]:
    """Build rules from ``(name, pattern, meaning)`` rows, checking names are unique."""
    rules = tuple(Rule(name, re.compile(pattern, flags), meaning) for name, pattern, meaning in table)
    names = [rule.name for rule in rules]
    if len(set(names)) != len(names):
        duplicates = sorted({name for name in names if names.count(name) > 1})
        msg = f"duplicate rule names: {duplicates}"
        raise ValueError(msg)
    return rules


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
