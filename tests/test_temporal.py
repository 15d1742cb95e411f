"""Tests for dates, clock times, durations and time zones, on lines quoted from releases."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dipmeet.rules import ja, matches_by_end
from dipmeet.rules._analysis import _ends_index
from dipmeet.temporal import DateContext, _paren_around, _time_matches, read_date_line, read_when

CONTEXT = DateContext(2010, 3, 24)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("平成22年3月24日", (2010, 3, 24)),
        ("令和元年10月22日", (2019, 10, 22)),
        ("2005年9月26日", (2005, 9, 26)),
        ("平成十六年十一月", (2004, 11, None)),
        ("(概要)平成12年9月15日", (2000, 9, 15)),
    ],
)
def test_date_lines(line, expected):
    """Era years (元年 included), western years and kanji numerals."""
    read = read_date_line(line)
    assert read is not None
    context, _ = read
    assert (context.year, context.month, context.day) == expected


def test_day_takes_year_and_month_from_the_date_line():
    """本24日(水曜日) in a release dated 平成22年3月24日 is 2010-03-24, a Wednesday."""
    when = read_when("本24日(水曜日)午後7時30分から午後9時30分頃まで", CONTEXT)
    assert when.date is not None and when.date.date == dt.date(2010, 3, 24)
    assert when.date.weekday == 2
    start, end = when.clocks
    assert start.time == dt.time(19, 30) and not start.until
    assert end.time == dt.time(21, 30) and end.until and end.approximate


def test_day_before_the_date_line_day_in_an_earlier_month():
    """30日 in a release dated the 2nd is the 30th of the month before."""
    when = read_when("30日午後", DateContext(2010, 4, 2))
    assert when.date is not None and when.date.date == dt.date(2010, 3, 30)


def test_no_year_or_month_leaves_the_date_unknown():
    """本8日 with no date line gives no date."""
    when = read_when("本8日午前10時55分から約15分間", DateContext())
    assert when.date is not None and when.date.date is None


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("約60分間", 60),
        ("約1時間15分", 75),
        ("約105分", 105),
        ("3時間にわたり", 180),
        ("約1時間35分間", 95),
        ("1時間半", 90),
    ],
)
def test_durations(text, minutes):
    """Durations as written."""
    assert read_when(text, CONTEXT).durations[0][0] == minutes


def test_clock_minutes_are_not_a_duration():
    """22時20分 is a clock time, not a 20-minute duration."""
    assert read_when("22時20分から", CONTEXT).durations == ()


def test_local_and_japan_time():
    """現地時間4月29日午前10時45分(日本時間同日午後1時45分): local 10:45, Japan 13:45."""
    when = read_when("現地時間4月29日午前10時45分(日本時間同日午後1時45分)から", DateContext(2022, 4, 29))
    assert [c.time for c in when.local_clocks()] == [dt.time(10, 45)]
    assert [c.time for c in when.japan_clocks()] == [dt.time(13, 45)]


def test_local_time_in_brackets_after_japan_time():
    """9月22日午後10時15分(9月22日午前9時15分,現地時間): the bracketed one is local."""
    when = read_when("9月22日午後10時15分(9月22日午前9時15分,現地時間)から約45分間", DateContext(2017, 9, 23))
    assert [c.time for c in when.local_clocks()] == [dt.time(9, 15)]
    assert [c.time for c in when.japan_clocks()] == [dt.time(22, 15)]


def test_odd_afternoon_hour_and_noon():
    """午後19時53分 is 19:53; 正午頃 is 12:00, approximate."""
    assert read_when("午後19時53分", CONTEXT).clocks[0].time == dt.time(19, 53)
    noon = read_when("正午頃より", CONTEXT).clocks[0]
    assert noon.time == dt.time(12, 0) and noon.approximate


def test_unlabelled_time_beside_japan_time_is_local():
    """同日19時(日本時間27日3時): 19:00 is local."""
    when = read_when("同日19時(日本時間27日3時)から3時間にわたり", DateContext(2003, 4, 27))
    assert [c.time for c in when.local_clocks()] == [dt.time(19, 0)]


def test_invalid_calendar_date_is_flagged():
    """2月30日 is not a date."""
    when = read_when("2月30日午後", CONTEXT)
    assert when.date is not None and when.date.invalid


def test_today_and_yesterday_follow_the_date_line():
    """本日 is the date line's day; 昨日 the day before."""
    assert read_when("本日、岸田外務大臣は", CONTEXT).date.date == dt.date(2010, 3, 24)
    assert read_when("昨日、岸田外務大臣は", CONTEXT).date.date == dt.date(2010, 3, 23)
    assert read_when("本日、岸田外務大臣は", DateContext()).date.date is None


def test_local_date_where_the_first_date_is_japans():
    """5月31日午前3時40分(現地時間5月30日午後2時40分): the meeting was on the local 30th."""
    context = DateContext(2024, 5, 31)
    when = read_when("5月31日午前3時40分(現地時間5月30日午後2時40分)から約3時間、", context)
    assert when.date is not None and when.date.date == dt.date(2024, 5, 30)
    when = read_when("現地時間9月23日午後1時15分(日本時間24日午前2時15分)から約20分間、", DateContext(2021, 9, 23))
    assert when.date is not None and when.date.date == dt.date(2021, 9, 23)


def test_bracketed_local_clock_without_half_day():
    """4月25日23時25分(16時25分,現地時間): the label is the bracketed clock's, not the first one's."""
    when = read_when("4月25日23時25分(16時25分,現地時間)から約20分間,ブリュッセルを訪問中の", DateContext(2018, 4, 25))
    assert [c.time for c in when.local_clocks()] == [dt.time(16, 25)]
    assert [c.time for c in when.japan_clocks()] == [dt.time(23, 25)]


def test_range_whose_end_carries_the_zone():
    """10月7日午前11時50分から12時半(現地時間)まで: both ends are local."""
    when = read_when("10月7日午前11時50分から12時半(現地時間)まで,ベトナムの", DateContext(2013, 10, 7))
    assert [c.time for c in when.local_clocks()] == [dt.time(11, 50), dt.time(12, 30)]
    assert when.japan_clocks() == []


_TIME_LINES = [
    "本24日(水曜日)午後7時30分から午後9時30分頃まで、岡田外務大臣は、",
    "平成22年3月24日、2005年9月26日、令和元年10月22日(火)、同日、昨23日、去る5日、本日、昨日",
    "5月31日午前3時40分(現地時間5月30日午後2時40分)から約3時間、正午過ぎ、3時間にわたり",
    "4月25日23時25分(16時25分,現地時間)から約20分間,NY時間12時半、米国東部時間午前10時前",
    "一二三四五六七八九十百千〇12345678901234567890日時分間年月",
]


def _paren_around_by_walking(text: str, position: int) -> tuple[int, int] | None:
    """The plain reading: walk back a character at a time, counting brackets."""
    depth = 0
    for index in range(position - 1, max(-1, position - 60), -1):
        if text[index] == ")":
            depth += 1
        elif text[index] == "(":
            if depth == 0:
                close = text.find(")", position)
                return (index, close) if close != -1 and close - position < 60 else None
            depth -= 1
    return None


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.sampled_from("(()ab"), max_size=150), data=st.data())
def test_paren_around_agrees_with_walking_back(text, data):
    """Finding brackets with rfind gives the bracket a character-by-character walk gives."""
    position = data.draw(st.integers(0, len(text)))
    assert _paren_around(text, position) == _paren_around_by_walking(text, position)


def _plain(pattern, text):
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_time_matches_and_matches_by_end_find_what_finditer_finds():
    """One pass over first characters, or tries before each 時間, give finditer's matches."""
    patterns = (ja.DAY_DATE, ja.CLOCK, ja.DURATION)
    for text in _TIME_LINES:
        found = _time_matches(text)
        assert [[(m.span(), m.groupdict()) for m in ms] for ms in found] == [_plain(p, text) for p in patterns]
        assert [(m.span(), m.groupdict()) for m in matches_by_end(ja.TIME_ZONE, text)] == _plain(ja.TIME_ZONE, text)


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from("0123九十本同昨年月日時分間半頃前約午後正(水曜)現地NY時間時間時間、ア"), max_size=50
    )
)
def test_time_matches_and_matches_by_end_agree_on_any_text(text):
    """On text made of the patterns' own characters, both searches agree with finditer."""
    patterns = (ja.DAY_DATE, ja.CLOCK, ja.DURATION)
    found = _time_matches(text)
    assert [[(m.span(), m.groupdict()) for m in ms] for ms in found] == [_plain(p, text) for p in patterns]
    assert [(m.span(), m.groupdict()) for m in matches_by_end(ja.TIME_ZONE, text)] == _plain(ja.TIME_ZONE, text)


def test_ends_index():
    """The text every match ends with, and the longest match; None where either is unknown."""
    assert _ends_index(ja.TIME_ZONE) == ("時間", 14)
    assert _ends_index(re.compile(r"(?:ab|cb)x(?:yz)")) == ("bxyz", 5)
    assert _ends_index(re.compile(r"a(?:b|c)")) is None  # no text shared by every ending
    assert _ends_index(ja.DAY_DATE) is None  # a number of any length
    assert _ends_index(re.compile(r"(?i:ab)")) is None
