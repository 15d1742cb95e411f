"""When a meeting took place: dates, clock times, durations and time zones in an opening paragraph.

Dates are resolved against the release's date line (本24日 takes the year and
month of 平成22年3月24日); clock times are sorted into local and Japan time by
the zone labels beside them (現地時間, 日本時間, NY時間); durations are read
as written (約1時間15分 → 75). Everything found is kept with its position so
that callers can tell which part of the paragraph it belongs to.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence
from typing import Any, Final

import attrs

from .normalize import era_year, parse_number
from .rules import _first_characters, ja

try:  # the regular-expression parser, read for the first characters of a pattern
    from re import _parser as _regex_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _regex_parser

__all__ = ["Clock", "DateContext", "FoundDate", "When", "read_date_line", "read_when"]


@attrs.frozen
class DateContext:
    """What a release's date line says, for resolving partial dates.

    Attributes:
        year: The year of the date line (or of ``published`` given by the caller).
        month: Its month, where given.
        day: Its day, where given.
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @classmethod
    def of(cls, date: dt.date | None) -> DateContext:
        """Build a context from a full date (or an empty one from None)."""
        return cls() if date is None else cls(date.year, date.month, date.day)


def read_date_line(text: str) -> tuple[DateContext, re.Match[str]] | None:
    """Read a date line (平成22年3月24日, 2005年9月26日, 平成16年11月) at the start of ``text``."""
    match = ja.DATE_LINE.match(text)
    if not match:
        return None
    year = era_year(match["era"], parse_number(match["era_year"]) or 0) if match["era"] else int(match["year"])
    month = parse_number(match["month"]) if match["month"] else None
    day = parse_number(match["day"]) if match["day"] else None
    return DateContext(year, month, day), match


@attrs.frozen
class FoundDate:
    """A date found in text, resolved as far as the text and its context allow.

    Attributes:
        date: The full date, or None when year or month stayed unknown.
        start: Where the date expression starts in the searched text.
        end: Where it ends.
        weekday: The weekday written beside it (0 = Monday), if any.
        explicit_month: True when the text itself gives the month.
        invalid: True when the numbers do not make a calendar date.
    """

    date: dt.date | None
    start: int
    end: int
    weekday: int | None = None
    explicit_month: bool = False
    invalid: bool = False


@attrs.frozen
class Clock:
    """A clock time found in text.

    Attributes:
        minutes: Minutes after midnight.
        start: Where the expression starts.
        end: Where it ends.
        approximate: True for 頃, 過ぎ, 前 (and "around").
        zone: The zone label that applies (現地時間, 日本時間, NY時間), or None.
        until: True when the time ends a range (…まで).
    """

    minutes: int
    start: int
    end: int
    approximate: bool = False
    zone: str | None = None
    until: bool = False

    @property
    def time(self) -> dt.time:
        """The clock time as a ``datetime.time`` (24:00 and later wrap around)."""
        return dt.time((self.minutes // 60) % 24, self.minutes % 60)


@attrs.frozen
class When:
    """Everything an opening paragraph says about time.

    Attributes:
        date: The first date (resolved), or None.
        clocks: Clock times in text order.
        durations: ``(minutes, approximate, start, end)`` for each duration, in text order.
    """

    date: FoundDate | None
    dates: tuple[FoundDate, ...]
    clocks: tuple[Clock, ...]
    durations: tuple[tuple[int, bool, int, int], ...]

    def local_clocks(self) -> list[Clock]:
        """Clock times in local time (not labelled Japan time)."""
        return [clock for clock in self.clocks if clock.zone != ja.JAPAN_TIME]

    def japan_clocks(self) -> list[Clock]:
        """Clock times labelled Japan time."""
        return [clock for clock in self.clocks if clock.zone == ja.JAPAN_TIME]


def _parsed(pattern: re.Pattern[str]) -> tuple[list[tuple[Any, Any]], int] | None:
    """A pattern's parse tree and flags, or None where the parser cannot read it."""
    try:
        parsed = _regex_parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - a pattern re compiled but the parser rejects
        return None
    return list(parsed.data), pattern.flags | parsed.state.flags


def _first_characters_of(pattern: re.Pattern[str]) -> set[str] | None:
    """The characters a match of ``pattern`` can start with, or None when any can (or it may be empty)."""
    parsed = _parsed(pattern)
    return None if parsed is None else _first_characters(*parsed)


def _character_class(chars: Iterable[str]) -> str:
    return "[" + "".join(re.escape(char) for char in sorted(chars)) + "]"


@functools.cache
def _starts_index(
    patterns: tuple[re.Pattern[str], ...],
) -> tuple[re.Pattern[str], dict[str, tuple[int, ...]]] | None:
    """One class of every character the patterns can start with, and for each character the patterns that can.

    None when some pattern may start with anything (or match the empty string).
    """
    by_character: dict[str, list[int]] = {}
    for index, pattern in enumerate(patterns):
        first = _first_characters_of(pattern)
        if first is None:
            return None
        for char in first:
            by_character.setdefault(char, []).append(index)
    if not by_character:
        return None
    return re.compile(_character_class(by_character)), {char: tuple(found) for char, found in by_character.items()}


def matches_by_start(patterns: tuple[re.Pattern[str], ...], text: str) -> list[list[re.Match[str]]]:
    """Each pattern's matches in ``text``, as its ``finditer`` gives them, found in one pass.

    The pass stops only at characters some pattern can start with (the
    engine skips the others at once), and tries there, anchored, the patterns
    that can start with that character and are not inside their own last match.
    """
    index = _starts_index(patterns)
    if index is None:
        return [list(pattern.finditer(text)) for pattern in patterns]
    gate, by_character = index
    found: list[list[re.Match[str]]] = [[] for _ in patterns]
    last_end = [0] * len(patterns)
    for position in gate.finditer(text):
        start = position.start()
        for number in by_character[text[start]]:
            if start < last_end[number]:
                continue  # inside this pattern's previous match: finditer would not look here
            match = patterns[number].match(text, start)
            if match is not None:
                found[number].append(match)
                last_end[number] = match.end()
    return found


@functools.cache
def _ends_index(pattern: re.Pattern[str]) -> tuple[str, int] | None:
    """The text every match of ``pattern`` ends with, and a match's greatest length; None if unknown or unbounded."""
    parsed = _parsed(pattern)
    if parsed is None:
        return None
    items, flags = parsed
    if flags & re.IGNORECASE:
        return None  # a literal would have to be read in either case
    longest = _regex_parser.SubPattern(_regex_parser.State(), items).getwidth()[1]
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


def last_characters(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can end with, or None when they cannot be told.

    >>> sorted(last_characters(re.compile("大臣|外相(?:ら)?")))
    ['ら', '相', '臣']
    """
    parsed = _parsed(pattern)
    if parsed is None:
        return None
    last = _first_characters(_reversed_pattern(parsed[0]), parsed[1])
    return None if last is None else frozenset(last)


# The patterns of read_when that start with a number or a date word, searched in one pass.
_TIME_PATTERNS: Final = (ja.DAY_DATE, ja.CLOCK, ja.DURATION)


def read_when(text: str, context: DateContext) -> When:
    """Read the dates, clock times and durations in an opening paragraph."""
    day_dates, clock_times, lengths = matches_by_start(_TIME_PATTERNS, text)
    dates = tuple(_dates(day_dates, context))
    clocks = tuple(_label_zones(text, _clocks(text, clock_times)))
    durations = tuple(_durations(lengths))
    return When(_local_date(dates, clocks), dates, clocks, durations)


def _local_date(dates: Sequence[FoundDate], clocks: Sequence[Clock]) -> FoundDate | None:
    """The first date, or the local one where the first is the day in Japan.

    In 5月31日午前3時40分(現地時間5月30日午後2時40分) the meeting's day is the
    local 30th: the first date is written against a Japan time.
    """
    if not dates:
        return None

    def zone_of(found: FoundDate) -> str | None:
        clock = next((clock for clock in clocks if clock.start >= found.end), None)
        if clock is None or clock.start - found.end > 1:
            return None
        return clock.zone or ""

    if zone_of(dates[0]) != ja.JAPAN_TIME:
        return dates[0]
    for found in dates[1:]:
        zone = zone_of(found)
        if found.date is not None and zone and zone != ja.JAPAN_TIME:
            return found
    return dates[0]


def _dates(matches: Iterable[re.Match[str]], context: DateContext) -> list[FoundDate]:
    """The dates of DAY_DATE's matches, resolved against the date line."""
    found: list[FoundDate] = []
    previous: dt.date | None = None
    for match in matches:
        weekday = ja.WEEKDAY_CHARS.index(match["weekday"]) if match["weekday"] else None
        if match["relative"]:
            found.append(FoundDate(_relative(match["relative"], context), match.start(), match.end(), weekday))
            continue
        if match["day"] == "同" or match["prefix"] == "同":
            found.append(FoundDate(previous, match.start(), match.end(), weekday))
            continue
        resolved = _resolve(match, context)
        if isinstance(resolved, str):
            found.append(FoundDate(None, match.start(), match.end(), weekday, invalid=True))
            continue
        found.append(FoundDate(resolved, match.start(), match.end(), weekday, explicit_month=bool(match["month"])))
        previous = resolved or previous
    return found


def _relative(word: str, context: DateContext) -> dt.date | None:
    """本日 is the date line's day; 昨日 the day before it."""
    if context.year is None or context.month is None or context.day is None:
        return None
    try:
        today = dt.date(context.year, context.month, context.day)
    except ValueError:
        return None
    return today - dt.timedelta(days=1) if word == "昨日" else today


def _resolve(match: re.Match[str], context: DateContext) -> dt.date | str | None:
    """Resolve a day (and perhaps month and year) against the date line; "invalid" for a bad date."""
    day = parse_number(match["day"])
    if day is None:
        return None
    if match["year"]:
        year: int | None = int(match["year"])
    elif match["era"]:
        year = era_year(match["era"], parse_number(match["era_year"]) or 0)
    else:
        year = context.year
    month = parse_number(match["month"]) if match["month"] else context.month
    if month is None or year is None:
        return None
    if not match["year"] and not match["era"] and context.month is not None:
        if match["month"] and month > context.month + 1:
            year -= 1  # 12月 in a release dated January
        elif not match["month"] and context.day is not None and day > context.day + 1:
            month -= 1  # 30日 in a release dated the 2nd
            if month == 0:
                month, year = 12, year - 1
    try:
        return dt.date(year, month, day)
    except ValueError:
        return "invalid"


def _clocks(text: str, matches: Iterable[re.Match[str]]) -> list[Clock]:
    """The clock times of CLOCK's matches in ``text``."""
    clocks = []
    for match in matches:
        if match["noon"]:
            minutes = 12 * 60
        else:
            hour = parse_number(match["hour"])
            if hour is None or hour > 30:
                continue
            minute = 30 if match["han"] else (parse_number(match["minute"]) if match["minute"] else 0)
            if minute is None or minute > 59:
                continue
            if match["half"] == "午後" and hour < 12:
                hour += 12
            elif match["half"] == "午前" and hour == 12:
                hour = 0
            minutes = hour * 60 + minute
        tail = text[match.end() : match.end() + 12]
        until = bool(_UNTIL.match(tail))
        clocks.append(Clock(minutes, match.start(), match.end(), bool(match["approx"]), None, until))
    return clocks


# What makes a clock time the end of a range: …まで, perhaps after a bracket or 頃.
_UNTIL: Final = re.compile(r"(?:\([^()]{0,20}\))?(?:頃|ころ)?まで")


def _paren_around(text: str, position: int) -> tuple[int, int] | None:
    """Return the bounds of the innermost parenthesis holding ``position``, if any.

    Brackets are looked for up to 59 characters back; the bracket that holds
    ``position`` must close within 60 characters after it.
    """
    low = max(0, position - 59)
    depth = 0
    index = position
    while True:
        # The nearest bracket before ``index``: a closing one is skipped with its opening one.
        open_ = text.rfind("(", low, index)
        if open_ == -1:
            return None
        close = text.rfind(")", open_ + 1, index)
        if close != -1:
            depth += 1
            index = close
            continue
        if depth == 0:
            end = text.find(")", position)
            return (open_, end) if end != -1 and end - position < 60 else None
        depth -= 1
        index = open_


def _label_zones(text: str, clocks: list[Clock]) -> list[Clock]:
    """Give each clock the zone label that applies to it."""
    zones = [(m.start(), m.end(), m["zone"]) for m in matches_by_end(ja.TIME_ZONE, text)]
    labelled = []
    for clock in clocks:
        zone = None
        paren = _paren_around(text, clock.start)
        if paren is not None:
            # In a bracket, the nearest label before the clock, else the first after it.
            before_in = [label for start, end, label in zones if paren[0] < start and end <= clock.start]
            after_in = [label for start, end, label in zones if clock.end <= start and end <= paren[1]]
            zone = before_in[-1] if before_in else (after_in[0] if after_in else None)
        if zone is None:
            # A label right before the clock (現地時間4月29日午前10時45分) or in a
            # bracket right after it (12時45分(現地時間)).
            before = [label for start, end, label in zones if 0 <= clock.start - end <= 14 and end <= clock.start]
            # A bracket after the clock that holds only the label: 12時45分(現地時間);
            # in 23時25分(16時25分,現地時間) the label is the bracketed clock's.
            after = [
                label
                for start, end, label in zones
                if 0 <= start - clock.end <= 12
                and text[clock.end : start].startswith(("(", "から(", "より("))
                and text[end : end + 1] in (")", "。", "、", ",", "")
                and not any(clock.end <= other.start < start for other in clocks)
            ]
            zone = (before[-1] if before else None) or (after[0] if after else None)
            if zone is not None and before and _clock_between(clocks, clock, before[-1], zones):
                zone = after[0] if after else None
        labelled.append(_with_zone(clock, zone))
    return _infer_unlabelled(labelled)


def _with_zone(clock: Clock, zone: str | None) -> Clock:
    """The clock with ``zone`` as its zone (``attrs.evolve`` spelled out: it is called for every clock)."""
    return Clock(clock.minutes, clock.start, clock.end, clock.approximate, zone, clock.until)


def _clock_between(clocks: Sequence[Clock], clock: Clock, label: str, zones: Sequence[tuple[int, int, str]]) -> bool:
    """Whether another clock stands between ``label`` and ``clock`` (so the label is not ours)."""
    ends = [end for _, end, name in zones if name == label and end <= clock.start]
    if not ends:
        return False
    label_end = ends[-1]
    return any(label_end <= other.start < clock.start for other in clocks if other is not clock)


def _infer_unlabelled(clocks: list[Clock]) -> list[Clock]:
    """An unlabelled time beside one labelled local is Japan time, and the reverse."""
    labels = {clock.zone for clock in clocks if clock.zone}
    if not labels:
        return clocks
    local_named = any(label != ja.JAPAN_TIME for label in labels)
    japan_named = ja.JAPAN_TIME in labels
    result = []
    for index, clock in enumerate(clocks):
        following = clocks[index + 1] if index + 1 < len(clocks) else None
        if clock.zone is None and following is not None and following.until and following.start - clock.end <= 2:
            # 午前11時50分から12時半(現地時間)まで: both ends of a range are in the zone the end gives.
            clock = _with_zone(clock, following.zone)
        if clock.zone is None and local_named and not japan_named and _beside_label(clocks, clock):
            clock = _with_zone(clock, ja.JAPAN_TIME)
        result.append(clock)
    return result


def _beside_label(clocks: Sequence[Clock], clock: Clock) -> bool:
    """Whether a labelled clock stands right after this one (午後10時15分(…午前9時15分,現地時間))."""
    return any(other.zone and 0 < other.start - clock.end <= 20 for other in clocks)


def _durations(matches: Iterable[re.Match[str]]) -> list[tuple[int, bool, int, int]]:
    """The lengths of DURATION's matches in minutes, with whether they are approximate and where they stand."""
    durations = []
    for match in matches:
        if match["hours"]:
            hours = parse_number(match["hours"]) or 0
            extra = 30 if match["half"] else (parse_number(match["hmin"]) or 0 if match["hmin"] else 0)
            minutes = hours * 60 + extra
        else:
            minutes = parse_number(match["minutes"]) or 0
        if not minutes or minutes > 24 * 60:
            continue
        durations.append((minutes, bool(match["approx"]), match.start(), match.end()))
    return durations
