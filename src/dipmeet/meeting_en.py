"""The facts of an English meeting from its opening paragraph: when, who, in what form, where."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from typing import Final

import attrs

from .meeting import MeetingFacts
from .model import (
    Approximate,
    Diagnostic,
    DiagnosticKind,
    Format,
    Level,
    MeetingPart,
    Participant,
    Severity,
    Side,
)
from .normalize import Text
from .people_en import Person, country_within, find_people, headline_country, strong_japan
from .rules import all_hits, en, first_hit
from .rules._lazy import literal_first
from .rules.countries import COUNTRIES_EN
from .speakers_en import fold
from .temporal import Clock, DateContext, FoundDate
from .temporal_en import Timing, read_timing

__all__ = ["headline_people", "read_meeting_en"]

_SIDE_ORDER: Final = {Side.JAPAN: 0, Side.COUNTERPART: 1}
_PART_WORD_SOURCE: Final = (
    r"\b(?:small[- ]group\s+meeting|extended\s+meeting|plenary\s+meeting|one-on-one\s+meeting|tete-a-tete|"
    r"meeting|talks?|dinner|lunch|luncheon|breakfast|reception|call)\b"
)
# Compiled led by its literals (see rules._lazy.literal_first: \b read back after the first letter, each first
# letter in both cases), so that the engine skips to the letters the words start with: led by \b, it tried
# every character of the clause.
_PART_WORD: Final = re.compile(*literal_first(_PART_WORD_SOURCE, re.IGNORECASE))
_CAPITAL: Final = re.compile(r"\b[A-Z]")
_SENTENCE_END: Final = re.compile(r"[;:]\s|(?<![ap]\.m)(?<!\b[A-Z])\.\s(?=[A-Z(“\"])")


def read_meeting_en(
    opening: Text | None,
    preamble: Sequence[Text],
    *,
    title: str | None,
    context: DateContext,
    diagnostics: list[Diagnostic],
) -> MeetingFacts:
    """Read a meeting's facts from its opening paragraph (and the paragraphs before the body)."""
    if opening is None:
        people = headline_people(title)
        participants = _order([p.participant() for p in people if p.side is not Side.OTHER])
        japan = next((p for p in participants if p.side is Side.JAPAN), None)
        return MeetingFacts(
            formats=_title_formats(title), level=_level(japan, title or ""), participants=tuple(participants)
        )
    text = opening.text
    timing = read_timing(text, context)
    date, weekday = _meeting_date(timing, opening, diagnostics)
    # a time given only as Japan time ("10:00AM (Japan Standard Time)", in Yokohama) is the one there is
    clocks = timing.local or timing.japan
    start = next((clock for clock in clocks if not clock.until), None)
    end = next((clock for clock in clocks if clock.until and (start is None or clock.start > start.start)), None)
    duration, duration_approx = _duration(timing, start, end)
    japan_start = timing.japan[0] if timing.japan else None
    participants = _participants(opening, title, timing)
    japan = next((p for p in participants if p.side is Side.JAPAN and not p.attendee), None)
    formats = _formats(text, [p.text for p in preamble]) or _title_formats(title)
    return MeetingFacts(
        date=date,
        start=start.time if start else None,
        end=end.time if end else None,
        duration_minutes=duration,
        approximate=Approximate(
            start=bool(start and start.approximate), end=bool(end and end.approximate), duration=duration_approx
        ),
        time_zone=timing.zone,
        japan_date=_japan_date(timing, date, start, japan_start),
        japan_start=japan_start.time if japan_start else None,
        weekday=weekday,
        formats=formats,
        parts=_parts(opening, timing, formats),
        level=_level(japan, (title or "") + " " + text),
        venue=_venue(text),
        participants=tuple(participants),
        topics=(),
    )


def _meeting_date(timing: Timing, text: Text, diagnostics: list[Diagnostic]) -> tuple[dt.date | None, int | None]:
    """The meeting date (the first local date) and its written weekday, with diagnostics."""
    first: FoundDate | None = timing.dates[0] if timing.dates else None
    if first is None:
        diagnostics.append(
            Diagnostic(
                DiagnosticKind.NO_MEETING_DATE, Severity.WARNING, "the opening paragraph gives no date", text.span()
            )
        )
        return None, None
    span = text.span(first.start, first.end)
    if first.invalid:
        diagnostics.append(
            Diagnostic(DiagnosticKind.INVALID_DATE, Severity.ERROR, "the meeting date is not a calendar date", span)
        )
        return None, first.weekday
    if first.date is None:
        diagnostics.append(
            Diagnostic(
                DiagnosticKind.NO_MEETING_DATE,
                Severity.WARNING,
                "the meeting date gives no year and the release has no date line to supply it",
                span,
            )
        )
        return None, first.weekday
    if first.weekday is not None and first.weekday != first.date.weekday():
        diagnostics.append(
            Diagnostic(
                DiagnosticKind.WEEKDAY_MISMATCH,
                Severity.WARNING,
                f"the weekday written beside the date does not match {first.date.isoformat()}",
                span,
            )
        )
    return first.date, first.weekday


def _duration(timing: Timing, start: Clock | None, end: Clock | None) -> tuple[int | None, bool]:
    """The stated length, else end minus start; and whether it is approximate."""
    if timing.durations:
        minutes, approximate, _, _ = timing.durations[0]
        return minutes, approximate
    if start is not None and end is not None:
        return (end.minutes - start.minutes) % (24 * 60), start.approximate or end.approximate
    return None, False


def _japan_date(timing: Timing, local: dt.date | None, start: Clock | None, japan: Clock | None) -> dt.date | None:
    """The date in Japan time: written in a Japan-time bracket, else from the time difference."""
    if japan is None or local is None:
        return None
    dated = next((found.date for found in timing.japan_dates if found.date is not None), None)
    if dated is not None:
        return dated
    if start is None:
        return local
    difference = japan.minutes - start.minutes
    if difference < -12 * 60:
        return local + dt.timedelta(days=1)
    if difference > 12 * 60:
        return local - dt.timedelta(days=1)
    return local


# -- participants ----------------------------------------------------------------


def _participants(opening: Text, title: str | None, timing: Timing) -> list[Participant]:
    """The participants named in the opening: main ones first on each side, attendees after."""
    text = opening.text
    ranges = _attendee_ranges(text)
    people = find_people(text)
    main: list[Participant] = []
    attendees: list[Participant] = []
    for person in people:
        in_list = next((r for r in ranges if r[0] <= person.start < r[1]), None)
        side = person.side
        if in_list is not None and in_list[2] is not None:
            side = in_list[2]
        if in_list is None and side is Side.OTHER:
            side = Side.COUNTERPART
        participant = person.participant(
            span=opening.span(person.start, person.end), attendee=in_list is not None, side=side
        )
        if any(_same_person(participant, known) for known in main + attendees):
            continue  # "Foreign Minister Lavrov" after "Minister ... Sergey Lavrov of the Russian Federation"
        (attendees if in_list is not None else main).append(participant)
    if not any(p.side is Side.COUNTERPART for p in main):
        _other_side(main, people)
    if not any(p.side is Side.COUNTERPART for p in main):
        group = _event_group(opening, timing)
        if group is not None:
            main.append(group)
    _fill_from_headline(main, title)
    return _order(main) + _order(attendees)


def _other_side(main: list[Participant], people: list[Person]) -> None:
    """With two people on Japan's side and none on the other, the second one only titled like a Japanese is the guest.

    "Prime Minister Kishida held a meeting with Prime Minister Albanese": the
    title alone said Japan for both.
    """
    strong = {id(p) for p in people if p.side is Side.JAPAN and strong_japan(p)}
    japanese = [(i, p) for i, p in enumerate(main) if p.side is Side.JAPAN]
    if len(japanese) < 2:
        return
    by_name = {p.name: p for p in people}
    for index, participant in japanese[1:]:
        person = by_name.get(participant.name)
        if person is not None and id(person) not in strong:
            main[index] = attrs.evolve(participant, side=Side.COUNTERPART)
            return


def _order(participants: list[Participant]) -> list[Participant]:
    """Participants ordered Japan first, then the counterpart, then others (stable)."""
    return sorted(participants, key=lambda p: _SIDE_ORDER.get(p.side, 2))


_BRACKETED_EN: Final = re.compile(r"\(([^()]|\([^()]*\)){8,1200}\)")


def _attendee_ranges(text: str) -> list[tuple[int, int, Side | None]]:
    """Where attendees are listed: "(other attendees include ...)", "The meeting was attended by ..."."""
    found: list[tuple[int, int, Side | None]] = []
    for match in _BRACKETED_EN.finditer(text):
        inner_start, inner_end = match.start() + 1, match.end() - 1
        hit = first_hit(en.ATTENDEE_RULES, text, inner_start, inner_end)
        if hit is None or hit.meaning != "list":
            continue
        found.extend(_sided(text, inner_start, inner_end))
    for hit in all_hits(en.ATTENDEE_RULES, text):
        if hit.meaning == "sentence":
            stop = _SENTENCE_END.search(text, hit.end)
            found.append((hit.end, stop.start() if stop else len(text), None))
    return found


def _sided(text: str, start: int, end: int) -> list[tuple[int, int, Side | None]]:
    """Split a list of attendees by the sides it names ("on the Chinese side:", "from the Japanese side")."""
    labels = list(en.ATTENDEE_SIDE.finditer(text, start, end))
    if not labels:
        return [(start, end, None)]
    pieces: list[tuple[int, int, Side | None]] = []
    previous = start
    for index, label in enumerate(labels):
        side = Side.JAPAN if label["side"] in ("Japanese", "Japan") else Side.COUNTERPART
        heads = en.ATTENDEE_SIDE_FORWARD.match(text, label.end(), end)
        # "..., attending on the U.S. side were Roos, ...": forward, unless names stand before the label
        # ("Mr. A and Mr. B from the Japanese side were also present"), whose side it tells
        forward = heads is not None and (
            heads.group().strip() == ":" or not _CAPITAL.search(text, previous, label.start())
        )
        if forward:
            stop = labels[index + 1].start() if index + 1 < len(labels) else end
            pieces.append((label.end(), stop, side))
            previous = stop
        else:
            pieces.append((previous, label.start(), side))
            previous = label.end()
    return pieces


_RECEIVED_FROM: Final = re.compile(
    r"\s+(?:from|by)\s+(?P<group>[^,.;()]{3,200}?)(?=\s*(?:[,.;(]|$)|\s+(?:for|at|on|who|during|which)\b)"
)


def _event_group(opening: Text, timing: Timing) -> Participant | None:
    """A group with no one named as the subject of the event ("a total of 13 people ... paid a courtesy call")."""
    text = opening.text
    hit = first_hit(en.EVENT_RULES, text)
    if hit is None:
        return None
    if hit.match.group().lower().startswith("receive"):
        # "... received a courtesy call from the Diplomatic Missions of East African countries to Japan": the group
        # is the one the call came from, after the event; the one before it is the host.
        after = _RECEIVED_FROM.match(text, hit.end)
        if after is None:
            return None
        return Participant(
            group=after["group"],
            country=country_within(after["group"]),
            side=Side.COUNTERPART,
            span=opening.span(after.start("group"), after.end("group")),
        )
    marks = [end for _, _, _, end in timing.durations] + [c.end for c in timing.local] + [d.end for d in timing.dates]
    begin = max((mark for mark in marks if mark < hit.start), default=0)
    # The group is the subject of the event's own sentence, never text of the sentences before it.
    for _, stop in _sentence_ends(text, begin, hit.start):
        begin = stop
    label = text[begin : hit.start].strip(" ,")
    if not 3 <= len(label) <= 300 or re.match(r"^(?:the\s+two|both)\b", label, re.IGNORECASE):
        return None
    start = begin + (len(text[begin : hit.start]) - len(text[begin : hit.start].lstrip(" ,")))
    return Participant(
        group=label,
        country=country_within(label),
        side=Side.COUNTERPART,
        span=opening.span(start, start + len(label)),
    )


def headline_people(title: str | None) -> list[Person]:
    """The people a headline names ("Foreign Minister Kawaguchi Telephone Talks with British Secretary Straw")."""
    return find_people(title) if title else []


def _fill_from_headline(participants: list[Participant], title: str | None) -> None:
    """Give the main participants a title or country the opening leaves out, from the headline.

    Only the first named counterpart is given anything; one with a title and
    a country needs nothing, and the headline is then not read.
    """
    for index, participant in enumerate(participants):
        if participant.side is not Side.COUNTERPART or participant.group is not None:
            continue
        if participant.title is not None and participant.country is not None:
            break
        changes: dict[str, str] = {}
        people = headline_people(title) if participant.name else []
        same = next((p for p in people if p.name and participant.name and _same_name(p.name, participant.name)), None)
        if same is not None:
            if participant.title is None and same.title:
                changes["title"] = same.title
            if participant.country is None and same.country:
                changes["country"] = same.country
        if participant.country is None and "country" not in changes:
            country = headline_country(title)
            if country:
                changes["country"] = country
        if changes:
            participants[index] = attrs.evolve(participant, **changes)  # type: ignore[arg-type]  # str fields
        break


def _same_person(one: Participant, other: Participant) -> bool:
    """Whether a later mention names someone already found ("President Kenyatta" after "H.E. Mr. Uhuru Kenyatta")."""
    if not one.name or not other.name:
        return False
    mine = fold(one.name).split()
    return all(word in fold(other.name).split() for word in mine)


def _same_name(one: str, other: str) -> bool:
    """Whether two names share a word (the headline's "Pranab Mukherjee" and the opening's)."""
    mine = set(fold(one).split())
    return bool(mine & set(fold(other).split()))


# -- formats, level, venue ------------------------------------------------------


# The formats in the order of their enum, the order a meeting lists them in.
_FORMAT_ORDER: Final = {fmt: index for index, fmt in enumerate(Format)}


def _formats(text: str, preamble: Sequence[str]) -> tuple[Format, ...]:
    """What took place: the format words of the opening, and meals told in the paragraphs after it."""
    found = _format_words(text)
    for paragraph in preamble:
        found.extend(fmt for fmt in _format_words(paragraph) if fmt in en.PREAMBLE_FORMATS and fmt not in found)
    return tuple(sorted(set(found), key=_FORMAT_ORDER.__getitem__))


def _format_words(text: str) -> list[Format]:
    """The formats named in one paragraph; the first rule wins where matches overlap."""
    found: list[Format] = []
    taken: list[tuple[int, int]] = []
    for rule in en.FORMAT_RULES:
        for match in rule.pattern.finditer(text):
            if any(a < match.end() and match.start() < b for a, b in taken):
                continue
            if rule.name == "talks" and not _names_this_meeting(text, match):
                continue
            taken.append(match.span())
            found.extend(fmt for fmt in rule.meaning if fmt not in found)
    return found


def _names_this_meeting(text: str, match: re.Match[str]) -> bool:
    """Whether a meeting noun tells this meeting: "held a ... Meeting", "the meeting was held"."""
    held_after = match.end() > match.start() + len(match.group(0).split()[0])
    return held_after or bool(en.TALKS_LEAD.search(text, max(0, match.start() - 90), match.start()))


def _title_formats(title: str | None) -> tuple[Format, ...]:
    """The formats a headline names, for an opening that names none."""
    if not title:
        return ()
    found: list[Format] = []
    taken: list[tuple[int, int]] = []
    for hit in all_hits(en.TITLE_FORMAT_RULES, title):
        if any(a < hit.end and hit.start < b for a, b in taken):
            continue
        taken.append((hit.start, hit.end))
        found.extend(fmt for fmt in hit.meaning if fmt not in found)
    return tuple(sorted(found, key=_FORMAT_ORDER.__getitem__))


def _level(japan: Participant | None, context: str) -> Level | None:
    """The level from the Japanese main participant's title, else from the kind of meeting."""
    if japan is not None and japan.title:
        hit = first_hit(en.LEVEL_RULES, japan.title)
        if hit is not None:
            return hit.meaning
    kind = first_hit(en.KIND_LEVEL_RULES, context)
    if kind is not None:
        return kind.meaning
    return Level.OTHER if japan is not None else None


def _venue(text: str) -> str | None:
    """A named building ("Akasaka State Guest House"), never a city or a country."""
    for match in _venue_matches(text):
        venue = match["venue"].strip().rstrip(".,")
        if venue in COUNTRIES_EN or en.NOT_VENUE.search(venue) or not en.VENUE_SUFFIX.search(venue):
            continue
        return venue
    return None


def _venue_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`~dipmeet.rules.en.VENUE` in ``text``, as ``finditer`` gives them.

    Every match starts with "at" or "in" at the start of a word: the pattern
    is tried there alone (found with ``str.find``), not at every character
    (its first word, with a group written after it, cannot lead it).
    """
    starts = sorted(_word_starts(text, "at") + _word_starts(text, "in"))
    last_end = 0
    for start in starts:
        if start < last_end:
            continue  # inside the last match, where finditer does not look
        match = en.VENUE.match(text, start)
        if match is not None:
            yield match
            last_end = match.end()


def _word_starts(text: str, word: str) -> list[int]:
    """Where ``word`` (letters) stands after no word character (``\\b`` before it), found with ``str.find``."""
    found = []
    at = text.find(word)
    while at >= 0:
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_"):
            found.append(at)
        at = text.find(word, at + 1)
    return found


def _sentence_ends(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of ``_SENTENCE_END.finditer(text, start, end)``, read from each stop with ``str.find``.

    A semicolon or colon and white space; or a full stop not after "a.m" /
    "p.m" nor a capital alone, then white space and a capital, a bracket or
    a quotation mark (inside ``end``). The pattern, led by a class of stops,
    costs the engine about a hundred instructions a character; its matches,
    two characters each, never overlap.
    """
    found = []
    for stop in ";:.":
        at = text.find(stop, start, end)
        while at >= 0:
            if at + 1 < end and text[at + 1].isspace() and (stop != "." or _ends_sentence_at(text, at, end)):
                found.append((at, at + 2))
            at = text.find(stop, at + 1, end)
    found.sort()
    return found


def _ends_sentence_at(text: str, at: int, end: int) -> bool:
    """Whether the full stop at ``at`` (white space after it) ends a sentence as ``_SENTENCE_END`` reads it."""
    if at >= 3 and text[at - 3] in "ap" and text[at - 2 : at] == ".m":
        return False
    if at >= 1 and "A" <= text[at - 1] <= "Z" and (at == 1 or not (text[at - 2].isalnum() or text[at - 2] == "_")):
        return False
    return at + 2 < end and text[at + 2] in _SENTENCE_OPENERS


_SENTENCE_OPENERS: Final = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZ(“"')


def _parts(opening: Text, timing: Timing, formats: tuple[Format, ...]) -> tuple[MeetingPart, ...]:
    """Separately timed parts: "the small-group meeting ... lasted approximately 45 minutes; the extended ...".

    A first duration with no part named before it is the meeting's own
    ("for approximately 1 hour, ... held a meeting ..., followed by a working
    lunch for approximately 1 hour"): a part only when a part of another kind follows.
    """
    text = opening.text
    parts = []
    main: MeetingPart | None = None
    for index, (minutes, _, start, _) in enumerate(timing.durations):
        clause_start = max((stop for _, stop in _sentence_ends(text, 0, start)), default=0)
        words = list(_PART_WORD.finditer(text, clause_start, start))
        if not words:
            if index == 0 and formats:
                clock = next((c for c in timing.local if c.start < start), None)
                main = MeetingPart(format=formats[0], start=clock.time if clock else None, duration_minutes=minutes)
            continue
        word = words[-1]
        clock = next((c for c in timing.local if word.end() <= c.start < start), None)
        parts.append(
            MeetingPart(
                format=_part_format(word.group(0)),
                start=clock.time if clock else None,
                duration_minutes=minutes,
                span=opening.span(word.start(), word.end()),
            )
        )
    if main is not None and any(part.format is not main.format for part in parts):
        parts.insert(0, main)
    return tuple(parts) if len(parts) > 1 else ()


def _part_format(word: str) -> Format:
    """The format a part's word names ("working lunch" → lunch)."""
    lowered = word.lower()
    for name, fmt in (("dinner", Format.DINNER), ("lunch", Format.LUNCH), ("breakfast", Format.BREAKFAST)):
        if name in lowered:
            return fmt
    if "reception" in lowered:
        return Format.RECEPTION
    return Format.TALKS
