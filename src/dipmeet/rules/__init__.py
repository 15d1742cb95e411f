"""Rule tables: named patterns and what they mean, applied by short generic code.

A :class:`Rule` pairs a compiled pattern with its meaning. The tables in
:mod:`dipmeet.rules.ja` and :mod:`dipmeet.rules.en` are data; the functions
here apply them and know no Japanese or English. In every table, order is
meaning: where rules compete, the first one listed wins (specific before
general), as in ja-timex's taggers.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Final, Generic, TypeVar

import attrs

from ._quick import holds_any

try:  # the regular-expression parser, read for the first characters of a rule
    from re import _parser as _regex_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _regex_parser

__all__ = [
    "Hit",
    "Rule",
    "RuleTable",
    "all_hits",
    "compile_rules",
    "derived",
    "first_hit",
    "hit_matches",
    "hit_spans",
    "holds_any",
    "last_characters",
    "last_hit",
    "matches_by_end",
    "rules_at",
    "scan",
    "unique_table",
]

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


# ---------------------------------------------------------------------------
# One pass for a whole table: candidate positions from the rules' first characters
# ---------------------------------------------------------------------------

# A set of first characters larger than this is no filter: such a rule is tried everywhere.
_MOST_FIRST_CHARACTERS: Final = 400


def _first_characters(items: list[tuple[Any, Any]], flags: int, nonempty: bool = False) -> set[str] | None:
    """The characters a match of this parsed pattern can start with, or None when any can.

    With ``nonempty``, those a match of at least one character can start
    with: a pattern that may match the empty string still has them (for a
    ``fullmatch`` of a text that is not empty), where without it the answer
    is None.
    """
    first: set[str] = set()
    for opcode, argument in items:
        name = str(opcode)
        if name in ("ASSERT", "ASSERT_NOT", "AT"):
            continue  # zero-width: the match starts with what follows
        if name == "LITERAL":
            first.add(chr(argument))
            return _with_cases(first, flags)
        if name == "IN":
            chars = _class_characters(argument)
            if chars is None:
                return None
            first |= chars
            return _with_cases(first, flags)
        if name == "BRANCH":
            for branch in argument[1]:
                inner = _first_characters(list(branch), flags, nonempty)
                if inner is None:
                    return None
                first |= inner
            if not _nullable_branch(argument[1]):
                return _with_cases(first, flags)
            if not nonempty:
                return None
            continue
        if name == "SUBPATTERN":
            inner = _first_characters(list(argument[-1]), flags | argument[1], nonempty)
            if inner is None:
                return None
            first |= inner
            if not _nullable(list(argument[-1])):
                return _with_cases(first, flags)
            continue
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, _, body = argument
            inner = _first_characters(list(body), flags, nonempty)
            if inner is None:
                return None
            first |= inner
            if low > 0 and not _nullable(list(body)):
                return _with_cases(first, flags)
            continue
        return None  # ANY, NOT_LITERAL, back references and the like: no filter
    # The pattern may match the empty string; a longer match starts with one of those gathered.
    return _with_cases(first, flags) if nonempty else None


# The most two-character starts a table's rules may have for them to be used;
# the most characters a class may offer at one place of a start.
_MOST_PREFIXES: Final = 2000
_MOST_CLASS_PREFIXES: Final = 40

# A start: the characters a match begins with, and whether the pattern read so far matched exactly these.
_Start = tuple[str, bool]


def _prefixes(items: list[tuple[Any, Any]], width: int = 2) -> set[str] | None:
    """The strings (of up to ``width`` characters, none empty) that every match of a parsed pattern starts with.

    None when they cannot be told (the pattern may start with anything, or
    has too many starts); the caller then falls back on first characters.
    A start may be shorter than ``width`` where what follows cannot be told.
    """
    starts = _starts(items, width)
    if starts is None or any(not text for text, _ in starts):
        return None
    return {text for text, _ in starts}


def _starts(items: list[tuple[Any, Any]], width: int) -> set[_Start] | None:
    """The starts of a sequence of parsed items: each item's starts appended to the open ones before it."""
    starts: set[_Start] = {("", True)}
    for opcode, argument in items:
        if not any(whole and len(text) < width for text, whole in starts):
            break
        step = _item_starts(str(opcode), argument, width)
        grown: set[_Start] = set()
        for text, whole in starts:
            if not whole or len(text) >= width:
                grown.add((text, whole))
            elif step is None:
                grown.add((text, False))  # what follows cannot be told: the start ends here
            else:
                grown.update(((text + more)[:width], more_whole) for more, more_whole in step)
        starts = grown
        if len(starts) > _MOST_PREFIXES:
            return None
    return starts


def _item_starts(name: str, argument: Any, width: int) -> set[_Start] | None:
    """The starts of one parsed item, or None for an item that may start with anything."""
    if name == "LITERAL":
        return {(chr(argument), True)}
    if name == "IN":
        chars = _class_characters(argument)
        if chars is None or len(chars) > _MOST_CLASS_PREFIXES:
            return None
        return {(char, True) for char in chars}
    if name in ("ASSERT", "ASSERT_NOT", "AT"):
        return {("", True)}  # zero-width: leaves the start to what follows
    if name == "SUBPATTERN":
        if argument[1] or argument[2]:
            return None  # flags switched inside: not worth reading
        return _starts(list(argument[-1]), width)
    if name == "BRANCH":
        union: set[_Start] = set()
        for branch in argument[1]:
            inner = _starts(list(branch), width)
            if inner is None:
                return None
            union |= inner
        return union
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, _, body = argument
        inner = _starts(list(body), width)
        if inner is None:
            return None
        # After one repetition another may follow: a start ends with the first.
        ended = {(text, False) if text else (text, whole) for text, whole in inner}
        return ended | {("", True)} if low == 0 else ended
    return None


def _starts_pattern(prefixes: set[str]) -> re.Pattern[str]:
    """A pattern that matches one character where one of ``prefixes`` starts (looking ahead for the rest).

    Matching the first character alone, ``finditer`` finds starts that
    overlap (旨述 and 述べ in 旨述べ).
    """
    following: dict[str, set[str]] = {}
    for prefix in prefixes:
        following.setdefault(prefix[0], set()).add(prefix[1:])
    branches = []
    for first, rests in sorted(following.items()):
        if "" in rests:
            branches.append(re.escape(first))
        else:
            branches.append(re.escape(first) + "(?=" + _one_of(rests) + ")")
    return re.compile("|".join(branches))


def _one_of(rests: set[str]) -> str:
    """A pattern of ``rests`` (none empty): the single characters in one class (a test, not one branch each)."""
    singles = sorted(rest for rest in rests if len(rest) == 1)
    longer = [re.escape(rest) for rest in sorted(rests) if len(rest) > 1]
    if len(singles) > 1:
        return "|".join(["[" + "".join(map(re.escape, singles)) + "]", *longer])
    return "|".join([*map(re.escape, singles), *longer])


# What \\s matches in a str pattern: the characters for which str.isspace() holds.
_SPACE_CHARACTERS: Final = frozenset(
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
    "\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def _class_characters(items: list[tuple[Any, Any]]) -> set[str] | None:
    chars: set[str] = set()
    for opcode, argument in items:
        name = str(opcode)
        if name == "LITERAL":
            chars.add(chr(argument))
        elif name == "RANGE":
            low, high = argument
            if high - low > _MOST_FIRST_CHARACTERS:
                return None
            chars.update(chr(code) for code in range(low, high + 1))
        elif name == "CATEGORY" and str(argument) == "CATEGORY_SPACE":
            chars |= _SPACE_CHARACTERS  # \\s: white space (in ASCII mode, some of these)
        else:
            return None  # negated classes, other categories (\\w, \\d): no filter
        if len(chars) > _MOST_FIRST_CHARACTERS:
            return None
    return chars


def _nullable(items: list[tuple[Any, Any]]) -> bool:
    """Whether a parsed pattern can match the empty string (conservatively: True when unsure)."""
    for opcode, argument in items:
        name = str(opcode)
        if name in ("ASSERT", "ASSERT_NOT", "AT"):
            continue
        if name in ("LITERAL", "IN", "ANY", "NOT_LITERAL"):
            return False
        if name == "SUBPATTERN":
            if not _nullable(list(argument[-1])):
                return False
            continue
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            if argument[0] > 0 and not _nullable(list(argument[2])):
                return False
            continue
        if name == "BRANCH":
            if not _nullable_branch(argument[1]):
                return False
            continue
        return True
    return True


def _nullable_branch(branches: list[Any]) -> bool:
    return any(_nullable(list(branch)) for branch in branches)


def _with_cases(chars: set[str], flags: int) -> set[str]:
    if flags & re.IGNORECASE:
        return chars | {c.upper() for c in chars} | {c.lower() for c in chars}
    return chars


def _parse_source(source: str, flags: int) -> Any:
    """A pattern's source as Python's regular-expression parser reads it, or None where it cannot."""
    try:
        return _regex_parser.parse(source, flags)
    except Exception:  # a pattern we cannot read is no filter, never an error
        return None


def _parsed_pattern(pattern: re.Pattern[str]) -> Any:
    """A compiled pattern, parsed (see :func:`_parse_source`)."""
    return _parse_source(pattern.pattern, pattern.flags)


@functools.cache
def _ends_index(pattern: re.Pattern[str]) -> tuple[str, int] | None:
    """The text every match of ``pattern`` ends with, and a match's greatest length; None if unknown or unbounded."""
    parsed = _parsed_pattern(pattern)
    if parsed is None:
        return None
    items, flags = list(parsed.data), pattern.flags | parsed.state.flags
    if flags & re.IGNORECASE:
        return None  # a literal would have to be read in either case
    longest = parsed.getwidth()[1]
    ending = _literal_start(_reversed_pattern(items))[::-1]
    if not ending or longest >= _regex_parser.MAXREPEAT:
        return None
    return ending, longest


def _literal_start(items: list[tuple[Any, Any]]) -> str:
    """The text every match of a parsed pattern starts with (perhaps empty)."""
    start = ""
    for opcode, argument in items:
        name = str(opcode)
        if name == "LITERAL":
            start += chr(argument)
            continue
        if name == "SUBPATTERN":
            if argument[1] & re.IGNORECASE:
                return start  # (?i:…): its letters may be written in either case
            body = list(argument[-1])
            inner = _literal_start(body)
            start += inner
            if inner and len(body) == len(inner) and all(str(op) == "LITERAL" for op, _ in body):
                continue  # all of the group is that text: what follows it comes next
            return start
        if name == "BRANCH":
            starts = [_literal_start(list(branch)) for branch in argument[1]]
            common = starts[0]
            for other in starts[1:]:
                while not other.startswith(common):
                    common = common[:-1]
            return start + common
        return start  # a class, a repeat, an assertion: no more text every match shares
    return start


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


def _reversed_pattern(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """A parsed pattern read backwards: its matches reversed, as far as characters go.

    Assertions and anchors are kept as they are (for the first characters they
    are zero-width and skipped); what the reversal does not know (atomic
    groups, back references) is left in place, and reading first characters
    gives up on it.
    """
    result: list[tuple[Any, Any]] = []
    for opcode, argument in reversed(items):
        name = str(opcode)
        if name == "SUBPATTERN":
            group, add_flags, del_flags, body = argument
            result.append((opcode, (group, add_flags, del_flags, _reversed_pattern(list(body)))))
        elif name == "BRANCH":
            result.append((opcode, (argument[0], [_reversed_pattern(list(branch)) for branch in argument[1]])))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, body = argument
            result.append((opcode, (low, high, _reversed_pattern(list(body)))))
        else:
            result.append((opcode, argument))
    return result


def last_characters(pattern: re.Pattern[str], *, nonempty: bool = False) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can end with, or None when they cannot be told.

    With ``nonempty``, those a match of at least one character can end with
    (for a ``fullmatch`` of a text that is not empty): then a pattern that
    may match the empty string has them too (``[|()]*``).

    >>> sorted(last_characters(re.compile("大臣|外相(?:ら)?")))
    ['ら', '相', '臣']
    >>> last_characters(re.compile("[|()]*")), sorted(last_characters(re.compile("[|()]*"), nonempty=True))
    (None, ['(', ')', '|'])
    """
    parsed = _parsed_pattern(pattern)
    if parsed is None:
        return None
    last = _first_characters(_reversed_pattern(list(parsed.data)), pattern.flags | parsed.state.flags, nonempty)
    return None if last is None else frozenset(last)


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
