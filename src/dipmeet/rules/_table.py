"""Rules and tables of rules: a named pattern with its meaning, compiled on first use.

The building blocks of :mod:`dipmeet.rules`, which re-exports them; the
functions that apply a table are in :mod:`dipmeet.rules._search`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from ._analysis import _parse_source

if TYPE_CHECKING:
    from ._search import _Triggers

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

    __slots__ = ("_flags", "_parsed", "_source", "meaning", "name", "pattern")

    pattern: re.Pattern[str]
    _parsed: Any

    def __init__(self, name: str, pattern: str | re.Pattern[str], meaning: M, flags: int = 0) -> None:
        self.name = name
        self.meaning = meaning
        self._source = pattern if isinstance(pattern, str) else pattern.pattern
        self._flags = flags if isinstance(pattern, str) else pattern.flags
        if not isinstance(pattern, str):
            self.pattern = pattern

    def __getattr__(self, name: str) -> re.Pattern[str]:
        # Only reached while ``pattern`` is unset: compile it once, and from then
        # on it is a plain slot, read at full speed.
        if name != "pattern":
            raise AttributeError(name)
        compiled = re.compile(self._source, self._flags)
        self.pattern = compiled
        return compiled

    def parsed(self) -> Any:
        """The pattern as Python's regular-expression parser reads it, or None where it cannot.

        For the analyses that read a rule's pattern (first characters, match
        lengths, required words): parsed once, shared by them all, and without
        compiling the pattern.
        """
        try:
            return self._parsed
        except AttributeError:
            pass
        parsed = self._parsed = _parse_source(self._source, self._flags)
        return parsed

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
    _triggers: _Triggers | None

    def __new__(cls, rules: Iterable[Rule[M]], flags: int = 0) -> RuleTable[M]:
        table = super().__new__(cls, tuple(rules))
        table._combined = None  # compiled on first use, to keep ``import dipmeet`` quick
        table._flags = flags
        table._triggers = None  # see hit_spans; built on first use
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
    return unique_table([Rule(name, pattern, meaning, flags) for name, pattern, meaning in table], flags)


def unique_table(rules: list[Rule[M]], flags: int = 0) -> RuleTable[M]:
    """The rules as a table; ``ValueError`` naming any name used twice (diagnostics and tests refer to rules by it)."""
    names = [rule.name for rule in rules]
    if len(set(names)) != len(names):
        duplicates = sorted({name for name in names if names.count(name) > 1})
        msg = f"duplicate rule names: {duplicates}"
        raise ValueError(msg)
    return RuleTable(rules, flags)
