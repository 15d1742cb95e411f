"""Tests for the facts of an English meeting: formats, level, venue, participants, parts."""

from __future__ import annotations

import datetime as dt

from dipmeet.meeting_en import read_meeting_en
from dipmeet.model import Format, Level, Side
from dipmeet.normalize import normalize_text
from dipmeet.temporal import DateContext

JUNE_2022 = DateContext(2022, 6, 1)


def facts(opening: str, *, title: str | None = None, preamble: tuple[str, ...] = (), context=JUNE_2022):
    diagnostics: list = []
    found = read_meeting_en(
        normalize_text(opening),
        [normalize_text(p) for p in preamble],
        title=title,
        context=context,
        diagnostics=diagnostics,
    )
    return found, diagnostics


def main(found, side):
    return next(p for p in found.participants if p.side is side and not p.attendee)


def test_summit_telephone_talk():
    """Japan-France Summit Telephone Talk: telephone only, summit, both participants."""
    found, _ = facts(
        "On June 1, commencing at 8:03 p.m. for approximately 25 minutes, Mr. KISHIDA Fumio, Prime Minister of Japan, "
        "held a summit telephone talk with H.E. Mr. Emmanuel Macron, President of the French Republic. The overview of "
        "the meeting is as follows."
    )
    assert found.formats == (Format.TELEPHONE,)
    assert found.level is Level.SUMMIT
    assert found.date == dt.date(2022, 6, 1) and found.start == dt.time(20, 3) and found.duration_minutes == 25
    assert main(found, Side.JAPAN).name == "KISHIDA Fumio"
    assert main(found, Side.COUNTERPART).country == "French Republic"


def test_courtesy_call_on_the_prime_minister():
    """The foreign minister calls on the Prime Minister: courtesy call, summit level."""
    found, _ = facts(
        "On February 16, commencing at 3:15 p.m. for approximately half an hour, the Hon. Julie Bishop, MP, Minister for "
        "Foreign Affairs of Australia paid a courtesy call to Mr. Shinzo Abe, Prime Minister of Japan.",
        context=DateContext(2016, 2, 16),
    )
    assert found.formats == (Format.COURTESY_CALL,)
    assert found.level is Level.SUMMIT
    assert main(found, Side.COUNTERPART).name == "Julie Bishop"


def test_meeting_and_working_lunch_timed_separately():
    """A meeting followed by a working lunch: talks and lunch, the first duration kept, two parts."""
    found, _ = facts(
        "On Monday, January 6, commencing from around 11:30 a.m. (local time; around 1:30 p.m. Japan time) for "
        "approximately 1 hour, Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs of Japan, who is visiting Hanoi, "
        "Viet Nam, held a Foreign Ministers’ Meeting with H.E. Mr. Pham Binh Minh, Deputy Prime Minister and Minister "
        "of Foreign Affairs of the Socialist Republic of Viet Nam, followed by a working lunch for approximately 1 hour.",
        context=DateContext(2020, 1, 6),
    )
    assert found.formats == (Format.TALKS, Format.LUNCH)
    assert found.duration_minutes == 60 and found.start == dt.time(11, 30)
    assert found.japan_start == dt.time(13, 30)
    assert [part.format for part in found.parts] == [Format.TALKS, Format.LUNCH]


def test_dinner_told_after_the_opening():
    """After that, a dinner hosted by Prime Minister Ishiba was held: a dinner too."""
    found, _ = facts(
        "On March 26, commencing at 6:05 p.m. for approximately 95 minutes, Mr. ISHIBA Shigeru, Prime Minister of Japan, "
        "held a Summit Meeting with H.E. Mr. Luiz Inacio Lula da Silva, President of the Federative Republic of Brazil, "
        "who paid a State Visit to Japan at the Akasaka State Guest House.",
        preamble=("After that, a dinner hosted by Prime Minister Ishiba was held.",),
        context=DateContext(2025, 3, 26),
    )
    assert found.formats == (Format.TALKS, Format.DINNER)
    assert found.venue == "Akasaka State Guest House"


def test_city_is_not_a_venue():
    """in Sydney, Australia: no venue."""
    found, _ = facts(
        "On November 21, Mr. Fumio Kishida, Minister for Foreign Affairs, attended a dinner hosted by the Hon. Julie "
        "Bishop MP, Minister for Foreign Affairs of Australia, and on November 22 the two foreign ministers held a "
        "Japan-Australia Foreign Ministers' Meeting, in Sydney, Australia.",
        context=DateContext(2015, 11, 22),
    )
    assert found.venue is None
    assert found.formats == (Format.TALKS, Format.DINNER)
    assert found.date == dt.date(2015, 11, 21)


def test_levels():
    """Vice Minister for Foreign Affairs is an official; Parliamentary Senior Vice-Minister a vice-minister."""
    officials, _ = facts(
        "On July 18, commencing at 3:30 p.m. for approximately 35 minutes, Mr. FUNAKOSHI Takehiro, Vice Minister for "
        "Foreign Affairs of Japan, held a meeting with the Honorable Christopher Landau, Deputy Secretary of State of "
        "the United States of America."
    )
    assert officials.level is Level.OFFICIALS
    vice, _ = facts(
        "On Monday, March 10, commencing at 5:10 p.m. for approximately 20 minutes, Parliamentary Senior Vice-Minister "
        "for Foreign Affairs Mr. Norio Mitsuya received a courtesy call from Secretary General Mr. Shigeo Iwatani and "
        "others of the Trilateral Cooperation Secretariat, during their visit to Japan."
    )
    assert vice.level is Level.VICE_MINISTERS


def test_attendees_in_brackets_by_side():
    """(Other officials attending the meeting included ... from the Russian side, and ... from the Japanese side.)"""
    found, _ = facts(
        "Shortly after 16:40 local time in Washington DC on May 14, 2004, for a period of approximately 30 minutes, "
        "Minister for Foreign Affairs Yoriko Kawaguchi held talks with Minister for Foreign Affairs Sergey Lavrov of the "
        "Russian Federation. (Other officials attending the meeting included Deputy Minister of Foreign Affairs Sergey "
        "Kislyak from the Russian side, and Director-General of Foreign Policy Bureau Tsuneo Nishida from the Japanese side.)"
    )
    attendees = {p.name: p.side for p in found.participants if p.attendee}
    assert attendees == {"Sergey Kislyak": Side.COUNTERPART, "Tsuneo Nishida": Side.JAPAN}
    assert main(found, Side.COUNTERPART).name == "Sergey Lavrov"


def test_attendees_after_a_side_label_and_were():
    """(attending on the U.S. side were ..., among others; attending on the Japanese side were ...): names follow."""
    found, _ = facts(
        "On Friday, February 22, Minister for Foreign Affairs Fumio Kishida held a meeting with U.S. Secretary of "
        "State John Kerry. The outline of the meeting is as follows (attending on the U.S. side were U.S. Ambassador "
        "to Japan Roos, among others; attending on the Japanese side were Press Secretary / Director-General for "
        "Press and Public Relations Yokoi, among others):"
    )
    assert main(found, Side.COUNTERPART).name == "John Kerry"
    attendees = {p.name: p.side for p in found.participants if p.attendee}
    assert attendees == {"Roos": Side.COUNTERPART, "Yokoi": Side.JAPAN}


def test_attendees_before_a_side_label_and_were():
    """(Deputy Minister Sergey Kislyak from the Russian side was also present): the names before the label."""
    found, _ = facts(
        "On May 14, 2004, Minister for Foreign Affairs Yoriko Kawaguchi held talks with Minister for Foreign Affairs "
        "Sergey Lavrov of the Russian Federation. (Deputy Minister of Foreign Affairs Sergey Kislyak from the Russian "
        "side was also present at the meeting.)"
    )
    attendees = {p.name: p.side for p in found.participants if p.attendee}
    assert attendees == {"Sergey Kislyak": Side.COUNTERPART}


def test_a_time_given_only_in_japan_time():
    """ "beginning around 10:00AM (Japan Standard Time)" in Yokohama: the only time given is the start."""
    found, _ = facts(
        "On November 14, Mr. Seiji Maehara, Minister for Foreign Affairs, held talks with Dr. Yang Jiechi, Minister of "
        "Foreign Affairs of the People's Republic of China, for approximately 35 minutes, beginning around 10:00AM "
        "(Japan Standard Time), on the sidelines of the APEC Summit Meeting in Yokohama."
    )
    assert found.start == dt.time(10, 0) and found.japan_start == dt.time(10, 0)


def test_talked_over_the_telephone_at_noon():
    """ "... and Mr. Roh Moo Hyun, ..., talked over the telephone for about 10 minutes": a telephone talk at noon."""
    found, _ = facts(
        "On September 22 at 12 noon, Mr. Junichiro Koizumi, Prime Minister of Japan, and Mr. Roh Moo Hyun, President "
        "of the Republic of Korea, talked over the telephone for about 10 minutes.",
        context=DateContext(2005, 9, 22),
    )
    assert found.formats == (Format.TELEPHONE,) and found.start == dt.time(12, 0)
    assert main(found, Side.COUNTERPART).name == "Roh Moo Hyun"


def test_group_of_guests_with_no_one_named():
    """a total of 13 people ... of the United States ... paid a courtesy call: a group of the United States."""
    found, _ = facts(
        "On October 15, commencing at 10:45 a.m. for approximately 20 minutes, a total of 13 people, consisting of "
        "former prisoners of war (POWs) of the United States, widows of POWs, and their caregivers paid a courtesy call "
        "on Minister for Foreign Affairs Fumio Kishida."
    )
    group = main(found, Side.COUNTERPART)
    assert group.name is None and group.group and group.country == "United States"


def test_a_passive_event_names_no_group():
    """ "to be held via video conference" is not a group's event: no participant made of the sentences before it."""
    found, _ = facts(
        "On March 25, from around 8 p.m. for approximately 4 hours, Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs "
        "of Japan, attended the G7 Foreign Ministers' Meeting. The overview is as follows. This is the first G7 Foreign "
        "Ministers' Meeting to be held via video conference ever."
    )
    assert [p.name for p in found.participants] == ["MOTEGI Toshimitsu"]
    assert found.formats == (Format.VIDEO,)


def test_video_teleconference_meeting_is_video_only():
    """held a Japan-Tonga leaders video teleconference meeting with Hon. Rev. Dr. ...: video, not talks besides it;
    Rev. is an honorific, not a second guest (mofa.go.jp/a_o/ocn/to/page3e_001120.html)."""
    found, _ = facts(
        "On June 30, commencing at 11:50 a.m. for approximately 15 minutes, Mr. SUGA Yoshihide, Prime Minister of "
        "Japan, held a Japan-Tonga leaders video teleconference meeting with Hon. Rev. Dr. Pōhiva TU’I’ONETOA, Prime "
        "Minister of the Kingdom of Tonga. The overview of the meeting is as follows."
    )
    assert found.formats == (Format.VIDEO,)
    assert [p.name for p in found.participants] == ["SUGA Yoshihide", "Pōhiva TU’I’ONETOA"]


def test_a_group_that_a_courtesy_call_is_received_from():
    """... Ms. KAMIKAWA Yoko received a courtesy call from the Diplomatic Missions of East African countries to
    Japan: the group after "from" is the counterpart, not the host's name before the event
    (Diplomatic Missions of East African countries to Japan paid a courtesy call on Minister KAMIKAWA Yoko, 2024)."""
    found, _ = facts(
        "On Thursday, August 1, for about 35 minutes from 2:00 p.m., Minister for Foreign Affairs Ms. KAMIKAWA Yoko "
        "received a courtesy call from the Diplomatic Missions of East African countries to Japan."
    )
    group = main(found, Side.COUNTERPART)
    assert group.name is None and group.group == "the Diplomatic Missions of East African countries to Japan"


def test_a_group_is_the_subject_of_its_own_sentence():
    """The group before "paid a courtesy call" starts after the full stop before it, not at the opening's start."""
    found, _ = facts(
        "On October 15, the delegation arrived in Tokyo. A total of 13 people of the United States paid a courtesy "
        "call on Minister for Foreign Affairs Fumio Kishida."
    )
    group = main(found, Side.COUNTERPART)
    assert group.group == "A total of 13 people of the United States"


def test_headline_fills_the_guest_title_and_country():
    """his Indian counterpart, Mr. Pranab Mukherjee: title and country from the headline."""
    found, _ = facts(
        "For about 15 minutes from 5:00 p.m. on May 22, Mr. Masahiko Koumura, Minister for Foreign Affairs, had a "
        "telephone conversation with his Indian counterpart, Mr. Pranab Mukherjee.",
        title="Telephone Conversation between Japanese Foreign Minister Koumura and Indian Foreign Minister Pranab Mukherjee",
    )
    guest = main(found, Side.COUNTERPART)
    assert (guest.title, guest.country) == ("Foreign Minister", "Indian")
    assert found.formats == (Format.TELEPHONE,)


def test_guest_titled_like_a_japanese_minister():
    """Prime Minister Kishida held a summit meeting with Prime Minister Albanese: the second is the guest."""
    found, _ = facts(
        "On July 8, Prime Minister Kishida held a summit meeting with Prime Minister Albanese in Tokyo.",
        title="Japan-Australia Summit Meeting",
    )
    assert main(found, Side.JAPAN).name == "Kishida"
    assert main(found, Side.COUNTERPART).name == "Albanese"
    assert main(found, Side.COUNTERPART).country == "Australia"


def test_no_date_is_a_diagnostic():
    """An opening with no date: the date stays unknown, a warning says so."""
    found, diagnostics = facts("Foreign Minister Taro Kono held a meeting with Mr. Wang Yi, State Councilor of China.")
    assert found.date is None
    assert diagnostics
