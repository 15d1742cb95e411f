"""When an English meeting took place: dates, clock times, durations and time zones.

"On June 1, commencing at 8:03 p.m. for approximately 25 minutes",
"from 12:40 to 13:05 (Brunei local time)", "at 10:10 a.m. local time (4:10
p.m. Japan time)": dates are resolved against the release's date line, clock
times are sorted into local and Japan time by the labels around them, and
durations are read as written (seventy minutes, an hour and 40 minutes, half
an hour). Everything keeps its position in the searched text.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import string
from collections.abc import Callable, Iterable, Sequence
from typing import Final

import attrs

from .rules import Rule, en
from .temporal import Clock, DateContext, FoundDate, with_zone

__all__ = ["Timing", "read_date_line_en", "read_timing", "tells_time", "word_number"]


@attrs.frozen
class Timing:
    """Everything an English opening paragraph says about time.

    Attributes:
        dates: Dates in local time, in text order.
        japan_dates: Dates given in Japan time (inside a bracket labelled JST).
        local: Clock times in local time, in text order.
        japan: Clock times in Japan time.
        durations: ``(minutes, approximate, start, end)`` for each duration, in text order.
        zone: The local time zone label as written ("local time", "Moscow time"), or None.
    """

    dates: tuple[FoundDate, ...]
    japan_dates: tuple[FoundDate, ...]
    local: tuple[Clock, ...]
    japan: tuple[Clock, ...]
    durations: tuple[tuple[int, bool, int, int], ...]
    zone: str | None


def read_date_line_en(text: str) -> tuple[DateContext, re.Match[str]] | None:
    """Read a line that is a date and nothing else ("June 1, 2022", "November, 11, 2009", "October 2003")."""
    for rule in en.DATE_LINE_RULES:
        match = rule.pattern.fullmatch(text.strip())
        if match:
            month = _month(match["month"])
            day = int(match["day"]) if match.groupdict().get("day") else None
            if month is None or (day is not None and not 1 <= day <= 31):
                return None
            return DateContext(int(match["year"]), month, day), match
    return None


def _month(written: str) -> int | None:
    """A month written as a name, an abbreviation or a number, or None."""
    if written.isdigit():
        value = int(written)
        return value if 1 <= value <= 12 else None
    return en.MONTHS.get(written.rstrip(".").lower())


def word_number(written: str) -> int | None:
    """Read a count written in digits or words ("40", "forty-five", "seventy", "an").

    >>> word_number("forty-five"), word_number("an"), word_number("1.5")
    (45, 1, None)
    """
    written = written.strip().lower()
    if written.isdigit():
        return int(written)
    total = 0
    for part in re.split(r"[- \s]+", written):
        if part not in en.NUMBER_WORDS:
            return None
        value = en.NUMBER_WORDS[part]
        total = total * value if value == 100 and total else total + value
    return total or None


def read_timing(text: str, context: DateContext) -> Timing:
    """Read the dates, clock times and durations in an opening paragraph."""
    brackets = _brackets(text)
    japan_brackets = [b for b in brackets if _japan_bracket(text, b)]
    dates = _dates(text, context)
    clocks = _clocks(text)
    zones = [(hit.start(), hit.end(), rule) for rule, hit in _matches(_zone_rules(text), text)]
    local: list[Clock] = []
    japan: list[Clock] = []
    zone_label: str | None = None
    for clock in clocks:
        label, rule = _zone_after(text, clock, zones)
        inside = next((b for b in brackets if b[0] < clock.start < b[1]), None)
        is_japan = (
            (rule is not None and rule.meaning == "japan")
            or (inside is not None and inside in japan_brackets)
            or (inside is not None and _local_label_first(text, inside, clock))
        )
        if is_japan:
            japan.append(with_zone(clock, label))
        else:
            if zone_label is None and label is not None:
                zone_label = label
            local.append(with_zone(clock, label))
    japan_brackets.extend(b for b in brackets if any(b[0] < c.start < b[1] for c in japan))
    in_japan = [d for d in dates if any(b[0] < d.start < b[1] for b in japan_brackets)]
    local_dates = [d for d in dates if d not in in_japan]
    return Timing(tuple(local_dates), tuple(in_japan), tuple(local), tuple(japan), tuple(_durations(text)), zone_label)


def tells_time(text: str) -> bool:
    """Whether :func:`read_timing` (with no date line) finds a local date, a local clock time or a duration.

    A date outside every bracket is local whatever else the text holds (only
    a bracket gives Japan time), so a text with one is answered without
    reading its clock times, zones and durations; other texts are read whole.
    """
    context = DateContext()
    brackets = _brackets(text)
    for found in _dates(text, context):
        if not any(start < found.start < end for start, end in brackets):
            return True
    timing = read_timing(text, context)
    return bool(timing.dates or timing.local or timing.durations)


def _zone_rules(text: str) -> Sequence[Rule[str]]:
    """The time-zone rules worth searching ``text`` with: zone_named as its abbreviations where no more can match.

    The other half of zone_named ("Moscow Standard Time") ends with "time" or
    "Time" after a capitalised word (or "Standard") and white space, and is
    tried at every capital letter: where no "time" stands so (nearly every
    text says "local time"), it finds nothing, and the abbreviations find
    what the whole rule finds.
    """
    if _named_time(text, "time") or _named_time(text, "Time"):
        return en.TIME_ZONE_RULES
    return _zone_rules_without_time()


def _named_time(text: str, word: str) -> bool:
    """Whether ``word`` stands somewhere in ``text`` after a capitalised word ([A-Z][a-z]+) and white space."""
    at = text.find(word)
    while at >= 0:
        head = text[:at]
        stripped = head.rstrip()
        if len(stripped) < len(head):
            start = len(stripped)
            while start > 0 and stripped[start - 1] in _ASCII_LETTERS:
                start -= 1
            capitalised = stripped[start:]
            if len(capitalised) > 1 and capitalised[0].isupper() and capitalised[1:].islower():
                return True
        at = text.find(word, at + 1)
    return False


_ASCII_LETTERS: Final = frozenset(string.ascii_letters)


@functools.cache
def _zone_rules_without_time() -> tuple[Rule[str], ...]:
    """:data:`~dipmeet.rules.en.TIME_ZONE_RULES` with zone_named searched for abbreviations alone."""
    return tuple(
        Rule(rule.name, en.ZONE_ABBREVIATION, rule.meaning) if rule.name == "zone_named" else rule
        for rule in en.TIME_ZONE_RULES
    )


def _matches(
    rules: Sequence[Rule[str]], text: str, first: Callable[[str, str, int], int] | None = None
) -> list[tuple[Rule[str], re.Match[str]]]:
    """Every match of every rule, overlapping ones dropped (the earlier rule wins), in text order.

    ``first`` tells where a rule's matches may start (see :func:`_rule_matches`).
    """
    taken: list[tuple[Rule[str], re.Match[str]]] = []
    for rule in rules:
        for match in _rule_matches(rule, text, first):
            if any(m.start() < match.end() and match.start() < m.end() for _, m in taken):
                continue
            taken.append((rule, match))
    return sorted(taken, key=lambda pair: pair[1].start())


def _rule_matches(rule: Rule[str], text: str, first: Callable[[str, str, int], int] | None) -> list[re.Match[str]]:
    """The matches of ``rule`` in ``text``, as ``finditer`` gives them.

    ``first`` gives, for the rule's name, the text and a place, a place at or
    after it that no match starting there or later starts before (-1: no
    match starts there or later). The rule is then searched from there, and
    after each match from the next such place, not through the text between
    (the rules it is given for never match empty text).
    """
    if first is None:
        return list(rule.pattern.finditer(text))
    found: list[re.Match[str]] = []
    start = first(rule.name, text, 0)
    while start >= 0:
        match = rule.pattern.search(text, start)
        if match is None:
            break
        found.append(match)
        start = first(rule.name, text, max(match.end(), match.start() + 1))
    return found


_BRACKET: Final = re.compile(r"\([^()]{0,160}\)")
_NUMBER_CHARS: Final = frozenset("0123456789.:")


def _brackets(text: str) -> list[tuple[int, int]]:
    """The bracketed stretches of a paragraph, as ``(start, end)``."""
    return [(m.start(), m.end()) for m in _BRACKET.finditer(text)]


def _japan_bracket(text: str, bracket: tuple[int, int]) -> bool:
    """A bracket that gives Japan time: "(4:10 p.m. Japan time)", "(local time: February 22, 5:00 a.m. JST)"."""
    inner = text[bracket[0] : bracket[1]]
    return any(rule.meaning == "japan" and rule.pattern.search(inner) for rule in en.TIME_ZONE_RULES)


def _local_label_first(text: str, bracket: tuple[int, int], clock: Clock) -> bool:
    """A second time in a bracket that labels the first one local: "6.15p.m. (local time, on October 10, 9.45p.m.)"."""
    head = text[bracket[0] + 1 : clock.start]
    return bool(re.match(r"\s*(?:[A-Z][a-z]+\s+)?local\s+time\b", head, re.IGNORECASE))


_CLOCK_GAP: Final = re.compile(r"\s*(?:\(|,)?\s*(?:on\s+[^()]{0,20}?,?\s*)?")


def _zone_after(
    text: str, clock: Clock, zones: Iterable[tuple[int, int, Rule[str]]]
) -> tuple[str | None, Rule[str] | None]:
    """The zone label written right after a clock ("4:05 P.M. local time", "8:20 a.m. (local time)", "EST")."""
    for start, end, rule in zones:
        gap = text[clock.end : start]
        if start >= clock.end and _CLOCK_GAP.fullmatch(gap):
            return text[start:end], rule
        if start > clock.end + 40:
            break
    return None, None


def _dates(text: str, context: DateContext) -> list[FoundDate]:
    """Every date written in ``text``, resolved against the date line."""
    found = []
    for _, match in _matches(en.DATE_RULES, text):
        if match.start() and text[match.start() - 1] in _NUMBER_CHARS:
            continue
        day = int(match["day"])
        month = _month(match["month"])
        before = en.WEEKDAY_BEFORE.search(text, max(0, match.start() - 16), match.start())
        start = before.start() if before else match.start()
        written_weekday = (before["weekday"] if before else None) or match["weekday_after"]
        weekday = en.WEEKDAYS.get(written_weekday.rstrip(".").lower()) if written_weekday else None
        if month is None:
            continue
        year = int(match["year"]) if match["year"] else context.year
        if year is None:
            found.append(FoundDate(None, start, match.end(), weekday, explicit_month=True))
            continue
        if not match["year"] and context.month is not None and month > context.month + 1:
            year -= 1  # "December 28" in a release dated January
        try:
            date = dt.date(year, month, day)
        except ValueError:
            found.append(FoundDate(None, start, match.end(), weekday, explicit_month=True, invalid=True))
            continue
        found.append(FoundDate(date, start, match.end(), weekday, explicit_month=True))
    return found


def _clocks(text: str) -> list[Clock]:
    """Every clock time in ``text``, in minutes after midnight, with "until" and "around"."""
    clocks = []
    for rule, match in _matches(en.CLOCK_RULES, text):
        previous = text[match.start() - 1] if match.start() else " "
        if previous in _NUMBER_CHARS or previous.isalpha() or (rule.name == "clock_hour" and previous == ","):
            continue
        hour = int(match["hour"] or 12)  # "noon" alone
        written_minute = match.groupdict().get("minute")
        minute = int(written_minute) if written_minute else 0
        half = (match.groupdict().get("half") or "").lower()
        if hour > 24 or (half and hour > 12):
            continue
        if half == "p" and hour < 12:
            hour += 12
        elif half == "a" and hour == 12:
            hour = 0
        minutes = hour * 60 + minute
        approx = en.APPROX_BEFORE.search(text, max(0, match.start() - 32), match.start())
        start = approx.start() if approx else match.start()
        until = bool(en.UNTIL_BEFORE.search(text[max(0, start - 8) : start]))
        clocks.append(Clock(minutes, start, match.end(), approx is not None, None, until))
    return clocks


# Words one of which every match of a duration rule holds (its unit): a rule is searched only in a text
# that has one. They are too short for the lazy pattern's own test, and the rules start from a number
# ("an", "one", "forty"), whose letters are everywhere.
_DURATION_WORDS: Final = {
    "duration_half_hour": ("hour",),
    "duration_hours": ("hour", "hr"),
    "duration_minutes": ("min",),
}


def _durations(text: str) -> list[tuple[int, bool, int, int]]:
    """Every duration in ``text``: ``(minutes, approximate, start, end)``."""
    durations = []
    rules = [rule for rule in en.DURATION_RULES if any(word in text for word in _DURATION_WORDS[rule.name])]
    for rule, match in _matches(rules, text, _first_duration):
        if match.start() and (text[match.start() - 1] in _NUMBER_CHARS or text[match.start() - 1].isalpha()):
            continue
        minutes = _duration_minutes(rule.meaning, match)
        if minutes is None or not 0 < minutes <= 24 * 60:
            continue
        approx = en.APPROX_BEFORE.search(text, max(0, match.start() - 32), match.start())
        start = approx.start() if approx else match.start()
        durations.append((minutes, approx is not None, start, match.end()))
    return durations


# The longest count NUMBER writes without "hundred" ("seventy-seven"), and a separator after it.
_LONGEST_COUNT: Final = len("seventy-seven")


def _first_duration(name: str, text: str, pos: int = 0) -> int:
    """A place no match of the duration rule ``name`` starting at ``pos`` or later starts before; -1 if none can.

    A little before the first unit from ``pos`` on. The rules start from a
    number (digits or words, whose letters are everywhere) and are tried at
    every place of the text; every match ends with its unit ("min", "hour",
    "hr", which the text holds: see :data:`_DURATION_WORDS`), the count
    written just before it. Only "a hundred", with white space inside, is
    longer: a text that holds "hundred" is searched whole.
    """
    if name == "duration_half_hour" or "hundred" in text:
        return pos
    if name == "duration_minutes":
        at = text.find("min", pos)
        return -1 if at < 0 else max(pos, at - _LONGEST_COUNT - 1)  # the count, "-" or " ", then the unit
    units = [at for at in (text.find("hour", pos), text.find("hr", pos)) if at >= 0]
    if not units:
        return -1
    at = min(units)
    while at > pos and text[at - 1].isspace():  # white space between the count and the unit
        at -= 1
    return max(pos, at - _LONGEST_COUNT)


_DECIMAL_HOURS: Final = re.compile(r"[0-9]+\.[0-9]")


def _duration_minutes(kind: str, match: re.Match[str]) -> int | None:
    """The minutes a duration match stands for, or None."""
    if kind == "half_hour":
        return 30
    if kind == "hours":
        written = match["hours"]
        if _DECIMAL_HOURS.fullmatch(written):
            return round(float(written) * 60)
        hours = word_number(written)
        extra = word_number(match["minutes"]) if match["minutes"] else 0
        return None if hours is None or extra is None else hours * 60 + extra
    if _DECIMAL_HOURS.fullmatch(match["minutes"]):
        return None
    return word_number(match["minutes"])
