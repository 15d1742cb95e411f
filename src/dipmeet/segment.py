"""Segmentation: a release into lines, a body into numbered sections, paragraphs into sentences.

Nothing here decides what a sentence *means*; it only finds structure: which
lines are the numbering of a section, which are headings, where one paragraph
and one sentence end. The numbering styles come from the language's
``MARKER_RULES`` table; nesting follows the order in which styles first
appear, as in any outline (``1.`` then ``(1)`` then ``ア``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Final, Generic, TypeVar

from .model import Diagnostic, DiagnosticKind, Severity, Span
from .normalize import Text
from .rules import Rule, derived, holds_any, last_characters
from .rules._search import _triggers

__all__ = [
    "AnchoredRules",
    "Block",
    "Marker",
    "Sentence",
    "anchored_rules",
    "build_blocks",
    "join_lines",
    "read_anchored_markers",
    "read_markers",
    "split_lines",
    "split_run_on",
    "split_sentences",
]

_BRACKETED: Final = re.compile(r"^[【\[].*[】\]]$")
# A bracket open for longer than this is a stray one, not an aside that hides full stops.
_LONGEST_ASIDE: Final = 80
# Wrapped lines are joined into a paragraph only up to this length (real
# paragraphs stay under 400 characters): joining copies the paragraph, so a
# page of thousands of lines with no full stop would otherwise be quadratic.
_LONGEST_PARAGRAPH: Final = 2000


M = TypeVar("M")


class AnchoredRules(Generic[M]):
    """A table's rules by the character their matches can start with: :func:`~dipmeet.rules.rules_at` as a lookup.

    ``rules_at`` works out the rules for a character on each call; this
    index lists them once per table, for each character that some rule can
    start with, so that reading a line's numbering or testing a line against
    the noise table starts with one dictionary lookup. Each rule comes as
    ``(rule, shortest, longest, screen)``: the lengths of its shortest and
    longest match (a line of another length cannot match the rule whole),
    and, for a rule that starts with a repeat, the ``search`` of a pattern
    of words one of which every match holds (else None; see
    :func:`_screen_words`): where it finds nothing, the rule cannot match.

    Attributes:
        required: Each rule of the table, in order, with words one of which
            every match holds, or None (see :func:`_required_words`).
    """

    __slots__ = (
        "_by_character",
        "_entries",
        "_others",
        "_screen",
        "_triggers",
        "_whole",
        "_whole_others",
        "required",
    )

    def __init__(self, table: Sequence[Rule[M]]) -> None:
        self._triggers = _triggers(table)
        parsed = [_parse(rule) for rule in table]
        self.required = tuple(
            (rule, _required_words(items) if items else None) for rule, items in zip(table, parsed, strict=True)
        )
        self._entries = [
            (rule, *_widths(rule), _words_search(_screen_words(items) if items else None))
            for rule, items in zip(table, parsed, strict=True)
        ]
        always = self._triggers.always
        self._others = tuple(self._entries[index] for index in always)
        self._by_character: dict[str, tuple[AnchoredRule[M], ...]] | None = None
        if not self._triggers.folded:  # no case-insensitive rule: the characters listed are all there are
            self._by_character = {
                char: tuple(self._entries[index] for index in sorted({*indices, *always}))
                for char, indices in self._triggers.by_character.items()
            }
        self._screen: tuple[re.Pattern[str] | None] | None = None  # built on the first call of screen()
        self._whole: dict[str, _EndsIndex[M]] | None = None  # built on the first call of whole()
        self._whole_others: _EndsIndex[M] = ({}, self._others)

    def _ends_indices(self) -> tuple[dict[str, _EndsIndex[M]], _EndsIndex[M]]:
        """For each first character, its rules by the character a whole match can end with (see :meth:`whole`).

        Characters whose rule lists are the same share one index: a table
        whose rule can start with any kanji lists thousands of characters but
        only a few different lists.
        """
        # whole() reads texts that are not empty: a rule that may match the empty string is listed
        # by the characters its longer matches end with (table_debris, [\s|…]*: not at 。).
        # Keyed by the identity of each entry's rule, not of the entry: compiled (mypyc) code makes a new
        # tuple each time it reads one from a list, and an entry is made from its rule alone.
        lasts = {id(entry[0]): last_characters(entry[0].pattern, nonempty=True) for entry in self._entries}
        shared: dict[tuple[int, ...], _EndsIndex[M]] = {}

        def index_of(entries: tuple[AnchoredRule[M], ...]) -> _EndsIndex[M]:
            key = tuple(id(entry[0]) for entry in entries)
            if key not in shared:
                shared[key] = _ends_index(entries, [lasts[id(entry[0])] for entry in entries])
            return shared[key]

        assert self._by_character is not None
        whole = {char: index_of(entries) for char, entries in self._by_character.items()}
        return whole, index_of(self._others)

    def screen(self) -> re.Pattern[str] | None:
        """One pattern of the words in :attr:`required`, or None when some rule has none.

        A text in which it finds nothing holds none of the words of any
        rule, so that no rule of the table can match in it: one search rules
        out the whole table.
        """
        if self._screen is None:
            words = [word for _, words in self.required for word in (words or ())]
            every = all(words is not None for _, words in self.required)
            self._screen = (re.compile("|".join(map(re.escape, sorted(set(words))))) if every and words else None,)
        return self._screen[0]

    def whole(self, text: str) -> Sequence[AnchoredRule[M]]:
        """The rules that can match the whole of ``text`` (``fullmatch``), in table order.

        Those of :meth:`at` less the rules whose matches cannot end with the
        last character of ``text`` (see :func:`~dipmeet.rules.last_characters`).
        """
        if not text or self._by_character is None:
            return self.at(text)
        if self._whole is None:
            self._whole, self._whole_others = self._ends_indices()
        by_last, others = self._whole.get(text[0], self._whole_others)
        return by_last.get(text[-1], others)

    def at(self, text: str) -> Sequence[AnchoredRule[M]]:
        """The rules that can match at the start of ``text``, in table order (those of ``rules_at``)."""
        if self._by_character is None or not text:
            return [self._entries[index] for index in self._triggers.at(text, 0)]
        return self._by_character.get(text[0], self._others)


AnchoredRule = tuple[Rule[M], int, int, "Callable[[str], object] | None"]
"""A rule, the lengths of its shortest and longest match, and a search for words its matches hold (or None)."""


def _words_search(words: tuple[str, ...] | None) -> Callable[[str], object] | None:
    """The ``search`` of one pattern of ``words`` (one scan of the text, not one per word), or None for None."""
    if words is None:
        return None
    return re.compile("|".join(map(re.escape, words))).search


_EndsIndex = tuple[dict[str, tuple[AnchoredRule[M], ...]], tuple[AnchoredRule[M], ...]]
"""Rules by the last character of a match, and the rules whose last characters cannot be told."""


def _ends_index(entries: Sequence[AnchoredRule[M]], lasts: Sequence[frozenset[str] | None]) -> _EndsIndex[M]:
    """Index rules by the characters their matches can end with.

    Args:
        entries: The rules, in table order.
        lasts: For each rule, the characters its matches can end with, or None where they cannot be told.

    Returns:
        For each listed character, the rules (in order) that can end with it
        or with anything; and the rules that can end with anything, for the
        characters not listed.
    """
    listed = set().union(*(last for last in lasts if last is not None))
    by_last = {
        char: tuple(entry for entry, last in zip(entries, lasts, strict=True) if last is None or char in last)
        for char in listed
    }
    return by_last, tuple(entry for entry, last in zip(entries, lasts, strict=True) if last is None)


def _widths(rule: Rule[Any]) -> tuple[int, int]:
    """The shortest and longest match of a rule's pattern (0 and a huge number where unknown)."""
    parsed = rule.parsed()
    if parsed is None:
        return 0, 1 << 64
    try:
        shortest, longest = parsed.getwidth()
    except Exception:  # a width the parser cannot tell is no filter
        return 0, 1 << 64
    return int(shortest), int(longest)


def _parse(rule: Rule[Any]) -> list[tuple[Any, Any]] | None:
    """The items of a rule's parsed pattern, or None for a case-insensitive rule or one the parser cannot read."""
    parsed = rule.parsed()
    if parsed is None or (rule._flags | parsed.state.flags) & re.IGNORECASE:
        return None
    return list(parsed.data)


def _screen_words(items: list[tuple[Any, Any]]) -> tuple[str, ...] | None:
    """The words every match holds, where they are worth looking for before a ``fullmatch``; else None.

    Only for a pattern that starts with a repeat (``.{0,80}(?:トップページ|…)``):
    there the engine tries the words after every length of the repeat, and a
    substring search rules a line out sooner. A pattern that starts with its
    words fails at once on a line that does not.
    """
    if str(items[0][0]) not in ("MAX_REPEAT", "MIN_REPEAT"):
        return None
    return _required_words(items)


def _required_words(items: list[tuple[Any, Any]]) -> tuple[str, ...] | None:
    """Words one of which every match of a parsed pattern holds, or None where none are found.

    The items of a pattern are matched one after another, so every match
    holds what any one of them matches: the first run of literal characters
    (``へ戻る``), or the first alternation of plain words (``トップページ|サイトマップ``),
    found among the items or inside a group among them. Look-arounds,
    repeats and anything else are passed over.
    """
    index = 0
    while index < len(items):
        opcode, argument = items[index]
        name = str(opcode)
        if name == "LITERAL":
            end = index
            while end < len(items) and str(items[end][0]) == "LITERAL":
                end += 1
            return ("".join(chr(code) for _, code in items[index:end]),)
        if name == "BRANCH":
            words = [_plain_word(list(branch)) for branch in argument[1]]
            if all(words):
                return tuple(word for word in words if word)
        if name == "SUBPATTERN" and not (argument[1] & re.IGNORECASE):
            inner = _required_words(list(argument[-1]))
            if inner is not None:
                return inner
        index += 1
    return None


def _plain_word(items: list[tuple[Any, Any]]) -> str | None:
    """The word a parsed pattern of literal characters alone spells, or None."""
    if not items or any(str(opcode) != "LITERAL" for opcode, _ in items):
        return None
    return "".join(chr(code) for _, code in items)


_ANCHORED: dict[int, tuple[Sequence[Rule[Any]], AnchoredRules[Any]]] = {}


def anchored_rules(table: Sequence[Rule[M]]) -> AnchoredRules[M]:
    """The :class:`AnchoredRules` of a table, built on first use (see :func:`dipmeet.rules.derived`)."""
    entry = _ANCHORED.get(id(table))
    if entry is not None and entry[0] is table:  # derived's own test, without its call: this runs for every line
        return entry[1]
    return derived(_ANCHORED, table, AnchoredRules)


def split_lines(text: Text) -> list[Text]:
    """Split normalised text into non-blank lines, each stripped of outer white space."""
    lines = []
    position = 0
    for piece in text.text.split("\n"):  # what [^\n]+ finds, but with no regex reading each character
        start, position = position, position + len(piece) + 1
        stripped = piece.strip()
        if stripped:
            left = start if stripped[0] == piece[0] else start + len(piece) - len(piece.lstrip())
            lines.append(text.slice(left, left + len(stripped)))
    return lines


def split_run_on(
    line: Text, pattern: re.Pattern[str], keep: Callable[[re.Match[str]], bool] | None = None
) -> list[Text]:
    """Split a line where numbering runs on after a full stop (「…とおり。1.日豪…」).

    Args:
        line: The line.
        pattern: Where numbering runs on (a match starts where the line is cut).
        keep: Which matches to cut at (all where None).
    """
    cuts = [match.start() for match in pattern.finditer(line.text) if keep is None or keep(match)]
    if not cuts:
        return [line]
    pieces = []
    previous = 0
    for cut in [*cuts, len(line.text)]:
        piece = line.slice(previous, cut).strip()
        if piece.text:
            pieces.append(piece)
        previous = cut
    return pieces


class Marker:
    """The numbering at the head of a line.

    A plain class with slots and read-only fields: one is made for every
    numbered line, and such an object is made and read faster than a named
    tuple or an attrs class (and natively in the compiled build).

    Attributes:
        style: The numbering system (``digit_dot``, ``paren_digit``, ``bullet``...).
        label: The numbering as written, stripped (``1.``, ``(1)``, ``ア``).
        number: The number or letter inside (``1``, ``ア``).
        span: Where the numbering is written, or None.
    """

    __slots__ = ("label", "number", "span", "style")

    def __init__(self, style: str, label: str, number: str, span: Span | None = None) -> None:
        self.style: Final = style
        self.label: Final = label
        self.number: Final = number
        self.span: Final = span


def read_markers(line: Text, rules: Sequence[Rule[str]]) -> tuple[list[Marker], Text]:
    """Read the numbering at the head of ``line``; return it and the rest of the line.

    Several markers may stand together (``1.(1)``, ``- (1)``); a list number
    that a converted page put before the release's own number (``1. (1)``,
    ``• 1``) is dropped, keeping the release's own.
    """
    return read_anchored_markers(line, anchored_rules(rules))


def read_anchored_markers(line: Text, anchored: AnchoredRules[str]) -> tuple[list[Marker], Text]:
    """:func:`read_markers` with the numbering table's :class:`AnchoredRules` at hand (looked up once per release)."""
    candidates = anchored.at(line.text)
    if not candidates:
        return [], line  # the usual body line: no numbering can start with its first character
    markers: list[Marker] = []
    rest = line
    for _ in range(4):
        text = rest.text
        for entry in candidates:
            rule = entry[0]
            match = rule.pattern.match(text)
            if match and match.end():
                written = match.group(0).rstrip()
                markers.append(Marker(rule.meaning, written.lstrip(), match.group("n"), rest.span(0, len(written))))
                rest = _rest_after(rest, match.end())
                break
        else:
            break
        if not rest.text:
            break
        candidates = anchored.at(rest.text)
    return (_drop_artifacts(markers) if len(markers) > 1 else markers), rest


_SPACES: Final = re.compile(r"\s*")


def _rest_after(line: Text, start: int) -> Text:
    """``line.slice(start).strip()`` in one slice: what follows a marker, without its white space."""
    text = line.text
    right = len(text.rstrip())  # the string itself where nothing trails it: no copy, no character made
    if start >= right:
        return line.slice(len(text), len(text))  # white space alone follows the marker
    left = start
    if text[left].isspace():
        left = _SPACES.match(text, start).end()  # type: ignore[union-attr]  # \s* always matches
    return line.slice(left, right)


def _drop_artifacts(markers: list[Marker]) -> list[Marker]:
    """Drop list numbers that page conversion put in front of the release's own numbering."""
    if len(markers) < 2:
        return markers
    kept: list[Marker] = []
    dropped_start: int | None = None  # where dropped numbering starts: the kept marker's span covers it
    for index, marker in enumerate(markers):
        following = markers[index + 1] if index + 1 < len(markers) else None
        if following is not None and (
            marker.style == "bullet"
            or (marker.style in ("digit_dot", "digit_space") and following.number == marker.number)
        ):
            if dropped_start is None and marker.span is not None:
                dropped_start = marker.span.start
            continue
        if dropped_start is not None and marker.span is not None:
            marker = Marker(marker.style, marker.label, marker.number, Span(dropped_start, marker.span.end))
            dropped_start = None
        kept.append(marker)
    return kept


class Block:
    """A numbered or headed part of a body, while it is being built.

    A plain class with slots, native in the compiled build (mypyc does not
    recognise ``attrs.define``), where its fields are read without the
    interpreter.

    Attributes:
        marker: The numbering of the block, or None for unnumbered text.
        heading: The heading line (without numbering), if any.
        paragraphs: Paragraphs of body text directly in this block.
        children: Blocks numbered one level below.
        style: The numbering style, for nesting.
    """

    __slots__ = ("children", "heading", "marker", "paragraphs", "style")

    def __init__(
        self,
        marker: Marker | None = None,
        heading: Text | None = None,
        paragraphs: list[Text] | None = None,
        children: list[Block] | None = None,
        style: str | None = None,
    ) -> None:
        self.marker = marker
        self.heading = heading
        self.paragraphs: list[Text] = [] if paragraphs is None else paragraphs
        self.children: list[Block] = [] if children is None else children
        self.style = style

    def __repr__(self) -> str:
        heading = None if self.heading is None else self.heading.text
        parts = f"{len(self.paragraphs)} paragraphs, {len(self.children)} children"
        return f"Block(style={self.style!r}, heading={heading!r}, {parts})"


def join_lines(first: Text, second: Text) -> Text:
    """Join two lines of one paragraph; the break between them reads as a space."""
    gap = second.start - first.end
    text = first.text + " " + second.text
    origin = [*first.origin[: len(first.text)], first.end, *second.origin]
    if gap <= 0:  # lines from one original line (split run-on numbering)
        origin[len(first.text)] = first.end
    return Text(text, origin, first.raw)


def build_blocks(
    lines: Sequence[Text],
    marker_rules: Sequence[Rule[str]],
    *,
    is_heading: Callable[[Text], bool],
    inline_heading: Callable[[Text], tuple[Text, Text] | None],
    ends_sentence: Callable[[Text], bool],
    nest_restarts: bool = False,
) -> Block:
    """Arrange body lines into a tree of blocks by their numbering.

    Args:
        lines: The body lines, in order.
        marker_rules: The language's numbering table.
        is_heading: Whether a line (numbered or not) is a heading.
        inline_heading: Split ``label body`` where a flattened page runs a
            heading into its first sentence, or None.
        ends_sentence: Whether a line ends a sentence; a line that does not
            is joined with the next unnumbered line (a wrapped line).
        nest_restarts: Read a list that starts again at 1 right under a
            numbered heading as nested in it, although both use the same
            numbering (``1. Introduction`` / ``1. ...`` / ``2. ...`` /
            ``2. Bilateral Relations``), and close such a list when the
            numbering goes on from the heading's number. Off by default.

    Returns:
        A root block whose children are the top-level sections; text before
        any numbering sits in the root's own paragraphs.
    """
    root = Block()
    stack: list[Block] = [root]
    pending: Text | None = None  # a paragraph still open for wrapped lines
    anchored = anchored_rules(marker_rules)

    def flush() -> None:
        nonlocal pending
        if pending is not None:
            stack[-1].paragraphs.append(pending)
            pending = None

    for index, line in enumerate(lines):
        markers, rest = read_anchored_markers(line, anchored)
        if markers:
            flush()
            for marker in markers:
                if nest_restarts:
                    _open_numbered_block(stack, marker)
                else:
                    _open_block(stack, marker)
            if not rest.text:
                continue
            split = inline_heading(rest)
            if split is not None:
                stack[-1].heading, rest = split
            elif is_heading(rest) and _starts_content(lines, index + 1, marker_rules):
                stack[-1].heading = rest
                continue
            pending = rest
        else:
            if pending is not None and is_heading(line) and _BRACKETED.match(line.text):
                flush()  # 【会談概要】 never continues a paragraph
            if pending is None and is_heading(line) and _starts_content(lines, index + 1, marker_rules):
                # An unnumbered heading opens a block at the current depth.
                flush()
                block = Block(heading=line, style="heading")
                _attach_unnumbered(stack, block)
                continue
            if pending is not None and not ends_sentence(pending) and len(pending.text) < _LONGEST_PARAGRAPH:
                pending = join_lines(pending, line)
                continue
            flush()
            pending = line
        if pending is not None and ends_sentence(pending):
            flush()
    flush()
    return root


def _starts_content(lines: Sequence[Text], index: int, marker_rules: Sequence[Rule[str]]) -> bool:
    """Whether something follows a candidate heading (a heading is never the last line)."""
    return index < len(lines)


def _open_block(stack: list[Block], marker: Marker) -> None:
    """Open a block for ``marker`` at the depth its style has in the outline."""
    for depth in range(len(stack) - 1, 0, -1):
        if stack[depth].style == marker.style:
            del stack[depth:]
            break
    else:
        # A heading-only block (no style of its own) is closed by any numbering
        # that is not nested under it by appearing first after it.
        pass
    block = Block(marker=marker, style=marker.style)
    stack[-1].children.append(block)
    stack.append(block)


def _open_numbered_block(stack: list[Block], marker: Marker) -> None:
    """Open a block for ``marker``, nesting a list that restarts under a heading and following the numbering."""
    top = stack[-1] if len(stack) > 1 else None
    if (
        top is not None
        and top.style == marker.style
        and top.heading is not None
        and not top.paragraphs
        and not top.children
        and marker.number in _FIRST_NUMBERS
    ):
        block = Block(marker=marker, style=marker.style)
        top.children.append(block)
        stack.append(block)
        return
    same = [depth for depth in range(len(stack) - 1, 0, -1) if stack[depth].style == marker.style]
    following = next((d for d in same if _follows(stack[d].marker, marker)), same[0] if same else None)
    if following is not None:
        del stack[following:]
    block = Block(marker=marker, style=marker.style)
    stack[-1].children.append(block)
    stack.append(block)


_FIRST_NUMBERS: Final = frozenset({"1", "a", "A", "i", "I"})


def _follows(previous: Marker | None, marker: Marker) -> bool:
    """Whether ``marker`` continues the numbering of ``previous`` (2 after 1, b after a)."""
    if previous is None:
        return False
    if previous.number.isdigit() and marker.number.isdigit():
        return int(marker.number) == int(previous.number) + 1
    if len(previous.number) == 1 and len(marker.number) == 1:
        return ord(marker.number) == ord(previous.number) + 1
    return False


def _attach_unnumbered(stack: list[Block], block: Block) -> None:
    """Attach an unnumbered heading block as a sibling of the last unnumbered heading."""
    for depth in range(len(stack) - 1, 0, -1):
        if stack[depth].style == "heading":
            del stack[depth:]
            break
    stack[-1].children.append(block)
    stack.append(block)


class _Marks:
    """The characters that matter to sentence splitting.

    Attributes:
        pattern: All of them, as one class to scan for.
        others: Those other than the full stops (quotation marks, brackets), one by one.
    """

    __slots__ = ("others", "pattern")

    def __init__(self, pattern: re.Pattern[str], others: tuple[str, ...]) -> None:
        self.pattern: Final = pattern
        self.others: Final = others


@functools.lru_cache(maxsize=16)
def _marks(end: str, opening: str, closing: str) -> _Marks:
    """The characters that matter to sentence splitting."""
    others = opening + closing + "()"
    return _Marks(re.compile("[" + re.escape(end + others) + "]"), tuple(others))


class Sentence:
    """A sentence of a paragraph.

    A plain class with slots and read-only fields: one is made for every
    sentence, and such an object is made and read faster than a named tuple
    or an attrs class (and natively in the compiled build).

    Attributes:
        text: The sentence, with its map back to the input.
        quote_depth: How many quotations were open where the sentence starts
            (above zero for the second and later sentences of a quotation).
        closed: True when the sentence ends with its terminal punctuation.
    """

    __slots__ = ("closed", "quote_depth", "text")

    def __init__(self, text: Text, quote_depth: int, closed: bool) -> None:
        self.text: Final = text
        self.quote_depth: Final = quote_depth
        self.closed: Final = closed


def split_sentences(paragraph: Text, *, end: str, opening: str, closing: str) -> list[Sentence]:
    """Split a paragraph into sentences at full stops, keeping quotations together.

    A full stop ends a sentence, even inside a quotation, unless the
    quotation closes right after it (「…。」旨述べました): each sentence
    inside a quotation becomes a sentence of its own, marked with the depth
    of the quotations open where it starts. A quotation left open at the end
    of the paragraph is not a quotation at all: the count is reset.
    """
    marks = _marks(end, opening, closing)
    if len(end) == 1 and not holds_any(paragraph.text, marks.others):
        return _split_bare(paragraph, end)
    return _split_marked(paragraph, marks.pattern, end=end, opening=opening, closing=closing)


def _split_marked(paragraph: Text, pattern: re.Pattern[str], *, end: str, opening: str, closing: str) -> list[Sentence]:
    """:func:`split_sentences` read mark by mark (``pattern`` finds them all): quotations, brackets, full stops."""
    text = paragraph.text
    sentences: list[Sentence] = []
    depth = 0
    start = 0
    start_depth = 0
    length = len(text)
    paren = 0
    paren_start = 0
    for mark in pattern.finditer(text):
        index, char = mark.start(), mark.group()
        if char in opening:
            depth += 1
        elif char in closing:
            depth = max(0, depth - 1)
        elif char == "(":
            if not paren:
                paren_start = index
            paren += 1
        elif char == ")":
            paren = max(0, paren - 1)
        elif char in end and (paren == 0 or index - paren_start > _LONGEST_ASIDE):
            paren = 0
            stop = index + 1
            if stop < length and text[stop] in closing:
                continue  # 。」: the quotation ends the sentence with it
            if not text[start].isspace() and not char.isspace():  # nothing to strip
                whole = not start and stop == length  # the paragraph is one sentence: no copy of it
                sentences.append(Sentence(paragraph if whole else paragraph.slice(start, stop), start_depth, True))
            else:
                piece = paragraph.slice(start, stop).strip()
                if piece.text:
                    sentences.append(Sentence(piece, start_depth, True))
            start = stop
            start_depth = depth
    if start < length:
        piece = (paragraph.slice(start) if start else paragraph).strip()
        if piece.text:
            sentences.append(Sentence(piece, start_depth, False))
    if depth:
        # An unbalanced quotation: read the sentences as plain ones.
        sentences = [Sentence(s.text, 0, s.closed) for s in sentences]
    return sentences


def _split_bare(paragraph: Text, end: str) -> list[Sentence]:
    """:func:`split_sentences` for a paragraph with no quotation mark or bracket: a sentence at each full stop.

    ``end`` is the one character that ends a sentence.
    """
    text = paragraph.text
    length = len(text)
    stop = text.find(end) + 1
    if 0 < stop == length and not text[0].isspace() and not end.isspace():
        return [Sentence(paragraph, 0, True)]  # the usual paragraph: one sentence, no copy of it
    sentences: list[Sentence] = []
    start = 0
    while stop:
        piece = paragraph.slice(start, stop).strip()
        if piece.text:
            sentences.append(Sentence(piece, 0, True))
        start = stop
        stop = text.find(end, start) + 1
    if start < length:
        piece = (paragraph.slice(start) if start else paragraph).strip()
        if piece.text:
            sentences.append(Sentence(piece, 0, False))
    return sentences


def all_paragraphs(block: Block) -> Iterator[Text]:
    """Every paragraph of ``block`` and of the blocks below it: its own, then each child's, depth first."""
    yield from block.paragraphs
    for child in block.children:
        yield from all_paragraphs(child)


def inline_noise(root: Block, raw: str, rules: Sequence[Rule[DiagnosticKind]]) -> list[Diagnostic]:
    """Note noise glued inside sentences ((PDF)別ウィンドウで開く, "Open a New Window"); the verbatim text keeps it.

    Args:
        root: The body's blocks.
        raw: The input as given (the message quotes it).
        rules: The language's table of inline noise.
    """
    found = []
    anchored = anchored_rules(rules)
    required = anchored.required
    screen = anchored.screen()
    for paragraph in all_paragraphs(root):
        text = paragraph.text
        if screen is not None and screen.search(text) is None:
            continue  # no rule's words in the paragraph: no rule can match
        for rule, words in required:
            if words is not None and not holds_any(text, words):
                continue  # the rule needs a word the paragraph does not hold: no regex scan
            for match in rule.pattern.finditer(text):
                span = paragraph.span(match.start(), match.end())
                found.append(
                    Diagnostic(
                        rule.meaning,
                        Severity.INFO,
                        f"noise inside a sentence, kept in its text: {raw[span.start : span.end]!r}",
                        span,
                        rule.name,
                    )
                )
    return found
