"""What a pattern's source tells before it runs: the characters its matches start and end with, their starts.

Read from Python's own regular-expression parser, once a table (see
:class:`dipmeet.rules._search._Triggers`), never while a text is read. Each
answer is conservative: where a pattern cannot be read, or may start with
anything, the answer is None and the caller tries the pattern the usual way.
"""

from __future__ import annotations

import functools
import re
from typing import Any, Final

try:  # the regular-expression parser, read for the first characters of a rule
    from re import _parser as _regex_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _regex_parser

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
