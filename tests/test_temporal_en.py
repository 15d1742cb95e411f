"""Tests for English dates, clock times, durations and time zones (quoted from real releases)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dipmeet.rules import en
from dipmeet.temporal import DateContext
from dipmeet.temporal_en import (
    _DURATION_WORDS,
    _matches,
    _zone_rules,
    read_date_line_en,
    read_timing,
    tells_time,
    word_number,
)

JUNE_2022 = DateContext(2022, 6, 1)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("November, 11, 2009", dt.date(2009, 11, 11)),
        ("June 1, 2022", dt.date(2022, 6, 1)),
        ("18 February 2002", dt.date(2002, 2, 18)),
    ],
)
def test_date_lines(line, expected):
    """A line that is a date and nothing else is a date line, in either order."""
    read = read_date_line_en(line)
    assert read is not None
    context, _ = read
    assert dt.date(context.year, context.month, context.day) == expected


def test_month_and_year_date_line():
    """ "October 2003": a date line with no day gives the year and month, and no publication date."""
    read = read_date_line_en("October 2003")
    assert read is not None
    context, _ = read
    assert (context.year, context.month, context.day) == (2003, 10, None)


@pytest.mark.parametrize("line", ["Japan-France Summit Telephone Talk", "On June 1, commencing at 8:03 p.m."])
def test_not_date_lines(line):
    """A headline or an opening is not a date line."""
    assert read_date_line_en(line) is None


@pytest.mark.parametrize(
    ("text", "date", "weekday"),
    [
        ("On June 1, commencing at 8:03 p.m. for approximately 25 minutes", dt.date(2022, 6, 1), None),
        ("On April 7 (Wed), commencing at 8:20 a.m.", dt.date(2022, 4, 7), 2),
        ("On Monday, July 9, beginning at 16:25", dt.date(2022, 7, 9), 0),
        ("On 1 August from 12:40 to 13:05 (Brunei local time)", dt.date(2021, 8, 1), None),
        ("on 18 February 2002 between Minister for Foreign Affairs Yoriko Kawaguchi", dt.date(2002, 2, 18), None),
    ],
)
def test_meeting_dates(text, date, weekday):
    """Dates take the year of the date line (one month ahead at most) unless they give their own."""
    timing = read_timing(text, JUNE_2022)
    assert timing.dates[0].date == date
    assert timing.dates[0].weekday == weekday


def test_date_without_a_year_and_no_date_line():
    """On Tuesday, September 20 with no date line: the date stays unknown."""
    timing = read_timing(
        "On Tuesday, September 20, commencing at 12:15 p.m. (local time) for 55 minutes", DateContext()
    )
    assert timing.dates[0].date is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("commencing at 8:20 a.m. (local time)", dt.time(8, 20), None),
        ("from 7:30 p.m. to 9:30 p.m.", dt.time(19, 30), dt.time(21, 30)),
        ("beginning at 16:25", dt.time(16, 25), None),
        ("4:30 P.M. EST", dt.time(16, 30), None),
        ("8:00 AM", dt.time(8, 0), None),
        ("commencing at 2 p.m. for approximately 40 minutes", dt.time(14, 0), None),
        ("commencing at around 12:00 p.m. for approximately 15 minutes", dt.time(12, 0), None),
        ("On 1 August from 12:40 to 13:05 (Brunei local time) for 25 minutes", dt.time(12, 40), dt.time(13, 5)),
    ],
)
def test_clock_times(text, start, end):
    """Clock times in 12- and 24-hour forms; a time after "to" ends the meeting."""
    timing = read_timing(text, JUNE_2022)
    starts = [clock for clock in timing.local if not clock.until]
    ends = [clock for clock in timing.local if clock.until]
    assert starts[0].time == start
    assert (ends[0].time if ends else None) == end


def test_local_and_japan_time_in_brackets():
    """(local time; around 1:30 p.m. Japan time): the bracket gives Japan time, the first clock is local."""
    timing = read_timing(
        "commencing from around 11:30 a.m. (local time; around 1:30 p.m. Japan time) for approximately 1 hour",
        JUNE_2022,
    )
    assert [clock.time for clock in timing.local] == [dt.time(11, 30)]
    assert [clock.time for clock in timing.japan] == [dt.time(13, 30)]
    assert timing.local[0].approximate
    assert timing.zone == "local time"


def test_japan_date_in_a_bracket_labelled_jst():
    """(local time: February 22, 5:00 a.m. JST): the date in the bracket is Japan's, not the meeting's."""
    timing = read_timing(
        "On February 21, commencing from 5:00 p.m. (local time: February 22, 5:00 a.m. JST) for approximately 30 minutes",
        DateContext(2024, 2, 21),
    )
    assert timing.dates[0].date == dt.date(2024, 2, 21)
    assert timing.japan_dates[0].date == dt.date(2024, 2, 22)
    assert timing.local[0].time == dt.time(17, 0)


def test_second_time_in_a_local_time_bracket_is_japan_time():
    """6.15p.m. (local time, on October 10, 9.45p.m.): the unlabelled second time is Japan's."""
    timing = read_timing("commencing at 6.15p.m. (local time, on October 10, 9.45p.m.)", JUNE_2022)
    assert [clock.time for clock in timing.local] == [dt.time(18, 15)]
    assert [clock.time for clock in timing.japan] == [dt.time(21, 45)]


def test_shortly_before_and_after_are_approximate():
    """Shortly after 16:40 local time: approximate, local."""
    timing = read_timing("Shortly after 16:40 local time in Washington DC on May 14, 2004", JUNE_2022)
    assert timing.local[0].approximate and timing.local[0].time == dt.time(16, 40)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("for approximately 40 minutes", 40),
        ("for seventy minutes", 70),
        ("for approximately half an hour", 30),
        ("for an hour and 40 minutes", 100),
        ("for approximately an hour beginning at 4:05 P.M. local time", 60),
        ("for approximately 1 hour", 60),
        ("for a period of approximately 30 minutes", 30),
        ("for forty-five minutes", 45),
    ],
)
def test_durations(text, minutes):
    """Durations in digits or words, with hours and minutes."""
    assert read_timing(text, JUNE_2022).durations[0][0] == minutes


def test_separate_durations_keep_their_order():
    """A meeting and a working lunch timed separately: the meeting's comes first."""
    timing = read_timing(
        "for approximately 1 hour, ... held a Foreign Ministers’ Meeting ..., followed by a working lunch for approximately 1 hour",
        JUNE_2022,
    )
    assert [d[0] for d in timing.durations] == [60, 60]


@pytest.mark.parametrize(("written", "value"), [("40", 40), ("seventy", 70), ("forty-five", 45), ("an", 1)])
def test_word_numbers(written, value):
    """Counts in words."""
    assert word_number(written) == value


def test_numbers_in_other_words_are_not_times():
    """'the 60th anniversary' and '77 years' are neither clock times nor durations."""
    timing = read_timing("the 60th anniversary of the conclusion, for the past 77 years since 2005", JUNE_2022)
    assert not timing.local and not timing.durations


def _duration_texts() -> list[str]:
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "en"
    texts = ["for half an hour", "an hour and 40 minutes", "2 hrs 5 mins", "forty-five minutes", "one hour"]
    for path in sorted(corpus.glob("*.txt")) if corpus.is_dir() else []:
        text = path.read_text(encoding="utf-8")
        texts += [text, *text.splitlines()]
    return texts


def test_every_duration_rule_has_its_words():
    """Each duration rule is listed with the words its matches hold, and every match on the corpus holds one."""
    assert set(_DURATION_WORDS) == {rule.name for rule in en.DURATION_RULES}
    for text in _duration_texts():
        for rule in en.DURATION_RULES:
            for match in rule.pattern.finditer(text):
                assert any(word in match.group(0) for word in _DURATION_WORDS[rule.name]), match.group(0)


@given(
    st.lists(
        st.sampled_from(
            ["an", "a", "one", "forty-five", "40", "1.5", "hour", "hours", "hrs", "minutes", "min", "and", " ", "half"]
        )
    )
)
def test_durations_with_word_tests_as_searched(words):
    """Durations read with the word tests are those every rule finds."""
    text = " ".join(words)
    plain = [(rule, match.span()) for rule, match in _matches(en.DURATION_RULES, text)]
    rules = [rule for rule in en.DURATION_RULES if any(word in text for word in _DURATION_WORDS[rule.name])]
    assert [(rule, match.span()) for rule, match in _matches(rules, text)] == plain


def _zone_spans(rules, text: str) -> list[tuple[str, tuple[int, int]]]:
    return [(rule.name, match.span()) for rule, match in _matches(rules, text)]


def test_zones_without_time_as_every_rule_finds_them():
    """Where "time" is absent, the abbreviations alone find the zones the whole table finds, on the corpus."""
    for text in _duration_texts():
        for sample in (text, text.replace("time", "tide").replace("Time", "Tide")):
            assert _zone_spans(_zone_rules(sample), sample) == _zone_spans(en.TIME_ZONE_RULES, sample)


@given(
    st.lists(
        st.sampled_from(
            [
                "Moscow",
                "Standard",
                "Time",
                "time",
                "tim",
                "EST",
                "GMT",
                "+",
                "9",
                "JST",
                "local",
                " ",
                "McDonald",
                "Élysée",
                "\u00a0",
                "\n",
                "x",
            ]
        )
    )
)
def test_zones_without_time_on_any_words(words):
    """The same on texts made of zone words."""
    for text in (" ".join(words), "".join(words)):
        assert _zone_spans(_zone_rules(text), text) == _zone_spans(en.TIME_ZONE_RULES, text)


def _tells_time_plainly(text: str) -> bool:
    timing = read_timing(text, DateContext())
    return bool(timing.dates or timing.local or timing.durations)


def test_tells_time_as_the_whole_timing_says_on_the_corpus():
    """tells_time answers as read_timing does, on every line of the corpus."""
    for text in _duration_texts():
        assert tells_time(text) == _tells_time_plainly(text), text


@given(
    st.lists(
        st.sampled_from(
            [
                "June",
                "1",
                "10",
                ",",
                "2022",
                "(",
                ")",
                "4:10",
                "p.m.",
                "Japan",
                "time",
                "local",
                "JST",
                "on",
                " ",
                "for",
                "40",
                "minutes",
                "Monday",
                "May",
                "14",
                "at",
                "around",
            ]
        )
    )
)
def test_tells_time_on_any_words(words):
    """The same on texts of dates, clocks and brackets (a date inside a bracket of Japan time is not local)."""
    for text in (" ".join(words), "".join(words)):
        assert tells_time(text) == _tells_time_plainly(text)
