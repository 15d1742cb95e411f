"""Patterns compiled on first use, and written so that the regex engine can skip ahead to where they may match.

Two things make a table of patterns cheap, and neither changes what a pattern
matches:

* **Compiling on first use.** :func:`lazy_compile` returns a stand-in that
  holds the source and compiles it the first time it is used, so importing a
  table costs nothing until a release needs it.
* **A literal first.** Python's regex engine searches quickly, skipping to the
  next place where the pattern's first character can stand, only when every
  alternative of the pattern starts with a literal character. A pattern that
  starts with ``\\b`` (``\\b(?:agreed|concurred)\\b``) or with a
  case-insensitive letter is instead tried at every character of the text.
  :func:`literal_first` rewrites such a pattern into an equal one that starts
  with its literals: ``\\bagreed`` becomes ``a(?<!\\w.)greed`` (the boundary,
  read back once the first letter is matched), a group of alternatives at the
  start is spread over what follows it, and under ``re.IGNORECASE`` each
  first letter is written in each of its cases, the rest of the alternative
  staying case-insensitive.

The tables keep their readable sources (``pattern.pattern``, shown in the
documentation); only the compiled code differs. Where every match must hold
one of a few words (``\bwelcom(?:ed|ing)\b`` holds "welcom"), ``search`` and
``finditer`` first look for the words with ``str`` methods and skip the
engine on a text that has none of them (see :func:`required_words`). Long lists of words (titles,
honorifics, months) are joined with :func:`one_of`, which groups them by
their first character so that the engine tries only the words that start
with the character it stands on.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final, TypeVar, cast

from . import Rule, RuleTable, unique_table
from ._quick import guarded, holds_caseless

__all__ = ["holds_caseless", "lazy_compile", "lazy_rules", "literal_first", "one_of", "required_words"]

M = TypeVar("M")

# What a compiled pattern offers; bound onto a lazy pattern once it is compiled.
_PATTERN_ATTRIBUTES: Final = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "groups",
    "groupindex",
)

_QUANTIFIERS: Final = frozenset("?*+{")
# Read once the first character is matched: what \b before it said (before a word character: none
# before it; before another character: one).
_BOUNDARY_BEFORE_FIRST: Final = r"(?<!\w.)"
_BOUNDARY_AFTER_WORD: Final = r"(?<=\w.)"
_COUNTED: Final = re.compile(r"\{(?P<least>[0-9]+)(?:(?P<comma>,)(?P<most>[0-9]*))?\}")
# A class of ASCII letters and digits, single or in ranges: [Tt], [A-Z], [0-9].
_CLASS_OF_LETTERS: Final = re.compile(r"(?:[A-Za-z0-9](?:-[A-Za-z0-9])?)+")
_RANGE: Final = re.compile(r"([A-Za-z0-9])(?:-([A-Za-z0-9]))?")
# Words looked for before a search: at most so many, each at least so long, in a pattern at most so long.
_LONGEST_READ: Final = 600
_MOST_WORDS: Final = 12
_SHORTEST_WORD: Final = 4
# The pieces of a pattern that matter to its structure (the characters between them do not): an escape,
# a class, a bracket or a bar; and, last, what is left of an unfinished class or escape. A class that
# holds an unescaped [ is read as unfinished (the pattern is left as written): a run of [ then costs a
# linear scan, not a quadratic one.
_TOKEN: Final = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\\[])*\]|[()|]|\[|\\", re.DOTALL)
_UNFINISHED: Final = frozenset(("[", "\\"))
# Characters that stand for themselves, in a run.
_PLAIN: Final = re.compile(r"[^\\\[\](){}|.^$*+?]+")
_METACHARACTERS: Final = frozenset(".^$*+?{}[]\\|()")
# Characters that match an ASCII letter under re.IGNORECASE besides its two cases (sre's own table).
_CASE_EXTRAS: Final = {"i": "İı", "s": "ſ", "k": "\u212a"}
# Alternatives a rewrite may make of one pattern before it is left as written.
_MOST_ALTERNATIVES: Final = 400
# How often each lower-case letter stands in English releases, per thousand characters (capitals,
# digits and the rest: a few each). A pattern that starts with \b and whose first characters stand
# at more than a fifth of the text gains nothing from skipping ahead: it is tried at least as often,
# and each try costs more than the word boundary that rejected most characters at once
# ("\b(?:that|which|...)"). One that starts with a group of words and numbers has no such cheap
# rejection, and skipping ahead pays even on common letters; so does a case-insensitive one.
_SHARE: Final = {
    "e": 92, "t": 72, "i": 69, "a": 67, "n": 62, "o": 58, "r": 52, "s": 48, "h": 32, "l": 25, "d": 24,
    "c": 22, "u": 20, "p": 18, "m": 18, "f": 16, "g": 14, "w": 10, "y": 8, "b": 6, "v": 6,
}  # fmt: skip
_OTHER_SHARE: Final = 3
_MOST_SHARE: Final = 200


class _LazyPattern:
    """A pattern compiled on first use; until then it holds only its source (``pattern``).

    The first attribute asked for other than ``pattern`` compiles it and binds
    the compiled pattern's methods onto the instance, so every later call
    (``PATTERN.search(text)``) goes straight to the compiled pattern.
    ``flags`` are those of the source, as for ``re.compile(pattern, flags)``.
    """

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags
        # The flags of the source as written, as re.compile reports them (the rewrite may move
        # IGNORECASE inside the pattern); set now, so that reading them compiles nothing.
        self.flags = flags | (0 if flags & re.ASCII else re.UNICODE)

    def __getattr__(self, name: str) -> object:
        if name.startswith("__"):
            raise AttributeError(name)
        source, flags = literal_first(self.pattern, self._flags)
        compiled = re.compile(source, flags)
        for attribute in _PATTERN_ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        words = required_words(self.pattern, self._flags)
        if words is not None:
            self.search, self.finditer = guarded(compiled, words, caseless=bool(self._flags & re.IGNORECASE))
        # What is now bound on the stand-in (the guarded search on the very first call too), else the pattern's.
        return self.__dict__[name] if name in self.__dict__ else getattr(compiled, name)

    def __repr__(self) -> str:
        return f"<pattern compiled on first use: {self.pattern[:60]!r}>"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Return ``pattern`` as a pattern that compiles itself (see :func:`literal_first`) the first time it is used."""
    # A _LazyPattern answers to every attribute of re.Pattern (see _PATTERN_ATTRIBUTES).
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))


def lazy_rules(table: Iterable[tuple[str, str, M]], flags: int = 0) -> RuleTable[M]:
    """Build rules from ``(name, pattern, meaning)`` rows as :func:`~dipmeet.rules.compile_rules` does, compiled lazily."""
    return unique_table([Rule(name, lazy_compile(pattern, flags), meaning) for name, pattern, meaning in table], flags)


def one_of(alternatives: str | Iterable[str]) -> str:
    """Join alternatives (or the alternatives of ``a|b|...``) into one group, those that start alike under one prefix.

    It matches what ``(?:a|b|...)`` matches, with the same preferences:
    alternatives that start with different characters never match at the
    same place, and those that start with the same one keep their order. The
    engine, standing on an M, then tries the words that start with M, not all
    of them; and, the words that start with "Pr" being grouped again under
    their second character (and so on while they start with plain letters),
    standing on "Pa" it tries none of them. Each alternative must start with
    a literal character that no quantifier follows, and the group must be
    used without IGNORECASE.

    >>> one_of("Prime|President|Minister")
    '(?:Pr(?:ime|esident)|Minister)'
    """
    if isinstance(alternatives, str):
        alternatives = _split_bars(alternatives) or [alternatives]
    alternatives = list(alternatives)
    for alternative in alternatives:
        if not _plain_led(alternative):
            msg = f"{alternative!r} does not start with a literal character"
            raise ValueError(msg)
    return "(?:" + "|".join(_prefix_tree(alternatives)) + ")"


def _plain_led(alternative: str) -> bool:
    """Whether an alternative starts with a literal character that no quantifier follows (and holds no top-level bar)."""
    first, rest = alternative[:1], alternative[1:]
    return bool(
        first
        and first not in _METACHARACTERS
        and rest[:1] not in _QUANTIFIERS
        and len(_split_bars(alternative) or ()) == 1
    )


def _prefix_tree(alternatives: list[str]) -> list[str]:
    """The alternatives grouped by their first character, each group's rests grouped again where they allow it.

    Rests are grouped again only where every one of them starts with a
    literal character (an empty rest, which matches anywhere, would lose its
    place in the order otherwise).
    """
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0], []).append(alternative[1:])
    parts = []
    for first, rests in groups.items():
        if len(rests) == 1:
            parts.append(first + rests[0])
        elif all(_plain_led(rest) for rest in rests):
            inner = _prefix_tree(rests)
            parts.append(first + (inner[0] if len(inner) == 1 else "(?:" + "|".join(inner) + ")"))
        else:
            parts.append(first + "(?:" + "|".join(rests) + ")")
    return parts


def required_words(pattern: str, flags: int = 0, *, shortest: int = _SHORTEST_WORD) -> tuple[str, ...] | None:
    """Words one of which every match of ``pattern`` holds, worth looking for first; None if there are none such.

    Read from the pattern's runs of literal characters, outside look-arounds:
    a run that every match passes through, or one run from each alternative of
    a group that every match passes through. Only words of at least
    four characters count (shorter ones are in nearly every sentence; ``shortest``
    says otherwise for a caller that looks for them with one pattern), and
    under IGNORECASE only ASCII ones, in lower case. Patterns longer than
    ``_LONGEST_READ`` are not read: they are long lists of words (titles,
    names, months), which no few words stand for, and reading them costs
    more than compiling them.

    >>> required_words(r"\\bwelcom(?:ed|ing)\\b")
    ('welcom',)
    >>> required_words(r"\\b(?:meetings?|talks)\\b(?:\\s+held)?", re.IGNORECASE)
    ('meeting', 'talks')
    """
    if flags & re.VERBOSE or len(pattern) > _LONGEST_READ:
        return None
    alternatives = _split_bars(pattern)
    words = _words_of_any(alternatives) if alternatives is not None else None
    if not words or len(words) > _MOST_WORDS or min(map(len, words)) < shortest:
        return None
    if flags & re.IGNORECASE:
        if not all(word.isascii() for word in words):
            return None
        words = tuple(dict.fromkeys(word.lower() for word in words))
    return tuple(word for word in words if not any(other in word for other in words if other != word))


def _words_of_any(alternatives: list[str]) -> tuple[str, ...] | None:
    """Words one of which any of the alternatives holds, or None.

    One set per alternative, joined; or a word that every alternative holds,
    where it sorts texts out better ("lunch" of "lunch meeting|over lunch",
    rather than "meeting" or "lunch").
    """
    found: list[str] = []
    common: set[str] | None = None
    for alternative in alternatives:
        singles: set[str] = set()
        words = _words_of_sequence(alternative, singles)
        if words is None:
            return None
        found.extend(words)
        common = singles if common is None else common & singles
    joined = tuple(dict.fromkeys(found))
    if common and len(alternatives) > 1:
        single = (max(sorted(common), key=len),)
        if _worth(single) > _worth(joined):
            return single
    return joined


def _words_of_sequence(sequence: str, singles: set[str] | None = None) -> tuple[str, ...] | None:
    """The best set of words a match of one alternative must hold: the one whose shortest word is longest.

    ``singles`` gathers every word the alternative must hold on its own.
    """
    best: tuple[str, ...] | None = None
    run: list[str] = []

    def consider(words: tuple[str, ...] | None) -> None:
        nonlocal best
        if words and singles is not None and len(words) == 1:
            singles.add(words[0])
        if words and (best is None or _worth(words) >= _worth(best)):
            best = words  # on a tie the later one: the words a pattern ends with tend to be the rarer

    index = 0
    while index < len(sequence):
        plain = _PLAIN.match(sequence, index)
        if plain is not None and _quantifier_end(sequence, plain.end()) == plain.end():
            run.append(plain.group())  # a run of plain characters, no quantifier after its last: one step
            index = plain.end()
            continue
        item_end, literal, group_words = _item(sequence, index)
        if item_end < 0:
            return None
        least = _least_repeats(sequence, item_end)
        quantifier_end = _quantifier_end(sequence, item_end)
        if literal is not None and least >= 1:
            run.append(literal)
            if quantifier_end != item_end:  # x+ or x{2,}: x is there, what follows may not touch it
                consider(("".join(run),))
                run = []
        else:
            consider(("".join(run),) if run else None)
            run = []
            if least >= 1:
                consider(group_words)
        index = quantifier_end
    consider(("".join(run),) if run else None)
    return best


def _worth(words: tuple[str, ...]) -> int:
    """How well a set of words sorts texts out: long words, few of them."""
    return min(map(len, words)) - len(words) + 1


def _item(sequence: str, index: int) -> tuple[int, str | None, tuple[str, ...] | None]:
    """The item at ``index``: where it ends, the literal character it is (or None), the words a group requires."""
    char = sequence[index]
    if char == "\\":
        escaped = sequence[index + 1 : index + 2]
        literal = escaped if escaped and not escaped.isalnum() and escaped != "_" else None
        return index + 2, literal, None
    if char == "[":
        return _class_end(sequence, index), None, None
    if char == "(":
        end = _group_end(sequence, index)
        if end < 0:
            return -1, None, None
        group = sequence[index:end]
        if group.startswith(("(?=", "(?!", "(?<", "(?(")) or (group.startswith("(?") and group[2:3] not in (":", "P")):
            return end, None, None  # look-arounds, conditions, flags: nothing required
        opening = 3 if group.startswith("(?:") else group.find(">") + 1 if group.startswith("(?P<") else 1
        inner = _split_bars(group[opening:-1])
        return end, None, _words_of_any(inner) if inner is not None else None
    if char in _METACHARACTERS:
        return index + 1, None, None
    return index + 1, char, None


def _least_repeats(sequence: str, index: int) -> int:
    """How many times at least the item before ``index`` repeats (1 with no quantifier)."""
    quantifier = sequence[index : index + 1]
    if quantifier in ("?", "*"):
        return 0
    if quantifier == "{":
        counted = _COUNTED.match(sequence, index)
        return int(counted["least"]) if counted else 1
    return 1


def _quantifier_end(sequence: str, index: int) -> int:
    """Where the quantifier at ``index`` (if any, lazy or possessive) ends."""
    quantifier = sequence[index : index + 1]
    if quantifier in ("?", "*", "+"):
        end = index + 1
    elif quantifier == "{" and _COUNTED.match(sequence, index):
        end = _COUNTED.match(sequence, index).end()  # type: ignore[union-attr]  # matched just above
    else:
        return index
    return end + 1 if sequence[end : end + 1] in ("?", "+") else end


def literal_first(pattern: str, flags: int = 0) -> tuple[str, int]:
    """Rewrite a pattern so that each of its alternatives starts with a literal character; return it and its flags.

    The rewritten pattern matches exactly what the original matches, with the
    same groups. A pattern of one alternative may also start with a class of
    letters (``[Tt]he``) or a capturing group whose alternatives start with
    literals. Patterns of other shapes (a look-behind first, a quantified
    first character) come back as they are, and so do those whose first
    characters are so common in English that skipping ahead would not pay
    (case-sensitive ones: under IGNORECASE it pays whatever the letters).

    >>> print(literal_first(r"\\b(?:agreed|concurred)\\b")[0])
    a(?<!\\w.)greed\\b|c(?<!\\w.)oncurred\\b
    >>> print(literal_first(r"\\bheld\\b", re.IGNORECASE)[0])
    h(?<!\\w.)(?i:eld\\b)|H(?<!\\w.)(?i:eld\\b)
    """
    if flags & re.VERBOSE:
        return pattern, flags
    alternatives = _split_bars(pattern)
    if alternatives is None:
        return pattern, flags
    if not flags & re.IGNORECASE and _led_by_literals(alternatives):
        return pattern, flags
    found: list[tuple[str, str]] = []
    for alternative in alternatives:
        rewritten = _literal_led(alternative, flags, single=len(alternatives) == 1)
        if rewritten is None or len(found) + len(rewritten) > _MOST_ALTERNATIVES:
            return pattern, flags
        found.extend(rewritten)
    firsts = {char for lead, _ in found for char in lead}
    # (under IGNORECASE a try at every character compares its letters case-insensitively, dearer than the
    # class test: the meeting nouns of FORMAT_RULES cost a fifth as much led by their letters)
    common = not flags & re.IGNORECASE and sum(_SHARE.get(char, _OTHER_SHARE) for char in firsts) > _MOST_SHARE
    if [text for _, text in found] == alternatives or (common and any(a.startswith(r"\b") for a in alternatives)):
        return pattern, flags
    return "|".join(text for _, text in found), flags & ~re.IGNORECASE


def _literal_led(alternative: str, flags: int, *, single: bool, depth: int = 0) -> list[tuple[str, str]] | None:
    """One alternative as alternatives that each start with a literal character, or None.

    Each comes with the characters it may start with. With ``single`` (the
    pattern's only alternative), a leading class or capturing group may stay
    whole. Without IGNORECASE in the result, the alternatives of a
    case-insensitive pattern carry their own ``(?i:...)``.
    """
    caseless = bool(flags & re.IGNORECASE)
    boundary = alternative.startswith(r"\b")
    rest = alternative[2:] if boundary else alternative
    if not rest or depth > 4:
        return None
    if rest.startswith("(?:"):
        return _spread_group(rest, boundary, flags, single=single, depth=depth)
    if rest.startswith("(?P<") or (rest.startswith("(") and not rest.startswith("(?")):
        return _capturing_group(rest, boundary, flags, single=single, depth=depth) if single else None
    lead = _lead(rest)
    if lead is None:
        return None
    written, characters = lead
    after = _after_first(written, rest[len(written) :])
    if not characters or after is None:
        return None
    if (boundary or caseless) and not characters.isascii():
        return None  # other scripts: which are word characters, and their cases, are the engine's to say
    word = characters[0].isalnum() or characters[0] == "_"
    if any((char.isalnum() or char == "_") != word for char in characters) or (boundary and "\n" in characters):
        return None  # a boundary before them would mean different things
    if caseless:
        characters = "".join(dict.fromkeys(_cases(characters, ascii_only=bool(flags & re.ASCII))))
    check = (_BOUNDARY_BEFORE_FIRST if word else _BOUNDARY_AFTER_WORD) if boundary else ""
    tail = f"(?i:{after})" if caseless and after else after
    if single and written.startswith("["):
        return [(characters, f"[{re.escape(characters)}]{check}{tail}")]
    if len(characters) > 1 and _captures(after):
        return None  # a group cannot be written twice
    return [(char, re.escape(char) + check + tail) for char in characters]


def _after_first(written: str, after: str) -> str | None:
    """What follows the first of a repeated character: ``X+`` is ``X`` then ``X*``, ``X{2,3}`` is ``X`` then ``X{1,2}``.

    None for a character that may be left out (``X?``, ``X*``, ``X{0,2}``) or a lazy or possessive repeat.
    """
    if after[:1] not in _QUANTIFIERS:
        return after
    if after[0] == "+":
        return None if after[1:2] in ("?", "+") else written + "*" + after[1:]
    counted = _COUNTED.match(after)
    if counted is None or int(counted["least"]) < 1 or after[counted.end() : counted.end() + 1] in ("?", "+"):
        return None
    least = int(counted["least"]) - 1
    most = counted["most"] if counted["comma"] else counted["least"]
    rest = after[counted.end() :]
    if not most:
        return f"{written}{{{least},}}{rest}"
    if least == 0 and int(most) == 1:
        return rest
    return f"{written}{{{least},{int(most) - 1}}}{rest}"


def _led_by_literals(alternatives: list[str]) -> bool:
    """Whether the engine can already skip ahead: every alternative starts with a literal (one may start with a class)."""
    if len(alternatives) > 1:
        return all(alternative[:1] != "[" and _lead(alternative) is not None for alternative in alternatives)
    alternative = alternatives[0]
    if alternative.startswith("("):
        if alternative.startswith("(?") and not alternative.startswith(("(?:", "(?P<")):
            return False  # a look-around or flags first
        end = _group_end(alternative)
        opening = 3 if alternative.startswith("(?:") else alternative.find(">") + 1 if alternative[1:2] == "?" else 1
        inner = _split_bars(alternative[opening : end - 1]) if end > 0 else None
        return inner is not None and alternative[end : end + 1] not in _QUANTIFIERS and _led_by_literals(inner)
    lead = _lead(alternative)
    return lead is not None and alternative[len(lead[0]) :][:1] not in _QUANTIFIERS


def _lead(rest: str) -> tuple[str, str] | None:
    """The literal character or class of letters a piece of pattern starts with: as written, and the characters."""
    if not rest:
        return None
    if rest.startswith("["):
        end = _class_end(rest, 0)
        members = _CLASS_OF_LETTERS.fullmatch(rest, 1, end - 1) if end > 0 else None
        if members is None:
            return None
        characters = "".join(
            chr(code)
            for first, last in _RANGE.findall(members.group(0))
            for code in range(ord(first), ord(last or first) + 1)
        )
        return rest[:end], "".join(dict.fromkeys(characters))
    if rest.startswith("\\"):
        escaped = rest[1:2]
        return (rest[:2], escaped) if escaped and not escaped.isalnum() and escaped != "_" else None
    if rest[0] in _METACHARACTERS:
        return None
    return rest[0], rest[0]


def _spread_group(rest: str, boundary: bool, flags: int, *, single: bool, depth: int) -> list[tuple[str, str]] | None:
    """``(?:a|b)c`` as ``ac|bc`` (and ``(?:a)?b`` as ``ab|b``), each then led by its literal."""
    end = _group_end(rest)
    if end < 0:
        return None
    inner, after = rest[3 : end - 1], rest[end:]
    inner_alternatives = _split_bars(inner)
    if inner_alternatives is not None and after[:1] == "?" and after[1:2] not in ("?", "+"):
        inner_alternatives, after = [*inner_alternatives, ""], after[1:]  # (?:a)?b as ab|b
    if inner_alternatives is None or after[:1] in _QUANTIFIERS:
        return None
    if len(inner_alternatives) > 1 and _captures(after):
        return None
    return _each_led(inner_alternatives, after, boundary, flags, single=single, depth=depth)


def _each_led(
    alternatives: list[str], after: str, boundary: bool, flags: int, *, single: bool, depth: int
) -> list[tuple[str, str]] | None:
    """Each alternative (followed by ``after``) led by its literal, or None if one cannot be."""
    found = []
    for alternative in alternatives:
        rewritten = _literal_led(
            (r"\b" if boundary else "") + alternative + after,
            flags,
            single=single and len(alternatives) == 1,
            depth=depth + 1,
        )
        if rewritten is None:
            return None
        found.extend(rewritten)
    return found


def _capturing_group(
    rest: str, boundary: bool, flags: int, *, single: bool, depth: int
) -> list[tuple[str, str]] | None:
    """``\\b(?P<x>a|b)c`` as ``(?P<x>\\ba|\\bb)c``, the group's alternatives each led by its literal."""
    end = _group_end(rest)
    opening = rest.index(">") + 1 if rest.startswith("(?P<") else 1
    if end < 0 or rest[end : end + 1] in _QUANTIFIERS:
        return None
    inner_alternatives = _split_bars(rest[opening : end - 1])
    if inner_alternatives is None:
        return None
    found = _each_led(inner_alternatives, "", boundary, flags, single=single, depth=depth)
    if found is None:
        return None
    after = rest[end:]
    tail = f"(?i:{after})" if flags & re.IGNORECASE and after else after
    group = rest[:opening] + "|".join(text for _, text in found) + ")"
    return [("".join(lead for lead, _ in found), group + tail)]


def _cases(characters: str, *, ascii_only: bool) -> str:
    """Every character that matches one of ``characters`` (ASCII) under re.IGNORECASE (and re.ASCII)."""
    return "".join(
        char.lower() + char.upper() + ("" if ascii_only else _CASE_EXTRAS.get(char.lower(), ""))
        if char.isalpha()
        else char
        for char in characters
    )


def _split_bars(pattern: str) -> list[str] | None:
    """Split a pattern at its top-level bars; None if its brackets do not balance."""
    parts = []
    depth = 0
    start = 0
    for token in _TOKEN.finditer(pattern):
        piece = token.group()
        if piece == "(":
            depth += 1
        elif piece == ")":
            depth -= 1
            if depth < 0:
                return None
        elif piece == "|" and depth == 0:
            parts.append(pattern[start : token.start()])
            start = token.end()
        elif piece in _UNFINISHED:
            return None
    if depth:
        return None
    parts.append(pattern[start:])
    return parts


def _class_end(pattern: str, index: int) -> int:
    """Where the character class opening at ``index`` ends (the index after its ``]``), or -1."""
    index += 1
    if pattern[index : index + 1] == "^":
        index += 1
    if pattern[index : index + 1] == "]":
        index += 1
    while index < len(pattern):
        if pattern[index] == "\\":
            index += 2
            continue
        if pattern[index] == "]":
            return index + 1
        index += 1
    return -1


def _group_end(pattern: str, start: int = 0) -> int:
    """Where the group opening at ``start`` ends (the index after its ``)``), or -1."""
    depth = 0
    for token in _TOKEN.finditer(pattern, start):
        piece = token.group()
        if piece == "(":
            depth += 1
        elif piece == ")":
            depth -= 1
            if depth == 0:
                return token.end()
        elif piece in _UNFINISHED:
            return -1
    return -1


def _captures(pattern: str) -> bool:
    """Whether a piece of pattern holds a capturing group."""
    for token in _TOKEN.finditer(pattern):
        piece = token.group()
        if piece in _UNFINISHED:
            return True
        if piece == "(":
            after = pattern[token.end() : token.end() + 3]
            if after[:1] != "?" or after[1:] == "P<":
                return True
    return False
