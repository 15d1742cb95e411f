"""When a meeting took place: dates, clock times, durations and time zones in an opening paragraph.

Dates are resolved against the release's date line (本24日 takes the year and
month of 平成22年3月24日); clock times are sorted into local and Japan time by
the zone labels beside them (現地時間, 日本時間, NY時間); durations are read
as written (約1時間15分 → 75). Everything found is kept with its position so
that callers can tell which part of the paragraph it belongs to.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Final

import attrs

from .normalize import era_year, parse_number
from .rules import Rule, RuleTable, hit_matches, ja, matches_by_end

__all__ = ["Clock", "DateContext", "FoundDate", "When", "read_date_line", "read_when", "with_zone"]


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


# The patterns of read_when that start with a number or a date word, found in one
# pass (hit_matches) and sorted out by rule: dates, clock times, durations.
_TIME_RULES: Final = RuleTable(
    [Rule("day_date", ja.DAY_DATE, 0), Rule("clock", ja.CLOCK, 1), Rule("duration", ja.DURATION, 2)]
)


def read_when(text: str, context: DateContext) -> When:
    """Read the dates, clock times and durations in an opening paragraph."""
    day_dates, clock_times, lengths = _time_matches(text)
    dates = tuple(_dates(day_dates, context))
    clocks = tuple(_label_zones(text, _clocks(text, clock_times)))
    durations = tuple(_durations(lengths))
    return When(_local_date(dates, clocks), dates, clocks, durations)


def _time_matches(text: str) -> tuple[list[re.Match[str]], list[re.Match[str]], list[re.Match[str]]]:
    """The matches of DAY_DATE, CLOCK and DURATION in ``text``, each as its ``finditer`` gives them."""
    found: tuple[list[re.Match[str]], ...] = ([], [], [])
    for index, match in hit_matches(_TIME_RULES, text):
        found[index].append(match)  # each rule's matches come in text order
    return found[0], found[1], found[2]


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
        labelled.append(with_zone(clock, zone))
    return _infer_unlabelled(labelled)


def with_zone(clock: Clock, zone: str | None) -> Clock:
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
            clock = with_zone(clock, following.zone)
        if clock.zone is None and local_named and not japan_named and _beside_label(clocks, clock):
            clock = with_zone(clock, ja.JAPAN_TIME)
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
